"""Deadline phrases as published decomposition tables print them, read into
rules wherever the table writes them: the deadline column, the requirement
text or the task title.

Sources of the phrases:
- issue 15, quoting published provincial and district tables: 2018年10月底前,
  每年至少1次, 按月, 月度、季度, 完成审批程序后1个工作日内, 2021年底前, 10月底前,
  7月底前…，10月底前…, 三季度前, 第三季度末, 全年, 不少于2次, 每日, 持续推进, 长期坚持;
- 池州市信访局 政务公开重点任务清单, 时限要求 column (年底前, 持续推进),
  https://xfj.chizhou.gov.cn/OpennessContent/show/1426818.html;
- 新乡市 新政办〔2020〕23号 (2020年年底前, 2022年6月底前),
  http://m.nbttlpb.cn/ztzl/zwgk/zcwj/1600136631420.html;
- a 乡级 政务公开事项标准目录, 公开时限 column (实时公开, 及时公开, 信息形成20个
  工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示),
  http://www.cnheaven.com/xgxxxgk/c129245k/202311/8f5cd28ca0bb417ca2873b06af6ca5ec.shtml.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import write, zwgk
from zwgk.tables.phrases import read_deadlines


def _rules(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in rule.items() if k != "basis"} for rule in found]


@pytest.mark.parametrize(
    ("cell", "rules", "unread"),
    [
        # the table: 3 rules found before
        (
            "2018年10月底前，每年至少1次，按月，月度、季度，完成审批程序后1个工作日内",
            [
                {"by": "2018-10-31"},
                {"at_least": 1, "per": "year"},
                {"every": "month"},
                {"every": "quarter"},
                {"after": "完成审批程序", "within": "1 workday"},
            ],
            [],
        ),
        ("2021年底前", [{"by": "2021-12-31"}], []),  # the year written, not the plan's
        ("2020年年底前", [{"by": "2020-12-31"}], []),
        ("三季度前", [{"by": "2022-09-30"}], []),
        ("第三季度末", [{"by": "2022-09-30"}], []),
        ("每年至少1次", [{"at_least": 1, "per": "year"}], []),
        ("月度、季度", [{"every": "month"}, {"every": "quarter"}], []),
        ("完成审批程序后1个工作日内", [{"after": "完成审批程序", "within": "1 workday"}], []),
        (
            "信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示",
            [{"after": "作出行政决定", "within": "7 workdays"}],
            ["20个工作日内"],  # formed when? a person decides
        ),
        # ongoing: read, no dated rule, nothing for review
        ("持续推进", [], []),
        ("长期坚持", [], []),
        ("全年", [], []),
        ("及时公开", [], []),
        # looks like a time limit, not read: for review, never guessed
        ("每日", [], ["每日"]),  # no rule has a daily period
        ("不少于2次", [], ["不少于2次"]),  # per what?
        ("一季度完成", [], ["一季度"]),
        ("实时公开", [], ["实时公开"]),  # a deadline cell nothing in is read
        ("—", [], []),  # no time limit
        # review R5: 十一月, 十二月 are no 一月, 二月
        ("十二月底前完成", [{"by": "2022-12-31"}], []),
        ("十一月底前", [{"by": "2022-11-30"}], []),
        ("每年十二月底前报送", [{"every": "year", "on": "12-31"}], []),
        ("两个工作日内", [], ["两个工作日内"]),
        # review R7: words between 至少 and the count; 每年年底前 is yearly
        ("每年至少开展2次", [{"at_least": 2, "per": "year"}], []),
        ("年内至少举办2次", [{"at_least": 2, "per": "year"}], []),
        ("年底前完成，每年至少开展2次", [{"by": "2022-12-31"}, {"at_least": 2, "per": "year"}], []),
        ("至少开展2次", [], ["至少开展2次"]),  # per what?
        ("每年年底前报送", [{"every": "year", "on": "12-31"}], []),
        ("本年度内完成", [{"by": "2022-12-31"}], []),  # 年内, as DESIGN.md reads it
        # no rule is due at the half year; 年度内 may mean each year: for review
        ("2022年上半年完成", [], ["上半年"]),
        ("下半年开展", [], ["下半年"]),
        ("年度内完成", [], ["年度内"]),
    ],
)
def test_deadline_cells_of_published_tables(
    cell: str, rules: list[dict[str, Any]], unread: list[str]
) -> None:
    found, left = read_deadlines([], 2022, cell)
    assert _rules(found) == rules
    assert left == unread


def test_every_rule_keeps_its_phrase_as_basis() -> None:
    found, _ = read_deadlines([], 2022, "7月底前完成摸底，10月底前全面完成，三季度前报送")
    assert found == [
        {"by": "2022-07-31", "basis": "7月底前"},
        {"by": "2022-10-31", "basis": "10月底前"},
        {"by": "2022-09-30", "basis": "三季度前"},
    ]


def test_rules_from_the_title_the_text_and_the_cell_each_once() -> None:
    """Review R4 and R11: the same periodic rule worded differently in the
    text, the title and the cell (按季度, 每季度; 月度, 每月) is one
    obligation, and a phrase left unread in all three is listed once."""
    found, left = read_deadlines(
        ["按季度更新，月度报送，每日公开办件信息", "2021年底前完成清单编制，每日公开"],
        2021,
        "每季度，每月，每日",
    )
    assert found == [
        {"every": "quarter", "basis": "按季度"},
        {"every": "month", "basis": "月度"},
        {"by": "2021-12-31", "basis": "2021年底前"},
    ]
    assert left == ["每日"]


def test_import_reads_deadlines_in_column_title_and_text(tmp_path: Path) -> None:
    """A 完成时限 column as offices fill it: milestones, 持续推进, 实时公开; a
    deadline in a task title applies to its requirements."""
    units = write(
        tmp_path, "units.yaml", "units:\n  - {id: bgs, name: 区政府办公室, kind: department}\n"
    )
    rows = [
        ["某区2021年政务公开工作要点任务分解表", "", "", "", ""],
        ["序号", "工作任务", "工作要求", "牵头单位", "完成时限"],
        ["一、推进重点领域公开", "", "", "", ""],
        ["1", "公开政策文件", "公开规范性文件目录。", "区政府办公室",
         "7月底前完成清理，10月底前公布目录"],
        ["2", "深化政策解读", "丰富解读形式。", "区政府办公室", "持续推进"],
        ["3", "三季度前完成专栏建设", "建设政务公开专栏。", "区政府办公室", ""],
        ["4", "公开办件信息", "公开审批结果。", "区政府办公室", "实时公开"],
    ]  # fmt: skip
    table = tmp_path / "t.csv"
    table.write_text("\r\n".join(",".join(r) for r in rows) + "\r\n", "utf-8-sig")
    run = zwgk(None, "import", str(table), "-o", str(tmp_path / "d"), "--units", str(units),
               "--year", "2021", "--format", "json")  # fmt: skip
    assert run.exit_code == 0, run.output
    notes = [(n["row"], n["code"]) for n in json.loads(run.stdout)["notes"]]
    assert notes == [(7, "unread-deadline")]  # 实时公开, nothing else
    exported = zwgk(tmp_path / "d", "export", "--format", "json", "--ignore-errors")
    due = [t["requirements"][0]["due"] for t in json.loads(exported.stdout)["tasks"]]
    assert due == [
        [{"by": "2021-07-31", "basis": "7月底前"}, {"by": "2021-10-31", "basis": "10月底前"}],
        [],
        [{"by": "2021-09-30", "basis": "三季度前"}],
        [],
    ]


def test_time_words_in_a_requirement_text_are_listed_not_dropped() -> None:
    """Review R7: in a requirement's text (not a deadline cell, which is listed
    whole when nothing in it is read) a count with no period and a half year
    are listed for review."""
    found, left = read_deadlines(["组织培训至少开展2次，上半年完成自查"], 2022)
    assert (found, left) == ([], ["至少开展2次", "上半年"])
