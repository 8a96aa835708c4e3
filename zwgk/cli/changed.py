"""`zwgk validate --changed-since REV`: the checks run on what review/changed
selects (review chooses the files, checks checks them; the two do not know
each other)."""

from __future__ import annotations

from pathlib import Path

from zwgk.checks.registry import run_checks
from zwgk.model.findings import Finding
from zwgk.review.changed import Scope, select
from zwgk.review.git import Git


def check_changed(root: Path, found: Scope, git: Git) -> list[Finding]:
    """The findings of the files a change touches, and of what they reference."""
    chosen = select(root, found, git)
    return [f for f in run_checks(chosen.ledger) if chosen.keeps(f)]
