"""The file-system rules every reader and writer of zwgk shares, in one place.

A ledger arrives through git, which carries symbolic links, and a cache or an
output folder may hold anything another program put there. So: what is a
link (a symlink, or a Windows junction, which os.path.islink does not see);
how a file is read without following a link, waiting on a pipe or reading
without end; whether a path lies in a folder as the disk sees it; and how a
file is replaced so that a crash leaves the old one or the new one.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

MAX_FILE = 16 * 1024 * 1024
"""Bytes: a ledger file larger than this is refused: a progress file holds one
unit's year (a few hundred entries, tens of kilobytes); anything near this size
is a mistake or an attack, and reading it would hold memory for nothing."""


class NotRegular(ValueError):
    """What stands at a path is a link, or not a regular file, or too large:
    nothing zwgk reads (`reason` says which, for tests and debugging)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TooLarge(NotRegular):
    """A regular file larger than the reader's limit (`size` bytes, at least)."""

    def __init__(self, size: int) -> None:
        super().__init__("too large")
        self.size = size


_LINK_TAGS = (0xA000000C, 0xA0000003)
"""IO_REPARSE_TAG_SYMLINK and IO_REPARSE_TAG_MOUNT_POINT (a junction). Other
reparse points are no links: a OneDrive placeholder or a deduplicated file is
the file itself, and a ledger in a synced folder must still be read."""


def is_link(path: str | os.PathLike[str]) -> bool:
    """Whether `path` itself is a symbolic link or a Windows junction (which
    os.path.islink does not see); False when nothing is there."""
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    return stat.S_ISLNK(info.st_mode) or getattr(info, "st_reparse_tag", 0) in _LINK_TAGS


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path` when it is a regular file, not a link, of at most
    `limit` bytes; reads no more than that (a link to /dev/zero costs nothing),
    and never waits on a pipe (O_NONBLOCK). FileNotFoundError when absent,
    NotRegular (TooLarge) when it is something else, OSError when unreadable."""
    if is_link(path):  # Windows has no O_NOFOLLOW, and it does not see junctions
        raise NotRegular("link")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # it became a link since the lstat
            raise NotRegular("link") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular("not a regular file")
        if info.st_size > limit:
            raise TooLarge(info.st_size)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise TooLarge(size)
        return b"".join(chunks)
    finally:
        os.close(fd)


def inside(path: Path, folder: Path) -> bool:
    """Whether `path`, links followed, is `folder` or lies under it. Folders
    are compared as the disk sees them (same device and inode), so `DATA/` is
    `data/` where the file system ignores case and a different folder where
    it does not; the parts of `path` that do not exist yet cannot be `folder`."""
    try:
        target = path.resolve()
        home = folder.resolve()
    except (OSError, RuntimeError):  # a link loop: nothing can be read or written there
        return False
    for candidate in (target, *target.parents):
        if candidate == home:
            return True
        try:
            if os.path.samefile(candidate, home):
                return True
        except OSError:
            continue  # not there (yet)
    return False


def replace_atomically(path: Path, data: bytes | Iterable[bytes], mode: int | None = None) -> None:
    """Write `data` (or its pieces one after the other, as they are made,
    never joined in memory: a cache pack is tens of MB) to a fresh temporary
    file beside `path` (mkstemp: a random name opened with O_EXCL, never one
    planted there), flush it to disk and rename it over `path`. A rename
    replaces a link itself, never its target; readers see the old file or the
    new one, never half. `mode`: the new file's permissions; by default those
    of the regular file it replaces, else what the umask gives a new file."""
    if mode is None:
        mode = _mode_of(path)
    temp = _synced_temp(path, data)
    try:
        os.chmod(temp, mode)
        _rename(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def create_atomically(path: Path, data: bytes) -> None:
    """Make `path` hold `data`, readable by the user alone (mkstemp's 0600),
    appearing whole or not at all and never over a file that is there:
    FileExistsError when one is (another process made it meanwhile)."""
    temp = _synced_temp(path, data)
    try:
        os.link(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)
    sync_folder(path.parent)


def _synced_temp(path: Path, data: bytes | Iterable[bytes]) -> str:
    """A fresh temporary file beside `path` (mkstemp: a random name opened
    with O_EXCL, never one planted there) holding `data`, flushed to disk."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.writelines((data,) if isinstance(data, bytes) else data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def sync_folder(folder: Path) -> None:
    """Make a rename or a link in `folder` reach the disk too (POSIX only)."""
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_of(path: Path) -> int:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        return stat.S_IMODE(info.st_mode)
    umask = os.umask(0)  # read it the only way there is, and put it back
    os.umask(umask)
    return 0o666 & ~umask


def _rename(temp: str, path: Path) -> None:
    # On Windows a rename over a file another program is reading at that moment
    # (a `zwgk status`, an editor) fails for an instant: try a few times.
    tries = 20 if sys.platform == "win32" else 1
    for attempt in range(tries):
        try:
            os.replace(temp, path)
            return
        except PermissionError:
            if attempt == tries - 1:
                raise
            time.sleep(0.05)
