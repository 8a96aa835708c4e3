"""No silent loss (issue 13): the commands that compute obligations stop on
an error in the plan's files, and `--ignore-errors` names every requirement
the errors leave out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI_TASKS, MINI_UNITS, edit, write, zwgk

Build = Callable[..., Path]

TASKS = "data/tasks.yaml"
AS_OF = "2018-10-14"

# 21.1 (义务教育招生) is led by 县教体局 alone: a slip of one letter in its id
# made it vanish from every screen, with exit 0 and nothing said.
TYPO = ('      - id: "21.1"\n', "        lead: [jtj]\n")

COMPUTING = {
    "status": ["status", "--as-of", AS_OF],
    "status-json": ["status", "--as-of", AS_OF, "--format", "json"],
    "report": ["report", "--week", "2018-W41"],
    "notice": ["notice", "--all", "--as-of", AS_OF],
    "export-csv": ["export", "--format", "csv", "--as-of", AS_OF],
    "export-plan": ["export"],
}


def _line_of(path: Path, needle: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(needle.rstrip("\n")) + 1


@pytest.fixture
def typo(shipped: Path) -> Path:
    """The shipped ledger with 21.1's lead spelled jtjj."""
    text = (shipped / TASKS).read_text(encoding="utf-8")
    at = text.index(TYPO[0])
    lead = text.index(TYPO[1], at)
    assert text.index("        lead:", at) == lead  # 21.1's own lead, not a later one
    (shipped / TASKS).write_text(
        text[:lead] + "        lead: [jtjj]\n" + text[lead + len(TYPO[1]) :], encoding="utf-8"
    )
    return shipped


@pytest.mark.parametrize("args", COMPUTING.values(), ids=COMPUTING.keys())
def test_a_lead_naming_no_unit_stops_the_computing_commands(typo: Path, args: list[str]) -> None:
    line = _line_of(typo / TASKS, "        lead: [jtjj]")
    run = zwgk(typo, *args)
    assert run.exit_code == 1, run.output
    assert run.stdout == ""  # nothing half-computed, not even JSON
    assert f"data/tasks.yaml:{line}: " in run.stderr and "jtjj" in run.stderr
    # The fix, as validate gives it: a "did you mean" for the misspelt unit.
    assert "→ 是不是：县教体局 (jtj)" in run.stderr
    assert "计划、单位和日历文件有 1 处错误" in run.stderr
    assert "运行 zwgk validate" in run.stderr and "--ignore-errors" in run.stderr


@pytest.mark.parametrize("args", COMPUTING.values(), ids=COMPUTING.keys())
def test_ignore_errors_computes_and_names_what_is_left_out(typo: Path, args: list[str]) -> None:
    run = zwgk(typo, *args, "--ignore-errors")
    assert run.exit_code == 0, run.output
    assert "按 --ignore-errors 忽略了计划、单位和日历文件的 1 处错误" in run.stderr
    assert "因错误漏算或可能算错的要求（1 项）：21.1\n" in run.stderr


def test_the_screen_past_the_errors_lacks_what_the_banner_names(typo: Path) -> None:
    run = zwgk(typo, "status", "--as-of", AS_OF, "--format", "json", "--ignore-errors")
    doc = json.loads(run.stdout)  # stdout stays the document; the banner is on stderr
    reqs = {ob["req"] for ob in doc["items"]}
    assert "21.1" not in reqs and "22.1" in reqs
    assert "21.1" in run.stderr


def test_in_english(typo: Path) -> None:
    run = zwgk(typo, "--lang", "en", "status", "--as-of", AS_OF)
    assert run.exit_code == 1
    assert "the plan, units and calendar files have 1 error(s)" in run.stderr
    assert "run zwgk validate" in run.stderr and "jtjj" in run.stderr
    run = zwgk(typo, "--lang", "en", "report", "--week", "2018-W41", "--ignore-errors")
    assert run.exit_code == 0
    assert "--ignore-errors: 1 error(s) in the plan, units and calendar files ignored" in run.stderr
    assert "requirements left out or possibly wrong because of them (1): 21.1\n" in run.stderr


