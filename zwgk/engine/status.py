"""`zwgk status`: filtering obligations, counting them, per-unit rollups, the
urgency order of the morning screen and the machine-readable documents."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, NamedTuple

from zwgk.engine.obligations import STATUS_CODES, Obligation, StatusCode
from zwgk.model.directory import Directory
from zwgk.model.findings import Finding
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


def dated_summary(obs: list[Obligation]) -> dict[str, int]:
    """The counts per status of the dated obligations: what completion and the
    on-time rate are computed over. A standing duty (`Obligation.standing`)
    has no natural "done"; it is counted by `recorded_this_year` instead."""
    return summary([ob for ob in obs if not ob.standing])


def recorded_this_year(ob: Obligation, as_of: dt.date) -> bool:
    """Whether the obligation's units have any entry for it dated in the as-of
    year, up to the as-of date: what a standing duty shows (有记录/无记录)."""
    return ob.last_entry is not None and ob.last_entry.year == as_of.year


RowState = StatusCode | Literal["recorded", "unrecorded", "on_display"]


def row_state(ob: Obligation, as_of: dt.date) -> RowState:
    """What a row says of an obligation: its status, or for a standing duty
    not exempt, whether it was reported on this year; a publication still on
    display short of the days its `lasting` rule asks is `on_display`
    (`Obligation.on_display` says day n of N)."""
    if ob.standing and ob.status != "exempt":
        if ob.on_display is not None:
            return "on_display"
        return "recorded" if recorded_this_year(ob, as_of) else "unrecorded"
    return ob.status


class Standing(NamedTuple):
    """The standing duties of a summary: how many, how many reported on this
    year, how many still on display short of their days (neither reported nor
    unreported), and the exempt ones."""

    obligations: int
    recorded: int
    exempt: int
    on_display: int = 0

    @property
    def unrecorded(self) -> int:
        return self.obligations - self.recorded - self.exempt - self.on_display

    def as_json(self) -> dict[str, int]:
        return {
            "obligations": self.obligations,
            "recorded": self.recorded,
            "unrecorded": self.unrecorded,
            "exempt": self.exempt,
            "on_display": self.on_display,
        }


def standing_summary(obs: list[Obligation], as_of: dt.date) -> Standing:
    states = [row_state(ob, as_of) for ob in obs if ob.standing]
    return Standing(
        len(states), states.count("recorded"), states.count("exempt"), states.count("on_display")
    )


def completion(counts: dict[str, int]) -> float | None:
    """(done + late) / all but the exempt, of the counts given (the dated
    obligations: `dated_summary`); None when there is nothing to complete."""
    active = sum(counts.values()) - counts["exempt"]
    return round((counts["done"] + counts["late"]) / active, 4) if active else None


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
    """`summary` counts every obligation by status (as it always has); `dated`
    the dated ones, with completion and the on-time rate over them; `standing`
    the standing duties, reported on this year or not. Each item says
    `recorded_this_year` (null for a dated obligation) and `on_display`
    ({day, of}: a window still short of its days, else null)."""
    dated = dated_summary(obs)
    return {
        "as_of": as_of.isoformat(),
        "summary": summary(obs),
        "dated": {
            "obligations": sum(dated.values()),
            **dated,
            "completion": completion(dated),
            "on_time_rate": on_time_rate(dated),
        },
        "standing": standing_summary(obs, as_of).as_json(),
        "items": [
            {
                **item(ob, directory),
                "recorded_this_year": recorded_this_year(ob, as_of) if ob.standing else None,
                "on_display": (
                    {"day": ob.on_display[0], "of": ob.on_display[1]} if ob.on_display else None
                ),
            }
            for ob in obs
        ],
    }


def unread_document(
    unread: dict[str, list[Finding]], directory: Directory, left_out: int
) -> dict[str, Any]:
    """What the status JSON says was left out (`unread` of both documents):
    each progress file that could not be read (its unit by its name, how many
    errors, the first), the units of units.yaml whose entries are therefore
    unknown, and how many of the obligations asked for depend on them and are
    not among the items. A file named after no unit of units.yaml is listed
    under `files` only: its entries count for no obligation."""
    files = []
    for uid, findings in unread.items():
        for path in dict.fromkeys(f.path for f in findings):
            own = [f for f in findings if f.path == path]
            files.append(
                {"path": path, "unit": uid, "errors": len(own), "first": min(own).as_json()}
            )
    units = [
        {"unit": uid, "unit_name": directory.units[uid].name}
        for uid in unread
        if uid in directory.units
    ]
    return {"files": files, "units": units, "left_out": left_out}


class UnitRollup(NamedTuple):
    """One unit's counts per status, for `status --by unit` and the report:
    `counts` over all its obligations (the JSON's original keys), `dated` over
    its dated ones (what the columns show), `standing` its standing duties
    reported on this year or not."""

    unit: str
    unit_name: str
    counts: dict[str, int]
    dated: dict[str, int]
    """The counts of its dated obligations: what the on-time rate is over."""
    standing: Standing

    @property
    def obligations(self) -> int:
        return sum(self.counts.values())

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.dated)

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "unit_name": self.unit_name,
            "obligations": self.obligations,
            **self.counts,
            "on_time_rate": self.on_time_rate,
            # Added by issue 13, after the original keys (which count every
            # obligation): the dated ones by status, the standing duties.
            "dated_obligations": sum(self.dated.values()),
            **{f"dated_{code}": n for code, n in self.dated.items()},
            **{f"standing_{key}": n for key, n in self.standing.as_json().items()},
        }


ROLLUP_KEYS = (
    "unit", "unit_name", "obligations", *STATUS_CODES, "on_time_rate", "dated_obligations",
    *(f"dated_{code}" for code in STATUS_CODES),
    *(f"standing_{key}" for key in Standing(0, 0, 0).as_json()),
)  # fmt: skip
"""The keys of `UnitRollup.as_json`, in order (the CSV header when no unit)."""


def by_unit(obs: list[Obligation], directory: Directory, as_of: dt.date) -> list[UnitRollup]:
    """Per accountable unit, in unit-file order (towns, departments, others)."""
    grouped: dict[str, list[Obligation]] = {}
    for ob in obs:
        grouped.setdefault(ob.unit, []).append(ob)
    return [
        UnitRollup(
            unit,
            directory.name(unit),
            summary(grouped[unit]),
            dated_summary(grouped[unit]),
            standing_summary(grouped[unit], as_of),
        )
        for unit in sorted(grouped, key=directory.order)
    ]


def worst_first(rollups: list[UnitRollup]) -> list[UnitRollup]:
    """Most overdue first; then the lowest on-time rate (none yet: last); then
    most due soon. Ties keep the order they came in (units.yaml's). The order of
    `zwgk status --by unit` and of the report's per-unit table."""
    return sorted(
        rollups,
        key=lambda r: (
            -r.dated["overdue"],
            r.on_time_rate if r.on_time_rate is not None else 2.0,
            -r.dated["due_soon"],
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


def due_moved(status: str, due: dt.date | None, last_workday: dt.date | None) -> bool:
    """Still to do and due on a day off: the last working day before the due
    date is the day to act by (2018-12-31 → Saturday 2018-12-29). The one home
    of the rule: the status screen, reports and notices all ask it."""
    return status in ("open", "due_soon") and last_workday is not None and last_workday != due


DuePhase = Literal["due_today", "last_workday", "workday_passed"]


def due_phase(ob: Obligation, as_of: dt.date) -> DuePhase | None:
    """For what is still to do, where `as_of` stands near the end: the due
    date itself ("due_today"); for a due date on a day off, the last working
    day before it ("last_workday": Saturday 2018-12-29 for 2018-12-31) or a
    day after that one and before the due date ("workday_passed": 12-30).
    Else None: the working days left say it."""
    if ob.status not in ("open", "due_soon") or ob.due is None:
        return None
    if as_of == ob.due:
        return "due_today"
    if ob.last_workday is None or not ob.last_workday < ob.due:
        return None
    if as_of == ob.last_workday:
        return "last_workday"
    if ob.last_workday < as_of < ob.due:
        return "workday_passed"
    return None


def by_unit_document(obs: list[Obligation], directory: Directory, as_of: dt.date) -> dict[str, Any]:
    return {
        "as_of": as_of.isoformat(),
        "units": [r.as_json() for r in by_unit(obs, directory, as_of)],
    }


class Row(NamedTuple):
    """A line of the status table: one obligation, or several of one
    requirement that say the same (`row_state`), folded: several units
    ("县政府各部门等 30 个单位"), several periods of one rule ("2018-01…06 共
    6 期"), or both."""

    obligations: tuple[Obligation, ...]

    @property
    def first(self) -> Obligation:
        return self.obligations[0]

    @property
    def units(self) -> list[str]:
        """Its accountable units, in the order of their first obligation."""
        return list(dict.fromkeys(ob.unit for ob in self.obligations))

    @property
    def periods(self) -> list[str]:
        """Its periods in order (the ids of one rule sort as their dates do)."""
        return sorted({ob.period for ob in self.obligations if ob.period is not None})


_FoldKey = tuple[str, int, RowState, tuple[int, int] | None]
"""A requirement, one of its rules (by identity) and what its rows say."""


def fold(obs: list[Obligation], as_of: dt.date) -> list[Row]:
    """Fold obligations of one requirement that say the same (`row_state`):
    first a unit's periods of one rule, then the units owing the same periods.
    Rows keep the order of their first member, and list their members in the
    order given (the first is the most urgent)."""
    place = {id(ob): i for i, ob in enumerate(obs)}
    per_unit: dict[tuple[_FoldKey, str], list[Obligation]] = {}
    for ob in obs:
        # One rule's instances: 23.1's monthly and quarterly rows stay apart.
        rule_key: _FoldKey = (ob.req.id, id(ob.rule), row_state(ob, as_of), ob.on_display)
        per_unit.setdefault((rule_key, ob.unit), []).append(ob)
    rows: dict[tuple[_FoldKey, tuple[str, ...]], list[Obligation]] = {}
    for (rule_key, _unit), group in per_unit.items():
        periods = tuple(sorted({ob.period or "" for ob in group}))
        rows.setdefault((rule_key, periods), []).extend(group)
    return [Row(tuple(sorted(group, key=lambda ob: place[id(ob)]))) for group in rows.values()]
