"""Obligation status on fixed as-of dates: which entry counts for what."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI_UNITS, zwgk
from zwgk.engine.obligations import all_obligations
from zwgk.ledger.load import load_ledger
from zwgk.model.calendar import WorkCalendar
from zwgk.model.limits import DEFAULT_WARN_DAYS
from zwgk.model.plan import Entry

D = dt.date
Build = Callable[..., Path]

SUOZHEN = "  - {id: suozhen, name: 索镇街道, kind: town}\n"
UNITS = MINI_UNITS.replace(
    SUOZHEN, SUOZHEN + "  - {id: shaohai, name: 少海街道, kind: town}\n"
).replace("members: [suozhen]", "members: [suozhen, shaohai]")


def plan(*reqs: str) -> str:
    """A plan whose task 1 holds the given requirement blocks."""
    head = (
        "plan: {title: 测试, year: 2018}\n"
        "parts:\n  - {no: 一, title: 部分}\n"
        "tasks:\n  - no: 1\n    title: 任务\n    part: 一\n    requirements:\n"
    )
    return head + "".join(reqs)


def req(rid: str, lead: str, due: str = "[]", mode: str = "joint", support: str = "[]") -> str:
    return (
        f'      - id: "{rid}"\n        text: 要求{rid}\n        lead: {lead}\n'
        f"        support: {support}\n        mode: {mode}\n        due: {due}\n"
    )


def entry(rid: str, day: str, status: str = "done", **extra: str) -> str:
    lines = f'- req: "{rid}"\n  date: {day}\n  status: {status}\n'
    return lines + "".join(f"  {key}: {value}\n" for key, value in extra.items())


def statuses(root: Path, as_of: dt.date, warn: int = 7) -> dict[tuple[str, str, str | None], str]:
    ledger = load_ledger(root)
    assert ledger.plan is not None
    assert [f for f in ledger.findings if f.level == "error"] == []
    obs = all_obligations(
        ledger.plan, ledger.directory, ledger.entries, ledger.calendar, as_of, warn
    )
    return {(ob.req.id, ob.unit, ob.period): ob.status for ob in obs}


MONTHLY = req("1.1", "[jtj]", "[{every: month, basis: 按月}]")
YEARLY = req("1.1", "[jtj]", "[{every: year, on: '07-31', basis: 每年7月底前}]")


def test_yearly_rule_moves_open_due_soon_overdue(mini: Build) -> None:
    root = mini(tasks=plan(YEARLY), units=UNITS)
    key = ("1.1", "jtj", "2018")
    assert statuses(root, D(2018, 7, 1))[key] == "open"
    # The window counts working days: Friday 07-20 is 11 calendar days but 7
    # working days (23-27, 30, 31) before Tuesday 07-31.
    assert statuses(root, D(2018, 7, 20))[key] == "due_soon"
    assert statuses(root, D(2018, 7, 19))[key] == "open"  # 8 working days
    assert statuses(root, D(2018, 7, 19), warn=8)[key] == "due_soon"
    assert statuses(root, D(2018, 7, 31))[key] == "due_soon"  # the due day itself
    assert statuses(root, D(2018, 8, 1))[key] == "overdue"


@pytest.mark.parametrize(
    ("day", "expected"), [("2018-07-20", "done"), ("2018-07-31", "done"), ("2018-08-05", "late")]
)
def test_yearly_rule_done_or_late(mini: Build, day: str, expected: str) -> None:
    root = mini(tasks=plan(YEARLY), units=UNITS, progress={"2018/jtj.yaml": entry("1.1", day)})
    assert statuses(root, D(2018, 9, 1))[("1.1", "jtj", "2018")] == expected
    # An entry dated after the as-of date is ignored.
    if day > "2018-08-01":
        assert statuses(root, D(2018, 8, 1))[("1.1", "jtj", "2018")] == "overdue"


def test_monthly_entries_fill_their_month_then_late_ones_the_oldest(mini: Build) -> None:
    progress = entry("1.1", "2018-01-15") + entry("1.1", "2018-03-10") + entry("1.1", "2018-03-20")
    root = mini(tasks=plan(MONTHLY), units=UNITS, progress={"2018/jtj.yaml": progress})
    got = statuses(root, D(2018, 4, 10))
    assert got[("1.1", "jtj", "2018-01")] == "done"
    assert got[("1.1", "jtj", "2018-02")] == "late"  # closed by the second March entry
    assert got[("1.1", "jtj", "2018-03")] == "done"
    assert got[("1.1", "jtj", "2018-04")] == "open"
    assert len([k for k in got if k[0] == "1.1"]) == 12


def test_period_names_the_instance(mini: Build) -> None:
    progress = entry("1.1", "2018-05-02", period="'2018-04'")
    root = mini(tasks=plan(MONTHLY), units=UNITS, progress={"2018/jtj.yaml": progress})
    got = statuses(root, D(2018, 5, 3))
    assert got[("1.1", "jtj", "2018-04")] == "late"
    assert got[("1.1", "jtj", "2018-01")] == "overdue"


def test_event_opens_an_obligation_due_three_workdays_later(mini: Build) -> None:
    rules = "[{after: 文件公布, within: 3 workdays, basis: 文件公布后3个工作日内}]"
    tasks = plan(req("1.1", "[towns]", rules, mode="each"))
    progress = entry("1.1", "2018-09-28", "event", event="文件公布")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/suozhen.yaml": progress})
    ledger = load_ledger(root)
    assert ledger.plan is not None
    obs = all_obligations(
        ledger.plan, ledger.directory, ledger.entries, ledger.calendar, D(2018, 10, 1)
    )
    event_obs = [ob for ob in obs if ob.period is not None]
    assert [(ob.unit, ob.period, ob.due, ob.status) for ob in event_obs] == [
        ("suozhen", "2018-09-28", D(2018, 10, 8), "due_soon")
    ]
    # Only after/lasting rules: each unit also has one undated obligation.
    assert sorted((ob.unit, ob.status) for ob in obs if ob.period is None) == [
        ("shaohai", "ongoing"), ("suozhen", "ongoing"),
    ]  # fmt: skip
    assert statuses(root, D(2018, 10, 9))[("1.1", "suozhen", "2018-09-28")] == "overdue"
    done = progress + entry("1.1", "2018-10-08")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/suozhen.yaml": done})
    got = statuses(root, D(2018, 10, 9))
    assert got[("1.1", "suozhen", "2018-09-28")] == "done"
    assert got[("1.1", "suozhen", None)] == "done"
    assert got[("1.1", "shaohai", None)] == "ongoing"


def test_at_least_two_per_year(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{at_least: 2, per: year, basis: 不得少于2次}]"))
    one = entry("1.1", "2018-03-01")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": one})
    assert statuses(root, D(2018, 6, 1))[("1.1", "jtj", "2018")] == "open"
    assert statuses(root, D(2019, 1, 1))[("1.1", "jtj", "2018")] == "overdue"
    two = one + entry("1.1", "2018-11-20")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": two})
    assert statuses(root, D(2019, 1, 1))[("1.1", "jtj", "2018")] == "done"


def test_lasting_window(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{lasting: 10 days, basis: 不得少于10天}]"))
    short = entry("1.1", "2018-05-01", **{"from": "2018-05-01", "to": "2018-05-05"})
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": short})
    assert statuses(root, D(2018, 6, 1))[("1.1", "jtj", None)] == "ongoing"
    run = zwgk(root, "validate", "--format", "json")
    doc = json.loads(run.stdout)
    assert run.exit_code == 0 and doc["warnings"] == 1
    assert doc["findings"][0]["code"] == "short-window" and doc["findings"][0]["line"] == 1
    assert zwgk(root, "validate", "--strict").exit_code == 1
    full = entry("1.1", "2018-05-01", **{"from": "2018-05-01", "to": "2018-05-10"})
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": full})
    assert statuses(root, D(2018, 6, 1))[("1.1", "jtj", None)] == "done"


def test_long_term_display_needs_from_and_no_to(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{lasting: long-term, basis: 长期公示}]"))
    ended = entry("1.1", "2018-05-01", **{"from": "2018-05-01", "to": "2018-06-01"})
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": ended})
    assert statuses(root, D(2018, 7, 1))[("1.1", "jtj", None)] == "ongoing"
    shown = entry("1.1", "2018-05-01", **{"from": "2018-05-01"})
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": shown})
    assert statuses(root, D(2018, 7, 1))[("1.1", "jtj", None)] == "done"


def test_exempt_from_its_date_on(mini: Build) -> None:
    tasks = plan(req("1.1", "[towns]", "[{every: quarter, basis: 按季度}]", mode="each"))
    progress = entry("1.1", "2018-05-10", "exempt", note="本镇无此职责", approved_by="县政府办公室")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/shaohai.yaml": progress})
    got = statuses(root, D(2018, 10, 15))
    assert got[("1.1", "shaohai", "2018-Q1")] == "overdue"  # due before the exemption
    assert got[("1.1", "shaohai", "2018-Q2")] == "exempt"
    assert got[("1.1", "shaohai", "2018-Q4")] == "exempt"
    assert got[("1.1", "suozhen", "2018-Q2")] == "overdue"  # the other town still owes it


def test_extend_moves_the_due_date(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{by: 2018-12-31, basis: 今年年底前}]"))
    progress = entry("1.1", "2018-11-20", "extend", until="2019-01-31", approved_by="县政府办公室")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": progress})
    assert statuses(root, D(2019, 1, 10))[("1.1", "jtj", "2018-12-31")] == "open"
    assert statuses(root, D(2019, 1, 25))[("1.1", "jtj", "2018-12-31")] == "due_soon"
    assert statuses(root, D(2019, 2, 1))[("1.1", "jtj", "2018-12-31")] == "overdue"
    done = {"2018/jtj.yaml": progress, "2019/jtj.yaml": entry("1.1", "2019-01-15")}
    root = mini(tasks=tasks, units=UNITS, progress=done)
    assert statuses(root, D(2019, 2, 1))[("1.1", "jtj", "2018-12-31")] == "done"


def test_joint_any_lead_completes_support_never(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj, hbj]", "[{by: 2018-06-30, basis: x}]", support="[towns]"))
    by_support = {"2018/suozhen.yaml": entry("1.1", "2018-06-01")}
    root = mini(tasks=tasks, units=UNITS, progress=by_support)
    got = statuses(root, D(2018, 7, 1))
    assert got == {("1.1", "jtj", "2018-06-30"): "overdue"}  # one obligation, first lead
    by_lead = {"2018/hbj.yaml": entry("1.1", "2018-06-01")}
    root = mini(tasks=tasks, units=UNITS, progress=by_lead)
    assert statuses(root, D(2018, 7, 1)) == {("1.1", "jtj", "2018-06-30"): "done"}


def test_each_expands_groups(mini: Build) -> None:
    tasks = plan(req("1.1", "[towns, departments]", "[{by: 2018-12-31, basis: x}]", mode="each"))
    got = statuses(mini(tasks=tasks, units=UNITS), D(2018, 6, 1))
    assert sorted(unit for _, unit, _ in got) == ["hbj", "jtj", "shaohai", "suozhen"]


def test_status_json_on_shipped_data(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", "--format", "json")
    assert run.exit_code == 0
    doc = json.loads(run.stdout)
    assert doc["as_of"] == "2018-08-01"
    codes = ["done", "late", "overdue", "due_soon", "open", "ongoing", "exempt"]
    assert set(doc["summary"]) == set(codes)
    assert sum(doc["summary"].values()) == len(doc["items"])
    keys = [
        "task",
        "req",
        "unit",
        "unit_name",
        "period",
        "due",
        "status",
        "completed",
        "last_entry",
        "last_workday",
        "workdays_left",
        "recorded_this_year",
        "on_display",  # added by issue 13: a publicity window short of its days
    ]
    assert all(list(item) == keys for item in doc["items"])
    r21 = [i for i in doc["items"] if i["req"] == "21.1"]
    assert r21 == [{"task": 21, "req": "21.1", "unit": "jtj", "unit_name": "县教体局",
                    "period": "2018", "due": "2018-07-31", "status": "overdue",
                    "completed": None, "last_entry": None, "last_workday": "2018-07-31",
                    "workdays_left": None, "recorded_this_year": None,
                    "on_display": None}]  # fmt: skip
    # Monthly 15.2, 23.1 (and its Q2), 26.1: April-July overdue (the plan took
    # effect 2018-04-01); and 21.1.
    assert doc["summary"]["overdue"] == 3 * 4 + 1 + 1
    order = [(i["task"], [int(x) for x in i["req"].split(".")], i["unit"], i["period"] or "")
             for i in doc["items"]]  # fmt: skip
    assert order == sorted(order)
    # 12.1 (at least twice a year, each of 36 units) is one obligation per unit.
    assert len([i for i in doc["items"] if i["req"] == "12.1"]) == 36


# Every dated rule kind: (rule, instance period, its due date, an event to record first).
KINDS = {
    "by": ("{by: 2018-06-30, basis: x}", "2018-06-30", D(2018, 6, 30), None),
    "every-month-grace": (
        "{every: month, grace: 5 workdays, basis: x}", "2018-09", D(2018, 10, 12), None
    ),
    "every-year-on": ("{every: year, on: '07-31', basis: x}", "2018", D(2018, 7, 31), None),
    "rrule": ("{rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', basis: x}", "2018-03-25", D(2018, 3, 25),
              None),
    "after": ("{after: 文件公布, within: 3 workdays, basis: x}", "2018-09-28", D(2018, 10, 8),
              "2018-09-28"),
    "at_least": ("{at_least: 2, per: quarter, basis: x}", "2018-Q2", D(2018, 6, 30), None),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_rule_kind_moves_through_the_statuses(mini: Build, kind: str) -> None:
    rule, period, due, event = KINDS[kind]
    tasks = plan(req("1.1", "[jtj]", f"[{rule}]"))
    before = entry("1.1", event, "event", event="文件公布") if event else ""
    key = ("1.1", "jtj", period)
    day = dt.timedelta(days=1)

    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": before})
    # A window of 2 working days: the `after` rule's whole window is 3.
    assert statuses(root, due - 10 * day, warn=2)[key] == "open"
    assert statuses(root, due - 3 * day)[key] == "due_soon"
    assert statuses(root, due + day)[key] == "overdue"

    times = 2 if kind == "at_least" else 1
    on_time = before + entry("1.1", (due - day).isoformat(), period=f"'{period}'") * times
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": on_time})
    assert statuses(root, due + day)[key] == "done"
    if kind == "at_least":  # one of the two leaves it short
        once = before + entry("1.1", (due - day).isoformat(), period=f"'{period}'")
        root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": once})
        assert statuses(root, due + day)[key] == "overdue"

    late = before + entry("1.1", (due + 2 * day).isoformat(), period=f"'{period}'") * times
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": late})
    assert statuses(root, due + day)[key] == "overdue"  # the entry is after the as-of date
    assert statuses(root, due + 5 * day)[key] == "late"


def test_joint_leads_recording_one_event_open_one_obligation(mini: Build) -> None:
    rules = "[{after: 文件公布, within: 3 workdays, basis: x}]"
    tasks = plan(req("1.1", "[jtj, hbj]", rules))
    event = entry("1.1", "2018-09-28", "event", event="文件公布")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": event,
                                                    "2018/hbj.yaml": event})  # fmt: skip
    got = statuses(root, D(2018, 10, 9))
    assert got == {("1.1", "jtj", None): "ongoing", ("1.1", "jtj", "2018-09-28"): "overdue"}
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": event,
                "2018/hbj.yaml": event + entry("1.1", "2018-10-08")})  # fmt: skip
    assert statuses(root, D(2018, 10, 9))[("1.1", "jtj", "2018-09-28")] == "done"


@pytest.mark.parametrize("done_first", [True, False])
def test_done_on_the_event_day_counts_whatever_the_file_order(
    mini: Build, done_first: bool
) -> None:
    rules = "[{after: 文件公布, within: 3 workdays, basis: x}]"
    tasks = plan(req("1.1", "[jtj, hbj]", rules))
    event = entry("1.1", "2018-09-28", "event", event="文件公布")
    done = entry("1.1", "2018-09-28")
    progress = {"2018/jtj.yaml": done + event if done_first else event + done}
    root = mini(tasks=tasks, units=UNITS, progress=progress)
    assert statuses(root, D(2018, 10, 9))[("1.1", "jtj", "2018-09-28")] == "done"
    # Across files too: hbj.yaml sorts before jtj.yaml.
    progress = {"2018/jtj.yaml": event, "2018/hbj.yaml": done}
    root = mini(tasks=tasks, units=UNITS, progress=progress)
    assert statuses(root, D(2018, 10, 9))[("1.1", "jtj", "2018-09-28")] == "done"


def test_at_least_counts_only_entries_inside_its_period(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{at_least: 2, per: quarter, basis: x}]"))
    days = ("2018-01-05", "2018-04-05", "2018-04-06", "2018-04-07")
    root = mini(tasks=tasks, units=UNITS,
                progress={"2018/jtj.yaml": "".join(entry("1.1", d) for d in days)})  # fmt: skip
    got = statuses(root, D(2019, 2, 1))
    assert got[("1.1", "jtj", "2018-Q1")] == "overdue"  # one entry; April's do not count
    assert got[("1.1", "jtj", "2018-Q2")] == "done"


def test_work_done_before_the_plan_completes_nothing(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]")).replace(
        "plan: {title: 测试, year: 2018}", "plan: {title: 测试, year: 2018, start: 2018-03-15}"
    )
    progress = {"2017/jtj.yaml": entry("1.1", "2017-06-01")}
    root = mini(tasks=tasks, units=UNITS, progress=progress)
    assert statuses(root, D(2018, 6, 1)) == {("1.1", "jtj", None): "ongoing"}


def test_a_plan_starting_mid_year_owes_nothing_before_it(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{every: year, on: '03-31', basis: x}]")).replace(
        "plan: {title: 测试, year: 2018}",
        "plan: {title: 测试, year: 2018, start: 2018-07-01, end: 2019-06-30}",
    )
    root = mini(tasks=tasks, units=UNITS)
    assert statuses(root, D(2018, 7, 2)) == {("1.1", "jtj", "2019"): "open"}


def test_an_extended_instance_stays_first_in_line(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{every: quarter, basis: 按季度}]"))
    progress = entry("1.1", "2018-03-20", "extend", period="2018-Q1", until="2018-07-15",
                     approved_by="县政府办公室") + entry("1.1", "2018-04-10")  # fmt: skip
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": progress})
    got = statuses(root, D(2018, 7, 20))
    assert got[("1.1", "jtj", "2018-Q1")] == "done"  # due moved to 07-15, done in April
    assert got[("1.1", "jtj", "2018-Q2")] == "overdue"


def test_exempt_with_a_period_covers_that_instance_only(mini: Build) -> None:
    tasks = plan(req("1.1", "[jtj]", "[{every: quarter, basis: 按季度}]"))
    progress = entry("1.1", "2018-02-01", "exempt", period="2018-Q1", approved_by="县政府办公室")
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": progress})
    got = statuses(root, D(2018, 7, 20))
    assert got[("1.1", "jtj", "2018-Q1")] == "exempt"
    assert got[("1.1", "jtj", "2018-Q2")] == "overdue"


def test_a_vague_first_lead_does_not_hold_a_joint_obligation(mini: Build) -> None:
    tasks = plan(req("1.1", "[relevant, hbj, jtj]", "[{by: 2018-06-30, basis: x}]"))
    root = mini(tasks=tasks, units=UNITS)
    assert statuses(root, D(2018, 7, 1)) == {("1.1", "hbj", "2018-06-30"): "overdue"}


def test_unit_filter_shows_joint_obligations_of_a_co_lead(mini: Build) -> None:
    tasks = plan(req("1.1", "[hbj, jtj]", "[{by: 2018-06-30, basis: x}]"))
    root = mini(tasks=tasks, units=UNITS)
    run = zwgk(root, "status", "--as-of", "2018-07-01", "--unit", "县教体局", "--format", "json")
    items = json.loads(run.stdout)["items"]
    assert [(i["req"], i["unit"], i["status"]) for i in items] == [("1.1", "hbj", "overdue")]


def test_counts_taken_during_a_replay_equal_a_run_for_that_day(tmp_path: Path) -> None:
    """The report counts the previous period inside the current replay; that
    must be exactly what status computes for the earlier day."""
    import importlib.util
    import random

    from conftest import REPO
    from zwgk.engine.obligations import Snapshot
    from zwgk.engine.status import summary

    spec = importlib.util.spec_from_file_location("generate", REPO / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.generate(tmp_path / "city", 3000, 60, 3, random.Random(5))
    ledger = load_ledger(tmp_path / "city")
    assert ledger.plan is not None
    args = (ledger.plan, ledger.directory, ledger.entries, ledger.calendar)
    pairs = [(D(2018, 3, 31), D(2018, 4, 9)), (D(2019, 6, 30), D(2019, 7, 7)),
             (D(2020, 12, 31), D(2020, 12, 31)), (D(2017, 1, 1), D(2018, 1, 1))]  # fmt: skip
    for earlier, later in pairs:
        snap = Snapshot(earlier)
        all_obligations(*args, later, earlier=snap)
        assert snap.counts == summary(all_obligations(*args, earlier)), earlier


@pytest.mark.parametrize(
    "odd", ["1.²", "1." + "1" * 5000, "1.١"], ids=["superscript", "long", "arabic"]
)
def test_a_requirement_id_of_odd_digits_sorts_without_a_crash(odd: str) -> None:
    """isdigit() holds for "²", which int() refuses (status ended in a ValueError)."""
    from zwgk.engine.obligations import req_sort_key

    assert sorted(["1.10", odd, "1.9"], key=req_sort_key) == [odd, "1.9", "1.10"]


def test_show_and_status_name_the_same_accountable_unit(mini: Build) -> None:
    """One rule says who answers: a vague first lead holds nothing, in `show`
    as in `status` (show used to name the first lead as written)."""
    tasks = plan(req("1.1", "[relevant, jtj]", "[{by: 2018-06-30, basis: x}]"))
    root = mini(tasks=tasks, units=UNITS)
    run = zwgk(root, "status", "--as-of", "2018-07-01", "--format", "json")
    assert [i["unit"] for i in json.loads(run.stdout)["items"]] == ["jtj"]
    shown = zwgk(root, "show", "1.1", "--format", "json")
    [view] = json.loads(shown.stdout)["requirements"]
    assert "县教体局" in view["accountable"]
    assert "县政府各有关部门" not in view["accountable"]
    text = zwgk(root, "show", "1.1").stdout
    assert "由 县教体局 负责" in text


def test_an_open_publicity_window_counts_once_it_has_lasted(mini: Build) -> None:
    """4.1-like: 公示时间不少于10天, shown from 07-01 and still on display (no
    `to`): the tenth day is 07-10."""
    tasks = plan(req("1.1", "[towns]", "[{lasting: 10 days, basis: 不得少于10天}]", mode="each"))
    shown = entry("1.1", "2018-07-01", **{"from": "2018-07-01"})
    root = mini(tasks=tasks, units=UNITS, progress={"2018/suozhen.yaml": shown})
    assert statuses(root, D(2018, 7, 5))[("1.1", "suozhen", None)] == "ongoing"
    assert statuses(root, D(2018, 7, 9))[("1.1", "suozhen", None)] == "ongoing"
    assert statuses(root, D(2018, 7, 10))[("1.1", "suozhen", None)] == "done"
    assert statuses(root, D(2018, 7, 10))[("1.1", "shaohai", None)] == "ongoing"
    # Not short: validate has nothing to say of a window that can still reach 10 days.
    run = zwgk(root, "validate", "--format", "json")
    assert run.exit_code == 0 and json.loads(run.stdout)["findings"] == []
    for day, completed in (("2018-07-05", None), ("2018-07-10", "2018-07-01")):
        run = zwgk(root, "status", "--as-of", day, "--unit", "suozhen", "--format", "json")
        assert run.exit_code == 0, run.output
        [row] = json.loads(run.stdout)["items"]
        assert row["completed"] == completed


TWO_RULES = req("23.1", "[hbj]", "[{every: month, basis: 按月}, {every: quarter, basis: 按季度}]")


def test_an_undated_entry_closes_one_instance_of_one_rule(mini: Build) -> None:
    """23.1 (按月发布…按季度公开): one entry, one publication: the instance
    whose window holds its date and is due first (July, not Q3); a second
    entry in July then closes Q3."""
    root = mini(tasks=plan(TWO_RULES), units=UNITS,
                progress={"2018/hbj.yaml": entry("23.1", "2018-07-15")})  # fmt: skip
    got = statuses(root, D(2018, 7, 20))
    assert got[("23.1", "hbj", "2018-07")] == "done"
    assert got[("23.1", "hbj", "2018-Q3")] == "open"
    twice = entry("23.1", "2018-07-15") + entry("23.1", "2018-07-16")
    root = mini(tasks=plan(TWO_RULES), units=UNITS, progress={"2018/hbj.yaml": twice})
    got = statuses(root, D(2018, 7, 20))
    assert got[("23.1", "hbj", "2018-07")] == "done"
    assert got[("23.1", "hbj", "2018-Q3")] == "done"
    assert got[("23.1", "hbj", "2018-06")] == "overdue"


def test_an_undated_entry_prefers_an_instance_it_falls_in_to_a_late_one(mini: Build) -> None:
    """July is done; Q2 is still open (late) and Q3 holds the date: Q3."""
    progress = entry("23.1", "2018-07-02", period="2018-07") + entry("23.1", "2018-07-15")
    root = mini(tasks=plan(TWO_RULES), units=UNITS, progress={"2018/hbj.yaml": progress})
    got = statuses(root, D(2018, 7, 20))
    assert got[("23.1", "hbj", "2018-Q3")] == "done"
    assert got[("23.1", "hbj", "2018-Q2")] == "overdue"
    assert got[("23.1", "hbj", "2018-01")] == "overdue"  # not one of each rule


def test_an_open_window_met_between_two_days_counts_on_the_later_only(mini: Build) -> None:
    """The report's earlier-day counts match a run for that day when a window
    still open is met in between."""
    from zwgk.engine.obligations import Snapshot
    from zwgk.engine.status import summary

    tasks = plan(req("1.1", "[jtj]", "[{lasting: 10 days, basis: 不得少于10天}]"))
    shown = entry("1.1", "2018-07-01", **{"from": "2018-07-01"})
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": shown})
    ledger = load_ledger(root)
    assert ledger.plan is not None
    args = (ledger.plan, ledger.directory, ledger.entries, ledger.calendar)
    snap = Snapshot(D(2018, 7, 5))
    later = all_obligations(*args, D(2018, 7, 12), earlier=snap)
    assert [ob.status for ob in later] == ["done"]
    assert snap.counts == summary(all_obligations(*args, D(2018, 7, 5)))
    assert snap.counts["ongoing"] == 1


# --- due soon in working days (issue 13) ------------------------------------

BY_OCT_8 = req("1.1", "[jtj]", "[{by: 2018-10-08, basis: 10月8日前}]")


def test_due_soon_counts_working_days_over_national_day(mini: Build) -> None:
    # Thursday 09-27 to Monday 10-08 is 11 calendar days but 4 working days:
    # 09-28, the make-up 09-29 and 09-30, then 10-08 after the holiday.
    root = mini(tasks=plan(BY_OCT_8), units=UNITS)
    ledger = load_ledger(root)
    assert ledger.plan is not None
    key = ("1.1", "jtj", "2018-10-08")
    assert statuses(root, D(2018, 9, 27), warn=4)[key] == "due_soon"
    assert statuses(root, D(2018, 9, 27), warn=3)[key] == "open"
    assert statuses(root, D(2018, 9, 27), warn=DEFAULT_WARN_DAYS)[key] == "due_soon"
    (ob,) = all_obligations(
        ledger.plan, ledger.directory, ledger.entries, ledger.calendar, D(2018, 9, 27), 3
    )
    assert (ob.workdays_left, ob.last_workday) == (4, D(2018, 10, 8))
    # On a holiday in between, one working day is left.
    assert statuses(root, D(2018, 10, 3), warn=0)[key] == "open"
    assert statuses(root, D(2018, 10, 3), warn=1)[key] == "due_soon"


def test_a_window_into_a_year_the_calendar_does_not_know(mini: Build) -> None:
    # A plan in the calendar's last known year, with an obligation due early
    # next year: the status is computed, never stopped for next year's schedule.
    root = mini(tasks=plan(req("1.1", "[jtj]", "[{by: 2019-01-04, basis: x}]")), units=UNITS)
    ledger = load_ledger(root)
    the_plan = ledger.plan
    assert the_plan is not None
    only_2018 = WorkCalendar(_schedules={2018: ledger.calendar.schedule(2018)})

    def one(as_of: dt.date, warn: int) -> tuple[str, int | None, dt.date | None]:
        (ob,) = all_obligations(the_plan, ledger.directory, ledger.entries, only_2018, as_of, warn)
        return ob.status, ob.workdays_left, ob.last_workday

    # From Tuesday 2018-12-25: 26, 27, 28, 29 (make-up) are known working days,
    # 2019-01-01..04 are not known: counted as worked, at most 8 working days.
    assert one(D(2018, 12, 25), 8) == ("due_soon", None, None)
    assert one(D(2018, 12, 25), 7) == ("open", None, None)
    assert one(D(2019, 1, 5), 7) == ("overdue", None, None)


def test_the_replay_stops_once_a_holder_has_nothing_open(
    mini: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A requirement without a date is closed by its first done entry; the
    later ones change nothing, and a city ledger has a hundred of them per
    unit: the replay stops there (counted: what it applies). The results,
    and the counts on an earlier day (the report's), are those of a replay
    of every entry."""
    import zwgk.engine.obligations as obligations

    tasks = plan(req("1.1", "[jtj]"), req("1.2", "[jtj]", "[{by: 2018-12-31, basis: x}]"))
    dones = "".join(entry(rid, f"2018-0{m}-10") for m in range(1, 8) for rid in ("1.1", "1.2"))
    root = mini(tasks=tasks, units=UNITS, progress={"2018/jtj.yaml": dones})
    ledger = load_ledger(root)
    assert ledger.plan is not None
    applied: list[str] = []
    apply_done = obligations._apply_done

    def counting(holder: obligations._Holder, done: Entry) -> None:
        applied.append(done.req)
        apply_done(holder, done)

    monkeypatch.setattr(obligations, "_apply_done", counting)
    earlier = obligations.Snapshot(D(2018, 6, 30))
    obs = all_obligations(ledger.plan, ledger.directory, ledger.entries, ledger.calendar,
                          D(2018, 8, 1), DEFAULT_WARN_DAYS, earlier=earlier)  # fmt: skip
    assert applied == ["1.1", "1.2"]  # each closed by its first done entry
    got = {(ob.req.id, ob.status, ob.completed, ob.last_entry) for ob in obs}
    assert got == {("1.1", "done", D(2018, 1, 10), D(2018, 7, 10)),
                   ("1.2", "done", D(2018, 1, 10), D(2018, 7, 10))}  # fmt: skip
    assert earlier.counts["done"] == 2 and earlier.dated["done"] == 1
    assert [ob.last_entry for ob in earlier.standing] == [D(2018, 6, 10)]


