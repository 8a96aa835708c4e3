"""Values the command line takes, read as a clerk types them: dates in every
common form, statuses by their labels, parts by numeral or digit,
requirement ids and unit names with full-width characters."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI_TASKS, edit, zwgk
from gitkit import commit, git
from zwgk.cli import completion

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


def test_a_status_label_typed_with_spaces_inside(shipped: Path) -> None:
    # Compared as unit names are (model.chars.text_key): white space anywhere out.
    day = ("--as-of", "2018-04-28", "--status")
    items = status_json(shipped, *day, "due  soon")["items"]
    assert items == status_json(shipped, *day, "即 将 到 期")["items"]
    assert items


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


# --- parts --------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["三", "3", "３", "第三部分", "第3部分"])
def test_a_part_by_numeral_or_number(shipped: Path, typed: str) -> None:
    items = status_json(shipped, "--as-of", "2018-08-01", "--part", typed)["items"]
    assert {i["task"] for i in items} == set(range(15, 28))


def test_parts_are_listed_in_numeral_order(shipped: Path, mini: Callable[..., Path]) -> None:
    run = zwgk(shipped, "status", "--part", "九")
    assert run.exit_code == 2
    assert "已有：一、二、三、四、五、六、七、八" in run.stderr
    # Written out of order in the file, up to 十一: still 一 … 十一 when listed.
    parts = "".join(f"  - no: {no}\n    title: 第{no}部分\n" for no in ("十一", "二", "十"))
    root = mini(tasks=MINI_TASKS.replace("tasks:", parts + "tasks:"))
    assert [v for v, _ in completion.part(Ctx(root), "")] == ["一", "二", "十", "十一"]
    run = zwgk(root, "status", "--part", "12")
    assert run.exit_code == 2 and "已有：一、二、十、十一" in run.stderr
    assert zwgk(root, "status", "--part", "11", "--as-of", "2018-08-01").exit_code == 0


class Ctx:
    """The little of click's context a completion function looks at."""

    def __init__(self, root: Path) -> None:
        self.params = {"root": str(root)}
        self.parent = None


# --- requirement ids ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["21.1", "21．1", "２１．１", "21。1", " 21.1 "])
def test_a_requirement_id_typed_with_full_width_dots(shipped: Path, typed: str) -> None:
    run = zwgk(shipped, "show", typed, "--format", "json")
    assert run.exit_code == 0, run.output
    assert [r["id"] for r in json.loads(run.stdout)["requirements"]] == ["21.1"]
    run = zwgk(shipped, "record", typed, "--unit", "jtj", "--done", "--date", "2018-07-20",
               "--as-of", "2018-08-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "req: '21.1'" in (shipped / JTJ).read_text("utf-8")
    git(shipped, "init", "-q")
    commit(shipped, "21.1 done")
    run = zwgk(shipped, "log", typed, "--format", "json")
    assert run.exit_code == 0, run.output
    assert [x["entry"]["req"] for x in json.loads(run.stdout)] == ["21.1"]


def test_a_task_number_in_full_width(shipped: Path) -> None:
    run = zwgk(shipped, "show", "２１．", "--format", "json")
    assert run.exit_code == 0 and json.loads(run.stdout)["no"] == 21


# --- periods ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["２０１８", "2018年", "2018年度"])
def test_record_reads_a_typed_year_period(shipped: Path, typed: str) -> None:
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20",
               "--period", typed, "--as-of", "2018-08-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "period: '2018'" in (shipped / JTJ).read_text("utf-8")


@pytest.mark.parametrize("typed", ["2018年第二季度", "2018年二季度", "2018q2", "２０１８－Ｑ２"])
def test_record_reads_a_typed_quarter_period(shipped: Path, typed: str) -> None:
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-08-02",
               "--period", typed, "--as-of", "2018-08-02")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "period: 2018-Q2" in (shipped / "data/progress/2018/hbj.yaml").read_text("utf-8")


@pytest.mark.parametrize("typed", DATES)
def test_record_reads_an_event_period_in_any_date_form(shipped: Path, typed: str) -> None:
    event = zwgk(shipped, "record", "28.1", "--unit", "jtj", "--event", "文件公布",
                 "--date", "2018-08-01", "--as-of", "2018-08-01")  # fmt: skip
    assert event.exit_code == 0, event.output
    run = zwgk(shipped, "record", "28.1", "--unit", "jtj", "--done", "--date", "2018-08-02",
               "--period", typed, "--as-of", "2018-08-02")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "period: '2018-08-01'" in (shipped / JTJ).read_text("utf-8")


