"""Deadline rules → instances: which periods a rule creates and when each is due.

The rule kinds and the source phrases they encode are tabled in DESIGN.md:
`by` (今年年底前), `every` (按月, 按季度, 每年7月底前), `rrule`, `after`
(文件公布后3个工作日内), `at_least` (年内……不得少于2次) and `lasting`
(公示不少于10天, which creates no instance of its own).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, NamedTuple

from zwgk.engine.calendar import add_workdays
from zwgk.model.calendar import WorkCalendar

if TYPE_CHECKING:  # the command line's error handler imports this module at startup
    from zwgk.model.plan import Duration, Period, PlanInfo, Rule

DAY = dt.timedelta(days=1)
DATED_KINDS = ("by", "every", "rrule", "at_least")


class Instance(NamedTuple):
    """One occurrence of a rule: its period id, window and due date."""

    period: str
    start: dt.date
    """First day of the window in which a done entry counts as on time."""
    due: dt.date
    rule: Rule


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first_next - DAY


def periods(kind: Period, start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """Every calendar period of `kind` overlapping [start, end]: (id, first, last).

    Ids: `2018-07`, `2018-Q3`, `2018`, and ISO weeks `2018-W27`."""
    out: list[tuple[str, dt.date, dt.date]] = []
    if kind == "week":
        monday = start - dt.timedelta(days=start.weekday())
        while monday <= end:
            iso = monday.isocalendar()
            out.append((f"{iso.year}-W{iso.week:02d}", monday, monday + 6 * DAY))
            monday += 7 * DAY
        return out
    year, month = start.year, start.month
    if kind == "quarter":
        month = 3 * ((month - 1) // 3) + 1
    elif kind == "year":
        month = 1
    step = {"month": 1, "quarter": 3, "year": 12}[kind]
    while dt.date(year, month, 1) <= end:
        first = dt.date(year, month, 1)
        last_month = month + step - 1
        last = _month_end(year, last_month)
        if kind == "month":
            pid = f"{year}-{month:02d}"
        elif kind == "quarter":
            pid = f"{year}-Q{(month - 1) // 3 + 1}"
        else:
            pid = f"{year}"
        out.append((pid, first, last))
        month += step
        if month > 12:
            year, month = year + 1, month - 12
    return out


class BeyondDatesError(Exception):
    """A due date after 9999-12-31, the last day a date can hold: an entry
    dated near it (a typo) plus a rule's time. The edge words it
    (`zwgk.checks.entries.beyond_dates_error`)."""

    def __init__(self, day: dt.date, duration: Duration) -> None:
        super().__init__(day, duration)
        self.day = day
        self.duration = duration


def shift(day: dt.date, duration: Duration, calendar: WorkCalendar) -> dt.date:
    """`day` plus a duration. Hours round up to whole days: 24 hours after a
    decision taken on some day is due the next day. The one place a due date
    is computed from a file's date and time: past 9999-12-31 it is a
    `BeyondDatesError`, never an OverflowError."""
    try:
        if duration.unit == "workdays":
            return add_workdays(calendar, day, duration.n)
        days = math.ceil(duration.n / 24) if duration.unit == "hours" else duration.n
        return day + days * DAY
    except OverflowError:
        raise BeyondDatesError(day, duration) from None


def _day_in_year(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "02-29" in a common year: the last day of February
        return _month_end(year, month)


def in_force(last: dt.date, plan: PlanInfo) -> bool:
    """Whether an instance whose period ends on `last` is an obligation: the
    one home of the plan's effective date. A period that ended before the plan
    took effect is owed by nobody (the table did not exist yet); one that runs
    into that day is owed whole, its window still opening at the period's start.

    `last` is the period's last day: of the calendar period for `every` and
    `at_least` (a `grace` after it changes nothing: June's instance with ten
    days' grace is not owed under a plan effective on 5 July); the due date
    for `by`, `rrule` and `every: year` with `on` (their window ends there);
    the event's day for an `after` rule (an event before the plan took effect
    opens nothing, even when its deadline falls after it)."""
    return plan.effective is None or last >= plan.effective


def instances(rule: Rule, plan: PlanInfo, calendar: WorkCalendar) -> list[Instance]:
    """The instances of a dated rule over the plan period that are obligations
    (`in_force`); none for `after`, whose instances come from recorded events,
    nor for `lasting`."""
    if rule.kind == "by" and rule.date is not None:
        if not in_force(rule.date, plan):
            return []
        return [Instance(rule.date.isoformat(), min(plan.start, rule.date), rule.date, rule)]
    if rule.kind == "every" and rule.period is not None:
        if rule.on is not None:
            out = []
            for pid, first, _ in periods("year", plan.start, plan.end):
                due = _day_in_year(first.year, *rule.on)
                # A plan starting in July owes nothing for a 03-31 of its first year.
                if plan.start <= due and in_force(due, plan):
                    out.append(Instance(pid, first, due, rule))
            return out
        grace = rule.grace
        return [
            Instance(pid, first, shift(last, grace, calendar) if grace else last, rule)
            for pid, first, last in periods(rule.period, plan.start, plan.end)
            if in_force(last, plan)
        ]
    if rule.kind == "at_least" and rule.period is not None:
        return [
            Instance(pid, first, last, rule)
            for pid, first, last in periods(rule.period, plan.start, plan.end)
            if in_force(last, plan)
        ]
    if rule.kind == "rrule" and rule.rrule is not None:
        from dateutil.rrule import rrulestr

        begin = dt.datetime.combine(plan.start, dt.time())
        finish = dt.datetime.combine(plan.end, dt.time.max)  # the whole last day
        schedule = rrulestr(rule.rrule, dtstart=begin)
        out = []
        window = plan.start
        for when in schedule.between(begin, finish, inc=True):
            due = when.date()
            if due < window:  # a second occurrence the same day: one due date
                continue
            if in_force(due, plan):
                out.append(Instance(due.isoformat(), window, due, rule))
            window = due + DAY
        return out
    return []


def event_instance(rule: Rule, event_day: dt.date, calendar: WorkCalendar) -> Instance:
    """The obligation an event opens under an `after` rule; its id is the date."""
    assert rule.within is not None
    return Instance(event_day.isoformat(), event_day, shift(event_day, rule.within, calendar), rule)


def has_dated_rule(rules: tuple[Rule, ...]) -> bool:
    return any(rule.kind in DATED_KINDS for rule in rules)
