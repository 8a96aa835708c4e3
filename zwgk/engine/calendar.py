"""Arithmetic on top of the working-day calendar (`zwgk.model.calendar`)."""

from __future__ import annotations

import datetime as dt

from zwgk.model.calendar import WorkCalendar


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
