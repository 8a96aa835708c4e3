"""The one reader of typed dates and the one matcher of typed codes."""

from __future__ import annotations

import datetime as dt

import pytest

from zwgk.cli.period import parse_week
from zwgk.cli.words import ENTRY_WORDS, code_for, typed_period
from zwgk.errors import ZwgkError
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


@pytest.mark.parametrize(
    ("text", "period"),
    [("2018", "2018"), ("２０１８", "2018"), ("2018年", "2018"), ("2018年度", "2018"),
     ("2018-07", "2018-07"), ("2018/7", "2018-07"), ("2018年7月", "2018-07"),
     ("２０１８年７月", "2018-07"), ("2018-Q3", "2018-Q3"), ("2018q3", "2018-Q3"),
     ("2018年第三季度", "2018-Q3"), ("2018年三季度", "2018-Q3"), ("2018年第3季度", "2018-Q3"),
     ("2018-W27", "2018-W27"), ("2018w7", "2018-W07"), ("2018年第27周", "2018-W27"),
     ("2018-08-01", "2018-08-01"), ("2018/8/1", "2018-08-01"), ("2018年8月1日", "2018-08-01"),
     ("20180801", "2018-08-01"), ("２０１８－０８－０１", "2018-08-01"), (" 2018-Q3 ", "2018-Q3")],
)  # fmt: skip
def test_a_typed_period_is_the_id_the_ledger_writes(text: str, period: str) -> None:
    assert typed_period(text) == period


@pytest.mark.parametrize("text", ["2018-W4²", "2018-13", "2018-Q5", "2018年第五季度", "上半年"])
def test_a_period_typed_as_none_comes_back_as_typed(text: str) -> None:
    assert typed_period(f" {text} ") == text


def test_one_fold_a_superscript_is_no_digit() -> None:
    # NFKC read 2018-W4² as week 42; the one fold (model.chars.half_width) does not.
    with pytest.raises(ZwgkError):
        parse_week("2018-W4²")
    assert parse_week("２０１８－Ｗ４２") == parse_week("2018年第42周") == parse_week("2018-W42")
