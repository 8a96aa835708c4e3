"""Reading a ledger from disk: nothing outside it is read, nothing in data/
that looks like a ledger file is silently skipped."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import write, zwgk
from zwgk.checks.registry import run_checks
from zwgk.ledger.load import load_ledger

Build = Callable[..., Path]
ENTRY = '- req: "1.1"\n  date: 2018-07-20\n  status: done\n'
SECRET = "- ci_token: s3cr3t-value\n"  # validate would name the key
needs_symlinks = pytest.mark.skipif(os.name != "posix", reason="Windows: symlinks need rights")


def codes(root: Path) -> list[tuple[str, str, str]]:
    return [(f.path, f.code, f.level) for f in run_checks(load_ledger(root))]


@pytest.fixture
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder outside the ledger, holding what a CI runner must not echo."""
    folder = tmp_path_factory.mktemp("elsewhere")
    write(folder, "secret.yaml", SECRET)
    write(folder, "2018/jtj.yaml", SECRET)
    return folder


@pytest.fixture
def ledger(mini: Build, tmp_path: Path) -> Path:
    root = mini()
    assert root == tmp_path
    return root


@needs_symlinks
@pytest.mark.parametrize(
    ("link", "target", "reported"),
    [
        ("data/progress/2018/jtj.yaml", "secret.yaml", "data/progress/2018/jtj.yaml"),
        ("data/progress/2018", "2018", "data/progress/2018"),
        ("data/calendar.yaml", "secret.yaml", "data/calendar.yaml"),
    ],
)
def test_a_symlink_out_of_the_ledger_is_reported_not_read(
    ledger: Path, outside: Path, link: str, target: str, reported: str
) -> None:
    (ledger / link).parent.mkdir(parents=True, exist_ok=True)
    (ledger / link).symlink_to(outside / target)
    run = zwgk(ledger, "validate", "--format", "github")
    assert run.exit_code == 1
    assert "ci_token" not in run.output and "s3cr3t" not in run.output
    assert reported in run.stdout and "symlink" in run.stdout
    assert codes(ledger) == [(reported, "symlink", "error")]
    # status agrees with validate: it stops on a file it will not read; in the
    # plan's own files that is a data error (exit 1), and so is a unit's progress
    # file (it leaves out what needs that unit's entries); a folder's keeps 2
    status = zwgk(ledger, "status", "--as-of", "2018-08-01")
    expected = 2 if reported == "data/progress/2018" else 1
    assert status.exit_code == expected and reported in status.output
    assert "ci_token" not in status.output and "s3cr3t" not in status.output


@needs_symlinks
def test_a_plan_linked_from_outside_stops_every_command(ledger: Path, outside: Path) -> None:
    (ledger / "data/tasks.yaml").unlink()
    (ledger / "data/tasks.yaml").symlink_to(outside / "secret.yaml")
    run = zwgk(ledger, "validate", "--format", "github")
    assert run.exit_code == 1 and "ci_token" not in run.output
    assert ("data/tasks.yaml", "symlink", "error") in codes(ledger)
    status = zwgk(ledger, "status", "--as-of", "2018-08-01")
    assert status.exit_code == 1 and "data/tasks.yaml" in status.output  # a data error
    assert "ci_token" not in status.output


@needs_symlinks
def test_a_data_folder_linked_from_outside_is_not_read(ledger: Path, outside: Path) -> None:
    write(outside, "data/tasks.yaml", (ledger / "data/tasks.yaml").read_text("utf-8"))
    write(outside, "data/units.yaml", (ledger / "data/units.yaml").read_text("utf-8"))
    write(outside, "data/progress/2018/jtj.yaml", SECRET)
    write(outside, "data/private-notes.yml", SECRET)
    (ledger / "data").rename(ledger / "old-data")
    (ledger / "data").symlink_to(outside / "data")
    found = codes(ledger)
    assert {code for _, code, _ in found} == {"symlink"}
    assert not any("private-notes" in path or "progress" in path for path, _, _ in found)
    run = zwgk(ledger, "validate", "--format", "github")
    assert run.exit_code == 1 and "ci_token" not in run.output


@needs_symlinks
def test_a_symlink_inside_the_ledger_is_not_read_either(ledger: Path, outside: Path) -> None:
    # Writing refuses every link (record, units rename): reading does too, so
    # jtj.yaml -> hbj.yaml cannot count hbj's entries as jtj's.
    write(ledger, "data/progress/2018/hbj.yaml", ENTRY)
    (ledger / "data/progress/2018/jtj.yaml").symlink_to("hbj.yaml")
    (ledger / "data/progress/2018/suozhen.yaml").symlink_to(outside / "2018/jtj.yaml")
    (ledger / "data/progress/2019").symlink_to("2018", target_is_directory=True)
    assert [c for c in codes(ledger) if c[1] != "not-responsible"] == [
        ("data/progress/2018/jtj.yaml", "symlink", "error"),
        ("data/progress/2018/suozhen.yaml", "symlink", "error"),
        ("data/progress/2019", "symlink", "error"),
    ]
    assert [e.unit for e in load_ledger(ledger).entries] == ["hbj"]
    status = zwgk(ledger, "status", "--as-of", "2018-08-01")
    assert status.exit_code == 2 and "data/progress/2018/jtj.yaml" in status.output


