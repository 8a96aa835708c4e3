"""Reorganisations (机构改革): `zwgk units rename/merge`, who answers for what
after the date, and validate's warning for entries under a unit that was gone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import edit, write, zwgk

UNITS = "data/units.yaml"


def _status(root: Path, as_of: str, *args: str) -> list[dict[str, Any]]:
    run = zwgk(root, "status", "--as-of", as_of, "--format", "json", *args)
    assert run.exit_code == 0, run.output
    items: list[dict[str, Any]] = json.loads(run.stdout)["items"]
    return items


def _of(items: list[dict[str, Any]], req: str) -> dict[str, tuple[str, str]]:
    """period -> (unit, status) for one requirement."""
    return {i["period"]: (i["unit"], i["status"]) for i in items if i["req"] == req}


def test_rename_splits_obligations_at_the_date(shipped: Path) -> None:
    """23.1 (县环保局, 按月 and 按季度): due before 2018-07-01 stays with 县环保局,
    due from then on is 县生态环境局's."""
    before = (shipped / UNITS).read_text("utf-8")
    run = zwgk(shipped, "units", "rename", "县环保局", "县生态环境局", "--id", "sthjj",
               "--on", "2018-07-01", "--basis", "桓编〔2018〕1号")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "县环保局 自 2018-07-01 起更名为 县生态环境局（sthjj）" in run.stdout
    after = (shipped / UNITS).read_text("utf-8")
    # Only the `changes: []` line became a block list: every byte before it stays.
    head = before[: before.index("changes: []")]
    assert after == head + (
        "changes:\n  - {on: 2018-07-01, rename: hbj, to: sthjj, name: 县生态环境局, "
        "basis: 桓编〔2018〕1号}\n"
    )
    periods = _of(_status(shipped, "2018-08-10"), "23.1")
    assert periods["2018-06"] == ("hbj", "overdue")
    assert periods["2018-Q2"] == ("hbj", "overdue")
    assert periods["2018-07"] == ("sthjj", "overdue")
    assert periods["2018-12"] == ("sthjj", "open")
    assert periods["2018-Q3"] == ("sthjj", "open")
    assert len(periods) == 12  # April-December and Q2-Q4 (effective 2018-04-01), each held once
    # History keeps the old name; --unit follows who answers.
    mine = _of(_status(shipped, "2018-08-10", "--unit", "县环保局"), "23.1")
    assert set(mine) == {"2018-04", "2018-05", "2018-06", "2018-Q2"}
    assert zwgk(shipped, "validate").exit_code == 0


def _shown(root: Path, what: str, as_of: str) -> str:
    """`zwgk show WHAT --as-of` as JSON: the accountable label of its one requirement."""
    run = zwgk(root, "show", what, "--as-of", as_of, "--format", "json")
    assert run.exit_code == 0, run.output
    [view] = json.loads(run.stdout)["requirements"]
    label: str = view["accountable"]
    return label


@pytest.mark.parametrize("as_of", ["2018-05-14", "2018-10-14"])
def test_show_and_status_name_the_same_holders_on_the_as_of_day(shipped: Path, as_of: str) -> None:
    """After a rename, `show --as-of` names who holds a requirement that day, as
    `status --as-of` does (show used to name every holder over time: 11 units
    for 5.1, "县环保局、县生态环境局" for 23.1)."""
    zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj", "--on", "2018-07-01")
    items = _status(shipped, as_of)
    # 5.1 (each, ongoing): every unit status holds that day, counted alike.
    units = {i["unit"] for i in items if i["req"] == "5.1"}
    assert len(units) == 10
    assert ("hbj" in units) is (as_of < "2018-07-01")
    assert _shown(shipped, "5.1", as_of) == f"{len(units)} 个单位各自完成"
    # 23.1 (joint, monthly): the holder of the month the day falls in.
    unit, _ = _of(items, "23.1")[as_of[:7]]
    name = {"hbj": "县环保局", "sthjj": "县生态环境局"}[unit]
    assert _shown(shipped, "23.1", as_of) == f"一项共同任务，由 {name} 负责，任一牵头单位完成即完成"
    text = zwgk(shipped, "show", "23", "--as-of", as_of).stdout
    assert f"由 {name} 负责" in text


