"""Reading git's records: dates as git writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from zwgk.review.git import commit_date


def test_commit_date_in_its_zone() -> None:
    when = commit_date("1538100000 +0800")
    assert when == dt.datetime(2018, 9, 28, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert when is not None and when.utcoffset() == dt.timedelta(hours=8)
    assert commit_date("1538100000 -0130") == when


@pytest.mark.parametrize(
    "raw",
    [
        "253402300800 +0800",  # 10000-01-01: git takes it, a datetime cannot hold it
        "0 +9959",  # git accepts offsets past a day
        "9" * 5000 + " +0000",  # past int()'s digit limit
        "1538100000",
        "1538100000 +08",
        "abc +0800",
        "",
    ],
)
def test_commit_dates_a_datetime_cannot_hold_are_none(raw: str) -> None:
    assert commit_date(raw) is None
