"""The file-system rules shared by every reader and writer (`safefs`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest

from zwgk.ledger.safefs import (
    NotRegular,
    TooLarge,
    inside,
    is_link,
    read_regular,
    replace_atomically,
)

needs_symlinks = pytest.mark.skipif(os.name != "posix", reason="Windows: symlinks need rights")


@needs_symlinks
def test_a_link_is_a_link_wherever_it_points(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    (tmp_path / "to-file").symlink_to("file")
    (tmp_path / "dangling").symlink_to("nowhere")
    assert is_link(tmp_path / "to-file") and is_link(tmp_path / "dangling")
    assert not is_link(tmp_path / "file") and not is_link(tmp_path / "missing")
    assert not is_link(tmp_path / "file" / "below")  # a file on the way: nothing there


@pytest.mark.parametrize(
    ("tag", "link"),
    [(0xA0000003, True), (0xA000000C, True), (0x9000001A, False), (0x80000013, False)],
)
def test_a_junction_is_a_link_a_cloud_placeholder_is_not(
    monkeypatch: pytest.MonkeyPatch, tag: int, link: bool
) -> None:
    # What os.lstat says on Windows: a junction is a folder with a reparse tag;
    # OneDrive placeholders (0x9000001A) and deduplicated files are reparse
    # points too, and are the files themselves.
    info = SimpleNamespace(st_mode=stat.S_IFDIR | 0o755, st_file_attributes=0x400,
                           st_reparse_tag=tag)  # fmt: skip
    monkeypatch.setattr(os, "lstat", lambda path: info)
    assert is_link("C:/ledger/data") is link


@needs_symlinks
def test_read_regular_reads_regular_files_only(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"12345")
    (tmp_path / "link").symlink_to("file")
    assert read_regular(tmp_path / "file", 5) == b"12345"
    with pytest.raises(TooLarge):
        read_regular(tmp_path / "file", 4)
    with pytest.raises(NotRegular):
        read_regular(tmp_path / "link", 100)
    with pytest.raises(NotRegular):
        read_regular(tmp_path, 100)  # a folder
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "missing", 100)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_read_regular_never_waits_on_a_pipe(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")  # opened blocking, this would wait for a writer
    with pytest.raises(NotRegular):
        read_regular(tmp_path / "pipe", 100)


@needs_symlinks
def test_inside_follows_links_and_compares_folders_as_the_disk_does(tmp_path: Path) -> None:
    (tmp_path / "data" / "progress").mkdir(parents=True)
    (tmp_path / "out").symlink_to(tmp_path / "data" / "progress")
    (tmp_path / "loop").symlink_to("loop")
    assert inside(tmp_path / "out" / "new.csv", tmp_path / "data")
    assert inside(tmp_path / "data", tmp_path / "data")
    assert not inside(tmp_path / "data2" / "x.csv", tmp_path / "data")
    assert not inside(tmp_path / "loop" / "x", tmp_path / "data")


@needs_symlinks
def test_replace_atomically_replaces_a_link_itself(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("kept")
    (tmp_path / "out").symlink_to(victim)
    replace_atomically(tmp_path / "out", b"new")
    assert not (tmp_path / "out").is_symlink() and (tmp_path / "out").read_bytes() == b"new"
    assert victim.read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "victim"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_replace_atomically_keeps_the_mode_or_takes_the_one_asked(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("old")
    path.chmod(0o640)
    replace_atomically(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_bytes() == b"new"
    replace_atomically(tmp_path / "key", b"k", mode=0o600)
    assert stat.S_IMODE((tmp_path / "key").stat().st_mode) == 0o600
