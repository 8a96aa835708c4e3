"""Exit codes as the README says (issue 14): 130 when the clerk stops a
command (Ctrl-C anywhere, Ctrl-D at a question), 0 and not a word when the
reader of the output stops early (`zwgk status | head`), 2 for an id the plan
does not have and for every other usage error — each with a short message,
never a traceback. The signals and pipes are real: the commands run in a
subprocess (a pseudo-terminal where they ask)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest
import typer

from conftest import APP, REPO, reaped, zwgk
from gitkit import commit, git

AS_OF = "2018-10-14"


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZWGK_LANG": "zh", "TERM": "dumb"}
    env.pop("ZWGK_ROOT", None)
    return env


def _argv(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "zwgk", "--root", str(root), *args]


def _id(value: object) -> str | None:
    """A test's id: the command line it runs."""
    return " ".join(value) if isinstance(value, list) else None


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text and "Exception ignored" not in text, text


# Ctrl-C and Ctrl-D: 130, one line, nothing written.


def _at_a_prompt(cwd: Path, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(sys.executable, ["-m", "zwgk", *args], cwd=str(cwd), env=_env(),
                          encoding="utf-8", timeout=60)  # fmt: skip
    child.expect("[:：]")  # the first question is on the screen
    return child


def _ended(child: pexpect.spawn) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus is None, "killed by the signal instead of handling it"
    return child.exitstatus, str(child.before)


@pytest.mark.parametrize("key", ["\x03", "\x04"], ids=["ctrl-c", "ctrl-d"])
def test_ctrl_c_or_ctrl_d_at_a_question_is_130(tmp_path: Path, key: str) -> None:
    # `init` asks for the effective date at a terminal: typer.prompt turns
    # the key into click's Abort, which exited 1 (a data error) before.
    child = _at_a_prompt(tmp_path, "init", "new", "--no-git")
    child.send(key)
    code, said = _ended(child)
    assert code == 130, said
    assert said.strip().endswith("已取消。"), said
    _no_traceback(said)
    assert not (tmp_path / "new").exists()  # nothing written


def test_ctrl_c_in_interactive_record_is_130_and_writes_nothing(shipped: Path) -> None:
    child = _at_a_prompt(shipped, "--root", str(shipped), "record")
    child.sendintr()
    code, said = _ended(child)
    assert code == 130, said
    assert "已取消。" in said
    _no_traceback(said)
    assert not (shipped / "data" / "progress").exists() or not any(
        (shipped / "data" / "progress").rglob("*.yaml")
    )


def test_ctrl_c_during_a_long_command_is_130_with_a_message(shipped: Path) -> None:
    # status --all as JSON is far more than a pipe holds: once its first line
    # is read, the command is still writing when the signal comes.
    run = subprocess.Popen(_argv(shipped, "status", "--as-of", AS_OF, "--all", "-f", "json"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
                           bufsize=0)  # fmt: skip
    with reaped(run):
        assert run.stdout is not None
        assert run.stdout.readline() == b"{\n"
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=120)
    assert run.returncode == 130
    assert err.decode("utf-8") == "已取消。\n"  # not a tty: no line break before it


def test_ctrl_c_while_the_command_is_imported_is_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from zwgk.cli import app

    def interrupted(argv: list[str]) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(app, "app_for", interrupted)
    monkeypatch.setattr(sys, "argv", ["zwgk", "status"])
    with pytest.raises((SystemExit, KeyboardInterrupt)) as done:
        app.main()
    assert isinstance(done.value, SystemExit), "a traceback, not an exit"
    assert done.value.code == 130
    assert capsys.readouterr().err == "已取消。\n"


def test_an_abort_from_a_prompt_is_130_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same rule for a test runner's invocation (no real terminal): click's
    # prompt says Abort for Ctrl-C and Ctrl-D.
    from zwgk.cli import options

    def abort(*args: object, **kwargs: object) -> str:
        raise typer.Abort

    monkeypatch.setattr(options, "prompting", lambda: True)
    monkeypatch.setattr(typer, "prompt", abort)
    run = zwgk(None, "init", str(tmp_path / "new"), "--no-git")
    assert run.exit_code == 130 and run.stderr == "已取消。\n"
    assert not (tmp_path / "new").exists()


# A reader that stops early: 0, silently, for every command that prints.


@pytest.fixture(scope="module")
def repo_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The shipped ledger with one progress entry, committed in git (`log`, `diff`)."""
    import shutil

    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(REPO / "data", root / "data")
    git(root, "init", "-q", "-b", "main")
    commit(root, "plan")
    entry = "- req: '21.1'\n  date: 2018-07-20\n  status: done\n"
    (root / "data" / "progress" / "2018").mkdir(parents=True)
    (root / "data" / "progress" / "2018" / "jtj.yaml").write_text(entry, "utf-8")
    commit(root, "progress")
    yield root


PRINTERS = [
    ["status", "--as-of", AS_OF],
    ["status", "--as-of", AS_OF, "--all"],
    ["status", "--as-of", AS_OF, "-f", "json"],
    ["status", "--as-of", AS_OF, "-f", "csv"],
    ["status", "--as-of", AS_OF, "--by", "unit"],
    ["show", "21"],
    ["show", "21.1", "-f", "json"],
    ["report", "--as-of", AS_OF],
    ["notice", "--all", "--as-of", AS_OF],
    ["export", "-f", "json"],
    ["export", "-f", "csv", "--as-of", AS_OF],
    ["export", "-f", "ics", "--as-of", AS_OF],
    ["export", "--plan", "-f", "csv"],
    ["log", "21.1"],
    ["log", "--unit", "jtj", "-f", "json"],
    ["diff", "HEAD~1", "--as-of", AS_OF],
    ["validate"],
    ["validate", "-f", "json"],
    ["units"],
    ["units", "-f", "json"],
    ["calendar", "show", "2018-10"],
    ["calendar", "add", "2018-09-28", "3"],
    ["codeowners", "--office", "@office", "-o", "-"],
    ["--help"],
    ["--version"],
    ["status", "--help"],
]


@pytest.mark.parametrize("args", PRINTERS, ids=_id)
def test_a_closed_pipe_ends_quietly_with_0(repo_ledger: Path, args: list[str]) -> None:
    read, write_end = os.pipe()
    os.close(read)  # `zwgk … | head -0`: nobody reads, every write fails
    try:
        run = subprocess.run(_argv(repo_ledger, *args), stdout=write_end,
                             stderr=subprocess.PIPE, env=_env(), check=False)  # fmt: skip
    finally:
        os.close(write_end)
    err = run.stderr.decode("utf-8")
    assert (run.returncode, err) == (0, ""), err


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", AS_OF, "--all"],
        ["status", "--as-of", AS_OF, "--all", "-f", "json"],
        ["export", "-f", "csv", "--as-of", AS_OF],
    ],
    ids=_id,
)
def test_head_1_ends_quietly_with_0(repo_ledger: Path, args: list[str]) -> None:
    # `zwgk status --all | head -1`: one line read, then the reader goes.
    run = subprocess.Popen(_argv(repo_ledger, *args), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=_env())  # fmt: skip
    assert run.stdout is not None and run.stderr is not None
    assert run.stdout.readline()
    run.stdout.close()
    err = run.stderr.read().decode("utf-8")
    run.stderr.close()
    assert (run.wait(timeout=120), err) == (0, "")


@pytest.mark.parametrize(
    ("args", "code"),
    [(["show", "99"], 2), (["status", "--no-such-option"], 2), (["--lang", "fr", "status"], 2)],
    ids=_id,
)
def test_an_error_nobody_reads_keeps_its_exit_code(
    repo_ledger: Path, args: list[str], code: int
) -> None:
    # `zwgk show 99 2>&1 | head -0`: the message cannot be written either;
    # the exit code still says what happened (it said 1, or 0, before).
    read, write_end = os.pipe()
    os.close(read)
    try:
        run = subprocess.run(_argv(repo_ledger, *args), stdout=write_end, stderr=write_end,
                             env=_env(), check=False)  # fmt: skip
    finally:
        os.close(write_end)
    assert run.returncode == code


# An id the plan does not have: exit 2, with the ids close to it.


@pytest.mark.parametrize(
    "args",
    [
        ["record", "21.10", "--unit", "jtj", "--done", "--date", "2018-07-20"],
        ["show", "21.10"],
        ["log", "21.10"],
    ],
    ids=_id,
)
def test_an_unknown_requirement_is_a_usage_error_everywhere(shipped: Path, args: list[str]) -> None:
    run = zwgk(shipped, *args)
    assert run.exit_code == 2, run.output
    assert run.stderr == '错误：计划中没有要求 "21.10"\n  提示：是不是：21.1、2.1、1.1？\n'
    assert not (shipped / "data" / "progress").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["record", "21.1", "--unit", "县教育局", "--done", "--date", "2018-07-20"],
         "没有单位“县教育局”"),
        (["record", "99.1", "--unit", "jtj", "--done", "--date", "2018-07-20"], '没有要求 "99.1"'),
        (["status", "--unit", "县教育局"], "没有单位“县教育局”"),
        (["status", "--task", "99"], "没有任务 99"),
        (["show", "99"], "没有任务或要求 99"),
        (["units", "rename", "县环保", "新局", "--id", "x", "--on", "2018-07-01"],
         "没有单位 县环保"),
        (["units", "merge", "hbj", "县环保", "--into", "新局", "--id", "x", "--on", "2018-07-01"],
         "没有单位 县环保"),
    ],
)  # fmt: skip
def test_every_unknown_id_typed_is_exit_2(shipped: Path, args: list[str], message: str) -> None:
    before = (shipped / "data" / "units.yaml").read_bytes()
    run = zwgk(shipped, *args)
    assert run.exit_code == 2, run.output
    assert message in run.stderr
    assert (shipped / "data" / "units.yaml").read_bytes() == before
    assert not (shipped / "data" / "progress").exists()


# Usage errors: 2 for every command.


def _commands() -> list[tuple[list[str], Any]]:
    found: list[tuple[list[str], Any]] = []

    def walk(command: Any, path: list[str]) -> None:
        found.append((path, command))
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, [*path, name])

    walk(typer.main.get_command(APP), [])
    return found


COMMANDS = _commands()


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_an_unknown_option_is_exit_2(shipped: Path, path: list[str], command: Any) -> None:
    run = zwgk(shipped, *path, "--no-such-option")
    assert run.exit_code == 2 and "没有选项 --no-such-option" in run.stderr, run.output


OPTIONS = [
    (path, param.opts[0])
    for path, command in COMMANDS
    for param in command.params
    if type(param).__name__.endswith("Option") and not param.is_flag and path
]


@pytest.mark.parametrize(("path", "option"), OPTIONS, ids=[" ".join([*p, o]) for p, o in OPTIONS])
def test_an_option_without_its_value_is_exit_2(shipped: Path, path: list[str], option: str) -> None:
    run = zwgk(shipped, *path, option)
    assert run.exit_code == 2 and f"选项 {option} 需要一个值" in run.stderr, run.output


REQUIRED = [
    (path, command)
    for path, command in COMMANDS
    if any(p.required and type(p).__name__.endswith("Argument") for p in command.params)
]


@pytest.mark.parametrize(("path", "command"), REQUIRED, ids=[" ".join(p) for p, _ in REQUIRED])
def test_a_missing_argument_is_exit_2(shipped: Path, path: list[str], command: Any) -> None:
    run = zwgk(shipped, *path)
    assert run.exit_code == 2 and "缺少" in run.stderr, run.output


@pytest.mark.parametrize(
    ("args", "said"),
    [
        # a value no option of its kind takes, also where the format has no use for it
        (["export", "--as-of", "2018-13-01"], "--as-of 的值无效"),
        (["export", "--warn-days", "ten"], "--warn-days 的值无效"),
        (["export", "--plan", "-f", "csv", "--as-of", "x"], "--as-of 的值无效"),
        (["status", "--as-of", "x"], "--as-of 的值无效"),
        (["status", "--task", "x"], "“x”不是整数"),
        (["status", "--format", "xml"], "不在可选值"),
        (["report", "--week", "2018-W60"], "不是一个周"),
        (["notice", "--all", "--reply-days", "-1"], "--reply-days 的值无效"),
        (["calendar", "add", "2018-10-08", "x"], "“x”不是整数"),
        (["calendar", "show", "2018-13"], "不是月份"),
        (["init", "new", "--year", "x"], "“x”不是整数"),
        (["record", "21.1", "--unit", "jtj", "--done", "--date", "x"], "--date 的值无效"),
        (["units", "rename", "hbj", "新局", "--id", "x", "--on", "x"], "--on 的值无效"),
        (["--lang", "fr", "status"], "不支持的语言 fr"),
        (["nosuch"], "没有命令“nosuch”"),
        (["show", "21.1", "22.1"], "多余的参数：22.1"),
        # flags that contradict each other
        (["notice", "--all", "--unit", "jtj"], "--unit 和 --all 不能同时使用"),
        (["status", "--by", "unit", "--all"], "--by 和 --all 不能同时使用"),
        (["report", "--week", "2018-W41", "--month", "2018-10"], "只能给一个"),
        (["record", "21.1", "--unit", "jtj", "--done", "--progress"], "只能给出一种状态"),
        (["record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20",
          "--until", "2019-01-31"], "--until 和 --done 不能同时使用"),
    ],
    ids=_id,
)  # fmt: skip
def test_a_bad_value_or_a_conflict_is_exit_2(shipped: Path, args: list[str], said: str) -> None:
    args = [str(shipped / "new") if a == "new" else a for a in args]
    run = zwgk(shipped, *args)
    assert run.exit_code == 2, run.output
    assert said in run.stderr
    assert not (shipped / "data" / "progress").exists() and not (shipped / "new").exists()
