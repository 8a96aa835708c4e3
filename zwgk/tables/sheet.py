"""Decomposition tables as files: reading .xlsx, .csv and .docx into rows, and
writing the plan as such a table (`zwgk export --plan`).

A table as offices circulate it has a title row, a header row naming its
columns by meaning in any order (`HEADERS`: 工作任务 or 重点工作, 工作要求 or
具体内容, 牵头单位 and 责任单位 or 配合单位, 完成时限 …; `EXTRAS` such as 备注
are left out), then part rows ("一、…") or part titles merged down a first
column, section rows ("（一）…") and one row per requirement, with the task
cell merged down over its requirements and a unit cell merged down over the
rows it applies to. Merged cells are read as their value repeated; what
the rows mean is `importer.py`'s business.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, NamedTuple

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan, Requirement
from zwgk.outputs.outfiles import write_zipped
from zwgk.outputs.sheetprint import fit_rows, print_setup
from zwgk.outputs.sheets import FORMULA_START, append_row, csv_bytes
from zwgk.tables.unitcells import write_cell

FORMATS = (".xlsx", ".csv", ".docx")
# Header words and the column each names, by meaning: offices word their
# headers differently and order them as they like. Spaces inside a word
# (工   作   任   务, full-width too) are ignored.
HEADERS = {
    "no": ("序号", "编号"),
    "task": ("工作任务", "重点任务", "主要工作任务", "重点工作", "目标任务", "任务"),
    # what is to be done: 具体措施 (惠州), 主要内容 (潍坊) say it as 工作要求 does
    "text": (
        "工作要求",
        "具体要求",
        "工作内容",
        "任务内容",
        "具体内容",
        "具体措施",
        "主要内容",
        "要求",
    ),
    "lead": ("牵头单位", "牵头部门"),
    "units": ("责任单位", "责任部门", "责任科室", "落实单位"),
    # 配合/责任单位 (issue 15's Build 1): one column of the units that support
    # where a 牵头 unit exists and answer where none does, as 责任单位 beside
    # 牵头单位 does; also bracketed or the other way round.
    "support": (
        "配合单位",
        "配合",
        "协办单位",
        "配合部门",
        "配合/责任单位",
        "配合（责任）单位",
        "责任/配合单位",
        "配合/责任部门",
    ),
    "when": ("完成时限", "时限要求", "完成时间", "时限"),
}
EXTRAS = ("完成情况", "备注", "责任领导")
"""Columns a table carries that are no part of the plan (progress, remarks,
the leader in charge): recognised and left out, with a note."""


class Row(NamedTuple):
    number: int
    """1-based row number in the sheet, table or file."""
    cells: tuple[str, ...]
    merged_from_above: tuple[bool, ...] = ()
    """Per cell: its value came from a merged cell above (xlsx, docx)."""
    uncached: frozenset[int] = frozenset()
    """The (0-based) cells holding a formula saved without its value (xlsx:
    a tool that keeps no cached results): read as empty, but not empty."""


class Table(NamedTuple):
    path: Path
    kind: str
    """xlsx | csv | docx"""
    sheet: str | None
    rows: list[Row]
    before: list[str]
    """Text above the table (docx paragraphs), where a title may be."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if text.startswith("'") and text[1:2] in FORMULA_START:
        text = text[1:]  # our own CSV's guard against formulas
    return text


OLD_FORMATS = (".xls", ".doc", ".et", ".wps")
"""Old Office and WPS formats: saved again as .xlsx or .docx, they can be read."""


def file_problem(
    path: Path, formats: tuple[str, ...]
) -> Literal["old_format", "bad_suffix", "missing"] | None:
    """Why the file `path` handed to zwgk cannot be read as one of `formats`
    (by its name, then whether it is there); None when it can be tried."""
    suffix = path.suffix.lower()
    if suffix in OLD_FORMATS:
        return "old_format"
    if suffix not in formats:
        return "bad_suffix"
    return None if path.is_file() else "missing"


