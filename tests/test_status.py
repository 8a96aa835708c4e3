"""`zwgk status`: the morning screen, its filters, rollups and formats."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from conftest import MINI_TASKS, REPO, write, zwgk

Build = Callable[..., Path]
EVENT = '- req: "1.1"\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n'


def status_json(root: Path, *args: str) -> dict[str, Any]:
    run = zwgk(root, "status", "--format", "json", *args)
    assert run.exit_code == 0, run.output
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc


def test_morning_screen_most_urgent_first(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", env={"COLUMNS": "80"})
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "截至 2018-08-01：共 1185 项义务"
    # Dated obligations and standing duties are counted apart.
    assert lines[1].startswith("有期限 140 项：已逾期 14 ")
    assert lines[2].startswith("完成进度 ") and " 0/140（0%）" in lines[2]
    assert lines[3].startswith("常态 1045 项，本年：有记录 0 无记录 1045")
    rows = [line for line in lines if re.match(r"\d+\.\d+ ", line)]
    # A unit's overdue months of one requirement fold into one row, from April
    # (the plan took effect 2018-04-01: nothing of January-March); 23.1's
    # monthly and quarterly rules stay apart; July's 07-31 instances are 1 day late.
    assert [r.split()[:3] for r in rows] == [
        ["15.2", "县财政局", "2018-04…07"],
        ["23.1", "县环保局", "2018-04…07"],
        ["26.1", "县财政局", "2018-04…07"],
        ["23.1", "县环保局", "2018-Q2"],
        ["21.1", "县教体局", "2018"],
    ]
    assert "共 4 期 已逾期" in rows[0] and "逾期 1 天" in rows[-1]
    assert all(cell_len(line) <= 80 for line in lines)


def test_wide_shows_the_full_text(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", "--task", "21", "--wide",
               env={"COLUMNS": "80"})  # fmt: skip
    flat = "".join(line.strip() for line in run.stdout.splitlines())
    assert "并及时在招生工作结束后公开招生结果。" in flat
    assert all(cell_len(line) <= 80 for line in run.stdout.splitlines())


def test_no_color(shipped: Path) -> None:
    colored = zwgk(shipped, "status", "--as-of", "2018-08-01", env={"FORCE_COLOR": "1"})
    assert re.search(r"\x1b\[[0-9;]*3[1-6]m", colored.stdout)
    plain = zwgk(shipped, "status", "--as-of", "2018-08-01",
                 env={"FORCE_COLOR": "1", "NO_COLOR": "1"})  # fmt: skip
    assert not re.search(r"\x1b\[[0-9;]*3[1-6]m", plain.stdout)


def test_folded_rows_and_expansion(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-12-28", env={"COLUMNS": "120"})
    assert "36个单位（各镇（街道）、县政府各部门）" in run.stdout
    assert "--all" in run.stdout
    unit = zwgk(shipped, "status", "--as-of", "2018-12-28", "--unit", "索镇街道")
    assert "个单位" not in unit.stdout and "索镇街道" in unit.stdout
    every = zwgk(shipped, "status", "--as-of", "2018-12-28", "--all", env={"COLUMNS": "100"})
    assert len(every.stdout.splitlines()) > 1100


def test_judgement_calls_give_one_obligation_per_named_unit(shipped: Path) -> None:
    """33.1, 43.1, 54.1, 55.1 are `each`: one obligation per named unit (the vague
    group adds none) instead of one joint obligation; task 4's 10-day publicity
    (4.2) falls on the 9 towns, 4.1 stays with the towns and 县扶贫办."""
    items = status_json(shipped, "--as-of", "2018-08-01")["items"]
    held: dict[str, list[str]] = {}
    for item in items:
        held.setdefault(item["req"], []).append(item["unit"])
    counts = {req: len(held[req]) for req in ("4.1", "4.2", "33.1", "43.1", "54.1", "55.1")}
    assert counts == {"4.1": 10, "4.2": 9, "33.1": 7, "43.1": 6, "54.1": 9, "55.1": 9}
    assert "fpb" in held["4.1"] and "fpb" not in held["4.2"]
    assert all(i["status"] == "ongoing" for i in items if i["req"] in counts)


def test_filters(shipped: Path) -> None:
    day = ("--as-of", "2018-08-01")
    jtj = status_json(shipped, *day, "--unit", "县教体局")["items"]
    assert jtj and {i["unit"] for i in jtj} == {"jtj"}
    towns = status_json(shipped, *day, "--unit", "各镇（街道）")["items"]
    assert len({i["unit"] for i in towns}) == 9
    t23 = status_json(shipped, *day, "--task", "23")["items"]
    # April-December and Q2-Q4 (the plan took effect 2018-04-01), and 23.2.
    assert {i["req"] for i in t23} == {"23.1", "23.2"} and len(t23) == 9 + 3 + 1
    part = status_json(shipped, *day, "--part", "二")["items"]
    assert {i["task"] for i in part} == {11, 12, 13, 14}
    overdue = status_json(shipped, *day, "--status", "overdue")
    assert overdue["summary"]["overdue"] == len(overdue["items"]) == 14
    soon = status_json(shipped, "--as-of", "2018-12-20", "--due-within", "14d")["items"]
    assert soon and all(i["due"] and i["due"] <= "2019-01-03" for i in soon)
    assert all(i["status"] in ("overdue", "due_soon", "open") for i in soon)
    assert any(i["status"] == "overdue" for i in soon)


def test_warn_days(shipped: Path) -> None:
    # 21.1 is due Tuesday 2018-07-31. From Friday 07-13 that is 18 calendar
    # days but 12 working days (16-20, 23-27, 30, 31): the window counts those.
    day = ("--as-of", "2018-07-13", "--task", "21")
    default = status_json(shipped, *day)["items"][0]
    assert (default["status"], default["workdays_left"]) == ("open", 12)
    assert status_json(shipped, *day, "--warn-days", "11")["items"][0]["status"] == "open"
    assert status_json(shipped, *day, "--warn-days", "12")["items"][0]["status"] == "due_soon"
    # A week later 7 working days are left: within the default 10.
    later = status_json(shipped, "--as-of", "2018-07-20", "--task", "21")["items"][0]
    assert (later["status"], later["workdays_left"]) == ("due_soon", 7)


def test_by_unit(shipped: Path) -> None:
    write(shipped, "data/progress/2018/hbj.yaml",
          '- req: "23.1"\n  date: 2018-04-20\n  status: done\n')  # fmt: skip
    doc = status_json(shipped, "--as-of", "2018-06-01", "--by", "unit")
    hbj = next(u for u in doc["units"] if u["unit"] == "hbj")
    assert list(hbj) == ["unit", "unit_name", "obligations", "done", "late", "overdue",
                         "due_soon", "open", "ongoing", "exempt", "on_time_rate",
                         # issue 13 adds keys after the original ones
                         "dated_obligations", "dated_done", "dated_late", "dated_overdue",
                         "dated_due_soon", "dated_open", "dated_ongoing", "dated_exempt",
                         "standing_obligations", "standing_recorded", "standing_unrecorded",
                         "standing_exempt", "standing_on_display"]  # fmt: skip
    # One April entry closes April only (one publication, one instance: the one
    # due first); May is overdue, the second quarter still open.
    assert (hbj["done"], hbj["overdue"], hbj["on_time_rate"]) == (1, 1, 0.5)
    table = zwgk(shipped, "status", "--as-of", "2018-06-01", "--by", "unit")
    assert "县环保局" in table.stdout and "50%" in table.stdout


def test_csv_lists_every_obligation(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert len(rows) == 1185
    assert rows[0].keys() == {"task", "req", "unit", "unit_name", "period", "due", "status",
                              "completed", "last_entry", "last_workday",
                              "workdays_left"}  # fmt: skip


def test_fail_on(shipped: Path) -> None:
    assert zwgk(shipped, "status", "--as-of", "2018-08-01", "--fail-on", "overdue").exit_code == 1
    assert zwgk(shipped, "status", "--as-of", "2018-01-10", "--fail-on", "overdue").exit_code == 0
    assert zwgk(shipped, "status", "--as-of", "2018-04-28", "--fail-on", "due_soon").exit_code == 1


def test_bad_arguments_exit_2(shipped: Path) -> None:
    for args in (["--as-of", "2018-13-01"], ["--status", "late-ish"], ["--unit", "县教育局"],
                 ["--part", "九"], ["--due-within", "two weeks"]):  # fmt: skip
        run = zwgk(shipped, "status", *args)
        assert run.exit_code == 2, args


JTJ_OBLIGATIONS = 32
"""Obligations of the shipped plan on 2018-10-14 that jtj's entries count for."""


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"- req: [\n", "data/progress/2018/jtj.yaml:2:"),  # a syntax error
        ('- req: "21.1"\n  date: 2018-07-01\n  status: 完成\n'.encode(), ":3:"),  # a bad value
        ('- req: "21.1"\n  note: 已公开\n'.encode("gbk"), "GBK"),  # another encoding
    ],
    ids=["syntax", "bad-value", "gbk"],
)
def test_a_progress_file_that_cannot_be_read_stops_only_what_needs_its_unit(
    shipped: Path, raw: bytes, where: str
) -> None:
    (shipped / "data/progress/2018").mkdir(parents=True)
    (shipped / "data/progress/2018/jtj.yaml").write_bytes(raw)
    whole = zwgk(shipped, "status", "--as-of", "2018-10-14", "--all", "--format", "json")
    # Everything else is shown; the banner names the file, what is wrong and
    # whose entries that leaves unknown; exit 1: what was asked is not all there.
    assert whole.exit_code == 1
    assert "data/progress/2018/jtj.yaml" in whole.stderr and where in whole.stderr
    said = f"县教体局的进展记录没有全部读出：取决于这些记录的 {JTJ_OBLIGATIONS} 项义务"
    assert said in whole.stderr
    items = json.loads(whole.stdout)["items"]
    clean = zwgk(REPO, "status", "--as-of", "2018-10-14", "--all", "--format", "json")
    every = json.loads(clean.stdout)["items"]
    assert len(items) == len(every) - JTJ_OBLIGATIONS and all(i in every for i in items)
    # Nothing jtj answers for is there, as overdue or otherwise.
    assert "jtj" not in {item["unit"] for item in items} >= {"czj", "hbj"}
    # Another unit's screen: as usual, the banner on top; exit 0.
    other = zwgk(shipped, "status", "--as-of", "2018-10-14", "--unit", "hbj")
    assert other.exit_code == 0
    assert other.stdout == zwgk(REPO, "status", "--as-of", "2018-10-14", "--unit", "hbj").stdout
    assert "data/progress/2018/jtj.yaml" in other.stderr and "都不取决于这些记录" in other.stderr
    # The unit's own: its obligations cannot be known, so none is shown.
    own = zwgk(shipped, "status", "--as-of", "2018-10-14", "--unit", "县教体局")
    assert own.exit_code == 1 and own.stdout == ""
    said = f"所选的 {JTJ_OBLIGATIONS} 项义务都取决于读不出来的进展记录"
    assert where in own.stderr and said in own.stderr
    # validate still reports the file as an error.
    check = zwgk(shipped, "validate")
    assert check.exit_code == 1 and "data/progress/2018/jtj.yaml" in check.stdout


