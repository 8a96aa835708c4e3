"""`zwgk diff`: the two states of a ledger to compare, read from a git
revision or the working tree. engine/compare compares them (no I/O, no
words) and outputs/diffwords puts the changes into words."""

from __future__ import annotations

from pathlib import Path

from zwgk.engine.compare import Side
from zwgk.ledger.load import Files, load_plan_or_fail


def load_side(root: Path, files: Files, label: str) -> Side:
    """A ledger at one revision (or the working tree); any error that keeps it
    from being read stops the diff with the revision, file and line."""
    ledger = load_plan_or_fail(
        root, with_progress=True, progress_must_read=True, files=files, label=label
    )
    return Side(ledger.plan, ledger.directory, ledger.entries, ledger.calendar)
