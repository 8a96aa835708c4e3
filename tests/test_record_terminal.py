"""The interactive `zwgk record` in a real pseudo-terminal (pexpect): what a
clerk sees and types, Ctrl-C and Ctrl-D included. `CliRunner` cannot show
these: it is no terminal, and it does not send signals."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pexpect
import pytest

from conftest import REPO
from zwgk.ledger.load import load_ledger

JTJ = "data/progress/2018/jtj.yaml"
GUARD = 60
"""Seconds pexpect waits for a prompt: a guard against a hang, not a measure."""


def spawn(root: Path, *args: str, lang: str = "zh") -> pexpect.spawn:
    """`python3 -m zwgk --root ROOT record ARGS` in a pseudo-terminal, with an
    environment of its own: nothing of the caller's shell (colours, language,
    home, width) reaches it."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "ZWGK_LANG": lang,
        "ZWGK_CACHE_DIR": str(root / ".cache"),
        "TERM": "dumb",
        "HOME": str(root / "home"),
        "COLUMNS": "100",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }
    argv = ["-m", "zwgk", "--root", str(root), "record", *args]
    child = pexpect.spawn(sys.executable, argv, env=env, encoding="utf-8", timeout=GUARD,
                          dimensions=(40, 100))  # fmt: skip
    child.logfile_read = io.StringIO()  # the whole screen, for `converse`
    return child


def converse(child: pexpect.spawn, steps: Sequence[tuple[str, str]]) -> str:
    """Answer each question (a regular expression) as it comes; the whole screen."""
    for question, answer in steps:
        child.expect(question)
        child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    return str(child.logfile_read.getvalue())


