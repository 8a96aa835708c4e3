"""`zwgk plan next` (next year's draft from this year's, with the carry-over)
and `zwgk plan migrate` (a one-plan ledger moved to data/plans/), on small
ledgers built from the shipped Huantai plan (issue 18, item 2).

The 2018 calendar facts the carry-over rests on: 2018-12-29 was a make-up
Saturday (a working day), 12-30 and 12-31 and 2019-01-01 were days off. So a
`文件公布后3个工作日内` clock started on Wednesday 12-26 ends on Saturday
12-29 (overdue on 12-31), one started on Thursday 12-27 ends on 2019-01-02
(still open on 12-31)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, write, zwgk
from gitkit import git
from zwgk.engine.nextyear import carry_over, moved_rule, quarter_end, shifted
from zwgk.ledger.load import load_ledger
from zwgk.ledger.plan import read_plan
from zwgk.ledger.yamlio import parse
from zwgk.model.plan import Plan

FIXTURE = REPO / "tests" / "fixtures" / "yearly" / "progress-2018"
PROGRESS = {
    f"data/progress/2018/{path.name}": path.read_text("utf-8")
    for path in sorted(FIXTURE.glob("*.yaml"))
}
"""The 2018 progress of the README's `plan next` session (the fixture's
comments say what each entry does): 21.1 and 48.1 done by jtj, 28.1's
documents of 12-26 (czj) and 12-27 (jtj), 48.1 extended for czj and exempt
for ajj, 58.1 extended for xxzx."""


def _years(root: Path) -> Path:
    """A ledger of several years holding the shipped 2018 plan and the
    progress above."""
    (root / "data/plans").mkdir(parents=True)
    shutil.copy(REPO / "data/tasks.yaml", root / "data/plans/2018.yaml")
    shutil.copy(REPO / "data/units.yaml", root / "data/units.yaml")
    for rel, text in PROGRESS.items():
        write(root, rel, text)
    return root


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return _years(tmp_path / "ledger")


def _plan(path: Path) -> Plan:
    plan, findings = read_plan(parse(path.read_text("utf-8"), path.name)[0], path.name)
    assert plan is not None and not [f for f in findings if f.level == "error"]
    return plan


def _progress(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("progress/*/*.yaml")}


# --- the carry-over, from the status engine on the old plan's last day -------------


def test_carry_over_is_what_status_says_on_the_plans_last_day(ledger: Path) -> None:
    loaded = load_ledger(ledger, year=2018)
    assert loaded.plan is not None
    carries = {c.req.id: c for c in carry_over(loaded.plan, loaded.directory, loaded.entries,
                                               loaded.calendar)}  # fmt: skip
    assert "21.1" not in carries  # done
    # 3 working days after Wednesday 12-26: 12-27, 12-28 and the make-up Saturday.
    events = {ob.unit: (ob.period, ob.due, ob.status) for ob in carries["28.1"].obligations}
    assert events == {
        "czj": ("2018-12-26", dt.date(2018, 12, 29), "overdue"),
        # after Thursday 12-27: 12-28, 12-29, then 12-30…2019-01-01 off: 01-02.
        "jtj": ("2018-12-27", dt.date(2019, 1, 2), "due_soon"),
    }
    units = carries["48.1"].units
    assert "ajj" not in units and "jtj" not in units  # exempt; done
    assert "czj" in units and "jgswj" in units
    czj = next(ob for ob in carries["48.1"].obligations if ob.unit == "czj")
    assert czj.due == dt.date(2019, 6, 30)  # the extension, honoured


def test_dates_move_a_year_and_relative_rules_stay() -> None:
    assert shifted(dt.date(2018, 12, 31), 1) == dt.date(2019, 12, 31)
    assert shifted(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)
    assert quarter_end(dt.date(2019, 1, 1)) == dt.date(2019, 3, 31)
    assert quarter_end(dt.date(2019, 11, 5)) == dt.date(2019, 12, 31)
    from zwgk.model.plan import Rule

    by = Rule("by", "今年年底前", date=dt.date(2018, 12, 31),
              written={"by": "2018-12-31", "basis": "今年年底前"})  # fmt: skip
    assert moved_rule(by, 1).written == {"by": "2019-12-31", "basis": "今年年底前"}
    rrule = Rule("rrule", None, rrule="FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20181130",
                 written={"rrule": "FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20181130"})  # fmt: skip
    assert moved_rule(rrule, 1).rrule == "FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20191130"
    every = Rule("every", "每年7月底前", period="year", on=(7, 31),
                 written={"every": "year", "on": "07-31"})  # fmt: skip
    assert moved_rule(every, 1) is every


# --- the draft --------------------------------------------------------------------


def test_next_year_keeps_structure_ids_and_units_and_moves_the_rules(ledger: Path) -> None:
    before = _progress(ledger)
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all")
    assert run.exit_code == 0, run.output
    assert "data/plans/2019.yaml" in run.stdout
    old, new = _plan(ledger / "data/plans/2018.yaml"), _plan(ledger / "data/plans/2019.yaml")
    assert (new.info.year, new.info.start, new.info.end) == (
        2019, dt.date(2019, 1, 1), dt.date(2019, 12, 31))  # fmt: skip
    # The 2018 table took effect in April 2018; nothing says when a 2019 one does.
    assert new.info.effective is None
    assert [p._replace(line=0) for p in new.parts] == [p._replace(line=0) for p in old.parts]
    assert [(t.no, t.title, t.part, t.section) for t in new.tasks] == [
        (t.no, t.title, t.part, t.section) for t in old.tasks
    ]
    own = {r.id: r for r in new.requirements() if r.carried_from is None}
    assert list(own) == [r.id for r in old.requirements()]
    for req in old.requirements():
        copy = own[req.id]
        assert (copy.text, copy.lead, copy.support, copy.mode, copy.task) == (
            req.text, req.lead, req.support, req.mode, req.task)  # fmt: skip
        for was, now in zip(req.due, copy.due, strict=True):
            if was.kind == "by":
                assert was.date is not None and now.date == was.date.replace(year=2019)
            else:
                assert (now.kind, now.period, now.on, now.event, now.within, now.times) == (
                    was.kind, was.period, was.on, was.event, was.within, was.times)  # fmt: skip
    assert own["48.1"].due[0].date == dt.date(2019, 12, 31)
    assert own["21.1"].due[0].on == (7, 31)
    assert _progress(ledger) == before  # no progress file touched


def test_carried_requirements_name_their_origin_and_the_units_still_owing(ledger: Path) -> None:
    assert zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all").exit_code == 0
    path = ledger / "data/plans/2019.yaml"
    new = _plan(path)
    carried = {r.id: r for r in new.requirements() if r.carried_from is not None}
    assert "21.1.2018" not in carried
    event = carried["28.1.2018"]
    assert event.task == 28 and event.mode == "each"
    assert event.carried_from is not None
    assert event.carried_from.year == 2018 and event.carried_from.req == "28.1"
    assert event.lead == event.carried_from.units == ("czj", "jtj")  # not every lead
    assert event.carried_from.periods == ("2018-12-26", "2018-12-27")
    assert event.carried_from.due == dt.date(2018, 12, 29)
    # The default deadline, the end of the new year's first quarter, said so.
    assert [(r.kind, r.date) for r in event.due] == [("by", dt.date(2019, 3, 31))]
    directory = carried["48.1.2018"]
    assert "ajj" not in directory.lead and "jtj" not in directory.lead
    # One rule binds its 34 units: czj's own extension to 2019-06-30 neither
    # moves the others' date nor is silently cut: a comment names it.
    assert directory.due[0].date == dt.date(2019, 3, 31)
    text = path.read_text("utf-8")
    note = text[: text.index('- id: "48.1.2018"')].rsplit("- id:", 1)[1]
    assert "czj 2019-06-30" in note and "extend" in note
    # 58.1's one unit was given until 2019-05-31: its date is kept.
    assert carried["58.1.2018"].due[0].date == dt.date(2019, 5, 31)
    assert "第一季度末" in text and "--carry-due" in text and "结转不提前期限" in text
    assert text.index('- id: "28.1.2018"') > text.index('- id: "28.1"')


def test_the_draft_validates_and_status_and_export_read_it(ledger: Path) -> None:
    assert zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all").exit_code == 0
    run = zwgk(ledger, "validate", "--year", "2019", "--format", "json")
    assert run.exit_code == 0, run.output
    assert json.loads(run.stdout)["errors"] == 0
    status = zwgk(ledger, "status", "--year", "2019", "--as-of", "2019-04-10", "--format", "json")
    assert status.exit_code == 0, status.output
    items = json.loads(status.stdout)["items"]
    carried = {(i["unit"], i["due"], i["status"]) for i in items if i["req"] == "28.1.2018"}
    assert carried == {("czj", "2019-03-31", "overdue"), ("jtj", "2019-03-31", "overdue")}
    # The 2018 plan reads on as before: its entries, its obligations.
    old = zwgk(ledger, "status", "--year", "2018", "--as-of", "2018-12-31", "--format", "json")
    assert old.exit_code == 0 and "28.1.2018" not in old.stdout
    export = zwgk(ledger, "export", "--year", "2019", "--format", "json")
    assert export.exit_code == 0, export.output
    reqs = {r["id"]: r for task in json.loads(export.stdout)["tasks"] for r in task["requirements"]}
    assert reqs["28.1.2018"]["carried_from"] == {
        "year": 2018, "req": "28.1", "units": ["czj", "jtj"],
        "periods": ["2018-12-26", "2018-12-27"], "due": "2018-12-29",
    }  # fmt: skip
    assert "carried_from" not in reqs["28.1"]  # a plan without any exports as before


def test_carry_overdue_keeps_only_the_overdue_obligations(ledger: Path) -> None:
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "overdue",
               "--carry-due", "2019-02-28")  # fmt: skip
    assert run.exit_code == 0, run.output
    text = (ledger / "data/plans/2019.yaml").read_text("utf-8")
    carried = {r.id: r for r in _plan(ledger / "data/plans/2019.yaml").requirements()
               if r.carried_from is not None}  # fmt: skip
    assert carried["28.1.2018"].lead == ("czj",)  # jtj's was not yet due on 12-31
    assert carried["28.1.2018"].due[0].date == dt.date(2019, 2, 28)
    # Judged the day after the plan's end (review 18b, finding 9): due 12-31
    # and still open is overdue then, though 即将到期 on 12-31 itself; czj's
    # extension to 2019-06-30 is not, nor 58.1's to 2019-05-31.
    assert "48.1.2018" in carried and "czj" not in carried["48.1.2018"].lead
    assert "58.1.2018" not in carried
    assert "--carry-due" in text and "58.1" in text.split("plan:")[0]  # listed as not carried


def test_carry_by_requirement_id(ledger: Path) -> None:
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "28．1")  # full-width dot
    assert run.exit_code == 0, run.output
    carried = [r.id for r in _plan(ledger / "data/plans/2019.yaml").requirements()
               if r.carried_from is not None]  # fmt: skip
    assert carried == ["28.1.2018"]


def test_a_requirement_not_on_the_list_is_refused(ledger: Path) -> None:
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "21.1")
    assert run.exit_code == 2 and "21.1" in run.output
    assert not (ledger / "data/plans/2019.yaml").exists()


def test_without_carry_the_list_is_shown_and_nothing_written(ledger: Path) -> None:
    run = zwgk(ledger, "plan", "next", "--year", "2019")
    assert run.exit_code == 0
    assert "28.1.2018" in run.stdout and "结转清单" in run.stdout and "--carry" in run.stderr
    assert not (ledger / "data/plans/2019.yaml").exists()
    doc = json.loads(zwgk(ledger, "plan", "next", "--format", "json").stdout)  # default year
    assert doc["year"] == 2018 and doc["as_of"] == "2018-12-31" and doc["written"] is None
    event = next(c for c in doc["carry_over"] if c["req"] == "28.1")
    assert [(o["unit"], o["due"], o["status"]) for o in event["obligations"]] == [
        ("czj", "2018-12-29", "overdue"), ("jtj", "2019-01-02", "due_soon")]  # fmt: skip


def test_an_existing_plan_is_not_overwritten_without_force(ledger: Path) -> None:
    assert zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "none").exit_code == 0
    path = ledger / "data/plans/2019.yaml"
    path.write_text(path.read_text("utf-8") + "# 办公室的修改\n", "utf-8")
    kept = path.read_bytes()
    again = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all")
    assert again.exit_code == 2 and "--force" in again.output
    assert path.read_bytes() == kept
    forced = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all", "--force")
    assert forced.exit_code == 0 and "28.1.2018" in path.read_text("utf-8")


def test_the_readme_session_runs_on_the_fixture_progress(ledger: Path) -> None:
    """The README's `plan next` session is the shipped plan with the progress
    of tests/fixtures/yearly/progress-2018 (review 18b, finding 10)."""
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--format", "json")
    listed = {c["req"]: c for c in json.loads(run.stdout)["carry_over"]}
    assert list(listed) == ["12.1", "15.2", "23.1", "26.1", "28.1", "48.1", "58.1", "69.1"]
    assert len(listed["48.1"]["units"]) == 34  # jtj did it, ajj was exempt
    assert listed["58.1"]["due"] == "2019-05-31"  # extended
    kept = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "28.1,48.1,58.1")
    assert "结转 3 项，不结转 5 项" in kept.stdout
    status = zwgk(ledger, "status", "--year", "2019", "--as-of", "2019-04-10", "--task", "28",
                  "--task", "58")  # fmt: skip
    assert "28.1.2018  2个单位  2019-03-31  逾期 10 天" in status.stdout


def test_carrying_nothing_does_not_say_nothing_was_open(ledger: Path) -> None:
    """--carry none keeps nothing of 8 open requirements: said as the
    office's choice, not as "nothing was open" (review 18b, finding 4)."""
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "none")
    assert run.exit_code == 0, run.output
    assert "没有未完成或逾期" not in run.stdout
    assert "未结转 2018 年的任何要求（8 项不结转）" in run.stdout
    en = zwgk(ledger, "--lang", "en", "plan", "next", "--year", "2019", "--carry", "none",
              "--force")  # fmt: skip
    assert "was open" not in en.stdout and "Nothing of the 2018 plan carried over" in en.stdout