@pytest.mark.parametrize(
    "due",
    ["[]", "[{by: 2018-06-30, basis: x}]", "[{every: quarter, basis: 按季度}]",
     "[{at_least: 2, per: quarter, basis: x}]", "[{lasting: 10 days, basis: 不得少于10天}]",
     "[{every: month, basis: 按月}, {every: quarter, basis: 按季度}]"],
)  # fmt: skip
def test_the_early_stop_says_what_a_replay_of_every_entry_says(
    mini: Build, monkeypatch: pytest.MonkeyPatch, due: str
) -> None:
    """Done, then an exemption, then an extension and more done entries after
    all is closed: stopping the replay early changes no status, date or count
    (the replay of every entry is what a caller told of extensions gets)."""
    import zwgk.engine.obligations as obligations

    approved = {"approved_by": "县政府办公室", "note": "理由"}
    progress = "".join([
        entry("1.1", "2018-02-10"), entry("1.1", "2018-03-05", "progress"),
        entry("1.1", "2018-04-10"), entry("1.1", "2018-05-02", "exempt", **approved),
        entry("1.1", "2018-05-20", "extend", until="2018-12-31", **approved),
        entry("1.1", "2018-07-01", from_="2018-07-01"), entry("1.1", "2018-07-15"),
        entry("1.1", "2018-10-09"), entry("1.1", "2018-11-30", "blocked", note="等待"),
    ]).replace("from_:", "from:")  # fmt: skip
    root = mini(tasks=plan(req("1.1", "[jtj]", due)), units=UNITS,
                progress={"2018/jtj.yaml": progress})  # fmt: skip
    ledger = load_ledger(root)
    assert ledger.plan is not None
    (requirement,) = ledger.plan.requirements()

    def seen(as_of: dt.date, **told: Any) -> list[tuple[object, ...]]:
        earlier = obligations.Snapshot(D(2018, 6, 30))
        obs = obligations.requirement_obligations(
            requirement, ledger.plan.info, ledger.directory, ledger.entries, ledger.calendar,  # type: ignore[union-attr]
            as_of, DEFAULT_WARN_DAYS, earlier=earlier, **told,
        )  # fmt: skip
        return [(ob.unit, ob.period, ob.status, ob.completed, ob.last_entry, ob.due, ob.exempt)
                for ob in obs] + [(dict(earlier.counts), dict(earlier.dated))]  # fmt: skip

    for as_of in (D(2018, 4, 30), D(2018, 8, 1), D(2018, 12, 31)):
        assert seen(as_of) == seen(as_of, on_extend=lambda *told: None), (due, as_of)
