"""The ledger's data, as read from its files. Nothing here is computed state:
statuses, due dates and counts are derived at each run from these values.

The plan's values are NamedTuples: immutable like frozen dataclasses, and
created at a sixth of the cost when the module loads (ten frozen dataclasses
took 6 ms of every command's start). An entry is a lean slots class (below).

No `from __future__ import annotations` here: a NamedTuple makes each field's
annotation written as a string into a ForwardRef, compiling it, which for the
74 fields below took about 1.5 ms of every command's start."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import Field, dataclass
from itertools import compress, repeat
from operator import attrgetter, is_not
from typing import Any, ClassVar, Generic, Literal, NamedTuple, TypeVar, overload

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


class CarriedFrom(NamedTuple):
    """Where a carried-over requirement comes from (`carried_from:`, written
    by `zwgk plan next`): an obligation of an earlier plan year still open or
    overdue at that plan's end, which the office kept for the new year."""

    year: int
    """The plan year it comes from."""
    req: str
    """The requirement's id in that year's plan."""
    units: tuple[str, ...] = ()
    """The accountable units that had not done it."""
    periods: tuple[str, ...] = ()
    """The instances (period ids) left open."""
    due: dt.date | None = None
    """The earliest due date of those instances, as that year's plan set it
    (an approved extension included)."""


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
    previous: str | None = None
    """Its id in the previous plan year's plan, when an import matched it
    there by text (`previous:`); None: new, or never matched."""
    carried_from: CarriedFrom | None = None
    """Set on a requirement carried over from an earlier plan year."""


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


# Only its fields are used: `Entry` has its own constructor, equality and
# repr, so none is generated here (a 16-field __init__ is compiled on import).
@dataclass(init=False, repr=False, eq=False)
class _Written:
    """The fields of an entry, as its keyword constructor takes them and as
    `dataclasses.fields` and `dataclasses.replace` see them (`Entry`'s
    `__dataclass_fields__`); an entry stores them more compactly."""

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


EXTRAS = ("event", "from_date", "to_date", "until", "approved_by", "by", "pii_ok")
"""The fields most entries leave out, kept together in one slot of `Entry`."""

Extras = tuple[str | None, dt.date | None, dt.date | None, dt.date | None, str | None,
               str | None, str | None]  # fmt: skip
_NO_EXTRAS: Extras = (None, None, None, None, None, None, None)


_V = TypeVar("_V")


class _Extra(Generic[_V]):
    """One of an entry's `EXTRAS`, read from and written to the one slot they
    share (`Entry._extras`)."""

    def __init__(self, index: int) -> None:
        self.index = index

    @overload
    def __get__(self, entry: None, owner: type) -> "_Extra[_V]": ...
    @overload
    def __get__(self, entry: "Entry", owner: type) -> _V: ...
    def __get__(self, entry: "Entry | None", owner: type) -> "_Extra[_V] | _V":
        return self if entry is None else entry._extras[self.index]  # type: ignore[return-value]

    def __set__(self, entry: "Entry", value: _V) -> None:
        entry._set(self.index, value)


_LINES: dict[int, int] = {}
"""One int object per line number, shared by every entry on that line of its
file (an int above 256 is an object of its own, 32 bytes)."""


