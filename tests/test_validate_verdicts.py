"""validate's per-file verdicts (`checks/verdicts.py`): a file in which the
checks of an entry alone found nothing is not checked so again while its
bytes and what those checks read are the same, and what validate prints is
the same as without the cache."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import count_calls, write, zwgk
from zwgk.checks import entries, verdicts
from zwgk.checks.registry import ALONE, ENTRY_CHECKS

Build = Callable[..., Path]

DONE = '- req: "1.1"\n  date: 2018-07-20\n  status: done\n'
PHONE = '- req: "1.1"\n  date: 2018-08-01\n  status: progress\n  note: 联系人 13812345678\n'
VALIDATE = ("validate", "--as-of", "2018-10-14", "--format", "json")


def checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entries each run with the cache hands to the checks of an
    entry alone."""
    sizes: list[int] = []
    real = verdicts.FileVerdicts.unchecked

    def counted(self: verdicts.FileVerdicts, entries: Any) -> Any:
        found = real(self, entries)
        if self.context is not None:
            sizes.append(len(found))
        return found

    monkeypatch.setattr(verdicts.FileVerdicts, "unchecked", counted)
    return sizes


def uncached(root: Path, *args: str) -> str:
    return zwgk(root, *args, env={"ZWGK_NO_CACHE": "1"}).stdout


def test_a_clean_file_is_not_checked_again_until_it_changes(
    mini: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    # jtj leads 1.1: clean; hbj neither leads nor supports it: not-responsible.
    root = mini(progress={"2018/jtj.yaml": DONE, "2018/hbj.yaml": DONE})
    sizes = checked(monkeypatch)
    first = zwgk(root, *VALIDATE)
    assert '"not-responsible"' in first.stdout
    second = zwgk(root, *VALIDATE)
    assert sizes == [2, 1]  # the second time, hbj's file only: jtj's was clean
    assert first.stdout == second.stdout == uncached(root, *VALIDATE)
    # jtj's file changed: checked again, and what it now holds is found.
    write(root, "data/progress/2018/jtj.yaml", DONE + PHONE)
    third = zwgk(root, *VALIDATE)
    assert sizes[2] == 3 and '"personal-data"' in third.stdout
    assert third.stdout == uncached(root, *VALIDATE)
    # A finding is never remembered: the file with one is checked every time.
    assert zwgk(root, *VALIDATE).stdout == third.stdout and sizes[3] == 3


def test_another_day_checks_every_file_again(mini: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    root = mini(progress={"2018/jtj.yaml": DONE})
    sizes = checked(monkeypatch)
    assert zwgk(root, *VALIDATE).exit_code == 0
    earlier = ("validate", "--as-of", "2018-07-01", "--format", "json")
    run = zwgk(root, *earlier)  # the entry of 2018-07-20 is after that day
    assert sizes == [1, 1] and run.exit_code == 1 and '"future-date"' in run.stdout
    assert run.stdout == uncached(root, *earlier)


def test_a_verdict_not_signed_here_is_not_believed(
    mini: Build,
    monkeypatch: pytest.MonkeyPatch,
    cache_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = mini(progress={"2018/jtj.yaml": DONE})
    assert zwgk(root, *VALIDATE).exit_code == 0
    [verdict] = cache_dir.glob("*.files-clean")
    elsewhere = tmp_path_factory.mktemp("other-cache")
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(elsewhere))
    assert zwgk(root, *VALIDATE).exit_code == 0  # a key of its own
    (elsewhere / verdict.name).write_bytes(verdict.read_bytes())
    sizes = checked(monkeypatch)
    assert zwgk(root, *VALIDATE).exit_code == 0
    assert sizes == [1]


def test_the_checks_left_out_are_checks_of_an_entry_alone() -> None:
    codes = {check.id for check in ENTRY_CHECKS}
    assert ALONE.issubset(codes)
    # These replay every entry of a requirement: never left out.
    assert not ALONE & {"done-twice", "extension-not-later", "late-extension", "unknown-period"}


def test_a_requirement_replayed_clean_is_not_replayed_until_a_file_changes(
    mini: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = DONE.replace("2018-07-20", "2018-08-20")
    root = mini(progress={"2018/jtj.yaml": DONE + later})
    replays = count_calls(monkeypatch, entries, "repeated_dones")
    first = zwgk(root, *VALIDATE)
    assert replays.total() == 1
    assert zwgk(root, *VALIDATE).stdout == first.stdout and replays.total() == 1
    # Another unit's file: the requirement's entries may have changed.
    write(root, "data/progress/2018/hbj.yaml", DONE)
    third = zwgk(root, *VALIDATE)
    assert replays.total() == 2 and third.stdout == uncached(root, *VALIDATE)
