"""The one reader of typed dates and the one matcher of typed codes."""

from __future__ import annotations

import datetime as dt

import pytest

from zwgk.cli.words import ENTRY_WORDS, code_for
from zwgk.ledger.fields import STATUSES
from zwgk.model.dates import read_date

JULY_20 = dt.date(2018, 7, 20)


@pytest.mark.parametrize(
    "text",
    ["2018-07-20", "2018-7-20", "2018/7/20", "2018.7.20", "2018年7月20日", "2018年7月20",
     "20180720", "２０１８－０７－２０", "２０１８年７月２０日", " 2018/07/20 "],
)  # fmt: skip
def test_every_way_a_clerk_writes_a_date_is_read(text: str) -> None:
    assert read_date(text) == JULY_20


@pytest.mark.parametrize(
    "text",
    [
        "2018-02-30",
        "²⁰¹⁸-07-20",
        "٢٠١٨-07-20",
        "2018-7/20",
        "18-7-20",
        "2018-07-20日",
        "July 20",
        "",
        "2018072",
    ],
)
def test_what_names_no_day_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_date(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("完成", "done"), ("已完成", "done"), ("done", "done"), ("ＤＯＮＥ", "done"),
     ("进展", "progress"), ("进行中", "progress"), ("in progress", "progress"),
     ("不适用", "exempt"), ("延期", "extend"), ("extended", "extend")],
)  # fmt: skip
def test_entry_kinds_are_read_by_code_label_or_word(text: str, code: str) -> None:
    assert code_for(text, STATUSES, "entry", ENTRY_WORDS) == code


def test_a_word_that_names_no_code_is_none() -> None:
    assert code_for("已逾期", STATUSES, "entry", ENTRY_WORDS) is None
    assert code_for("已逾期", ("overdue", "late"), "status") == "overdue"
