"""The 回执 a unit fills (`zwgk notice --format xlsx`): one sheet per unit
listing what it still has to do, the ledger's columns locked and five columns
for the unit to fill, a hidden key per row and a hidden `zwgk` sheet, so that
`zwgk collect` can read the answers back. The columns, the key, the answers
and the sheet names are the contract of model/receipt.py; this module lays
them out (title rows, header in the user's language, print setup)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from zwgk.engine.notice import Notice
from zwgk.engine.report import Line
from zwgk.i18n import current_lang, t
from zwgk.model.receipt import (
    ANSWERS,
    COLUMNS,
    FILLED_BY_UNIT,
    FORMAT,
    META_SHEET,
    Column,
    make_key,
)
from zwgk.outputs.outfiles import write_zipped
from zwgk.outputs.sheetprint import fit_rows, print_setup
from zwgk.outputs.sheets import append_row
from zwgk.outputs.text import status_label

HEADER_ROW = 4
"""Rows 1-3: title, plan and dates, instructions; then the header."""
DATE_FORMAT = "yyyy-mm-dd"
DATE_COLUMNS: tuple[Column, ...] = ("due", "date", "until")
# Light yellow (Excel's "Gold, lighter 80%"): the colour offices use for
# "write here" on a form; pale enough to print as a faint grey and to leave
# black text readable on screen and paper.
FILL_COLOUR = "FFF2CC"
# Widths (characters) of the columns left empty for the unit: room to write,
# since no content sizes them. The others are sized by what they hold, up to
# a cap; 要求内容 is the wide one, wrapped.
_UNIT_WIDTHS: dict[Column, int] = {"date": 12, "evidence": 24, "note": 30, "until": 12}
_WIDTH_CAP: dict[Column, int] = {"text": 60}
_CAP = 30
_SHEET_TITLE_MAX = 31  # Excel's limit
_NOT_IN_TITLES = "[]:*?/\\"


def headers() -> list[str]:
    """The header row in the user's language (the key column's is the same in both)."""
    english = current_lang() == "en"
    return [en if english else zh for _, zh, en in COLUMNS]


def answer_words() -> list[str]:
    """The drop-down's words in the user's language."""
    english = current_lang() == "en"
    return [en if english else zh for _, zh, en in ANSWERS]


def sheet_titles(names: list[str], taken: tuple[str, ...] = (META_SHEET,)) -> list[str]:
    """A valid sheet title for each unit name: the characters Excel refuses
    replaced, at most 31 characters, no apostrophe at either end, and unique
    (Excel compares titles ignoring case) among themselves and `taken`: a
    second 县教体局 is 县教体局 (2)."""
    used = {title.casefold() for title in taken}
    out = []
    for name in names:
        base = "".join("_" if ch in _NOT_IN_TITLES else ch for ch in name).strip("' ") or "_"
        title, n = base[:_SHEET_TITLE_MAX], 1
        while title.casefold() in used:
            n += 1
            suffix = f" ({n})"
            title = base[: _SHEET_TITLE_MAX - len(suffix)] + suffix
        used.add(title.casefold())
        out.append(title)
    return out


def write_receipt(notices: list[Notice], path: Path, year: int) -> None:
    """One workbook: a sheet per notice (a unit), in the order given, and the
    hidden `zwgk` sheet; `year` is the plan's."""
    from openpyxl import Workbook

    book = Workbook()
    first: Any = book.active
    book.remove(first)
    for notice, title in zip(notices, sheet_titles([n.unit_name for n in notices]), strict=True):
        _unit_sheet(book.create_sheet(title), notice)
    _meta_sheet(book.create_sheet(META_SHEET), notices[0], year)
    write_zipped(path, book.save)


def _meta_sheet(sheet: Any, notice: Notice, year: int) -> None:
    """Key/value rows for the reader; the writing day is the as-of date (the
    command's as-of is today unless --as-of is given)."""
    rows = (
        ("format", FORMAT),
        ("as_of", notice.as_of.isoformat()),
        ("plan", notice.plan_title),
        ("year", str(year)),
        ("generated", notice.as_of.isoformat()),
    )
    for key, value in rows:
        append_row(sheet, [key, value])
    sheet.sheet_state = "hidden"


def _values(line: Line, unit: str, no: int) -> dict[Column, Any]:
    return {
        "no": no,
        "req": line.req,
        "text": line.text,
        "period": line.period or "",
        "due": line.due,
        "state": status_label(line.status),
        "answer": None,
        "date": None,
        "evidence": None,
        "note": None,
        "until": None,
        "key": make_key(line.req, unit, line.period),
    }


