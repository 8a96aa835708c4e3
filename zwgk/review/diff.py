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
ones it holds, and never replace what it holds for the working tree.

A revision's file that the working tree holds as it is (by git's own record,
`Git.differing`) is read from there, not inflated by `git cat-file`; and
an older file that git's hash shows to be the start of the newer one is not
read at all (`_grown_from`)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from zwgk.engine.compare import (
    EntryChange,
    Fresh,
    LedgerDiff,
    PlanChange,
    Side,
    compare_ledgers,
    units_reached,
)
from zwgk.ledger.layout import PLAN_FILES, is_plan_file, is_progress_file, plan_rel, unit_of
from zwgk.ledger.load import (
    CollectorPaused,
    DiskFiles,
    Files,
    Ledger,
    NoSuchYear,
    load_ledger,
    read_progress,
    unreadable,
)
from zwgk.ledger.safefs import MAX_FILE, NotRegular, read_regular
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

    def discard(self, rel: str = "") -> None:
        self.cache.discard(rel)

    def keep_only(self, rels: set[str]) -> None:
        pass

    def save(self) -> None:
        pass


class _Checkout(GitFiles):
    """A revision whose files the working tree at `folder` holds unchanged
    (`clean`) are read from there; the others, any the disk does not give as
    a regular file, and any whose bytes are not the revision's blob (git's
    record is kept by file times; a content filter such as `ident` or an
    edit since `git diff` ran) from git."""

    def __init__(self, files: GitFiles, folder: Path, clean: set[str]) -> None:
        vars(self).update(vars(files))  # the same revision, listed once
        self.folder = folder
        self.clean = clean

    def _fetch(self, rels: list[str]) -> None:
        rest = []
        for rel in rels:
            if rel in self.clean and rel in self._blobs and rel not in self._cache:
                try:
                    raw = read_regular(self.folder / rel, MAX_FILE)
                except (OSError, NotRegular):  # TooLarge is a NotRegular: git says
                    raw = None
                if raw is not None and _is_blob(self._blobs[rel], raw):
                    self._cache[rel] = raw
                    continue
            rest.append(rel)
        super()._fetch(rest)


def _checked_out(git: Git, files: GitFiles) -> GitFiles:
    """`files` read from the working tree where it holds them as they are."""
    if git.git_dir is not None or isinstance(files, _Checkout):  # bare: no working tree
        return files
    dirty = git.differing(files.commit, None)
    clean = {rel for rel in files.progress_files() if rel not in dirty}
    return _Checkout(files, git.top / git.prefix, clean) if clean else files


def _grown_from(old: GitFiles, rels: list[str]) -> dict[str, tuple[str, int]]:
    """The blob and size of each of these files of `old`, from one `git
    cat-file --batch-check` (no content read): a newer file whose first
    `size` bytes hash to the blob (`_is_blob`) starts with the older one."""
    wanted = [(rel, blob) for rel in rels if (blob := old.blob(rel)) is not None]
    if not wanted:
        return {}
    request = "".join(f"{blob}\n" for _, blob in wanted).encode()
    out: dict[str, tuple[str, int]] = {}
    for (rel, blob), line in zip(
        wanted, old.git.run_bytes("cat-file", "--batch-check", input=request).splitlines(),
        strict=True,
    ):  # fmt: skip
        found = line.split()
        if len(found) == 3 and found[1] == b"blob" and found[0].decode() == blob:
            out[rel] = (blob, int(found[2]))
    return out


def _is_blob(blob: str, raw: bytes | memoryview) -> bool:
    """Whether `raw` is the content of git object `blob` (SHA-1 or SHA-256)."""
    import hashlib

    algorithm = {40: hashlib.sha1, 64: hashlib.sha256}.get(len(blob))
    if algorithm is None:
        return False
    made = algorithm(b"blob %d\0" % len(raw))
    made.update(raw)
    return made.hexdigest() == blob