def files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted((root / "data").rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def ledger(shipped: Path) -> Iterator[Path]:
    (shipped / "home").mkdir()
    yield shipped


def test_a_clerk_records_by_answering_questions(ledger: Path) -> None:
    """The issue's session: a wrong unit first (是不是), 完成 as the status,
    2018年7月20日 as the date; the entry is shown, confirmed, written once."""
    child = spawn(ledger, "--as-of", "2018-07-25")
    steps = [
        (r"要求编号（如 21\.1）", "21.1"),
        (r"单位.*\[县教体局\]", "教体局"),
        ("是不是：县教体局 \\(jtj\\)？", "jtj"),
        ("状态（完成/进展/受阻/事件/不适用/延期）", "完成"),
        (r"日期 \[2018-07-25\]", "2018年7月20日"),
        ("备注", "已在门户网站公开招生范围"),
        ("佐证", "https://www.huantai.gov.cn/art/2018/7/20/art_1.html"),
        ("另一项佐证", ""),
    ]
    for question, answer in steps:
        child.expect(question)
        child.sendline(answer)
    child.expect("将写入 data/progress/2018/jtj.yaml：")
    child.expect(r"写入这条记录吗（是/否）")
    shown = str(child.before)
    assert "status: done" in shown and "date: 2018-07-20" in shown
    assert not (ledger / JTJ).exists()  # nothing before the clerk says so
    screen = converse(child, [("", "是")])
    assert child.exitstatus == 0, screen
    assert "已记录到 data/progress/2018/jtj.yaml" in screen
    assert "21.1 县教体局 2018 到期 2018-07-31 已完成" in screen
    entries = load_ledger(ledger).entries
    assert [(e.req, e.unit, e.status, e.date.isoformat(), e.note, e.evidence) for e in entries] == [
        ("21.1", "jtj", "done", "2018-07-20", "已在门户网站公开招生范围",
         ("https://www.huantai.gov.cn/art/2018/7/20/art_1.html",)),
    ]  # fmt: skip


def test_enter_alone_writes_nothing(ledger: Path) -> None:
    """Three Enters used to write a done dated today: now the status must be
    said, and the confirmation too."""
    child = spawn(ledger, "21.1", "--as-of", "2018-07-25")
    child.expect(r"单位.*\[县教体局\]")
    child.sendline("")
    child.expect("状态")
    child.sendline("")
    child.expect("这一项必填")
    child.sendline("done")
    for _ in range(3):  # date (today's default), note, evidence
        child.sendline("")
    child.expect("写入这条记录吗")
    child.sendline("")
    child.expect("写入这条记录吗")  # asked again: Enter is no answer
    child.sendline("否")
    child.expect("未写入。")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert not (ledger / "data/progress").exists()


@pytest.mark.parametrize("key", ["ctrl-c", "ctrl-d"])
def test_ctrl_c_or_ctrl_d_at_a_question_writes_nothing(ledger: Path, key: str) -> None:
    (ledger / JTJ).parent.mkdir(parents=True)
    event = "- req: '28.1'\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n"
    (ledger / JTJ).write_text(event, encoding="utf-8")
    before = files(ledger)
    child = spawn(ledger, "--as-of", "2018-10-14")
    for question, answer in [("要求编号", "21.1"), ("单位", "jtj"), ("状态", "完成"),
                             ("日期", "2018-07-20")]:  # fmt: skip
        child.expect(question)
        child.sendline(answer)
    child.expect("备注")
    if key == "ctrl-c":
        child.sendintr()
    else:
        child.sendeof()
    child.expect("已取消。")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in str(child.before)
    assert files(ledger) == before


def test_ctrl_c_at_the_confirmation_writes_nothing(ledger: Path) -> None:
    child = spawn(ledger, "21.1", "-u", "jtj", "--date", "2018-07-20", "--as-of", "2018-07-25")
    for question, answer in [("状态", "done"), ("备注", ""), ("佐证", "")]:
        child.expect(question)
        child.sendline(answer)
    child.expect("写入这条记录吗")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not (ledger / "data/progress").exists()


def test_an_extension_asks_what_it_needs_and_checks_each_answer(ledger: Path) -> None:
    """Flags given are not asked again; `--extend` alone asks the date, which
    instance, until when (a day that moves the due date), the reason and who
    approved it."""
    child = spawn(ledger, "48.1", "--unit", "jtj", "--extend", "--as-of", "2018-12-05")
    screen = converse(child, [
        ("日期", "2018/11/20"),
        ("哪一期（2018-12-31；直接回车：所有未完成的各期）", ""),
        ("延至哪天", "2018-12-20"),
        ("不晚于当前的期限 2018-12-31", "2019年1月31日"),
        ("延期的理由（必填）", ""),
        ("这种记录必须写明理由", "待县政府批复"),
        ("佐证", ""),
        ("批准单位", "县政府办公室"),
        ("写入这条记录吗", "是"),
    ])  # fmt: skip
    assert child.exitstatus == 0, screen
    assert "单位" not in screen.split("日期")[0]  # given on the command line: not asked
    assert "“2018-12-20”" not in screen and "延期至 2018-12-20 不晚于当前的期限" in screen
    [entry] = load_ledger(ledger).entries
    assert (entry.status, entry.date.isoformat(), entry.until, entry.note, entry.approved_by) == (
        "extend", "2018-11-20", __import__("datetime").date(2019, 1, 31), "待县政府批复",
        "县政府办公室",
    )  # fmt: skip


def test_personal_data_is_asked_about_before_it_is_written(ledger: Path) -> None:
    """Point 7: at a terminal the clerk hears of the mobile number before
    anything is written, and Enter (no) asks for the note again."""
    child = spawn(ledger, "21.1", "-u", "jtj", "--done", "--as-of", "2018-07-25",
                  "--date", "2018-07-20", "--note", "联系人手机13812345678")  # fmt: skip
    child.expect(r"note 中有手机号码（138\*\*\*\*5678）")
    child.expect(r"仍然照此写入吗（是/否，直接回车为否）")
    assert "13812345678" not in str(child.before)
    child.sendline("")
    child.expect("未写入。")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert not (ledger / "data/progress").exists()
    # Asked as it is typed: no keeps the question open for a note without it.
    child = spawn(ledger, "21.1", "-u", "jtj", "--as-of", "2018-07-25")
    screen = converse(child, [
        ("状态", "进展"), ("日期", "2018-07-20"), ("哪一期", ""),
        ("备注", "联系人手机13812345678"), ("仍然照此写入吗", "否"),
        ("备注", "已联系学校"), ("佐证", ""), ("写入这条记录吗", "是"),
    ])  # fmt: skip
    assert child.exitstatus == 0, screen
    [entry] = load_ledger(ledger).entries
    assert entry.note == "已联系学校"


def test_english(ledger: Path) -> None:
    child = spawn(ledger, "21.1", "-u", "jtj", "--date", "2018-07-20", "--as-of", "2018-07-25",
                  lang="en")  # fmt: skip
    screen = converse(child, [
        (r"status \(done/progress/blocked/event/exempt/extend\)", "finished"),
        ("is not a status", "done"), ("note", ""), ("evidence", ""),
        (r"write this entry \(yes/no\)", "yes"),
    ])  # fmt: skip
    assert child.exitstatus == 0, screen
    assert "recorded in data/progress/2018/jtj.yaml." in screen


def test_personal_data_in_a_flag_is_asked_about_with_the_questions(ledger: Path) -> None:
    """A --note given while the rest is asked: its mobile number is named and
    asked about at once, as a typed note's is (it used to be written unasked)."""
    child = spawn(ledger, "21.1", "--note", "联系人手机 13912345678", "--as-of", "2018-07-25")
    child.expect(r"note 中有手机号码（139\*\*\*\*5678）")
    child.expect(r"仍然照此写入吗（是/否，直接回车为否）")
    child.sendline("否")
    child.expect("未写入。")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "单位" not in str(child.before)  # nothing asked before it
    assert not (ledger / "data/progress").exists()


def test_a_date_given_after_as_of_is_refused_before_any_question(ledger: Path) -> None:
    child = spawn(ledger, "--date", "2019-01-05", "--as-of", "2018-07-25")
    child.expect(pexpect.EOF)
    child.close()
    screen = str(child.logfile_read.getvalue())
    assert child.exitstatus == 1, screen
    assert "记录日期 2019-01-05 晚于核对日期 2018-07-25（--as-of）" in screen
    assert "要求编号" not in screen


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("21.10",), '计划中没有要求 "21.10"'),
        (("21.10", "--unit", "jtj"), '计划中没有要求 "21.10"'),
        (("21.1", "--unit", "nosuch"), "没有单位“nosuch”"),
        (("48.1", "--unit", "各镇(街道)"), "“各镇（街道）”是一组单位"),
    ],
)
def test_a_bad_id_given_is_a_bad_argument_at_a_terminal_too(
    ledger: Path, args: tuple[str, ...], said: str
) -> None:
    """Exit 2, as off a terminal and as `show 21.10`: a bad argument, not a
    refused entry (exit 1)."""
    child = spawn(ledger, *args, "--as-of", "2018-07-25")
    child.expect(pexpect.EOF)
    child.close()
    screen = str(child.logfile_read.getvalue())
    assert child.exitstatus == 2, screen
    assert said in screen