def test_successor_records_and_predecessor_work_carries_on(shipped: Path) -> None:
    zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj", "--on", "2018-07-01")
    # The old unit's work before the date is its own; the new unit records its months.
    write(shipped, "data/progress/2018/hbj.yaml",
          "- {req: '23.1', date: 2018-06-25, status: done, period: 2018-06}\n"
          "- {req: '19.1', date: 2018-05-10, status: done}\n")  # fmt: skip
    run = zwgk(shipped, "record", "23.1", "--unit", "县生态环境局", "--done",
               "--date", "2018-08-03", "--period", "2018-07", "--as-of", "2018-08-10")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert (shipped / "data/progress/2018/sthjj.yaml").is_file()
    items = _status(shipped, "2018-08-10")
    periods = _of(items, "23.1")
    assert periods["2018-06"] == ("hbj", "done")
    assert periods["2018-07"] == ("sthjj", "late")
    # 19.1 is ongoing: on 2018-08-10 the successor answers, and the predecessor's
    # completion in May counts for it.
    ongoing = [(i["unit"], i["status"]) for i in items if i["req"] == "19.1"]
    assert ("sthjj", "done") in ongoing
    assert all(unit != "hbj" for unit, _ in ongoing)
    assert zwgk(shipped, "validate").exit_code == 0


def test_entries_under_a_gone_unit_are_a_warning(shipped: Path) -> None:
    zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj", "--on", "2018-07-01")
    write(shipped, "data/progress/2018/hbj.yaml",
          "- {req: '23.1', date: 2018-06-25, status: done}\n"
          "- {req: '23.1', date: 2018-07-20, status: done}\n")  # fmt: skip
    run = zwgk(shipped, "validate")
    assert run.exit_code == 0, run.output  # a warning, not an error
    assert "data/progress/2018/hbj.yaml:2" in run.stdout
    assert "县环保局 自 2018-07-01 起已更名或并入 县生态环境局，2018-07-20 已不存在" in run.stdout
    assert "县生态环境局（sthjj）" in run.stdout
    assert "hbj.yaml:1" not in run.stdout
    data = json.loads(zwgk(shipped, "validate", "--format", "json").stdout)
    assert [f["code"] for f in data["findings"]] == ["defunct-unit"]
    # record says the same, and still records (a late entry may be legitimate).
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-07-25",
               "--period", "2018-05")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "2018-07-25 已不存在" in run.output


def test_merge_into_a_new_unit(shipped: Path) -> None:
    """12.1 binds every department (年内……不少于2次, each for itself). After
    县工商局 and 县质监局 merge, the new unit owes the year once, and the entries
    both made before the merge count towards its two."""
    run = zwgk(shipped, "units", "merge", "县工商局", "县质监局", "--into", "县市场监管局",
               "--id", "scjgj", "--on", "2018-07-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "县工商局、县质监局 自 2018-07-01 起并入 县市场监管局（scjgj）" in run.stdout
    assert "{on: 2018-07-01, merge: [gsj, zhijian], into: scjgj, name: 县市场监管局}" in (
        shipped / UNITS
    ).read_text("utf-8")
    write(
        shipped, "data/progress/2018/gsj.yaml", "- {req: '12.1', date: 2018-03-05, status: done}\n"
    )
    write(shipped, "data/progress/2018/zhijian.yaml",
          "- {req: '12.1', date: 2018-05-07, status: done}\n")  # fmt: skip
    items = [i for i in _status(shipped, "2018-12-31") if i["req"] == "12.1"]
    held = [(i["unit"], i["status"]) for i in items if i["unit"] in {"gsj", "zhijian", "scjgj"}]
    assert held == [("scjgj", "done")]
    assert zwgk(shipped, "validate").exit_code == 0
    units = zwgk(shipped, "units")
    assert "2018-07-01 县工商局、县质监局 并入 县市场监管局" in units.stdout


def test_merge_into_an_existing_unit_and_a_second_change(shipped: Path) -> None:
    run = zwgk(shipped, "units", "merge", "syjj", "zhijian", "--into", "gsj", "--on", "2018-07-01")
    assert run.exit_code == 0, run.output
    run = zwgk(shipped, "units", "rename", "gsj", "县市场监管局", "--id", "scjgj",
               "--on", "2018-10-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    text = (shipped / UNITS).read_text("utf-8")
    assert text.endswith(
        "changes:\n"
        "  - {on: 2018-07-01, merge: [syjj, zhijian], into: gsj}\n"
        "  - {on: 2018-10-01, rename: gsj, to: scjgj, name: 县市场监管局}\n"
    )
    # 19.1 names 县食药监局 (each): its ongoing duty passes to 县工商局, then to
    # 县市场监管局.
    for as_of, holder in (("2018-06-30", "syjj"), ("2018-08-01", "gsj"), ("2018-11-01", "scjgj")):
        units = {i["unit"] for i in _status(shipped, as_of) if i["req"] == "19.1"}
        assert holder in units
        assert not ({"syjj", "gsj", "scjgj"} - {holder}) & units
    assert zwgk(shipped, "validate").exit_code == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["rename", "县环保", "县生态环境局", "--id", "x", "--on", "2018-07-01"],
            2,  # an unknown unit typed: a bad argument, as everywhere
            "没有单位 县环保",
        ),
        (["rename", "hbj", "县生态环境局", "--on", "2018-07-01"], 2, "请用 --id 给新单位一个编号"),
        (["rename", "各镇（街道）", "新", "--id", "x", "--on", "2018-07-01"], 1, "是单位组"),
        (["rename", "hbj", "县生态环境局", "--id", "Bad Id", "--on", "2018-07-01"], 1, "不合规"),
        (["rename", "hbj", "县生态环境局", "--id", "sthjj\n", "--on", "2018-07-01"], 1, "不合规"),
        (["rename", "hbj", "县生态环境局", "--id", "nul", "--on", "2018-07-01"], 1, "设备名"),
        (["rename", "hbj", "县生态环境局", "--id", "jtj", "--on", "2018-07-01"], 1, "已存在"),
        (["rename", "hbj", "县环保局", "--on", "2018-07-01"], 1, "不能承接自己"),
        (["merge", "gsj", "--into", "hbj", "--on", "2018-07-01"], 1, "至少要有两个单位"),
        (["rename", "hbj", "县生态环境局", "--id", "s", "--on", "2018-02-30"], 2, "不是有效日期"),
        (["rename", "hbj", "县生态环境局", "--id", "s"], 2, "缺少"),
    ],
)
def test_refusals_leave_units_yaml_untouched(
    shipped: Path, args: list[str], code: int, message: str
) -> None:
    before = (shipped / UNITS).read_bytes()
    run = zwgk(shipped, "units", *args)
    assert run.exit_code == code, run.output
    assert message in run.output
    assert (shipped / UNITS).read_bytes() == before