def test_a_co_leads_unreadable_file_leaves_out_the_joint_obligation(mini: Build) -> None:
    # 1.1 is joint: jtj leads, hbj co-leads, an entry of either counts. Without
    # hbj's entries nobody can say whether it is done: left out for jtj too.
    # 1.2 is jtj's alone: still shown.
    own = MINI_TASKS.replace('id: "1.1"', 'id: "1.2"').split("      - id:", 1)[1]
    tasks = MINI_TASKS.replace("lead: [jtj]", "lead: [jtj, hbj]") + "      - id:" + own
    root = mini(tasks=tasks, progress={"2018/hbj.yaml": "[]\n", "2018/jtj.yaml": EVENT})
    args = ("status", "--as-of", "2018-10-14", "--unit", "jtj", "--format", "json")
    clean = json.loads(zwgk(root, *args).stdout)["items"]
    write(root, "data/progress/2018/hbj.yaml", "- req: [\n")
    run = zwgk(root, *args)
    assert run.exit_code == 1 and "取决于这些记录的" in run.stderr
    items = json.loads(run.stdout)["items"]
    assert {i["req"] for i in clean} == {"1.1", "1.2"} and {i["req"] for i in items} == {"1.2"}
    assert items == [i for i in clean if i["req"] == "1.2"]