def test_the_title_year_moves_and_the_list_speaks_english(ledger: Path) -> None:
    """A year in the title equal to the plan's moves with it, said in the
    header; English lists units with English separators (review 18b, 9)."""
    old = ledger / "data/plans/2018.yaml"
    old.write_text(old.read_text("utf-8").replace(
        "title: 桓台县当前", "title: 桓台县2018年（2017年修订）"), "utf-8")  # fmt: skip
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all")
    assert run.exit_code == 0, run.output
    new = _plan(ledger / "data/plans/2019.yaml")
    assert new.info.title == "桓台县2019年（2017年修订）政务公开工作主要任务分解表"
    text = (ledger / "data/plans/2019.yaml").read_text("utf-8")
    assert "标题中的 2018 改为 2019（原标题：桓台县2018年（2017年修订）" in text.split("plan:")[0]
    en = zwgk(ledger, "--lang", "en", "plan", "next", "--year", "2019")
    assert en.exit_code == 0 and "县安监局," in en.stdout and "、" not in en.stdout


def test_a_bad_carry_value_says_it_once(ledger: Path) -> None:
    run = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", ",")
    assert run.exit_code == 2 and run.output.count("--carry") == 1
    semi = zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "28.1;48.1")
    assert semi.exit_code == 2 and "用逗号分隔" in semi.output


