"""`zwgk notice --format xlsx`: the 回执 a unit fills, as `zwgk collect` reads
it back (the contract in zwgk/model/receipt.py)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from conftest import edit, zwgk
from reportkit import build
from zwgk.model.receipt import ANSWERS, COLUMNS, FILLED_BY_UNIT, FORMAT, read_key
from zwgk.outputs.receipt import sheet_titles

DAY = "2018-10-14"
KEYS = [key for key, _, _ in COLUMNS]
FIRST = 5  # rows 1-3 title, dates, instructions; row 4 the header


def _receipt(root: Path, out: Path, *extra: str, lang: str = "zh") -> Path:
    run = zwgk(root, "--lang", lang, "notice", "--unit", "czj", "--as-of", DAY, "-f", "xlsx",
               "-o", str(out), *extra)  # fmt: skip
    assert run.exit_code == 0, run.output
    return out


def _rows(sheet: Any) -> list[dict[str, Any]]:
    return [
        dict(zip(KEYS, row, strict=True))
        for row in sheet.iter_rows(min_row=FIRST, max_col=len(KEYS), values_only=True)
    ]


@pytest.fixture
def book(shipped: Path, tmp_path: Path) -> Any:
    """县财政局's 回执 on the shipped ledger at 2018-10-14."""
    out = _receipt(shipped, tmp_path / "回执")
    assert [p.name for p in out.iterdir()] == ["回执-县财政局-czj-2018-10-14.xlsx"]
    return load_workbook(out / "回执-县财政局-czj-2018-10-14.xlsx")


def test_rows_overdue_first_then_open_then_ongoing(book: Any) -> None:
    assert book.sheetnames == ["县财政局", "zwgk"]
    sheet = book["县财政局"]
    assert sheet["A1"].value == "督办回执 — 县财政局"
    assert "截至 2018-10-14" in sheet["A2"].value and "2018-10-17" in sheet["A2"].value
    assert [c.value for c in sheet[4]] == [zh for _, zh, _ in COLUMNS]
    rows = _rows(sheet)
    months = [f"2018-{m:02d}" for m in range(4, 10)]
    # What `zwgk status --unit czj` says on 10-14: 12 overdue (15.2 and 26.1,
    # April to September), 9 open, 29 ongoing; the notice lists the 12 only.
    overdue = [("15.2", m) for m in months] + [("26.1", m) for m in months]
    assert [(r["req"], r["period"]) for r in rows[:12]] == overdue
    assert {r["state"] for r in rows[:12]} == {"已逾期"}
    assert [(r["req"], r["period"]) for r in rows[12:21]] == [
        ("12.1", "2018"), ("15.2", "2018-10"), ("15.2", "2018-11"), ("15.2", "2018-12"),
        ("26.1", "2018-10"), ("26.1", "2018-11"), ("26.1", "2018-12"),
        ("48.1", "2018-12-31"), ("69.1", "2018-12-31"),
    ]  # fmt: skip
    assert {r["state"] for r in rows[12:21]} == {"未到期"}
    ongoing = rows[21:]
    assert len(ongoing) == 29 and {r["state"] for r in ongoing} == {"持续推进"}
    assert {(r["period"], r["due"]) for r in ongoing} == {(None, None)}
    assert ongoing[0]["req"] == "3.1"
    assert [r["no"] for r in rows] == list(range(1, 51))
    assert rows[0]["text"].startswith("继续做好月度财政收支信息公开工作")
    assert all(r[key] is None for r in rows for key in FILLED_BY_UNIT)


def test_dates_are_date_cells(book: Any) -> None:
    sheet = book["县财政局"]
    due = sheet.cell(row=FIRST, column=KEYS.index("due") + 1)
    assert due.is_date and due.value == dt.datetime(2018, 4, 30)
    assert due.number_format == "yyyy-mm-dd"
    for key in ("date", "until"):
        assert sheet.cell(row=FIRST, column=KEYS.index(key) + 1).number_format == "yyyy-mm-dd"


def test_keys_read_back(book: Any) -> None:
    sheet = book["县财政局"]
    rows = _rows(sheet)
    assert sheet.cell(row=4, column=len(KEYS)).value == "zwgk-key"
    keys = [read_key(r["key"]) for r in rows]
    assert keys[0] == ("15.2", "czj", "2018-04")
    assert keys[12] == ("12.1", "czj", "2018")
    assert keys[21] == ("3.1", "czj", None)
    assert keys == [(r["req"], "czj", r["period"]) for r in rows]
    assert len(set(keys)) == len(keys)