class _Bare(Files):
    """A side's files with their ledger-relative paths as shown: the entries
    of a file that is the same on both sides are then the same objects on
    both (the comparison only ever orders paths of one side, all of which
    carry the same `REV:`); `_shown` puts the side's names back where seen.
    `last`: the bytes read last."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.last: bytes | None = None

    def read(self, rel: str) -> bytes | None:
        self.last = self.files.read(rel)
        return self.last


_OTHER_BREAKS = (b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")
"""Line breaks to YAML besides LF and CR: NEL, LS, PS (UTF-8)."""


def _head_of(old: bytes | None, new: bytes | None) -> int | None:
    """When `new` is `old` with entries added at its end — the way `record`
    and clerks add them — the number of lines of `old`: its entries are then
    those of `new` that start on those lines, as read from `new`. Else None.

    `old` ends a line and what follows in `new` starts a new item at column
    0, so every item of `old` ends where it did; and `old` breaks its lines
    with LF or CR LF (as Windows editors save them: a fifth of a city's
    files), never a CR alone, so every reader counts them alike."""
    if old is None or new is None or len(old) >= len(new) or not old.endswith(b"\n"):
        return None
    if not new.startswith(old) or new[len(old) : len(old) + 2] != b"- ":
        return None
    if b"\r" in old and old.count(b"\r") != old.count(b"\r\n"):
        return None
    # Each mark's first byte first: one fast scan, as most files hold none.
    if any(mark[:1] in old and mark in old for mark in _OTHER_BREAKS):
        return None
    return old.count(b"\n")


def _read(
    files: Files, rels: list[str], cache: Any, known: dict[str, list[Entry]] | None = None
) -> tuple[dict[str, list[Entry]], list[Finding]]:
    """The entries of these progress files, and their findings as `files`
    names them; `known`: files whose entries are known already (not read)."""
    out: dict[str, list[Entry]] = dict(known or {})
    findings: list[Finding] = []
    bare = _Bare(files)
    rels = [rel for rel in rels if rel not in out]
    for start in range(0, len(rels), _BATCH):
        chunk = rels[start : start + _BATCH]
        files.fetch(chunk)
        for rel in chunk:
            got, more = read_progress(bare, rel, cache)
            out[rel] = got
            findings += [f._replace(path=files.shown(f.path)) for f in more]
        files.forget(chunk)
    return out, findings


def _read_pairs(
    new: Files,
    new_cache: Any,
    old: GitFiles,
    old_cache: Any,
    rels: list[str],
    grown: set[str],
) -> tuple[dict[str, list[Entry]], list[Finding], dict[str, list[Entry]], list[Finding]]:
    """Files changed on both sides: each side's entries and findings. Where
    the older is the newer with entries added at the end (`_head_of`), its
    entries are the newer's first ones, not parsed again (added to `grown`).
    Each file's bytes are read once a side, the older's not at all when git's
    hash shows them to be the newer's first ones (`_grown_from`)."""
    new_out: dict[str, list[Entry]] = {}
    old_out: dict[str, list[Entry]] = {}
    findings: list[Finding] = []
    old_findings: list[Finding] = []
    bare = _Bare(new)
    blobs = _grown_from(old, rels)
    for start in range(0, len(rels), _BATCH):
        chunk = rels[start : start + _BATCH]
        new.fetch(chunk)
        seen: dict[str, tuple[bytes | None, list[Finding], int]] = {}
        for rel in chunk:
            got, more = read_progress(bare, rel, new_cache)
            new_out[rel] = got
            findings += [f._replace(path=new.shown(f.path)) for f in more]
            raw_new, grown_by = bare.last, -1  # the older's size, if it starts the newer
            blob, size = blobs.get(rel, ("", -1))
            if raw_new is not None and 0 <= size < len(raw_new):
                grown_by = size if _is_blob(blob, memoryview(raw_new)[:size]) else -1
            seen[rel] = (raw_new, more, grown_by)
        old.fetch([rel for rel in chunk if seen[rel][2] < 0])
        for rel in chunk:
            raw_new, more, size = seen[rel]
            got = new_out[rel]
            raw = raw_new[:size] if raw_new is not None and size >= 0 else old.read(rel)
            lines = None if more else _head_of(raw, raw_new)
            if lines is not None:
                old_out[rel] = [e for e in got if e.line <= lines]
                grown.add(rel)
            else:
                old_out[rel], was = read_progress(_Bytes(raw), rel, old_cache)
                old_findings += [f._replace(path=old.shown(f.path)) for f in was]
        old.forget(chunk)
        new.forget(chunk)
    return new_out, findings, old_out, old_findings


class _Bytes(Files):
    """A file's bytes, read already."""

    def __init__(self, raw: bytes | None) -> None:
        self.raw = raw

    def read(self, rel: str) -> bytes | None:
        return self.raw


def _listing(files: Files) -> list[str]:
    return files.progress_files() if isinstance(files, GitFiles) else files.progress()


def _check(ledger: Ledger, findings: list[Finding], files: Files, label: str) -> None:
    """Stop (exit 2) on any error of this side, as `load_plan_or_fail` does
    with `progress_must_read`."""
    errors = [f for f in [*ledger.findings, *findings] if f.level == "error"]
    if errors or ledger.plan is None:
        raise unreadable(errors, label, files.shown(ledger.plan_path))


def compare_revisions(
    root: Path,
    git: Git,
    old_files: GitFiles,
    old_label: str,
    new_files: GitFiles | None,
    new_label: str,
    as_of: Any,
    warn_days: int,
    year: int | None = None,
) -> LedgerDiff:
    """What changed from the revision of `old_files` to that of `new_files`
    (None: the working tree), read as the module says. In a ledger of several
    plan years and no `year` asked for: every year either side holds,
    compared year by year and put together (an entry counts for one year's
    plan, so each entry change is listed once; a year one side lacks, or holds
    as data/tasks.yaml of another year, is left out)."""
    old_files = _checked_out(git, old_files)
    new_files = _checked_out(git, new_files) if new_files is not None else None
    new: Files = new_files if new_files is not None else DiskFiles(root)
    held = sorted({*old_files.plan_years(), *new.plan_years()})
    if year is None and held:
        found: list[LedgerDiff] = []
        for each in held:
            try:
                found.append(compare_revisions(
                    root, git, old_files, old_label, new_files, new_label, as_of, warn_days, each
                ))  # fmt: skip
            except NoSuchYear:
                continue
        if found:
            return _together(found)
    with CollectorPaused() as paused:  # reading and comparing: a tenth of a city's diff
        old, new_side, units, reqs, fresh = _sides(
            root, git, (old_files, old_label), (new, new_label), as_of, year
        )
        paused.entries = len(old.entries) + len(new_side.entries)
        result = compare_ledgers(
            old, new_side, old_label, new_label, as_of, warn_days, units=units, reqs=reqs,
            fresh=fresh,
        )  # fmt: skip
    return dataclasses.replace(
        result, entries=tuple(_named(c, old_files, new) for c in result.entries)
    )


