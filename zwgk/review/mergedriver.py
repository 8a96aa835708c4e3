"""`zwgk merge-driver`: git's merge of a progress file both branches appended to.

Two clerks who each record into data/progress/2018/jtj.yaml on their own
branch both add lines where the file ends: git's line merge calls that a
conflict, and `merge=union` would keep a line the two additions share
(`- req: "21.1"`) only once. A progress file only grows, so when each side
only appended, the merge is plain: the base file with ours' new entries and
then theirs' where its list ends. It is done on the text, each side's
addition kept byte for byte, and the result must parse as the base entries,
then ours' new ones, then theirs'. Anything else (an entry edited or removed
on either side, a file that does not parse) is left to a person, as git's own
conflict.

Installed per repository: `.gitattributes` names the driver for progress
files (`zwgk init` writes it), and `git config` says what runs it (`zwgk init`
runs that when it runs `git init`; every other clone runs it once):

    git config merge.zwgk-progress.name "zwgk: progress files, appends from both sides"
    git config merge.zwgk-progress.driver "zwgk merge-driver %O %A %B %P || ..."

(the whole command is `CONFIG` below).
"""

from __future__ import annotations

import codecs
import contextlib
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zwgk.ledger.layout import PROGRESS
from zwgk.ledger.yamlio import YamlSyntaxError, decode, line_end, parse

DRIVER = "zwgk-progress"
ATTRIBUTES = f"{PROGRESS}/**/*.yaml merge={DRIVER}"
"""The `.gitattributes` line of a ledger."""
RUN = "zwgk merge-driver %O %A %B %P"
"""The driver proper; git fills in the files' names (%P quoted for sh)."""
FALLBACK = "grep -q '^<<<<<<< ' %A || git merge-file -L ours -L base -L theirs %A %O %B"
"""What runs when the driver failed: git's own conflict markers, unless the
driver wrote them. Git takes a driver's failure as a conflict and leaves
whatever is in %A, here our side alone: without this a clone where `zwgk`
cannot run (a GUI git client's PATH, a virtualenv not active) reports
CONFLICT with no markers to see, and a clerk who `git add`s the file loses
the other branch's entries. The test is on the markers and not on the exit
status: a crash of Python exits 1 like a refusal, and `$?` in the command
would be expanded by the shell a clerk types `git config` into. Without grep
(127) merge-file runs all the same: markers twice over, both sides still in."""
CONFIG = {
    f"merge.{DRIVER}.name": "zwgk: progress files, appends from both sides",
    # Git runs a driver through sh, also on Windows (Git for Windows' own sh.exe,
    # run_command's use_shell). `false`: still a conflict for a person to look at.
    f"merge.{DRIVER}.driver": f"{RUN} || {{ {FALLBACK}; false; }}",
}
"""What `git config` must say in each clone for the attribute to take effect."""
SETUP = f'git config merge.{DRIVER}.driver "{CONFIG[f"merge.{DRIVER}.driver"]}"'
"""The one command a clone needs (the name is only a description)."""

_BREAKS = ("\n", "\r")


@dataclass(frozen=True)
class Addition:
    """A side's text as the base text with `text` inserted at `at`."""

    at: int
    text: str


def addition(base: str, side: str) -> Addition | None:
    """How `side` is `base` with one piece inserted at a line start (or at the
    very end), the latest such place; None when it is not."""
    if len(side) < len(base):
        return None
    prefix = _common(base, side)
    suffix = _common(base[::-1], side[::-1])
    for at in range(min(prefix, len(base)), max(0, len(base) - suffix) - 1, -1):
        line_start = at in (0, len(base)) or base[at - 1] == "\n"
        if line_start or (base[at - 1] == "\r" and base[at] != "\n"):
            return Addition(at, side[at : len(side) - (len(base) - at)])
    return None


def _common(a: str, b: str) -> int:
    """How many characters `a` and `b` share from their start."""
    shorter = min(len(a), len(b))
    return next((i for i in range(shorter) if a[i] != b[i]), shorter)


def _entries(text: str, shown: str) -> list[Any] | None:
    """The list a progress file holds ([] when empty); None when it is not one."""
    try:
        data, _ = parse(text.removeprefix("\ufeff"), shown)
    except YamlSyntaxError:
        return None
    if data is None:
        return []
    return list(data) if isinstance(data, list) else None


def merge(base: str, ours: str, theirs: str, shown: str) -> str | None:
    """The base text with ours' and then theirs' appended entries, when both
    sides only appended whole entries; None otherwise."""
    mine, other = addition(base, ours), addition(base, theirs)
    old = _entries(base, shown)
    ours_list, theirs_list = _entries(ours, shown), _entries(theirs, shown)
    if mine is None or other is None or old is None or ours_list is None or theirs_list is None:
        return None
    if ours_list[: len(old)] != old or theirs_list[: len(old)] != old:
        return None  # an old entry changed (the texts differ only by insertion: rare)
    if mine.text == other.text:
        return ours  # the same addition on both sides, as git takes it: once
    if not mine.text or not other.text:
        return ours if other.text == "" else theirs
    at = min(mine.at, other.at)
    first, second = mine.text, other.text
    if not first.endswith(_BREAKS):
        first += line_end(base or ours)
    if not base[:at].endswith(_BREAKS) and at == len(base):
        # Both added the final line break the base lacked: keep one.
        for end in ("\r\n", "\n", "\r"):
            if first.startswith(end) and second.startswith(end):
                second = second[len(end) :]
                break
    merged = base[:at] + first + second + base[at:]
    expected = old + ours_list[len(old) :] + theirs_list[len(old) :]
    return merged if _entries(merged, shown) == expected else None


def merge_files(base: Path, ours: Path, theirs: Path, name: str | None = None) -> bool:
    """Git's merge-driver call: the merge written into `ours`, True; or False,
    with git's ordinary conflict (markers) left in `ours` for a person."""
    shown = name or ours.name
    try:
        raws = [path.read_bytes() for path in (base, ours, theirs)]
        texts = [decode(raw, shown) for raw in raws]
    except (OSError, YamlSyntaxError):
        raws, texts = [], []
    boms = {raw.startswith(codecs.BOM_UTF8) for raw in raws}
    # A BOM on one side only (an editor added or dropped it): a person looks.
    merged = merge(texts[0], texts[1], texts[2], shown) if texts and len(boms) == 1 else None
    if merged is None:
        _conflict(base, ours, theirs, shown)
        return False
    ours.write_bytes((codecs.BOM_UTF8 if True in boms else b"") + merged.encode("utf-8"))
    return True


def _conflict(base: Path, ours: Path, theirs: Path, shown: str) -> None:
    """Git's own three-way merge of the text into `ours`, conflict markers and
    all, as if no driver were set. (git.py reads history; this one call
    writes a merge, so it stays here.)"""
    labels = [f"{shown} (ours)", f"{shown} (base)", f"{shown} (theirs)"]
    command = ["git", "merge-file", "-L", labels[0], "-L", labels[1], "-L", labels[2]]
    # Without git `ours` stays as it was, and the merge is still marked failed.
    with contextlib.suppress(OSError):
        subprocess.run([*command, str(ours), str(base), str(theirs)], capture_output=True,
                       check=False)  # fmt: skip
