"""Files saved as GBK (GB18030) or UTF-16: said so by every reader, and
`zwgk fix-encoding` (zwgk.ledger.recode) rewrites them as UTF-8."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import APP, REPO, zwgk
from zwgk.ledger.load import load_ledger

JTJ = "data/progress/2018/jtj.yaml"
TEXT = '- req: "21.1"\r\n  date: 2018-07-01\r\n  status: progress\r\n  note: 已公开招生范围\r\n'
GBK = TEXT.encode("gb18030")


def put(root: Path, rel: str, raw: bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return path


def test_validate_says_a_gbk_file_is_gbk_and_how_to_fix_it(shipped: Path) -> None:
    put(shipped, JTJ, GBK)
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1
    assert "data/progress/2018/jtj.yaml:4:9" in run.stdout
    assert "GBK（GB18030）编码，不是 zwgk 读取的 UTF-8" in run.stdout
    assert "zwgk fix-encoding data/progress/2018/jtj.yaml" in run.stdout
    assert "缩进" not in run.stdout and "YAML 语法错误" not in run.stdout  # no YAML to fix
    english = zwgk(shipped, "--lang", "en", "validate")
    assert "the file is GBK (GB18030), not UTF-8" in english.stdout


@pytest.mark.parametrize("rel", ["data/tasks.yaml", "data/units.yaml"])
def test_a_gbk_plan_file_is_named_gbk_where_it_stops_a_command(shipped: Path, rel: str) -> None:
    path = shipped / rel
    path.write_bytes(path.read_text("utf-8").encode("gb18030"))
    for args in (["validate"], ["status", "--as-of", "2018-10-14"]):
        run = zwgk(shipped, *args)
        assert run.exit_code == 1, run.output
        assert "GBK（GB18030）编码" in run.output and f"zwgk fix-encoding {rel}" in run.output


def test_record_refuses_a_gbk_file_with_the_same_words(shipped: Path) -> None:
    path = put(shipped, JTJ, GBK)
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 1
    assert "GBK（GB18030）编码" in run.stderr and "zwgk fix-encoding" in run.stderr
    assert path.read_bytes() == GBK


def test_a_utf8_file_with_one_gbk_line_is_not_called_gbk(shipped: Path) -> None:
    # Typed into a UTF-8 file by a GBK editor: neither encoding reads it whole.
    mixed = TEXT.encode("utf-8") + "  by: 县教体局\r\n".encode("gbk")
    path = put(shipped, JTJ, mixed)
    run = zwgk(shipped, "validate")
    assert run.exit_code == 1 and "文件不是 UTF-8 编码" in run.stdout
    assert "GBK" not in run.stdout and "fix-encoding" not in run.stdout
    fixed = zwgk(None, "fix-encoding", "--yes", str(path))
    assert fixed.exit_code == 1 and "未改动" in fixed.stderr
    assert path.read_bytes() == mixed


def test_fix_encoding_rewrites_gbk_as_utf8_keeping_line_ends(shipped: Path) -> None:
    path = put(shipped, JTJ, GBK)
    run = zwgk(None, "fix-encoding", "--yes", str(path))
    assert run.exit_code == 0, run.output
    assert "GBK（GB18030）编码，将改存为 UTF-8" in run.stdout
    assert "4    note: 已公开招生范围" in run.stdout  # the line as it will read
    assert "已改存为 UTF-8" in run.stdout
    assert path.read_bytes() == TEXT.encode("utf-8")
    assert zwgk(shipped, "validate").exit_code == 0
    assert [e.note for e in load_ledger(shipped).entries] == ["已公开招生范围"]
    record = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert record.exit_code == 0, record.output


def test_a_file_with_a_utf8_bom_and_gbk_lines_is_not_called_gbk(shipped: Path) -> None:
    # Notepad's UTF-8 file, a line added by a GBK editor: converting it whole
    # would turn the BOM into 锘 and keep the UTF-8 lines garbled.
    mixed = b"\xef\xbb\xbf" + GBK
    path = put(shipped, JTJ, mixed)
    assert "GBK" not in zwgk(shipped, "validate").stdout
    assert zwgk(None, "fix-encoding", "--yes", str(path)).exit_code == 1
    assert path.read_bytes() == mixed


def test_fix_encoding_leaves_no_lock_beside_a_file_that_is_not_yaml(tmp_path: Path) -> None:
    template = put(tmp_path, "templates/weekly.md.j2", "# {{ title }} 周报\r\n".encode("gbk"))
    assert zwgk(None, "fix-encoding", "--yes", str(template)).exit_code == 0
    assert template.read_bytes() == "# {{ title }} 周报\r\n".encode()
    assert sorted(p.name for p in template.parent.iterdir()) == ["weekly.md.j2"]


def test_fix_encoding_rewrites_notepads_unicode(shipped: Path) -> None:
    path = put(shipped, JTJ, TEXT.encode("utf-16"))  # with its BOM, as Notepad saves
    run = zwgk(None, "fix-encoding", "-y", str(path))
    assert run.exit_code == 0 and "UTF-16" in run.stdout
    assert path.read_bytes() == TEXT.encode("utf-8")


def test_fix_encoding_leaves_utf8_alone_and_refuses_what_it_cannot_read(
    shipped: Path, tmp_path: Path
) -> None:
    utf8 = put(shipped, JTJ, b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    binary = put(tmp_path, "photo.yaml", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x80\xff")
    run = zwgk(None, "fix-encoding", "--yes", str(utf8))
    assert run.exit_code == 0 and "已是 UTF-8 编码，无需转换" in run.stdout
    assert utf8.read_bytes() == b"\xef\xbb\xbf" + TEXT.encode("utf-8")  # BOM and all
    run = zwgk(None, "fix-encoding", "--yes", str(binary))
    assert run.exit_code == 1 and "既不是 UTF-8" in run.stderr
    assert binary.read_bytes() == b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x80\xff"
    missing = zwgk(None, "fix-encoding", "--yes", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2 and "没有文件" in missing.stderr
    # Several files: each is done, the exit code is the worst.
    gbk = put(tmp_path, "gbk.yaml", GBK)
    run = zwgk(None, "fix-encoding", "--yes", str(binary), str(gbk), str(utf8))
    assert run.exit_code == 1 and gbk.read_bytes() == TEXT.encode("utf-8")


def test_fix_encoding_asks_at_a_terminal_and_only_there(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = put(shipped, JTJ, GBK)
    run = zwgk(None, "fix-encoding", str(path))  # no terminal, no --yes
    assert run.exit_code == 2 and "--yes" in run.stderr and "已公开招生范围" in run.stdout
    assert path.read_bytes() == GBK
    monkeypatch.setattr("zwgk.cli.commands.fix_encoding.prompting", lambda: True)
    for answer in ("n\n", "\n", "否\n"):
        run_no = CliRunner().invoke(APP, ["fix-encoding", str(path)], input=answer)
        assert run_no.exit_code == 1 and "未转换" in run_no.stderr
        assert path.read_bytes() == GBK
    # End of input (Ctrl-D) is Ctrl-C, as at every question: nothing done, 130.
    # Stopping ignores a second Ctrl-C: in-process, pytest gets its own back
    # (later pexpect children would inherit it ignored).
    previous = signal.getsignal(signal.SIGINT)
    try:
        run_eof = CliRunner().invoke(APP, ["fix-encoding", str(path)], input="")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert run_eof.exit_code == 130 and path.read_bytes() == GBK
    run_yes = CliRunner().invoke(APP, ["fix-encoding", str(path)], input="y\n")
    assert run_yes.exit_code == 0 and "改存为 UTF-8 吗（是/否，直接回车为否）" in run_yes.stdout
    assert path.read_bytes() == TEXT.encode("utf-8")


def test_fix_encoding_takes_the_path_validate_prints_from_inside_the_ledger(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = put(shipped, JTJ, GBK)
    monkeypatch.chdir(shipped / "data" / "progress")
    run = zwgk(None, "fix-encoding", "--yes", JTJ)
    assert run.exit_code == 0, run.output
    assert path.read_bytes() == TEXT.encode("utf-8")


def test_fix_encoding_does_not_write_when_the_file_changed_after_it_was_shown(
    shipped: Path,
) -> None:
    from zwgk.ledger.append import replace_whole
    from zwgk.ledger.recode import examine

    path = put(shipped, JTJ, GBK)
    found = examine(path)
    path.write_bytes(GBK + "  by: 张三\r\n".encode("gbk"))
    assert replace_whole(path, JTJ, found.before, found.after) is False
    assert path.read_bytes().startswith(GBK)


@pytest.mark.skipif(os.name != "posix", reason="bash completion protocol")
def test_the_shell_completes_the_command_and_leaves_files_to_itself(shipped: Path) -> None:
    def complete(words: str) -> list[str]:
        env = {**os.environ, "_ZWGK_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - 1), "ZWGK_ROOT": str(shipped)}  # fmt: skip
        script = f"import sys; sys.argv[0] = 'zwgk'; sys.path.insert(0, {str(REPO)!r}); " \
                 "from zwgk.cli.app import main; main()"  # fmt: skip
        return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, check=False).stdout.split()  # fmt: skip

    assert complete("zwgk fix-enc") == ["fix-encoding"]
    assert complete("zwgk fix-encoding --y") == ["--yes"]
    # Nothing for a FILE: the shell's own file names (`complete -o default`).
    assert complete("zwgk fix-encoding data/pro") == []


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("answer", "code"), [("y", 0), ("是的", 0), ("n", 1), ("", 1), (None, 130)]
)
def test_fix_encoding_at_a_real_terminal(shipped: Path, answer: str | None, code: int) -> None:
    pexpect = pytest.importorskip("pexpect")
    path = put(shipped, JTJ, GBK)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZWGK_")}
    env.update(PYTHONPATH=str(REPO), COLUMNS="100", TERM="dumb")
    child = pexpect.spawn(sys.executable, ["-m", "zwgk", "fix-encoding", JTJ], cwd=str(shipped),
                          env=env, encoding="utf-8", timeout=60,
                          preexec_fn=_ctrl_c_as_at_a_terminal)  # fmt: skip
    child.expect("已公开招生范围")
    child.expect(r"改存为 UTF-8 吗（是/否，直接回车为否）")
    if answer is None:
        # Ctrl-C: nothing written. Again if the first came before the child sat
        # down to read: CPython only notes a signal that comes just before a
        # blocking read, and acts on it once the read returns.
        for _ in range(10):
            child.sendintr()
            if child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=5) == 0:
                break
    else:
        child.sendline(answer)
        child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code
    assert path.read_bytes() == (TEXT.encode("utf-8") if code == 0 else GBK)


def _ctrl_c_as_at_a_terminal() -> None:
    """In the child: Ctrl-C interrupts, whatever the test runner inherited (a
    runner started in the background of a script has SIGINT ignored, and the
    child of an ignored signal ignores it too)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_fix_encoding_leaves_no_lock_beside_a_yaml_file_outside_any_ledger(
    tmp_path_factory: pytest.TempPathFactory, shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock keeps zwgk's writers of one ledger apart; a file outside
    every ledger has none, and nothing ignores a lock left beside it."""
    outside = put(tmp_path_factory.mktemp("elsewhere"), "outside.yaml", GBK)
    assert zwgk(None, "fix-encoding", "--yes", str(outside)).exit_code == 0
    assert outside.read_bytes() == TEXT.encode("utf-8")
    assert sorted(p.name for p in outside.parent.iterdir()) == ["outside.yaml"]
    # Inside a ledger the lock is taken, as record takes it: held, it waits.
    from filelock import FileLock

    monkeypatch.setattr("zwgk.ledger.append.LOCK_TIMEOUT", 0)
    inside = put(shipped, JTJ, GBK)
    with FileLock(str(inside) + ".lock"):
        run = zwgk(None, "fix-encoding", "--yes", str(inside))
    assert run.exit_code == 2 and inside.read_bytes() == GBK
