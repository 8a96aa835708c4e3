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
        raise ZwgkError(
            t("cli.cannot_write", path=path, error=t("output.parent_is_file")),
            hint=t("output.choose_other"),
            exit_code=EXIT_USAGE,
        ) from None
    except OSError as exc:
        raise ZwgkError(
            t("cli.cannot_write", path=path, error=exc.strerror or str(exc)),
            hint=t("output.choose_other"),
            exit_code=EXIT_USAGE,
        ) from None


def write_bytes(path: Path, data: bytes) -> None:
    write_with(path, lambda p: p.write_bytes(data))


def make_folder(path: Path) -> None:
    """The folder `-o DIR` names, made if missing."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ZwgkError(
            t("cli.cannot_write", path=path, error=exc.strerror or str(exc)),
            hint=t("output.choose_other"),
            exit_code=EXIT_USAGE,
        ) from None