def read_table(path: Path) -> Table:
    """The rows of the table in `path`; errors a clerk can act on, exit 2."""
    suffix = path.suffix.lower()
    problem = file_problem(path, FORMATS)
    if problem == "old_format":
        raise ZwgkError(t("import.old_format", path=path), hint=t("import.old_format_hint"),
                        exit_code=EXIT_USAGE)  # fmt: skip
    if problem == "bad_suffix":
        raise ZwgkError(t("import.bad_suffix", path=path, formats=" ".join(FORMATS)),
                        exit_code=EXIT_USAGE)  # fmt: skip
    if problem == "missing":
        raise ZwgkError(t("import.no_file", path=path), exit_code=EXIT_USAGE)
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".xlsx":
            return _read_xlsx(path)
        return _read_docx(path)
    except ZwgkError:
        raise
    except WorkbookError as exc:
        raise _import_error(path, exc) from None
    except Exception as exc:  # a damaged or mislabelled file: any library error
        raise _import_error(path, WorkbookError("unreadable", error=library_error(exc))) from None


def _import_error(path: Path, exc: WorkbookError) -> ZwgkError:
    if exc.problem == "too_large":
        return ZwgkError(
            t("import.too_large", path=path, sheet=exc.sheet, rows=MAX_ROWS, columns=MAX_COLUMNS),
            hint=t("import.too_large_hint"),
            exit_code=EXIT_USAGE,
        )
    return ZwgkError(t("import.unreadable", path=path, error=exc.error),
                     hint=t("import.unreadable_hint"), exit_code=EXIT_USAGE)  # fmt: skip


def library_error(exc: BaseException) -> str:
    """A library's error as shown after a file name: its type, and its text."""
    return type(exc).__name__ + (f": {exc}" if str(exc) else "")


class WorkbookError(Exception):
    """An .xlsx that cannot be read (`unreadable`: damaged or mislabelled,
    `error` the library's words) or holds a value beyond MAX_ROWS/MAX_COLUMNS
    (`too_large`, in `sheet`). Each reader words it for its command."""

    def __init__(
        self, problem: Literal["unreadable", "too_large"], sheet: str = "", error: str = ""
    ) -> None:
        super().__init__(problem, sheet, error)
        self.problem = problem
        self.sheet = sheet
        self.error = error


def _read_csv(path: Path) -> Table:
    """UTF-8 (a BOM allowed), or what an office editor saves instead as the
    ledger's files are read (`yamlio.decode` and `foreign_encoding`, one
    rule): GBK from Excel on Chinese Windows, UTF-16 from "Unicode text".
    A file that is none of them whole (UTF-8 lines and a GBK one) is refused
    at its first bad byte."""
    from zwgk.ledger.safefs import MAX_FILE
    from zwgk.ledger.yamlio import NotUtf8, decode

    raw = path.read_bytes()
    if len(raw) > MAX_FILE:
        raise ZwgkError(t("import.csv_too_large", path=path, limit=MAX_FILE >> 20),
                        hint=t("import.too_large_hint"), exit_code=EXIT_USAGE)  # fmt: skip
    try:
        text = decode(raw, str(path))
    except NotUtf8 as exc:
        if exc.encoding is None:
            raise ZwgkError(
                t("import.csv_mixed", path=path, line=exc.line, col=exc.col),
                hint=t("import.csv_mixed_hint"),
                exit_code=EXIT_USAGE,
            ) from None
        text = raw.decode(exc.encoding).removeprefix("\ufeff")
    # Excel's "Unicode text" (UTF-16) separates cells by tabs: more tabs
    # than commas is such a file, whatever its name says.
    delimiter = "\t" if text.count("\t") > text.count(",") else ","
    rows = [
        Row(number, tuple(_text(cell) for cell in cells))
        for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1)
    ]
    return Table(path, "csv", None, rows, [])


MAX_ROWS = 5000
MAX_COLUMNS = 100
"""The largest table `import` reads (a judgement call: the Huantai table has
about a hundred rows and four columns; a city's has a few hundred rows). A
sheet may declare a million rows or merge A1:XFD1048576 in a 20 KB file:
openpyxl would create every cell of that range (2.9 GB and minutes). Cells
are read as the file holds them, merged ranges are cut to where the values
are, and a value beyond these bounds stops the import with a message."""


def _read_xlsx(path: Path) -> Table:
    first: str | None = None
    for title, rows in xlsx_sheets(path):
        if find_header(rows) is not None:
            return Table(path, "xlsx", title, rows, [])
        first = title if first is None else first
    return Table(path, "xlsx", first, [], [])


