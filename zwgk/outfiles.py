"""Writing output files (reports, notices, exports) where the user asked:
missing folders are made, and what the system refuses becomes a message with
the path, never a traceback. Ledger files are written elsewhere (`record.py`)."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t


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
    write_with(path, lambda p: p.write_bytes(data))


def write_text(path: Path, text: str) -> None:
    """UTF-8 with LF line ends on every system, as the ledger's files are."""
    write_with(path, lambda p: p.write_text(text, encoding="utf-8", newline="\n"))


def make_folder(path: Path) -> None:
    """The folder `-o DIR` names, made if missing."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc.strerror or str(exc)) from None


def refuse_existing(folder: Path, rels: list[str], force: bool) -> list[str]:
    """The files of `rels` that exist under `folder`; refused (exit 2) unless
    `force`, so nothing a person wrote is overwritten by accident."""
    existing = [rel for rel in rels if (folder / rel).exists()]
    if existing and not force:
        shown = t("cli.list_sep").join(existing[:5]) + ("…" if len(existing) > 5 else "")
        raise ZwgkError(t("init.exists", path=folder, files=shown), hint=t("init.exists_hint"),
                        exit_code=EXIT_USAGE)  # fmt: skip
    return existing


def cannot_write(path: Path, error: str) -> ZwgkError:
    return ZwgkError(
        t("cli.cannot_write", path=path, error=error),
        hint=t("output.choose_other"),
        exit_code=EXIT_USAGE,
    )