def test_the_latest_earlier_year_is_drafted_from_and_an_existing_year_said(
    ledger: Path,
) -> None:
    """One rule for "last year's plan" with import (`years.previous_year`):
    the latest year before the one drafted, and asked for a year the ledger
    holds, plan next says it exists (review 18b, finding 6.1)."""
    run = zwgk(ledger, "plan", "next", "--year", "2021", "--carry", "none")
    assert run.exit_code == 0, run.output
    assert "依 data/plans/2018.yaml" in run.stdout
    plan = _plan(ledger / "data/plans/2021.yaml")
    assert plan.info.start == dt.date(2021, 1, 1)
    req = next(r for r in plan.requirements() if r.id == "58.1")
    assert [r.date for r in req.due] == [dt.date(2021, 12, 31)]
    same = zwgk(ledger, "plan", "next", "--year", "2018")
    assert same.exit_code == 2 and "data/plans/2018.yaml 已存在" in same.output
    assert "更早年度" not in same.output


def test_year_bounds_and_the_one_plan_refusal_are_worded_as_everywhere(shipped: Path) -> None:
    """plan next and import check --year and a one-plan ledger with the same
    words as every command (review 18b, findings 6.3 and 6.7)."""
    for args in (("plan", "next", "--year", "1800"), ("import", "x.csv", "--year", "1800")):
        run = zwgk(shipped, *args)
        assert run.exit_code == 2 and "2000" in run.output and "<=x<=" not in run.output
    drafting = zwgk(shipped, "plan", "next", "--year", "2019", "--carry", "all")
    (shipped / "x.csv").write_text("桓台县2019年分解表\n工作任务,工作要求,责任单位\n", "utf-8")
    importing = zwgk(shipped, "import", "x.csv", "--year", "2019")
    for run in (drafting, importing):
        assert run.exit_code == 2
        assert "只有一个计划 data/tasks.yaml" in run.output and "zwgk plan migrate" in run.output