def xlsx_sheets(path: Path) -> Iterator[tuple[str, list[Row]]]:
    """Each sheet of the workbook `path` (an existing file), in order, as its
    title and rows (`_sheet_rows`); the one way zwgk opens a workbook someone
    handed it (`import`, `collect`). Any failure, when opening or reading a
    sheet, is a WorkbookError; the book is closed when the loop ends."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or mislabelled file: any library error
        raise WorkbookError("unreadable", error=library_error(exc)) from None
    try:
        for sheet in book.worksheets:
            try:
                title, rows = sheet.title, _sheet_rows(book, sheet)
            except WorkbookError:
                raise
            except Exception as exc:  # rows are read lazily: damage shows here too
                raise WorkbookError("unreadable", error=library_error(exc)) from None
            yield title, rows
    finally:
        book.close()


def _sheet_rows(book: Any, sheet: Any) -> list[Row]:
    """The sheet's rows up to the last row and column holding a value, merged
    cells read as their top-left value repeated."""
    # openpyxl's read-only mode streams the cells the file holds but keeps no
    # merged ranges; its sheet parser (what read-only mode itself uses) gives
    # both in one pass, without making a cell object per merged cell.
    values: dict[tuple[int, int], Any] = {}
    uncached: set[tuple[int, int]] = set()
    with sheet._get_source() as source:
        parser = _parser_class()(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for _, cells in parser.parse():
            for cell in cells:
                if cell["value"] is None:
                    continue
                row, column = cell["row"], cell["column"]
                if row > MAX_ROWS or column > MAX_COLUMNS:
                    raise WorkbookError("too_large", sheet=sheet.title)
                if cell["value"] is _UNCACHED:
                    uncached.add((row, column))
                    continue
                values[row, column] = cell["value"]
        merges = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    height = max((r for r, _ in (*values, *uncached)), default=0)
    width = max((c for _, c in (*values, *uncached)), default=0)
    from_above: set[tuple[int, int]] = set()
    for merged in merges:
        top_row, top_col, last_row, last_col = _bounds(merged.ref)
        top = values.get((top_row, top_col))
        for r in range(top_row, min(last_row, height) + 1):
            for c in range(top_col, min(last_col, width) + 1):
                if (r, c) != (top_row, top_col):
                    values[r, c] = top
                    if r > top_row:
                        from_above.add((r, c))
    return [
        Row(
            r,
            tuple(_text(values.get((r, c))) for c in range(1, width + 1)),
            tuple((r, c) in from_above for c in range(1, width + 1)),
            frozenset(c - 1 for c in range(1, width + 1) if (r, c) in uncached),
        )
        for r in range(1, height + 1)
    ]


_UNCACHED = object()
"""What `_Parser` reads a formula cell saved without its value as."""


def _parser_class() -> Any:
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        """openpyxl's parser, telling a formula saved without its value (read
        as None with data_only) from an empty cell."""

        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["value"] = _UNCACHED
            return cell

    return Parser


def _bounds(ref: str) -> tuple[int, int, int, int]:
    """`B2:C9` → (min_row, min_col, max_row, max_col); a whole row or column
    (`1:1`, `A:A`) reaches the sheet's edge."""
    from openpyxl.utils.cell import range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return min_row or 1, min_col or 1, max_row or 1_048_576, max_col or 16_384


def _read_docx(path: Path) -> Table:
    from docx import Document

    document = Document(str(path))
    before: list[str] = []
    body = document.element.body
    tables = {id(table._tbl): table for table in document.tables}
    paragraphs = {id(p._p): p for p in document.paragraphs}
    for child in body.iterchildren():
        if id(child) in paragraphs:
            text = paragraphs[id(child)].text.strip()
            if text:
                before.append(text)
            continue
        table = tables.get(id(child))
        if table is None:
            continue
        rows: list[Row] = []
        previous: tuple[Any, ...] = ()
        for number, row in enumerate(table.rows, 1):
            cells = row.cells  # merged cells come back as the same cell, repeated
            ids = tuple(id(cell._tc) for cell in cells)
            above = tuple(i < len(previous) and previous[i] == ids[i] for i in range(len(ids)))
            rows.append(Row(number, tuple(_text(cell.text) for cell in cells), above))
            previous = ids
        if find_header(rows) is not None:
            return Table(path, "docx", None, rows, before)
        before = []
    return Table(path, "docx", None, [], before)


