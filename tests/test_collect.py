"""`zwgk collect`: filled 回执 workbooks (the layout README's "Units that do not
use git" describes, its contract in `model/receipt.py`) read back into progress
entries through `record`'s path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import zwgk
from zwgk.model.receipt import COLUMNS, FORMAT, META_SHEET, make_key

AS_OF = "2018-10-14"
JTJ = "data/progress/2018/jtj.yaml"
HBJ = "data/progress/2018/hbj.yaml"

# One row: (req, unit, period) or None for a row added by hand, then what the
# unit filled in: answer, date, evidence, note, until.
Filled = tuple[tuple[str, str, str | None] | None, Any, Any, Any, Any, Any]


def receipt_sheet(book: Any, title: str, unit_name: str, rows: list[Filled],
                  extra_title_row: bool = False) -> None:  # fmt: skip
    """A unit's sheet as the contract lays it out: title, plan line,
    instructions, the header on row 4, one row per obligation."""
    sheet = book.create_sheet(title)
    sheet.append([f"督办回执 — {unit_name}"])
    if extra_title_row:
        sheet.append(["（单位自行插入的一行）"])
    sheet.append([f"测试计划  截至 {AS_OF}"])
    sheet.append(["请在灰色以外的列填写"])
    sheet.append([zh for _, zh, _ in COLUMNS])
    for number, (key, answer, date, evidence, note, until) in enumerate(rows, 1):
        if key is None and answer is None:
            sheet.append([])  # an empty row
            continue
        req, unit, period = key if key is not None else ("", "", None)
        sheet.append([
            number, req, "要求内容", period or "", None, "已逾期",
            answer, date, evidence, note, until,
            make_key(req, unit, period) if key is not None else None,
        ])  # fmt: skip


def write_receipt(path: Path, sheets: list[tuple[str, str, list[Filled]]],
                  extra_title_row: bool = False, meta: bool = True) -> Path:  # fmt: skip
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.worksheets[0])
    for title, unit_name, rows in sheets:
        receipt_sheet(book, title, unit_name, rows, extra_title_row)
    if meta:
        hidden = book.create_sheet(META_SHEET)
        for pair in (("format", FORMAT), ("as_of", AS_OF), ("plan", "测试计划"), ("year", 2018)):
            hidden.append(list(pair))
        hidden.sheet_state = "hidden"
    book.save(path)
    return path


JTJ_ROWS: list[Filled] = [
    (
        ("21.1", "jtj", "2018"),
        "已完成",
        dt.datetime(2018, 10, 12),
        "https://www.example.gov.cn/a",
        "已公开招生范围",
        None,
    ),
    (None, None, None, None, None, None),  # empty row
    (("12.1", "jtj", "2018"), None, None, None, None, None),  # not answered
    (("69.1", "jtj", "2018-12-31"), " 申请不适用 ", None, "招生办法.docx", "本单位无此职能", None),
    (("48.1", "jtj", "2018-12-31"), "申请延期", None, None, "人员不足", None),
    (None, "已完成", "2018-10-10", None, "手工添加的行", None),
]
HBJ_ROWS: list[Filled] = [
    (("23.1", "hbj", "2018-09"), "已完成", "2018.10.12", None, None, None),
    (("23.1", "hbj", "2018-Q3"), "已完成", 43385, None, None, None),
    (("12.1", "hbj", "2018"), "已完成", "2018/10/20", None, None, None),  # after --as-of
]


@pytest.fixture
def filled(shipped: Path) -> Path:
    sheets = [("县教体局", "县教体局", JTJ_ROWS), ("县环保局", "县环保局", HBJ_ROWS)]
    return write_receipt(shipped / "回执.xlsx", sheets)


def collect(root: Path, *args: str) -> Any:
    return zwgk(root, "collect", "--as-of", AS_OF, *args)


def test_collect_records_the_good_rows_and_refuses_the_others(shipped: Path, filled: Path) -> None:
    run = collect(shipped, "--yes", str(filled))
    assert run.exit_code == 1, run.output  # some rows refused, the good ones written
    jtj = (shipped / JTJ).read_text("utf-8")
    assert "req: '21.1'" in jtj and "period: '2018'" in jtj and "date: 2018-10-12" in jtj
    assert "evidence:" in jtj and "https://www.example.gov.cn/a" in jtj
    assert "69.1" not in jtj  # a request without --approved-by waits
    assert "48.1" not in jtj  # extension without 延至: refused
    assert "12.1" not in jtj  # not answered
    hbj = (shipped / HBJ).read_text("utf-8")
    assert hbj.count("status: done") == 2
    assert "period: 2018-09" in hbj and "period: 2018-Q3" in hbj
    assert hbj.count("date: 2018-10-12") == 2  # WPS text date and a serial number alike
    assert "12.1" not in hbj  # dated after --as-of: the entry checks refuse it
    out = run.output
    assert "待审批 1 条" in out and "69.1" in out
    assert "不能记录 3 行" in out
    # The entry check's words (as record says them), the 回执's column to fill.
    assert "回执.xlsx“县教体局”第 9 行：延期记录缺少 until（延至哪天）" in out
    assert "提示：在“延至”列填写延至哪天" in out
    assert "回执.xlsx“县教体局”第 10 行：这一行没有 zwgk-key" in out
    assert "回执.xlsx“县环保局”第 7 行：" in out
    assert zwgk(shipped, "validate").exit_code == 0

    status = zwgk(shipped, "status", "--as-of", AS_OF, "--format", "json")
    items = json.loads(status.stdout)["items"]
    closed = {(i["req"], i["unit"], i["period"]): i for i in items}
    assert closed["21.1", "jtj", "2018"]["completed"] == "2018-10-12"
    assert closed["21.1", "jtj", "2018"]["status"] == "late"  # due 2018-07-31
    assert closed["23.1", "hbj", "2018-Q3"]["completed"] == "2018-10-12"
    assert closed["12.1", "hbj", "2018"]["status"] == "open"

    # Again: nothing is recorded twice.
    before = {p: (shipped / p).read_bytes() for p in (JTJ, HBJ)}
    again = collect(shipped, "--yes", str(filled))
    assert {p: (shipped / p).read_bytes() for p in (JTJ, HBJ)} == before
    assert "已记录，跳过 3 行" in again.output
    assert "没有要写入的记录" in again.output

    # Approved: the request is recorded now, the rest still skipped.
    approved = collect(shipped, "--yes", "--approved-by", "县政府办公室", "--by", "张三",
                       str(filled))  # fmt: skip
    assert approved.exit_code == 1, approved.output
    jtj = (shipped / JTJ).read_text("utf-8")
    assert "status: exempt" in jtj and "approved_by: 县政府办公室" in jtj
    assert "date: 2018-10-14" in jtj  # no date given: the day it is collected
    assert "本单位无此职能" in jtj
    assert "佐证：招生办法.docx" in jtj  # a file the ledger does not hold: kept in the note
    assert "by: 张三" in jtj
    assert (shipped / HBJ).read_bytes() == before[HBJ]
    assert zwgk(shipped, "validate").exit_code == 0
    fourth = collect(shipped, "--yes", "--approved-by", "县政府办公室", str(filled))
    assert "没有要写入的记录" in fourth.output and "已记录，跳过 4 行" in fourth.output


def test_dry_run_and_no_terminal_write_nothing(shipped: Path, filled: Path) -> None:
    dry = collect(shipped, "--dry-run", str(filled))
    assert dry.exit_code == 0, dry.output
    assert "将记录 3 条" in dry.output and "21.1" in dry.output
    assert not (shipped / "data/progress/2018").exists()
    asked = collect(shipped, str(filled))  # CliRunner: no terminal, no --yes
    assert asked.exit_code == 2
    assert "将记录 3 条" in asked.output and "--yes" in asked.output
    assert not (shipped / "data/progress/2018").exists()


def test_a_terminal_is_asked_and_no_writes_nothing(
    shipped: Path, filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from conftest import APP

    monkeypatch.setattr("zwgk.cli.commands.collect._prompting", lambda: True)
    argv = ["--root", str(shipped), "collect", "--as-of", AS_OF, str(filled)]
    run = CliRunner().invoke(APP, argv, input="否\n")
    assert run.exit_code == 1
    stopped = CliRunner().invoke(APP, argv, input="")  # Ctrl-D at the question
    assert stopped.exit_code == 130
    assert "写入这 3 条记录吗" in run.output
    assert not (shipped / "data/progress/2018").exists()
    run = CliRunner().invoke(APP, argv, input="是\n")
    assert (shipped / JTJ).is_file() and (shipped / HBJ).is_file()


def test_reordered_sheets_an_inserted_row_and_no_hidden_sheet_still_read(shipped: Path) -> None:
    path = write_receipt(shipped / "copied.xlsx",
                         [("环保", "县环保局", HBJ_ROWS[:1]), ("教体", "县教体局", JTJ_ROWS[:1])],
                         extra_title_row=True, meta=False)  # fmt: skip
    run = collect(shipped, "--yes", str(path))
    assert run.exit_code == 0, run.output
    assert "date: 2018-10-12" in (shipped / JTJ).read_text("utf-8")
    assert "period: 2018-09" in (shipped / HBJ).read_text("utf-8")


def test_english_headers_and_answers_are_read(shipped: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.create_sheet("Receipt", 0)
    sheet.append(["Receipt"])
    sheet.append([en for _, _, en in COLUMNS])
    sheet.append([1, "21.1", "", "2018", None, "", "done", "2018年10月12日", None, None, None,
                  make_key("21.1", "jtj", "2018")])  # fmt: skip
    book.save(shipped / "en.xlsx")
    run = collect(shipped, "--yes", str(shipped / "en.xlsx"))
    assert run.exit_code == 0, run.output
    assert "date: 2018-10-12" in (shipped / JTJ).read_text("utf-8")


def test_the_same_answer_in_two_files_is_taken_once(shipped: Path) -> None:
    # A copy of the first file collected with it: the same answers, once, quietly.
    one = write_receipt(shipped / "a.xlsx", [("县教体局", "县教体局", JTJ_ROWS[:1])])
    two = write_receipt(shipped / "b.xlsx", [("县教体局", "县教体局", JTJ_ROWS[:1])])
    run = collect(shipped, "--yes", str(one), str(two))
    assert run.exit_code == 0, run.output
    assert "b.xlsx" not in run.output
    assert (shipped / JTJ).read_text("utf-8").count("status: done") == 1


def test_different_answers_for_one_item_are_refused_naming_both(shipped: Path) -> None:
    # A corrected copy collected with the first (R7): which one holds is the
    # office's call, so neither is taken; each names the other.
    first = JTJ_ROWS[0]
    corrected: Filled = (first[0], first[1], "2018-10-13", first[3], first[4], first[5])
    one = write_receipt(shipped / "a.xlsx", [("县教体局", "县教体局", [first])])
    two = write_receipt(shipped / "b.xlsx", [("县教体局", "县教体局", [corrected])])
    run = collect(shipped, "--yes", str(one), str(two))
    assert run.exit_code == 1, run.output
    assert "a.xlsx“县教体局”第 5 行：同一项在 " in run.output
    assert "b.xlsx“县教体局”第 5 行 的回答与此不同" in run.output
    assert "b.xlsx“县教体局”第 5 行：同一项在 " in run.output
    assert not (shipped / "data/progress/2018").exists()


@pytest.mark.parametrize(
    ("name", "content", "message", "code"),
    [
        ("回执.xls", b"\xd0\xcf\x11\xe0", "不是 .xlsx 文件", 2),
        ("回执.csv", "要求编号,完成情况\n".encode(), "另存为", 2),
        ("坏的.xlsx", b"not a zip", "不是可读取的 Excel 工作簿", 2),
    ],
)
def test_files_that_are_no_receipt_stop_the_run(
    shipped: Path, name: str, content: bytes, message: str, code: int
) -> None:
    (shipped / name).write_bytes(content)
    run = collect(shipped, "--yes", str(shipped / name))
    assert run.exit_code == code
    assert message in run.output and name in run.output


def test_a_workbook_without_a_key_column_is_no_receipt(shipped: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.create_sheet("Sheet2").append(["要求编号", "完成情况"])
    book.save(shipped / "plain.xlsx")
    run = collect(shipped, "--yes", str(shipped / "plain.xlsx"))
    assert run.exit_code == 2
    assert "plain.xlsx 不是 zwgk 回执" in run.output


@pytest.mark.parametrize(
    "value",
    [dt.datetime(2018, 10, 12), dt.date(2018, 10, 12), 43385, 43385.0, "2018.10.12",
     "2018/10/12", "2018年10月12日", " 2018-10-12 ", "2018-10-12 00:00:00", "２０１８．１０．１２",
     "43385"],
)  # fmt: skip
def test_dates_as_excel_and_clerks_write_them(shipped: Path, value: Any) -> None:
    from zwgk.tables.receipt import read_receipts

    row: Filled = (("21.1", "jtj", "2018"), "已完成", value, None, None, None)
    path = write_receipt(shipped / "d.xlsx", [("县教体局", "县教体局", [row])])
    [read] = read_receipts(path)
    assert read.date == dt.date(2018, 10, 12) and read.problem is None


def test_a_date_that_names_no_day_is_kept_as_typed() -> None:
    from zwgk.tables.receipt import _date

    assert _date("下周") == "下周"
    assert _date("2018.02.30") == "2018.02.30"
    assert _date("") is None


def test_personal_data_in_a_row_is_recorded_and_said(shipped: Path) -> None:
    rows: list[Filled] = [
        (("21.1", "jtj", "2018"), "已完成", "2018-10-12", None, "联系人电话 13812345678", None)
    ]
    path = write_receipt(shipped / "pii.xlsx", [("县教体局", "县教体局", rows)])
    run = collect(shipped, "--yes", str(path))
    assert run.exit_code == 0, run.output
    assert "13812345678" in (shipped / JTJ).read_text("utf-8")  # as record: written, then said
    assert "手机号" in run.stderr and "data/progress/2018/jtj.yaml" in run.stderr


def _damaged(source: Path, target: Path, part: str, change: Any) -> Path:
    """`source` with one part of the zip replaced by `change(its bytes)`."""
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, change(data) if item.filename == part else data)
    return target


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2]),  # cut in half
        ("xl/workbook.xml", lambda data: b"<notxml"),
        ("xl/worksheets/sheet1.xml", lambda data: data.replace(b"<v>", b"<v>abc", 1)),
    ],
    ids=["sheet-cut", "workbook-not-xml", "bad-number"],
)
def test_a_damaged_workbook_is_no_readable_workbook(shipped: Path, part: str, change: Any) -> None:
    # R1: the rows are read lazily, after the file is opened: damage found
    # then is the same "not a readable workbook", exit 2, never a traceback.
    from zwgk.tables.receipt import read_receipts

    good = write_receipt(shipped / "good.xlsx", [("县教体局", "县教体局", JTJ_ROWS[:1])])
    assert read_receipts(good)
    bad = _damaged(good, shipped / "bad.xlsx", part, change)
    run = collect(shipped, "--dry-run", str(bad))  # `zwgk` fails the test on a traceback
    assert run.exit_code == 2, run.output
    assert "bad.xlsx 不是可读取的 Excel 工作簿" in run.output


def test_a_request_that_cannot_be_recorded_is_refused_now(shipped: Path) -> None:
    # R2: a request is checked as record checks it, only the approver set
    # aside: an extension to a day before the entry's date, and a request
    # without its reason, are refused now, not left for approval.
    rows: list[Filled] = [
        (("12.1", "jtj", "2018"), "申请延期", None, None, "人员不足", "2018年10月1日"),
        (("69.1", "jtj", "2018-12-31"), "申请不适用", None, None, None, None),
        (("48.1", "jtj", "2018-12-31"), "申请延期", None, None, "人员不足", "2019-01-31"),
    ]
    path = write_receipt(shipped / "r.xlsx", [("县教体局", "县教体局", rows)])
    run = collect(shipped, "--dry-run", str(path))
    out = run.output
    assert "不能记录 2 行" in out and "待审批 1 条" in out
    assert "第 5 行：延期日 2018-10-01 不晚于记录日期 2018-10-14" in out
    assert "提示：“延至”填延至哪天，应晚于记录日期" in out
    assert "第 6 行：" in out and "提示：在“说明”列写明理由" in out
    assert out.index("待审批") < out.index("第 7 行：48.1")
    assert "--note" not in out and "--until" not in out  # the 回执's columns, not record's options


def test_an_until_on_a_row_that_asks_no_extension_is_the_entry_checks(shipped: Path) -> None:
    # R3: worded by the entry check validate runs on the same entry in a file.
    rows: list[Filled] = [
        (("21.1", "jtj", "2018"), "已完成", "2018-10-12", None, None, "2018-12-31"),
    ]
    path = write_receipt(shipped / "u.xlsx", [("县教体局", "县教体局", rows)])
    run = collect(shipped, "--yes", str(path))
    assert run.exit_code == 1, run.output
    assert "until（延至）只用于延期记录，这条是已完成" in run.output
    assert "清空“延至”列" in run.output
    from conftest import write

    write(shipped, JTJ, "- req: '21.1'\n  date: 2018-10-12\n  status: done\n  until: 2018-12-31\n")
    assert "until（延至）只用于延期记录" in zwgk(shipped, "validate").output


def test_a_completion_recorded_with_record_is_not_collected_again(shipped: Path) -> None:
    # R5: recorded without --period, it closes the 2018 instance; the 回执's
    # row names that instance: the same completion, skipped.
    recorded = zwgk(shipped, "record", "21.1", "-u", "jtj", "--done", "--date", "2018-10-12",
                    "--note", "已公开招生范围", "--as-of", AS_OF)  # fmt: skip
    assert recorded.exit_code == 0, recorded.output
    before = (shipped / JTJ).read_bytes()
    path = write_receipt(shipped / "a.xlsx", [("县教体局", "县教体局", JTJ_ROWS[:1])])
    run = collect(shipped, "--yes", str(path))
    assert run.exit_code == 0, run.output
    assert "已记录，跳过 1 行" in run.output and "--period" not in run.output
    assert (shipped / JTJ).read_bytes() == before


def test_a_second_completion_is_warned_without_record_options(shipped: Path) -> None:
    # R5: the done-twice warning says what to do in the 回执, not `--period`.
    recorded = zwgk(shipped, "record", "21.1", "-u", "jtj", "--done", "--date", "2018-10-10",
                    "--note", "首次公开", "--as-of", AS_OF)  # fmt: skip
    assert recorded.exit_code == 0, recorded.output
    path = write_receipt(shipped / "a.xlsx", [("县教体局", "县教体局", JTJ_ROWS[:1])])
    run = collect(shipped, "--dry-run", str(path))
    assert "将记录 1 条" in run.output and "注意：" in run.output
    assert "--period" not in run.output


def test_two_collects_at_once_write_each_row_once(
    shipped: Path, filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # R4: another clerk's collect of the same file runs to its end between
    # this one's reading of the ledger and its writing (the worst moment,
    # made certain): each row is in the files once, and this run says so.
    import os
    import subprocess
    import sys

    from conftest import REPO
    from zwgk.cli.commands import collect as command

    shown = command._preview
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZWGK_LANG": "zh", "TERM": "dumb"}
    env.pop("ZWGK_ROOT", None)

    def meanwhile(*args: Any) -> None:
        shown(*args)
        other = subprocess.run(
            [sys.executable, "-m", "zwgk", "--root", str(shipped), "collect", "--yes",
             "--as-of", AS_OF, str(filled)],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        assert "已写入 3 条记录" in other.stdout, other.stdout + other.stderr

    monkeypatch.setattr(command, "_preview", meanwhile)
    run = collect(shipped, "--yes", str(filled))
    assert "已写入 0 条记录" in run.output
    assert run.output.count("（刚由他人写入），跳过") == 3
    jtj = (shipped / JTJ).read_text("utf-8")
    assert jtj.count("req: '21.1'") == 1
    hbj = (shipped / HBJ).read_text("utf-8")
    assert hbj.count("status: done") == 2
