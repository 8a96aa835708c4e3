"""Next year's plan from this year's (`zwgk plan next`): the same parts, tasks,
requirements, ids and units with the rules moved to the new year, and the
carry-over: the obligations still open or overdue at the old plan's end, as
`zwgk status` computes them on that day (`obligations.all_obligations`, exempt
and extend entries honoured), which the office may keep as requirements of the
new plan marked with their origin (`Requirement.carried_from`).

No words here: the cli lists the carry-over and the tables layer writes the
draft's YAML with the comments that explain its judgement calls.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from zwgk.engine.obligations import Obligation, all_obligations
from zwgk.model.calendar import WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.plan import CarriedFrom, Entry, Plan, PlanInfo, Requirement, Rule, Task

CARRIED_STATUSES = ("overdue", "due_soon", "open")
"""What "still open or overdue at year end" is: a dated obligation neither
completed nor exempt. A standing duty (no date: 及时, 定期) is not carried:
the new plan's copy of its requirement continues it."""

CarryChoice = Literal["all", "none", "overdue"]


class Carry(NamedTuple):
    """The open obligations of one requirement at the old plan's end."""

    req: Requirement
    obligations: tuple[Obligation, ...]
    """In plan order (unit, period)."""

    @property
    def units(self) -> tuple[str, ...]:
        """The accountable units still owing it, in plan order."""
        return tuple(dict.fromkeys(ob.unit for ob in self.obligations))

    @property
    def periods(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ob.period for ob in self.obligations if ob.period))

    @property
    def due(self) -> dt.date | None:
        """The earliest due date among them (an extension's included)."""
        return min((ob.due for ob in self.obligations if ob.due), default=None)

    @property
    def latest_due(self) -> dt.date | None:
        return max((ob.due for ob in self.obligations if ob.due), default=None)

    @property
    def overdue(self) -> bool:
        return any(ob.status == "overdue" for ob in self.obligations)


def carry_over(
    plan: Plan, directory: Directory, entries: list[Entry], calendar: WorkCalendar
) -> list[Carry]:
    """The dated obligations still open or overdue on the plan's last day, by
    requirement, in plan order: what the status engine says on that day."""
    day = plan.info.end
    obs = all_obligations(plan, directory, entries, calendar, day)
    return grouped(ob for ob in obs if not ob.standing and ob.status in CARRIED_STATUSES)


def grouped(obs: Iterable[Obligation]) -> list[Carry]:
    """Obligations (in plan order) by requirement."""
    by_req: dict[str, list[Obligation]] = {}
    reqs: dict[str, Requirement] = {}
    for ob in obs:
        by_req.setdefault(ob.req.id, []).append(ob)
        reqs[ob.req.id] = ob.req
    return [Carry(reqs[rid], tuple(mine)) for rid, mine in by_req.items()]


def chosen(carries: list[Carry], choice: CarryChoice | frozenset[str], end: dt.date) -> list[Carry]:
    """What the office keeps: all, none, the overdue obligations only, or the
    requirements named (ids as the plan writes them).

    "Overdue" is judged the day after the plan's `end`, when the new plan
    takes over (and when anyone runs `plan next`): an obligation still open
    and due on or before the last day is overdue then, so the year-end items
    (due 12-31, 即将到期 on 12-31 itself) are kept with the late ones. The
    list keeps its own status column, the one `status --as-of END` shows."""
    if choice == "all":
        return carries
    if choice == "none":
        return []
    if choice == "overdue":
        return grouped(ob for c in carries for ob in c.obligations if late_after(ob, end))
    return [c for c in carries if c.req.id in choice]


def late_after(ob: Obligation, end: dt.date) -> bool:
    """An open obligation (of the carry-over) is overdue the day after `end`:
    overdue already, or due on or before it."""
    return ob.status == "overdue" or (ob.due is not None and ob.due <= end)


def shifted(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February (the last
    day of the month, as it was)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 2, 28)


_UNTIL = re.compile(r"(UNTIL=)(\d{4})(\d{4})")


def moved_rule(rule: Rule, years: int) -> Rule:
    """A rule of the new plan: every absolute date in it moved by `years` (a
    `by:` date, an rrule's UNTIL); what is relative to the plan (every, on:
    month-days, after, at_least, lasting) stays as written."""
    written = dict(rule.written)
    if rule.kind == "by" and rule.date is not None:
        day = shifted(rule.date, years)
        written["by"] = day.isoformat()
        return rule._replace(date=day, written=written)
    if rule.kind == "rrule" and rule.rrule is not None:

        def later(match: re.Match[str]) -> str:
            return f"{match.group(1)}{int(match.group(2)) + years:04d}{match.group(3)}"

        text = _UNTIL.sub(later, rule.rrule)
        written["rrule"] = text
        return rule._replace(rrule=text, written=written)
    return rule


