"""`zwgk notice`: reminders (督办通知) to units with overdue or due-soon
obligations, as data; templates and the Word writer lay them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from zwgk.ledger import Ledger
from zwgk.obligations import Obligation, all_obligations, req_sort_key
from zwgk.report import Line, line

DEFAULT_REPLY_DAYS = 3
NOTICE_STATUSES = ("overdue", "due_soon")


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
    """Overdue first, then due soon; requirement by requirement, oldest due first."""

    @property
    def overdue(self) -> int:
        return sum(1 for ln in self.lines if ln.status == "overdue")

    @property
    def due_soon(self) -> int:
        return sum(1 for ln in self.lines if ln.status == "due_soon")


def _urgency(ob: Obligation) -> tuple[int, int, tuple[int, ...], dt.date, str]:
    """Overdue before due soon; within each, requirement by requirement (so the
    text is printed once, then 同上), oldest due first."""
    return (
        0 if ob.status == "overdue" else 1,
        ob.req.task,
        req_sort_key(ob.req.id),
        ob.due or dt.date.max,
        ob.period or "",
    )


def build_notices(
    ledger: Ledger,
    as_of: dt.date,
    units: frozenset[str] | None,
    reply_days: int,
    issuer: str,
    warn_days: int,
) -> list[Notice]:
    """A notice per accountable unit with overdue or due-soon obligations
    (only `units`, when given), in units.yaml order."""
    plan = ledger.plan
    assert plan is not None
    directory = ledger.directory
    obs = all_obligations(plan, directory, ledger.entries, ledger.calendar, as_of, warn_days)
    reply_by = ledger.calendar.add_workdays(as_of, reply_days)
    grouped: dict[str, list[Obligation]] = {}
    for ob in obs:
        if ob.status not in NOTICE_STATUSES:
            continue
        if units is not None and ob.unit not in units and not (ob.members & units):
            continue
        grouped.setdefault(ob.unit, []).append(ob)
    order = {uid: i for i, uid in enumerate([*directory.units, *directory.groups])}
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
        for unit in sorted(grouped, key=lambda u: (order.get(u, len(order)), u))
    ]
