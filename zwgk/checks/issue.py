"""What a check yields, and the shape of a registered check.

A check function yields `Issue`s; the registry (`registry.py`) adds the
code and its level to make `Finding`s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zwgk.ledger.layout import TASKS, UNITS
from zwgk.ledger.load import Ledger
from zwgk.model.findings import Finding, Level
from zwgk.model.plan import Entry

if TYPE_CHECKING:
    from zwgk.checks.entries import EntryContext

TASKS_PATH = TASKS.as_posix()
"""Where a check says the plan's issues are; `finding` names the plan file
the ledger read instead (data/plans/YYYY.yaml in a ledger of several years)."""
UNITS_PATH = UNITS.as_posix()


@dataclass(frozen=True)
class Issue:
    """What a check yields; the registry adds the check's id and level."""

    path: str
    line: int
    message: str
    hint: str = ""
    """The fix in the words of the file (`加上 until: YYYY-MM-DD`): what `validate` says."""
    col: int = 1
    remedy: str | None = None
    """What the hint asks, as a code (`add-until`, `drop-period`), for an edge
    whose input is not the file: `record` words it as its options
    (`checks/record.py`). None when the hint says the same to both."""


def finding(ledger: Ledger, code: str, level: Level, issue: Issue) -> Finding:
    """The finding a check's issue makes, in the file it is in."""
    path = ledger.plan_path if issue.path == TASKS_PATH else issue.path
    return Finding(path, issue.line, issue.col, level, code, issue.message, issue.hint)


@dataclass(frozen=True)
class Check:
    """A check over the whole loaded ledger."""

    id: str
    level: Level
    run: Callable[[Ledger], Iterator[Issue]]


@dataclass(frozen=True)
class EntryCheck:
    """A check of one progress entry: `validate` runs it on every entry read,
    `record` on the entry it is about to write.

    `sift`, when given, only makes `validate` faster on a city ledger (a
    hundred thousand entries): from all the entries it keeps those `run`
    might report, ruling out the rest with one cheap look (never one it
    would report: a test holds it to that); `run` decides."""

    id: str
    level: Level
    run: Callable[[EntryContext, Entry], Iterator[Issue]]
    sift: Callable[[EntryContext, list[Entry]], Iterable[Entry]] | None = None
