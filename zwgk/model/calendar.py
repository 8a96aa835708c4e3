"""The official Chinese working-day calendar: which days are worked.

Weekends, statutory holidays and make-up workdays (调休) come from the
`chinesecalendar` package, plus the years a ledger's calendar file adds (the
State Council publishes next year's schedule each November; the package
follows some weeks later). This module holds the schedules and answers day
lookups; the arithmetic on them is `zwgk.engine.calendar`'s. A lookup in a
year neither source knows raises `UnknownYearError`, never a silent
weekend-only guess; the edge words it (`zwgk.ledger.calendar.unknown_year_error`).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import NamedTuple


class YearSchedule(NamedTuple):
    """One year's exceptions to the Monday-Friday week."""

    holidays: frozenset[dt.date]
    """Days off that would otherwise be workdays (and holiday weekend days)."""
    workdays: frozenset[dt.date]
    """Weekend days that are make-up workdays."""
    source: str | None = None


@functools.cache
def _package_schedules() -> dict[int, YearSchedule]:
    from chinese_calendar import constants

    holidays: dict[int, set[dt.date]] = {}
    workdays: dict[int, set[dt.date]] = {}
    for day in constants.holidays:
        holidays.setdefault(day.year, set()).add(day)
    for day in constants.workdays:
        workdays.setdefault(day.year, set()).add(day)
    years = set(holidays) | set(workdays)
    # The package covers a continuous range of years; a year inside it with no
    # entries would still be known (it has none here, but be exact).
    known = range(min(years), max(years) + 1) if years else range(0)
    return {
        year: YearSchedule(
            frozenset(holidays.get(year, ())),
            frozenset(workdays.get(year, ())),
            "chinesecalendar",
        )
        for year in known
    }


class UnknownYearError(Exception):
    """Working-day arithmetic reached a year no source knows."""

    def __init__(self, year: int) -> None:
        super().__init__(year)
        self.year = year


@dataclass
class WorkCalendar:
    """Answers "is this a working day?" (`zwgk.engine.calendar` counts them).

    The package's schedules are read on first use: a status counts the
    working days left to every open due date, but validate, record and the
    plan commands mostly never ask."""

    extra: dict[int, YearSchedule] = field(default_factory=dict)
    """Years from the ledger's calendar.yaml; they override the package's."""
    _schedules: dict[int, YearSchedule] | None = None

    @classmethod
    def official(cls, extra: dict[int, YearSchedule] | None = None) -> WorkCalendar:
        """The package's years, overridden by a ledger's calendar.yaml years."""
        return cls(dict(extra or {}))

    @property
    def schedules(self) -> dict[int, YearSchedule]:
        if self._schedules is None:
            self._schedules = {**_package_schedules(), **self.extra}
        return self._schedules

    def knows(self, year: int) -> bool:
        return year in self.schedules

    def schedule(self, year: int) -> YearSchedule:
        try:
            return self.schedules[year]
        except KeyError:
            raise UnknownYearError(year) from None

    def is_workday(self, day: dt.date) -> bool:
        schedule = self.schedule(day.year)
        if day in schedule.workdays:
            return True
        if day in schedule.holidays:
            return False
        return day.weekday() < 5

    def is_holiday(self, day: dt.date) -> bool:
        """A statutory day off that is not an ordinary weekend day."""
        return day in self.schedule(day.year).holidays

    def is_makeup_workday(self, day: dt.date) -> bool:
        return day in self.schedule(day.year).workdays