def test_a_unit_renamed_once_cannot_be_renamed_again(shipped: Path) -> None:
    zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj", "--on", "2018-07-01")
    before = (shipped / UNITS).read_bytes()
    run = zwgk(shipped, "units", "rename", "hbj", "县环境局", "--id", "hjj", "--on", "2018-09-01")
    assert run.exit_code == 1
    assert "县环保局 已于 2018-07-01 更名或并入 县生态环境局" in run.output
    assert (shipped / UNITS).read_bytes() == before


def test_changes_must_be_the_last_key(shipped: Path) -> None:
    """Appending anywhere but the end would move bytes a person wrote: refused."""
    edit(shipped, UNITS, "changes: []\n", "")
    edit(shipped, UNITS, "units:\n", "changes: []\nunits:\n")
    before = (shipped / UNITS).read_bytes()
    run = zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "s", "--on", "2018-07-01")
    assert run.exit_code == 1
    assert "changes: 不是最后一项" in run.output
    assert (shipped / UNITS).read_bytes() == before


def test_missing_changes_key_is_added(shipped: Path) -> None:
    edit(shipped, UNITS, "changes: []\n", "")
    before = (shipped / UNITS).read_text("utf-8")
    run = zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "s", "--on", "2018-07-01")
    assert run.exit_code == 0, run.output
    after = (shipped / UNITS).read_text("utf-8")
    assert after.startswith(before) and after[len(before) :].startswith("\nchanges:\n  - {on:")


def test_bad_changes_in_units_yaml_are_reported(shipped: Path) -> None:
    edit(shipped, UNITS, "changes: []\n",
         "changes:\n  - {on: 2018-07-01, rename: nosuch, to: hbj}\n"
         "  - {on: 2018-07-01, rename: hbj, to: sthjj}\n"
         "  - {on: 2018-07-01, merge: [gsj], into: hbj}\n")  # fmt: skip
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert "没有单位 nosuch" in run.stdout
    assert "没有单位 sthjj" in run.stdout and "写上 name: 新单位名称" in run.stdout
    assert "合并至少要有两个单位" in run.stdout


