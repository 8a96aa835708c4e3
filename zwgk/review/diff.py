"""`zwgk diff`: the two states of a ledger to compare, read from a git
revision or the working tree. engine/compare compares them (no I/O, no
words) and outputs/diffwords puts the changes into words.

Reading costs at most two loads, and far less when little changed. Git says
which files differ between the two states; the plan's files of both sides
are read (they are small), and of the progress files only those that
differ, each side's own. A progress file that is the same on both sides is
read once, and only when a status needs it: that of a unit whose files
changed, or that counts with such a unit for an obligation of a requirement
the changed entries name (`engine.compare.units_reached`) — every file when
the plan, the units or the calendar changed. It is read from the working
tree when that is a side (through the ledger's cache), else from the older
revision; files read from git use the cache too when their bytes are the
ones it holds, and never replace what it holds for the working tree."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from zwgk.engine.compare import EntryChange, LedgerDiff, Side, compare_ledgers, units_reached
from zwgk.ledger.layout import PLAN_FILES, TASKS, is_progress_file
from zwgk.ledger.load import (
    DiskFiles,
    Files,
    Ledger,
    load_ledger,
    read_progress,
    unreadable,
)
from zwgk.model.findings import Finding
from zwgk.model.plan import Entry
from zwgk.review.git import Git, GitFiles

_BATCH = 512
"""Blobs per `git cat-file --batch`: one process each, never all bytes at once."""


class _Peek:
    """The ledger's cache as files read from git use it: looked up by their
    bytes, never written (it holds the working tree's files)."""

    def __init__(self, cache: Any) -> None:
        self.cache = cache
        self.warnings: list[str] = cache.warnings

    def get(self, rel: str, key: bytes) -> Any:
        return self.cache.get(rel, key)

    def put(self, rel: str, key: bytes, value: Any) -> None:
        pass

    def discard(self) -> None:
        self.cache.discard()

    def keep_only(self, rels: set[str]) -> None:
        pass

    def save(self) -> None:
        pass


class _Bare(Files):
    """A side's files with their ledger-relative paths as shown: the entries
    of a file that is the same on both sides are then the same objects on
    both (the comparison only ever orders paths of one side, all of which
    carry the same `REV:`); `_shown` puts the side's names back where seen."""

    def __init__(self, files: Files) -> None:
        self.files = files

    def read(self, rel: str) -> bytes | None:
        return self.files.read(rel)


def _read(
    files: Files, rels: list[str], cache: Any
) -> tuple[dict[str, list[Entry]], list[Finding]]:
    """The entries of these progress files, and their findings as `files` names them."""
    out: dict[str, list[Entry]] = {}
    findings: list[Finding] = []
    bare = _Bare(files)
    for start in range(0, len(rels), _BATCH):
        chunk = rels[start : start + _BATCH]
        if isinstance(files, GitFiles):
            files.fetch(chunk)
        for rel in chunk:
            got, more = read_progress(bare, rel, cache)
            out[rel] = got
            findings += [f._replace(path=files.shown(f.path)) for f in more]
        if isinstance(files, GitFiles):
            files.forget(chunk)
    return out, findings


def _listing(files: Files) -> list[str]:
    return files.progress_files() if isinstance(files, GitFiles) else files.progress()


def _check(ledger: Ledger, findings: list[Finding], files: Files, label: str) -> None:
    """Stop (exit 2) on any error of this side, as `load_plan_or_fail` does
    with `progress_must_read`."""
    errors = [f for f in [*ledger.findings, *findings] if f.level == "error"]
    if errors or ledger.plan is None:
        raise unreadable(errors, label, files.shown(TASKS.as_posix()))


def _stem(rel: str) -> str:
    return Path(rel).stem


def compare_revisions(
    root: Path,
    git: Git,
    old_files: GitFiles,
    old_label: str,
    new_files: GitFiles | None,
    new_label: str,
    as_of: Any,
    warn_days: int,
) -> LedgerDiff:
    """What changed from the revision of `old_files` to that of `new_files`
    (None: the working tree), read as the module says."""
    new: Files = new_files if new_files is not None else DiskFiles(root)
    old, new_side, units, reqs = _sides(root, git, old_files, old_label, new, new_label)
    result = compare_ledgers(
        old, new_side, old_label, new_label, as_of, warn_days, units=units, reqs=reqs
    )
    return dataclasses.replace(
        result, entries=tuple(_named(c, old_files, new) for c in result.entries)
    )


def _sides(
    root: Path, git: Git, old_files: GitFiles, old_label: str, new: Files, new_label: str
) -> tuple[Side, Side, frozenset[str], frozenset[str] | None]:
    """Both sides as the comparison needs them, the units whose entries may
    differ and the requirements whose statuses may (None: any). The cache
    is let go on return: the comparison needs the memory."""
    from zwgk.ledger.cache import Cache

    cache = Cache(root)  # one pack for both sides
    peek = _Peek(cache)
    new_files = new if isinstance(new, GitFiles) else None
    new_cache = peek if new_files is not None else cache

    for files in (old_files, new_files):
        if files is not None:
            files.fetch(list(PLAN_FILES))  # one process for the three
    old_plan = load_ledger(root, with_progress=False, files=old_files, cache=peek)
    new_plan = load_ledger(root, with_progress=False, files=new, cache=new_cache)
    differ = git.differing(old_files.commit, new_files.commit if new_files else None)
    old_list, new_list = _listing(old_files), _listing(new)
    changed = {rel for rel in differ if is_progress_file(rel)} | (set(old_list) ^ set(new_list))
    old_changed = [rel for rel in old_list if rel in changed]
    new_changed = [rel for rel in new_list if rel in changed]
    old_read, old_findings = _read(old_files, old_changed, peek)
    new_read, new_findings = _read(new, new_changed, new_cache)
    new_findings += new.not_read()

    units = frozenset(_stem(rel) for rel in changed)
    reqs: frozenset[str] | None = None
    reached: frozenset[str] | None = None  # None: every unit's files
    plan_same = not any(rel in differ for rel in PLAN_FILES)
    if plan_same and old_plan.plan is not None and new_plan.plan is not None:
        named = {e.req for got in (old_read, new_read) for es in got.values() for e in es}
        reqs = frozenset(named)
        reached = units_reached(new_plan.plan, new_plan.directory, units, reqs)
    # Unchanged files, read once: from the working tree, else the older side.
    same = [rel for rel in old_list if rel not in changed]
    wanted = [rel for rel in same if reached is None or _stem(rel) in reached]
    source, source_cache = (old_files, peek) if new_files is not None else (new, cache)
    shared, shared_findings = _read(source, wanted, source_cache)
    # Their findings are the older side's, as a full read would meet them first.
    shared_findings = [f._replace(path=old_files.shown(_bare(f.path))) for f in shared_findings]
    cache.save()

    _check(old_plan, old_findings + shared_findings, old_files, old_label)
    _check(new_plan, new_findings, new, new_label)
    assert old_plan.plan is not None and new_plan.plan is not None  # _check

    def entries(listing: list[str], own: dict[str, list[Entry]]) -> list[Entry]:
        out: list[Entry] = []
        for rel in listing:  # in the order a full read has them
            out += own.get(rel) or shared.get(rel) or ()
        return out

    old = Side(old_plan.plan, old_plan.directory, entries(old_list, old_read), old_plan.calendar)
    new_side = Side(
        new_plan.plan, new_plan.directory, entries(new_list, new_read), new_plan.calendar
    )
    return old, new_side, units, reqs


def _bare(path: str) -> str:
    return path.rsplit(":", 1)[-1]


def _named(change: EntryChange, old: Files, new: Files) -> EntryChange:
    """The change with its entries' paths as their side shows them (`REV:…`)."""
    entry_side = old if change.change == "removed" else new
    before = change.before
    return dataclasses.replace(
        change,
        entry=_shown(change.entry, entry_side),
        before=_shown(before, old) if before is not None else None,
    )


def _shown(entry: Entry, files: Files) -> Entry:
    shown = files.shown(entry.path)
    return entry if shown == entry.path else dataclasses.replace(entry, path=shown)