def test_locked_and_unlocked_cells(book: Any) -> None:
    sheet = book["县财政局"]
    assert sheet.protection.sheet is True and not sheet.protection.password
    last = sheet.max_row
    for column, key in enumerate(KEYS, 1):
        for row in (4, FIRST, last):
            cell = sheet.cell(row=row, column=column)
            assert cell.protection.locked is (row == 4 or key not in FILLED_BY_UNIT), (key, row)
    assert sheet.cell(row=1, column=1).protection.locked
    # The unit's columns are tinted (the header too); the ledger's are not.
    fill = sheet.cell(row=FIRST, column=KEYS.index("answer") + 1).fill
    assert fill.fill_type == "solid" and fill.fgColor.rgb.endswith("FFF2CC")
    assert sheet.cell(row=4, column=KEYS.index("note") + 1).fill.fill_type == "solid"
    assert sheet.cell(row=FIRST, column=KEYS.index("text") + 1).fill.fill_type is None


def test_answer_drop_down(book: Any) -> None:
    sheet = book["县财政局"]
    [choice] = sheet.data_validations.dataValidation
    assert choice.type == "list"
    assert choice.formula1 == '"已完成,推进中,申请不适用,申请延期"'
    assert str(choice.sqref) == f"G{FIRST}:G{sheet.max_row}"
    assert KEYS[6] == "answer"


def test_hidden_key_column_and_meta_sheet(book: Any) -> None:
    sheet = book["县财政局"]
    assert sheet.column_dimensions["L"].hidden
    assert not any(sheet.column_dimensions[c].hidden for c in "ABCDEFGHIJK")
    meta = book["zwgk"]
    assert meta.sheet_state == "hidden"
    values = {k: v for k, v in meta.iter_rows(values_only=True)}
    assert values == {
        "format": FORMAT,
        "as_of": "2018-10-14",
        "plan": "桓台县当前政务公开工作主要任务分解表",
        "year": "2018",
        "generated": "2018-10-14",
    }


def test_print_settings(book: Any) -> None:
    sheet = book["县财政局"]
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$4"
    assert sheet.freeze_panes == "A5"
    text = sheet.cell(row=FIRST, column=KEYS.index("text") + 1)
    assert text.alignment.wrap_text
    widths = {k: sheet.column_dimensions[chr(ord("A") + i)].width for i, k in enumerate(KEYS)}
    assert widths["text"] == max(widths.values()) and widths["text"] >= 50
    assert widths["no"] < widths["req"] < widths["text"]
    # Rows are as tall as their wrapped requirement text (LibreOffice would
    # leave them one line high).
    assert sheet.row_dimensions[FIRST].height > 3 * sheet.row_dimensions[4].height
    assert sheet["A1"].coordinate in sheet.merged_cells and "A1:K1" in sheet.merged_cells


def test_one_file_one_sheet_per_unit(shipped: Path, tmp_path: Path) -> None:
    out = tmp_path / "回执"
    run = zwgk(shipped, "notice", "-u", "jtj", "-u", "czj", "-u", "hbj", "--as-of", DAY,
               "-f", "xlsx", "--one-file", "-o", str(out))  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "3 个单位" in run.stderr
    assert [p.name for p in out.iterdir()] == ["回执-2018-10-14.xlsx"]
    book = load_workbook(out / "回执-2018-10-14.xlsx")
    # units.yaml order: 县财政局, 县环保局, 县教体局; the hidden sheet once.
    assert book.sheetnames == ["县财政局", "县环保局", "县教体局", "zwgk"]
    assert [s.sheet_state for s in book.worksheets] == ["visible"] * 3 + ["hidden"]
    for title, unit in (("县财政局", "czj"), ("县环保局", "hbj"), ("县教体局", "jtj")):
        sheet = book[title]
        keys = {read_key(r["key"]) for r in _rows(sheet)}
        assert keys and {k[1] for k in keys if k} == {unit}
        assert sheet.protection.sheet and sheet.data_validations.dataValidation
    assert _rows(book["县教体局"])[0]["state"] == "已逾期"


def test_sheet_titles_are_valid_and_unique() -> None:
    long = "县" * 40
    titles = sheet_titles(["县教体局", "县教体局", "a/b:c*", long, long, "ZWGK", "'x'", "?"])
    assert titles[:3] == ["县教体局", "县教体局 (2)", "a_b_c_"]
    assert titles[3] == "县" * 31 and titles[4] == "县" * 27 + " (2)"
    assert titles[5] == "ZWGK (2)"  # Excel compares titles ignoring case
    assert titles[6:] == ["x", "_"]
    assert all(len(t) <= 31 for t in titles)
    assert len({t.casefold() for t in titles}) == len(titles)


