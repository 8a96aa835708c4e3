"""`zwgk import` of tables laid out as offices publish them: columns named
and ordered by each office's habit, two unit columns, part titles merged down
a first column, tasks without a requirement cell, cells merged over several
tasks, skipped numbers, and the year said under the title."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import write, zwgk

UNITS = """units:
  - {id: czj, name: 区财政局, kind: department}
  - {id: sjj, name: 区审计局, kind: department}
  - {id: tjj, name: 区统计局, kind: department}
  - {id: jyj, name: 区教育局, kind: department}
  - {id: fgj, name: 区发改局, kind: department}
groups: []
"""


def _xlsx(path: Path, rows: list[list[Any]], merges: list[str]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    book.save(str(path))
    return path


def _import(tmp: Path, table: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The json report of importing `table` and the draft as export json."""
    units = write(tmp, "units.yaml", UNITS)
    draft = tmp / "draft"
    run = zwgk(None, "import", str(table), "-o", str(draft), "--units", str(units),
               "--format", "json")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert zwgk(draft, "validate").exit_code == 0
    data = json.loads(zwgk(draft, "export", "--format", "json").stdout)
    return json.loads(run.stdout), data


def test_columns_by_meaning_and_two_unit_columns(tmp_path: Path) -> None:
    """Headers worded and spaced as a district office prints them (序  号,
    重点工作, 具　体　内　容 with full-width spaces), 牵头单位 beside 责任单位,
    and the 完成情况 and 备注 columns offices keep for progress."""
    table = _xlsx(tmp_path / "区表.xlsx", [
        ["附件1"],
        ["某区2021年政务公开工作要点任务分解表"],
        ["序  号", "重点工作", "具\u3000体\u3000内\u3000容", "牵头单位", "责任单位", "时限要求",
         "完成情况", "备注"],
        ["一、推进财政信息公开"],
        [1, "推进预算公开", "公开部门预算。", "区财政局", "区审计局、区统计局", "2021年9月底前",
         "已完成", ""],
        [2, "推进教育公开", "公开招生信息。", None, "区教育局、区发改局", None, None, None],
    ], ["A4:H4"])  # fmt: skip
    report, data = _import(tmp_path, table)
    assert (report["year"], report["title"]) == (2021, "某区2021年政务公开工作要点任务分解表")
    assert (report["parts"], report["tasks"], report["requirements"]) == (1, 2, 2)
    first = data["tasks"][0]["requirements"][0]
    assert (first["text"], first["lead"], first["support"]) == (
        "公开部门预算。", ["czj"], ["sjj", "tjj"],
    )  # fmt: skip
    assert first["due"] == [{"by": "2021-09-30", "basis": "2021年9月底前"}]
    # An empty 牵头 cell: the 责任单位 units answer.
    second = data["tasks"][1]["requirements"][0]
    assert (second["lead"], second["support"]) == (["jyj", "fgj"], [])
    left_out = [n for n in report["notes"] if n["code"] == "column-left-out"]
    assert [(n["row"], n["message"]) for n in left_out] == [
        (3, "“完成情况”列不属于计划，未导入"), (3, "“备注”列不属于计划，未导入"),
    ]  # fmt: skip