def find_header(rows: list[Row]) -> tuple[int, dict[str, int]] | None:
    """The index of the header row and the column of each role found: `task`
    and `units` at least, `text`, `support`, `no`, `when` where the table has
    them, and `part` for a first column of part titles.

    A second unit column is `support`: 配合单位 beside 责任单位, or 责任单位
    beside 牵头单位 (the importer lets it lead where the 牵头 cell is empty).
    Two task columns (重点任务 | 工作任务) are part titles and tasks; a table
    with only a 工作内容 column has one task per row. A header of two rows
    (责任单位 over 牵头单位 | 配合单位) is read as one: the index is its
    second row's."""
    for index, row in enumerate(rows[:30]):
        found, _ = _header_words(row)
        if not found:
            continue
        below: dict[str, list[int]] = {}
        if index + 1 < len(rows):
            words, only_words = _header_words(rows[index + 1])
            below = words if only_words else {}
        for key, cols in below.items():  # a second header row names the columns it spans
            for other in found.values():
                other[:] = [column for column in other if column not in cols]
            found[key] = sorted({*cols, *found.get(key, [])})
        found = {key: cols for key, cols in found.items() if cols}
        columns = {key: cols[0] for key, cols in found.items()}
        if len(found.get("task", [])) > 1:
            columns["part"], columns["task"] = found["task"][0], found["task"][-1]
        if "task" not in columns and "text" in columns:
            columns["task"] = columns.pop("text")
        if "lead" in columns:
            second = columns.pop("units", None)
            columns["units"] = columns.pop("lead")
            if "support" not in columns and second is not None:
                columns["support"] = second
        if {"task", "units"} <= columns.keys():
            return index + 1 if below else index, columns
    return None


def _header_words(row: Row) -> tuple[dict[str, list[int]], bool]:
    """The columns each header word of the row names, and whether the row
    holds header words only."""
    from zwgk.tables.unitcells import normalise

    found: dict[str, list[int]] = {}
    only_words = True
    for column, cell in enumerate(row.cells):
        word = normalise(cell).replace("／", "/").replace("\\", "/")
        key = next((key for key, names in HEADERS.items() if word in names), None)
        if key is not None:
            found.setdefault(key, []).append(column)
        elif word and word not in EXTRAS:
            only_words = False
    return found, only_words


# --- writing the plan as a table ------------------------------------------------


def plan_rows(plan: Plan, directory: Directory) -> list[tuple[str, list[str]]]:
    """(kind, cells) for every row of the plan's table: title, a line under it
    with the year when the title does not say it and the effective date
    ("（2018年，自2018年4月1日起施行）", which `import` reads), header, part,
    section, requirement (the task cell repeated on each of its rows).

    A 完成时限 column holds the bases of the rules that neither the
    requirement's text nor its task's title says (rules an import read from
    such a column), so `import` reads every rule back; a plan whose bases
    are all in its texts (the Huantai table) has no such column, as printed."""
    deadlines = {req.id: _deadline_cell(req, task.title) for task in plan.tasks
                 for req in task.requirements}  # fmt: skip
    width = 4 if any(deadlines.values()) else 3

    def row(*cells: str) -> list[str]:
        return [*cells, *[""] * (width - len(cells))][:width]

    out: list[tuple[str, list[str]]] = [("title", row(plan.info.title))]
    said = []
    if f"{plan.info.year}年" not in plan.info.title.replace(" ", ""):
        said.append(f"{plan.info.year}年")
    if (day := plan.info.effective) is not None:
        said.append(f"自{day.year}年{day.month}月{day.day}日起施行")
    if said:
        out.append(("year", row(f"（{'，'.join(said)}）")))
    out.append(("header", ["工作任务", "工作要求", "责任单位", "完成时限"][:width]))
    sections = {(part.no, s.no): s.title for part in plan.parts for s in part.sections}
    part_titles = {part.no: part.title for part in plan.parts}
    current: tuple[str, str | None] | None = None
    for task in plan.tasks:
        if current is None or current[0] != task.part:
            out.append(("part", row(f"{task.part}、{part_titles.get(task.part, '')}")))
            current = (task.part, None)
        if task.section is not None and current[1] != task.section:
            title = sections.get((task.part, task.section), "")
            out.append(("section", row(f"{task.section}{title}")))
            current = (task.part, task.section)
        for req in task.requirements:
            cell = write_cell(req.lead, req.support, req.mode, directory)
            out.append(
                ("requirement", row(f"{task.no}.{task.title}", req.text, cell, deadlines[req.id]))
            )
    return out