def test_rename_in_english(shipped: Path) -> None:
    run = zwgk(shipped, "--lang", "en", "units", "rename", "hbj", "县生态环境局", "--id", "sthjj",
               "--on", "2018-07-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "Recorded: 县环保局 is 县生态环境局 (sthjj) from 2018-07-01" in run.stdout
    assert "obligations due on or after 2018-07-01 are now 县生态环境局's" in run.stdout


def test_diff_shows_the_reorganisation_and_who_now_holds_what(shipped: Path) -> None:
    from gitkit import commit, git

    repo = shipped
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "计划")
    zwgk(repo, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj", "--on", "2018-07-01")
    run = zwgk(repo, "diff", "--as-of", "2018-08-10")
    assert run.exit_code == 0, run.output
    assert "新增 机构改革：2018-07-01 县环保局 更名为 县生态环境局" in run.stdout
    assert "23.1 县环保局 2018-07: 已逾期 → —" in run.stdout
    assert "23.1 县生态环境局 2018-07: — → 已逾期" in run.stdout
    assert "23.1 县环保局 2018-06" not in run.stdout  # due before the date: unchanged


def test_changes_cannot_loop(shipped: Path) -> None:
    """A unit merged into itself, or a successor already gone: refused, so that
    following successors always ends."""
    edit(shipped, UNITS, "changes: []\n",
         "changes:\n  - {on: 2018-07-01, rename: hbj, to: gsj}\n"
         "  - {on: 2018-08-01, rename: gsj, to: hbj}\n"
         "  - {on: 2018-09-01, merge: [jtj, czj], into: jtj}\n")  # fmt: skip
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert "hbj 已在第 " in run.stdout  # the second change names a unit gone by then
    assert "不能承接自己" in run.stdout
    # status refuses a plan with errors rather than follow the loop: a data
    # error (exit 1), as the other errors of the plan's files
    assert zwgk(shipped, "status", "--as-of", "2018-10-01").exit_code == 1


def test_two_units_into_one_on_different_days(shipped: Path) -> None:
    """少海街道 joins 索镇街道 in March, 田庄镇 in September: 12.1 (each town, at
    least twice a year) is owed once by 索镇街道 for 2018, and nobody's year is
    lost or counted twice."""
    assert (
        zwgk(
            shipped,
            "units",
            "merge",
            "少海街道",
            "索镇街道",
            "--into",
            "索镇街道",
            "--on",
            "2018-03-01",
        ).exit_code
        == 1
    )  # into one of the merged: refused
    edit(shipped, UNITS, "changes: []\n",
         "changes:\n  - {on: 2018-03-01, rename: shaohai, to: suozhen}\n"
         "  - {on: 2018-09-01, rename: tianzhuang, to: suozhen}\n")  # fmt: skip
    assert zwgk(shipped, "validate").exit_code == 0
    write(shipped, "data/progress/2018/shaohai.yaml",
          "- {req: '12.1', date: 2018-02-10, status: done}\n")  # fmt: skip
    write(shipped, "data/progress/2018/tianzhuang.yaml",
          "- {req: '12.1', date: 2018-05-10, status: done}\n")  # fmt: skip
    items = [i for i in _status(shipped, "2018-12-31") if i["req"] == "12.1"]
    towns = [(i["unit"], i["status"]) for i in items
             if i["unit"] in {"suozhen", "shaohai", "tianzhuang"}]  # fmt: skip
    # the year falls due on 12-31, after both changes: 索镇街道 holds it, once,
    # and the two entries made before the changes are its two.
    assert towns == [("suozhen", "done")]
    # 1.1 is ongoing: in June 田庄镇 still answers for itself, 少海街道 no longer.
    june = {i["unit"] for i in _status(shipped, "2018-06-01") if i["req"] == "1.1"}
    assert {"suozhen", "tianzhuang"} <= june and "shaohai" not in june


def test_entries_count_once_around_a_rename(shipped: Path) -> None:
    zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj", "--on", "2018-07-01")
    # The old unit, late, after the rename: closes its own oldest month only.
    write(shipped, "data/progress/2018/hbj.yaml",
          "- {req: '23.1', date: 2018-07-10, status: done}\n")  # fmt: skip
    periods = _of(_status(shipped, "2018-08-10"), "23.1")
    assert periods["2018-04"] == ("hbj", "late")
    assert periods["2018-07"] == ("sthjj", "overdue")
    # The successor clears the old unit's June by naming it; its plain entry is
    # its own work (August, the month it falls in), not the old unit's backlog.
    assert zwgk(shipped, "record", "23.1", "--unit", "sthjj", "--done", "--date", "2018-08-02",
                "--period", "2018-06").exit_code == 0  # fmt: skip
    # (Written to the file: record asks which of August and Q3 it is.)
    sthjj = shipped / "data/progress/2018/sthjj.yaml"
    plain = "- {req: '23.1', date: 2018-08-03, status: done}\n"
    sthjj.write_text(sthjj.read_text("utf-8") + plain, "utf-8")
    periods = _of(_status(shipped, "2018-08-10"), "23.1")
    assert periods["2018-06"] == ("hbj", "late")
    assert periods["2018-08"] == ("sthjj", "done")
    assert periods["2018-07"] == ("sthjj", "overdue")
    assert periods["2018-05"] == ("hbj", "overdue")
    # The successor sees the backlog it inherited.
    mine = _of(_status(shipped, "2018-08-10", "--unit", "sthjj"), "23.1")
    assert "2018-05" in mine and "2018-07" in mine


def test_hand_written_changes_in_the_wrong_order_or_blank(shipped: Path) -> None:
    run = zwgk(shipped, "units", "rename", "jtj", " ", "--id", "x", "--on", "2018-07-01")
    assert run.exit_code == 1 and "新单位的名称为空" in run.output
    edit(shipped, UNITS, "changes: []\n",
         "changes:\n  - {on: 2018-07-01, rename: hbj, to: sthjj, name: 县生态环境局}\n"
         "  - {on: 2018-03-01, rename: sthjj, to: hjj, name: 县环境局}\n"
         "  - {on: 2018-07-01, rename: gsj, to: scj, name: ' '}\n")  # fmt: skip
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert "sthjj 于 2018-03-01 更名或并入他单位，早于第" in run.stdout
    assert "新单位的名称为空" in run.stdout


@pytest.mark.parametrize("link", [UNITS, f"{UNITS}.lock"])
def test_rename_never_writes_through_a_symlink(tmp_path: Path, shipped: Path, link: str) -> None:
    """units.yaml (or its lock) linked outside the ledger: refused, nothing
    outside read into the ledger or written, the link left for the office."""
    outside = tmp_path / "outside.yaml"
    outside.write_bytes((shipped / UNITS).read_bytes())
    if link == UNITS:
        (shipped / UNITS).unlink()
    (shipped / link).symlink_to(outside)
    before = outside.read_bytes()
    run = zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "s", "--on", "2018-07-01")
    # A linked units.yaml is not even read (every link under data/ is a
    # `symlink` finding): the plan cannot be read, so the command cannot run.
    assert run.exit_code == (2 if link == UNITS else 1), run.output
    assert "符号链接" in run.stderr and link in run.stderr
    assert outside.read_bytes() == before
    assert (shipped / link).is_symlink()