@needs_symlinks
@pytest.mark.parametrize("rel", ["data/calendar.yaml", "data/notes.md", "data/progress/README.md"])
def test_any_link_under_data_is_reported(ledger: Path, rel: str) -> None:
    write(ledger, "kept/file.yaml", "{}\n")
    (ledger / rel).parent.mkdir(parents=True, exist_ok=True)
    (ledger / rel).symlink_to(ledger / "kept/file.yaml")
    assert codes(ledger) == [(rel, "symlink", "error")]


@pytest.mark.parametrize(
    ("rel", "reported"),
    [
        ("data/progress/2018/czj.yml", "data/progress/2018/czj.yml"),
        ("data/progress/2018/jtj.YAML", "data/progress/2018/jtj.YAML"),
        ("data/progress/2018/jtj.yaml.txt", "data/progress/2018/jtj.yaml.txt"),
        ("data/progress/2018/jtj.yaml.orig", "data/progress/2018/jtj.yaml.orig"),
        ("data/progress/2018/jtj.yaml~", "data/progress/2018/jtj.yaml~"),
        ("data/progress/2018/czj.yml.bak", "data/progress/2018/czj.yml.bak"),
        ("data/progress/czj.YML", "data/progress/czj.YML"),
        ("data/progress/2018/Notes/readme.txt", "data/progress/2018/Notes"),
        ("data/tasks.yaml.orig", "data/tasks.yaml.orig"),
        ("data/progress/2018/old/jtj.yaml", "data/progress/2018/old"),
        ("data/progress/jtj.yaml", "data/progress/jtj.yaml"),
        ("data/progress/archive/jtj.yaml", "data/progress/archive"),
        ("data/progress/18/jtj.yaml", "data/progress/18"),
        ("data/calendar.yml", "data/calendar.yml"),
        ("data/Units.YAML", "data/Units.YAML"),
    ],
)
def test_a_file_that_is_not_read_is_reported(ledger: Path, rel: str, reported: str) -> None:
    write(ledger, rel, ENTRY)
    assert codes(ledger) == [(reported, "ignored-file", "error")]
    status = zwgk(ledger, "status", "--as-of", "2018-08-01")
    assert status.exit_code == 2 and reported in status.output


def test_hidden_and_lock_files_are_not_reported(ledger: Path) -> None:
    write(ledger, "data/progress/2018/jtj.yaml", ENTRY)
    for rel in (
        "data/progress/2018/.gitkeep",
        "data/progress/.gitkeep",
        "data/progress/2018/jtj.yaml.lock",  # record's lock file
        "data/progress/2018/.jtj.yaml.swp",
        "data/notes.md",  # data/ may hold other things; YAML-looking names are the ledger's
    ):
        write(ledger, rel, "")
    write(ledger, "data/progress/2018/czj.yml", ENTRY)
    assert codes(ledger) == [("data/progress/2018/czj.yml", "ignored-file", "error")]


def test_stray_files_of_other_programs_do_not_stop_status(ledger: Path) -> None:
    # Windows Explorer makes Thumbs.db and desktop.ini by itself; a README
    # explains the folder. None of these could be taken for a ledger file.
    write(ledger, "data/progress/2018/jtj.yaml", ENTRY)
    for rel in (
        "data/progress/2018/Thumbs.db",
        "data/progress/2018/desktop.ini",
        "data/progress/README.md",
        "data/progress/desktop.ini",
        "data/progress/2018/.DS_Store",
        "data/progress/2018/.jtj.yaml.k2j4l1.tmp",  # a temporary of record's
    ):
        write(ledger, rel, "")
    assert codes(ledger) == []
    for args in (["status"], ["report", "--week", "2018-W31"], ["export", "-f", "csv"]):
        run = zwgk(ledger, *args, "--as-of", "2018-08-01")
        assert run.exit_code in (0, 1), run.output  # 1: status's overdue items
        assert "台账有" not in run.output


def test_an_unreadable_year_folder_is_reported(
    ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(ledger, "data/progress/2018/jtj.yaml", ENTRY)
    locked = ledger / "data/progress/2018"
    real_scandir = os.scandir

    def scandir(path: os.PathLike[str] | str) -> object:
        if Path(path) == locked:  # as chmod 000 does, for root too
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = [f for f in run_checks(load_ledger(ledger))]
    assert [(f.path, f.code) for f in found] == [("data/progress/2018", "ignored-file")]
    assert "Permission denied" in found[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_progress_file_is_not_opened(ledger: Path) -> None:
    (ledger / "data/progress/2018").mkdir(parents=True)
    os.mkfifo(ledger / "data/progress/2018/jtj.yaml")
    assert codes(ledger) == [("data/progress/2018/jtj.yaml", "ignored-file", "error")]


def test_outside_a_ledger_is_no_ledger_but_a_named_one_must_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zwgk.errors import ZwgkError
    from zwgk.ledger.load import find_root_if_any

    monkeypatch.chdir(tmp_path)
    assert find_root_if_any() is None
    nowhere = str(tmp_path / "nowhere")
    with pytest.raises(ZwgkError, match="不是台账") as named:
        find_root_if_any(nowhere)
    assert named.value.exit_code == 2
    monkeypatch.setenv("ZWGK_ROOT", nowhere)
    with pytest.raises(ZwgkError, match="不是台账"):
        find_root_if_any()
    monkeypatch.delenv("ZWGK_ROOT")
    # The commands that also work outside a ledger apply the same rule.
    for args in (["calendar", "add", "2018-09-28", "3"], ["import", "t.csv", "-o", "d"]):
        run = zwgk(tmp_path / "nowhere", *args)
        assert run.exit_code == 2 and "不是台账" in run.stderr, args
