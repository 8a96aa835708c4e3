"""`zwgk import` and `zwgk export --plan`: decomposition tables in and out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, hang_guard, write, zwgk
from zwgk.ledger.load import load_ledger
from zwgk.tables.phrases import recognise
from zwgk.tables.unitcells import read_cell, write_cell

# Unit cells as the 2018 table prints them (line wraps joined), and the
# requirement whose units the shipped plan reads from each.
SEED_CELLS = [
    ("1.1", "各镇（街道）和县委农工办、县发改局、县民政局、县农业局等按职责分工分别牵头落实"),
    ("3.1", "县财政局、县金融办、人行、银监办按职责分工分别落实"),
    ("3.2", "县经信局、县安监局分别牵头落实"),
    ("3.3", "县公安局、县住建局、县交通运输局、县安监局、消防大队按职责分工分别负责落实"),
    ("3.4", "县公安局牵头，县政府各有关部门负责落实"),
    ("7.1", "县编办牵头，县政府有关部门负责落实"),
    ("8.1", "县发改局负责牵头落实"),
    ("10.1", "县发改局、县财政局按照责任分工分别落实"),
    ("16.1", "县发改局牵头，县政府各有关部门按照职责分别落实"),
    ("18.2", "县公共资源交易中心牵头，县政府有关部门配合落实"),
    ("19.1", "县扶贫办、县民政局、县食药监局、县环保局按照职责分别落实"),
    ("37.1", "县政务服务中心管理办公室和县信息中心按职责分工分别牵头，"
             "各镇（街道）、县政府各部门负责落实"),
    ("41.1", "县编办牵头，各镇（街道）、县政府各部门负责落实"),
    ("43.1", "县编办、县工商局、县国土局、县发改局、县规划局、县住建局等部门负责落实"),
    ("57.1", "县信息中心牵头，各镇（街道）、县政府各部门配合落实"),
    ("65.1", "县政府办公室牵头，各镇（街道），县政府各部门负责落实"),
]  # fmt: skip


# Cells the cell rules read as joint where the requirement's own text makes the
# shipped plan `each` (a judgement argued in data/tasks.yaml); import cannot know.
JUDGED_EACH = {"43.1"}


@pytest.mark.parametrize(("req_id", "cell"), SEED_CELLS)
def test_seed_unit_cells_read_as_the_shipped_plan(req_id: str, cell: str) -> None:
    ledger = load_ledger(REPO)
    assert ledger.plan is not None
    req = next(r for r in ledger.plan.requirements() if r.id == req_id)
    read = read_cell(cell, ledger.directory)
    mode = "joint" if req_id in JUDGED_EACH else req.mode
    assert req.mode == "each" or req_id not in JUDGED_EACH
    assert (read.lead, read.support, read.mode, read.unknown) == (
        req.lead,
        req.support,
        mode,
        (),
    )


def test_written_cells_read_back_for_every_requirement() -> None:
    ledger = load_ledger(REPO)
    assert ledger.plan is not None
    for req in ledger.plan.requirements():
        cell = write_cell(req.lead, req.support, req.mode, ledger.directory)
        read = read_cell(cell, ledger.directory)
        assert (read.lead, read.support, read.mode) == (req.lead, req.support, req.mode), cell


def test_deadline_phrases_give_the_shipped_rules() -> None:
    """Every requirement text of the 2018 plan yields exactly the rules the
    shipped plan encodes, basis included; only task 43's service targets are
    left for a person to judge."""
    ledger = load_ledger(REPO)
    assert ledger.plan is not None
    unread_in = []
    for req in ledger.plan.requirements():
        rules, unread = recognise(req.text, 2018)
        assert rules == [dict(rule.written) for rule in req.due], req.id
        if unread:
            unread_in.append(req.id)
    assert unread_in == ["43.1"]


@pytest.mark.parametrize(
    ("text", "rules", "unread"),
    [
        ("应在每季度结束后15日内公开", [{"every": "quarter", "grace": "15 days"}], []),
        ("每月终了后1个工作日内报送", [{"every": "month", "grace": "1 workday"}], []),
        ("6月底前完成清理", [{"by": "2019-06-30"}], []),
        ("9月15日前上报", [{"by": "2019-09-15"}], []),
        ("每年3月15日前公开上年度报告", [{"every": "year", "on": "03-15"}], []),
        ("每季度不少于1次", [{"at_least": 1, "per": "quarter"}], []),
        ("应于收到申请后15个工作日内答复", [{"after": "收到申请", "within": "15 workdays"}], []),
        ("及时公开，定期更新，严格按照法定时限办理", [], []),
        ("每月10日前公开上月数据", [{"rrule": "FREQ=MONTHLY;BYMONTHDAY=10"}], []),
        ("2020年3月底前完成", [{"by": "2020-03-31"}], []),
        ("10个工作日内办结", [], ["10个工作日内"]),
        ("2月30日前完成", [], ["2月30日前"]),
    ],
)
def test_more_phrases(text: str, rules: list[dict[str, object]], unread: list[str]) -> None:
    found, left = recognise(text, 2019)
    assert [{k: v for k, v in r.items() if k != "basis"} for r in found] == rules
    assert left == unread


# --- the round trip --------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_then_import_gives_the_same_plan(shipped: Path, suffix: str) -> None:
    table = shipped / f"plan.{suffix}"
    run = zwgk(shipped, "export", "--plan", "--format", suffix, "-o", str(table))
    assert run.exit_code == 0, run.output
    draft = shipped / "draft"
    # The year and the effective date travel in the line under the title, so
    # no flag at all.
    run = zwgk(shipped, "import", str(table), "-o", str(draft))
    assert run.exit_code == 0, run.output
    assert "8 个部分、69 项任务、81 条要求、14 条期限规则" in run.stdout
    assert "新增 0 个待核对" in run.stdout
    # Only task 43's service targets are left for review.
    assert run.stdout.count("像是时限") == 3
    before = json.loads(zwgk(shipped, "export", "--format", "json").stdout)
    after = json.loads(zwgk(draft, "export", "--format", "json").stdout)
    assert after == before
    assert zwgk(draft, "validate").exit_code == 0


def test_exported_xlsx_is_laid_out_like_an_office_table(shipped: Path) -> None:
    from openpyxl import load_workbook

    path = shipped / "plan.xlsx"
    assert zwgk(shipped, "export", "--plan", "--format", "xlsx", "-o", str(path)).exit_code == 0
    sheet = load_workbook(str(path)).active
    assert sheet is not None
    assert sheet["A1"].value == "桓台县当前政务公开工作主要任务分解表"
    # The title does not say the year: a line under it does, with the
    # effective date, for import.
    assert sheet["A2"].value == "（2018年，自2018年4月1日起施行）"
    assert [c.value for c in sheet[3]] == ["工作任务", "工作要求", "责任单位"]
    assert sheet["A4"].value == "一、围绕重大部署着力推进公开"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "A1:C1" in merged and "A2:C2" in merged and "A4:C4" in merged
    # Task 2 has two requirements: its task cell spans both rows.
    rows = {c.value: c.row for c in sheet["A"] if isinstance(c.value, str)}
    task2 = rows["2.围绕新旧动能转换重大工程做好公开"]
    assert f"A{task2}:A{task2 + 1}" in merged


# --- tables as offices send them ------------------------------------------------------

OFFICE_TITLE = "某县2019年政务公开工作要点任务分解表"


def _office_xlsx(path: Path) -> None:
    """A table with merged cells, a unit nobody knows and an odd deadline."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    rows: list[list[str | None]] = [
        [OFFICE_TITLE, None, None],
        ["工作任务", "工作要求", "责任单位"],
        ["一、推进重点领域公开", None, None],
        ["1．推进财政信息公开", "按月公开财政收支情况。", "县财政局"],
        [None, "应在每季度结束后15日内公开政府债务情况。", None],
        ["2.做好政策解读", "县委宣传部会同有关部门做好解读，10个工作日内办结。",
         "县委宣传部牵头，县教体局配合"],
        ["二、加强组织保障", None, None],
        ["3.加强培训", "年内开展培训不少于2次。", "各镇（街道），县政府各部门"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A3:C3")
    sheet.merge_cells("A4:A5")
    sheet.merge_cells("C4:C5")
    sheet.merge_cells("A7:C7")
    book.save(str(path))


def test_import_lists_unknown_units_and_unread_deadlines(shipped: Path) -> None:
    table = shipped / "某县.xlsx"
    _office_xlsx(table)
    draft = shipped / "draft"
    run = zwgk(shipped, "import", str(table), "-o", str(draft))
    assert run.exit_code == 0, run.output
    assert "2 个部分、3 项任务、4 条要求、3 条期限规则" in run.stdout
    assert "新增 1 个待核对" in run.stdout
    # The review report: counts, then what was not understood, by row.
    assert "单位组：2 个（各成员分别负责 2 个，泛指 0 个），新增 0 个待核对" in run.stdout
    assert "需要核对的 2 处，在 1 行：" in run.stdout
    row6 = run.stdout.split("  第 6 行：\n", 1)[1].splitlines()[:2]
    assert row6[0].startswith("    未知单位“县委宣传部”，暂记为 new-1")
    assert row6[1].startswith("    要求 2.1 中的“10个工作日内”像是时限")  # not 2.2
    data = json.loads(zwgk(draft, "export", "--format", "json").stdout)
    assert data["plan"]["year"] == 2019 and data["plan"]["title"] == OFFICE_TITLE
    tasks = {task["no"]: task for task in data["tasks"]}
    reqs = tasks[1]["requirements"]
    # The merged unit cell applies to both rows of task 1.
    assert [(r["id"], r["lead"], r["mode"]) for r in reqs] == [
        ("1.1", ["czj"], "joint"), ("1.2", ["czj"], "joint"),
    ]  # fmt: skip
    assert reqs[0]["due"] == [{"every": "month", "basis": "按月"}]
    assert reqs[1]["due"] == [
        {"every": "quarter", "grace": "15 days", "basis": "每季度结束后15日内"}
    ]
    second = tasks[2]["requirements"][0]
    assert (second["lead"], second["support"]) == (["new-1"], ["jtj"])
    assert second["due"] == []
    assert tasks[3]["part"] == "二"
    third = tasks[3]["requirements"][0]
    assert (third["lead"], third["mode"]) == (["towns", "departments"], "each")
    assert third["due"] == [{"at_least": 2, "per": "year", "basis": "年内开展培训不少于2次"}]
    units = (draft / "data/units.yaml").read_text("utf-8")
    assert "- {id: new-1, name: 县委宣传部, kind: other}  # 导入时新增，待核对" in units
    assert zwgk(draft, "validate").exit_code == 0
    machine = json.loads(
        zwgk(shipped, "import", str(table), "-o", str(shipped / "d2"), "--format", "json").stdout
    )
    assert {(n["row"], n["code"]) for n in machine["notes"]} == {
        (6, "unknown-unit"), (6, "unread-deadline"),
    }  # fmt: skip
    assert machine["new_units"] == [{"id": "new-1", "name": "县委宣传部", "kind": "other"}]
    assert (machine["parts"], machine["tasks"], machine["requirements"], machine["rules"]) == (
        2, 3, 4, 3,
    )  # fmt: skip
    assert machine["units"] == {"known": 2, "new": 1}
    assert machine["groups"] == {"total": 2, "each": 2, "vague": 0, "new": 0}
    assert [(r["row"], [n["code"] for n in r["notes"]]) for r in machine["rows"]] == [
        (6, ["unknown-unit", "unread-deadline"]),
    ]


def test_import_of_a_word_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offices circulate the table in Word, with merged cells; a ledger-less
    import gets the group names every county uses."""
    from docx import Document

    monkeypatch.chdir(tmp_path)  # outside any ledger: no units to match

    document = Document()
    document.add_paragraph(OFFICE_TITLE)
    table = document.add_table(rows=5, cols=3)
    cells = [
        ["工作任务", "工作要求", "责任单位"],
        ["一、推进重点领域公开", "", ""],
        ["1.推进财政信息公开", "按月公开财政收支情况。", "县财政局、县审计局分别牵头"],
        ["", "今年年底前完成清理。", ""],
        ["2.推进政务公开", "各镇（街道）要及时公开。", "各镇（街道）"],
    ]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(1, 2))
    table.cell(2, 0).merge(table.cell(3, 0))
    table.cell(2, 2).merge(table.cell(3, 2))
    path = tmp_path / "分解表.docx"
    document.save(str(path))
    run = zwgk(None, "import", str(path), "-o", str(tmp_path / "draft"))
    assert run.exit_code == 0, run.output
    assert "新增 2 个待核对" in run.stdout
    draft = tmp_path / "draft"
    data = json.loads(zwgk(draft, "export", "--format", "json").stdout)
    first, second = data["tasks"][0]["requirements"]
    assert first["lead"] == second["lead"] == ["new-1", "new-2"]
    assert first["mode"] == "each"
    assert second["due"] == [{"by": "2019-12-31", "basis": "今年年底前"}]
    town = data["tasks"][1]["requirements"][0]
    assert (town["lead"], town["mode"]) == (["towns"], "each")
    assert zwgk(draft, "validate").exit_code == 0


def test_csv_saved_by_excel_in_gbk(tmp_path: Path) -> None:
    text = (
        f"{OFFICE_TITLE},,\r\n工作任务,工作要求,责任单位\r\n一、推进公开,,\r\n"
        "1.推进财政信息公开,按月公开财政收支情况。,县财政局\r\n"
        ",按季度公开债务情况。,\r\n"
    )
    path = tmp_path / "分解表.csv"
    path.write_bytes(text.encode("gb18030"))
    units = write(
        tmp_path, "units.yaml", "units:\n  - {id: czj, name: 县财政局, kind: department}\n"
    )
    run = zwgk(None, "import", str(path), "-o", str(tmp_path / "d"), "--units", str(units))
    assert run.exit_code == 0, run.output
    data = json.loads(zwgk(tmp_path / "d", "export", "--format", "json").stdout)
    reqs = data["tasks"][0]["requirements"]
    # An empty CSV cell under a task or unit is the merged cell flattened.
    assert [(r["lead"], r["due"][0]["every"]) for r in reqs] == [(["czj"], "month"),
                                                                  (["czj"], "quarter")]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "args", "message"),
    [
        ("a.xls", b"x", [], "旧版 Office 格式"),
        ("a.txt", b"x", [], "只能导入"),
        ("a.csv", "标题,,\r\n任务,内容,单位\r\n".encode(), [], "找不到表头"),
        ("a.csv", "某县分解表,,\r\n工作任务,工作要求,责任单位\r\n".encode(), [], "--year"),
        ("a.xlsx", b"not a zip", [], "无法读取"),
        (
            "a.csv",
            "某县2019年表,,\r\n工作任务,工作要求,责任单位\r\n一、公开,,\r\n".encode(),
            [],
            "没有任务行",
        ),
    ],
)
def test_unusable_files_are_refused(
    tmp_path: Path, name: str, content: bytes, args: list[str], message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    run = zwgk(None, "import", str(path), "-o", str(tmp_path / "d"), *args)
    assert run.exit_code == 2, run.output
    assert message in run.output
    assert not (tmp_path / "d").exists()


def test_missing_file_and_existing_draft(shipped: Path) -> None:
    run = zwgk(shipped, "import", str(shipped / "nope.xlsx"), "-o", str(shipped / "d"))
    assert run.exit_code == 2 and "找不到文件" in run.output
    table = shipped / "某县.xlsx"
    _office_xlsx(table)
    assert zwgk(shipped, "import", str(table), "-o", str(shipped)).exit_code == 2  # data/ exists
    assert zwgk(shipped, "import", str(table), "-o", str(shipped / "d")).exit_code == 0
    before = (shipped / "d/data/tasks.yaml").read_bytes()
    run = zwgk(shipped, "import", str(table), "-o", str(shipped / "d"))
    assert run.exit_code == 2 and "--force" in run.output
    assert (shipped / "d/data/tasks.yaml").read_bytes() == before
    assert zwgk(shipped, "import", str(table), "-o", str(shipped / "d"), "--force").exit_code == 0


def test_export_plan_refuses_other_formats(shipped: Path) -> None:
    run = zwgk(shipped, "export", "--plan", "--format", "ics")
    assert run.exit_code == 2 and "--plan 只能导出为 csv 或 xlsx" in run.output


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\r\n".join(",".join(row) for row in rows) + "\r\n", "utf-8-sig")
    return path


def test_csv_with_number_and_deadline_columns(tmp_path: Path) -> None:
    """A 序号 column (Excel puts a merged part row into it), a 完成时限 column,
    numbering restarted in each part, phrases that are no valid rule, and a
    provisional id an earlier import left behind."""
    units = write(tmp_path, "units.yaml",
                  "units:\n  - {id: czj, name: 县财政局, kind: department}\n"
                  "  - {id: new-1, name: 县委宣传部, kind: other}\n")  # fmt: skip
    table = _csv(tmp_path / "t.csv", [
        [OFFICE_TITLE, "", "", "", ""],
        ["序号", "工作任务", "工作要求", "责任单位", "完成时限"],
        ["一、推进重点领域公开", "", "", "", ""],
        ["1", "推进财政信息公开", "公开预算执行情况。", "县财政局", "2019年9月底前"],
        ["2", "推进会议公开", "邀请列席不少于0次。", "县委宣传部、县档案馆", ""],
        ["二、加强组织保障", "", "", "", ""],
        ["1", "加强培训", "每年2月30日前报送。", "县财政局", ""],
    ])  # fmt: skip
    run = zwgk(None, "import", str(table), "-o", str(tmp_path / "d"), "--units", str(units),
               "--format", "json")  # fmt: skip
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout)
    assert report["parts"] == 2 and report["tasks"] == 3
    assert report["new_units"] == [{"id": "new-2", "name": "县档案馆", "kind": "other"}]
    codes = sorted((n["row"], n["code"]) for n in report["notes"])
    assert codes == [(5, "unknown-unit"), (5, "unread-deadline"), (7, "duplicate-number"),
                     (7, "unread-deadline")]  # fmt: skip
    unknown = [n["message"] for n in report["notes"] if n["code"] == "unknown-unit"]
    # worded for a plan of any level, not only a county's
    assert "类型 other；本级政府部门请改为 department" in unknown[0] and "县政府" not in unknown[0]
    unread = [n["message"] for n in report["notes"] if n["code"] == "unread-deadline"]
    assert any("不少于0次" in m for m in unread) and any("每年2月30日前" in m for m in unread)
    # numbering restarted in each part is an error export stops on: look past it
    exported = zwgk(tmp_path / "d", "export", "--format", "json", "--ignore-errors")
    data = json.loads(exported.stdout)
    first = data["tasks"][0]
    assert (first["no"], first["title"], first["part"]) == (1, "推进财政信息公开", "一")
    assert first["requirements"][0]["due"] == [{"by": "2019-09-30", "basis": "2019年9月底前"}]
    second = data["tasks"][1]["requirements"][0]
    assert second["lead"] == ["new-1", "new-2"]  # the existing new-1 keeps its name
    assert data["tasks"][2]["part"] == "二"


def _with_merge(path: Path, ref: str) -> None:
    """Add a merged range to the sheet as the file's XML: openpyxl itself
    would create every cell of a range this large."""
    import zipfile

    plain = path.read_bytes()
    path.unlink()
    source = path.with_suffix(".plain.xlsx")
    source.write_bytes(plain)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                merged = f'<mergeCell ref="{ref}"/></mergeCells>'.encode()
                data = data.replace(b"</mergeCells>", merged)
            dst.writestr(item, data)


def test_a_merged_range_over_the_whole_sheet_is_cut_to_the_table(shipped: Path) -> None:
    """A 20 KB file merging D1:XFD1048576 (17 billion cells) ran import past
    60 s at 2.9 GB; the range is read only where the table has values."""
    table = shipped / "某县.xlsx"
    _office_xlsx(table)
    _with_merge(table, "D1:XFD1048576")
    with hang_guard(30):
        run = zwgk(shipped, "import", str(table), "-o", str(shipped / "draft"))
    assert run.exit_code == 0, run.output
    assert "2 个部分、3 项任务、4 条要求、3 条期限规则" in run.stdout


def test_a_sheet_with_values_past_the_bounds_is_refused(shipped: Path) -> None:
    from openpyxl import load_workbook

    table = shipped / "某县.xlsx"
    _office_xlsx(table)
    book = load_workbook(str(table))
    book.active.cell(5001, 2, "x")  # type: ignore[union-attr]
    book.save(str(table))
    run = zwgk(shipped, "import", str(table), "-o", str(shipped / "draft"))
    assert run.exit_code == 2 and "超出 5000 行" in run.output and "某县.xlsx" in run.output
    assert not (shipped / "draft").exists()


@pytest.mark.parametrize(
    ("number", "task"),
    [("²", "推进公开"), ("1" * 5000, "推进公开"), ("", "9" * 5000 + ".推进公开")],
    ids=["superscript", "thousands-of-digits", "in-the-task-cell"],
)
def test_a_task_number_int_cannot_read_is_a_note(shipped: Path, number: str, task: str) -> None:
    """isdigit() holds for "²", and int() refuses thousands of digits: both
    ended import in a ValueError."""
    table = shipped / "表.csv"
    rows = ["某县2019年任务分解表", "序号,工作任务,工作要求,责任单位", "一、推进",
            f"{number},{task},按月公开。,县财政局"]  # fmt: skip
    write(shipped, "表.csv", "\n".join(rows) + "\n")
    run = zwgk(shipped, "import", str(table), "-o", str(shipped / "draft"))
    assert run.exit_code == 0, run.output
    assert "没有序号，暂编为 1" in run.stdout


def test_a_deadline_phrase_with_thousands_of_digits_gives_no_rule() -> None:
    """int() refuses thousands of digits: import ended in a ValueError."""
    assert recognise("公告公示时间原则上不得少于" + "9" * 5000 + "天", 2019) == ([], [])
    assert recognise("每年7月" + "3" * 5000 + "日前", 2019) == ([], [])


@pytest.mark.parametrize(
    ("line", "flag", "effective"),
    [
        ("（自2019年3月1日起施行）", None, "2019-03-01"),
        ("（2019年，自2019年3月1日起施行）", None, "2019-03-01"),
        ("（自2019年3月1日起施行）", "2019-05-06", "2019-05-06"),  # the clerk's word wins
        ("本表自2019年3月1日起施行，请各单位遵照执行", None, None),  # not the whole line
        ("（自2019年2月30日起施行）", None, None),  # no such day
    ],
)
def test_effective_date_read_from_the_line_under_the_title(
    tmp_path: Path, line: str, flag: str | None, effective: str | None
) -> None:
    table = _csv(tmp_path / "t.csv", [
        [OFFICE_TITLE, "", ""],
        [line, "", ""],
        ["工作任务", "工作要求", "责任单位"],
        ["一、推进重点领域公开", "", ""],
        # the same words inside the table are a requirement, never the plan's date
        ["1.推进财政信息公开", "（自2019年4月1日起施行）", "县财政局"],
    ])  # fmt: skip
    args = ["--effective", flag] if flag else []
    run = zwgk(None, "import", str(table), "-o", str(tmp_path / "d"), "--format", "json", *args)
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout)
    assert report["effective"] == effective
    assert report["title"] == OFFICE_TITLE


def test_exported_line_gives_only_what_the_title_does_not(shipped: Path) -> None:
    tasks = shipped / "data" / "tasks.yaml"
    text = tasks.read_text("utf-8")
    tasks.write_text(text.replace("桓台县当前政务公开", "桓台县2018年政务公开", 1), "utf-8")
    path = shipped / "plan.csv"
    assert zwgk(shipped, "export", "--plan", "--format", "csv", "-o", str(path)).exit_code == 0
    assert path.read_text("utf-8-sig").splitlines()[1] == "（自2018年4月1日起施行）,,"
