"""tables/matching.py: a new year's requirements paired with last year's."""

from __future__ import annotations

from typing import Any

from conftest import REPO
from zwgk.ledger.load import load_ledger
from zwgk.ledger.plan import read_plan
from zwgk.ledger.yamlio import parse
from zwgk.tables.importer import build
from zwgk.tables.matching import Req, match, normalised, requirements
from zwgk.tables.planyaml import plan_text
from zwgk.tables.sheet import read_table

T2019 = REPO / "tests" / "fixtures" / "yearly" / "t2019.csv"


def req(
    rid: str,
    text: str,
    task: str = "任务",
    lead: tuple[str, ...] = ("zfb",),
    due: tuple[dict[str, Any], ...] = (),
    support: tuple[str, ...] = (),
    mode: str = "joint",
) -> Req:
    return Req(rid, task, text, lead, support, mode, due)


def summary(old: list[Req], new: list[Req]) -> dict[str, Any]:
    m = match(old, new, 2018, 2019)
    return {
        "pairs": [(p.new.id, p.old.id, p.changed) for p in m.pairs],
        "new": [r.id for r in m.new],
        "dropped": [r.id for r in m.dropped],
    }


LONG = "及时公开县委、县政府关于贯彻落实乡村振兴战略决策部署的政策举措，深入解读强农惠农政策"


def test_normalised_folds_width_spaces_punctuation_and_years() -> None:
    assert normalised("２０１８年底前， 公开 “三农” 政策。") == ("〇年底前公开三农政策", (2018,))
    assert (
        normalised("2019年底前公开三农政策")[0] == normalised("２０１８年底前，公开“三农”政策")[0]
    )


def test_year_bump_only_is_unchanged() -> None:
    old = [req("68.1", "将政务公开工作纳入2018年度全县经济社会综合考核指标", due=(
        {"by": "2018-12-31", "basis": "2018年底前"},))]  # fmt: skip
    new = [req("68.1", "将政务公开工作纳入2019年度全县经济社会综合考核指标", due=(
        {"by": "2019-12-31", "basis": "2019年底前"},))]  # fmt: skip
    assert summary(old, new)["pairs"] == [("68.1", "68.1", ())]


def test_a_year_that_did_not_move_with_the_plan_is_a_change() -> None:
    # a document number keeps its year: kept, unchanged; a target year moved
    # against the plan year (到2020年 → 到2022年) is a change of the text
    kept = "落实鲁政字〔2018〕125号文件，到2020年完成试点"
    assert summary([req("2.2", kept)], [req("2.1", kept)])["pairs"] == [("2.1", "2.2", ())]
    moved = "落实鲁政字〔2018〕125号文件，到2022年完成试点"
    assert summary([req("2.2", kept)], [req("2.1", moved)])["pairs"] == [("2.1", "2.2", ("text",))]


def test_reworded_is_changed_and_unrelated_is_new_and_dropped() -> None:
    old = [req("1.1", LONG), req("2.1", "推进政府网站部署互联网协议第六版，年内完成门户网站改造")]
    new = [
        req("1.1", LONG.replace("及时公开", "持续公开")),
        req("2.1", "集中公开减税降费政策措施，做好政策解读和办税指引"),
    ]
    assert summary(old, new) == {
        "pairs": [("1.1", "1.1", ("text",))],
        "new": ["2.1"],
        "dropped": ["2.1"],
    }


def test_units_and_deadlines_changes_are_named_but_not_a_reworded_basis() -> None:
    month = {"every": "month", "basis": "月度"}
    old = [
        req("1.1", LONG, lead=("swj",)),
        req("2.1", LONG + "招生", due=({"every": "year", "on": "07-31", "basis": "每年7月底前"},)),
        req("3.1", LONG + "财政", due=(month,)),
    ]
    new = [
        req("1.1", LONG, lead=("swj", "hbj"), mode="each"),
        req("2.1", LONG + "招生", due=({"every": "year", "on": "06-30", "basis": "每年6月底前"},)),
        req("3.1", LONG + "财政", due=({**month, "basis": "按月"},)),
    ]
    assert summary(old, new)["pairs"] == [
        ("1.1", "1.1", ("units",)),
        ("2.1", "2.1", ("due",)),
        ("3.1", "3.1", ()),
    ]


