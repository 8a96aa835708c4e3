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
