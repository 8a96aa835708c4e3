"""`zwgk fix-encoding`: a ledger file an office editor saved as GBK (GB18030)
or UTF-16, read as such and written back as UTF-8.

What it changes is shown first: the lines that hold anything but ASCII, as
they read in the encoding found (the rest of the file is the same bytes in
both). Only a file that reads whole in one encoding is converted (see
`yamlio.foreign_encoding`); one that is already UTF-8 is left alone, one
that is neither is refused. The new file has the same text and line ends,
and no byte-order mark: zwgk reads UTF-8 with or without one, and so do
Windows' editors (Notepad since Windows XP tells UTF-8 without a BOM). It
replaces the old one atomically, under the lock `record` takes, and only if
the file still holds the bytes that were shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from zwgk.ledger.safefs import MAX_FILE, read_regular
from zwgk.ledger.yamlio import foreign_encoding

Found = Literal["utf-8", "gb18030", "utf-16", "unknown"]


@dataclass(frozen=True)
class Recoding:
    """One file as found, and what converting it would write."""

    path: Path
    found: Found
    """"utf-8": nothing to do; "unknown": neither UTF-8 nor one zwgk converts."""
    before: bytes
    text: str
    """The file's text as read in the encoding found ("" when unknown)."""
    lines: tuple[tuple[int, str], ...]
    """(1-based number, text) of each line holding anything but ASCII."""

    @property
    def after(self) -> bytes:
        """The bytes the file gets: its text as UTF-8, without a BOM."""
        return self.text.removeprefix("\ufeff").encode("utf-8")


def examine(path: Path) -> Recoding:
    """Read `path` (as every ledger file is: no link, no pipe, at most
    MAX_FILE bytes; their errors are raised) and say what it is."""
    raw = read_regular(path, MAX_FILE)
    found: Found
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        foreign = foreign_encoding(raw)
        found = "unknown" if foreign is None else foreign
    else:
        found = "utf-8"
    if found == "unknown":
        return Recoding(path, found, raw, "", ())
    text = raw.decode("utf-8-sig" if found == "utf-8" else found)
    lines = tuple(
        (number, line)
        for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), 1)
        if not line.isascii()
    )
    return Recoding(path, found, raw, text, lines)
