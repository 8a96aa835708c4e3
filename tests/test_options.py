"""Values the command line takes, read as a clerk types them: dates in every
common form, statuses by their labels, parts by numeral or digit,
requirement ids and unit names with full-width characters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import zwgk

JTJ = "data/progress/2018/jtj.yaml"
DATES = ["2018-08-01", "2018-8-1", "2018/8/1", "2018.8.1", "2018年8月1日", "20180801",
         "２０１８年８月１日", "２０１８－０８－０１"]  # fmt: skip


def status_json(root: Path, *args: str) -> dict[str, Any]:
    run = zwgk(root, "status", "--format", "json", *args)
    assert run.exit_code == 0, run.output
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc


# --- dates --------------------------------------------------------------------


@pytest.mark.parametrize("typed", DATES)
def test_as_of_is_read_in_every_form_a_clerk_writes(shipped: Path, typed: str) -> None:
    doc = status_json(shipped, "--as-of", typed, "--status", "overdue")
    assert doc["as_of"] == "2018-08-01"
    assert doc["summary"]["overdue"] == 14


def test_record_reads_typed_dates_and_writes_iso(shipped: Path) -> None:
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018年7月20日",
               "--note", "已公开", "--as-of", "2018/8/1")  # fmt: skip
    assert run.exit_code == 0, run.output
    run = zwgk(shipped, "record", "48.1", "--unit", "jtj", "--extend", "--until", "2019/1/31",
               "--date", "２０１８．１１．２０", "--note", "等待上级文件",
               "--approved-by", "县政府办公室", "--as-of", "20181201")  # fmt: skip
    assert run.exit_code == 0, run.output
    text = (shipped / JTJ).read_text("utf-8")
    assert "date: 2018-07-20" in text and "date: 2018-11-20" in text
    assert "until: 2019-01-31" in text
    assert "年" not in text.replace("年度", "") and "/" not in text


def test_other_commands_read_typed_dates(shipped: Path) -> None:
    # Friday 2018-09-28 plus one working day is the make-up Saturday 09-29.
    run = zwgk(shipped, "calendar", "add", "2018年9月28日", "1")
    assert (run.exit_code, run.stdout.strip()) == (0, "2018-09-29")
    run = zwgk(shipped, "calendar", "show", "2018年10月")
    assert run.exit_code == 0 and "2018 年 10 月" in run.stdout
    run = zwgk(shipped, "report", "--month", "2018年9月", "--as-of", "2018/9/30")
    assert run.exit_code == 0, run.output
    assert "2018-09-01 至 2018-09-30" in run.stdout and "数据截至 2018-09-30" in run.stdout
    run = zwgk(shipped, "report", "--week", "２０１８－Ｗ４０", "--as-of", "2018.10.3")
    assert run.exit_code == 0 and "数据截至 2018-10-03" in run.stdout
    run = zwgk(shipped, "units", "rename", "hbj", "县生态环境局", "--id", "sthjj",
               "--on", "2019年1月1日")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "on: 2019-01-01" in (shipped / "data/units.yaml").read_text("utf-8")


def test_init_reads_a_typed_effective_date(tmp_path: Path) -> None:
    run = zwgk(None, "init", str(tmp_path / "ledger"), "--year", "2018",
               "--effective", "2018年4月1日")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "effective: 2018-04-01" in (tmp_path / "ledger/data/tasks.yaml").read_text("utf-8")


def test_a_bad_date_names_the_forms_accepted(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--as-of", "2018-8/1")
    assert run.exit_code == 2
    assert "2018/7/20" in run.stderr and "2018年7月20日" in run.stderr
    run = zwgk(shipped, "--lang", "en", "record", "21.1", "-u", "jtj", "--done", "--date", "7/20")
    assert run.exit_code == 2
    assert "not a valid date; write 2018-07-20, 2018/7/20" in run.stderr
    # The range check stays.
    assert zwgk(shipped, "status", "--as-of", "1800年1月2日").exit_code == 2


# --- statuses -------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["overdue", "已逾期", "ＯＶＥＲＤＵＥ", " Overdue "])
def test_status_by_code_or_label(shipped: Path, typed: str) -> None:
    doc = status_json(shipped, "--as-of", "2018-08-01", "--status", typed)
    assert doc["summary"]["overdue"] == len(doc["items"]) == 14


def test_status_labels_in_english_and_fail_on(shipped: Path) -> None:
    # 2018-04-28 (a make-up Saturday): something is due soon, nothing overdue.
    items = status_json(shipped, "--as-of", "2018-04-28", "--status", "due soon")["items"]
    assert items and {i["status"] for i in items} == {"due_soon"}
    assert status_json(shipped, "--as-of", "2018-04-28", "--status", "即将到期")["items"] == items
    day = ("status", "--as-of", "2018-04-28", "--fail-on")
    assert zwgk(shipped, *day, "即将到期").exit_code == 1
    assert zwgk(shipped, *day, "已逾期").exit_code == 0
    assert zwgk(shipped, *day, "due_soon").exit_code == 1


def test_an_unknown_status_lists_the_choices_in_the_users_language(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--status", "逾期")
    assert run.exit_code == 2
    assert "已完成（done）、逾期完成（late）、已逾期（overdue）、即将到期（due_soon）" in run.stderr
    run = zwgk(shipped, "--lang", "en", "status", "--status", "逾期")
    assert run.exit_code == 2
    assert "choose from done, late, overdue, due soon (due_soon), open" in run.stderr
    run = zwgk(shipped, "status", "--fail-on", "已完成")
    assert run.exit_code == 2 and "可选：已逾期（overdue）、即将到期（due_soon）" in run.stderr
