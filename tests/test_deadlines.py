"""Each deadline rule kind over the 2018 plan: how many instances, due when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from conftest import zwgk
from zwgk.engine.deadlines import event_instance, instances, periods
from zwgk.model.calendar import WorkCalendar
from zwgk.model.plan import Duration, PlanInfo, Rule

D = dt.date
PLAN = PlanInfo("测试", 2018, D(2018, 1, 1), D(2018, 12, 31))
CAL = WorkCalendar.official()


def dues(rule: Rule) -> list[dt.date]:
    return [inst.due for inst in instances(rule, PLAN, CAL)]


def test_monthly_gives_12_month_ends() -> None:
    got = instances(Rule("every", period="month"), PLAN, CAL)
    assert len(got) == 12
    assert [i.period for i in got][:3] == ["2018-01", "2018-02", "2018-03"]
    assert got[1].start == D(2018, 2, 1) and got[1].due == D(2018, 2, 28)
    assert got[-1].due == D(2018, 12, 31)


def test_quarterly_yearly_weekly() -> None:
    quarters = instances(Rule("every", period="quarter"), PLAN, CAL)
    assert [(q.period, q.due) for q in quarters] == [
        ("2018-Q1", D(2018, 3, 31)), ("2018-Q2", D(2018, 6, 30)),
        ("2018-Q3", D(2018, 9, 30)), ("2018-Q4", D(2018, 12, 31)),
    ]  # fmt: skip
    assert dues(Rule("every", period="year")) == [D(2018, 12, 31)]
    weeks = instances(Rule("every", period="week"), PLAN, CAL)
    # 2018-01-01 is a Monday; Monday 2018-12-31 opens 2019-W01, which overlaps.
    assert len(weeks) == 53
    assert weeks[0].period == "2018-W01" and weeks[0].due == D(2018, 1, 7)
    assert weeks[-1].period == "2019-W01" and weeks[-1].due == D(2019, 1, 6)


def test_every_year_on_july_31() -> None:
    got = instances(Rule("every", period="year", on=(7, 31)), PLAN, CAL)
    assert [(i.period, i.start, i.due) for i in got] == [("2018", D(2018, 1, 1), D(2018, 7, 31))]


def test_grace_in_days_and_workdays() -> None:
    days = dues(Rule("every", period="month", grace=Duration(5, "days")))
    assert days[8] == D(2018, 10, 5)
    # September ends on a Sunday that is a make-up workday; then National Day.
    work = dues(Rule("every", period="month", grace=Duration(5, "workdays")))
    assert work[8] == D(2018, 10, 12)


def test_by_and_rrule() -> None:
    assert dues(Rule("by", date=D(2018, 12, 31))) == [D(2018, 12, 31)]
    got = instances(Rule("rrule", rrule="FREQ=MONTHLY;BYMONTHDAY=25"), PLAN, CAL)
    assert len(got) == 12 and got[0].due == D(2018, 1, 25) and got[0].period == "2018-01-25"
    assert got[1].start == D(2018, 1, 26)


def test_at_least_per_period_and_lasting_and_after_make_none_of_their_own() -> None:
    assert len(instances(Rule("at_least", times=2, period="year"), PLAN, CAL)) == 1
    assert len(instances(Rule("at_least", times=1, period="quarter"), PLAN, CAL)) == 4
    assert instances(Rule("lasting", days=10), PLAN, CAL) == []
    assert (
        instances(Rule("after", event="文件公布", within=Duration(3, "workdays")), PLAN, CAL) == []
    )


@pytest.mark.parametrize(
    ("within", "event_day", "due"),
    [
        (Duration(3, "workdays"), D(2018, 9, 28), D(2018, 10, 8)),
        (Duration(24, "hours"), D(2018, 5, 3), D(2018, 5, 4)),
        (Duration(25, "hours"), D(2018, 5, 3), D(2018, 5, 5)),
        (Duration(1, "workdays"), D(2018, 9, 30), D(2018, 10, 8)),
        (Duration(10, "days"), D(2018, 12, 25), D(2019, 1, 4)),
    ],
)
def test_after_event(within: Duration, event_day: dt.date, due: dt.date) -> None:
    inst = event_instance(Rule("after", event="x", within=within), event_day, CAL)
    assert inst.period == event_day.isoformat() and inst.due == due


def test_periods_of_a_partial_plan() -> None:
    got = periods("quarter", D(2018, 2, 15), D(2018, 7, 1))
    assert [p for p, _, _ in got] == ["2018-Q1", "2018-Q2", "2018-Q3"]
    assert got[0][1] == D(2018, 1, 1)


def test_rrule_keeps_the_last_day_and_one_due_date_a_day() -> None:
    got = dues(Rule("rrule", rrule="FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=17"))
    assert len(got) == 12 and got[-1] == D(2018, 12, 31)
    twice = instances(Rule("rrule", rrule="FREQ=DAILY;BYHOUR=9,17;COUNT=4"), PLAN, CAL)
    assert [i.period for i in twice] == ["2018-01-01", "2018-01-02"]


@pytest.mark.parametrize(
    "duration", [Duration(5, "days"), Duration(48, "hours"), Duration(10**12, "days")]
)
def test_a_due_date_past_9999_is_an_error_not_an_overflow(duration: Duration) -> None:
    from zwgk.checks.entries import beyond_dates_error
    from zwgk.engine.deadlines import BeyondDatesError, shift
    from zwgk.errors import ZwgkError

    with pytest.raises(BeyondDatesError) as caught:
        shift(dt.date(9999, 12, 30), duration, WorkCalendar.official())
    # The engine says which day and duration; the edge chooses the words.
    assert (caught.value.day, caught.value.duration) == (dt.date(9999, 12, 30), duration)
    assert not isinstance(caught.value, ZwgkError)
    error = beyond_dates_error(caught.value)
    assert "9999-12-30" in error.message and error.exit_code == 2


def test_a_due_date_past_9999_reaching_a_command_is_worded_not_a_traceback(
    mini: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No command reaches it today (status ignores entries after --as-of, which
    stops at 2999), but should one, the error handler words it: exit 2."""
    from zwgk.engine import obligations
    from zwgk.engine.deadlines import BeyondDatesError

    def beyond(*args: object, **kwargs: object) -> NoReturn:
        raise BeyondDatesError(dt.date(9999, 12, 30), Duration(5, "days"))

    monkeypatch.setattr(obligations, "all_obligations", beyond)
    run = zwgk(mini(), "status", "--as-of", "2018-10-14")
    assert run.exit_code == 2
    assert "9999-12-30 之后5 天" in run.stderr and "检查日期 9999-12-30" in run.stderr
