"""The plan's effective date (`plan: effective:`): an instance whose period
ended before the plan took effect is no obligation; one that runs into that
day is owed whole. Dated scenarios on the 2018 official calendar."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import APP, MINI_TASKS, write, zwgk
from gitkit import commit, ledger_repo
from zwgk.checks.registry import run_checks
from zwgk.engine.deadlines import instances
from zwgk.ledger.load import load_ledger
from zwgk.model.calendar import WorkCalendar
from zwgk.model.plan import Duration, PlanInfo, Rule

Build = Callable[..., Path]
D = dt.date
CAL = WorkCalendar.official()
# In force from Friday 2018-06-15: June straddles it, May ended before it.
PLAN = PlanInfo("测试", 2018, D(2018, 1, 1), D(2018, 12, 31), D(2018, 6, 15))
REQ_DUE = """        due:
          - after: 文件公布
            within: 3 workdays
"""


def periods_of(rule: Rule) -> list[str]:
    return [inst.period for inst in instances(rule, PLAN, CAL)]


def test_a_period_that_ended_before_the_plan_took_effect_is_not_owed() -> None:
    got = instances(Rule("every", period="month"), PLAN, CAL)
    assert [i.period for i in got] == [f"2018-{m:02d}" for m in range(6, 13)]
    # June runs into the effective day: owed whole, its window from 06-01.
    assert (got[0].start, got[0].due) == (D(2018, 6, 1), D(2018, 6, 30))
    assert periods_of(Rule("every", period="quarter")) == ["2018-Q2", "2018-Q3", "2018-Q4"]
    assert periods_of(Rule("at_least", period="quarter", times=2))[0] == "2018-Q2"
    # Without an effective date every period of the plan counts, as before.
    assert len(instances(Rule("every", period="month"), PLAN._replace(effective=None), CAL)) == 12


def test_the_period_end_decides_not_the_grace() -> None:
    """May with ten days' grace is due 06-10 (before) and May with 20 days'
    grace 06-20 (after the effective day): neither is owed, May ended 05-31."""
    for days in (10, 20):
        rule = Rule("every", period="month", grace=Duration(days, "days"))
        assert periods_of(rule)[0] == "2018-06"


def test_due_dates_decide_for_by_on_and_rrule() -> None:
    assert periods_of(Rule("by", date=D(2018, 6, 14))) == []
    assert periods_of(Rule("by", date=D(2018, 6, 15))) == ["2018-06-15"]
    assert periods_of(Rule("every", period="year", on=(6, 14))) == []
    assert periods_of(Rule("every", period="year", on=(6, 15))) == ["2018"]
    monthly_10th = instances(Rule("rrule", rrule="FREQ=MONTHLY;BYMONTHDAY=10"), PLAN, CAL)
    assert monthly_10th[0].period == "2018-07-10" and len(monthly_10th) == 6


def status_items(root: Path, as_of: str) -> list[dict[str, Any]]:
    run = zwgk(root, "status", "--as-of", as_of, "--format", "json")
    assert run.exit_code == 0, run.output
    items: list[dict[str, Any]] = json.loads(run.stdout)["items"]
    return items


def test_shipped_plan_on_2018_07_25_lists_nothing_from_before_april(shipped: Path) -> None:
    items = status_items(shipped, "2018-07-25")
    periods = {i["period"] for i in items if i["period"]}
    assert not periods & {"2018-01", "2018-02", "2018-03", "2018-Q1"}
    assert {"2018-04", "2018-Q2", "2018-07"} <= periods
    overdue = [i for i in items if i["status"] == "overdue"]
    assert (overdue[0]["req"], overdue[0]["period"]) == ("15.2", "2018-04")
    run = zwgk(shipped, "status", "--as-of", "2018-07-25", env={"COLUMNS": "80"})
    assert "逾期 175 天" not in run.stdout and "2018-01-31" not in run.stdout


MONTHLY = """        due:
          - every: month
            basis: 按月
