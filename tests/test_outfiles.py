"""Where outputs may be written: never over a ledger file, an existing file only
with --force, and a stream or disk that cannot take them is a message."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

from conftest import REPO, write, zwgk
from reportkit import AS_OF, build
from zwgk.errors import ZwgkError
from zwgk.ledger import safefs
from zwgk.outputs import outfiles

HAS_DEV_FULL = os.path.exists("/dev/full")


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return build(tmp_path / "ledger")


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted((root / "data").rglob("*")) if p.is_file()}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (["export", "-f", "csv", "--as-of", AS_OF], "data/progress/2018/jtj.yaml"),
        (["export", "-f", "json"], "data/tasks.yaml"),
        (["export", "-f", "ics", "--as-of", AS_OF], "data/progress/2018/../2018/hbj.yaml"),
        (["export", "-f", "xlsx", "--as-of", AS_OF], "data/calendar.yaml"),  # a new file
        (["export", "--plan", "-f", "csv"], "data/units.yaml"),
        (["report", "--as-of", AS_OF, "-f", "md"], "data/progress/2019/周报.md"),
        (["report", "--as-of", AS_OF, "-f", "docx"], "data/units.yaml"),
        (["codeowners", "--office", "@office"], "data/units.yaml"),
        (["status", "--as-of", AS_OF, "-f", "csv"], "data/progress/2018/jtj.yaml"),
        (["status", "--as-of", AS_OF, "-f", "json", "--by", "unit"], "data/tasks.yaml"),
    ],
)
def test_no_output_lands_in_the_ledger_data(ledger: Path, args: list[str], target: str) -> None:
    before = snapshot(ledger)
    for force in ([], ["--force"]):  # not even --force
        run = zwgk(ledger, *args, "-o", str(ledger / target), *force)
        assert run.exit_code == 2, run.output
        assert "data" in run.stderr and "--force" in run.stderr
    assert snapshot(ledger) == before


def test_links_into_the_data_folder_are_followed(ledger: Path, tmp_path: Path) -> None:
    before = snapshot(ledger)
    (tmp_path / "out").symlink_to(ledger / "data" / "progress")
    (tmp_path / "units.csv").symlink_to(ledger / "data" / "units.yaml")
    for target in (tmp_path / "out" / "2018" / "jtj.yaml", tmp_path / "units.csv"):
        run = zwgk(ledger, "export", "-f", "csv", "--as-of", AS_OF, "-o", str(target), "--force")
        assert run.exit_code == 2 and "data" in run.stderr
    assert snapshot(ledger) == before


def test_the_same_folder_in_another_spelling_is_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A disk that ignores case (Windows, macOS) reaches data/ as DATA/: folders
    # are compared by the disk's identity of them, not by their spelling.
    (tmp_path / "data").mkdir()
    (tmp_path / "DATA").mkdir()  # here, another folder; there, the same one
    assert not safefs.inside(tmp_path / "DATA" / "x.csv", tmp_path / "data")

    def case_blind(a: object, b: object) -> bool:
        return str(a).casefold() == str(b).casefold()

    monkeypatch.setattr(os.path, "samefile", case_blind)
    assert safefs.inside(tmp_path / "DATA" / "progress" / "x.csv", tmp_path / "data")
    assert not safefs.inside(tmp_path / "data2" / "x.csv", tmp_path / "data")


def test_notices_never_go_into_the_data_folder(ledger: Path, tmp_path: Path) -> None:
    before = snapshot(ledger)
    run = zwgk(ledger, "notice", "--all", "--as-of", AS_OF, "-o", str(ledger / "data" / "progress"))
    assert run.exit_code == 2 and "data" in run.stderr
    # A notice file name that is a link into data/ is not written through.
    out = tmp_path / "通知"
    out.mkdir()
    (out / "督办通知-县教体局-jtj-2018-10-14.md").symlink_to(ledger / "data" / "units.yaml")
    run = zwgk(ledger, "notice", "--all", "--as-of", AS_OF, "-o", str(out), "--force")
    assert run.exit_code == 2 and "data" in run.stderr
    assert snapshot(ledger) == before
    assert sorted(p.name for p in out.iterdir()) == ["督办通知-县教体局-jtj-2018-10-14.md"]


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["export", "-f", "csv", "--as-of", AS_OF], "义务.csv"),
        (["export", "-f", "xlsx", "--as-of", AS_OF], "义务.xlsx"),
        (["export", "-f", "ics", "--as-of", AS_OF], "到期日.ics"),
        (["export", "--plan", "-f", "xlsx"], "任务分解表.xlsx"),
        (["report", "--as-of", AS_OF], "周报.html"),
        (["report", "--as-of", AS_OF], "周报.docx"),
        (["status", "--as-of", AS_OF, "-f", "json"], "状态.json"),
    ],
)
def test_an_existing_file_is_replaced_only_with_force(
    ledger: Path, tmp_path: Path, args: list[str], name: str
) -> None:
    out = write(tmp_path, name, "a person's own file")
    run = zwgk(ledger, *args, "-o", str(out))
    assert run.exit_code == 2 and "--force" in run.stderr and name in run.stderr
    assert out.read_text("utf-8") == "a person's own file"
    assert zwgk(ledger, *args, "-o", str(out), "--force").exit_code == 0
    assert out.read_bytes() != b"a person's own file"


def test_status_writes_what_it_would_print(ledger: Path, tmp_path: Path) -> None:
    for fmt in ("json", "csv"):
        shown = zwgk(ledger, "status", "--as-of", AS_OF, "-f", fmt)
        out = tmp_path / f"状态.{fmt}"
        run = zwgk(ledger, "status", "--as-of", AS_OF, "-f", fmt, "-o", str(out))
        assert run.exit_code == 0, run.output
        assert out.read_text("utf-8") == shown.stdout
    # The screen's table is not a file format.
    run = zwgk(ledger, "status", "--as-of", AS_OF, "-o", str(tmp_path / "状态.txt"))
    assert run.exit_code == 2 and "--format" in run.stderr
    assert not (tmp_path / "状态.txt").exists()


def test_existing_notices_are_replaced_only_with_force(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "通知"
    kept = write(out, "督办通知-少海街道-shaohai-2018-10-14.md", "已改过的通知")
    run = zwgk(ledger, "notice", "--all", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 2 and kept.name in run.stderr
    assert sorted(p.name for p in out.iterdir()) == [kept.name]  # nothing half written
    run = zwgk(ledger, "notice", "--all", "--as-of", AS_OF, "-o", str(out), "--force")
    assert run.exit_code == 0
    assert kept.read_text("utf-8").startswith("# 督办通知")


def test_two_units_never_share_a_notice_file(ledger: Path, tmp_path: Path) -> None:
    # Two names a file name cannot tell apart: "/" and ":" both become "_".
    units = (ledger / "data/units.yaml").read_text("utf-8")
    units = units.replace("name: 县教体局", "name: 县/局").replace("name: 少海街道", "name: 县:局")
    write(ledger, "data/units.yaml", units)
    out = tmp_path / "通知"
    run = zwgk(ledger, "notice", "--all", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.output
    files = sorted(p.name for p in out.iterdir())
    assert files == ["督办通知-县_局-jtj-2018-10-14.md", "督办通知-县_局-shaohai-2018-10-14.md"]
    assert "2 份" in run.stderr


def test_two_outputs_of_one_run_are_never_one_file(tmp_path: Path) -> None:
    paths = [tmp_path / "督办通知-A.md", tmp_path / "督办通知-a.md"]
    with pytest.raises(ZwgkError, match="同一个文件"):
        outfiles.refuse_files(paths, tmp_path / "ledger", force=True)


def run_module(ledger: Path, *args: str, stdout: int | IO[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZWGK_LANG": "zh"}
    env.pop("ZWGK_ROOT", None)
    return subprocess.run([sys.executable, "-m", "zwgk", "--root", str(ledger), *args],
                          stdout=stdout, stderr=subprocess.PIPE, env=env, text=True,
                          encoding="utf-8", check=False)  # fmt: skip


@pytest.mark.skipif(not HAS_DEV_FULL, reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["export", "-f", "xlsx", "--as-of", AS_OF],
        ["export", "--plan", "-f", "xlsx"],
        ["report", "--as-of", AS_OF, "-f", "docx"],
    ],
)
def test_a_full_disk_under_o_is_one_message(ledger: Path, args: list[str]) -> None:
    # /dev/full is no one's file: no --force needed to write to it.
    run = run_module(ledger, *args, "-o", "/dev/full", stdout=subprocess.DEVNULL)
    assert run.returncode == 2, run.stderr
    assert "无法写入 /dev/full" in run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr


@pytest.mark.skipif(not HAS_DEV_FULL, reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["status", "--as-of", AS_OF],
        ["status", "--as-of", AS_OF, "-f", "csv"],
        ["export", "-f", "json"],
        ["export", "-f", "csv", "--as-of", AS_OF],  # bytes, not text
        ["calendar", "add", "2018-10-08", "3"],  # one short line, flushed at the end
        ["--help"],
    ],
)
def test_standard_output_on_a_full_disk_is_one_message(ledger: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        run = run_module(ledger, *args, stdout=full)
    assert run.returncode == 2, run.stderr
    assert "无法写出到标准输出" in run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr


def test_a_reader_that_goes_away_is_no_error(ledger: Path) -> None:
    # A guard for the handler above (main was quiet here already): a closed
    # pipe is the reader's choice, not a failure to report.
    read, write_end = os.pipe()
    os.close(read)  # `zwgk status | head -0`: nobody reads
    try:
        run = run_module(ledger, "status", "--as-of", AS_OF, "--all", stdout=write_end)
    finally:
        os.close(write_end)
    assert run.returncode == 0 and run.stderr == ""  # quietly, as git: not a data error


@pytest.mark.parametrize(
    ("platform", "stdout_is_pipe", "filename", "gone"),
    [
        ("win32", True, None, True),  # Windows says EINVAL for a closed pipe
        ("win32", False, None, False),  # standard output a file: not a reader gone
        ("win32", True, "a:b.md", False),  # a file name Windows refuses
        ("linux", True, None, False),
    ],
)
def test_a_closed_pipe_on_windows_is_einval(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    stdout_is_pipe: bool,
    filename: str | None,
    gone: bool,
) -> None:
    from zwgk.cli.app import _output_failed

    if stdout_is_pipe:
        read, fd = os.pipe()
        os.close(read)
    else:
        fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT)
    with open(fd, "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        monkeypatch.setattr(sys, "platform", platform)
        exc = OSError(errno.EINVAL, "Invalid argument", filename)
        if gone:
            with pytest.raises(SystemExit) as done:
                _output_failed(exc)
            assert done.value.code == 0
        else:
            with pytest.raises(OSError) as bug:  # a bug: its traceback is kept
                _output_failed(exc)
            assert bug.value is exc


@pytest.mark.skipif(os.name != "posix", reason="Windows: symlinks need rights")
@pytest.mark.parametrize("dangling", [False, True])
def test_force_replaces_a_link_never_its_target(
    ledger: Path, tmp_path: Path, dangling: bool
) -> None:
    # A link committed to the repository (reports/weekly.md -> elsewhere):
    # --force allows replacing what stands at -o, never writing where it points.
    victim = tmp_path / "victim.txt"
    if not dangling:
        victim.write_text("someone else's file", "utf-8")
    out = ledger / "reports" / "weekly.md"
    out.parent.mkdir()
    out.symlink_to(victim)
    run = zwgk(ledger, "report", "--week", "2018-W41", "-o", str(out))
    assert run.exit_code == 2 and "--force" in run.stderr
    run = zwgk(ledger, "report", "--week", "2018-W41", "-o", str(out), "--force")
    assert run.exit_code == 0, run.output
    assert not out.is_symlink() and out.read_text("utf-8").startswith("#")
    if dangling:
        assert not os.path.lexists(victim)
    else:
        assert victim.read_text("utf-8") == "someone else's file"
    assert [p.name for p in out.parent.iterdir()] == ["weekly.md"]  # no temporary left


@pytest.mark.skipif(os.name != "posix", reason="Windows: symlinks need rights")
def test_init_and_codeowners_force_replace_links_not_targets(shipped: Path, tmp_path: Path) -> None:
    # init, import and codeowners share refuse_existing/refuse_output and one writer.
    victim = write(tmp_path, "victim.txt", "someone else's file")
    root = tmp_path / "new"
    (root / "data").mkdir(parents=True)
    (root / "data" / "tasks.yaml").symlink_to(victim)
    run = zwgk(None, "init", str(root), "--no-git", "--year", "2027", "--force")
    assert run.exit_code == 0, run.output
    assert not (root / "data" / "tasks.yaml").is_symlink()
    assert victim.read_text("utf-8") == "someone else's file"
    # codeowners -o, with --force, through a link
    (tmp_path / "CODEOWNERS").symlink_to(victim)
    run = zwgk(shipped, "codeowners", "--office", "@office", "-o", str(tmp_path / "CODEOWNERS"),
               "--force")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert not (tmp_path / "CODEOWNERS").is_symlink()
    assert victim.read_text("utf-8") == "someone else's file"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_devices_are_still_written_through(ledger: Path) -> None:
    run = zwgk(ledger, "report", "--week", "2018-W41", "-o", "/dev/null")
    assert run.exit_code == 0, run.output
    assert Path("/dev/null").is_char_device()


def test_a_replaced_output_keeps_its_permissions(ledger: Path, tmp_path: Path) -> None:
    out = write(tmp_path, "状态.json", "old")
    out.chmod(0o640)
    run = zwgk(ledger, "status", "--as-of", AS_OF, "-f", "json", "-o", str(out), "--force")
    assert run.exit_code == 0, run.output
    assert out.stat().st_mode & 0o777 == 0o640 and out.read_text("utf-8") != "old"


def test_force_never_writes_into_a_ledger_file_through_a_hard_link(
    ledger: Path, tmp_path: Path
) -> None:
    # A hard link outside data/ is the same file as a progress file: writing it
    # in place would replace the unit's entries. Outputs are written as a new
    # file renamed into place, so the ledger's file keeps its bytes.
    before = snapshot(ledger)
    alias = tmp_path / "jtj.yaml"
    os.link(ledger / "data/progress/2018/jtj.yaml", alias)
    run = zwgk(ledger, "export", "-f", "csv", "--as-of", AS_OF, "-o", str(alias), "--force")
    assert run.exit_code == 0, run.output
    assert alias.read_bytes().startswith(b"\xef\xbb\xbf")  # the CSV went to the path asked
    assert snapshot(ledger) == before