def test_a_one_plan_ledger_is_told_to_migrate_first(shipped: Path) -> None:
    run = zwgk(shipped, "plan", "next", "--year", "2019", "--carry", "all")
    assert run.exit_code == 2 and "zwgk plan migrate" in run.output
    assert not (shipped / "data/plans").exists()


def test_english(ledger: Path) -> None:
    run = zwgk(ledger, "--lang", "en", "plan", "next", "--year", "2019", "--carry", "all")
    assert run.exit_code == 0, run.output
    assert "Wrote data/plans/2019.yaml" in run.stdout and "carried over" in run.stdout
    text = (ledger / "data/plans/2019.yaml").read_text("utf-8")
    assert "Carried over from 2018: requirement 28.1" in text
    assert "the end of the new year's first quarter" in text


def test_a_year_given_once_does_not_stick_to_the_next_run(ledger: Path, shipped: Path) -> None:
    assert zwgk(ledger, "plan", "next", "--carry", "none").exit_code == 0
    assert zwgk(ledger, "validate", "--year", "2019").exit_code == 0
    assert zwgk(shipped, "validate").exit_code == 0  # its one plan is 2018's: no 2019 kept


# --- migrate ----------------------------------------------------------------------


def test_migrate_a_plain_folder(shipped: Path) -> None:
    write(shipped, "data/progress/2018/jtj.yaml", PROGRESS["data/progress/2018/jtj.yaml"])
    plan = (shipped / "data/tasks.yaml").read_bytes()
    before = zwgk(shipped, "status", "--as-of", "2018-10-14", "--format", "json").stdout
    run = zwgk(shipped, "plan", "migrate")
    assert run.exit_code == 0, run.output
    assert "data/plans/2018.yaml" in run.stdout and "commit" in run.stdout
    assert not (shipped / "data/tasks.yaml").exists()
    moved = (shipped / "data/plans/2018.yaml").read_bytes()
    # Unchanged but for the editor's schema line, now from one folder deeper.
    assert moved.split(b"\n", 1)[1] == plan.split(b"\n", 1)[1]
    assert plan.startswith(b"# yaml-language-server: $schema=../schemas/tasks.schema.json\n")
    assert moved.startswith(b"# yaml-language-server: $schema=../../schemas/tasks.schema.json\n")
    assert zwgk(shipped, "status", "--as-of", "2018-10-14", "--format", "json").stdout == before
    assert zwgk(shipped, "plan", "migrate").exit_code == 0  # nothing left to move


