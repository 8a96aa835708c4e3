"""A city's view over county ledgers (`zwgk rollup`): each county's status
on one as-of day, computed by the very code `zwgk status` runs, and what
the counties have in common (requirements late in many of them).

No words here: states and figures are codes and values, worded by
`outputs/rollup*.py`. Reading a county (the fetched commit, the gate) is
handed in as `load` (`review/rollup.load_county` with `checks/gate.py`'s
judgement), so that the engine neither runs git nor the checks.

A warm run does little: a county computed before, at the same commit, for
the same day, by the same zwgk, is taken from the signed cache
(`ledger/cache.py`, one pack per county's copy) instead of being read and
replayed; the others are computed a county per forked worker
(`ledger/parallel.fork_map`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from zwgk.engine.obligations import STATUS_CODES, all_obligations, depends_on
from zwgk.engine.status import (
    by_unit,
    by_urgency,
    completion,
    dated_summary,
    days_late,
    on_time_rate,
    standing_summary,
    summary,
    worst_first,
)
from zwgk.errors import ZwgkError
from zwgk.ledger.load import PlannedLedger
from zwgk.ledger.remote import Copy
from zwgk.model.chars import requirement_text
from zwgk.model.findings import Finding

State = Literal["ok", "incomplete", "not_fetched", "plan_errors", "unreadable"]
"""ok: computed from every file; incomplete: computed, but a unit's progress
file could not be read and what depends on it is left out; not_fetched: no
copy to read (git's reason in `Copy.problem`); plan_errors: the gate of
`status` stopped it (its first errors); unreadable: the ledger cannot be read
(the reason)."""

FAILED: frozenset[State] = frozenset({"not_fetched", "plan_errors", "unreadable", "incomplete"})
"""States that make `zwgk rollup` exit 1: a county not (wholly) computed."""

ERRORS_KEPT = 5
"""The first errors kept of a county whose plan stops it; validate has the rest."""

LATE_ACROSS_FROM = 2
"""A requirement is listed as late across counties when it is overdue in at
least this many of them."""


class PlanStopped(Exception):
    """Raised by the judge handed to `load` (the gate of `status`): the
    county's plan has errors, these first."""

    def __init__(self, errors: list[Finding], count: int) -> None:
        super().__init__(count)
        self.errors = errors
        self.count = count


class Overdue(NamedTuple):
    """One overdue obligation of a county."""

    task: int
    req: str
    text: str
    unit: str
    unit_name: str
    period: str | None
    due: dt.date
    days_late: int


@dataclass(frozen=True)
class Figures:
    """A county's status, as `zwgk status --format json` counts it."""

    plan_title: str
    plan_year: int
    counts: dict[str, int]
    """Every obligation by status (status JSON's `summary`)."""
    dated: dict[str, int]
    """The dated obligations by status: what the rates are over."""
    completion: float | None
    on_time_rate: float | None
    """done / (done + late + overdue), DESIGN.md's on-time rate."""
    standing: dict[str, int]
    units: list[dict[str, Any]]
    """`status --by unit`'s rows, worst first."""
    overdue: list[Overdue]
    """Most days late first (status's urgency order)."""
    left_out: int = 0
    """Obligations left out: they depend on a unit's file not read."""


@dataclass(frozen=True)
class County:
    """One county of the rollup: where it was read from and what it says."""

    copy: Copy
    state: State
    figures: Figures | None = None
    errors: list[Finding] = field(default_factory=list)
    """plan_errors: the first errors; incomplete: each file not read's first."""
    error_count: int = 0
    reason: str | None = None
    """unreadable: why (the message `status` would stop with)."""
    cached: bool = False
    """Taken from the cache (not read nor replayed on this run)."""

    @property
    def name(self) -> str:
        return self.copy.source.name


class LateAcross(NamedTuple):
    """A requirement overdue in several counties."""

    req: str
    text: str
    counties: tuple[str, ...]
    """Their names, in rollup.yaml's order."""
    obligations: int
    """Its overdue obligations, all those counties together."""


Load = Callable[[Copy, dt.date, int | None], PlannedLedger]
"""Reads a county's ledger: its copy, the as-of day, the plan year asked
for (None: the plan of the as-of day's year)."""


def rollup(
    copies: list[Copy], as_of: dt.date, warn_days: int, load: Load, year: int | None = None
) -> list[County]:
    """Every county, in the order given: from the cache when computed before
    for this very commit, day and plan year, else read with `load` and
    computed (a county per forked worker). `year`: the plan year every
    county is read at (`--year`; None: the as-of day's)."""
    from zwgk.ledger.parallel import fork_map

    stamp = _code_stamp()
    keys = [_key(copy, as_of, warn_days, year, stamp) for copy in copies]
    found: list[County | None] = [
        _cached(copy, key) for copy, key in zip(copies, keys, strict=True)
    ]
    todo = [i for i, got in enumerate(found) if got is None]
    computed = fork_map(lambda i: county(copies[i], as_of, warn_days, load, year), todo)
    for i, got in zip(todo, computed, strict=True):
        found[i] = got
        key = keys[i]
        if got.state == "ok" and key is not None:
            _keep(got, key)
    return [c for c in found if c is not None]


def county(
    copy: Copy, as_of: dt.date, warn_days: int, load: Load, year: int | None = None
) -> County:
    """One county's status on `as_of` (at the plan of `year`, None: the
    as-of day's), or why there is none."""
    if not copy.readable:
        return County(copy, "not_fetched")
    try:
        ledger = load(copy, as_of, year)
    except PlanStopped as stop:
        return County(copy, "plan_errors", errors=stop.errors[:ERRORS_KEPT], error_count=stop.count)
    except ZwgkError as exc:
        where = exc.location()
        return County(
            copy, "unreadable", reason=f"{where}: {exc.message}" if where else exc.message
        )
    obs = all_obligations(ledger.plan, ledger.directory, ledger.entries, ledger.calendar, as_of,
                          warn_days)  # fmt: skip
    left_out = 0
    errors: list[Finding] = []
    if ledger.unread:
        # As `status` does: what depends on a file not read is left out,
        # never shown open or overdue from entries not read.
        shown = [ob for ob in obs if not depends_on(ob, frozenset(ledger.unread))]
        left_out, obs = len(obs) - len(shown), shown
        errors = [min(found) for found in ledger.unread.values()]
    figures = figures_of(ledger, obs, as_of, left_out)
    state: State = "incomplete" if ledger.unread else "ok"
    return County(copy, state, figures, errors=errors, error_count=len(errors))


def figures_of(ledger: PlannedLedger, obs: list[Any], as_of: dt.date, left_out: int) -> Figures:
    dated = dated_summary(obs)
    overdue = [
        Overdue(ob.req.task, ob.req.id, ob.req.text, ob.unit, ledger.directory.name(ob.unit),
                ob.period, ob.due, days_late(ob, as_of) or 0)
        for ob in by_urgency(obs, as_of)
        if ob.status == "overdue" and ob.due is not None
    ]  # fmt: skip
    units = [r.as_json() for r in worst_first(by_unit(obs, ledger.directory, as_of))]
    return Figures(
        ledger.plan.info.title,
        ledger.plan.info.year,
        summary(obs),
        dated,
        completion(dated),
        on_time_rate(dated),
        standing_summary(obs, as_of).as_json(),
        units,
        overdue,
        left_out,
    )


def late_across(counties: list[County], least: int = LATE_ACROSS_FROM) -> list[LateAcross]:
    """The requirements overdue in at least `least` counties, most counties
    first. Requirements are matched by id AND text: each county numbers its
    own table, so 21.1 of one county need not be 21.1 of another, and the
    same words under another number may be a different duty in its table's
    context. Matching both claims only what the tables themselves say alike
    (a county on the city's template: all of it). Texts are compared as
    `import --year` compares a table with last year's
    (`chars.requirement_text`): full-width forms folded, white space and
    punctuation left out, year numbers masked. Two counties copying one
    city template differ in just that: stray spaces and line breaks ("line
    wraps joined, extraction spaces removed", as the shipped plan's encoding
    notes say), full- or half-width punctuation, 2018年 kept by one."""
    seen: dict[tuple[str, str], tuple[str, list[str], list[int]]] = {}
    compared: dict[str, str] = {}  # a city's counties share a few hundred texts
    for c in counties:
        if c.figures is None:
            continue
        mine: dict[tuple[str, str], tuple[str, int]] = {}
        for ob in c.figures.overdue:
            as_compared = compared.get(ob.text)
            if as_compared is None:
                as_compared = compared[ob.text] = requirement_text(ob.text)[0]
            key = (ob.req, as_compared)
            mine[key] = (ob.text, mine[key][1] + 1 if key in mine else 1)
        for key, (text, n) in mine.items():
            _, names, counts = seen.setdefault(key, (text, [], []))
            names.append(c.name)
            counts.append(n)
    found = [
        LateAcross(req, text, tuple(names), sum(counts))
        for (req, _), (text, names, counts) in seen.items()
        if len(names) >= least
    ]
    from zwgk.engine.obligations import req_sort_key

    return sorted(found, key=lambda x: (-len(x.counties), -x.obligations, req_sort_key(x.req)))


def totals(counties: list[County]) -> dict[str, Any]:
    """Every computed county's counts summed, and the rates over the sums
    (`engine/status.py`'s rules); how many counties, computed and failed."""
    counts: dict[str, int] = dict.fromkeys(STATUS_CODES, 0)
    dated: dict[str, int] = dict.fromkeys(STATUS_CODES, 0)
    computed = [c.figures for c in counties if c.figures is not None]
    for f in computed:
        for code in STATUS_CODES:
            counts[code] += f.counts.get(code, 0)
            dated[code] += f.dated.get(code, 0)
    return {
        "counties": len(counties),
        "computed": len(computed),
        "failed": sum(c.state != "ok" for c in counties),
        "summary": counts,
        "dated": {
            "obligations": sum(dated.values()),
            **dated,
            "completion": completion(dated),
            "on_time_rate": on_time_rate(dated),
        },
    }


# --- the cache ----------------------------------------------------------------


def _code_stamp() -> tuple[Any, ...]:
    """zwgk's code as the cache keys it: version, and each module's name, time
    and size (a development install changes without a new version)."""
    from zwgk import __version__
    from zwgk.ledger.codestamp import code_stamp

    return (__version__, code_stamp())


def _key(
    copy: Copy, as_of: dt.date, warn_days: int, year: int | None, stamp: tuple[Any, ...]
) -> bytes | None:
    """What a county's figures follow from: its commit (every file of it,
    plan, units, calendar and progress), the folder in it, the day, the plan
    year asked for and the warning window, the official calendar zwgk carries, today (the gate's
    verdict is the day's) and zwgk's code. None: not kept (a folder read in
    place has no commit; its files are cached by the ledger's own cache)."""
    if copy.git_dir is None or copy.commit is None:
        return None
    import pickle

    from zwgk.ledger.cache import digest

    read = (copy.commit, copy.source.path, as_of.toordinal(), warn_days, year,
            dt.date.today().toordinal(), stamp)  # fmt: skip
    return digest(pickle.dumps(read, protocol=5))


def _rel(copy: Copy) -> str:
    """The county's place in its copy's pack: counties sharing a repository
    (each its folder) share the pack, each under its own name."""
    return f"rollup/{copy.source.path}"


def _cached(copy: Copy, key: bytes | None) -> County | None:
    if key is None or copy.git_dir is None:
        return None
    from zwgk.ledger.cache import Cache

    cache = Cache(copy.git_dir)
    try:
        plain = cache.get(_rel(copy), key)
        return None if plain is None else County(copy, "ok", _thawed(plain), cached=True)
    except (TypeError, ValueError, IndexError, KeyError):  # not our shape: computed again
        return None


def _keep(c: County, key: bytes) -> None:
    from zwgk.ledger.cache import Cache

    assert c.copy.git_dir is not None and c.figures is not None
    cache = Cache(c.copy.git_dir)
    cache.put(_rel(c.copy), key, _frozen(c.figures))
    cache.save()


def _frozen(f: Figures) -> tuple[Any, ...]:
    """Figures as marshal keeps them: plain values, dates as day numbers."""
    overdue = tuple((o.task, o.req, o.text, o.unit, o.unit_name, o.period, o.due.toordinal(),
                     o.days_late) for o in f.overdue)  # fmt: skip
    return (f.plan_title, f.plan_year, f.counts, f.dated, f.completion, f.on_time_rate,
            f.standing, f.units, overdue, f.left_out)  # fmt: skip


def _thawed(plain: Any) -> Figures:
    title, year, counts, dated, done, on_time, standing, units, overdue, left_out = plain
    checks = (
        (title, str), (year, int), (counts, dict), (dated, dict), (standing, dict),
        (units, list), (overdue, tuple), (left_out, int),
    )  # fmt: skip
    if not all(type(value) is kind for value, kind in checks):
        raise TypeError("figures")
    rows = [
        Overdue(task, req, text, unit, name, period, dt.date.fromordinal(due), late)
        for task, req, text, unit, name, period, due, late in overdue
    ]
    return Figures(title, year, counts, dated, done, on_time, standing, units, rows, left_out)
