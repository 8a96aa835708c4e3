"""Printing (issue 16, "Print"): the HTML report and notice carry an A4 print
stylesheet (page numbers, headers repeated, no page holding a lone row or a
lone 无。), and every workbook zwgk writes prints on A4 landscape, fit to width,
its header repeated and frozen, texts wrapped in rows tall enough to show them."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from conftest import zwgk

AS_OF = "2018-10-14"
LINE = 15.0  # points a line of 11-point text needs (Excel's default row height)


def _css(html: str) -> tuple[str, str, str]:
    """(screen rules, @page rules, @media print rules) of the page's <style>."""
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style is not None
    css = re.sub(r"/\*.*?\*/", "", style.group(1), flags=re.S)
    page = _block(css, "@page")
    media = _block(css, "@media print")
    screen = css.replace(page, "").replace(media, "")
    return screen, page, media


def _block(css: str, at: str) -> str:
    """The text of the first `at { … }` block, nested braces included."""
    start = css.index(at)
    depth = 0
    for index in range(css.index("{", start), len(css)):
        depth += {"{": 1, "}": -1}.get(css[index], 0)
        if depth == 0:
            return css[start : index + 1]
    raise AssertionError(f"{at} not closed")


def _squash(css: str) -> str:
    return re.sub(r"\s+", " ", css)


def test_report_html_has_an_a4_print_stylesheet(shipped: Path) -> None:
    run = zwgk(shipped, "report", "--as-of", AS_OF, "--format", "html")
    assert run.exit_code == 0, run.output
    screen, page, media = (_squash(part) for part in _css(run.stdout))
    assert re.search(r"@page \{ size: A4; margin: [^;]+;", page)
    assert re.search(r'@bottom-center \{ content: "— " counter\(page\) " —";', page)
    assert "thead { display: table-header-group; }" in media
    assert re.search(r"[ ,]tr[ ,][^{]*\{ break-inside: avoid; \}", media)
    assert "tbody tr:first-child { break-after: avoid; }" in media
    assert "tbody tr:last-child { break-before: avoid; }" in media
    assert re.search(r"h2, h3[^{]*\{ break-after: avoid; \}", media)
    assert re.search(r"\.keep[^{]*\{ break-inside: avoid; \}", media)
    # No page per section: that is what left a lone 无。 on a page of its own.
    assert "break-before: page" not in media
    # Print rules only: the screen look has no page-break rules.
    assert not re.search(r"break-(before|after|inside)", screen) and "counter(" not in screen
    # The empty 本期完成情况 is one unbreakable block: its heading and its 无。.
    assert re.search(r'<section id="completed" class="keep">\s*<h2>[^<]+</h2>\s*'
                     r'<p class="none">无。</p>', run.stdout)  # fmt: skip


def test_notice_html_prints_like_the_report(shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "notices"
    run = zwgk(shipped, "notice", "--all", "--as-of", AS_OF, "--format", "html", "-o", str(out))
    assert run.exit_code == 0, run.output
    html = sorted(out.glob("*.html"))[0].read_text(encoding="utf-8")
    _, page, media = (_squash(part) for part in _css(html))
    assert "size: A4" in page and "counter(page)" in page
    assert "thead { display: table-header-group; }" in media
    assert "tbody tr:last-child { break-before: avoid; }" in media


def _tools() -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None or shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("needs chromium and poppler (pdftotext, pdfinfo)")
    return chromium


def test_printed_report_has_page_numbers_and_no_lonely_page(shipped: Path, tmp_path: Path) -> None:
    chromium = _tools()
    html = tmp_path / "report.html"
    run = zwgk(shipped, "report", "--as-of", AS_OF, "--format", "html", "-o", str(html))
    assert run.exit_code == 0, run.output
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}",
         "--no-pdf-header-footer", html.as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert pdf.is_file()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert match is not None
    pages = int(match.group(1))
    assert pages <= 6  # 8 when each section began a page of its own
    headers = {
        "要求 周期 到期日 逾期天数 要求内容",
        "单位 义务数 已完成 逾期完成 已逾期 即将到期 按时率 有记录 无记录",
    }
    for number in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), "-layout", str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        numbers = [line for line in lines if re.fullmatch(r"—\s*\d+\s*—", line)]
        assert [re.sub(r"\s", "", line) for line in numbers] == [f"—{number}—"], lines[-3:]
        body = [line for line in lines if line not in numbers]
        content = [line for line in body if line not in headers]
        # A page holds more than a heading and 无。, or a repeated header and one row.
        assert len(content) > 3, (number, body)
        assert content[-1] != "无。" or len(content) > 3