# --- units ----------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["各镇（街道）", "各镇(街道)", "各镇（街道)", " 各镇 (街道) "])
def test_a_group_with_either_bracket(shipped: Path, typed: str) -> None:
    items = status_json(shipped, "--as-of", "2018-08-01", "--unit", typed)["items"]
    assert len({i["unit"] for i in items}) == 9


@pytest.mark.parametrize("typed", ["jtj", "ＪＴＪ", "JTJ", "县教体局", "县 教体局"])
def test_a_unit_by_id_or_name_in_either_width(shipped: Path, typed: str) -> None:
    items = status_json(shipped, "--as-of", "2018-08-01", "--unit", typed)["items"]
    assert items and {i["unit"] for i in items} == {"jtj"}
    run = zwgk(shipped, "record", "21.1", "--unit", typed, "--done", "--date", "2018-07-20",
               "--as-of", "2018-08-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert (shipped / JTJ).is_file()


def test_a_unit_name_is_folded_as_every_typed_word(shipped: Path) -> None:
    # One fold (model.chars.half_width), not NFKC: a modifier letter ʲ is no j.
    run = zwgk(shipped, "status", "--as-of", "2018-08-01", "--unit", "jtʲ")
    assert run.exit_code == 2 and "没有单位" in run.stderr


def test_two_names_that_differ_only_in_width_are_one_name(shipped: Path) -> None:
    edit(shipped, "data/units.yaml", "{id: jtj, name: 县教体局, kind: department}",
         "{id: jtj, name: 县教体局, kind: department, aliases: ['各镇(街道)']}")  # fmt: skip
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1 and "duplicate-name 名称或别名“各镇（街道）”已属于 jtj" in run.output


def test_day_counts_in_full_width(shipped: Path) -> None:
    typed = status_json(shipped, "--as-of", "2018-12-20", "--due-within", "１４")["items"]
    assert typed == status_json(shipped, "--as-of", "2018-12-20", "--due-within", "14d")["items"]
    assert typed


@pytest.mark.parametrize("typed", ["14天", "14 天", "14天内", "14日", "14个自然日", "１４天"])
def test_calendar_days_in_chinese(shipped: Path, typed: str) -> None:
    # --due-within counts calendar days (README): 天 is its unit.
    typed_items = status_json(shipped, "--as-of", "2018-12-20", "--due-within", typed)["items"]
    assert (
        typed_items == status_json(shipped, "--as-of", "2018-12-20", "--due-within", "14")["items"]
    )


def test_working_days_where_calendar_days_are_counted_are_refused(shipped: Path) -> None:
    # Refused, never converted: 14个工作日 is no 14 calendar days.
    run = zwgk(shipped, "status", "--as-of", "2018-12-20", "--due-within", "14个工作日")
    assert run.exit_code == 2 and "按日历天计，不按工作日" in run.stderr


def test_working_days_in_chinese(shipped: Path) -> None:
    day = ("--as-of", "2018-12-20", "--warn-days")
    assert status_json(shipped, *day, "7个工作日")["summary"]["due_soon"] == 113
    assert status_json(shipped, *day, "6工作日")["summary"]["due_soon"] == 0
    run = zwgk(shipped, "status", *day, "7天")
    assert run.exit_code == 2 and "按工作日计" in run.stderr
    notice = ("notice", "--unit", "jtj", "--as-of", "2018-09-28", "--reply-days")
    run = zwgk(shipped, *notice, "3个工作日")
    assert run.exit_code == 0 and "2018-10-08" in run.stdout
    run = zwgk(shipped, *notice, "3天")
    assert run.exit_code == 2 and "按工作日计" in run.stderr


def test_an_unknown_status_suggests_the_close_ones(shipped: Path) -> None:
    run = zwgk(shipped, "status", "--status", "逾期")
    assert run.exit_code == 2
    assert "未知的状态 逾期；是不是：已逾期（overdue）、逾期完成（late）？可选：" in run.stderr
    run = zwgk(shipped, "--lang", "en", "status", "--status", "overdu")
    assert run.exit_code == 2 and "did you mean: overdue? Or choose from done," in run.stderr
    run = zwgk(shipped, "--lang", "en", "status", "--status", "逾期")
    assert "did you mean: overdue, late?" in run.stderr  # a Chinese label is close too
    run = zwgk(shipped, "status", "--fail-on", "即将")
    assert run.exit_code == 2 and "是不是：即将到期（due_soon）？" in run.stderr