def test_migrate_in_git_stages_a_rename_that_history_follows(shipped: Path) -> None:
    git(shipped, "init", "-q")
    git(shipped, "add", "-A")
    git(shipped, "commit", "-qm", "2018 plan")
    run = zwgk(shipped, "plan", "migrate")
    assert run.exit_code == 0, run.output
    assert "git mv" in run.stdout
    status = git(shipped, "status", "--porcelain")
    # no lock file left; .gitignore made to ignore them (left for the clerk to add)
    assert status.splitlines() == ["R  data/tasks.yaml -> data/plans/2018.yaml", "?? .gitignore"]
    assert git(shipped, "diff", "--name-only") == ""  # the schema line is staged too
    git(shipped, "commit", "-qm", "moved")
    log = git(shipped, "log", "--follow", "--format=%s", "--", "data/plans/2018.yaml")
    assert log.split() == ["moved", "2018", "plan"]


def test_migrate_makes_git_ignore_the_lock_files_plan_next_leaves(shipped: Path) -> None:
    """plan next and import write under a lock file; a ledger without the
    .gitignore `zwgk init` writes would commit it with `git add -A`, so
    migrate adds zwgk's lines, keeping what was there (review 18b, finding 5)."""
    write(shipped, ".gitignore", "*.bak")  # no newline at its end
    git(shipped, "init", "-q")
    git(shipped, "add", "-A")
    git(shipped, "commit", "-qm", "2018 plan")
    run = zwgk(shipped, "plan", "migrate")
    assert run.exit_code == 0, run.output
    assert "已在 .gitignore 中加入 *.yaml.lock, .*.yaml.*.tmp" in run.stdout
    assert (shipped / ".gitignore").read_text("utf-8") == "*.bak\n*.yaml.lock\n.*.yaml.*.tmp\n"
    assert zwgk(shipped, "plan", "next", "--year", "2019", "--carry", "none").exit_code == 0
    assert (shipped / "data/plans/2019.yaml.lock").exists()
    git(shipped, "add", "-A")
    staged = git(shipped, "diff", "--cached", "--name-only").split()
    assert "data/plans/2019.yaml" in staged and "data/plans/2019.yaml.lock" not in staged
    # said once: a ledger that ignores them already is left alone
    git(shipped, "mv", "data/plans/2018.yaml", "data/tasks.yaml")
    git(shipped, "rm", "-q", "--cached", "data/plans/2019.yaml")
    (shipped / "data/plans/2019.yaml").unlink()
    again = zwgk(shipped, "plan", "migrate")
    assert again.exit_code == 0 and ".gitignore" not in again.stdout