def test_part_titles_merged_down_the_first_column(tmp_path: Path) -> None:
    """A city's layout: 重点任务 merged down column A beside numbered tasks;
    a task with an empty 工作要求 cell, a unit cell and a requirement cell
    merged over several tasks, and task 3 missing from the printed numbers."""
    table = _xlsx(tmp_path / "市表.xlsx", [
        ["某市2021年政务公开重点任务分解表"],
        ["重点任务", "工作任务", "工作要求", "责任单位"],
        ["一、深化决策公开", "1.推进决策公开", "公开重大决策草案。", "区发改局"],
        [None, "2.做好政策解读", None, "区教育局"],
        [None, "4.回应社会关切", "及时回应。", None],
        ["二、加强组织保障", "5.加强培训", "按季度开展培训。", "区财政局"],
        [None, "6.加强考核", None, "区审计局"],
    ], ["A1:D1", "A3:A5", "A6:A7", "D4:D5", "C6:C7"])  # fmt: skip
    report, data = _import(tmp_path, table)
    assert [(p["no"], p["title"]) for p in data["parts"]] == [
        ("一", "深化决策公开"), ("二", "加强组织保障"),
    ]  # fmt: skip
    tasks = {task["no"]: task for task in data["tasks"]}
    assert list(tasks) == [1, 2, 4, 5, 6]  # numbers as printed
    assert [tasks[n]["part"] for n in tasks] == ["一", "一", "一", "二", "二"]
    # The task line is its own requirement.
    assert [r["text"] for r in tasks[2]["requirements"]] == ["做好政策解读"]
    # The unit cell merged over tasks 2 and 4 applies to each.
    assert tasks[2]["requirements"][0]["lead"] == tasks[4]["requirements"][0]["lead"] == ["jyj"]
    # The requirement cell merged over tasks 5 and 6 applies to each.
    assert [tasks[n]["requirements"][0]["text"] for n in (5, 6)] == ["按季度开展培训。"] * 2
    assert tasks[6]["requirements"][0]["due"] == [{"every": "quarter", "basis": "按季度"}]
    codes = {(n["row"], n["code"]) for n in report["notes"]}
    assert {(4, "task-as-requirement"), (5, "number-gap")} <= codes
    gap = next(n["message"] for n in report["notes"] if n["code"] == "number-gap")
    assert gap == "任务序号从 2 跳到 4：按表中序号保留，中间的序号空缺"


def test_a_table_of_tasks_only(tmp_path: Path) -> None:
    """序号 | 工作内容 | 牵头单位 | 配合单位: every row a task, its text the
    requirement; the year under the title."""
    table = _xlsx(tmp_path / "表.xlsx", [
        ["某县政务公开工作任务清单"],
        ["（2021年）"],
        ["序号", "工作内容", "牵头单位", "配合单位"],
        ["一、公开"],
        [1, "按月公开财政收支情况。", "区财政局", "区审计局"],
        [2, "公开招生信息。", "区教育局", None],
    ], ["A1:D1", "A2:D2", "A4:D4"])  # fmt: skip
    report, data = _import(tmp_path, table)
    assert (report["year"], report["title"]) == (2021, "某县政务公开工作任务清单")
    reqs = [task["requirements"] for task in data["tasks"]]
    assert [(r[0]["text"], r[0]["lead"], r[0]["support"]) for r in reqs] == [
        ("按月公开财政收支情况。", ["czj"], ["sjj"]), ("公开招生信息。", ["jyj"], []),
    ]  # fmt: skip


def test_a_header_of_two_rows(tmp_path: Path) -> None:
    """责任单位 merged over 牵头单位 | 配合单位, the other header cells merged
    down both rows, as provincial tables print it."""
    table = _xlsx(tmp_path / "省表.xlsx", [
        ["某省2021年政务公开工作要点任务分解表"],
        ["序号", "工作任务", "工作要求", "责任单位", None, "完成时限"],
        [None, None, None, "牵头单位", "配合单位", None],
        ["一、推进公开"],
        [1, "推进预算公开", "公开部门预算。", "区财政局", "区审计局", "2021年9月底前"],
    ], ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "A4:F4"])  # fmt: skip
    report, data = _import(tmp_path, table)
    assert (report["tasks"], report["requirements"]) == (1, 1)
    req = data["tasks"][0]["requirements"][0]
    assert (req["lead"], req["support"]) == (["czj"], ["sjj"])
    assert req["due"] == [{"by": "2021-09-30", "basis": "2021年9月底前"}]
    assert not [n for n in report["notes"] if n["code"] in ("no-number", "no-part")]