def test_english(shipped: Path, tmp_path: Path) -> None:
    out = _receipt(shipped, tmp_path / "out", lang="en")
    book = load_workbook(out / "receipt-县财政局-czj-2018-10-14.xlsx")
    sheet = book["县财政局"]
    assert [c.value for c in sheet[4]] == [en for _, _, en in COLUMNS]
    assert sheet.cell(row=4, column=len(KEYS)).value == "zwgk-key"
    [choice] = sheet.data_validations.dataValidation
    assert choice.formula1 == '"' + ",".join(en for _, _, en in ANSWERS) + '"'
    assert _rows(sheet)[0]["state"] == "overdue"
    assert sheet["A1"].value == "Reply form — 县财政局"


def test_due_soon_between_overdue_and_open(tmp_path: Path) -> None:
    # Friday 2018-09-28: January-August overdue, September due soon (two
    # make-up workdays away), the rest of the year open.
    ledger = build(tmp_path / "ledger")
    out = tmp_path / "out"
    run = zwgk(ledger, "notice", "-u", "jtj", "--as-of", "2018-09-28", "-f", "xlsx", "-o",
               str(out))  # fmt: skip
    assert run.exit_code == 0, run.output
    rows = _rows(load_workbook(out / "回执-县教体局-jtj-2018-09-28.xlsx")["县教体局"])
    states = [r["state"] for r in rows]
    assert states[:9] == ["已逾期"] * 8 + ["即将到期"] and rows[8]["period"] == "2018-09"
    assert "未到期" in states[9:]
    rank = ["已逾期", "即将到期", "未到期", "持续推进"]
    assert [rank.index(s) for s in states] == sorted(rank.index(s) for s in states)
    # The md notice still lists only what is overdue or due soon.
    notice = zwgk(ledger, "notice", "-u", "jtj", "--as-of", "2018-09-28")
    assert "| 2018-09 |" in notice.stdout and "| 2018-10 |" not in notice.stdout


def test_formula_like_text_stays_text(shipped: Path, tmp_path: Path) -> None:
    edit(shipped, "data/tasks.yaml", "text: 密切关注政府债务", "text: =密切关注政府债务")
    out = _receipt(shipped, tmp_path / "out")
    sheet = load_workbook(out / "回执-县财政局-czj-2018-10-14.xlsx")["县财政局"]
    [cell] = [c for c in sheet["C"] if isinstance(c.value, str) and c.value.startswith("=")]
    assert cell.data_type == "s" and cell.quotePrefix


def test_needs_a_folder(shipped: Path, tmp_path: Path) -> None:
    run = zwgk(shipped, "notice", "-u", "czj", "--as-of", DAY, "-f", "xlsx")
    assert run.exit_code == 2 and "xlsx" in run.stderr and "-o" in run.stderr
    assert run.stdout == ""
    file_name = zwgk(shipped, "notice", "-u", "czj", "-f", "xlsx", "-o", str(tmp_path / "a.xlsx"))
    assert file_name.exit_code == 2 and "文件夹" in file_name.stderr
    inside = zwgk(shipped, "notice", "-u", "czj", "-f", "xlsx", "-o", str(shipped / "data" / "x"))
    assert inside.exit_code == 2 and not (shipped / "data" / "x").exists()
    md = zwgk(shipped, "notice", "-u", "czj", "--one-file", "-o", str(tmp_path / "md"))
    assert md.exit_code == 2 and "--one-file" in md.stderr


def test_existing_files_refused_unless_force(shipped: Path, tmp_path: Path) -> None:
    out = _receipt(shipped, tmp_path / "out")
    path = out / "回执-县财政局-czj-2018-10-14.xlsx"
    path.write_bytes(b"the unit's filled copy")
    again = zwgk(shipped, "notice", "-u", "czj", "--as-of", DAY, "-f", "xlsx", "-o", str(out))
    assert again.exit_code == 2 and path.read_bytes() == b"the unit's filled copy"
    one = out / "回执-2018-10-14.xlsx"
    one.write_bytes(b"kept")
    refused = zwgk(shipped, "notice", "-u", "czj", "--as-of", DAY, "-f", "xlsx", "--one-file",
                   "-o", str(out))  # fmt: skip
    assert refused.exit_code == 2 and one.read_bytes() == b"kept"
    _receipt(shipped, out, "--force")
    assert load_workbook(path).sheetnames == ["县财政局", "zwgk"]


def test_report_has_no_xlsx(shipped: Path, tmp_path: Path) -> None:
    run = zwgk(shipped, "report", "--as-of", DAY, "-f", "xlsx", "-o", str(tmp_path / "r.xlsx"))
    assert run.exit_code == 2 and not (tmp_path / "r.xlsx").exists()


def test_opens_in_libreoffice(shipped: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = _receipt(shipped, tmp_path / "out")
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
         str(out / "回执-县财政局-czj-2018-10-14.xlsx")],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "pdf" / "回执-县财政局-czj-2018-10-14.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
