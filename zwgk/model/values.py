"""Plain values as YAML hands them over, read the same way everywhere. Kept
free of the YAML library: the cached path of progress files uses it too."""

from __future__ import annotations

import datetime as dt
from typing import Any


def as_date(value: Any) -> dt.date | None:
    """A date from what YAML gives (a date, a datetime or ISO text), else None.
    One object per day (`_DAYS`)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    elif not isinstance(value, dt.date):
        return None
    return shared_day(value)


def shared_day(day: dt.date) -> dt.date:
    """The one object for `day` that every reader hands out (`_DAYS`)."""
    return _DAYS.setdefault(day, day)


_DAYS: dict[dt.date, dt.date] = {}
"""Every day read so far, once: a ledger's entries share a few thousand days,
so a million entries read the careful way (where the YAML loader makes a date
object per scalar) hold a few thousand date objects, not a million."""


def small_int(text: str) -> int | None:
    """Text of ASCII digits as a number, or None. `isdigit()` alone also holds
    for "²" and "١", which int() refuses or reads unexpectedly, and int() fails
    on thousands of digits: no count, number or id zwgk reads has more than 18."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None
