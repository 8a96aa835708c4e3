"""The interactive `record`'s answer checks: each takes what the clerk typed
and returns the value, or says why not (with "是不是" where something close
exists). The questions themselves are run in a real terminal in
test_record_terminal.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import write
from zwgk.cli.asking import BadAnswer, yes_no
from zwgk.cli.recordprompts import (
    Given,
    choice_answer,
    date_answer,
    evidence_answer,
    note_answer,
    open_periods,
    period_answer,
    requirement_answer,
    status_answer,
    unit_answer,
    until_answer,
)
from zwgk.ledger.load import PlannedLedger, load_plan_or_fail
from zwgk.ledger.record import NewEntry

TODAY = dt.date(2018, 12, 5)


@pytest.fixture
def ledger(shipped: Path) -> PlannedLedger:
    return load_plan_or_fail(shipped, with_progress=True)


def reason(call: object, *args: object) -> str:
    assert callable(call)
    with pytest.raises(BadAnswer) as caught:
        call(*args)
    return str(caught.value)


def test_requirement(ledger: PlannedLedger) -> None:
    assert requirement_answer(ledger, " 21.1 ").id == "21.1"
    assert reason(requirement_answer, ledger, "21.9") == '计划中没有要求 "21.9"；是不是：21.1？'
    assert reason(requirement_answer, ledger, "") == "这一项必填"


def test_unit_only_one_responsible(ledger: PlannedLedger) -> None:
    req = ledger.plan.requirement("21.1")
    assert req is not None
    assert unit_answer(ledger, req, "县教体局") == "jtj"  # by name
    assert unit_answer(ledger, req, "jtj") == "jtj"
    # A name nobody has: the responsible unit close to it.
    assert (
        reason(unit_answer, ledger, req, "教体局") == "没有单位“教体局”；是不是：县教体局 (jtj)？"
    )
    # A real unit not responsible for it: refused, the responsible one offered.
    assert reason(unit_answer, ledger, req, "县环保局") == (
        '县环保局 不是要求 "21.1" 的责任单位；是不是：县教体局 (jtj)？'
    )


def test_unit_of_many_and_groups(ledger: PlannedLedger) -> None:
    req = ledger.plan.requirement("4.2")  # lead: 各镇（街道）
    assert req is not None
    assert unit_answer(ledger, req, "索镇街道") == "suozhen"
    # The group is who leads, but an entry is one unit's: name one of them.
    assert reason(unit_answer, ledger, req, "各镇（街道）").startswith(
        "“各镇（街道）”是一组单位：记录是一个单位的，请填其中一个单位；是不是：索镇街道 (suozhen)、"
    )
    # Nothing close and too many to offer: who they are, in a list.
    assert reason(unit_answer, ledger, req, "县教体局") == (
        '县教体局 不是要求 "4.2" 的责任单位；该要求的责任单位：'
        "索镇街道、少海街道、起凤镇、田庄镇、荆家镇、马桥镇、新城镇、唐山镇…"
    )


def test_status_words(ledger: PlannedLedger) -> None:
    req21, req28 = ledger.plan.requirement("21.1"), ledger.plan.requirement("28.1")
    assert req21 is not None and req28 is not None
    words = ("完成", "已完成", "DONE", "延期", "不适用", "事件")
    assert [status_answer(req28, w) for w in words] == [
        "done", "done", "done", "extend", "exempt", "event",
    ]  # fmt: skip
    assert "是不是：完成？" in reason(status_answer, req21, "完成了")
    # 21.1 has no after: rule: an event is refused at once, not after every question.
    assert reason(status_answer, req21, "事件") == '要求 "21.1" 没有 after: 规则，不接受事件'


def test_dates(ledger: PlannedLedger) -> None:
    for text in ("2018-07-20", "2018年7月20日", "2018/7/20", "20180720", "２０１８－０７－２０"):
        assert date_answer(text, TODAY) == dt.date(2018, 7, 20), text
    # The rule validate's future-date check gives (checks/entries.dated_after):
    # a day checked on that is not today is --as-of, and said so.
    assert reason(date_answer, "2018-12-06", TODAY).startswith(
        "记录日期 2018-12-06 晚于核对日期 2018-12-05（--as-of）"
    )
    today = dt.date.today()
    assert reason(date_answer, (today + dt.timedelta(days=1)).isoformat(), today).startswith(
        f"记录日期 {today + dt.timedelta(days=1)} 晚于今天（{today}）"
    )
    assert "不是日期" in reason(date_answer, "7月20日", TODAY)
    assert "超出范围" in reason(date_answer, "1800-01-01", TODAY)


def test_until_must_move_the_due_date(ledger: PlannedLedger) -> None:
    req = ledger.plan.requirement("48.1")  # due 2018-12-31
    assert req is not None
    entry = NewEntry(req="48.1", unit="jtj", status="extend", date=dt.date(2018, 11, 20))
    assert until_answer(ledger, req, entry, "2019/1/31") == dt.date(2019, 1, 31)
    assert reason(until_answer, ledger, req, entry, "2018-11-01") == (
        "延期日 2018-11-01 不晚于记录日期 2018-11-20"
    )
    assert reason(until_answer, ledger, req, entry, "2018-12-20").startswith(
        "延期至 2018-12-20 不晚于当前的期限 2018-12-31"
    )


def test_choices_and_periods(ledger: PlannedLedger) -> None:
    req = ledger.plan.requirement("23.1")  # monthly and quarterly
    assert req is not None
    periods = open_periods(ledger, req, "hbj", dt.date(2018, 7, 15))
    # What has begun and is still open, in the plan's order; nothing of August.
    assert periods[-2:] == ["2018-07", "2018-Q3"] and "2018-08" not in periods
    assert choice_answer("2018-Q3", periods, None) == "2018-Q3"
    assert choice_answer("", periods, None) is None  # Enter: left out
    assert choice_answer("1", periods, None) == periods[0]
    assert "“2018-Q5”不是其中一期" in reason(choice_answer, "2018-Q5", periods, None)
    # Typed as --period takes it: the quarter and the month in Chinese.
    assert period_answer("2018年第三季度", periods, None) == "2018-Q3"
    assert period_answer("2018年7月", periods, None) == "2018-07"
    assert period_answer("1", periods, None) == periods[0]


def test_note_evidence_yes_no(tmp_path: Path) -> None:
    assert note_answer("", required=False) is None
    assert reason(note_answer, " ", True) == "这种记录必须写明理由"
    write(tmp_path, "docs/通知.pdf", "")
    assert evidence_answer(tmp_path, "docs/通知.pdf") == "docs/通知.pdf"
    assert evidence_answer(tmp_path, "https://www.huantai.gov.cn/a.html") == (
        "https://www.huantai.gov.cn/a.html"
    )
    assert evidence_answer(tmp_path, "") is None
    assert "没有文件“docs/none.pdf”" in reason(evidence_answer, tmp_path, "docs/none.pdf")
    for url in (
        "https://",
        "http://localhost",
        "www.huantai.gov.cn",
        "ftp://a.b/c",
        "https://a b.cn",
    ):
        assert "不像网址" in reason(evidence_answer, tmp_path, url), url
    for path in ("/etc/passwd", "../outside.pdf", "C:/a.pdf"):
        assert "不是台账中的文件" in reason(evidence_answer, tmp_path, path), path
    assert [yes_no(a) for a in ("是", "Y", "yes", "否", "n", "", "嗯")] == [
        True, True, True, False, False, None, None,
    ]  # fmt: skip


def test_what_makes_the_command_line_incomplete() -> None:
    full = Given(req="21.1", unit="jtj", status="done")
    assert not full.incomplete()
    assert Given(req="21.1", unit="jtj").incomplete()
    assert Given(req="48.1", unit="jtj", status="extend", until=TODAY).incomplete()
    assert not Given(req="48.1", unit="jtj", status="extend", until=TODAY, note="待批复",
                     approved_by="县政府办公室").incomplete()  # fmt: skip
    assert Given(req="57.1", unit="xxzx", status="blocked").incomplete()
    assert Given(req="28.1", unit="jtj", status="event").incomplete()


def test_long_lists_are_cut() -> None:
    from zwgk.cli.recordprompts import _listed

    weeks = [f"2018-W{n:02d}" for n in range(1, 21)]
    assert _listed(weeks[:3]) == "2018-W01、2018-W02、2018-W03"
    assert _listed(weeks).startswith("2018-W01、") and _listed(weeks).endswith("2018-W08…")
    # Periods still open: the current ones matter most.
    assert _listed(weeks, latest=True) == "…" + "、".join(weeks[-8:])


def test_a_value_given_on_the_command_line_is_not_asked_again(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a terminal, a wrong --unit is refused as without questions (exit 1),
    not asked for again: the clerk typed it, the command line says it."""
    from typer.testing import CliRunner

    from zwgk.cli.app import whole_app
    from zwgk.cli.commands import record

    monkeypatch.setattr(record, "_prompting", lambda: True)
    args = ["--root", str(shipped), "record", "21.1", "--unit", "hbj", "--as-of", "2018-07-25"]
    result = CliRunner().invoke(whole_app(), args, input="done\n")
    assert result.exit_code == 1
    assert '县环保局 不是要求 "21.1" 的责任单位' in result.output
    assert "状态" not in result.output  # refused before any question
    assert not (shipped / "data/progress").exists()


def test_the_one_event_is_suggested_for_a_word_near_it() -> None:
    """V4: 发布 for 文件公布 gets 是不是：文件公布, and no "序号 1–1"."""
    said = reason(choice_answer, "发布", ["文件公布"], "文件公布", "prompt.event_invalid")
    assert said == "“发布”不是该要求的事件：请照原样输入 文件公布；是不是：文件公布？"
    said = reason(choice_answer, "发布", ["文件公布", "方案印发"], None, "prompt.event_invalid")
    assert "是不是：文件公布、方案印发？" in said and "序号 1–2" in said


def test_unit_suggestions_fold_as_names_are_read(ledger: PlannedLedger) -> None:
    """D4: the responsible units are suggested by Directory.suggest, which
    compares names folded as they are read: full-width ＳＵＯＺＨＥＮ１ is
    close to suozhen (it used to get only the list of units)."""
    req = ledger.plan.requirement("4.2")
    assert req is not None
    assert reason(unit_answer, ledger, req, "ＳＵＯＺＨＥＮ１") == (
        "没有单位“ＳＵＯＺＨＥＮ１”；是不是：索镇街道 (suozhen)？"
    )
