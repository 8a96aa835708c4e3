"""`zwgk validate --changed-since REV`: check only what a change touches, and
what that references, so a pre-commit hook stays fast on a large ledger.

A change to the plan (tasks.yaml, units.yaml, calendar.yaml) can break any
entry: everything is checked. A change to progress files checks those files
against the plan, plus the progress files of the co-leads whose events an
entry's `period` may name (the only thing an entry references in other files).
Findings are kept for the changed files and the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zwgk.calendar import CALENDAR
from zwgk.checks import run_checks
from zwgk.findings import Finding
from zwgk.git import Git
from zwgk.ledger import TASKS, UNITS, load_ledger
from zwgk.obligations import holders

PLAN_FILES = (TASKS.as_posix(), UNITS.as_posix(), CALENDAR.as_posix())


@dataclass(frozen=True)
class Scope:
    changed: tuple[str, ...]
    """Ledger files the change touches (deleted ones included)."""
    everything: bool
    """The plan changed: the whole ledger is checked."""


def scope(git: Git, rev: str) -> Scope:
    changed = tuple(rel for rel in git.changed_files(rev) if rel in PLAN_FILES or _is_progress(rel))
    return Scope(changed, any(rel in PLAN_FILES for rel in changed))


def _is_progress(rel: str) -> bool:
    return rel.startswith("data/progress/") and rel.endswith(".yaml") and rel.count("/") == 3


def check_changed(root: Path, found: Scope) -> list[Finding]:
    if found.everything:
        return run_checks(load_ledger(root))
    own = {rel for rel in found.changed if (root / rel).is_file()}
    if not own:
        return [f for f in run_checks(load_ledger(root, with_progress=False))
                if f.path in PLAN_FILES]  # fmt: skip
    first = load_ledger(root, only_progress=own)
    wanted = set(own)
    if first.plan is not None:
        for entry in first.entries:
            req = first.plan.requirement(entry.req)
            if entry.period is None or req is None:
                continue
            for holder in holders(req, first.directory):
                for member in holder.members:
                    wanted.update(
                        p.relative_to(root).as_posix()
                        for p in (root / "data" / "progress").glob(f"*/{member}.yaml")
                    )
    ledger = first if wanted == own else load_ledger(root, only_progress=wanted)
    keep = own | set(PLAN_FILES)
    return [f for f in run_checks(ledger) if f.path in keep]
