"""`zwgk diff`: changes between two states of a ledger, read from git."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import write, zwgk
from gitkit import HBJ_EVENT, JTJ_DONE, commit, git, ledger_in_subfolder, ledger_repo
from zwgk.engine.compare import Side, compare_ledgers, entry_changes
from zwgk.i18n import set_lang
from zwgk.ledger.load import load_ledger, load_plan_or_fail
from zwgk.outputs.diffwords import describe_plan_change

AS_OF = "2018-10-09"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return ledger_repo(tmp_path / "ledger")


def diff_json(root: Path, *args: str) -> dict[str, Any]:
    run = zwgk(root, "diff", *args, "--as-of", AS_OF, "--format", "json")
    assert run.exit_code == 0, run.output
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc


def test_two_units_entries_and_the_statuses_they_change(repo: Path) -> None:
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "两单位进展")
    doc = diff_json(repo, "HEAD~1", "HEAD")
    assert (doc["from"], doc["to"], doc["as_of"]) == ("HEAD~1", "HEAD", AS_OF)
    assert [(e["change"], e["unit"], e["req"], e["file"], e["line"]) for e in doc["entries"]] == [
        ("added", "jtj", "1.1", "data/progress/2018/jtj.yaml", 1),
        ("added", "hbj", "2.2", "data/progress/2018/hbj.yaml", 1),
    ]
    assert doc["entries"][0]["entry"] == {
        "req": "1.1", "date": "2018-10-09", "status": "done", "note": "已公开十月教育信息",
    }  # fmt: skip
    statuses = {(s["req"], s["unit"], s["period"]): (s["before"], s["after"])
                for s in doc["statuses"]}  # fmt: skip
    assert statuses == {
        ("1.1", "jtj", "2018-10"): ("open", "done"),  # October's instance, done on 10-09
        ("2.2", "hbj", "2018-09-28"): (None, "overdue"),  # the event opens one, due 10-08
    }
    assert doc["plan"] == []
    # The text and Markdown forms say the same.
    text = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF).stdout
    assert "+ 1.1 县教体局 2018-10-09 已完成" in text and "+ 2.2 县环保局 2018-09-28 事件" in text
    assert "1.1 县教体局 2018-10: 未到期 → 已完成" in text
    md = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", "md").stdout
    assert (
        "| 新增 | 县教体局 | 1.1 |" in md and "| 1.1 | 县教体局 | 2018-10 | 未到期 | 已完成 |" in md
    )


def test_no_argument_compares_head_with_the_working_tree_untouched(repo: Path) -> None:
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    before = git(repo, "status", "--porcelain")
    doc = diff_json(repo)
    assert doc["to"] == "工作区" and [e["req"] for e in doc["entries"]] == ["1.1"]
    assert git(repo, "status", "--porcelain") == before
    assert (repo / "data/progress/2018/jtj.yaml").read_text("utf-8") == JTJ_DONE


def test_edited_and_removed_entries(repo: Path) -> None:
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE + JTJ_DONE.replace("10-09", "10-10"))
    commit(repo, "进展")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE.replace("十月", "10月"))
    doc = diff_json(repo)
    changes = [(e["change"], e["entry"]["date"], (e["before"] or {}).get("note"))
               for e in doc["entries"]]  # fmt: skip
    assert changes == [
        ("edited", "2018-10-09", "已公开十月教育信息"),
        ("removed", "2018-10-10", None),
    ]


def test_a_rule_edited_between_revisions_is_a_plan_change(repo: Path) -> None:
    text = (repo / "data/tasks.yaml").read_text("utf-8")
    text = text.replace(
        "due: [{every: month, basis: 按月}]", "due: [{every: quarter, basis: 按季度}]"
    )
    write(repo, "data/tasks.yaml", text)
    commit(repo, "1.1 改为按季度")
    doc = diff_json(repo, "HEAD~1", "HEAD")
    assert doc["plan"] == [
        {
            "kind": "requirement",
            "id": "1.1",
            "change": "changed",
            "field": "due",
            "before": [{"every": "month", "basis": "按月"}],
            "after": [{"every": "quarter", "basis": "按季度"}],
            "words": ["每月一次，当月月底前", "每季度一次，季末前"],
        }
    ]
    assert {s["period"] for s in doc["statuses"]} >= {"2018-01", "2018-Q1"}
    text = zwgk(repo, "diff", "HEAD~1", "HEAD").stdout
    assert "要求 1.1 的期限规则：每月一次，当月月底前 → 每季度一次，季末前" in text


def test_units_and_requirements_added_or_removed(repo: Path) -> None:
    units = (repo / "data/units.yaml").read_text("utf-8")
    units = units.replace("groups:", "  - {id: czj, name: 县财政局, kind: department}\ngroups:")
    write(repo, "data/units.yaml", units)
    tasks = (repo / "data/tasks.yaml").read_text("utf-8")
    start = tasks.index('      - id: "2.2"')
    write(repo, "data/tasks.yaml", tasks[:start])
    doc = diff_json(repo)
    assert [(p["kind"], p["id"], p["change"]) for p in doc["plan"]] == [
        ("requirement", "2.2", "removed"), ("unit", "czj", "added"),
    ]  # fmt: skip


def test_a_revision_with_a_broken_plan_names_revision_and_line(repo: Path) -> None:
    with (repo / "data/tasks.yaml").open("a", encoding="utf-8") as f:
        f.write("  - no: [\n")
    commit(repo, "坏了")
    run = zwgk(repo, "diff", "HEAD~1", "HEAD")
    assert run.exit_code == 2
    # The parser stops at the end of the file, after the unclosed `[`.
    lines = (repo / "data/tasks.yaml").read_text("utf-8").count("\n")
    assert f"HEAD:data/tasks.yaml:{lines + 1}:1:" in run.stderr
    assert "版本 HEAD 的台账有 1 处错误" in run.stderr and "YAML" in run.stderr
    # The older revision alone is fine.
    assert zwgk(repo, "diff", "HEAD~1", "HEAD~1").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [(["nosuchrev"], "nosuchrev"), (["HEAD~5"], "HEAD~5"), (["--", "-x"], "-x")],
)
def test_unknown_revisions(repo: Path, args: list[str], message: str) -> None:
    run = zwgk(repo, "diff", *args)
    assert run.exit_code == 2 and message in run.stderr


def test_not_a_repository(tmp_path: Path) -> None:
    root = tmp_path / "plain"
    write(root, "data/tasks.yaml", "plan: {title: x, year: 2018}\nparts: []\ntasks: []\n")
    write(root, "data/units.yaml", "units: []\n")
    run = zwgk(root, "diff")
    assert run.exit_code == 2 and "git" in run.stderr
    assert zwgk(root, "log", "--unit", "x").exit_code == 2


def test_entry_matching_pairs_replacements_as_edits(repo: Path) -> None:
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    old = load_ledger(repo).entries
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE.replace("2018-10-09", "2018-10-08"))
    new = load_ledger(repo).entries
    assert [c.change for c in entry_changes(old, new)] == ["edited"]
    assert [c.change for c in entry_changes(old, old)] == []


def side(root: Path) -> Side:
    ledger = load_plan_or_fail(root, with_progress=True)
    return Side(ledger.plan, ledger.directory, ledger.entries, ledger.calendar)


def test_the_comparison_has_no_words_and_needs_no_git(tmp_path: Path) -> None:
    """engine/compare compares two states held in memory and returns values:
    the same in either language; outputs/diffwords puts them into words."""
    repo = ledger_repo(tmp_path / "ledger")
    old = side(repo)
    text = (repo / "data/tasks.yaml").read_text("utf-8")
    write(repo, "data/tasks.yaml", text.replace("every: month", "every: quarter"))
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    new = side(repo)
    as_of = dt.date(2018, 10, 9)
    zh = compare_ledgers(old, new, "a", "b", as_of, 7)
    set_lang("en")
    assert compare_ledgers(old, new, "a", "b", as_of, 7) == zh
    [change] = zh.plan
    assert (change.id, change.field) == ("1.1", "due")
    assert change.rules is not None and [r.period for r in change.rules[1]] == ["quarter"]
    words = describe_plan_change(change, zh.directory)
    assert words.endswith("once a month, by the month's end → once a quarter, by the quarter's end")
    assert [c.change for c in zh.entries] == ["added"] and zh.statuses


def test_a_ledger_in_a_subfolder_of_the_repository(tmp_path: Path) -> None:
    top = ledger_in_subfolder(tmp_path)
    commit(top, "台账")
    ledger = top / "county"
    write(ledger, "data/progress/2018/jtj.yaml", JTJ_DONE)
    doc = diff_json(ledger)
    assert [e["file"] for e in doc["entries"]] == ["data/progress/2018/jtj.yaml"]
    commit(top, "进展")
    assert [e["req"] for e in diff_json(ledger, "HEAD~1", "HEAD")["entries"]] == ["1.1"]
    write(
        ledger, "data/progress/2018/hbj.yaml", '- req: "9.9"\n  date: 2018-10-01\n  status: done\n'
    )
    run = zwgk(ledger, "validate", "--changed-since", "HEAD", "--format", "json")
    assert [f["path"] for f in json.loads(run.stdout)["findings"]] == [
        "data/progress/2018/hbj.yaml"
    ]


def test_a_file_moved_to_another_year_is_a_move(repo: Path) -> None:
    write(repo, "data/progress/2019/jtj.yaml", JTJ_DONE)  # misfiled: dated 2018
    commit(repo, "进展")
    (repo / "data/progress/2018").mkdir(exist_ok=True)
    (repo / "data/progress/2019/jtj.yaml").rename(repo / "data/progress/2018/jtj.yaml")
    doc = diff_json(repo)
    assert [(e["change"], e["from_file"], e["file"]) for e in doc["entries"]] == [
        ("moved", "data/progress/2019/jtj.yaml", "data/progress/2018/jtj.yaml")
    ]
    assert doc["statuses"] == []


def test_three_dots_compare_from_the_merge_base(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "request")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "本单位进展")
    git(repo, "checkout", "-q", "main")
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "主线上的其他进展")
    git(repo, "checkout", "-q", "request")
    two = diff_json(repo, "main", "request")  # tips: main's new entry looks removed
    assert {e["change"] for e in two["entries"]} == {"added", "removed"}
    three = diff_json(repo, "main...request")
    assert [(e["change"], e["req"]) for e in three["entries"]] == [("added", "1.1")]
    assert three["from"] == "main 的分叉点"
    assert [e["req"] for e in diff_json(repo, "main..request")["entries"]] == ["1.1", "2.2"]


def test_a_revision_without_the_plan_says_so(repo: Path) -> None:
    (repo / "data/tasks.yaml").unlink()
    commit(repo, "误删计划")
    git(repo, "checkout", "HEAD~1", "--", "data/tasks.yaml")  # restored on disk only
    run = zwgk(repo, "diff", "HEAD~1", "HEAD")
    assert run.exit_code == 2 and "HEAD:data/tasks.yaml" in run.stderr
    assert "缺少 data/tasks.yaml" in run.stderr


def test_revisions_by_tag_and_message(repo: Path) -> None:
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "十月进展")
    git(repo, "tag", "v1")
    assert [e["req"] for e in diff_json(repo, ":/计划", "v1")["entries"]] == ["1.1"]


def test_review_words_mask_personal_data_unless_the_entry_says_why(repo: Path) -> None:
    # A review comment is published on the forge: the note's start is masked as
    # in reports; an entry that says pii_ok is shown as written.
    write(
        repo,
        "data/progress/2018/jtj.yaml",
        """\
- req: "1.1"
  date: 2018-10-09
  status: done
  note: 联系人13800138000
- req: "1.1"
  date: 2018-10-09
  status: progress
  note: 咨询电话13900139000
  pii_ok: 公开的咨询电话
""",
    )
    commit(repo, "带电话的进展")
    for fmt in ("text", "md"):
        out = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", fmt).stdout
        masked = "138****8000" if fmt == "text" else "138\\*\\*\\*\\*8000"  # md escapes *
        assert masked in out and "13800138000" not in out, out
        assert "13900139000" in out


def test_review_words_mask_personal_data_in_an_event_too(repo: Path) -> None:
    event = HBJ_EVENT.replace("文件公布", "约谈13800138000本人")
    write(repo, "data/progress/2018/hbj.yaml", event)
    commit(repo, "带电话的事件")
    for fmt in ("text", "md"):
        out = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", fmt).stdout
        masked = "138****8000" if fmt == "text" else "138\\*\\*\\*\\*8000"  # md escapes *
        assert masked in out and "13800138000" not in out, out
    write(repo, "data/progress/2018/hbj.yaml", event + "  pii_ok: 本人同意公开\n")
    commit(repo, "说明理由")
    out = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF).stdout
    assert "13800138000" in out, out