def moved_title(title: str, old_year: int, year: int) -> str:
    """The title with each 4-digit number equal to the old plan year made the
    new one ("桓台县2018年…" → "桓台县2019年…"); other numbers as written."""
    pattern = re.compile(rf"(?<![0-9]){old_year}(?![0-9])")
    return pattern.sub(str(year), title)


def carried_id(req: Requirement, year: int) -> str:
    """The id of a carried requirement: its own with the year it comes from
    ("21.1.2018", sorted right after 21.1); one carried again keeps its id."""
    return req.id if req.carried_from is not None else f"{req.id}.{year}"


def carried_requirement(carry: Carry, year: int, due: dt.date) -> Requirement:
    """The new plan's requirement for what `carry` left open in the plan of
    `year`: its text and mode; for `each`, the units still owing it as leads,
    for `joint` the leads as written (the accountable unit stays the first);
    one rule, `by: due`."""
    req = carry.req
    lead = carry.units if req.mode == "each" else req.lead
    origin = req.carried_from
    carried = CarriedFrom(
        origin.year if origin else year,
        origin.req if origin else req.id,
        carry.units,
        carry.periods,
        origin.due if origin and origin.due else carry.due,
    )
    rule = Rule("by", None, date=due, written={"by": due.isoformat()})
    return req._replace(
        id=carried_id(req, year), lead=lead, due=(rule,), carried_from=carried, previous=None,
        line=0,
    )  # fmt: skip


class CarriedDue(NamedTuple):
    """The deadline a carried requirement gets, and the units whose own due
    date in the old plan (an approved extension) was later still."""

    due: dt.date
    later: dict[str, dt.date]


def carried_due(carry: Carry, floor: dt.date) -> CarriedDue:
    """The date the office gave (`--carry-due`, `floor`), unless every unit
    still owing it had a later due date (an approved extension, an event
    rule's deadline): then the earliest of those, so no deadline is brought
    forward. One rule binds every unit of a requirement, so a unit whose own
    date was later than the one chosen is named (`later`), never silently
    given less time nor the others more."""
    latest: dict[str, dt.date] = {}
    for ob in carry.obligations:
        if ob.due is not None and (ob.unit not in latest or ob.due > latest[ob.unit]):
            latest[ob.unit] = ob.due
    due = floor
    if len(latest) == len(carry.units) and all(day > floor for day in latest.values()):
        due = min(latest.values())
    return CarriedDue(due, {unit: day for unit, day in latest.items() if day > due})


def quarter_end(day: dt.date) -> dt.date:
    """The last day of the quarter holding `day`."""
    month = (day.month - 1) // 3 * 3 + 3
    following = dt.date(day.year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def next_plan(
    plan: Plan,
    year: int,
    carried: list[Carry],
    carry_due: dt.date,
    effective: dt.date | None = None,
) -> Plan:
    """The plan of `year` drafted from `plan`: its period moved, every rule
    moved, the requirements `plan` itself carried over left out (they are
    carried again only when chosen), and the chosen carry-over added to their
    tasks."""
    years = year - plan.info.year
    info = PlanInfo(
        moved_title(plan.info.title, plan.info.year, year),
        year,
        shifted(plan.info.start, years),
        shifted(plan.info.end, years),
        effective,
    )
    extra: dict[int, list[Requirement]] = {}
    for carry in carried:
        req = carried_requirement(carry, plan.info.year, carried_due(carry, carry_due).due)
        extra.setdefault(req.task, []).append(req)
    tasks = []
    for task in plan.tasks:
        # `previous:` (an import's match to the year before the old plan) is
        # not kept: the draft's ids are the old plan's own, which says it.
        kept = [
            req._replace(
                due=tuple(moved_rule(rule, years) for rule in req.due), previous=None, line=0
            )
            for req in task.requirements
            if req.carried_from is None
        ]
        tasks.append(Task(task.no, task.title, task.part, task.section,
                          (*kept, *extra.get(task.no, ())), 0))  # fmt: skip
    return Plan(info, plan.parts, tuple(tasks))


def taken_ids(plan: Plan, carried: list[Carry]) -> list[str]:
    """Carried ids that the plan already uses for a requirement of its own
    (a plan numbering three levels deep): none in any table seen so far."""
    own = {r.id for r in plan.requirements() if r.carried_from is None}
    return [
        carried_id(c.req, plan.info.year)
        for c in carried
        if c.req.carried_from is None and carried_id(c.req, plan.info.year) in own
    ]