# --- workbooks -------------------------------------------------------------------


def _book(shipped: Path, tmp_path: Path, *args: str) -> Any:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    run = zwgk(shipped, "export", "--format", "xlsx", "-o", str(path), *args)
    assert run.exit_code == 0, run.output
    return load_workbook(str(path)).active


def _assert_prints_a4_landscape(sheet: Any, title_rows: str, frozen: str) -> None:
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.print_title_rows == title_rows
    assert sheet.freeze_panes == frozen
    assert "&P" in sheet.oddFooter.center.text


def _width(sheet: Any, first: int, last: int) -> float:
    from openpyxl.utils import get_column_letter

    return float(
        sum(sheet.column_dimensions[get_column_letter(c)].width for c in range(first, last + 1))
    )


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a cell `width` units wide (a Chinese
    character two units, one unit kept for the cell's margins)."""
    return sum(max(1, math.ceil(cell_len(line) / (width - 1))) for line in text.split("\n"))


def _assert_rows_tall_enough(sheet: Any) -> None:
    """Each wrapped text fits its rows: lines needed × line height ≤ the
    height of the row, or of all the rows a merged cell spans."""
    spans = {(m.min_row, m.min_col): m for m in sheet.merged_cells.ranges}
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            merged = spans.get((cell.row, cell.column))
            rows = range(cell.row, (merged.max_row if merged else cell.row) + 1)
            columns = (merged.min_col, merged.max_col) if merged else (cell.column, cell.column)
            height = sum(sheet.row_dimensions[r].height for r in rows)
            size = cell.font.sz or 11
            needed = _lines(cell.value, _width(sheet, *columns)) * LINE * size / 11
            assert needed <= height, (cell.coordinate, cell.value, needed, height)


def test_obligations_xlsx_prints_on_a4_landscape(shipped: Path, tmp_path: Path) -> None:
    from openpyxl.utils import get_column_letter

    sheet = _book(shipped, tmp_path, "--as-of", AS_OF)
    _assert_prints_a4_landscape(sheet, "$1:$1", "A2")
    names = [cell.value for cell in sheet[1]]
    text = get_column_letter(names.index("要求内容") + 1)
    due = get_column_letter(names.index("到期日") + 1)
    assert all(cell.alignment.wrap_text for cell in sheet[text][1:])
    assert all(cell.alignment.vertical == "top" for cell in sheet[text][1:])
    # The requirement text wide and wrapped; a date column fitted to a date.
    assert 40 <= sheet.column_dimensions[text].width <= 60
    assert 10 <= sheet.column_dimensions[due].width <= 14
    assert all(dim.width <= 60 for dim in sheet.column_dimensions.values())
    _assert_rows_tall_enough(sheet)


def test_plan_xlsx_repeats_its_header_row_and_fits_merged_task_cells(
    shipped: Path, tmp_path: Path
) -> None:
    sheet = _book(shipped, tmp_path, "--plan")
    # Title and year above the header print once; the header row repeats.
    assert [c.value for c in sheet[3]] == ["工作任务", "工作要求", "责任单位"]
    _assert_prints_a4_landscape(sheet, "$3:$3", "A4")
    # All three columns on one landscape page at 100% (≈130 units), text wrapped.
    assert _width(sheet, 1, 3) <= 130
    assert sheet.column_dimensions["B"].width >= 60
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, str) and cell.border.left.style == "thin":
                assert cell.alignment.wrap_text and cell.alignment.vertical == "center"
    tasks = [m for m in sheet.merged_cells.ranges if m.min_col == m.max_col == 1]
    assert len(tasks) >= 10  # task cells merged down over their requirements
    _assert_rows_tall_enough(sheet)
