"""Writing output files (reports, notices, exports) where the user asked:
missing folders are made, and what the system refuses becomes a message with
the path, never a traceback. Ledger files are written elsewhere (`ledger/append.py`).

What an output may replace is decided here, for every command that writes one:
never a file of the ledger's `data/` (not even with `--force`), and an existing
file only with `--force`."""

from __future__ import annotations

import errno
import io
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import IO

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import DATA
from zwgk.ledger.safefs import inside, is_link, replace_atomically


def write_with(path: Path, writer: Callable[[Path], object]) -> None:
    """Run `writer(path)` after making the folder; OS errors become messages."""
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        path.parent.mkdir(parents=True, exist_ok=True)
        writer(path)
    except FileExistsError:  # a file stands where a folder of the path should be
        raise cannot_write(path, t("output.parent_is_file")) from None
    except OSError as exc:
        raise cannot_write(path, exc.strerror or str(exc)) from None


def write_bytes(path: Path, data: bytes) -> None:
    write_with(path, lambda p: _put(p, data))


def _put(path: Path, data: bytes) -> None:
    """A device or a pipe (`/dev/null`, `/dev/stdout`), links followed, is
    written to; anything else is replaced as a whole (`occupied` has made
    sure `--force` allows it), a link by a file of its own: a link's target
    is never written, so a committed `reports/weekly.md -> /elsewhere` cannot
    aim an output at another file."""
    if _stream(path):
        path.write_bytes(data)
    else:
        replace_atomically(path, data)


def _stream(path: Path) -> bool:
    """A device or a pipe, links followed; also the system's own names for
    this process's streams (/dev/stdout, /dev/fd/1, /proc/self/fd/1), even
    when the stream was redirected to a file: that link is no one's to replace."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return True
    folder = os.path.realpath(path.parent) + "/"
    return is_link(path) and folder.startswith(("/dev/", "/proc/"))


def write_zipped(path: Path, save: Callable[[IO[bytes]], object]) -> None:
    """A zip-based document (xlsx, docx) built in memory, then written in one
    go: a full disk is one message, and no half-closed zip complains later."""
    buffer = io.BytesIO()
    save(buffer)
    write_bytes(path, buffer.getvalue())


def write_text(path: Path, text: str) -> None:
    """UTF-8 with LF line ends on every system, as the ledger's files are."""
    write_bytes(path, text.encode("utf-8"))


def make_folder(path: Path) -> None:
    """The folder `-o DIR` names, made if missing."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc.strerror or str(exc)) from None


def occupied(path: Path) -> bool:
    """Something a person could lose by writing `path`: a file, or a link
    (someone put it there; `--force` replaces the link itself, never what it
    points to). A device or a pipe (`/dev/null`, `/dev/stdout`) holds nothing
    to lose, and a folder is refused by the write itself."""
    if not os.path.lexists(path):
        return False
    return not (_stream(path) or path.is_dir())


def refuse_existing(folder: Path, rels: list[str], force: bool) -> list[str]:
    """The files of `rels` that exist under `folder`; refused (exit 2) unless
    `force`, so nothing a person wrote is overwritten by accident."""
    existing = [rel for rel in rels if occupied(folder / rel)]
    if existing and not force:
        shown = t("common.list_sep").join(existing[:5]) + ("…" if len(existing) > 5 else "")
        raise ZwgkError(t("init.exists", path=folder, files=shown), hint=t("init.exists_hint"),
                        exit_code=EXIT_USAGE)  # fmt: skip
    return existing


def refuse_output(path: Path, root: Path, force: bool, hint: str = "") -> None:
    """The rule for every `-o FILE`: never inside the ledger's data/, and an
    existing file only with `force`."""
    refuse_ledger_data(path, root)
    if occupied(path) and not force:
        raise ZwgkError(t("output.exists", path=path), hint=hint or t("output.exists_hint"),
                        exit_code=EXIT_USAGE)  # fmt: skip


def refuse_files(paths: list[Path], root: Path, force: bool) -> None:
    """The rule for files written together into one folder (a notice per
    unit), checked before any is written: none inside the ledger's data/, no
    two that are one file on a disk that ignores case, existing ones only with
    `force`."""
    seen: dict[str, Path] = {}
    for path in paths:
        refuse_ledger_data(path, root)
        key = unicodedata.normalize("NFC", str(path)).casefold()
        if key in seen:
            raise ZwgkError(t("output.duplicate_names", files=f"{seen[key]}, {path}"),
                            exit_code=EXIT_USAGE)  # fmt: skip
        seen[key] = path
    if paths:
        refuse_existing(paths[0].parent, [p.name for p in paths], force)


def refuse_ledger_data(path: Path, root: Path) -> None:
    """Refuse (exit 2) an output at or under the ledger's data/ (plan, units,
    progress, calendar), however the path reaches it: `..`, a symlinked folder
    or file, or another spelling of the same folder on a case-insensitive disk."""
    if inside(path, root / DATA):
        raise ZwgkError(t("output.in_ledger", path=path, data=root / DATA),
                        hint=t("output.in_ledger_hint"), exit_code=EXIT_USAGE)  # fmt: skip


def cannot_write(path: Path, error: str) -> ZwgkError:
    return ZwgkError(
        t("common.cannot_write", path=path, error=error),
        hint=t("output.choose_other"),
        exit_code=EXIT_USAGE,
    )
