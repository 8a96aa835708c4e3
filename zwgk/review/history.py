"""`zwgk log`: the entries of a requirement or a unit over time, each with the
commit that added it (from `git blame` of its first line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from zwgk.engine.compare import rel_path
from zwgk.ledger.load import Ledger
from zwgk.model.plan import Entry
from zwgk.review.git import Commit, Git, blame


@dataclass(frozen=True)
class Logged:
    entry: Entry
    file: str
    commit: Commit | None
    """None: the entry is not committed yet."""


def entry_log(git: Git, ledger: Ledger, req: str | None, units: set[str] | None) -> list[Logged]:
    """The working tree's entries of `req` and/or `units`, oldest first."""
    chosen = [
        e
        for e in ledger.entries
        if (req is None or e.req == req) and (units is None or e.unit in units)
    ]
    blamed: dict[str, dict[int, Commit | None]] = {}
    out = []
    for entry in chosen:
        rel = rel_path(entry)
        if rel not in blamed:
            blamed[rel] = blame(git, rel)
        out.append(Logged(entry, rel, blamed[rel].get(entry.line)))
    out.sort(key=lambda x: (x.entry.date, _when(x.commit), x.file, x.entry.line))
    return out


_FAR = dt.datetime.max.replace(tzinfo=dt.UTC)


def _when(commit: Commit | None) -> dt.datetime:
    """Uncommitted entries, and commits dated past what a datetime holds, last."""
    return _FAR if commit is None or commit.date is None else commit.date
