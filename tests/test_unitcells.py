"""The 责任单位 cell of tables other offices publish (issue 15): units on
separate lines, long names wrapped over two lines, other names in brackets,
会同, groups of any level, a trailing 等."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write, zwgk
from zwgk.model.directory import Directory
from zwgk.model.plan import Unit
from zwgk.tables.unitcells import group_kind, read_cell

NOBODY = Directory({}, {})


@pytest.mark.parametrize(
    ("cell", "lead"),
    [
        # The district table of issue 15: one unit a line.
        ("区经济发展局\n区自然资源与生态环境局", ("区经济发展局", "区自然资源与生态环境局")),
        # A long name wrapped by the column width is one unit.
        ("区经济发展局\n区自然资源与生态\n环境局", ("区经济发展局", "区自然资源与生态环境局")),
        ("县人力资源和社会\n保障局\n县财政局", ("县人力资源和社会保障局", "县财政局")),
        # Spaces (full-width, as Word tables are typed) separate too.
        ("市发改委\u3000市财政局  市统计局", ("市发改委", "市财政局", "市统计局")),
        # A group's brackets hold no separators: 各县（市、区） is one group.
        ("各设区市、各县（市、区）", ("各设区市", "各县（市、区）")),
        ("各县（市、\n区）人民政府", ("各县（市、区）人民政府",)),
        # 潍坊市2017年政务公开工作要点实施方案 (bdocx.com/doc/5328372), wrapped as printed.
        (
            "市金融办、人民银行潍坊市中\n心支行、潍坊银监分局分别牵头落实",
            ("市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"),
        ),
    ],
)
def test_lines_and_spaces_separate_units_and_wrapped_names_join(
    cell: str, lead: tuple[str, ...]
) -> None:
    read = read_cell(cell, NOBODY)
    assert read.lead == lead
    assert read.unknown == lead


@pytest.mark.parametrize(
    ("cell", "lead"),
    [
        # Review R6: 城乡 ends no unit; it is a field of the name.
        ("区住房和城乡\n建设局", ("区住房和城乡建设局",)),
        # A line that is only an office is the office of the line before.
        ("区人民政府\n办公室", ("区人民政府办公室",)),
        ("省人民政府\n办公厅", ("省人民政府办公厅",)),
        ("区委机构编制委员会\n办公室", ("区委机构编制委员会办公室",)),
        ("区人民政府\n办公室\n区财政局", ("区人民政府办公室", "区财政局")),
        # A branch is named after its head body.
        ("国家税务总局\n某某区税务局", ("国家税务总局某某区税务局",)),
        ("中国人民银行\n某某中心支行", ("中国人民银行某某中心支行",)),
        ("国家税务总局\n区财政局", ("国家税务总局", "区财政局")),
        # 和 between two units, each with its level; not inside one name.
        ("区发改局和区财政局", ("区发改局", "区财政局")),
        ("区委宣传部及区文旅局", ("区委宣传部", "区文旅局")),
        ("县人力资源和社会保障局", ("县人力资源和社会保障局",)),
        ("区住房和城乡建设局", ("区住房和城乡建设局",)),
        ("区卫健局和市场监管局", ("区卫健局和市场监管局",)),  # 市场 is no level: not said
    ],
)
def test_wrapped_names_join_by_a_stated_rule(cell: str, lead: tuple[str, ...]) -> None:
    assert read_cell(cell, NOBODY).lead == lead


def test_a_line_in_brackets_is_the_other_name_of_the_line_before() -> None:
    read = read_cell("区委宣传部\n（区网信办）\n区财政局", NOBODY)
    assert read.lead == ("区委宣传部", "区财政局")
    assert read.aliases == (("区委宣传部", "区网信办"),)


def test_a_name_the_directory_knows_is_joined_across_lines() -> None:
    known = Directory({"kjj": Unit("kjj", "县科技局", "department")}, {})
    assert read_cell("县科\n技局\n县财政局", known).lead == ("kjj", "县财政局")


def test_a_line_ending_in_a_role_phrase_ends_its_clause() -> None:
    read = read_cell("县编办牵头\n县政府有关部门负责落实", NOBODY)
    assert (read.lead, read.support) == (("县编办",), ("县政府有关部门",))


def test_a_name_in_brackets_is_the_other_name() -> None:
    read = read_cell("区财政局（区国资委）、区审计局", NOBODY)
    assert read.lead == ("区财政局", "区审计局")
    assert read.aliases == (("区财政局", "区国资委"),)
    known = Directory({"gzw": Unit("gzw", "区国资委", "department")}, {})
    assert read_cell("区财政局（区国资委）", known).lead == ("gzw",)


@pytest.mark.parametrize("cell", ["省编办 (省审改办)", "省编办 （省审改办）", "省编办\n(省审改办)"])
def test_a_space_before_the_other_name_does_not_split_the_unit(cell: str) -> None:
    # 福建省人民政府办公厅, 2015年政府信息公开工作主要任务分解表, prints
    # "省编办 (省审改办)": one office under its two names, not a unit "（省审改办）".
    read = read_cell(cell + "，省直各部门", NOBODY)
    assert read.lead == ("省编办", "省直各部门")
    assert read.aliases == (("省编办", "省审改办"),)


def test_a_leads_together_with_b_and_c() -> None:
    read = read_cell("省财政厅会同省发展改革委、省审计厅", NOBODY)
    assert (read.lead, read.support) == (("省财政厅",), ("省发展改革委", "省审计厅"))


def test_a_trailing_etc_is_dropped_and_said() -> None:
    read = read_cell("县委宣传部、县文旅局等", NOBODY)
    assert (read.lead, read.dropped) == (("县委宣传部", "县文旅局"), ("等",))


@pytest.mark.parametrize(
    "name",
    ["各设区市", "各县（市、区）", "各乡镇人民政府（街道办事处）", "各片区管理局", "各区属事业单位",
     "各区属国企", "省直各部门", "区直各单位", "县政府各部门", "各科室"],
)  # fmt: skip
def test_groups_that_mean_each_member(name: str) -> None:
    assert group_kind(name) == "each"
    read = read_cell(name, NOBODY)
    assert (read.lead, read.mode, read.aliases) == ((name,), "each", ())


VAGUE = ["省直有关部门", "区直有关单位", "省直各相关部门", "县政府其他部门"]


@pytest.mark.parametrize("name", VAGUE)
def test_vague_groups(name: str) -> None:
    assert group_kind(name) == "vague"
    assert read_cell(name, NOBODY).mode == "joint"


def test_units_and_groups_of_a_provincial_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ledger-less import of a province's table: its groups become groups,
    each-groups flagged for their members, and no county group of the
    Huantai ledger (各镇（街道）, 县政府各部门 …) enters the draft."""
    monkeypatch.chdir(tmp_path)  # outside any ledger
    text = (
        "某省2021年政务公开工作要点任务分解表,,\r\n工作任务,工作要求,责任单位\r\n"
        "一、推进公开,,\r\n"
        '1.推进财政信息公开,按月公开财政收支情况。,"省财政厅\n省自然资源与生态\n环境厅"\r\n'
        "2.推进基层公开,各地要及时公开。,各设区市、省直各相关部门等\r\n"
        "3.做好解读,做好政策解读。,省政府办公厅会同省发展改革委（省粮食局）\r\n"
    )
    path = write(tmp_path, "分解表.csv", text)
    run = zwgk(None, "import", str(path), "-o", str(tmp_path / "d"), "--format", "json")
    assert run.exit_code == 0, run.output
    notes = {(n["row"], n["code"]) for n in json.loads(run.stdout)["notes"]}
    assert {(5, "new-group"), (5, "etc-dropped")} <= notes
    units = (tmp_path / "d/data/units.yaml").read_text("utf-8")
    assert "towns" not in units and "departments" not in units and "各镇" not in units
    assert "- {id: group-1, name: 各设区市}" in units
    assert "- {id: group-2, name: 省直各相关部门, vague: true}" in units
    assert "aliases: [省粮食局]" in units
    # The office lists the members of 各设区市 before the plan is used.
    check = zwgk(tmp_path / "d", "validate")
    assert check.exit_code == 1 and "单位组 group-1 没有成员" in check.output
    run = zwgk(tmp_path / "d", "export", "--format", "json", "--ignore-errors")
    data = json.loads(run.stdout)
    first, second, third = (task["requirements"][0] for task in data["tasks"])
    names = {u["id"]: u["name"] for u in data["units"]}
    assert [names[ref] for ref in first["lead"]] == ["省财政厅", "省自然资源与生态环境厅"]
    assert (second["lead"], second["mode"]) == (["group-1", "group-2"], "each")
    assert [names[ref] for ref in (*third["lead"], *third["support"])] == [
        "省政府办公厅",
        "省发展改革委",
    ]


def test_a_qualifier_of_function_before_the_role_is_left_out() -> None:
    """惠府办函〔2022〕68号: "市政府办公室、市司法局牵头，市直其他单位按职能分工落实"."""
    cell = read_cell("市政府办公室、市司法局牵头，市直其他单位按职能分工落实", NOBODY)
    assert cell.support == ("市直其他单位",)
