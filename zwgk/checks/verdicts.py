"""What `zwgk validate` need not check again.

Most checks of an entry (`registry.ALONE`) judge it by itself, the plan, the
units, the calendar, the day it is checked on and today: not by any other
entry. What they find in a file is then decided by the file's bytes and that
context, so a file in which they found nothing before, read from the same
bytes, checked in the same context, holds nothing now either: its entries
are left out of those checks. The other checks (done-twice, the extension
and period checks) replay every entry of a requirement: a requirement in
whose replays they found nothing, in the same files (all of them, by their
bytes) and the same context, is not replayed again. Only that is remembered
(`cache.keep_clean_files`), never a finding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from itertools import compress
from operator import attrgetter

from zwgk.checks.gate import verdict_key
from zwgk.ledger import cache as packs
from zwgk.ledger.codestamp import PACKAGE, code_stamp
from zwgk.ledger.load import Ledger
from zwgk.model.plan import Entry

_PATH = attrgetter("path")
_CODE = ("checks", "engine", "ledger", "model")
"""The folders of zwgk whose code the checks run (the messages' words aside)."""
_REQ = attrgetter("req")


class FileVerdicts:
    """The files (and requirements) of one ledger, one plan year, found clean
    before, and what this run finds: `unchecked` and `unreplayed` say which
    entries the checks must see, `save` keeps what they found nothing in."""

    def __init__(self, ledger: Ledger, as_of: dt.date) -> None:
        self.ledger = ledger
        self.cache: packs.Cache | None = None
        self.context: bytes | None = None
        self.clean: set[bytes] = set()
        self.ids: dict[str, bytes] = {}
        """`cache.file_id` of each file whose entries are checked, by path."""
        self.req_ids: dict[tuple[str, str], bytes] = {}
        """`_requirement_id` of each check and requirement entries name."""
        self.ledger_key: bytes | None = None
        """A hash of every file the entries come from (`cache.file_id`s):
        what the replays of a requirement read besides the context."""
        if not ledger.file_keys:
            return  # read without the cache: nothing to key a verdict by
        cache = packs.Cache(ledger.root)
        context = _context(ledger, as_of) if cache.enabled else None
        if context is None:
            return
        self.cache, self.context = cache, context
        self.clean = packs.clean_files(cache, context, ledger.year)

    def unchecked(self, entries: list[Entry]) -> list[Entry]:
        """Those of `entries` the `ALONE` checks must see: every entry of a
        file not known to be clean (in their order)."""
        keys = self.ledger.file_keys
        paths = set(map(_PATH, entries))
        dirty: set[str] = set()
        for path in paths:
            key = keys.get(path)
            found = packs.file_id(path, key) if key is not None else None
            if found is not None:
                self.ids[path] = found
            if found is None or found not in self.clean:
                dirty.add(path)
        if len(self.ids) == len(paths):  # every file known by its bytes
            self.ledger_key = packs.digest(b"".join(sorted(self.ids.values())))
        return _of(entries, _PATH, dirty, len(paths))

    def unreplayed(self, code: str, entries: list[Entry], reqs: set[str]) -> list[Entry]:
        """Those of `entries` the check `code`, which replays a requirement,
        must see (after `unchecked`): every entry of a requirement it is not
        known to find nothing of in these very files (in their order).
        `reqs`: the requirements `entries` name."""
        if self.ledger_key is None:
            return entries
        dirty: set[str] = set()
        for req in reqs:
            found = self.req_ids[code, req] = _requirement_id(self.ledger_key, code, req)
            if found not in self.clean:
                dirty.add(req)
        return _of(entries, _REQ, dirty, len(reqs))

    def save(self, found_in: Iterable[str], found_for: Iterable[tuple[str, str]]) -> None:
        """Keep as clean every file of this run in which the `ALONE` checks
        found nothing (`found_in`: the paths they found something in), and
        every requirement in whose replays a check found nothing
        (`found_for`: the (code, requirement) it found something of)."""
        if self.cache is None or self.context is None:
            return
        files, reqs = set(found_in), set(found_for)
        clean = {ident for path, ident in self.ids.items() if path not in files}
        clean.update(ident for pair, ident in self.req_ids.items() if pair not in reqs)
        if clean != self.clean:
            packs.keep_clean_files(self.cache, self.context, clean, self.ledger.year)


def _of(entries: list[Entry], key: Callable[[Entry], str], dirty: set[str], of: int) -> list[Entry]:
    """The entries whose `key` is `dirty` (of `of` keys), in their order."""
    if not dirty:
        return []
    if len(dirty) == of:
        return entries  # none known clean: all of them, as they are
    return list(compress(entries, map(dirty.__contains__, map(key, entries))))


def _requirement_id(ledger_key: bytes, code: str, req: str) -> bytes:
    """The check `code` of a requirement's entries, replayed, in the files of
    `ledger_key`."""
    return packs.digest(ledger_key + f"\0{code}\0{req}".encode())


def _context(ledger: Ledger, as_of: dt.date) -> bytes | None:
    """A hash of all that the `ALONE` checks read besides an entry and its
    path: the plan, units, calendar, today and the checks' code
    (`gate.verdict_key`), the day checked on, the plan years held (which of a
    file's entries count for the plan read: `Ledger.for_plan`), and the code
    of the rest of zwgk they call (`_CODE`: the engine's deadlines,
    publicity and privacy rules, the readers, the model): each module
    file's name, time and size, as a development install changes them
    without a new version (which the cache's header holds)."""
    plan = verdict_key(ledger)
    if plan is None:
        return None
    try:
        code = [code_stamp(PACKAGE / folder, below=False) for folder in _CODE]
    except OSError:
        return None
    text = repr((code, as_of.toordinal(), ledger.years, ledger.year)).encode()
    return packs.digest(plan + text)
