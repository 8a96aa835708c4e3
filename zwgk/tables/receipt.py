"""Reading filled 回执 workbooks back (`zwgk collect`): each answered row as
what the unit said, or the reason it cannot be taken. The layout is the
contract in `model/receipt.py` (written by `outputs/receipt.py`); this side
relies only on what a unit's Excel or WPS leaves of it: every sheet whose
header row has a `zwgk-key` column is read, in any sheet order, the header
found by its words (either language) wherever it is — a unit may insert a
row above it, delete the instructions or copy the rows into a workbook of
its own (the hidden `zwgk` sheet is then missing: the keys are enough).

Dates come as Excel writes them (a date cell), as a serial number (43385 is
2018-10-12: a cell whose format was lost), or as the text clerks type
(2018.10.12, 2018/10/12, 2018年10月12日: `model.dates.read_date`).

Words are chosen at the edge: a refused row carries a code (`Problem`), a
file that cannot be read raises `ReceiptFileError` with one."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from zwgk.model.chars import half_width, text_key
from zwgk.model.dates import read_date
from zwgk.model.receipt import (
    ANSWER_SYNONYMS,
    ANSWERS,
    COLUMNS,
    FILLED_BY_UNIT,
    KEY_HEADER,
    META_SHEET,
    Answer,
    Column,
    read_key,
)

MAX_ROWS = 5000
MAX_COLUMNS = 100
"""The largest sheet read (a judgement call: a unit's 回执 has tens of rows;
a sheet may declare a million rows in a small file, and a value beyond these
bounds refuses the file rather than being left out unread)."""

FileProblem = Literal["missing", "not_xlsx", "not_workbook", "not_receipt", "no_answer_column",
                      "too_large"]  # fmt: skip
Problem = Literal[
    "no_key",  # unit columns filled on a row without a key (added by hand)
    "bad_key",  # a key cell that is no zwgk key
    "no_answer",  # unit columns filled, 完成情况 left empty
    "bad_answer",  # 完成情况 none of the answers
    "bad_date",  # 完成日期 names no day
    "bad_until",  # 延至 names no day
    "no_date",  # 已完成 without 完成日期
    "no_note",  # 申请不适用 / 申请延期 without 说明
    "no_until",  # 申请延期 without 延至
    "until_not_extend",  # 延至 on a row that asks no extension
]


class ReceiptFileError(Exception):
    """A file named on the command line that is not a 回执 workbook zwgk can read."""

    def __init__(self, path: Path, problem: FileProblem, sheet: str = "") -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.sheet = sheet


@dataclass(frozen=True)
class ReceiptRow:
    """One answered row of a 回执: where it is, what it is about (`key`:
    req, unit id, period) and what the unit said; `problem` (with `cell`,
    the text at fault) when it cannot be taken."""

    file: Path
    sheet: str
    row: int
    key: tuple[str, str, str | None] | None
    answer: Answer | None = None
    date: dt.date | None = None
    evidence: str | None = None
    note: str | None = None
    until: dt.date | None = None
    problem: Problem | None = None
    cell: str = ""


def _header_word(text: str) -> str:
    """A header cell as compared: `text_key`, and only the words before a
    bracket (佐证（链接或文件名） is 佐证, `Evidence (link…)` is evidence)."""
    return text_key(half_width(text).split("(", 1)[0])


_HEADER_WORDS: dict[str, Column] = {
    _header_word(word): key for key, zh, en in COLUMNS for word in (zh, en)
}
_ANSWER_WORDS: dict[str, Answer] = {
    text_key(word): answer
    for word, answer in (
        *((zh, a) for a, zh, _ in ANSWERS),
        *((en, a) for a, _, en in ANSWERS),
        *ANSWER_SYNONYMS.items(),
    )
}


def read_receipts(path: Path) -> list[ReceiptRow]:
    """The answered rows of every 回执 sheet of the workbook `path`, in sheet
    and row order (rows the unit left unanswered, and empty rows, are left
    out); ReceiptFileError when the file is not such a workbook."""
    if path.suffix.lower() != ".xlsx":
        raise ReceiptFileError(path, "not_xlsx" if path.is_file() else "missing")
    if not path.is_file():
        raise ReceiptFileError(path, "missing")
    from openpyxl import load_workbook

    try:
        book = load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ReceiptFileError(path, "not_workbook") from None
    try:
        rows: list[ReceiptRow] = []
        found = False
        for sheet in book.worksheets:
            if sheet.title == META_SHEET:
                continue
            read = _read_sheet(path, sheet)
            if read is not None:
                found = True
                rows.extend(read)
        if not found:
            raise ReceiptFileError(path, "not_receipt")
        return rows
    finally:
        book.close()


def _read_sheet(path: Path, sheet: Any) -> list[ReceiptRow] | None:
    """The answered rows of one sheet; None when it has no `zwgk-key` header."""
    columns: dict[Column, int] | None = None
    out: list[ReceiptRow] = []
    for number, values in enumerate(
        sheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS, values_only=True), 1
    ):
        if number > MAX_ROWS:
            if any(v is not None and str(v).strip() for v in values):
                raise ReceiptFileError(path, "too_large", sheet.title)
            break
        if columns is None:
            columns = _header(values)
            if columns is not None and "answer" not in columns:
                raise ReceiptFileError(path, "no_answer_column", sheet.title)
            continue
        row = _row(path, sheet.title, number, values, columns)
        if row is not None:
            out.append(row)
    return None if columns is None else out


def _header(values: tuple[Any, ...]) -> dict[Column, int] | None:
    """The columns a header row names, by its words; None unless it has the key column."""
    texts = [_text(v) for v in values]
    if KEY_HEADER not in (text.strip().lower() for text in texts):
        return None
    columns: dict[Column, int] = {}
    for index, text in enumerate(texts):
        key = _HEADER_WORDS.get(_header_word(text)) if text.strip() else None
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def _row(
    path: Path, sheet: str, number: int, values: tuple[Any, ...], columns: dict[Column, int]
) -> ReceiptRow | None:
    def cell(key: Column) -> Any:
        index = columns.get(key)
        if index is None or index >= len(values):
            return None
        value = values[index]
        return None if isinstance(value, str) and not value.strip() else value

    filled = {key: cell(key) for key in FILLED_BY_UNIT}
    if all(value is None for value in filled.values()):
        return None  # not answered, or an empty row
    at = ReceiptRow(path, sheet, number, key=None)
    key_text = _text(cell("key")).strip()
    if not key_text:
        return replace(at, key=None, problem="no_key")
    key = read_key(key_text)
    if key is None:
        return replace(at, key=None, problem="bad_key", cell=key_text)
    answer_text = _text(filled["answer"]).strip()
    if not answer_text:
        return replace(at, key=key, problem="no_answer")
    answer = _ANSWER_WORDS.get(text_key(answer_text))
    if answer is None:
        return replace(at, key=key, problem="bad_answer", cell=answer_text)
    date, until = _date(filled["date"]), _date(filled["until"])
    if isinstance(date, str):
        return replace(at, key=key, answer=answer, problem="bad_date", cell=date)
    if isinstance(until, str):
        return replace(at, key=key, answer=answer, problem="bad_until", cell=until)
    note = _text(filled["note"]).strip() or None
    evidence = _text(filled["evidence"]).strip() or None
    problem: Problem | None = None
    if answer == "done" and date is None:
        problem = "no_date"
    elif answer in ("exempt", "extend") and note is None:
        problem = "no_note"
    elif answer == "extend" and until is None:
        problem = "no_until"
    elif answer != "extend" and until is not None:
        problem = "until_not_extend"
    return replace(at, key=key, answer=answer, date=date, evidence=evidence, note=note,
                      until=until, problem=problem)  # fmt: skip


def _date(value: Any) -> dt.date | str | None:
    """The day a date cell names: None when empty, the cell's text when it names none."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # A date cell whose format was lost (pasted as values, WPS): Excel's serial number.
        if 1 <= value < 2958466:
            from openpyxl.utils.datetime import from_excel

            day = from_excel(value)
            if isinstance(day, dt.datetime):
                return day.date()
        text = _text(value)
    else:
        text = _text(value).strip()
    try:
        return read_date(text)
    except ValueError:
        pass
    # A text date with a time after it, as a cell copied from elsewhere shows it.
    first = text.split()[0] if text.split() else text
    try:
        return read_date(first)
    except ValueError:
        return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