def test_status_json_says_what_an_unreadable_file_left_out(shipped: Path) -> None:
    """`unread` in both JSON documents: the files, the units whose entries
    are unknown, how many obligations asked for are not among the items."""
    args = ("status", "--as-of", "2018-10-14", "--format", "json")
    clean = json.loads(zwgk(shipped, *args).stdout)
    assert clean["unread"] == {"files": [], "units": [], "left_out": 0}
    write(shipped, "data/progress/2018/jtj.yaml", "- req: [\n")
    run = zwgk(shipped, *args)
    assert run.exit_code == 1
    unread = json.loads(run.stdout)["unread"]
    [file] = unread["files"]
    assert (file["path"], file["unit"], file["errors"]) == ("data/progress/2018/jtj.yaml", "jtj", 1)
    assert (file["first"]["code"], file["first"]["line"]) == ("syntax", 2)
    assert unread["units"] == [{"unit": "jtj", "unit_name": "县教体局"}]
    assert unread["left_out"] == JTJ_OBLIGATIONS
    other = json.loads(zwgk(shipped, *args, "--unit", "hbj").stdout)["unread"]
    assert other["left_out"] == 0 and other["units"] == unread["units"]
    by_unit = json.loads(zwgk(shipped, *args, "--by", "unit").stdout)
    assert by_unit["unread"] == unread
    assert "jtj" not in {u["unit"] for u in by_unit["units"]}


def test_an_unreadable_file_named_after_no_unit_is_said_so(shipped: Path) -> None:
    """data/progress/2018/xyz.yaml, and no unit xyz: read or not, its entries
    count for no obligation. status names the file and why nothing listed
    depends on it, and runs as usual (exit 0), as for another unit's file;
    validate reports it (exit 1)."""
    write(shipped, "data/progress/2018/xyz.yaml", "- req: [\n")
    run = zwgk(shipped, "status", "--as-of", "2018-10-14")
    assert run.exit_code == 0
    assert run.stdout == zwgk(REPO, "status", "--as-of", "2018-10-14").stdout
    assert "data/progress/2018/xyz.yaml:2:" in run.stderr
    said = "data/progress/2018/xyz.yaml 以单位 xyz 命名，但 units.yaml 中没有这个单位"
    assert (
        said in run.stderr
        and "xyz的" not in run.stderr
        and "进展记录没有全部读出" not in run.stderr
    )
    english = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-10-14")
    assert "named after a unit xyz that units.yaml does not define" in english.stderr
    assert "the progress entries of xyz" not in english.stderr
    doc = json.loads(zwgk(shipped, "status", "--as-of", "2018-10-14", "-f", "json").stdout)
    assert doc["unread"]["units"] == [] and doc["unread"]["files"][0]["unit"] == "xyz"
    assert zwgk(shipped, "validate").exit_code == 1