def test_migrate_refuses_a_year_already_there(shipped: Path) -> None:
    write(shipped, "data/plans/2018.yaml", "# someone's own\n")
    run = zwgk(shipped, "plan", "migrate")
    assert run.exit_code == 2 and "data/plans/2018.yaml" in run.output
    assert (shipped / "data/tasks.yaml").exists()
    assert (shipped / "data/plans/2018.yaml").read_text("utf-8") == "# someone's own\n"


def test_migrate_refuses_a_plan_it_cannot_read(shipped: Path) -> None:
    write(shipped, "data/tasks.yaml", "plan: [unclosed\n")
    run = zwgk(shipped, "plan", "migrate")
    assert run.exit_code == 2 and "data/tasks.yaml" in run.output
    assert not (shipped / "data/plans").exists()


def test_migrate_outside_git_needs_no_git(shipped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")  # no git at all: a plain rename
    run = zwgk(shipped, "--lang", "en", "plan", "migrate")
    assert run.exit_code == 0, run.output
    assert "Renamed data/tasks.yaml to data/plans/2018.yaml" in run.stdout


def test_migrate_in_git_leaves_the_clerks_unstaged_edits_unstaged(shipped: Path) -> None:
    git(shipped, "init", "-q")
    git(shipped, "add", "-A")
    git(shipped, "commit", "-qm", "2018 plan")
    with (shipped / "data/tasks.yaml").open("a", encoding="utf-8") as plan:
        plan.write("# 未暂存的修改\n")
    assert zwgk(shipped, "plan", "migrate").exit_code == 0
    assert "RM data/tasks.yaml -> data/plans/2018.yaml" in git(shipped, "status", "--porcelain")
    assert "未暂存的修改" in git(shipped, "diff")
    assert "未暂存的修改" not in git(shipped, "diff", "--cached")


def test_a_carried_requirement_still_open_is_carried_again_with_its_origin(ledger: Path) -> None:
    assert zwgk(ledger, "plan", "next", "--year", "2019", "--carry", "all").exit_code == 0
    write(ledger, "data/progress/2019/czj.yaml", """\
- req: "28.1.2018"
  date: 2019-02-01
  status: done
  note: 已发布解读
""")  # fmt: skip
    doc = json.loads(zwgk(ledger, "plan", "next", "--format", "json").stdout)  # 2020 from 2019
    again = next(c for c in doc["carry_over"] if c["req"] == "28.1.2018")
    assert again["carried_id"] == "28.1.2018" and again["units"] == ["jtj"]  # czj's is done
    run = zwgk(ledger, "plan", "next", "--year", "2020", "--carry", "28.1.2018")
    assert run.exit_code == 0, run.output
    plan = _plan(ledger / "data/plans/2020.yaml")
    ids = [r.id for r in plan.requirements()]
    assert ids.count("28.1") == 1 and ids.count("28.1.2018") == 1
    assert "12.1.2018" not in ids  # a 2019 carry-over not kept is not copied on
    carried = plan.requirement("28.1.2018")
    assert carried is not None and carried.carried_from is not None
    assert carried.carried_from.year == 2018 and carried.carried_from.req == "28.1"
    assert carried.carried_from.units == ("jtj",) and carried.lead == ("jtj",)
    assert carried.due[0].date == dt.date(2020, 3, 31)
    assert zwgk(ledger, "validate", "--year", "2020").exit_code == 0


def test_effective_and_carry_due_are_the_offices_and_within_the_new_year(ledger: Path) -> None:
    outside = zwgk(ledger, "plan", "next", "--carry", "all", "--carry-due", "2020-01-15")
    assert outside.exit_code == 2 and "2019-01-01" in outside.output
    assert not (ledger / "data/plans/2019.yaml").exists()
    run = zwgk(ledger, "plan", "next", "--carry", "none", "--effective", "2019年3月1日")
    assert run.exit_code == 0, run.output
    assert _plan(ledger / "data/plans/2019.yaml").info.effective == dt.date(2019, 3, 1)
