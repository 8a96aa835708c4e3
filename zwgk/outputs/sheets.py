"""Obligations as spreadsheets for people: CSV (UTF-8 with a BOM, so Excel
opens Chinese correctly) and XLSX (openpyxl: header frozen, a filter, sensible
column widths). Headers are in the user's language; `zwgk status --format
csv` remains the program-facing, untranslated form.

Cells are data, never formulas, in every CSV and XLSX zwgk writes (these
exports, `export --plan`, and `status --format csv`, which writes through
`csv_text` too): a text that begins with = + - @ (or a tab or carriage return)
is prefixed with an apostrophe in CSV, so a text such as `=HYPERLINK(...)`
cannot run when Excel opens the file; in XLSX it is stored as a string with
Excel's quote prefix. Only text cells are touched: numbers and dates are
written as they are, and ids and ISO dates never begin with those characters,
so a program reading `status --format csv` gets them unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from zwgk.engine.obligations import Obligation
from zwgk.engine.status import days_late
from zwgk.i18n import t
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan
from zwgk.outputs.outfiles import write_zipped
from zwgk.outputs.sheetprint import fit_rows, print_setup, text_width
from zwgk.outputs.text import state_words, xml_safe

# (key, header message): the columns of both formats, in order.
COLUMNS = (
    ("task", "col.task"),
    ("req", "col.req"),
    ("part", "col.part"),
    ("section", "col.section"),
    ("unit", "col.unit_id"),
    ("unit_name", "col.unit"),
    ("period", "col.period"),
    ("due", "col.due"),
    ("status", "col.status"),
    ("status_code", "col.status_code"),
    ("completed", "col.completed"),
    ("days_late", "col.days_late"),
    ("last_entry", "col.last_entry"),
    ("text", "col.text"),
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WIDTH_CAP = {"text": 50}
"""Widest a column is made (width units, a Chinese character two): the
requirement text wraps at 25 characters, other columns at 12; dates, codes and
numbers are narrower and fitted to their values."""
_WRAPPED = {"part", "section", "unit_name", "status", "text"}
"""Columns whose cells wrap (texts); the others hold one short value."""


def looks_like_formula(value: Any) -> bool:
    """A text a spreadsheet would run as a formula (or a DDE command)."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def defuse(value: Any) -> Any:
    """A CSV cell that cannot be read as a formula."""
    return "'" + value if looks_like_formula(value) else value


def rows(
    obs: list[Obligation], plan: Plan, directory: Directory, as_of: dt.date
) -> list[dict[str, Any]]:
    """One row per obligation, values typed (dates stay dates)."""
    tasks = {task.no: task for task in plan.tasks}
    out = []
    for ob in obs:
        task = tasks.get(ob.req.task)
        out.append(
            {
                "task": ob.req.task,
                "req": ob.req.id,
                "part": task.part if task else "",
                "section": (task.section or "") if task else "",
                "unit": ob.unit,
                "unit_name": directory.name(ob.unit),
                "period": ob.period or "",
                "due": ob.due,
                # A standing duty: 有记录/无记录, as on the status screen.
                "status": state_words(ob, as_of),
                "status_code": ob.status,
                "completed": ob.completed,
                "days_late": days_late(ob, as_of),
                "last_entry": ob.last_entry,
                "text": ob.req.text,
            }
        )
    return out


def headers() -> list[str]:
    return [t(message) for _, message in COLUMNS]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_csv(table: list[dict[str, Any]]) -> bytes:
    return csv_bytes([headers(), *([row[key] for key, _ in COLUMNS] for row in table)])


def csv_bytes(rows: Iterable[Iterable[Any]]) -> bytes:
    """For Excel: UTF-8 with a BOM and CRLF line ends, what Excel on Windows expects."""
    return csv_text(rows, "\r\n", start="\ufeff").encode("utf-8")


def csv_text(rows: Iterable[Iterable[Any]], line_end: str, start: str = "") -> str:
    """The one CSV writer: every text cell defused, so none can run as a
    formula; None is an empty cell, a date its ISO form, a number as it is.
    `start`: text before the first row (a BOM), joined in, not prepended to a
    copy of the whole."""
    import csv

    lines = _Lines([start])
    writer = csv.writer(lines, lineterminator=line_end)
    # `defuse` (the rule: FORMULA_START) inline, and a date its ISO form: a
    # city's export writes a hundred thousand cells, a call each cost 0.05 s.
    writer.writerows(
        [
            ("'" + cell if cell.startswith(FORMULA_START) else cell)
            if isinstance(cell, str)
            else ""
            if cell is None
            else cell.isoformat()
            if isinstance(cell, dt.date)
            else cell
            for cell in row
        ]
        for row in rows
    )
    return "".join(lines)


class _Lines(list[str]):
    """What csv.writer writes to: its lines, joined once at the end."""

    write = list.append


def append_row(sheet: Any, values: list[Any]) -> None:
    """Append a row of data cells to an openpyxl sheet: characters XML cannot
    hold are dropped, and a text Excel would take for a formula is stored as
    text (Excel's own quote prefix, no stray apostrophe shown)."""
    sheet.append([xml_safe(v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if looks_like_formula(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True


def write_xlsx(table: list[dict[str, Any]], path: Path, title: str) -> None:
    """One sheet, the header row frozen, filtered and repeated on each printed
    page (A4 landscape, fit to width: `sheetprint`), widths fitted to the text,
    long texts wrapped in rows tall enough to show them."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet: Any = book.active
    sheet.title = title[:31]  # Excel's limit
    sheet.append(headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in table:
        append_row(sheet, [row[key] for key, _ in COLUMNS])
    for index, (key, _) in enumerate(COLUMNS, 1):
        letter = get_column_letter(index)
        widest = max(
            [text_width(_text(row[key])) for row in table] + [text_width(headers()[index - 1])]
        )
        sheet.column_dimensions[letter].width = min(widest + 2, _WIDTH_CAP.get(key, 24))
        wrapped = key in _WRAPPED
        for cell in sheet[letter][1:]:
            if key in ("due", "completed", "last_entry"):
                cell.number_format = "yyyy-mm-dd"
            cell.alignment = Alignment(wrap_text=wrapped, vertical="top")
    sheet.auto_filter.ref = sheet.dimensions
    print_setup(sheet, header_rows=1)
    fit_rows(sheet)
    write_zipped(path, book.save)
