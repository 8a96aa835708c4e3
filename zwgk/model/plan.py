"""The ledger's data, as read from its files. Nothing here is computed state:
statuses, due dates and counts are derived at each run from these values.

The plan's values are NamedTuples: immutable like frozen dataclasses, and
created at a sixth of the cost when the module loads (ten frozen dataclasses
took 6 ms of every command's start). An entry is a slots dataclass (below)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from zwgk.model.chars import half_width, numeral

UnitKind = Literal["department", "town", "other"]
Mode = Literal["joint", "each"]
Period = Literal["month", "quarter", "year", "week"]
TimeUnit = Literal["days", "workdays", "hours"]


class Unit(NamedTuple):
    """A responsible unit of units.yaml; `id` names its progress files."""

    id: str
    name: str
    kind: UnitKind
    full_name: str | None = None
    aliases: tuple[str, ...] = ()
    contact: str | None = None
    owners: tuple[str, ...] = ()
    line: int = 0


class Group(NamedTuple):
    """A named set of units. `members` lists ids; `kind` selects every unit of
    that kind instead; a `vague` group ("县政府各有关部门") names nobody."""

    id: str
    name: str
    members: tuple[str, ...] = ()
    kind: UnitKind | None = None
    vague: bool = False
    aliases: tuple[str, ...] = ()
    line: int = 0


class Change(NamedTuple):
    """A reorganisation (机构改革) recorded in units.yaml `changes:`: from `on`,
    the `old` units are gone and `new` answers for what they did."""

    on: dt.date
    kind: Literal["rename", "merge"]
    old: tuple[str, ...]
    new: str
    name: str | None = None
    """The successor's name when the change brings it into being."""
    basis: str | None = None
    """Where the reorganisation was decided (a document number)."""
    line: int = 0


class Duration(NamedTuple):
    """`3 workdays`, `10 days`, `24 hours`."""

    n: int
    unit: TimeUnit


class Rule(NamedTuple):
    """One `due:` item. `kind` says which fields are set:

    - `by`: `date`
    - `every`: `period`, optional `grace`, optional `on` (month, day) for years
    - `rrule`: `rrule` (RFC 5545 text)
    - `after`: `event`, `within`
    - `at_least`: `times`, `period` (the `per:` value)
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
    times: int | None = None
    """`at_least: N`: how many done entries a period needs."""
    days: int | None = None
    written: dict[str, Any] = {}  # noqa: RUF012 - never mutated
    """The rule as the file wrote it, JSON-ready, for `zwgk export`."""
    line: int = 0


class Requirement(NamedTuple):
    """One 工作要求 of a task: its text, who leads and supports, how, by when."""

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


class Task(NamedTuple):
    """One numbered task of the plan, filed under a part (and section)."""

    no: int
    title: str
    part: str
    section: str | None
    requirements: tuple[Requirement, ...]
    line: int = 0


class Section(NamedTuple):
    """A numbered section （一） of a part."""

    no: str
    title: str


class Part(NamedTuple):
    """One of the plan's parts 一 … 八."""

    no: str
    title: str
    sections: tuple[Section, ...] = ()
    line: int = 0


class PlanInfo(NamedTuple):
    """The plan's title, year and period (its deadlines are bounded by it)."""

    title: str
    year: int
    start: dt.date
    end: dt.date
    effective: dt.date | None = None
    """When the plan took effect (`effective:`), None when the file does not
    say: an instance whose period ended before it is no obligation."""


class Plan(NamedTuple):
    """The whole of tasks.yaml."""

    info: PlanInfo
    parts: tuple[Part, ...]
    tasks: tuple[Task, ...]

    def requirements(self) -> list[Requirement]:
        return [r for task in self.tasks for r in task.requirements]

    def requirement(self, req_id: str) -> Requirement | None:
        """The requirement whose id is exactly `req_id` (as files write it);
        what a clerk typed is found by `typed_requirement`."""
        for task in self.tasks:
            for req in task.requirements:
                if req.id == req_id:
                    return req
        return None

    def typed_requirement(self, text: str) -> Requirement | None:
        """The requirement a clerk's typing names: 21.1, 21．1, ２１．１ alike."""
        return self.requirement(typed_id(text))

    def part(self, text: str) -> Part | None:
        """The part a clerk's typing names: its numeral (三), its number (3,
        ３) or 第三部分."""
        wanted = typed_id(text).removeprefix("第").removesuffix("部分")
        for part in self.parts:
            if part.no == wanted:
                return part
        number = numeral(wanted)
        return next((p for p in self.parts if number and numeral(p.no) == number), None)

    def sorted_parts(self) -> list[Part]:
        """The parts in numeral order (一 … 八, not the code points' order)."""
        return sorted(self.parts, key=lambda p: (numeral(p.no) or 0, p.no))

    def task(self, no: int) -> Task | None:
        for task in self.tasks:
            if task.no == no:
                return task
        return None


def typed_id(text: str) -> str:
    """A requirement id or task number as typed, as the plan writes it:
    full-width digits and dots folded (２１．１), the ideographic full stop a
    Chinese input method gives for the dot key read as one (21。1), spaces
    out."""
    return "".join(half_width(text).replace("。", ".").split())


Status = Literal["done", "progress", "blocked", "event", "exempt", "extend"]

NEEDS_APPROVAL: frozenset[Status] = frozenset({"exempt", "extend"})
"""Statuses someone must have approved, with the reason: issue 14, "`exempt`
and `extend` need `approved_by` and a `note` (the reason)"."""


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