def test_an_unreadable_file_is_said_before_the_rest_is_asked(ledger: Path) -> None:
    """jtj's file saved as GBK: said as soon as the unit is known, not after
    every answer and the 是."""
    (ledger / JTJ).parent.mkdir(parents=True)
    before = "- req: '21.1'\n  date: 2018-07-02\n  status: progress\n  note: 已公开\n"
    (ledger / JTJ).write_bytes(before.encode("gbk"))
    child = spawn(ledger, "21.1", "--as-of", "2018-07-25")
    child.expect(r"单位.*\[县教体局\]")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    screen = str(child.logfile_read.getvalue())
    assert child.exitstatus == 1, screen
    assert (
        "data/progress/2018/jtj.yaml:4:9: 错误：这个进展文件读不出" in screen
        and "zwgk fix-encoding" in screen
    )
    assert "状态" not in screen
    assert (ledger / JTJ).read_bytes() == before.encode("gbk")


def test_an_event_name_near_the_one_is_suggested(ledger: Path) -> None:
    """V4: 28.1's one event is 文件公布: 发布 is told so (是不是：文件公布),
    with no "输入序号 1–1"; Enter takes it."""
    child = spawn(ledger, "28.1", "--event", "", "--as-of", "2018-10-14")
    screen = converse(child, [
        ("单位", "suozhen"), ("日期", "2018-09-28"),
        (r"事件名称 \[文件公布\]", "发布"),
        ("是不是：文件公布", ""),
        ("备注", ""), ("佐证", ""), ("写入这条记录吗", "是"),
    ])  # fmt: skip
    assert child.exitstatus == 0, screen
    assert "1–1" not in screen
    [entry] = load_ledger(ledger).entries
    assert (entry.status, entry.event) == ("event", "文件公布")
