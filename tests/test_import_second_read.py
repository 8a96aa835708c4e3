"""`zwgk import` on what a second read of issue 15 found: a table whose first
heading is a section row, the header words the issue lists, the round trip of
a draft whose rules came from a 完成时限 column, the units and groups a draft
made inside a ledger holds, CSV encodings, and CSV cells a merge left empty."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_import_layouts import _xlsx

from conftest import REPO, zwgk
from zwgk.tables.sheet import Row, find_header


@pytest.fixture(autouse=True)
def _outside_any_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports run outside any ledger unless a test says otherwise."""
    monkeypatch.delenv("ZWGK_ROOT", raising=False)
    monkeypatch.chdir(tmp_path)


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    path.write_text("\r\n".join(",".join(row) for row in rows) + "\r\n", encoding)
    return path


def _draft(tmp: Path, table: Path, *args: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The json report of importing `table` outside any ledger, and the draft
    as export json (past errors: groups whose members are still to list)."""
    draft = tmp / "draft"
    run = zwgk(None, "import", str(table), "-o", str(draft), "--format", "json", *args)
    assert run.exit_code == 0, run.output
    exported = zwgk(draft, "export", "--format", "json", "--ignore-errors")
    return json.loads(run.stdout), json.loads(exported.stdout)


def _names(data: dict[str, Any], ids: list[str]) -> list[str]:
    named = {u["id"]: u["name"] for u in data["units"] + data["groups"]}
    return [named[i] for i in ids]


# --- R1: a section row before any part row ------------------------------------------


def test_a_section_row_first_opens_the_tables_part(tmp_path: Path) -> None:
    """No part rows, "（一）…" merged across: the first section row opens the
    table's one part and the section, as the second does; it is no task and
    its title no unit."""
    table = _xlsx(tmp_path / "市表.xlsx", [
        ["2021年某市政务公开任务分解表"],
        ["工作任务", "工作要求", "责任单位", "完成时限"],
        ["（一）加强政策解读"],
        ["1.做好解读", "解读政策", "市司法局", "6月底前"],
        ["2.回应关切", "回应", "市信访局", None],
        ["（二）推进财政公开"],
        ["3.预算公开", "公开预算", "市财政局", None],
    ], ["A1:D1", "A3:D3", "A6:D6"])  # fmt: skip
    report, data = _draft(tmp_path, table)
    assert data["parts"] == [{
        "no": "一", "title": "2021年某市政务公开任务分解表",
        "sections": [{"no": "（一）", "title": "加强政策解读"},
                     {"no": "（二）", "title": "推进财政公开"}],
    }]  # fmt: skip
    assert [(t["no"], t["title"], t["section"]) for t in data["tasks"]] == [
        (1, "做好解读", "（一）"), (2, "回应关切", "（一）"), (3, "预算公开", "（二）"),
    ]  # fmt: skip
    assert sorted(u["name"] for u in data["units"]) == ["市信访局", "市司法局", "市财政局"]
    assert [(n["row"], n["code"]) for n in report["notes"] if n["code"] != "unknown-unit"] == [
        (3, "no-part")
    ]


# --- R2: every header word the issue lists -------------------------------------------

# Issue 15, Build 1: 序号; 工作任务/重点任务/主要工作任务/重点工作; 工作要求/具体要求/
# 工作内容/任务内容/具体内容; 牵头单位; 配合单位/责任单位/配合/责任单位/责任部门/
# 责任科室; 完成时限/时限要求 — and spaces inside a word.
_TASK_WORDS = ["工作任务", "重点任务", "主要工作任务", "重点工作", "工   作   任   务"]
_TEXT_WORDS = ["工作要求", "具体要求", "工作内容", "任务内容", "具体内容"]
_SECOND_WORDS = [
    "配合单位", "责任单位", "配合", "配合/责任单位", "配合／责任单位", "配合(责任)单位",
    "责任/配合单位", "责任部门", "责任科室",
]  # fmt: skip
_WHEN_WORDS = ["完成时限", "时限要求", "完成时限", "时限要求", "完成时限"]


@pytest.mark.parametrize("second", _SECOND_WORDS)
@pytest.mark.parametrize(
    ("task", "text", "when"), zip(_TASK_WORDS, _TEXT_WORDS, _WHEN_WORDS, strict=True)
)
def test_every_header_word_of_the_issue_names_its_column(
    task: str, text: str, second: str, when: str
) -> None:
    header = Row(2, ("序号", task, text, "牵头单位", second, when))
    found = find_header([Row(1, ("2021年某省任务分解表",)), header])
    assert found == (1, {"no": 0, "task": 1, "text": 2, "units": 3, "support": 4, "when": 5})


def test_the_second_unit_column_headed_with_a_slash(tmp_path: Path) -> None:
    """牵头单位 | 配合/责任单位: the second column supports where a lead is
    named and answers where the 牵头 cell is empty (never the lead above)."""
    table = _csv(tmp_path / "省表.csv", [
        ["2021年某省政务公开任务分解表", "", "", "", "", ""],
        ["序号", "工作任务", "工作要求", "牵头单位", "配合/责任单位", "完成时限"],
        ["一、推进决策公开", "", "", "", "", ""],
        ["1", "推进决策公开", "公开决策", "省发展改革委", "省直有关部门", "2021年底前"],
        ["2", "做好规划公开", "公开规划纲要", "", "各设区市、省直各部门", "10月底前"],
    ])  # fmt: skip
    report, data = _draft(tmp_path, table)
    first, second = (task["requirements"][0] for task in data["tasks"])
    assert _names(data, first["lead"]) == ["省发展改革委"]
    assert _names(data, first["support"]) == ["省直有关部门"]
    assert _names(data, second["lead"]) == ["各设区市", "省直各部门"]
    assert second["mode"] == "each"
    assert not [n for n in report["notes"] if n["code"] == "column-left-out"]


# --- R8: a draft made inside a ledger ------------------------------------------------


def test_inside_a_ledger_the_draft_holds_only_the_units_and_groups_its_table_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run inside the shipped ledger (the repository): names are
    matched against its units.yaml, which the output names, but the draft gets
    only the units and groups the table names, never the other 40-odd."""
    table = _csv(tmp_path / "表.csv", [
        ["2021年某县政务公开任务分解表", "", ""],
        ["工作任务", "工作要求", "责任单位"],
        ["一、推进公开", "", ""],
        ["1.推进财政公开", "公开预算。", "县财政局"],
        ["2.推进镇街公开", "公开镇街信息。", "各镇（街道）、县档案馆"],
    ])  # fmt: skip
    draft = tmp_path / "draft"
    monkeypatch.chdir(REPO)
    run = zwgk(None, "import", str(table), "-o", str(draft))
    assert run.exit_code == 0, run.output
    assert f"单位按 {(REPO / 'data' / 'units.yaml').as_posix()} 匹配" in run.stdout
    data = json.loads(zwgk(draft, "export", "--format", "json").stdout)
    towns = {u["id"] for u in data["units"] if u["kind"] == "town"}
    assert [g["id"] for g in data["groups"]] == ["towns"]
    # 县财政局, the new 县档案馆, and the towns the group means (its kind)
    others = sorted(u["name"] for u in data["units"] if u["id"] not in towns)
    assert others == ["县档案馆", "县财政局"]
    assert towns and all(u["kind"] == "town" for u in data["units"] if u["id"] in towns)
    assert zwgk(draft, "validate").exit_code == 0


def test_outside_a_ledger_the_output_says_no_units_file(tmp_path: Path) -> None:
    table = _csv(tmp_path / "表.csv", [
        ["2021年某县政务公开任务分解表", "", ""],
        ["工作任务", "工作要求", "责任单位"],
        ["1.推进财政公开", "公开预算。", "县财政局"],
    ])  # fmt: skip
    report, _ = _draft(tmp_path, table, "--units", str(REPO / "data" / "units.yaml"))
    assert report["units_file"] == (REPO / "data" / "units.yaml").as_posix()
    run = zwgk(None, "--lang", "en", "import", str(table), "-o", str(tmp_path / "d2"))
    assert "No units directory (not inside a ledger, no --units): every unit is new" in run.stdout


# --- R11: an effective-date line that cannot be read ---------------------------------


@pytest.mark.parametrize(
    "line",
    ["（自2019年2月30日起施行）", "本表自2019年3月1日起施行，请认真抓好落实", "自印发之日起施行"],
)
def test_an_effective_line_that_gives_no_day_is_a_note(tmp_path: Path, line: str) -> None:
    table = _csv(tmp_path / "表.csv", [
        ["2019年某县政务公开任务分解表", "", ""],
        [line, "", ""],
        ["工作任务", "工作要求", "责任单位"],
        ["1.推进财政公开", "公开预算。", "县财政局"],
    ])  # fmt: skip
    report, _ = _draft(tmp_path, table)
    assert report["effective"] is None
    notes = [(n["row"], n["message"]) for n in report["notes"] if n["code"] == "unread-effective"]
    assert notes == [(0, f"表格上方的“{line}”像是生效日，但未能读出日期：请用 --effective 指定")]


def test_a_readable_effective_line_is_no_note(tmp_path: Path) -> None:
    table = _csv(tmp_path / "表.csv", [
        ["某县政务公开任务分解表", "", ""],
        ["（2019年，自2019年3月1日起施行）", "", ""],
        ["工作任务", "工作要求", "责任单位"],
        ["1.推进财政公开", "公开预算。", "县财政局"],
    ])  # fmt: skip
    report, _ = _draft(tmp_path, table)
    assert report["effective"] == "2019-03-01"
    assert not [n for n in report["notes"] if n["code"] == "unread-effective"]


# --- R9: CSV encodings ----------------------------------------------------------------

_SMALL = [
    ["2021年某县政务公开任务分解表", "", ""],
    ["工作任务", "工作要求", "责任单位"],
    ["1.推进财政公开", "公开预算。", "县财政局"],
]


@pytest.mark.parametrize("separator", [",", "\t"])
def test_a_csv_saved_as_utf16_is_read(tmp_path: Path, separator: str) -> None:
    """What WPS or Excel saves as "Unicode": UTF-16 with its BOM, cells
    separated by commas or (Excel's "Unicode text") tabs."""
    table = tmp_path / "表.csv"
    lines = [separator.join(row) for row in _SMALL]
    table.write_bytes("\r\n".join(lines).encode("utf-16"))
    report, data = _draft(tmp_path, table)
    assert (report["title"], report["tasks"]) == ("2021年某县政务公开任务分解表", 1)
    assert data["tasks"][0]["requirements"][0]["text"] == "公开预算。"


def test_a_csv_mixing_encodings_is_refused_at_its_line(tmp_path: Path) -> None:
    """UTF-8 lines and one typed in a GBK editor: no encoding reads it whole;
    the line of the first bad byte is named, never a codec's error."""
    table = tmp_path / "表.csv"
    lines = [",".join(row).encode() for row in _SMALL]
    lines.append("2.推进会议公开,邀请列席。,县委宣传部".encode("gb18030"))
    table.write_bytes(b"\r\n".join(lines))
    run = zwgk(None, "import", str(table), "-o", str(tmp_path / "d"))
    assert run.exit_code == 2
    assert f"{table} 第 4 行第 3 列起不是 UTF-8，整个文件也不是 GBK 或 UTF-16" in run.stderr
    assert "codec" not in run.stderr
    run = zwgk(None, "--lang", "en", "import", str(table), "-o", str(tmp_path / "d"))
    assert run.exit_code == 2
    assert "is not UTF-8 from line 4, column 3, nor GBK or UTF-16 as a whole" in run.stderr


# --- R3: export --plan → import keeps rules read from a 完成时限 column ---------------


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_draft_with_column_deadlines_round_trips(tmp_path: Path, suffix: str) -> None:
    """Rules read from a 完成时限 column (not from the requirement's words)
    travel in the exported table's 完成时限 column; those the text says are
    not written again."""
    table = _csv(tmp_path / "表.csv", [
        ["2022年某市政务公开任务分解表", "", "", ""],
        ["工作任务", "工作要求", "责任单位", "完成时限"],
        ["一、推进公开", "", "", ""],
        ["1.推进财政公开", "公开预算。", "市财政局", "2022年底前"],
        ["2.做好政策解读", "按季度解读政策。", "市司法局", "7月底前完成初稿，10月底前印发"],
        ["3.推进统计公开", "每月公开统计数据。", "市统计局", "持续推进"],
    ])  # fmt: skip
    _, before = _draft(tmp_path, table)
    assert [len(r["due"]) for t in before["tasks"] for r in t["requirements"]] == [1, 3, 1]
    exported = tmp_path / f"plan.{suffix}"
    run = zwgk(tmp_path / "draft", "export", "--plan", "--format", suffix, "-o", str(exported))
    assert run.exit_code == 0, run.output
    again = tmp_path / "again"
    units = tmp_path / "draft" / "data" / "units.yaml"
    run = zwgk(None, "import", str(exported), "-o", str(again), "--units", str(units))
    assert run.exit_code == 0, run.output
    after = json.loads(zwgk(again, "export", "--format", "json").stdout)
    assert after["tasks"] == before["tasks"]
    rows = {row[0]: row for row in _exported_rows(exported)}
    assert rows["工作任务"][3] == "完成时限"
    # 按季度 and 每月 are in the text: not repeated in the column
    assert [rows[f"{n}.{t}"][3] for n, t in ((1, "推进财政公开"), (3, "推进统计公开"))] == [
        "2022年底前", "",
    ]  # fmt: skip
    if suffix == "xlsx":
        # The fourth column takes its width from the requirement column: the
        # table still prints one A4 landscape page wide at 100%.
        from openpyxl import load_workbook

        sheet: Any = load_workbook(exported).active
        widths = [sheet.column_dimensions[c].width for c in "ABCD"]
        assert sum(widths) <= 120 and widths[3] >= 12


def _exported_rows(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        import csv

        return list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    from openpyxl import load_workbook

    sheet = load_workbook(str(path)).active
    assert sheet is not None
    return [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]


# --- R10: a CSV records no merged cells ------------------------------------------------


def test_csv_cells_a_merge_may_have_left_empty_are_notes(tmp_path: Path) -> None:
    """Excel writes a merged cell's value into its first row only: in a CSV
    an empty 牵头 cell under a filled one of the same task is read as written
    (the 责任单位 lead) with a note naming the lead above; an empty 完成时限 cell
    under a filled one is a note, never a guessed rule; both unit cells empty
    take the units above, with a note (the file cannot show a merge)."""
    table = _csv(tmp_path / "区表.csv", [
        ["2021年某区政务公开任务分解表", "", "", "", ""],
        ["工作任务", "工作要求", "牵头单位", "责任单位", "完成时限"],
        ["一、公开", "", "", "", ""],
        ["1.推进公开", "要求甲", "区财政局", "区统计局", "10月底前"],
        ["", "要求乙", "", "区审计局", ""],
        ["2.解读", "要求丙", "", "", ""],
    ])  # fmt: skip
    report, data = _draft(tmp_path, table)
    reqs = {r["id"]: r for t in data["tasks"] for r in t["requirements"]}
    assert _names(data, reqs["1.2"]["lead"]) == ["区审计局"]
    assert reqs["1.2"]["due"] == []
    assert _names(data, reqs["2.1"]["lead"]) == ["区审计局"]
    notes = [(n["row"], n["code"], n["message"]) for n in report["notes"]
             if n["code"] in ("lead-empty", "deadline-empty", "unit-from-above")]  # fmt: skip
    assert notes == [
        (5, "lead-empty", "牵头单位为空：按责任单位“区审计局”牵头；CSV 不记录合并单元格，"
                          "如原表牵头单元格与上一行合并，牵头应为“区财政局”，请核对"),
        (5, "deadline-empty", "要求 1.2 的完成时限为空，上一行为“10月底前”：CSV 不记录合并单元格，"
                              "如与上一行合并，请在 due: 中手工添加"),
        (6, "unit-from-above", "责任单位为空，沿用上一行的“区审计局”"),
    ]  # fmt: skip


def test_a_group_read_as_support_is_not_said_to_lead(tmp_path: Path) -> None:
    table = _csv(tmp_path / "省表.csv", [
        ["2021年某省政务公开任务分解表", "", "", ""],
        ["工作任务", "工作要求", "牵头单位", "配合单位"],
        ["1.推进公开", "公开决策", "省发展改革委", "各设区市"],
        ["2.做好解读", "解读政策", "各县（市、区）人民政府", ""],
    ])  # fmt: skip
    report, _ = _draft(tmp_path, table)
    groups = [n["message"] for n in report["notes"] if n["code"] == "new-group"]
    assert groups == [
        "“各设区市”指其中每个单位，暂记为单位组 group-1（无成员，各自配合）："
        "请在 units.yaml 中列出 members",
        "“各县（市、区）人民政府”指其中每个单位，暂记为单位组 group-2（无成员，按各自牵头）："
        "请在 units.yaml 中列出 members",
    ]


def test_english_counts_have_no_wrong_plural(tmp_path: Path) -> None:
    table = _csv(tmp_path / "表.csv", _SMALL)
    run = zwgk(None, "--lang", "en", "import", str(table), "-o", str(tmp_path / "d"))
    assert run.exit_code == 0, run.output
    assert "parts 1, tasks 1, requirements 1, deadline rules 0" in run.stdout
    assert "Notes to review: 2; rows with notes: 1" in run.stdout
    assert "1 parts" not in run.stdout and "1 tasks" not in run.stdout
