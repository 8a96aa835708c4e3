"""Dates as clerks type them: one reader for every date the command line or
a prompt takes. Files keep ISO dates; this only reads.

Accepted, with ASCII or full-width digits and separators: 2018-07-20,
2018-7-20, 2018/7/20, 2018.7.20, 2018年7月20日 (the 日 may be left out) and
20180720. A month alike: 2018-10, 2018/10, 2018.10, 2018年10月. An ISO week:
2018-W41, 2018-w41, 2018W41, 2018年第41周. A quarter: 2018-Q3, 2018Q3,
2018年第三季度, 2018年三季度, 2018年第3季度. A year: 2018, 2018年, 2018年度.
"""

from __future__ import annotations

import datetime as dt
import re

from zwgk.model.chars import half_width, lazy_pattern, numeral

_SEPARATED = lazy_pattern(
    r"(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*(日|号)?", re.ASCII
)
_COMPACT = lazy_pattern(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
# Each separator pair a date is written with: 2018-7-20, 2018/7/20, 2018.7.20,
# 2018年7月20日. A mix (2018-7/20) is a typo, not a date.
_PAIRS = {("-", "-"), ("/", "/"), (".", "."), ("年", "月")}
_MONTH = lazy_pattern(r"(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月?)", re.ASCII)
_WEEK = lazy_pattern(r"(\d{4})\s*(?:-?\s*[Ww]\s*(\d{1,2})|年\s*第\s*(\d{1,2})\s*周)", re.ASCII)
_QUARTER = lazy_pattern(
    r"(\d{4})\s*(?:-?\s*[Qq]\s*(\d)|年\s*第?\s*(\d|[一二三四])\s*季度?)", re.ASCII
)
_YEAR = lazy_pattern(r"(\d{4})\s*(?:年度?)?", re.ASCII)


def read_date(text: str) -> dt.date:
    """The day `text` names; ValueError if it names none (a malformed
    text, or a day no calendar has, such as 2018-02-30)."""
    plain = half_width(text).strip()
    found = _SEPARATED().fullmatch(plain)
    if found is not None:
        year, sep1, month, sep2, day, suffix = found.groups()
        if (sep1, sep2) not in _PAIRS or (suffix is not None and sep1 != "年"):
            raise ValueError(text)
    else:
        found = _COMPACT().fullmatch(plain)
        if found is None:
            raise ValueError(text)
        year, month, day = found.groups()
    return dt.date(int(year), int(month), int(day))


def read_month(text: str) -> tuple[int, int]:
    """The (year, month) `text` names; ValueError if it names none."""
    found = _MONTH().fullmatch(half_width(text).strip())
    if found is None:
        raise ValueError(text)
    year, month = int(found.group(1)), int(found.group(2) or found.group(3))
    if not 1 <= month <= 12:
        raise ValueError(text)
    return year, month


def read_week(text: str) -> tuple[int, int]:
    """The (year, ISO week) `text` names; ValueError if it names none (nor
    one that year has: 2018 has no week 53)."""
    found = _WEEK().fullmatch(half_width(text).strip())
    if found is None:
        raise ValueError(text)
    year, week = int(found.group(1)), int(found.group(2) or found.group(3))
    dt.date.fromisocalendar(year, week, 1)  # ValueError for a week the year lacks
    return year, week


def read_quarter(text: str) -> tuple[int, int]:
    """The (year, quarter 1-4) `text` names; ValueError if it names none."""
    found = _QUARTER().fullmatch(half_width(text).strip())
    if found is None:
        raise ValueError(text)
    number = found.group(2) or found.group(3)
    quarter = numeral(number)
    if quarter is None or not 1 <= quarter <= 4:
        raise ValueError(text)
    return int(found.group(1)), quarter


def read_year(text: str) -> int:
    """The year `text` names (2018, 2018年, 2018年度); ValueError if none."""
    found = _YEAR().fullmatch(half_width(text).strip())
    if found is None:
        raise ValueError(text)
    return int(found.group(1))
