"""`zwgk status`: the morning screen, its filters, rollups and formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from rich.cells import cell_len

from conftest import write, zwgk


def status_json(root: Path, *args: str) -> dict[str, Any]:
    run = zwgk(root, "status", "--format", "json", *args)
    assert run.exit_code == 0, run.output
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc


def test_morning_screen_most_urgent_first(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", env={"COLUMNS": "80"})
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "截至 2018-08-01：共 1159 项义务"
    assert "已逾期 24" in lines[1] and "持续推进 1009" in lines[1]
    assert "完成进度" in lines[2]
    rows = [line for line in lines if re.match(r"\d+\.\d+ ", line)]
    assert len(rows) == 24
    assert rows[0].split()[:5] == ["15.2", "县财政局", "2018-01", "2018-01-31", "逾期"]
    # Due 07-31, the least late; ties in task order.
    assert [r.split()[0] for r in rows[-3:]] == ["21.1", "23.1", "26.1"]
    assert all("逾期 1 天" in r for r in rows[-3:])
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


def test_filters(shipped: Path) -> None:
    day = ("--as-of", "2018-08-01")
    jtj = status_json(shipped, *day, "--unit", "县教体局")["items"]
    assert jtj and {i["unit"] for i in jtj} == {"jtj"}
    towns = status_json(shipped, *day, "--unit", "各镇（街道）")["items"]
    assert len({i["unit"] for i in towns}) == 9
    t23 = status_json(shipped, *day, "--task", "23")["items"]
    assert {i["req"] for i in t23} == {"23.1", "23.2"} and len(t23) == 12 + 4 + 1
    part = status_json(shipped, *day, "--part", "二")["items"]
    assert {i["task"] for i in part} == {11, 12, 13, 14}
    overdue = status_json(shipped, *day, "--status", "overdue")
    assert overdue["summary"]["overdue"] == len(overdue["items"]) == 24
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
          '- req: "23.1"\n  date: 2018-01-20\n  status: done\n')  # fmt: skip
    doc = status_json(shipped, "--as-of", "2018-03-01", "--by", "unit")
    hbj = next(u for u in doc["units"] if u["unit"] == "hbj")
    assert list(hbj) == ["unit", "unit_name", "obligations", "done", "late", "overdue",
                         "due_soon", "open", "ongoing", "exempt", "on_time_rate"]  # fmt: skip
    # One January entry closes January and the first quarter (one per rule).
    assert (hbj["done"], hbj["overdue"], hbj["on_time_rate"]) == (2, 1, 0.6667)
    table = zwgk(shipped, "status", "--as-of", "2018-03-01", "--by", "unit")
    assert "县环保局" in table.stdout and "66.7%" in table.stdout


def test_csv_lists_every_obligation(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert len(rows) == 1159
    assert rows[0].keys() == {"task", "req", "unit", "unit_name", "period", "due", "status",
                              "completed", "last_entry", "last_workday",
                              "workdays_left"}  # fmt: skip


def test_fail_on(shipped: Path) -> None:
    assert zwgk(shipped, "status", "--as-of", "2018-08-01", "--fail-on", "overdue").exit_code == 1
    assert zwgk(shipped, "status", "--as-of", "2018-01-10", "--fail-on", "overdue").exit_code == 0
    assert zwgk(shipped, "status", "--as-of", "2018-01-28", "--fail-on", "due_soon").exit_code == 1


def test_bad_arguments_exit_2(shipped: Path) -> None:
    for args in (["--as-of", "2018-13-01"], ["--status", "late-ish"], ["--unit", "县教育局"],
                 ["--part", "九"], ["--due-within", "two weeks"]):  # fmt: skip
        run = zwgk(shipped, "status", *args)
        assert run.exit_code == 2, args


def test_unreadable_progress_file_stops_status(shipped: Path) -> None:
    write(shipped, "data/progress/2018/jtj.yaml", "- req: [\n")
    run = zwgk(shipped, "status", "--as-of", "2018-08-01")
    assert run.exit_code == 2
    assert "data/progress/2018/jtj.yaml:2:" in run.stderr


def test_english(shipped: Path) -> None:
    run = zwgk(shipped, "--lang", "en", "status", "--as-of", "2018-08-01")
    assert run.stdout.startswith("As of 2018-08-01: 1159 obligations")
    assert "182 d late" in run.stdout


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
    overdue = next(i for i in doc["items"] if i["status"] == "overdue")
    assert overdue["workdays_left"] is None and overdue["last_workday"] == overdue["due"]

    run = zwgk(shipped, "status", "--as-of", "2018-12-20", env={"COLUMNS": "80"})
    assert "即将到期 113" in run.stdout
    soon = [line for line in run.stdout.splitlines() if "剩 7 个工作日" in line]
    assert soon and all(line.split()[3] == "2018-12-29*" for line in soon)
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
    run = zwgk(shipped, "status", "--as-of", "2018-12-29")
    assert "剩 0 个工作日" in run.stdout