def test_titles_over_numbered_items_and_no_part_rows(tmp_path: Path) -> None:
    """惠州's layout: 工作任务 holds section titles merged down over numbered
    items in 具体措施, units in 落实单位, and no part row at all: the items are
    the tasks, the whole table one part titled as the table, with a note."""
    table = _xlsx(tmp_path / "市表.xlsx", [
        ["某市2022年政务公开重点工作任务分工方案"],
        ["目标任务", "具体措施", "落实单位"],
        ["（一）推进预算公开", "1.公开部门预算。", "区财政局"],
        [None, "2.公开部门决算。", "区审计局"],
        ["（二）推进教育公开", "3.公开招生信息。", "区教育局"],
    ], ["A1:C1", "A3:A4"])  # fmt: skip
    report, data = _import(tmp_path, table)
    assert data["parts"] == [{
        "no": "一", "title": "某市2022年政务公开重点工作任务分工方案",
        "sections": [{"no": "（一）", "title": "推进预算公开"},
                     {"no": "（二）", "title": "推进教育公开"}],
    }]  # fmt: skip
    tasks = [(t["no"], t["section"], [r["text"] for r in t["requirements"]]) for t in data["tasks"]]
    assert tasks == [
        (1, "（一）", ["公开部门预算。"]), (2, "（一）", ["公开部门决算。"]),
        (3, "（二）", ["公开招生信息。"]),
    ]  # fmt: skip
    assert [r["lead"] for t in data["tasks"] for r in t["requirements"]] == [
        ["czj"], ["sjj"], ["jyj"],
    ]  # fmt: skip
    notes = [(n["row"], n["message"]) for n in report["notes"] if n["code"] == "no-part"]
    assert notes == [(3, "表格没有“一、……”这样的部分行：任务归入部分 一，标题取表格标题"
                         "“某市2022年政务公开重点工作任务分工方案”，请核对")]  # fmt: skip


def test_unnumbered_part_titles_and_a_number_column(tmp_path: Path) -> None:
    """池州's layout: 工作任务 over two columns, unnumbered part titles merged
    down the first, only the task number in the second: parts are numbered
    in order with a note, and each requirement is its task's line."""
    table = _xlsx(tmp_path / "科室表.xlsx", [
        ["政务公开重点任务清单（2022年）"],
        ["工作任务", None, "具体要求", "责任科室"],
        ["推进预算公开", 1, "公开部门预算。", "区财政局"],
        ["做好教育公开", 2, "公开招生信息。", "区教育局"],
        [None, 3, "公开办学情况。", "区教育局"],
    ], ["A1:D1", "A2:B2", "A4:A5"])  # fmt: skip
    report, data = _import(tmp_path, table)
    assert [(p["no"], p["title"]) for p in data["parts"]] == [
        ("一", "推进预算公开"), ("二", "做好教育公开"),
    ]  # fmt: skip
    assert [(t["no"], t["title"], t["part"]) for t in data["tasks"]] == [
        (1, "公开部门预算。", "一"), (2, "公开招生信息。", "二"), (3, "公开办学情况。", "二"),
    ]  # fmt: skip
    numbered = [n["message"] for n in report["notes"] if n["code"] == "part-numbered"]
    assert numbered == [
        "部分标题“推进预算公开”没有序号，暂编为 一", "部分标题“做好教育公开”没有序号，暂编为 二",
    ]  # fmt: skip


def test_numbered_requirements_of_a_task_numbered_by_its_column(tmp_path: Path) -> None:
    """A 序号 column numbers the task: its requirements numbered 1., 2. stay
    requirements, the task title no part title."""
    table = _xlsx(tmp_path / "表.xlsx", [
        ["某区2022年政务公开工作任务分解表"],
        ["序号", "工作任务", "工作要求", "责任单位"],
        ["一、推进公开"],
        [1, "推进预算公开", "1.公开部门预算。", "区财政局"],
        [1, "推进预算公开", "2.公开部门决算。", "区审计局"],
    ], ["A1:D1", "A3:D3"])  # fmt: skip
    _, data = _import(tmp_path, table)
    assert [(p["no"], p["title"]) for p in data["parts"]] == [("一", "推进公开")]
    assert [(t["no"], t["title"], len(t["requirements"])) for t in data["tasks"]] == [
        (1, "推进预算公开", 2),
    ]