def test_a_file_not_at_a_units_place_still_stops_status(shipped: Path) -> None:
    # czj.yml belongs to no unit by the ledger's rules: anyone's entries may be in it.
    write(shipped, "data/progress/2018/czj.yml", "- req: [\n")
    run = zwgk(shipped, "status", "--as-of", "2018-10-14", "--unit", "hbj")
    assert run.exit_code == 2 and "data/progress/2018/czj.yml" in run.stderr


def test_english(shipped: Path) -> None:
    run = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-08-01")
    assert run.stdout.startswith("As of 2018-08-01: 1185 obligations")
    # The counts are separated by commas in English.
    assert "dated 140: overdue 14, due soon 0, " in run.stdout and "overdue ×4" in run.stdout
    assert "standing 1045, this year: reported 0, not reported 1045, exempt 0" in run.stdout
    every = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-08-01", "--all")
    assert "93 d late" in every.stdout and "not reported" in every.stdout


def test_by_unit_fits_80_columns(shipped: Path) -> None:
    for lang in ("zh", "en"):
        run = zwgk(shipped, "--lang", lang, "status", "--as-of", "2018-10-09", "--by", "unit",
                   env={"COLUMNS": "80"})  # fmt: skip
        lines = run.stdout.splitlines()
        assert all(cell_len(line) <= 80 for line in lines), lang
        header = next(
            line for line in lines if "%" not in line and ("单位" in line or "unit" in line)
        )
        assert "…" not in header  # the headers stay whole; long unit names are cut