def test_one_to_one_with_near_duplicates_the_task_title_decides() -> None:
    # the same sentence required under two tasks (tasks 54/55 of 2018 differ
    # in a few words only), renumbered and in the other order next year
    same = "各级教育、生态环境、文化、旅游、卫生计生等主管部门要履行监管职责"
    old = [
        req("54.1", same, task="落实指导监管责任"),
        req("55.1", same, task="组织编制公开事项目录"),
    ]
    new = [
        req("55.1", same, task="组织编制公开事项目录"),
        req("56.1", same, task="落实指导监管责任"),
    ]
    assert summary(old, new)["pairs"] == [("55.1", "55.1", ()), ("56.1", "54.1", ())]
    # one of the twins dropped: the other is matched once, the dropped one listed
    only = summary(old, [req("55.1", same, task="组织编制公开事项目录")])
    assert only == {"pairs": [("55.1", "55.1", ())], "new": [], "dropped": ["54.1"]}
    # twins that are near, not equal: each new one takes its own, though each
    # also scores above the threshold against the other
    a, b = same + "，建立考核制度", same + "，组织编制目录"
    twins = summary([req("1.1", a), req("1.2", b)], [req("1.1", b), req("1.2", a)])
    assert twins["pairs"] == [("1.1", "1.2", ()), ("1.2", "1.1", ())]


def test_the_shipped_2018_plan_against_the_derived_2019_table() -> None:
    ledger = load_ledger(REPO)
    assert ledger.plan is not None
    draft = build(read_table(T2019), ledger.directory)
    rel = "data/plans/2019.yaml"
    new_plan, _ = read_plan(parse(plan_text(draft, rel, []), rel)[0], rel)
    assert new_plan is not None
    m = match(requirements(ledger.plan), requirements(new_plan), 2018, 2019)
    assert len(m.unchanged()) == 70
    assert [(p.new.id, p.old.id, p.changed) for p in m.changed()] == [
        ("3.1", "3.1", ("text",)),
        ("15.2", "15.2", ("text",)),  # 月度 → 按月: the same rule
        ("21.1", "21.1", ("text", "due")),  # 每年7月底前 → 每年6月底前
        ("23.2", "23.2", ("units",)),
        ("29.1", "29.1", ("text",)),  # the most reworded: scores 0.76
        ("57.1", "56.1", ("units",)),
        ("58.1", "57.1", ("text",)),
    ]
    assert [r.id for r in m.new] == ["9.1", "50.1", "50.2"]
    assert [r.id for r in m.dropped] == ["2.2", "9.1", "25.1", "58.1"]
    previous = m.previous()
    # renumbered after the new task 50; the twins 54/55 keep their partners
    assert (previous["55.1"], previous["56.1"]) == ("54.1", "55.1")
    assert previous["68.1"] == "68.1"  # 2018年度 → 2019年度 only: unchanged
    assert all(p.score >= 0.75 for p in m.pairs)


def test_a_plan_file_reads_previous() -> None:
    text = (REPO / "data" / "tasks.yaml").read_text(encoding="utf-8")
    text = text.replace('- id: "21.1"', '- id: "21.1"\n        previous: "20.1"', 1)
    plan, findings = read_plan(parse(text, "x.yaml")[0], "x.yaml")
    assert plan is not None and not [f for f in findings if f.level == "error"]
    matched, other = plan.requirement("21.1"), plan.requirement("1.1")
    assert matched is not None and matched.previous == "20.1"
    assert other is not None and other.previous is None
