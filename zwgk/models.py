"""The ledger's data, as read from its files. Nothing here is computed state:
statuses, due dates and counts are derived at each run from these values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

UnitKind = Literal["department", "town", "other"]
Mode = Literal["joint", "each"]
Period = Literal["month", "quarter", "year", "week"]
TimeUnit = Literal["days", "workdays", "hours"]


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    kind: UnitKind
    full_name: str | None = None
    aliases: tuple[str, ...] = ()
    contact: str | None = None
    owners: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Group:
    """A named set of units. `members` lists ids; `kind` selects every unit of
    that kind instead; a `vague` group ("县政府各有关部门") names nobody."""

    id: str
    name: str
    members: tuple[str, ...] = ()
    kind: UnitKind | None = None
    vague: bool = False
    aliases: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Duration:
    """`3 workdays`, `10 days`, `24 hours`."""

    n: int
    unit: TimeUnit


@dataclass(frozen=True)
class Rule:
    """One `due:` item. `kind` says which fields are set:

    - `by`: `date`
    - `every`: `period`, optional `grace`, optional `on` (month, day) for years
    - `rrule`: `rrule` (RFC 5545 text)
    - `after`: `event`, `within`
    - `at_least`: `count`, `period` (the `per:` value)
    - `lasting`: `days` (None means long-term)
    """

    kind: Literal["by", "every", "rrule", "after", "at_least", "lasting"]
    basis: str | None = None
    date: dt.date | None = None
    period: Period | None = None
    grace: Duration | None = None
    on: tuple[int, int] | None = None
    rrule: str | None = None
    event: str | None = None
    within: Duration | None = None
    count: int | None = None
    days: int | None = None
    written: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """The rule as the file wrote it, JSON-ready, for `zwgk export`."""
    line: int = 0


@dataclass(frozen=True)
class Requirement:
    id: str
    text: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    mode: Mode
    due: tuple[Rule, ...]
    task: int
    line: int = 0
    lead_line: int = 0
    support_line: int = 0


@dataclass(frozen=True)
class Task:
    no: int
    title: str
    part: str
    section: str | None
    requirements: tuple[Requirement, ...]
    line: int = 0


@dataclass(frozen=True)
class Section:
    no: str
    title: str


@dataclass(frozen=True)
class Part:
    no: str
    title: str
    sections: tuple[Section, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class PlanInfo:
    title: str
    year: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Plan:
    info: PlanInfo
    parts: tuple[Part, ...]
    tasks: tuple[Task, ...]

    def requirements(self) -> list[Requirement]:
        return [r for task in self.tasks for r in task.requirements]

    def requirement(self, req_id: str) -> Requirement | None:
        for task in self.tasks:
            for req in task.requirements:
                if req.id == req_id:
                    return req
        return None

    def task(self, no: int) -> Task | None:
        for task in self.tasks:
            if task.no == no:
                return task
        return None


Status = Literal["done", "progress", "blocked", "event", "exempt", "extend"]


@dataclass(slots=True)
class Entry:
    """One progress entry of `data/progress/YYYY/UNIT.yaml`.

    Read-only by convention, but not `frozen`: a city ledger builds a hundred
    thousand of them per run, and a frozen dataclass takes four times as long
    to construct (each field goes through object.__setattr__)."""

    req: str
    date: dt.date
    status: Status
    unit: str
    """The unit the entry is recorded for: the file's name."""
    path: str
    line: int
    period: str | None = None
    note: str | None = None
    evidence: tuple[str, ...] = ()
    event: str | None = None
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    until: dt.date | None = None
    approved_by: str | None = None
    by: str | None = None
    pii_ok: str | None = None