def test_rename_keeps_the_bom_and_line_ends_of_units_yaml(shipped: Path) -> None:
    text = (shipped / UNITS).read_text("utf-8")
    windows = "\ufeff" + text.replace("\n", "\r\n")
    (shipped / UNITS).write_bytes(windows.encode("utf-8"))
    run = zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "s", "--on", "2018-07-01")
    assert run.exit_code == 0, run.output
    after = (shipped / UNITS).read_bytes().decode("utf-8")
    head = windows[: windows.index("changes: []")]
    added = "  - {on: 2018-07-01, rename: hbj, to: s, name: 县生态环境局}\r\n"
    assert after == head + "changes:\r\n" + added


def test_defunct_says_why_in_values_not_words() -> None:
    """Directory (model) returns the change; validate and record word it."""
    import datetime as dt

    from zwgk.ledger.units import defunct_problem, read_units
    from zwgk.ledger.yamlio import parse
    from zwgk.model.directory import NotYetCreated, Succeeded

    text = (
        "units:\n"
        "  - {id: hbj, name: 县环保局, kind: department}\n"
        "  - {id: lyj, name: 县林业局, kind: department}\n"
        "changes:\n"
        "  - {on: 2018-07-01, rename: hbj, to: sthjj, name: 县生态环境局}\n"
    )
    directory, findings = read_units(parse(text, "units.yaml")[0], "units.yaml")
    assert findings == []
    on = dt.date(2018, 7, 1)
    assert directory.defunct("hbj", dt.date(2018, 7, 2)) == Succeeded(on, "sthjj")
    assert directory.defunct("sthjj", dt.date(2018, 6, 30)) == NotYetCreated(on, ("hbj",))
    assert directory.defunct("hbj", dt.date(2018, 6, 30)) is None
    assert directory.defunct("lyj", dt.date(2018, 7, 2)) is None
    message, hint = defunct_problem(directory, "hbj", dt.date(2018, 7, 2)) or ("", "")
    assert "县环保局" in message and "县生态环境局" in message and "sthjj" in hint
    message, hint = defunct_problem(directory, "sthjj", dt.date(2018, 6, 30)) or ("", "")
    assert "县生态环境局" in message and "县环保局" in hint