def test_a_handful_of_errors_are_listed_and_every_requirement_named(shipped: Path) -> None:
    """The towns lead many requirements: with their group's id misspelt,
    five errors are listed, the rest counted, and every requirement named."""
    text = (shipped / TASKS).read_text(encoding="utf-8")
    n = text.count("lead: [towns, departments]\n")
    assert n > 6
    text = text.replace("lead: [towns, departments]\n", "lead: [townz, departments]\n")
    (shipped / TASKS).write_text(text, "utf-8")
    run = zwgk(shipped, "status", "--as-of", AS_OF)
    assert run.exit_code == 1
    assert run.stderr.count("data/tasks.yaml:") == 5 and "townz" in run.stderr
    assert f"计划、单位和日历文件有 {n} 处错误" in run.stderr and f"……另有 {n - 5} 处" in run.stderr
    run = zwgk(shipped, "status", "--as-of", AS_OF, "--ignore-errors")
    named = run.stderr.split(f"因错误漏算或可能算错的要求（{n} 项）：")[1].split("\n")[0]
    assert len(named.split("、")) == n and "12.1" in named.split("、")


def test_a_group_with_an_unknown_member_names_the_requirements_it_leads(mini: Build) -> None:
    tasks = MINI_TASKS + (
        '      - id: "1.2"\n        text: 要求二\n        lead: [towns]\n        mode: each\n'
    )
    units = MINI_UNITS.replace("members: [suozhen]", "members: [suozhen, tianzhuang]")
    root = mini(tasks=tasks, units=units)
    run = zwgk(root, "status", "--as-of", AS_OF)
    assert run.exit_code == 1 and "data/units.yaml:" in run.stderr
    run = zwgk(root, "status", "--as-of", AS_OF, "--ignore-errors")
    assert run.exit_code == 0
    assert "（1 项）：1.2\n" in run.stderr  # not 1.1, led by jtj


def test_an_error_of_no_one_requirement_may_touch_them_all(shipped: Path) -> None:
    """A change of units the reader refuses (a unit merged into itself) is
    pinned on no requirement: the banner says it may affect everything."""
    edit(shipped, "data/units.yaml", "changes: []\n",
         "changes:\n  - {on: 2018-09-01, merge: [jtj, czj], into: jtj}\n")  # fmt: skip
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 1
    run = zwgk(shipped, "status", "--as-of", AS_OF, "--ignore-errors")
    assert run.exit_code == 0
    assert "另有 1 处错误不属于某一项要求" in run.stderr and "可能影响全部结果" in run.stderr


def test_a_plan_that_cannot_be_read_is_not_computed_even_when_told(shipped: Path) -> None:
    edit(shipped, TASKS, "    title: 推进教育领域信息公开\n", "    title: [推进教育领域信息公开\n")
    run = zwgk(shipped, "status", "--as-of", AS_OF, "--ignore-errors")
    assert run.exit_code == 1 and run.stdout == ""
    assert "data/tasks.yaml:" in run.stderr and "--ignore-errors 也无从计算" in run.stderr


def test_progress_problems_do_not_stop_the_screen(mini: Build) -> None:
    """Only the plan's files stop these commands: an entry naming a requirement
    the plan lacks, or a progress file named after no unit, is `validate`'s
    to report (an entry check over every entry is no cost of every screen)."""
    entry = '- req: "9.9"\n  date: 2018-07-20\n  status: done\n'
    root = mini(progress={"2018/jtj.yaml": entry, "2018/nobody.yaml": entry})
    codes = {f["code"] for f in json.loads(zwgk(root, "validate", "-f", "json").stdout)["findings"]}
    assert {"unknown-requirement", "progress-unit"} <= codes
    run = zwgk(root, "status", "--as-of", AS_OF)
    assert run.exit_code == 0 and "--ignore-errors" not in run.stderr


