"""Changing a ledger file in place, the one way zwgk does it.

`record` (a progress file) and `units rename/merge` (units.yaml) both come
here. Under the file's lock the file is read again, the caller builds the new
text from it (and checks it, refusing with a ZwgkError), and the result goes
to a fresh temporary file beside it (`tempfile.mkstemp`: a random name opened
with O_EXCL, never one that may already exist), is flushed to disk and renamed
over the old file. A crash leaves the old file or the new one, never half of
either; a UTF-8 byte-order mark the office's editor wrote is kept.

A ledger comes from other people through git, and git carries symbolic links:
a link at the file, at a folder on the way to it (data/, data/progress/2018/)
or at its lock file could make a write land outside the ledger, or truncate
another file. Any such link is refused (exit 1, as `record` refuses bad data)
and nothing is written. (A link swapped in by someone with a shell on the same
machine between the check and the write is beyond this: they could as well
edit the file.)
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from zwgk.errors import EXIT_DATA, EXIT_USAGE, YamlSyntaxError, ZwgkError, refused
from zwgk.i18n import t
from zwgk.ledger.layout import LOCK_SUFFIX, ledger_above, lock_path
from zwgk.ledger.safefs import (
    MAX_FILE,
    NotRegular,
    TooLarge,
    is_link,
    read_regular,
    replace_atomically,
)
from zwgk.ledger.yamlio import NotUtf8, decode, too_large

LOCK_TIMEOUT = 30  # seconds; another clerk's write takes milliseconds


def rewrite(root: Path, path: Path, shown: str, change: Callable[[str], str]) -> None:
    """Replace the ledger file `path` (inside `root`) by `change(old text)`;
    the old text is "" when the file does not exist yet, and missing folders
    are made. `change` raises a ZwgkError to refuse; nothing is then written."""
    from filelock import FileLock, Timeout

    # Built once before locking, so a refused change leaves no lock file or
    # folder behind, and again under the lock, where it counts.
    _refuse_links(root, path)
    change(_read(path, shown)[0])
    try:
        _make_folders(root, path.parent)
        lock = lock_path(path)
        _refuse_links(root, lock)
        with FileLock(str(lock), timeout=LOCK_TIMEOUT):
            _refuse_links(root, path)
            old, bom = _read(path, shown)
            replace_atomically(path, bom + change(old).encode("utf-8"))
    except Timeout:
        raise _locked(shown) from None
    except OSError as exc:
        raise _cannot_write(shown, exc) from None


def replace_whole(path: Path, shown: str, before: bytes, data: bytes) -> bool:
    """Replace the file `path` by `data` under its lock, as `rewrite` does,
    when it still holds `before` (what the caller showed the clerk); False,
    nothing written, when it changed meanwhile. For a file named on the
    command line (`fix-encoding`): no ledger folder to check the way to. The
    lock is taken for a `.yaml` file inside a ledger, what zwgk's other
    writers write (and the ledger's .gitignore ignores `*.yaml.lock`);
    nothing of zwgk writes any other file, or a file outside every ledger,
    so no lock file is left beside it."""
    from filelock import FileLock, Timeout

    lock = lock_path(path)
    if is_link(lock):
        raise refused(t("write.link", path=shown + LOCK_SUFFIX), t("write.link_hint"))
    try:
        shared = path.name.endswith(".yaml") and ledger_above(path.parent) is not None
        with FileLock(str(lock), timeout=LOCK_TIMEOUT) if shared else contextlib.nullcontext():
            try:
                now = read_regular(path, MAX_FILE)
            except (FileNotFoundError, NotRegular):
                return False
            if now != before:
                return False
            replace_atomically(path, data)
    except Timeout:
        raise _locked(shown) from None
    except OSError as exc:
        raise _cannot_write(shown, exc) from None
    return True


def _locked(shown: str) -> ZwgkError:
    """Another zwgk holds the file's lock past the wait."""
    return ZwgkError(
        t("record.locked", path=shown), hint=t("record.locked_hint"), exit_code=EXIT_USAGE
    )


def _cannot_write(shown: str, exc: OSError) -> ZwgkError:
    return ZwgkError(
        t("common.cannot_write", path=shown, error=exc.strerror or str(exc)),
        exit_code=EXIT_USAGE,
    )


def unparsable(exc: YamlSyntaxError) -> ZwgkError:
    """A file that must be fixed before zwgk writes to it (exit 1)."""
    if isinstance(exc, NotUtf8):
        return ZwgkError(exc.message, hint=exc.hint, path=exc.path, line=exc.line, col=exc.col,
                         exit_code=EXIT_DATA)  # fmt: skip
    return ZwgkError(
        t("yaml.syntax", problem=exc.message), hint=t("record.fix_first"), path=exc.path,
        line=exc.line, col=exc.col, exit_code=EXIT_DATA,
    )  # fmt: skip


def _refuse_links(root: Path, path: Path, folder: bool = False) -> None:
    """Refuse a link at `path` or at a folder between `root` and it, and
    anything else than folders and, at the end, a regular file (a `folder`
    when asked); what does not exist yet is fine."""
    current = root
    parts = path.relative_to(root).parts
    for number, part in enumerate(parts, 1):
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return
        shown = current.relative_to(root).as_posix()
        if is_link(current):
            raise refused(t("write.link", path=shown), t("write.link_hint"))
        file = number == len(parts) and not folder
        if not (stat.S_ISREG(info.st_mode) if file else stat.S_ISDIR(info.st_mode)):
            raise refused(t("write.odd_file", path=shown), t("write.link_hint"))


def _make_folders(root: Path, folder: Path) -> None:
    """Make the missing folders of `folder`, one at a time below `root`."""
    current = root
    for part in folder.relative_to(root).parts:
        current = current / part
        with contextlib.suppress(FileExistsError):
            os.mkdir(current)
    _refuse_links(root, folder, folder=True)  # made by someone else meanwhile: looked at again


def _read(path: Path, shown: str) -> tuple[str, bytes]:
    """The file's text (a BOM taken off) and the BOM; ("", b"") when missing.
    Read as every ledger file is (`safefs.read_regular`): never through a
    link, never waiting on a pipe, never more than a ledger file may hold."""
    try:
        raw = read_regular(path, MAX_FILE)
        text = decode(raw, shown)
    except FileNotFoundError:
        return "", b""
    except TooLarge as exc:
        raise unparsable(too_large(shown, exc.size)) from None
    except NotRegular:
        raise refused(t("write.odd_file", path=shown), t("write.link_hint")) from None
    except OSError as exc:
        raise ZwgkError(
            t("common.cannot_write", path=shown, error=exc.strerror or str(exc)),
            exit_code=EXIT_USAGE,
        ) from None
    except YamlSyntaxError as exc:
        raise unparsable(exc) from None
    return text, codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
