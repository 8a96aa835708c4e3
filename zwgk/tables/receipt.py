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

The workbook is opened, bounded and read as text the one way zwgk reads a
workbook someone handed it (`tables/sheet.xlsx_sheets`, as `import` does).
This side only parses: which row, which key, which answer, which day. What
an entry needs besides (a reason for a request, a day for an extension, a
day only on an extension) the entry checks say, as they do for `record`.

Words are chosen at the edge: a refused row carries a code (`Problem`), a
file that cannot be read raises `ReceiptFileError` with one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

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
from zwgk.tables.sheet import Row, WorkbookError, file_problem, xlsx_sheets

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
    "formula",  # a unit cell holding a formula saved without its value
]


class ReceiptFileError(Exception):
    """A file named on the command line that is not a 回执 workbook zwgk can
    read; `error` is the library's words for a damaged file."""

    def __init__(self, path: Path, problem: FileProblem, sheet: str = "", error: str = "") -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.sheet = sheet
        self.error = error


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
    unfit = file_problem(path, (".xlsx",))
    if unfit is not None:
        raise ReceiptFileError(path, "missing" if unfit == "missing" else "not_xlsx")
    rows: list[ReceiptRow] = []
    found = False
    try:
        for title, sheet_rows in xlsx_sheets(path):
            if title == META_SHEET:
                continue
            read = _read_sheet(path, title, sheet_rows)
            if read is not None:
                found = True
                rows.extend(read)
    except WorkbookError as exc:
        problem: FileProblem = "too_large" if exc.problem == "too_large" else "not_workbook"
        raise ReceiptFileError(path, problem, exc.sheet, exc.error) from None
    if not found:
        raise ReceiptFileError(path, "not_receipt")
    return rows


def _read_sheet(path: Path, title: str, rows: list[Row]) -> list[ReceiptRow] | None:
    """The answered rows of one sheet; None when it has no `zwgk-key` header."""
    columns: dict[Column, int] | None = None
    headers: tuple[str, ...] = ()
    out: list[ReceiptRow] = []
    for row in rows:
        if columns is None:
            columns, headers = _header(row.cells), row.cells
            if columns is not None and "answer" not in columns:
                raise ReceiptFileError(path, "no_answer_column", title)
            continue
        read = _row(path, title, row, columns, headers)
        if read is not None:
            out.append(read)
    return None if columns is None else out


def _header(texts: tuple[str, ...]) -> dict[Column, int] | None:
    """The columns a header row names, by its words; None unless it has the key column."""
    if KEY_HEADER not in (text.strip().lower() for text in texts):
        return None
    columns: dict[Column, int] = {}
    for index, text in enumerate(texts):
        key = _HEADER_WORDS.get(_header_word(text)) if text.strip() else None
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def _row(
    path: Path, sheet: str, row: Row, columns: dict[Column, int], headers: tuple[str, ...]
) -> ReceiptRow | None:
    def cell(key: Column) -> str:
        index = columns.get(key)
        if index is None or index >= len(row.cells):
            return ""
        return row.cells[index].strip()

    filled = {key: cell(key) for key in FILLED_BY_UNIT}
    formulas = [key for key in FILLED_BY_UNIT if columns.get(key) in row.uncached]
    if all(not value for value in filled.values()) and not formulas:
        return None  # not answered, or an empty row
    at = ReceiptRow(path, sheet, row.number, key=None)
    key_text = cell("key")
    if not key_text:
        return replace(at, key=None, problem="no_key")
    key = read_key(key_text)
    if key is None:
        return replace(at, key=None, problem="bad_key", cell=key_text)
    if formulas:  # read as empty, it would be refused for the wrong reason
        return replace(at, key=key, problem="formula", cell=headers[columns[formulas[0]]])
    answer_text = filled["answer"]
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
    problem: Problem | None = "no_date" if answer == "done" and date is None else None
    return replace(at, key=key, answer=answer, date=date, evidence=filled["evidence"] or None,
                   note=filled["note"] or None, until=until, problem=problem)  # fmt: skip


def _date(text: str) -> dt.date | str | None:
    """The day a date cell names (its text as `sheet.xlsx_sheets` reads it:
    a date cell as 2018-10-12); None when empty, the text when it names none."""
    if not text:
        return None
    try:
        return read_date(text)
    except ValueError:
        pass
    # A date cell whose format was lost (pasted as values, WPS): Excel's serial number.
    try:
        serial = float(text)
    except ValueError:
        serial = 0.0
    if 1 <= serial < 2958466:
        from openpyxl.utils.datetime import from_excel

        day = from_excel(serial)
        if isinstance(day, dt.datetime):
            return day.date()
    # A text date with a time after it, as a cell copied from elsewhere shows it.
    try:
        return read_date(text.split()[0])
    except ValueError:
        return text