def test_a_clean_ledger_says_nothing_more(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", AS_OF, "--ignore-errors")
    assert run.exit_code == 0 and run.stderr == ""
    run = zwgk(shipped, "report", "--week", "2018-W41", "--ignore-errors")
    assert run.exit_code == 0 and "--ignore-errors" not in run.stdout


def test_no_file_is_written_from_a_plan_with_errors(typo: Path) -> None:
    run = zwgk(typo, "status", "--as-of", AS_OF, "--format", "json", "-o", str(typo / "s.json"))
    assert run.exit_code == 1 and not (typo / "s.json").exists()


def test_a_report_made_past_the_errors_says_so_in_itself(typo: Path, tmp_path: Path) -> None:
    """The report leaves the office; the banner on stderr does not go with it."""
    said = (
        "注意：本报告按 --ignore-errors 生成，计划、单位和日历文件有 1 处错误，数字不完整；"
        "未计入或可能有误的要求：21.1。"
    )
    md = zwgk(typo, "report", "--week", "2018-W41", "--ignore-errors")
    assert md.exit_code == 0 and said in md.stdout
    html = zwgk(typo, "report", "--week", "2018-W41", "-f", "html", "--ignore-errors")
    assert said in html.stdout
    out = tmp_path / "周报.docx"
    assert (
        zwgk(typo, "report", "--week", "2018-W41", "-o", str(out), "--ignore-errors").exit_code == 0
    )
    from docx import Document

    assert said in [p.text for p in Document(str(out)).paragraphs]
    english = zwgk(typo, "--lang", "en", "report", "--week", "2018-W41", "--ignore-errors")
    assert "Requirements left out or possibly wrong: 21.1." in english.stdout


def test_validate_lists_a_plan_file_that_cannot_be_read_before_what_follows_from_it(
    shipped: Path,
) -> None:
    """units.yaml saved as GBK: the reading error is the cause, the hundred
    units it leaves undefined only follow; validate lists it first, by the
    same order as the gate of status (`checks.registry.in_order`)."""
    units = shipped / "data/units.yaml"
    units.write_bytes(units.read_text(encoding="utf-8").encode("gb18030"))
    run = zwgk(shipped, "validate", "--format", "json")
    assert run.exit_code == 1
    found = json.loads(run.stdout)["findings"]
    assert (found[0]["path"], found[0]["code"]) == ("data/units.yaml", "syntax")
    assert "GBK" in found[0]["message"]
    assert "unknown-unit" in {f["code"] for f in found[1:]}
    text = zwgk(shipped, "validate").stdout.splitlines()
    assert text[0].startswith("data/units.yaml:") and "GBK" in text[0]
    stop = zwgk(shipped, "status", "--as-of", AS_OF)
    assert stop.exit_code == 1
    assert stop.stderr.index("GBK") < stop.stderr.index("未定义的单位")


class PlanChecks:
    """How many times the plan's checks ran (in this process)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import dataclasses

        from zwgk.checks import registry

        self.runs = 0
        counted = []
        for check in registry.PLAN_CHECKS:
            counted.append(dataclasses.replace(check, run=self._counting(check.run)))
        monkeypatch.setattr(registry, "PLAN_CHECKS", counted)

    def _counting(self, run: Callable[..., Any]) -> Callable[..., Any]:
        def counting(ledger: Any) -> Any:
            self.runs += 1
            return run(ledger)

        return counting


def test_a_plan_found_clean_is_not_checked_again_until_it_changes(
    shipped: Path, monkeypatch: pytest.MonkeyPatch, cache_dir: Path
) -> None:
    checks = PlanChecks(monkeypatch)
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    assert checks.runs > 0
    first, checks.runs = checks.runs, 0
    same = zwgk(shipped, "status", "--as-of", AS_OF)
    assert same.exit_code == 0 and checks.runs == 0
    # The plan changed: checked afresh, and its error stops the screen.
    text = (shipped / TASKS).read_text(encoding="utf-8")
    (shipped / TASKS).write_text(text.replace(TYPO[1], "        lead: [jtjj]\n", 1), "utf-8")
    run = zwgk(shipped, "status", "--as-of", AS_OF)
    assert run.exit_code == 1 and "jtjj" in run.stderr
    assert checks.runs == first
    # Back to the clean plan: it is the one remembered (the typo never was).
    (shipped / TASKS).write_text(text, "utf-8")
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    assert checks.runs == first


CALENDAR = "2099:\n  holidays: []\n  source: 测试\n"


def test_a_calendar_change_checks_the_plan_again(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = PlanChecks(monkeypatch)
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    first, checks.runs = checks.runs, 0
    write(shipped, "data/calendar.yaml", CALENDAR)
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    assert checks.runs == first


def test_a_verdict_not_signed_here_is_not_believed(
    shipped: Path,
    monkeypatch: pytest.MonkeyPatch,
    cache_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A verdict file copied from another cache (another key) counts for nothing."""
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    [verdict] = cache_dir.glob("*.plan-clean")
    elsewhere = tmp_path_factory.mktemp("other-cache")
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(elsewhere))
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0  # a key of its own
    (elsewhere / verdict.name).write_bytes(verdict.read_bytes())
    checks = PlanChecks(monkeypatch)
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    assert checks.runs > 0


def test_a_changed_check_checks_the_plan_again(
    shipped: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A development install changes a check without a new version: the
    verdict kept for the old checks is not believed."""
    import zwgk.checks.gate as gate

    checks = PlanChecks(monkeypatch)
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    first, checks.runs = checks.runs, 0
    code = tmp_path / "checks"
    code.mkdir()
    for source in Path(gate.__file__).parent.glob("*.py"):
        (code / source.name).write_bytes(source.read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(gate, "__file__", str(code / "gate.py"))
    assert zwgk(shipped, "status", "--as-of", AS_OF).exit_code == 0
    assert checks.runs == first
