"""Ledger text reaching a terminal or a review comment is inert: control
characters in notes, plan texts and commit messages are shown, never obeyed."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI_TASKS, MINI_UNITS, write, zwgk
from gitkit import JTJ_DONE, ZHANG, commit, ledger_repo
from zwgk.cli.console import write_out
from zwgk.outputs.terminal import json_printable, printable

# ESC ] (OSC: set the window title), BEL, ESC [ 2J (clear the screen), a
# carriage return, a one-byte C1 CSI and a right-to-left override.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\r\x9b31m\u202e"
IN_YAML = r'"已公开\e]0;pwned\a\e[2J\r\x9b31m\u202e"'
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
EVENT = '- req: "1.1"\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n'
Build = Callable[..., Path]


def inert(output: str) -> bool:
    return RAW.search(output) is None


def test_printable_shows_controls_as_escapes_and_keeps_the_rest() -> None:
    assert printable(HOSTILE) == r"\x1b]0;pwned\x07\x1b[2J\x0d\x9b31m\u202e"
    assert printable("第一行\r\n\t第二行 ＠ é") == "第一行\r\n\t第二行 ＠ é"
    assert printable(printable(HOSTILE)) == printable(HOSTILE)
    assert json.loads(json_printable(json.dumps(HOSTILE, ensure_ascii=False))) == HOSTILE
    assert inert(json_printable(json.dumps(HOSTILE, ensure_ascii=False)))


def test_log_and_diff_print_notes_and_commits_inert(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE.replace("已公开十月教育信息", IN_YAML))
    commit(repo, "主题" + HOSTILE, author=ZHANG)
    for args in (
        ["log", "1.1"],
        ["log", "1.1", "--format", "json"],
        ["diff", "HEAD~1", "HEAD", "--as-of", "2018-10-09"],
        ["diff", "HEAD~1", "HEAD", "--as-of", "2018-10-09", "--format", "json"],
        ["diff", "HEAD~1", "HEAD", "--as-of", "2018-10-09", "--format", "md"],
    ):
        run = zwgk(repo, *args)
        assert run.exit_code == 0, run.output
        assert inert(run.output), (args, run.output)
        if "json" not in args:
            assert r"\x1b]0;pwned" in run.stdout.replace("\\]", "]"), args  # shown, not hidden
    doc = json.loads(zwgk(repo, "log", "1.1", "--format", "json").stdout)
    assert doc[0]["entry"]["note"] == "已公开" + HOSTILE  # the data itself is unchanged


def test_status_show_and_errors_print_plan_text_inert(mini: Build) -> None:
    tasks = MINI_TASKS.replace("text: 要求一", f"text: {IN_YAML}")
    event = '- req: "1.1"\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n'
    root = mini(tasks=tasks, progress={"2018/jtj.yaml": event})
    day = "2018-10-14"
    for args, code in (
        (["show", "1.1"], 0),
        (["status", "--as-of", day], 0),
        (["status", "--all", "--as-of", day], 0),
        (["record", "1.1", "--unit", HOSTILE, "--progress"], 2),  # the error echoes the unit
    ):
        run = zwgk(root, *args)
        assert run.exit_code == code, (args, run.output)  # a crash's traceback is inert too
        assert inert(run.output), (args, run.output)
    assert r"\x1b]0;pwned" in zwgk(root, "show", "1.1").stdout


def test_markdown_review_output_pings_nobody(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    note = "请 @all 与 @huantai/office 注意"
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE.replace("已公开十月教育信息", note))
    commit(repo, "进展")
    md = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", "2018-10-09", "--format", "md").stdout
    assert "@" not in md and "＠all" in md and "＠huantai/office" in md


def test_a_template_cannot_send_controls_either(mini: Build) -> None:
    root = mini()
    write(root, "templates/report.md.j2", "{{ '\\x1b]0;pwned\\x07' }}标题\n")
    run = zwgk(root, "report", "--week", "2018-W41")
    assert run.exit_code == 0 and run.stdout == "\\x1b]0;pwned\\x07标题\n"


def test_csv_holds_the_data_and_only_a_terminal_sees_escapes(
    mini: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV is data for Excel and programs: every CSV command writes a name as
    it is, the same piped (`> file`) as with `-o`; a terminal sees escapes."""
    units = MINI_UNITS.replace("name: 县教体局", f"name: {IN_YAML}")
    tasks = MINI_TASKS.replace("text: 要求一", f"text: {IN_YAML}")
    root = mini(tasks=tasks, units=units, progress={"2018/jtj.yaml": EVENT})
    day = ["--as-of", "2018-10-14"]
    commands = [
        ["status", *day],
        ["status", *day, "--by", "unit"],
        ["export", *day],
        ["export", "--plan"],
    ]
    for n, command in enumerate(commands):
        # the names' control characters are errors (invisible-char) these
        # commands stop on: the CSV is looked at past them
        args = [*command, "-f", "csv", "--ignore-errors"]
        piped = zwgk(root, *args)
        assert piped.exit_code == 0, piped.output
        written = tmp_path / f"{n}.csv"
        assert zwgk(root, *args, "-o", str(written)).exit_code == 0
        # (Click's runner reads CRLF line ends as LF.)
        assert written.read_bytes().replace(b"\r\n", b"\n") == piped.stdout.encode(), args
        assert "已公开\x1b]0;pwned" in piped.stdout, args
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    write_out(written.read_bytes(), None)
    shown = capsys.readouterr().out
    assert r"已公开\x1b]0;pwned" in shown and inert(shown.replace("\r\n", "\n"))
