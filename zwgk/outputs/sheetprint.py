"""Print setup of every workbook zwgk writes (exports, the plan, 回执): what an
office expects when it presses Print in Excel or WPS — A4 landscape, all columns
on one page's width, the header rows repeated on each page, the header frozen
on screen."""

from __future__ import annotations

from typing import Any


def print_setup(sheet: Any, header_rows: int) -> None:
    """A4 landscape, fit to one page wide (as many pages down as it takes), the
    first `header_rows` rows repeated at the top of each printed page and frozen
    on screen, centred horizontally, page numbers in the footer."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    if header_rows > 0:
        sheet.print_title_rows = f"1:{header_rows}"
        sheet.freeze_panes = sheet.cell(row=header_rows + 1, column=1).coordinate
    # Excel's header/footer codes: &P the page, &N the number of pages.
    sheet.oddFooter.center.text = "&P / &N"
