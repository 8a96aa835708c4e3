"""Publicity windows (公示期): whether a done entry's `from`–`to` meets the
requirement's `lasting` rules (公示时间不少于10天, 长期公示). A closed window
meets a rule by its length; one still on display (a `from`, no `to`) from its
Nth day on. Values only: the checks and `record` choose the words.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from zwgk.model.plan import Entry, Requirement


class Shortfall(NamedTuple):
    """Why a done entry's publicity window misses a `lasting` rule."""

    need: int | None
    """The days the rule asks; None for long-term (a `from` and no `to`)."""
    days: int
    """The days the window spans (0 when it has no `from` or no `to`)."""


def window_shortfall(
    req: Requirement, start: dt.date | None, end: dt.date | None
) -> Shortfall | None:
    """How a done entry's publicity window misses a `lasting` rule for good, or
    None. A window still open (a `from` and no `to`: still on display) is not
    short: it can still reach the days asked (`window_met_on` says when)."""
    for rule in req.due:
        if rule.kind != "lasting":
            continue
        days = (end - start).days + 1 if start and end else 0
        if rule.days is None:
            if start is None or end is not None:
                return Shortfall(None, days)
        elif start is None or (end is not None and days < rule.days):
            return Shortfall(rule.days, days)
    return None


def window_met_on(req: Requirement, start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """The day a window still open (a `from`, no `to`) has been on display the
    days every `lasting: N days` rule asks: from + N − 1, the Nth day
    (公示时间不少于10天: shown from 07-01, met on 07-10). None when nothing
    waits on the calendar (a closed window, no `from`, or long-term only)."""
    if start is None or end is not None:
        return None
    need = max((rule.days for rule in req.due if rule.kind == "lasting" and rule.days), default=0)
    if need == 0:
        return None
    try:
        return start + dt.timedelta(days=need - 1)
    except OverflowError:
        return dt.date.max


def lasting_ok(req: Requirement, entry: Entry, as_of: dt.date) -> bool:
    """A done entry counts only if its publicity window meets every `lasting`
    rule: a closed window by its length, an open one once it has been on
    display N days by the as-of date (as_of − from + 1 ≥ N)."""
    if window_shortfall(req, entry.from_date, entry.to_date) is not None:
        return False
    met = window_met_on(req, entry.from_date, entry.to_date)
    return met is None or met <= as_of


def on_display(req: Requirement, entries: list[Entry], as_of: dt.date) -> tuple[int, int] | None:
    """(day n, of N) when the last done entry up to `as_of` has a window still
    open that has not yet been on display the N days a `lasting: N days` rule
    asks (公示时间不少于10天: from 07-10, on 07-15 day 6 of 10); else None."""
    done = [e for e in entries if e.status == "done" and e.date <= as_of]
    if not done:
        return None
    last = done[-1]
    met = window_met_on(req, last.from_date, last.to_date)
    if last.from_date is None or met is None or met <= as_of:
        return None
    if window_shortfall(req, last.from_date, last.to_date) is not None:
        return None
    need = (met - last.from_date).days + 1
    return (as_of - last.from_date).days + 1, need


def met_between(req: Requirement, entries: list[Entry], day: dt.date, as_of: dt.date) -> bool:
    """Whether a done entry dated by `day` has a window still open that meets
    the `lasting` rules after `day` and by `as_of`."""
    for entry in entries:
        if entry.status == "done" and entry.date <= day:
            met = window_met_on(req, entry.from_date, entry.to_date)
            if met is not None and day < met <= as_of:
                return True
    return False