def _together(diffs: list[LedgerDiff]) -> LedgerDiff:
    """Several plan years' comparisons as one: their entry and status changes
    one after the other, a plan change two years share (units.yaml) once."""
    plan: list[PlanChange] = []
    for change in (change for diff in diffs for change in diff.plan):
        if change not in plan:  # compared as values: a change may hold lists
            plan.append(change)
    return dataclasses.replace(
        diffs[-1],
        entries=tuple(change for diff in diffs for change in diff.entries),
        statuses=tuple(change for diff in diffs for change in diff.statuses),
        plan=tuple(plan),
    )


def _sides(
    root: Path,
    git: Git,
    older: tuple[GitFiles, str],
    newer: tuple[Files, str],
    as_of: Any,
    year: int | None,
) -> tuple[Side, Side, frozenset[str], frozenset[str] | None, Fresh | None]:
    """Both sides as the comparison needs them, the units whose entries may
    differ, the requirements whose statuses may (None: any) and, when both
    sides count the same entries for their plan, the entries of one side
    the other does not hold (`engine.compare.fresh_entries`). Each side
    reads the plan of `year` (or of `as_of`'s) and the entries that count for
    it. The cache is let go on return: the comparison needs the memory."""
    old_files, old_label = older
    new, new_label = newer
    from zwgk.ledger.cache import Cache

    cache = Cache(root)  # one pack for both sides
    peek = _Peek(cache)
    new_files = new if isinstance(new, GitFiles) else None
    new_cache = peek if new_files is not None else cache

    for files in (old_files, new):
        # One process for the plan files, each year's too.
        files.fetch([*PLAN_FILES, *(plan_rel(y) for y in files.plan_years())])
    old_plan = load_ledger(
        root, with_progress=False, files=old_files, cache=peek, year=year, as_of=as_of
    )
    new_plan = load_ledger(
        root, with_progress=False, files=new, cache=new_cache, year=year, as_of=as_of
    )
    differ = git.differing(old_files.commit, new_files.commit if new_files else None)
    old_list, new_list = _listing(old_files), _listing(new)
    changed = {rel for rel in differ if is_progress_file(rel)} | (set(old_list) ^ set(new_list))
    old_changed = [rel for rel in old_list if rel in changed]
    new_changed = [rel for rel in new_list if rel in changed]
    both = [rel for rel in old_changed if rel in new_list]
    grown: set[str] = set()
    new_read, new_findings, old_read, old_findings = _read_pairs(
        new, new_cache, old_files, peek, both, grown
    )
    new_read, more = _read(new, new_changed, new_cache, new_read)
    new_findings += more + new.not_read()
    old_read, more = _read(old_files, old_changed, peek, old_read)
    old_findings += more

    units = frozenset(unit_of(rel) for rel in changed)
    reqs: frozenset[str] | None = None
    reached: frozenset[str] | None = None  # None: every unit's files
    plan_same = not any(is_plan_file(rel) for rel in differ)
    if plan_same and old_plan.plan is not None and new_plan.plan is not None:
        named = {e.req for got in (old_read, new_read) for es in got.values() for e in es}
        reqs = frozenset(named)
        reached = units_reached(new_plan.plan, new_plan.directory, units, reqs)
    # Unchanged files, read once: from the working tree, else the older side.
    same = [rel for rel in old_list if rel not in changed]
    wanted = [rel for rel in same if reached is None or unit_of(rel) in reached]
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

    old = Side(
        old_plan.plan,
        old_plan.directory,
        old_plan.for_plan(entries(old_list, old_read)),
        old_plan.calendar,
    )
    new_side = Side(
        new_plan.plan,
        new_plan.directory,
        new_plan.for_plan(entries(new_list, new_read)),
        new_plan.calendar,
    )
    fresh = None
    if (old_plan.years, old_plan.year) == (new_plan.years, new_plan.year):
        # A file read for one side only is fresh; of a file that grew, the
        # entries it added. Every other entry is an object of both, in the
        # same order (the listings are sorted), and both keep it or neither.
        fresh = Fresh(
            old_plan.for_plan(
                [e for rel in old_list if rel not in grown for e in old_read.get(rel, ())]
            ),
            new_plan.for_plan(
                [
                    e
                    for rel in new_list
                    for e in new_read.get(rel, ())[len(old_read[rel]) if rel in grown else 0 :]
                ]
            ),
        )
    return old, new_side, units, reqs, fresh


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