def _unit_sheet(sheet: Any, notice: Notice) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    keys = [key for key, _, _ in COLUMNS]
    letter = {key: get_column_letter(i) for i, key in enumerate(keys, 1)}
    last_shown = get_column_letter(len(keys) - 1)  # the key column is hidden
    words = dict(zip(keys, headers(), strict=True))
    answers = dict(zip((code for code, _, _ in ANSWERS), answer_words(), strict=True))

    append_row(sheet, [t("notice.receipt_title", unit=notice.unit_name)])
    append_row(sheet, [t("notice.receipt_dates", plan=notice.plan_title,
                         as_of=notice.as_of.isoformat(), reply_by=notice.reply_by.isoformat(),
                         issuer=notice.issuer)])  # fmt: skip
    append_row(sheet, [t("notice.receipt_how", answer=words["answer"], date=words["date"],
                         evidence=words["evidence"], note=words["note"], until=words["until"],
                         done=answers["done"], exempt=answers["exempt"],
                         extend=answers["extend"])])  # fmt: skip
    append_row(sheet, headers())
    for no, line in enumerate(notice.lines, 1):
        values = _values(line, notice.unit, no)
        append_row(sheet, [values[key] for key in keys])
    last = sheet.max_row

    for row, size in ((1, 16), (2, 11), (3, 10)):
        sheet.merge_cells(f"A{row}:{last_shown}{row}")
        cell = sheet.cell(row=row, column=1)
        cell.font = Font(bold=row == 1, size=size)
        cell.alignment = Alignment(horizontal="center" if row == 1 else "left",
                                   vertical="center", wrap_text=True)  # fmt: skip

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill(fill_type="solid", start_color=FILL_COLOUR, end_color=FILL_COLOUR)
    for column, key in enumerate(keys, 1):
        head = sheet.cell(row=HEADER_ROW, column=column)
        head.font = Font(bold=True)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = border
        mine = key in FILLED_BY_UNIT
        if mine:
            head.fill = fill
        for row in range(HEADER_ROW + 1, last + 1):
            cell = sheet.cell(row=row, column=column)
            cell.border = border
            centred = key in ("no", "req", "period", "state", "answer", *DATE_COLUMNS)
            cell.alignment = Alignment(horizontal="center" if centred else "left",
                                       vertical="top", wrap_text=True)  # fmt: skip
            if key in DATE_COLUMNS:
                cell.number_format = DATE_FORMAT
            if mine:
                cell.fill = fill
                cell.protection = Protection(locked=False)
        sheet.column_dimensions[letter[key]].width = _width(key, sheet, column, last)
    sheet.column_dimensions[letter["key"]].hidden = True
    fit_rows(sheet)

    choice = DataValidation(type="list", formula1='"' + ",".join(answer_words()) + '"',
                            allow_blank=True, showDropDown=False)  # fmt: skip
    choice.error = t("notice.receipt_pick", answers="、".join(answer_words()))
    choice.showErrorMessage = True
    choice.add(f"{letter['answer']}{HEADER_ROW + 1}:{letter['answer']}{last}")
    sheet.add_data_validation(choice)

    sheet.protection.sheet = True  # no password: it guards against slips, not people
    sheet.protection.formatColumns = False  # a clerk may still widen a column
    sheet.protection.formatRows = False  # or heighten a row for a long note
    print_setup(sheet, HEADER_ROW)


def _width(key: Column, sheet: Any, column: int, last: int) -> float:
    """Characters wide: a unit's column by what it is for, the others by
    their widest text (a Chinese character counts two), up to a cap."""
    from rich.cells import cell_len

    header = cell_len(str(sheet.cell(row=HEADER_ROW, column=column).value))
    if key == "answer":
        return max(header, *(cell_len(w) for w in answer_words())) + 4  # room for the arrow
    if key in _UNIT_WIDTHS:
        return max(header, _UNIT_WIDTHS[key]) + 2
    widest = header
    for row in range(HEADER_ROW + 1, last + 1):
        value = sheet.cell(row=row, column=column).value
        text = value.isoformat() if isinstance(value, dt.date) else str(value or "")
        widest = max(widest, cell_len(text))
    return min(widest, _WIDTH_CAP.get(key, _CAP)) + 2
