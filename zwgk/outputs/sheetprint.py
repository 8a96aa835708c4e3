"""Print setup of every workbook zwgk writes (exports, the plan, 回执): what an
office expects when it presses Print in Excel or WPS — A4 landscape, all columns
on one page's width, the header rows repeated on each page, the header frozen
on screen, wrapped text in rows tall enough to show it.

Widths are Excel's unit (the width of a "0" in the default font, about 7
pixels; an A4 landscape page holds about 130 at 100%: 297 mm less Excel's
default 0.7-inch margins); a Chinese character takes two (`rich.cells.cell_len`,
the terminal's measure, is the same ratio). Excel and openpyxl never size a row
to its wrapped text when a file is written, so `fit_rows` works the heights
out: lines needed × `LINE_HEIGHT`.
"""

from __future__ import annotations

import math
from typing import Any

GLYPH_SLACK = 1.1
"""A Chinese character in the font Excel or WPS falls back to (DengXian, SimSun
at 11 points, about 15 pixels) is a little wider than two 7-pixel units, and
words wrap whole: lines are counted for a text this much wider, so a row is
rather a line too tall than a line too short."""

LINE_HEIGHT = 15.0
"""Points one line of 11-point text takes in a row (Excel's default row height)."""

PADDING = 3.0
"""Points above and below the text of a row."""


def print_setup(sheet: Any, header_rows: int, first_header_row: int = 1) -> None:
    """A4 landscape, fit to one page wide (as many pages down as it takes), the
    header — `header_rows` rows from `first_header_row` (a title above it is
    printed once, not repeated) — repeated at the top of each printed page,
    frozen on screen with everything above it, centred horizontally, page
    numbers in the footer."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    if header_rows > 0:
        last = first_header_row + header_rows - 1
        sheet.print_title_rows = f"{first_header_row}:{last}"
        sheet.freeze_panes = sheet.cell(row=last + 1, column=1).coordinate
    # Excel's header/footer codes: &P the page, &N the number of pages.
    sheet.oddFooter.center.text = "&P / &N"


def text_width(value: Any) -> int:
    """The width of a cell's longest line, in width units."""
    from rich.cells import cell_len

    if value is None:
        return 0
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return max((cell_len(line) for line in text.split("\n")), default=0)


def lines_needed(value: Any, width: float) -> int:
    """Lines a wrapped cell of `width` units takes for `value` (each line of
    the text wraps on its own; a unit of the width is kept for the cell's
    inner margins)."""
    from rich.cells import cell_len

    if value is None or value == "":
        return 1
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    room = max(width - 1, 1)
    return sum(max(1, math.ceil(cell_len(line) * GLYPH_SLACK / room)) for line in text.split("\n"))


def row_height(lines: int, size: float = 11) -> float:
    """Points a row needs for `lines` lines of text of `size` points."""
    return lines * LINE_HEIGHT * size / 11 + PADDING


def fit_rows(sheet: Any) -> None:
    """Give each row the height its wrapped text needs, and each merged range
    over several rows (a task cell over its requirements) rows that together
    are tall enough for its text: the shortfall is shared among its rows."""
    from openpyxl.utils import get_column_letter

    def width(first: int, last: int) -> float:
        total = 0.0
        for column in range(first, last + 1):
            dim = sheet.column_dimensions.get(get_column_letter(column))
            total += dim.width if dim is not None and dim.width else 8.43  # Excel's default
        return total

    def need(cell: Any, columns: tuple[int, int]) -> float:
        size = float(cell.font.sz or 11) if cell.font is not None else 11.0
        wrapped = cell.alignment is not None and cell.alignment.wrap_text
        lines = lines_needed(cell.value, width(*columns)) if wrapped else 1
        return row_height(lines, size)

    spans: dict[tuple[int, int], Any] = {}
    for merged in sheet.merged_cells.ranges:
        spans[merged.min_row, merged.min_col] = merged
    heights = {row: LINE_HEIGHT + PADDING for row in range(1, sheet.max_row + 1)}
    tall: list[tuple[Any, float]] = []
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            merged = spans.get((cell.row, cell.column))
            if merged is None:
                heights[cell.row] = max(heights[cell.row], need(cell, (cell.column, cell.column)))
                continue
            needed = need(cell, (merged.min_col, merged.max_col))
            if merged.min_row == merged.max_row:
                heights[cell.row] = max(heights[cell.row], needed)
            else:
                tall.append((merged, needed))
    for merged, needed in tall:
        rows = range(merged.min_row, merged.max_row + 1)
        short = needed - sum(heights[r] for r in rows)
        if short > 0:
            for r in rows:
                heights[r] += short / len(rows)
    for row, height in heights.items():
        sheet.row_dimensions[row].height = math.ceil(height * 10) / 10