def test_empty_csv_still_has_its_header(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-10-09", "--status", "exempt", "--format", "csv")
    assert run.stdout.splitlines() == [
        "task,req,unit,unit_name,period,due,status,completed,last_entry,last_workday,workdays_left"
    ]
    run = zwgk(shipped, "status", "--status", "exempt", "--by", "unit", "--format", "csv")
    assert run.stdout.startswith("unit,unit_name,obligations,done,late,overdue,")


def test_unknown_task_is_a_usage_error(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--task", "70")
    assert run.exit_code == 2 and "1-69" in run.output


def rows_of(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if re.match(r"\d+\.\d+ ", line)]


def test_a_units_overdue_months_fold_into_one_row(shipped: Path) -> None:
    """2018-07-25: 15.2's overdue months for 县财政局 are one row, not six;
    --all and --unit list every instance."""
    day = ("--as-of", "2018-07-25")
    run = zwgk(shipped, "status", *day, env={"COLUMNS": "80"})
    rows = rows_of(run.stdout)
    first = re.match(r"15\.2 +县财政局 +2018-(\d\d)…(\d\d) +\S+ +共 (\d+) 期 已逾期", rows[0])
    assert first, rows[0]
    low, high, n = (int(g) for g in first.groups())
    assert n == high - low + 1  # nothing of it is done: every month in the span
    assert sum("15.2 " in r and "已逾期" in r for r in rows) == 1
    # 23.1's quarterly rule has its own row (Q2 only: the plan took effect
    # 2018-04-01, so Q1 is no obligation).
    assert any(r.split()[:3] == ["23.1", "县环保局", "2018-Q2"] for r in rows)
    assert all(cell_len(line) <= 80 for line in run.stdout.splitlines())
    # July's instances, due soon, are rows of their own.
    assert any(r.split()[:3] == ["15.2", "县财政局", "2018-07"] for r in rows)

    overdue = status_json(shipped, *day, "--status", "overdue")["items"]
    every = rows_of(zwgk(shipped, "status", *day, "--all", env={"COLUMNS": "100"}).stdout)
    assert len(every) == 1185 and not re.search(r"共 \d+ 期", "".join(every))
    mof = rows_of(zwgk(shipped, "status", *day, "--unit", "县财政局", env={"COLUMNS": "80"}).stdout)
    f152 = [r.split()[2] for r in mof if r.startswith("15.2 ")]
    assert f152 == [i["period"] for i in overdue if i["req"] == "15.2"] + ["2018-07"]
    assert not re.search(r"共 \d+ 期", "".join(mof))


def test_the_2018_12_20_screen_fits_80_columns(shipped: Path) -> None:
    for lang in ("zh", "en"):
        run = zwgk(shipped, "--lang", lang, "status", "--as-of", "2018-12-20",
                   env={"COLUMNS": "80"})  # fmt: skip
        assert all(cell_len(line) <= 80 for line in run.stdout.splitlines()), lang
        # Rows without a last entry end at their status: no trailing blanks.
        assert all(line == line.rstrip() for line in run.stdout.splitlines()), lang


FOLD_UNITS = """\
units:
  - {id: jtj, name: 县教体局, kind: department}
  - {id: suozhen, name: 索镇街道, kind: town}
  - {id: shaohai, name: 少海街道, kind: town}
groups:
  - {id: towns, name: 各镇（街道）, members: [suozhen, shaohai]}
"""
FOLD_TASKS = """\
plan: {title: 测试, year: 2018}
parts:
  - {no: 一, title: 部分}
tasks:
  - no: 1
    title: 任务
    part: 一
    requirements:
      - id: "1.1"
        text: 各镇（街道）按月公开。
        lead: [towns]
        support: []
        mode: each
        due: [{every: month, basis: 按月}]
      - id: "1.2"
        text: 及时公开教育信息。
        lead: [jtj]
        support: []
        mode: joint
        due: []
      - id: "1.3"
        text: 各镇（街道）及时公开。
        lead: [towns]
        support: []
        mode: each
        due: []
"""


def test_units_owing_the_same_months_fold_together(mini: Callable[..., Path]) -> None:
    """Both towns owe January to March of 1.1: one row naming 2 units and the
    span; a town that did February owes other months and has its own row."""
    root = mini(tasks=FOLD_TASKS, units=FOLD_UNITS)
    run = zwgk(root, "status", "--as-of", "2018-04-20", env={"COLUMNS": "120"})
    [row] = [r for r in rows_of(run.stdout) if "已逾期" in r]
    assert "2个单位（各镇（街道））" in row and "2018-01…03" in row and "共 3 期 已逾期" in row
    write(root, "data/progress/2018/shaohai.yaml",
          '- req: "1.1"\n  date: 2018-02-20\n  status: done\n')  # fmt: skip
    run = zwgk(root, "status", "--as-of", "2018-04-20", env={"COLUMNS": "120"})
    rows = [r for r in rows_of(run.stdout) if "已逾期" in r]
    suozhen, shaohai = (next(r for r in rows if town in r) for town in ("索镇街道", "少海街道"))
    assert len(rows) == 2 and "2018-01…03" in suozhen and "共 3 期 已逾期" in suozhen
    # January and March: the count says the span has a gap.
    assert "2018-01…03" in shaohai and "共 2 期 已逾期" in shaohai


def test_summary_counts_dated_and_standing_apart(mini: Callable[..., Path]) -> None:
    """Completion is over the dated obligations; a standing duty says whether
    its unit reported on it this year (有记录) or not (无记录)."""
    progress = {
        "2018/jtj.yaml": '- req: "1.2"\n  date: 2018-03-05\n  status: progress\n',
        "2018/suozhen.yaml": '- req: "1.1"\n  date: 2018-01-20\n  status: done\n'
        '- req: "1.3"\n  date: 2018-03-10\n  status: done\n',
    }
    root = mini(tasks=FOLD_TASKS, units=FOLD_UNITS, progress=progress)
    before = zwgk(root, "status", "--as-of", "2018-03-01", env={"COLUMNS": "100"})
    lines = before.stdout.splitlines()
    assert lines[0] == "截至 2018-03-01：共 27 项义务"  # 2 × 12 months, 3 standing duties
    # January and February for shaohai, February for suozhen; suozhen did January.
    assert lines[1].startswith("有期限 24 项：已逾期 3 ")
    assert " 1/24（4.2%），按时完成率 25%" in lines[2]
    assert lines[3] == "常态 3 项，本年：有记录 0 无记录 3 不适用 0"
    after = zwgk(root, "status", "--as-of", "2018-03-12", "--all", env={"COLUMNS": "100"})
    lines = after.stdout.splitlines()
    # The 1.3 done entry completes nothing dated: still 1 of 24.
    assert " 1/24（4.2%）" in lines[2]
    assert lines[3] == "常态 3 项，本年：有记录 2 无记录 1 不适用 0"
    states = {(r.split()[0], r.split()[1]): r.split()[2] for r in rows_of(after.stdout)
              if r.startswith(("1.2 ", "1.3 "))}  # fmt: skip
    assert states == {("1.2", "县教体局"): "有记录", ("1.3", "索镇街道"): "有记录",
                      ("1.3", "少海街道"): "无记录"}  # fmt: skip

    doc = status_json(root, "--as-of", "2018-03-12")
    assert doc["summary"]["done"] == 2 and doc["summary"]["ongoing"] == 2  # as before
    assert doc["dated"] == {"obligations": 24, "done": 1, "late": 0, "overdue": 3,
                            "due_soon": 0, "open": 20, "ongoing": 0, "exempt": 0,
                            "completion": 0.0417, "on_time_rate": 0.25}  # fmt: skip
    assert doc["standing"] == {"obligations": 3, "recorded": 2, "unrecorded": 1, "exempt": 0,
                               "on_display": 0}  # fmt: skip
    recorded = {(i["req"], i["unit"]): i["recorded_this_year"] for i in doc["items"]
                if i["req"] != "1.1"}  # fmt: skip
    assert recorded == {("1.2", "jtj"): True, ("1.3", "suozhen"): True,
                        ("1.3", "shaohai"): False}  # fmt: skip
    assert {i["recorded_this_year"] for i in doc["items"] if i["req"] == "1.1"} == {None}
    # The rate per unit is over dated obligations too: suozhen's done 1.3 is not counted.
    units = status_json(root, "--as-of", "2018-03-12", "--by", "unit")["units"]
    assert {u["unit"]: u["on_time_rate"] for u in units} == {
        "jtj": None, "suozhen": 0.5, "shaohai": 0.0}  # fmt: skip


# --- due soon in working days (issue 13) ------------------------------------


def test_year_end_is_due_soon_on_2018_12_20(shipped: Path) -> None:
    # 113 obligations are due Monday 2018-12-31: 48.1, 69.1 and 12.1 for 36
    # units each, 58.1, and the December and Q4 instances of 15.2, 23.1, 26.1.
    # 12-30/31 are days off; 12-29 is a make-up Saturday: 7 working days left.
    doc = status_json(shipped, "--as-of", "2018-12-20")
    year_end = [i for i in doc["items"] if i["due"] == "2018-12-31"]
    assert len(year_end) == 36 * 3 + 1 + 4 == doc["summary"]["due_soon"]
    assert all(
        (i["status"], i["last_workday"], i["workdays_left"]) == ("due_soon", "2018-12-29", 7)
        for i in year_end
    )
    overdue = {i["due"]: i for i in doc["items"] if i["status"] == "overdue"}
    # No working days left for what is late; the last working day is the due
    # date itself when that is a working day (Thursday 2018-05-31), else the
    # one before (2018-04-30 was a May Day holiday, 04-28 a make-up Saturday).
    assert {i["workdays_left"] for i in overdue.values()} == {None}
    assert overdue["2018-05-31"]["last_workday"] == "2018-05-31"
    assert overdue["2018-04-30"]["last_workday"] == "2018-04-28"

    run = zwgk(shipped, "status", "--as-of", "2018-12-20", env={"COLUMNS": "80"})
    assert "即将到期 113" in run.stdout
    soon = [line for line in run.stdout.splitlines() if "剩 7 个工作日" in line]
    # The by rules (48.1, 58.1, 69.1) leave their period blank: it is the due date.
    assert soon and all(re.search(r" 2018-12-29\* +剩 7 ", line) for line in soon)
    assert "* 规定日期逢休息日，显示其前最后一个工作日" in run.stdout
    assert all(cell_len(line) <= 80 for line in run.stdout.splitlines())
    english = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-12-20")
    assert "7 workdays left" in english.stdout
    assert "* the due date is a day off: the last working day before it is shown" in english.stdout


def test_warn_days_counts_the_make_up_saturday(shipped: Path) -> None:
    # 12-21, 24, 25, 26, 27, 28 and Saturday 12-29: 7 working days to 12-31.
    day = ("--as-of", "2018-12-20")
    assert status_json(shipped, *day, "--warn-days", "7")["summary"]["due_soon"] == 113
    assert status_json(shipped, *day, "--warn-days", "6")["summary"]["due_soon"] == 0
    assert status_json(shipped, *day, "--warn-days", "3")["summary"]["due_soon"] == 0
    run = zwgk(shipped, "status", *day, "--warn-days", "3", "--status", "due_soon")
    assert "3 个工作日内到期" in run.stdout


def test_the_last_working_day_itself(shipped: Path) -> None:
    # Saturday 12-29 is the last working day before 12-31: none left after it.
    doc = status_json(shipped, "--as-of", "2018-12-29", "--warn-days", "0")
    year_end = [i for i in doc["items"] if i["due"] == "2018-12-31"]
    assert {(i["status"], i["workdays_left"]) for i in year_end} == {("due_soon", 0)}
    # The screen says so rather than "剩 0 个工作日" (issue 13: the due cell
    # around days off says where the day stands).
    run = zwgk(shipped, "status", "--as-of", "2018-12-29")
    assert "今天是最后工作日" in run.stdout and "剩 0 个工作日" not in run.stdout


# --- what each row of the morning screen is about (issue 13) -----------------


def table_of(stdout: str) -> tuple[str, list[str]]:
    """The header line of the status table and its rows."""
    lines = stdout.splitlines()
    header = lines[lines.index(next(line for line in lines if line.startswith("─"))) - 1]
    return header, rows_of(stdout)


def test_the_80_column_screen_says_what_each_row_is(shipped: Path) -> None:
    """At 80 columns every row ends with its task's title, cut to fit; nobody
    has reported yet, so there is no empty 最近记录 column; a `by` rule's
    period is its due date and is not said twice."""
    run = zwgk(shipped, "status", "--as-of", "2018-12-20", env={"COLUMNS": "80"})
    header, rows = table_of(run.stdout)
    assert header.split() == ["要求", "单位", "周期", "到期日", "状态", "任务"]
    assert all(cell_len(line) <= 80 for line in run.stdout.splitlines())
    by_req = {r.split()[0]: r for r in rows}
    assert by_req["21.1"].endswith("推进教育领域信息公开")  # whole where it fits
    assert "编制主动公开基本" in by_req["48.1"] and by_req["48.1"].endswith("…")
    assert "推进政府网站部署" in by_req["58.1"]
    # 48.1 `by: 2018-12-31` for 36 units: no period cell, the due cell shows
    # Saturday 12-29 (12-31 is a day off); monthly rows keep their period.
    assert by_req["48.1"].split()[:4] == ["48.1", "36个单位", "2018-12-29*", "剩"]
    assert by_req["58.1"].split()[:3] == ["58.1", "县信息中心", "2018-12-29*"]
    assert any(r.split()[:3] == ["15.2", "县财政局", "2018-12"] for r in rows)

    english = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-12-20",
                   env={"COLUMNS": "80"})  # fmt: skip
    header, rows = table_of(english.stdout)
    assert header.split() == ["req", "unit", "period", "due", "status", "task"]
    assert all(cell_len(line) <= 80 for line in english.stdout.splitlines())
    assert any(r.startswith("48.1  36 units  ") and "编制主动公开" in r for r in rows)

    july = zwgk(shipped, "status", "--as-of", "2018-07-25", env={"COLUMNS": "80"})
    header, rows = table_of(july.stdout)
    assert "最近记录" not in header and header.split()[-1] == "任务"
    assert any(r.startswith("21.1 ") and r.endswith("推进教育领域信息公开") for r in rows)


def test_the_last_entry_column_comes_back_with_an_entry(shipped: Path) -> None:
    write(shipped, "data/progress/2018/jtj.yaml",
          '- req: "21.1"\n  date: 2018-07-10\n  status: progress\n')  # fmt: skip
    run = zwgk(shipped, "status", "--as-of", "2018-07-25", env={"COLUMNS": "80"})
    header, rows = table_of(run.stdout)
    assert header.split() == ["要求", "单位", "周期", "到期日", "状态", "最近记录", "任务"]
    assert any(r.startswith("21.1 ") and " 2018-07-10 " in r for r in rows)
    assert all(cell_len(line) <= 80 for line in run.stdout.splitlines())


def test_an_extended_by_rule_keeps_its_period(shipped: Path) -> None:
    # Extended to 2019-01-15, 58.1's period (its old due date) says something.
    write(shipped, "data/progress/2018/xxzx.yaml",
          '- req: "58.1"\n  date: 2018-12-10\n  status: extend\n  until: 2019-01-15\n'
          "  approved_by: 县政府办公室\n")  # fmt: skip
    run = zwgk(shipped, "status", "--as-of", "2018-12-20", "--task", "58", "--all",
               env={"COLUMNS": "100"})  # fmt: skip
    [row] = rows_of(run.stdout)
    assert row.split()[:4] == ["58.1", "县信息中心", "2018-12-31", "2019-01-15"]


def test_after_the_last_working_day_and_on_the_due_date(shipped: Path) -> None:
    """2018-12-31 is a day off; Saturday 12-29 was its last working day. On
    Sunday 12-30 the rows say the last working day has passed (not "剩 0 个工
    作日" next to a date gone by); on 12-31 they show the due date, 今天到期."""
    sunday = zwgk(shipped, "status", "--as-of", "2018-12-30", env={"COLUMNS": "80"})
    year_end = [r for r in rows_of(sunday.stdout) if "2018-12-29*" in r]
    assert len(year_end) == 8 and all("最后工作日已过" in r for r in year_end)
    assert "剩 0 个工作日" not in sunday.stdout
    monday = zwgk(shipped, "status", "--as-of", "2018-12-31", env={"COLUMNS": "80"})
    year_end = [r for r in rows_of(monday.stdout) if "今天到期" in r]
    assert len(year_end) == 8 and all(" 2018-12-31 " in r for r in year_end)
    assert "*" not in monday.stdout  # no moved date shown, no note for it
    english = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-12-30")
    assert "last workday passed" in english.stdout
    # The documents keep the values: still due soon, no working day left.
    doc = status_json(shipped, "--as-of", "2018-12-30")
    assert {(i["status"], i["workdays_left"]) for i in doc["items"]
            if i["due"] == "2018-12-31"} == {("due_soon", 0)}  # fmt: skip


def test_moved_has_one_home() -> None:
    """`due_moved` decides for the screen and the report alike (Line.moved)."""
    from zwgk.engine.report import Line
    from zwgk.engine.status import due_moved

    sat, mon = dt.date(2018, 12, 29), dt.date(2018, 12, 31)
    assert due_moved("due_soon", mon, sat) and due_moved("open", mon, sat)
    assert not due_moved("overdue", mon, sat)  # late rows keep the rule's date
    assert not due_moved("done", mon, sat) and not due_moved("due_soon", sat, sat)
    assert not due_moved("due_soon", mon, None)  # a year the calendar does not know
    line = Line(task=58, req="58.1", text="", unit="xxzx", unit_name="县信息中心",
                period="2018-12-31", due=mon, status="due_soon", completed=None,
                days_late=None, days_left=0, last_workday=sat, note=None,
                evidence=())  # fmt: skip
    assert line.moved
    assert not dataclasses.replace(line, status="overdue").moved


def test_warn_days_help_says_the_engines_default(tmp_path: Path) -> None:
    """The help's default is DEFAULT_WARN_DAYS, not a number written again:
    changed in the one place, the help follows."""
    import os
    import subprocess
    import sys

    probe = ("import sys, zwgk.model.limits as limits\n"
             "limits.DEFAULT_WARN_DAYS = 7\n"
             "from zwgk.cli.app import main\n"
             "sys.argv = ['zwgk', '--lang', 'zh', 'status', '--help']\n"
             "main()\n")  # fmt: skip
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(REPO), "COLUMNS": "200",
           "PYTHONUTF8": "1", "LC_ALL": "C.UTF-8", "ZWGK_CACHE_DIR": str(tmp_path)}  # fmt: skip
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env=env, check=False)  # fmt: skip
    flat = "".join(run.stdout.split())
    assert "按法定节假日与调休，默认7）" in flat, run.stdout + run.stderr
    from zwgk.model.limits import DEFAULT_WARN_DAYS

    shown = zwgk(None, "status", "--help", env={"COLUMNS": "200"}).stdout
    assert f"默认{DEFAULT_WARN_DAYS}）" in "".join(shown.split())


