"""Which findings stop the commands that compute obligations (`status`,
`report`, `notice`, `export`), and which requirements they leave out.

A plan or units file with an error computes wrong without a word: a lead
`jtjj` that names no unit gives requirement 21.1 no obligations, and the
screen simply counts one fewer. So these commands stop on the errors of the
plan's own files (tasks.yaml, units.yaml, calendar.yaml): what the readers
found there, and what the checks of those files (`PLAN_CHECKS`) find. A
progress file's problems are not the gate's: the readers say when one cannot
be read (`ledger/load.py`), and the entry checks over a hundred thousand
entries are `zwgk validate`'s, not a cost of every screen.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from zwgk.ledger.layout import PLAN_FILES, UNITS
from zwgk.ledger.load import Ledger
from zwgk.model.findings import Finding


@dataclass(frozen=True)
class Gate:
    """The errors that stop a computing command, and what they touch."""

    blocking: list[Finding]
    """Errors in the plan's files, sorted by place."""
    affected: tuple[str, ...]
    """Requirements (ids, in plan order) an error sits in or names a unit of:
    left out, or computed from a reading that is wrong."""
    everywhere: int
    """Errors that belong to no one requirement (the plan's head, a calendar
    date): they may touch any of them."""
    plan_read: bool
    """Whether there is a plan to compute from at all (tasks.yaml parsed)."""

    @property
    def stops(self) -> bool:
        return bool(self.blocking) or not self.plan_read


def gate(ledger: Ledger) -> Gate:
    """Run the plan's checks (not the entries') and sort out what stops.

    When the checks found no error in this very plan, units and calendar
    before, the ledger's cache says so (`cache.plan_was_clean`): they are
    then neither imported nor run. Only that is remembered, never a finding."""
    from zwgk.ledger import cache as packs

    plan_files = {*PLAN_FILES, ledger.plan_path}
    read = [f for f in ledger.findings if f.level == "error" and f.path in plan_files]
    cache, key = None, None
    if not read and ledger.plan is not None:
        cache = packs.Cache(ledger.root)
        key = verdict_key(ledger) if cache.enabled else None
        if key is not None and packs.plan_was_clean(cache, key, ledger.year):
            return Gate([], (), 0, True)

    from zwgk.checks.issue import finding
    from zwgk.checks.registry import PLAN_CHECKS, in_order

    checked = []
    for check in PLAN_CHECKS:
        if check.level != "error":
            continue
        for issue in check.run(ledger):
            checked.append(finding(ledger, check.id, "error", issue))
    # What the readers found first: a units.yaml that cannot be read is the
    # cause, the hundred units it leaves undefined only follow from it.
    blocking = in_order(read + checked)
    if not blocking and cache is not None and key is not None:
        packs.keep_clean_plan(cache, key, ledger.year)
    affected, everywhere = _affected(ledger, blocking)
    return Gate(blocking, affected, everywhere, ledger.plan is not None)


def verdict_key(ledger: Ledger) -> bytes | None:
    """A hash of everything the plan's checks read and are: the plan, the
    units, the checks' code files (name, time, size), the calendar's every
    year (the package's and calendar.yaml's: working-day rules fall due by
    them) and today (a resident ID is one only once its birth date is past).
    None when it cannot be made (the checks then run)."""
    import io
    import pickle  # rich has imported it already

    from zwgk.ledger.cache import digest
    from zwgk.ledger.codestamp import code_stamp

    directory = ledger.directory
    calendar = [
        (year, sorted(map(dt.date.toordinal, days.holidays)),
         sorted(map(dt.date.toordinal, days.workdays)))
        for year, days in sorted(ledger.calendar.schedules.items())
    ]  # fmt: skip
    # The checks' own code too: a development install changes a check
    # without a new version number (which the verdict file's header holds).
    code = code_stamp(Path(__file__).parent, below=False)
    read = (
        code,
        dt.date.today().toordinal(),
        ledger.plan_path,
        ledger.plan,
        directory.units,
        directory.groups,
        directory.changes,
        calendar,
    )
    try:
        # Written, never read back; pickle gives back what it wrote, so two
        # different plans never give the same bytes. Without its memo (`fast`),
        # the same plan always gives the same bytes: a memo writes a value
        # seen before as a reference, and whether two equal dates or texts are
        # one object differs between a plan parsed and one from the cache.
        out = io.BytesIO()
        pickler = pickle.Pickler(out, protocol=5)
        pickler.fast = True  # the plan holds no cycles
        pickler.dump(read)
        return digest(out.getvalue())
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return None


def _affected(ledger: Ledger, blocking: list[Finding]) -> tuple[tuple[str, ...], int]:
    """The requirements the errors touch: one in tasks.yaml belongs to the
    requirement whose lines hold it (a task's own line: all of the task's);
    one on the line a unit or group starts on (a group's unknown member) to
    every requirement that names it or a group holding it; and every
    requirement naming a unit that is not defined has lost its obligations.
    What cannot be placed so (the plan's head, a change of units that was
    not read, a calendar date, a unit or group the reader dropped) is counted
    as touching everything: named too widely rather than not at all."""
    plan = ledger.plan
    if plan is None:
        return (), len(blocking)
    directory = ledger.directory
    reqs = plan.requirements()
    # Where each requirement and task starts in tasks.yaml, in line order.
    starts: list[tuple[int, tuple[str, ...]]] = []
    for task in plan.tasks:
        starts.append((task.line, tuple(r.id for r in task.requirements)))
        starts.extend((r.line, (r.id,)) for r in task.requirements)
    starts.sort(key=lambda item: item[0])
    lines = [line for line, _ in starts]
    # Where each unit and group starts in units.yaml.
    unit_at = {u.line: u.id for u in directory.units.values()}
    unit_at.update({g.line: g.id for g in directory.groups.values()})

    touched: set[str] = set()
    named: set[str] = set()
    everywhere = 0
    for f in blocking:
        if f.path == ledger.plan_path and f.line:
            at = bisect.bisect_right(lines, f.line) - 1
            if at >= 0:
                touched.update(starts[at][1])
                continue
        elif f.path == UNITS.as_posix() and f.line in unit_at:
            named.add(unit_at[f.line])
            continue
        everywhere += 1  # the plan's head, a change of units, the calendar
    for req in reqs:
        refs = (*req.lead, *req.support)
        undefined = any(not directory.is_defined(ref) for ref in refs)
        if undefined or (named and any(ref in named or named & {*directory.expand(ref)}
                                       for ref in refs)):  # fmt: skip
            touched.add(req.id)
    return tuple(dict.fromkeys(r.id for r in reqs if r.id in touched)), everywhere
