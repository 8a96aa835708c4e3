"""Arithmetic on the working-day calendar (`zwgk.model.calendar` holds the
schedules and answers "is this day worked?"): counting working days, and a
month laid out as weeks for `zwgk calendar show`."""

from __future__ import annotations

import datetime as dt

from zwgk.model.calendar import WorkCalendar


def add_workdays(calendar: WorkCalendar, start: dt.date, n: int) -> dt.date:
    """The day `n` working days after `start`, counting only days after it.

    "文件公布后3个工作日内" from Friday 2018-09-28: Sat 29 and Sun 30 are
    make-up workdays (1, 2), Oct 1-7 is National Day, Mon Oct 8 is the
    third. n = 0 gives `start` itself. (chinesecalendar's find_workday
    counts from a holiday differently, hence our own loop.)
    """
    if n < 0:
        raise ValueError("n must not be negative")
    day = start
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if calendar.is_workday(day):
            counted += 1
    return day


def count_workdays(
    calendar: WorkCalendar, start: dt.date, end: dt.date, *, unknown_worked: bool = False
) -> int:
    """The working days after `start` up to and including `end` (0 when `end`
    is not after `start`): the inverse of `add_workdays`.

    From Thursday 2018-09-27 to Monday 2018-10-08: Fri 28, the make-up
    Saturday 29 and Sunday 30, then Oct 8 = 4. A year no source knows raises
    `UnknownYearError`; `unknown_worked` counts its every day as worked
    instead, the most the count can be (a warning that may not wait for the
    schedule uses it; nothing is guessed about which days are off)."""
    count = 0
    day = start
    while day < end:
        # One year at a time: the weekdays by arithmetic, then that year's
        # holidays on weekdays out and its make-up weekend days in.
        year = (day + dt.timedelta(days=1)).year  # the year of the next day counted
        last = min(end, dt.date(year, 12, 31))
        if not calendar.knows(year) and unknown_worked:
            count += (last - day).days
        else:
            schedule = calendar.schedule(year)
            count += _weekdays(day, last)
            count -= sum(1 for d in schedule.holidays if day < d <= last and d.weekday() < 5)
            count += sum(1 for d in schedule.workdays if day < d <= last and d.weekday() >= 5)
        day = last
    return count


def _weekdays(start: dt.date, end: dt.date) -> int:
    """Monday to Friday days after `start` up to and including `end`."""
    weeks, rest = divmod((end - start).days, 7)
    extra = sum(1 for i in range(1, rest + 1) if (start + dt.timedelta(days=i)).weekday() < 5)
    return 5 * weeks + extra


def last_workday(calendar: WorkCalendar, day: dt.date) -> dt.date:
    """`day` if it is a working day, else the last working day before it: a
    due date on a day off (2018-12-31) is met in the office on 2018-12-29, a
    make-up Saturday. Raises `UnknownYearError` in a year no source knows."""
    while not calendar.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def month_grid(calendar: WorkCalendar, year: int, month: int) -> list[list[dt.date | None]]:
    """The month as weeks Monday-Sunday, None outside the month; checks that
    the year is known so the grid never shows a guessed schedule."""
    calendar.schedule(year)
    first = dt.date(year, month, 1)
    weeks: list[list[dt.date | None]] = []
    week: list[dt.date | None] = [None] * first.weekday()
    day = first
    while day.month == month:
        week.append(day)
        if len(week) == 7:
            weeks.append(week)
            week = []
        day += dt.timedelta(days=1)
    if week:
        weeks.append(week + [None] * (7 - len(week)))
    return weeks
