"""`zwgk status`: filtering obligations, counting them, per-unit rollups, the
urgency order of the morning screen and the machine-readable documents."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from zwgk.engine.obligations import STATUS_CODES, Obligation, StatusCode
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan

COUNTED = ("done", "late", "overdue")


class Filters(NamedTuple):
    """What `--unit`, `--task`, `--part`, `--status` and `--due-within` keep."""

    units: frozenset[str] = frozenset()
    tasks: frozenset[int] = frozenset()
    parts: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    due_within: int | None = None


def keep(ob: Obligation, f: Filters, as_of: dt.date, plan: Plan) -> bool:
    # A unit sees what it answers for: its own obligations, and the joint ones
    # it can complete as a co-lead.
    if f.units and ob.unit not in f.units and not (ob.members & f.units):
        return False
    if f.tasks and ob.req.task not in f.tasks:
        return False
    if f.parts:
        task = plan.task(ob.req.task)
        if task is None or task.part not in f.parts:
            return False
    if f.statuses and ob.status not in f.statuses:
        return False
    if f.due_within is not None:
        if ob.due is None or ob.is_closed:
            return False
        if (ob.due - as_of).days > f.due_within:
            return False
    return True


def summary(obs: list[Obligation]) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(STATUS_CODES, 0)
    for ob in obs:
        counts[ob.status] += 1
    return counts


def percent(value: float | None) -> str:
    """A rate as people read it: 0.6667 → 66.7%, 1.0 → 100%, None (nothing to
    count yet) → -. The status screen, reports and notices all use it."""
    if value is None:
        return "-"
    return f"{100 * value:.1f}".removesuffix(".0") + "%"


def on_time_rate(counts: dict[str, int]) -> float | None:
    """done / (done + late + overdue); None when nothing is counted yet."""
    total = sum(counts[c] for c in COUNTED)
    return round(counts["done"] / total, 4) if total else None


_URGENCY: dict[StatusCode, int] = {
    "overdue": 0,
    "due_soon": 1,
    "open": 2,
    "ongoing": 3,
    "late": 4,
    "done": 5,
    "exempt": 6,
}


def by_urgency(obs: list[Obligation], as_of: dt.date) -> list[Obligation]:
    """Overdue first, most days late first; then due soonest; then the rest."""

    def key(ob: Obligation) -> tuple[int, int, int, tuple[int, ...], str]:
        from zwgk.engine.obligations import requirement_order

        days = (ob.due - as_of).days if ob.due else 10**6
        return (_URGENCY[ob.status], days, *requirement_order(ob.req), ob.unit)

    return sorted(obs, key=key)


def item(ob: Obligation, directory: Directory) -> dict[str, Any]:
    """One obligation as DESIGN.md's status JSON item."""
    return {
        "task": ob.req.task,
        "req": ob.req.id,
        "unit": ob.unit,
        "unit_name": directory.name(ob.unit),
        "period": ob.period,
        "due": ob.due.isoformat() if ob.due else None,
        "status": ob.status,
        "completed": ob.completed.isoformat() if ob.completed else None,
        "last_entry": ob.last_entry.isoformat() if ob.last_entry else None,
        # Added by issue 13, after the original keys: `due` stays the rule's date.
        "last_workday": ob.last_workday.isoformat() if ob.last_workday else None,
        "workdays_left": ob.workdays_left,
    }


def status_document(obs: list[Obligation], directory: Directory, as_of: dt.date) -> dict[str, Any]:
    return {
        "as_of": as_of.isoformat(),
        "summary": summary(obs),
        "items": [item(ob, directory) for ob in obs],
    }


class UnitRollup(NamedTuple):
    """One unit's counts per status, for `status --by unit` and the report."""

    unit: str
    unit_name: str
    counts: dict[str, int]

    @property
    def obligations(self) -> int:
        return sum(self.counts.values())

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.counts)

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "unit_name": self.unit_name,
            "obligations": self.obligations,
            **self.counts,
            "on_time_rate": self.on_time_rate,
        }


def by_unit(obs: list[Obligation], directory: Directory) -> list[UnitRollup]:
    """Per accountable unit, in unit-file order (towns, departments, others)."""
    grouped: dict[str, list[Obligation]] = {}
    for ob in obs:
        grouped.setdefault(ob.unit, []).append(ob)
    return [
        UnitRollup(unit, directory.name(unit), summary(grouped[unit]))
        for unit in sorted(grouped, key=directory.order)
    ]


def worst_first(rollups: list[UnitRollup]) -> list[UnitRollup]:
    """Most overdue first; then the lowest on-time rate (none yet: last); then
    most due soon. Ties keep the order they came in (units.yaml's). The order of
    `zwgk status --by unit` and of the report's per-unit table."""
    return sorted(
        rollups,
        key=lambda r: (
            -r.counts["overdue"],
            r.on_time_rate if r.on_time_rate is not None else 2.0,
            -r.counts["due_soon"],
        ),
    )


def days_late(ob: Obligation, as_of: dt.date) -> int | None:
    """Days past due on `as_of` (overdue), or days completed after due (late)."""
    if ob.due is None:
        return None
    if ob.status == "overdue":
        return (as_of - ob.due).days
    if ob.status == "late" and ob.completed is not None:
        return (ob.completed - ob.due).days
    return None


def by_unit_document(obs: list[Obligation], directory: Directory, as_of: dt.date) -> dict[str, Any]:
    return {"as_of": as_of.isoformat(), "units": [r.as_json() for r in by_unit(obs, directory)]}


class Row(NamedTuple):
    """A line of the status table: one obligation, or several of one
    requirement that share a status, folded ("县政府各部门等 30 个单位")."""

    obligations: tuple[Obligation, ...]

    @property
    def first(self) -> Obligation:
        return self.obligations[0]


def fold(obs: list[Obligation]) -> list[Row]:
    """Fold obligations of one requirement and one status (and one period)
    into a row, keeping the order of their first member."""
    rows: dict[tuple[str, str, str | None], list[Obligation]] = {}
    for ob in obs:
        rows.setdefault((ob.req.id, ob.status, ob.period), []).append(ob)
    return [Row(tuple(group)) for group in rows.values()]