def test_by_unit_counts_a_standing_duty_as_recorded_not_done(shipped: Path) -> None:
    """Issue 13: a done entry on 1.1 (a standing duty) made 县发改局 已完成 1 in
    `status --by unit` on 2018-07-20. The status columns count its dated
    obligations; the standing duties are reported on this year or not. The
    JSON keeps its keys (every obligation) and adds dated_* and standing_*."""
    write(shipped, "data/progress/2018/fagai.yaml",
          '- req: "1.1"\n  date: 2018-07-16\n  status: done\n')  # fmt: skip
    doc = status_json(shipped, "--as-of", "2018-07-20", "--by", "unit")
    fagai = next(u for u in doc["units"] if u["unit"] == "fagai")
    assert (fagai["obligations"], fagai["done"], fagai["ongoing"]) == (37, 1, 33)
    assert (fagai["dated_obligations"], fagai["dated_done"], fagai["dated_open"]) == (3, 0, 3)
    assert (fagai["standing_obligations"], fagai["standing_recorded"],
            fagai["standing_unrecorded"]) == (34, 1, 33)  # fmt: skip
    screen = zwgk(shipped, "status", "--as-of", "2018-07-20", "--by", "unit").stdout
    header = next(line for line in screen.splitlines() if line.startswith("单位"))
    assert header.split()[-1] == "有记录"
    row = next(line for line in screen.splitlines() if line.startswith("县发改局"))
    assert row.split()[1:] == ["37", "0", "0", "0", "0", "-", "1/34"]


