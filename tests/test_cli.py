"""The command line on the shipped ledger and on broken copies of it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, edit, line_of, zwgk
from zwgk.cli.app import whole_app

TASKS = "data/tasks.yaml"


def test_validate_shipped_data_is_clean(shipped: Path) -> None:
    run = zwgk(shipped, "validate")
    assert run.exit_code == 0, run.output
    assert "69 项任务" in run.stdout and "81 条要求" in run.stdout


def test_validate_json_shape(shipped: Path) -> None:
    run = zwgk(shipped, "validate", "--format", "json")
    assert run.exit_code == 0
    assert json.loads(run.stdout) == {"findings": [], "errors": 0, "warnings": 0}


def test_removing_a_lead_fails_naming_file_and_line(shipped: Path) -> None:
    path = shipped / TASKS
    req_line = line_of(path, 'id: "57.1"')
    text = path.read_text(encoding="utf-8")
    start = text.index('id: "57.1"')
    lead = text.index("        lead: [xxzx]\n", start)
    path.write_text(text[:lead] + text[lead:].replace("        lead: [xxzx]\n", "", 1), "utf-8")
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert f"data/tasks.yaml:{req_line}:" in run.stdout
    assert "no-lead" in run.stdout and '要求 "57.1" 没有牵头单位' in run.stdout
    doc = json.loads(zwgk(shipped, "validate", "--format", "json").stdout)
    assert [(f["path"], f["line"], f["code"]) for f in doc["findings"]] == [
        ("data/tasks.yaml", req_line, "no-lead")
    ]
    assert doc["errors"] == 1


def test_undefined_unit_names_the_line_and_suggests(shipped: Path) -> None:
    path = shipped / TASKS
    edit(shipped, TASKS, "lead: [jtj]\n        support: []\n        mode: joint\n        due:\n"
         "          - every: year", "lead: [jtjj]\n        support: []\n        mode: joint\n"
         "        due:\n          - every: year")  # fmt: skip
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    line = line_of(path, "lead: [jtjj]")
    assert f"data/tasks.yaml:{line}:" in run.stdout
    assert "jtjj" in run.stdout and "县教体局 (jtj)" in run.stdout


def test_duplicate_requirement_id(shipped: Path) -> None:
    edit(shipped, TASKS, 'id: "23.2"', 'id: "23.1"')
    path = shipped / TASKS
    second = [
        n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if '"23.1"' in line
    ]
    run = zwgk(shipped, "validate", "--format", "json")
    assert run.exit_code == 1
    doc = json.loads(run.stdout)
    assert [(f["line"], f["code"]) for f in doc["findings"]] == [
        (second[1], "duplicate-requirement")
    ]


def test_broken_yaml_syntax_is_a_finding_not_a_traceback(shipped: Path) -> None:
    edit(shipped, TASKS, "    title: 推进教育领域信息公开\n", "    title: [推进教育领域信息公开\n")
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert re.search(r"data/tasks\.yaml:\d+:\d+: 错误 syntax YAML 语法错误", run.stdout)
    # Commands that need the plan cannot run: exit 2, file and line, what to do
    # (the one error's own fix); those that compute obligations (export) stop
    # on it as a data error, exit 1, listing the errors and validate for all.
    syntax_fix = "提示：检查该行及上一行的缩进、冒号和引号"
    for args, code, fix in ((["units"], 2, syntax_fix), (["show", "21"], 2, syntax_fix),
                            (["export"], 1, "zwgk validate")):  # fmt: skip
        other = zwgk(shipped, *args)
        assert other.exit_code == code
        assert "data/tasks.yaml:" in other.stderr and fix in other.stderr


def test_float_id_is_refused_with_a_hint(shipped: Path) -> None:
    edit(shipped, TASKS, 'id: "21.1"', "id: 21.10")
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert "non-string-id" in run.stdout and 'id: "21.1"' in run.stdout


def test_github_annotations(shipped: Path) -> None:
    edit(shipped, TASKS, 'id: "23.2"', 'id: "23.1"')
    run = zwgk(shipped, "validate", "--format", "github")
    assert run.exit_code == 1
    assert re.fullmatch(
        r"::error file=data/tasks\.yaml,line=\d+,col=\d+,title=duplicate-requirement::.+\n",
        run.stdout,
    )


def test_strict_fails_on_warnings(shipped: Path) -> None:
    edit(shipped, TASKS, 'id: "23.2"', 'id: "24.9"')  # numbered under the wrong task
    assert zwgk(shipped, "validate").exit_code == 0
    assert zwgk(shipped, "validate", "--strict").exit_code == 1


def test_no_ledger_exits_2_with_a_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = zwgk(None, "validate")
    assert run.exit_code == 2
    assert "找不到台账" in run.stderr and "--root" in run.stderr
    run = zwgk(tmp_path, "validate")
    assert run.exit_code == 2 and "不是台账" in run.stderr


def test_ledger_found_upwards_and_from_env(
    shipped: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sub = shipped / "data" / "progress"
    sub.mkdir(exist_ok=True)
    monkeypatch.chdir(sub)
    assert zwgk(None, "validate").exit_code == 0
    monkeypatch.chdir(tmp_path.parent)
    assert zwgk(None, "validate", env={"ZWGK_ROOT": str(shipped)}).exit_code == 0


def test_units_counts(shipped: Path) -> None:
    rows = {r["id"]: r for r in json.loads(zwgk(shipped, "units", "--format", "json").stdout)}
    assert rows["jtj"]["name"] == "县教体局"
    # 县教体局 leads 21.1, 33.1, 54.1, 55.1 by name and every 县政府各部门 requirement.
    each_dept = sum(1 for r in _plan_requirements() if "departments" in r["lead"])
    assert rows["jtj"]["leads"] == each_dept + 4
    assert rows["towns"]["members"] == [
        "suozhen", "shaohai", "qifeng", "tianzhuang", "jingjia", "maqiao", "xincheng",
        "tangshan", "guoli",
    ]  # fmt: skip
    assert rows["relevant"]["kind"] == "vague" and rows["relevant"]["members"] == []
    table = zwgk(shipped, "units")
    assert table.exit_code == 0 and "县教体局" in table.stdout and "泛指" in table.stdout


def _plan_requirements() -> list[dict[str, Any]]:
    doc = json.loads(zwgk(REPO, "export", "--format", "json").stdout)
    return [req for task in doc["tasks"] for req in task["requirements"]]


def test_show_task_in_plain_words(shipped: Path) -> None:
    run = zwgk(shipped, "show", "21")
    assert run.exit_code == 0
    assert "21. 推进教育领域信息公开" in run.stdout
    assert "县教体局" in run.stdout and "每年 7 月 31 日前" in run.stdout
    assert "每年7月底前" in run.stdout  # the basis phrase
    one = zwgk(shipped, "show", "23.2")
    assert "县水务局" in one.stdout and "县环保局" not in one.stdout
    assert "持续推进" in one.stdout  # no deadline in the text
    spanned = zwgk(shipped, "show", "29")
    assert "各镇（街道）、县政府各部门" in spanned.stdout


def test_show_unknown_task(shipped: Path) -> None:
    run = zwgk(shipped, "show", "70")
    assert run.exit_code == 2
    assert "没有任务或要求 70" in run.stderr and "1-69" in run.stderr


def test_export_json_is_the_normalized_plan(shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    run = zwgk(shipped, "export", "--format", "json", "-o", str(out))
    assert run.exit_code == 0
    doc = json.loads(out.read_text("utf-8"))
    assert set(doc) == {"plan", "parts", "units", "groups", "tasks"}
    assert doc["plan"] == {"title": "桓台县当前政务公开工作主要任务分解表", "year": 2018,
                           "start": "2018-01-01", "end": "2018-12-31",
                           "effective": "2018-04-01"}  # fmt: skip
    assert len(doc["tasks"]) == 69 and len(doc["parts"]) == 8
    assert doc["parts"][0]["sections"][0] == {
        "no": "（一）",
        "title": "聚焦乡村振兴、新旧动能转换做好公开",
    }
    groups = {g["id"]: g for g in doc["groups"]}
    assert len(groups["towns"]["members"]) == 9
    assert (
        "jtj" in groups["departments"]["members"]
        and "suozhen" not in groups["departments"]["members"]
    )
    t21 = next(task for task in doc["tasks"] if task["no"] == 21)
    assert t21["part"] == "三" and t21["section"] == "（五）"
    assert t21["requirements"] == [
        {
            "id": "21.1",
            "text": t21["requirements"][0]["text"],
            "lead": ["jtj"],
            "support": [],
            "mode": "joint",
            "due": [{"every": "year", "on": "07-31", "basis": "每年7月底前"}],
        }
    ]
    t48 = next(task for task in doc["tasks"] if task["no"] == 48)
    assert t48["requirements"][0]["due"] == [{"by": "2018-12-31", "basis": "今年年底前"}]


def test_english_on_request(shipped: Path) -> None:
    edit(shipped, TASKS, 'id: "23.2"', 'id: "23.1"')
    run = zwgk(shipped, "--lang", "en", "validate")
    assert "error duplicate-requirement" in run.stdout and "1 error(s)" in run.stdout
    run = zwgk(shipped, "validate", env={"ZWGK_LANG": "en"})
    assert "1 error(s)" in run.stdout
    assert zwgk(shipped, "--lang", "fr", "validate").exit_code == 2


def test_bad_option_exits_2(shipped: Path) -> None:
    assert zwgk(shipped, "validate", "--format", "xml").exit_code == 2


def test_bytes_that_are_not_utf8_are_refused_naming_the_argument(shipped: Path) -> None:
    # 测试 typed in a GBK terminal reaches Python as bytes that are not UTF-8;
    # decoded with surrogateescape they used to fail only when the entry was
    # written, with a UnicodeEncodeError traceback.
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("ZWGK_")}
    env.update(PYTHONPATH=str(REPO), PYTHONUTF8="1", LC_ALL="C.UTF-8")
    gbk_note = b"\xb2\xe2\xca\xd4"
    argv: list[str | bytes] = [sys.executable, "-m", "zwgk", "--root", str(shipped),
        "record", "21.1", "--unit", "jtj", "--progress", "--note", gbk_note,
        "--date", "2018-07-20"]  # fmt: skip
    run = subprocess.run(argv, capture_output=True, env=env, check=False)
    err = run.stderr.decode("utf-8")
    assert run.returncode == 2, err
    assert "Traceback" not in err and "UnicodeEncodeError" not in err
    assert "--note 后面的参数" in err and "\\xb2\\xe2\\xca\\xd4" in err
    assert "改为 UTF-8" in err and "“测试”" in err  # what the clerk typed, read as GBK
    assert not (shipped / "data/progress").exists()


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        (["status", "--unit=\udcb2\udce2"], {}, "--unit 的值含有不是 UTF-8 编码的字节：\\xb2\\xe2"),
        (["show", "\udcff"], {}, "第 2 个参数"),
        (["--lang", "en", "status", "-u", "测\udcb2"], {}, "the argument after -u holds bytes"),
        (["status"], {"ZWGK_ROOT": "/srv/\udcb2"}, "环境变量 ZWGK_ROOT 含有"),
    ],
    ids=["option=value", "positional", "english", "environment"],
)
def test_every_argument_and_zwgk_variable_is_checked(
    args: list[str], env: dict[str, str], said: str
) -> None:
    run = zwgk(None, *args, env=env)
    assert run.exit_code == 2 and said in run.stderr


COMMANDS = ["init", "import", "validate", "units", "units rename", "units merge", "show",
            "export", "record", "collect", "status", "report", "notice", "diff", "log",
            "codeowners", "merge-driver", "fix-encoding", "rollup",
            "calendar add", "calendar show", "plan migrate", "plan next"]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    run = zwgk(None, *command.split(), "--help")
    assert run.exit_code == 0
    assert "示例" in run.stdout and f"zwgk {command}" in run.stdout


def test_registered_commands_are_the_documented_ones() -> None:
    app = whole_app()
    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    for group in app.registered_groups:
        sub = group.typer_instance
        assert sub is not None and group.name is not None
        callback = sub.registered_callback
        if callback is not None and callback.invoke_without_command:
            names.append(group.name)  # `zwgk units` lists, `zwgk units rename` writes
        names += [f"{group.name} {c.name}" for c in sub.registered_commands]
    assert sorted(names) == sorted(COMMANDS)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"zwgk {command}" in readme, command


@pytest.mark.parametrize(
    ("value", "words"),
    [("²", "不是天数"), ("9" * 5000, "天太多"), ("999999999", "天太多"), ("٣", "不是天数")],
    ids=["superscript", "thousands-of-digits", "billion", "arabic-indic"],
)
def test_a_number_of_days_too_odd_or_large_is_a_usage_error(value: str, words: str) -> None:
    for option in ("--warn-days", "--due-within"):
        run = zwgk(REPO, "status", "--as-of", "2018-10-14", option, value)
        # --warn-days counts working days and says so (its hint has no `d`).
        said = words.replace("不是天数", "不是工作日数") if option == "--warn-days" else words
        assert run.exit_code == 2 and said in run.output and option in run.output


@pytest.mark.parametrize("what", ["²", "2" * 5000], ids=["superscript", "long"])
def test_show_of_a_number_int_cannot_read_says_not_found(what: str) -> None:
    run = zwgk(REPO, "show", what)
    assert run.exit_code == 2 and "没有任务或要求" in run.output
