"""`zwgk validate --changed-since REV`: check only what a change touches, and
what that references, so a pre-commit hook stays fast on a large ledger.

A change to the plan (tasks.yaml, units.yaml, calendar.yaml) can break any
entry, and a first commit is all new: everything is checked. A change to
progress files checks those files against the plan, plus the progress files of
the co-leads they share event obligations with: an entry's `period` may name a
co-lead's event, and a changed or withdrawn event may be named by a co-lead's
entry (the only references between progress files). Findings are kept for the
files checked and the plan.

This module chooses what to check and which findings to keep; the caller runs
the checks (review does not know checks: they are siblings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zwgk.engine.obligations import holders
from zwgk.ledger.layout import DATA, PLAN_FILES, is_plan_file, progress_pattern
from zwgk.ledger.load import Ledger, load_ledger
from zwgk.model.directory import Directory
from zwgk.model.findings import Finding
from zwgk.model.plan import Entry, Plan
from zwgk.review.git import Git


@dataclass(frozen=True)
class Scope:
    changed: tuple[str, ...]
    """Ledger files the change touches (deleted ones included)."""
    everything: bool
    """The plan changed, or nothing is committed yet: the whole ledger is checked."""
    rev: str


def scope(git: Git, rev: str) -> Scope:
    if rev == "HEAD" and not git.has_commits():
        return Scope((), True, rev)  # the first commit: everything is new
    # Any file under data/ (the plan files and progress files are there too):
    # one that is not read (czj.yml) is reported as such.
    changed = tuple(rel for rel in git.changed_files(rev) if rel.startswith(f"{DATA}/"))
    return Scope(changed, any(is_plan_file(rel) for rel in changed), rev)


@dataclass(frozen=True)
class Selection:
    ledger: Ledger
    """What to check: the whole ledger, the plan alone, or the plan with the
    changed progress files and those they reference."""
    paths: frozenset[str] | None
    """The files (and unread folders) whose findings are kept; None: all."""

    def keeps(self, finding: Finding) -> bool:
        return self.paths is None or finding.path in self.paths


def select(
    root: Path, found: Scope, git: Git, year: int | None = None, as_of: dt.date | None = None
) -> Selection:
    """What `validate --changed-since` checks: of the plan of `year` (or of
    `as_of`'s year, in a ledger of several)."""

    def load(root: Path, **options: Any) -> Ledger:
        return load_ledger(root, year=year, as_of=as_of, **options)

    if found.everything:
        return Selection(load(root), None)
    own = {rel for rel in found.changed if (root / rel).is_file()}
    if not found.changed:
        plan = load(root, with_progress=False)
        return Selection(plan, frozenset((*PLAN_FILES, plan.plan_path)))
    now = load(root, only_progress=own)
    was = load(root, files=git.tree(found.rev), only_progress=set(found.changed))
    wanted = set(own)
    if now.plan is not None:
        wanted |= _event_partners(root, now.plan, now.directory, [*now.entries, *was.entries])
    ledger = now if wanted == own else load(root, only_progress=wanted)
    # A folder that is not read (data/progress/2018/old) holds the changed file.
    folders = {rel.rsplit("/", n)[0] for rel in found.changed for n in (1, 2)}
    return Selection(ledger, frozenset(wanted | {*PLAN_FILES, ledger.plan_path} | folders))


def _event_partners(root: Path, plan: Plan, directory: Directory, entries: list[Entry]) -> set[str]:
    """Progress files that share event obligations with `entries`: an entry's
    `period` may name a co-lead's event, and a changed or deleted event may be
    named by a co-lead's entry. Only requirements with `after:` rules link files."""
    units: set[str] = set()
    for entry in entries:
        req = plan.requirement(entry.req)
        if req is None or not any(rule.kind == "after" for rule in req.due):
            continue
        for holder in holders(req, directory):
            if entry.unit in holder.members:
                units |= holder.members
    return {
        p.relative_to(root).as_posix() for unit in units for p in root.glob(progress_pattern(unit))
    }
