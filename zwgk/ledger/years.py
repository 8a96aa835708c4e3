"""A ledger of several plan years (data/plans/YYYY.yaml): which plan a command
reads, and which progress entries count for it.

Progress files are kept by the year of their entries' dates, whatever plan
they answer, and a requirement keeps its id from one year's plan to the next
(`zwgk plan next`), so an entry says its plan by its date and its `period`:

- an entry counts for the latest plan year not after its date (an entry dated
  before every plan, for the first);
- except a late one: an entry naming a `period` of an earlier plan year the
  ledger holds counts for that plan (most period ids begin with their year:
  2018, 2018-07, 2018-Q3, a date). `done` on 2019-01-10 for `period:
  "2018-12"` closes December's instance of the 2018 plan. An instance of the
  2018 plan whose id begins with 2019 (a `by:` date after the plan's end, ISO
  week 2019-W01) cannot be named so: `validate` warns of such rules
  (`checks/plan.py`, `later_year_instances`);
- an entry filed in a folder earlier than its date (data/progress/2018/ for a
  2019 date) counts as if dated in that folder's year, so it is read and
  counted somewhere, and `validate` says where it belongs (`wrong-year`).

So no entry counts for a plan of a year after its folder, and a command reading
one year's plan reads only the progress folders of that year and later (all of
them for the first plan year, which entries dated before it count for).

A date likewise chooses the plan a command reads when `--year` does not: the
latest plan year not after the as-of date. A plan's period is its year: `zwgk
validate` says so when a plan file's `plan.year` is not its name.

A ledger that keeps one plan (data/tasks.yaml) has no years to choose from:
all its entries count for it, as they always did.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence

from zwgk.model.plan import Entry


def year_of_day(years: Sequence[int], day: dt.date) -> int:
    """The plan year a day belongs to: the latest not after it (the first plan's
    year for a day before them all). `years`: sorted, not empty."""
    at = bisect_right(years, day.year)
    return years[at - 1] if at else years[0]


def year_of_entry(years: Sequence[int], entry: Entry) -> int:
    """The plan year an entry counts for (see the module's rules)."""
    day = entry.date
    folder = entry.path.rsplit("/", 2)[-2:-1]  # data/progress/YYYY/UNIT.yaml, or REV:…
    if folder and folder[0].isdigit() and len(folder[0]) == 4 and int(folder[0]) < day.year:
        day = dt.date(int(folder[0]), 12, 31)
    year = year_of_day(years, day)
    period = entry.period
    if period and period[:4].isdigit() and int(period[:4]) < year and int(period[:4]) in years:
        return int(period[:4])
    return year


def entries_for(years: Sequence[int], year: int, entries: list[Entry]) -> list[Entry]:
    """The entries that count for the plan of `year`."""
    return [e for e in entries if year_of_entry(years, e) == year]


def may_hold(years: Sequence[int], year: int, folder: str) -> bool:
    """Whether progress folder data/progress/`folder`/ can hold entries of
    `year`'s plan: no entry counts for a plan of a year after its folder's, and
    the first plan also takes the entries dated before it."""
    return int(folder) >= year or year == years[0]


def previous_year(years: Sequence[int], year: int) -> int | None:
    """The plan year before `year`: the latest the ledger holds before it
    (not necessarily year - 1), None when it holds none. `zwgk import --year`
    matches against it and `zwgk plan next` drafts from it."""
    earlier = [y for y in years if y < year]
    return max(earlier) if earlier else None