def test_a_window_still_short_of_its_days_is_on_display(shipped: Path) -> None:
    """Issue 13: 4.2 (towns' 公告公示, 公示时间不少于10天) shown from 2018-07-10
    with no `to` counts from its 10th day, 07-19. Before, the screen said 有记录
    from the first day; now 公示中（第 6/10 天） on 07-15."""
    write(shipped, "data/progress/2018/suozhen.yaml",
          '- req: "4.2"\n  date: 2018-07-10\n  status: done\n  from: 2018-07-10\n')  # fmt: skip

    def row(day: str) -> str:
        run = zwgk(shipped, "status", "--as-of", day, "--unit", "suozhen", "--task", "4", "--all")
        assert run.exit_code == 0, run.output
        return next(line for line in run.stdout.splitlines() if line.startswith("4.2 "))

    assert "公示中（第 6/10 天）" in row("2018-07-15") and "有记录" not in row("2018-07-15")
    assert "公示中（第 9/10 天）" in row("2018-07-18")
    assert "有记录" in row("2018-07-19") and "公示中" not in row("2018-07-19")
    doc = status_json(shipped, "--as-of", "2018-07-15", "--unit", "suozhen", "--task", "4")
    assert doc["standing"]["on_display"] == 1 and doc["standing"]["recorded"] == 0
    [item] = [i for i in doc["items"] if i["req"] == "4.2"]
    assert item["on_display"] == {"day": 6, "of": 10}
    assert status_json(shipped, "--as-of", "2018-07-19", "--unit", "suozhen",
                       "--task", "4")["standing"]["recorded"] == 1  # fmt: skip
    summary = zwgk(shipped, "status", "--as-of", "2018-07-15", "--unit", "suozhen").stdout
    assert "公示中 1" in summary
