"""Where a ledger keeps its files (`ledger/layout.py`): the path the writer
makes, the reader's test of it, and the pattern CODEOWNERS lines and
`validate --changed-since` glob with agree on every progress file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from zwgk.ledger.layout import (
    is_lock_file,
    is_progress_file,
    lock_path,
    progress_path,
    progress_pattern,
)


def test_the_file_record_writes_is_one_the_reader_reads(tmp_path: Path) -> None:
    path = progress_path(tmp_path, "jtj", dt.date(2018, 10, 12))
    rel = path.relative_to(tmp_path).as_posix()
    assert rel == "data/progress/2018/jtj.yaml"
    assert is_progress_file(rel)
    path.parent.mkdir(parents=True)
    path.write_text("[]\n", "utf-8")
    assert list(tmp_path.glob(progress_pattern("jtj"))) == [path]
    assert not list(tmp_path.glob(progress_pattern("czj")))


def test_what_is_not_a_progress_file() -> None:
    assert not is_progress_file("data/progress/2018/.gitkeep")
    assert not is_progress_file("data/progress/18/jtj.yaml")
    assert not is_progress_file("data/progress/2018/old/jtj.yaml")
    assert not is_progress_file("data/progress/2018/jtj.yml")
    assert not is_progress_file("data/tasks.yaml")


def test_the_lock_of_a_ledger_file_is_known_as_one(tmp_path: Path) -> None:
    lock = lock_path(tmp_path / "data/progress/2018/jtj.yaml")
    assert lock.parent == tmp_path / "data/progress/2018"
    assert is_lock_file(lock.name)
    assert not is_lock_file("jtj.yaml")
