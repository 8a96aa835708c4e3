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