def _deadline_cell(req: Requirement, title: str) -> str:
    """The bases of the requirement's rules that its text and its task's
    title do not say, separated by "；"."""
    bases = (rule.basis for rule in req.due if rule.basis)
    return "；".join(dict.fromkeys(b for b in bases if b not in req.text and b not in title))


def plan_csv(plan: Plan, directory: Directory) -> bytes:
    """Every row complete (the task and unit cells repeated), so the file sorts
    and filters in Excel; UTF-8 with a BOM."""
    return csv_bytes([cells for _, cells in plan_rows(plan, directory)])


PLAN_WIDTHS = (24, 70, 26)
"""Widths of the task, requirement and unit columns (width units, a Chinese
character two): 120 together, one A4 landscape page at 100%; all three wrap."""
DEADLINE_WIDTHS = (24, 56, 26, 14)
"""The same 120 when a 完成时限 column follows (rules the texts do not say):
the requirement column gives up the deadline column's width."""


def write_plan_xlsx(plan: Plan, directory: Directory, path: Path) -> None:
    """The table as offices print it: title and part rows across the columns,
    each task cell merged down over its requirements, likewise a unit cell
    shared by consecutive requirements of a task."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet: Any = book.active
    sheet.title = "任务分解表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    rows = plan_rows(plan, directory)
    task_start: int | None = None
    unit_start: int | None = None
    previous: list[str] | None = None

    def close_merges(row: int, cells: list[str] | None) -> None:
        nonlocal task_start, unit_start
        same_task = cells is not None and previous is not None and cells[0] == previous[0]
        if task_start is not None and not same_task:
            if row - 1 > task_start:
                sheet.merge_cells(
                    start_row=task_start, end_row=row - 1, start_column=1, end_column=1
                )
            task_start = None
        same_unit = (
            same_task and cells is not None and previous is not None and cells[2] == previous[2]
        )
        if unit_start is not None and not same_unit:
            if row - 1 > unit_start:
                sheet.merge_cells(
                    start_row=unit_start, end_row=row - 1, start_column=3, end_column=3
                )
            unit_start = None

    for number, (kind, cells) in enumerate(rows, 1):
        close_merges(number, cells if kind == "requirement" else None)
        append_row(sheet, list(cells))
        if kind in ("title", "year", "part", "section"):
            sheet.merge_cells(
                start_row=number, end_row=number, start_column=1, end_column=len(cells)
            )
            sheet.cell(number, 1).font = Font(bold=True, size=14 if kind == "title" else 11)
            sheet.cell(number, 1).alignment = Alignment(
                wrap_text=True,
                vertical="center",
                horizontal="center" if kind in ("title", "year") else None,
            )
            previous = None
            continue
        for cell in sheet[number]:
            cell.border = border
            cell.alignment = wrap
        if kind == "header":
            for cell in sheet[number]:
                cell.font = Font(bold=True)
            previous = None
            continue
        if task_start is None:
            task_start = number
        if unit_start is None:
            unit_start = number
        previous = cells
    close_merges(len(rows) + 1, None)
    widths = PLAN_WIDTHS if sheet.max_column <= len(PLAN_WIDTHS) else DEADLINE_WIDTHS
    for letter, width in zip("ABCD", widths, strict=False):
        sheet.column_dimensions[letter].width = width
    # The title (and year) rows print once; the header row repeats on each page.
    header = next(n for n, (kind, _) in enumerate(rows, 1) if kind == "header")
    print_setup(sheet, header_rows=1, first_header_row=header)
    fit_rows(sheet)
    write_zipped(path, book.save)