"""


def mini_effective(mini: Build, effective: str, due: str = MONTHLY, **progress: str) -> Path:
    tasks = MINI_TASKS.replace("  year: 2018\n", f"  year: 2018\n  effective: {effective}\n")
    return mini(tasks=tasks.replace(REQ_DUE, due), progress=progress or None)


def test_a_straddling_month_is_owed_and_counts_work_from_its_start(mini: Build) -> None:
    root = mini_effective(mini, "2018-06-15")
    got = {i["period"]: i["status"] for i in status_items(root, "2018-07-25") if i["req"] == "1.1"}
    assert "2018-05" not in got and got["2018-06"] == "overdue" and len(got) == 7
    # Work of 06-05, before the plan took effect but in June's window, counts.
    write(root, "data/progress/2018/jtj.yaml", "- {req: '1.1', date: 2018-06-05, status: done}\n")
    got = {i["period"]: i["status"] for i in status_items(root, "2018-07-25") if i["req"] == "1.1"}
    assert got["2018-06"] == "done" and "2018-05" not in got


def test_an_event_before_the_plan_took_effect_opens_nothing(mini: Build) -> None:
    root = mini_effective(mini, "2018-06-15", REQ_DUE)
    write(root, "data/progress/2018/jtj.yaml",
          "- {req: '1.1', date: 2018-06-13, status: event, event: 文件公布}\n"
          "- {req: '1.1', date: 2018-06-20, status: event, event: 文件公布}\n")  # fmt: skip
    dated = [i for i in status_items(root, "2018-07-25") if i["period"]]
    # 06-13's deadline (06-19) falls after the effective day; the event does not.
    assert [(i["period"], i["status"]) for i in dated] == [("2018-06-20", "overdue")]


def found(root: Path) -> list[tuple[str, int, str]]:
    return [(f.path, f.line, f.code) for f in run_checks(load_ledger(root))]


@pytest.mark.parametrize("effective", ["2017-12-31", "2019-01-01"])
def test_an_effective_date_outside_the_plan_period_is_an_error(mini: Build, effective: str) -> None:
    root = mini_effective(mini, effective)
    # After the end it also leaves the monthly rule no instance (rule-outside-plan).
    assert found(root)[0] == ("data/tasks.yaml", 4, "effective-outside-plan")
    run = zwgk(root, "validate")
    assert run.exit_code == 1 and f"计划生效日 {effective} 不在计划期" in run.output
    assert found(mini_effective(mini, "2018-12-31")) == []


def test_a_by_date_before_the_plan_took_effect_is_reported(mini: Build) -> None:
    due = "        due:\n          - by: 2018-03-31\n            basis: 一季度末前\n"
    root = mini_effective(mini, "2018-04-01", due)
    assert found(root) == [("data/tasks.yaml", 23, "rule-outside-plan")]
    assert "早于计划生效日 2018-04-01" in zwgk(root, "validate").output


def test_export_json_carries_it(mini: Build, tmp_path: Path) -> None:
    root = mini_effective(mini, "2018-06-15")
    doc = json.loads(zwgk(root, "export", "--format", "json").stdout)
    assert doc["plan"]["effective"] == "2018-06-15"
    plain = tmp_path / "plain"
    write(plain, "data/tasks.yaml", MINI_TASKS)
    write(plain, "data/units.yaml", (root / "data/units.yaml").read_text("utf-8"))
    assert json.loads(zwgk(plain, "export", "--format", "json").stdout)["plan"]["effective"] is None


def test_diff_lists_a_changed_effective_date(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    text = (repo / "data/tasks.yaml").read_text("utf-8")
    old = "year: 2018}"
    assert text.count(old) == 1
    write(repo, "data/tasks.yaml", text.replace(old, "year: 2018, effective: 2018-06-15}"))
    commit(repo, "计划生效日")
    run = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", "2018-07-25", "--format", "json")
    assert run.exit_code == 0, run.output
    plan = json.loads(run.stdout)["plan"]
    assert [(c["field"], c["before"], c["after"]) for c in plan] == [
        ("effective", None, "2018-06-15")
    ]


# --- init and import write it -------------------------------------------------


def test_init_writes_the_effective_date_given(tmp_path: Path) -> None:
    root = tmp_path / "new"
    run = zwgk(None, "init", str(root), "--year", "2027", "--effective", "2027-03-01", "--no-git")
    assert run.exit_code == 0, run.output
    assert "  effective: 2027-03-01\n" in (root / "data/tasks.yaml").read_text("utf-8")
    assert "未给出计划生效日" not in run.stdout
    assert zwgk(root, "validate").exit_code == 0


def test_init_without_it_writes_none_and_says_so(tmp_path: Path) -> None:
    root = tmp_path / "new"
    run = zwgk(None, "init", str(root), "--year", "2027", "--no-git")
    assert run.exit_code == 0, run.output
    tasks = (root / "data/tasks.yaml").read_text("utf-8")
    assert "\n  effective:" not in tasks and "# effective: 2027-MM-DD" in tasks
    assert "未给出计划生效日" in run.stdout
    assert zwgk(root, "validate").exit_code == 0


def test_init_refuses_a_date_outside_its_year_and_with_huantai(tmp_path: Path) -> None:
    run = zwgk(None, "init", str(tmp_path / "a"), "--year", "2027", "--effective", "2026-12-01")
    assert run.exit_code == 2 and "2026-12-01" in run.output
    run = zwgk(None, "init", str(tmp_path / "b"), "--huantai", "--effective", "2018-05-01")
    assert run.exit_code == 2 and "--effective" in run.output
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_init_asks_at_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zwgk.cli import options

    monkeypatch.setattr(options, "prompting", lambda: True)
    argv = ["init", str(tmp_path / "asked"), "--year", "2027", "--no-git"]
    run = CliRunner().invoke(APP, argv, input="2027-02-01\n")
    assert run.exit_code == 0, run.output
    assert "effective: 2027-02-01" in (tmp_path / "asked/data/tasks.yaml").read_text("utf-8")
    # A typo at the prompt is asked again, not a usage error about an option
    # the clerk never typed.
    argv = ["init", str(tmp_path / "typo"), "--year", "2027", "--no-git"]
    run = CliRunner().invoke(APP, argv, input="2027-02-30\n2027-03-01\n")
    assert run.exit_code == 0, run.output
    assert "effective: 2027-03-01" in (tmp_path / "typo/data/tasks.yaml").read_text("utf-8")
    argv = ["init", str(tmp_path / "blank"), "--year", "2027", "--no-git"]
    run = CliRunner().invoke(APP, argv, input="\n")  # Enter: left out, not guessed
    assert run.exit_code == 0, run.output
    assert "\n  effective:" not in (tmp_path / "blank/data/tasks.yaml").read_text("utf-8")


def test_import_writes_it_into_the_draft(shipped: Path) -> None:
    table = shipped / "plan.csv"
    assert zwgk(shipped, "export", "--plan", "--format", "csv", "-o", str(table)).exit_code == 0
    run = zwgk(shipped, "import", str(table), "-o", str(shipped / "d1"), "--year", "2018",
               "--effective", "2018-05-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "  effective: 2018-05-01\n" in (shipped / "d1/data/tasks.yaml").read_text("utf-8")
    doc = json.loads(zwgk(shipped / "d1", "export", "--format", "json").stdout)
    assert doc["plan"]["effective"] == "2018-05-01"
    # The export says the date under the title; a table that does not (that
    # line taken out) gets none.
    lines = table.read_text("utf-8-sig").splitlines(keepends=True)
    assert lines[1].startswith("（2018年，自2018年4月1日起施行）")
    table.write_text("".join([lines[0], *lines[2:]]), "utf-8-sig")
    run = zwgk(shipped, "import", str(table), "-o", str(shipped / "d2"), "--year", "2018")
    assert run.exit_code == 0 and "未给出计划生效日" in run.stdout
    assert "\n  effective:" not in (shipped / "d2/data/tasks.yaml").read_text("utf-8")
    run = zwgk(shipped, "import", str(table), "-o", str(shipped / "d3"), "--year", "2018",
               "--effective", "2019-01-01")  # fmt: skip
    assert run.exit_code == 2 and not (shipped / "d3").exists()


def test_import_asks_only_when_the_table_does_not_say(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zwgk.cli import options

    monkeypatch.setattr(options, "prompting", lambda: True)
    table = shipped / "plan.csv"
    assert zwgk(shipped, "export", "--plan", "--format", "csv", "-o", str(table)).exit_code == 0
    # The line under the title gives the date: no question (no input to answer one).
    run = CliRunner().invoke(APP, ["--root", str(shipped), "import", str(table), "-o",
                                   str(shipped / "d1")])  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "  effective: 2018-04-01\n" in (shipped / "d1/data/tasks.yaml").read_text("utf-8")
    lines = table.read_text("utf-8-sig").splitlines(keepends=True)
    table.write_text("".join([lines[0], *lines[2:]]), "utf-8-sig")
    argv = ["--root", str(shipped), "import", str(table), "-o", str(shipped / "d2"),
            "--year", "2018"]  # fmt: skip
    run = CliRunner().invoke(APP, argv, input="2018-05-02\n")
    assert run.exit_code == 0, run.output
    assert "  effective: 2018-05-02\n" in (shipped / "d2/data/tasks.yaml").read_text("utf-8")
