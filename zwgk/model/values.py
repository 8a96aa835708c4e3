"""Plain values as YAML hands them over, read the same way everywhere. Kept
free of the YAML library: the cached path of progress files uses it too."""

from __future__ import annotations

import datetime as dt
from typing import Any


def as_date(value: Any) -> dt.date | None:
    """A date from what YAML gives (a date, a datetime or ISO text), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def small_int(text: str) -> int | None:
    """Text of ASCII digits as a number, or None. `isdigit()` alone also holds
    for "²" and "١", which int() refuses or reads unexpectedly, and int() fails
    on thousands of digits: no count, number or id zwgk reads has more than 18."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None
