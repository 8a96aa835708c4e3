"""`zwgk notice`: reminders (督办通知) to units with overdue or due-soon
obligations, and the 回执 a unit fills (everything it still has to do), as
data; templates, the Word writer and the 回执 writer lay them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from zwgk.engine.calendar import add_workdays
from zwgk.engine.obligations import (
    Obligation,
    StatusCode,
    all_obligations,
    depends_on,
    requirement_order,
)
from zwgk.engine.report import Line, line
from zwgk.model.calendar import WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.plan import Entry, Plan

DEFAULT_REPLY_DAYS = 3
NOTICE_STATUSES: tuple[StatusCode, ...] = ("overdue", "due_soon")
"""What a reminder tells of."""
RECEIPT_STATUSES: tuple[StatusCode, ...] = ("overdue", "due_soon", "open", "ongoing")
"""What a 回执 lists, in this order: all a unit still has to do, the undated
(ongoing) duties last. A notice lists the first two, in the same order."""


@dataclass(frozen=True)
class Notice:
    """One reminder to one accountable unit; templates receive it as `notice`."""

    unit: str
    unit_name: str
    plan_title: str
    as_of: dt.date
    reply_by: dt.date
    """The as-of date plus the reply window in working days."""
    issuer: str
    lines: tuple[Line, ...]
    """Overdue first, then due soon (then, in a 回执, open and ongoing);
    requirement by requirement, oldest due first."""

    @property
    def overdue(self) -> int:
        return sum(1 for ln in self.lines if ln.status == "overdue")

    @property
    def due_soon(self) -> int:
        return sum(1 for ln in self.lines if ln.status == "due_soon")


class DependsOnUnread(Exception):
    """A notice asked for would tell of obligations whose status depends on
    progress entries that could not be read: `units`, whose notices those are."""

    def __init__(self, units: list[str]) -> None:
        super().__init__(units)
        self.units = units


def _urgency(ob: Obligation) -> tuple[int, int, tuple[int, ...], dt.date, str]:
    """Overdue before due soon, then (a 回执) open, then ongoing; within each,
    requirement by requirement (so the text is printed once, then 同上),
    oldest due first."""
    return (
        RECEIPT_STATUSES.index(ob.status),
        *requirement_order(ob.req),
        ob.due or dt.date.max,
        ob.period or "",
    )


def build_notices(
    plan: Plan,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    as_of: dt.date,
    units: frozenset[str] | None,
    reply_days: int,
    issuer: str,
    warn_days: int,
    unread: frozenset[str] = frozenset(),
    statuses: tuple[StatusCode, ...] = NOTICE_STATUSES,
) -> list[Notice]:
    """A notice per unit with overdue or due-soon obligations, in units.yaml order;
    with `statuses` RECEIPT_STATUSES, a 回执 per unit with anything still to do.

    `units` None: every accountable unit. Otherwise the units asked for, each
    told of what it answers for: its own obligations and the joint ones it can
    complete as a co-lead (a group id asks for a group that itself holds a joint
    obligation). `unread`: units whose progress entries could not all be read;
    a notice that would tell of an obligation depending on them (whether it is
    pending at all is unknown) raises `DependsOnUnread`, naming its units."""
    obs = all_obligations(plan, directory, entries, calendar, as_of, warn_days)
    reply_by = add_workdays(calendar, as_of, reply_days)
    grouped: dict[str, list[Obligation]] = {}
    unknown: set[str] = set()
    for ob in obs:
        if units is None:
            told = [ob.unit]
        else:
            told = [u for u in units if ob.unit == u or (u in directory.units and u in ob.members)]
        if unread and told and depends_on(ob, unread):
            unknown.update(told)
        elif ob.status in statuses:
            for unit in told:
                grouped.setdefault(unit, []).append(ob)
    if unknown:
        raise DependsOnUnread(sorted(unknown, key=directory.order))
    return [
        Notice(
            unit=unit,
            unit_name=directory.name(unit),
            plan_title=plan.info.title,
            as_of=as_of,
            reply_by=reply_by,
            issuer=issuer,
            lines=tuple(line(ob, directory, as_of) for ob in sorted(grouped[unit], key=_urgency)),
        )
        for unit in sorted(grouped, key=directory.order)
    ]
