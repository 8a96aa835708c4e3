"""Which progress files `zwgk validate` need not check again entry by entry.

Most checks of an entry (`registry.ALONE`) judge it by itself, the plan, the units, the
calendar, the day it is checked on and today: not by any other entry. What
they find in a file is then decided by the file's bytes and that context, so
a file in which they found nothing before, read from the same bytes, checked
in the same context, holds nothing now either: its entries are left out of
those checks. Only that is remembered (`cache.keep_clean_files`), never a
finding; the checks that replay a requirement over every unit's entries
(done-twice, the extension and period checks) run on every entry, every time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import compress
from operator import attrgetter
from pathlib import Path

from zwgk.checks.gate import verdict_key
from zwgk.ledger import cache as packs
from zwgk.ledger.load import Ledger
from zwgk.model.plan import Entry

_PATH = attrgetter("path")


class FileVerdicts:
    """The files of one ledger (one plan year) found clean before, and what
    this run finds: `unchecked` says which entries the `ALONE` checks must
    see, `found_in` what they found, `save` keeps the verdict."""

    def __init__(self, ledger: Ledger, as_of: dt.date) -> None:
        self.ledger = ledger
        self.cache: packs.Cache | None = None
        self.context: bytes | None = None
        self.clean: set[bytes] = set()
        self.ids: dict[str, bytes] = {}
        """`cache.file_id` of each file whose entries are checked, by path."""
        self.dirty: set[str] = set()
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
        for path in paths:
            key = keys.get(path)
            found = packs.file_id(path, key) if key is not None else None
            if found is not None:
                self.ids[path] = found
            if found is None or found not in self.clean:
                self.dirty.add(path)
        if not self.dirty:
            return []
        if len(self.dirty) == len(paths):
            return entries  # none known clean: all of them, as they are
        return list(compress(entries, map(self.dirty.__contains__, map(_PATH, entries))))

    def save(self, found_in: Iterable[str]) -> None:
        """Keep as clean every file of this run in which the `ALONE` checks
        found nothing (`found_in`: the paths they found something in)."""
        if self.cache is None or self.context is None:
            return
        found = set(found_in)
        clean = {ident for path, ident in self.ids.items() if path not in found}
        if clean != self.clean:
            packs.keep_clean_files(self.cache, self.context, clean, self.ledger.year)


def _context(ledger: Ledger, as_of: dt.date) -> bytes | None:
    """A hash of all that the `ALONE` checks read besides an entry and its
    path: the plan, units, calendar, today and the checks' code
    (`gate.verdict_key`), the day checked on, the plan years held (which of a
    file's entries count for the plan read: `Ledger.for_plan`), and the code
    of the rest of zwgk they call (the engine's deadlines, publicity and
    privacy rules, the model): each module file's name, time and size."""
    plan = verdict_key(ledger)
    if plan is None:
        return None
    package = Path(__file__).parents[1]
    try:
        code = sorted(
            (p.relative_to(package).as_posix(), p.stat().st_mtime_ns, p.stat().st_size)
            for p in package.rglob("*.py")
        )
    except OSError:
        return None
    text = repr((code, as_of.toordinal(), ledger.years, ledger.year)).encode()
    return packs.digest(plan + text)