class Entry:
    """One progress entry of `data/progress/YYYY/UNIT.yaml`: built and read
    as a dataclass of the fields of `_Written` (keyword constructor,
    attributes, equality, repr, `dataclasses.fields` and `replace`).

    Stored lean, as a city or province ledger holds a million of them: ten
    slots (112 bytes, not 176 for sixteen), the seven fields most entries
    leave out (`EXTRAS`) together in one, shared by every entry without them;
    a single piece of evidence (the most common case) is kept as its text,
    not in a tuple of its own (48 bytes more).
    Read-only by convention, but not frozen: a frozen class takes four times
    as long to construct (each field goes through object.__setattr__)."""

    __slots__ = ("_evidence", "_extras", "date", "line", "note", "path", "period", "req",
                 "status", "unit")  # fmt: skip
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]] = _Written.__dataclass_fields__
    __hash__ = None  # type: ignore[assignment] # mutable and compared by value, as a dataclass

    req: str
    date: dt.date
    status: Status
    unit: str
    path: str
    line: int
    period: str | None
    note: str | None
    _evidence: tuple[str, ...] | str
    _extras: Extras

    def __init__(
        self,
        req: str,
        date: dt.date,
        status: Status,
        unit: str,
        path: str,
        line: int,
        period: str | None = None,
        note: str | None = None,
        evidence: tuple[str, ...] = (),
        event: str | None = None,
        from_date: dt.date | None = None,
        to_date: dt.date | None = None,
        until: dt.date | None = None,
        approved_by: str | None = None,
        by: str | None = None,
        pii_ok: str | None = None,
    ) -> None:
        self.req = req
        self.date = date
        self.status = status
        self.unit = unit
        self.path = path
        self.line = _LINES.setdefault(line, line)
        self.period = period
        self.note = note
        self._evidence = evidence[0] if len(evidence) == 1 else evidence
        if (event is None and from_date is None and to_date is None and until is None
                and approved_by is None and by is None and pii_ok is None):  # fmt: skip
            self._extras = _NO_EXTRAS
        else:
            self._extras = (event, from_date, to_date, until, approved_by, by, pii_ok)

    @property
    def evidence(self) -> tuple[str, ...]:
        found = self._evidence
        return (found,) if found.__class__ is str else found  # type: ignore[return-value]

    @evidence.setter
    def evidence(self, value: tuple[str, ...]) -> None:
        self._evidence = value[0] if len(value) == 1 else value

    @property
    def extras(self) -> Extras | None:
        """The `EXTRAS` fields in that order, None when the entry has none."""
        found = self._extras
        return None if found is _NO_EXTRAS else found

    def _set(self, index: int, value: Any) -> None:
        found = list(self._extras)
        found[index] = value
        self._extras = _NO_EXTRAS if found == list(_NO_EXTRAS) else tuple(found)  # type: ignore[assignment]

    event: _Extra[str | None] = _Extra(0)
    from_date: _Extra[dt.date | None] = _Extra(1)
    to_date: _Extra[dt.date | None] = _Extra(2)
    until: _Extra[dt.date | None] = _Extra(3)
    approved_by: _Extra[str | None] = _Extra(4)
    by: _Extra[str | None] = _Extra(5)
    pii_ok: _Extra[str | None] = _Extra(6)

    def _values(self) -> tuple[Any, ...]:
        return (self.req, self.date, self.status, self.unit, self.path, self.line, self.period,
                self.note, self._evidence, self._extras)  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Entry)
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELD_NAMES)
        return f"{self.__class__.__qualname__}({shown})"


_RAW_EXTRAS = attrgetter("_extras")


def having_extras(entries: Sequence[Entry]) -> list[Entry]:
    """Those of `entries` with any of `EXTRAS` set, in their order: picked in
    C loops, as a ledger holds a hundred thousand entries and most have none
    (`validate`'s sifts of events, extensions, windows)."""
    return list(compress(entries, map(is_not, map(_RAW_EXTRAS, entries), repeat(_NO_EXTRAS))))


_RAW_EVIDENCE = attrgetter("_evidence")


def evidence_texts(entries: Sequence[Entry]) -> list[str]:
    """Each entry's evidence as one text, a line a piece ("" for none): what
    a search over all of a ledger's evidence joins, without a Python
    function call per entry (`privacy.in_entries`)."""
    return [found if found.__class__ is str else "\n".join(found)
            for found in map(_RAW_EVIDENCE, entries)]  # fmt: skip


_FIELD_NAMES = tuple(_Written.__dataclass_fields__)
