"""The units directory: every responsible unit and group of a ledger, their
reorganisations, and lookups by id, name and alias."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from zwgk.model.chars import text_key
from zwgk.model.plan import Change, Group, Unit


def name_key(text: str) -> str:
    """A unit's or group's id, name or alias as compared: full-width and
    half-width forms alike (各镇（街道） and 各镇(街道), ＪＴＪ), spaces and line
    breaks out, case ignored (`model.chars.text_key`, as every typed word is
    compared). The files keep the names as written."""
    return text_key(text)


class Succeeded(NamedTuple):
    """The unit was renamed or merged into `successor` on `on`."""

    on: dt.date
    successor: str


class NotYetCreated(NamedTuple):
    """The change of `on` created the unit, taking over `predecessors`."""

    on: dt.date
    predecessors: tuple[str, ...]


Defunct = Succeeded | NotYetCreated
"""Why a unit did not exist on a day."""


@dataclass(frozen=True)
class Directory:
    """Every unit and group of a ledger, with lookups by id, name and alias."""

    units: dict[str, Unit]
    groups: dict[str, Group]
    changes: tuple[Change, ...] = ()
    """Reorganisations, in units.yaml order; successors they bring into being
    are among `units` too (so their names resolve)."""
    _names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _order: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _expanded: dict[tuple[str, ...], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """expand_all's answers: a directory never changes, and a city ledger asks
    the same question for every one of its entries."""

    _successor: dict[str, tuple[dt.date, str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _arrivals: dict[str, list[tuple[dt.date, tuple[str, ...], bool]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for change in self.changes:
            for old in change.old:
                self._successor.setdefault(old, (change.on, change.new))
            self._arrivals.setdefault(change.new, []).append(
                (change.on, change.old, change.name is not None)
            )
        self._order.update({ref: i for i, ref in enumerate([*self.units, *self.groups])})
        names = self._names
        for unit in self.units.values():
            for name in (unit.id, unit.name, *unit.aliases, *filter(None, [unit.full_name])):
                names.setdefault(name_key(name), unit.id)
        for group in self.groups.values():
            for name in (group.id, group.name, *group.aliases):
                names.setdefault(name_key(name), group.id)

    # --- reorganisations ----------------------------------------------------

    def successor(self, unit: str) -> tuple[dt.date, str] | None:
        """(day, unit) when `unit` was renamed or merged into another."""
        return self._successor.get(unit)

    def arrivals(self, unit: str) -> list[tuple[dt.date, tuple[str, ...], bool]]:
        """The changes `unit` succeeded by, in units.yaml order: (day, the units
        it took over, whether that change created it)."""
        return self._arrivals.get(unit, [])

    def successors(self, unit: str) -> list[tuple[dt.date, str]]:
        """The units `unit` passed into, in order, with the day each took over
        (the reader refuses loops; the walk stops at one all the same)."""
        out: list[tuple[dt.date, str]] = []
        seen = {unit}
        step = self._successor.get(unit)
        while step is not None and step[1] not in seen:
            out.append(step)
            seen.add(step[1])
            step = self._successor.get(step[1])
        return out

    def answerable(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        """The units of `refs` and the successors of any of them: who may record
        for a requirement naming `refs` after a reorganisation."""
        found = self.expand_all(refs)
        if not self._successor:
            return found
        seen = dict.fromkeys(found)
        for unit in found:
            seen.update((new, None) for _, new in self.successors(unit))
        return tuple(seen)

    def defunct(self, unit: str, day: dt.date) -> Defunct | None:
        """Why `unit` did not exist on `day`: it had been renamed or merged by
        then, or a later change created it; None when it did exist."""
        gone = self._successor.get(unit)
        if gone is not None and day >= gone[0]:
            return Succeeded(gone[0], gone[1])
        born = next((a for a in self._arrivals.get(unit, ()) if a[2]), None)
        if born is not None and day < born[0]:
            return NotYetCreated(born[0], born[1])
        return None

    def order(self, ref: str) -> tuple[int, str]:
        """A sort key: units in units.yaml order, then groups, then unknown ids."""
        return (self._order.get(ref, len(self._order)), ref)

    def resolve(self, text: str) -> str | None:
        """The unit or group id that `text` (an id, name or alias, as
        `name_key` compares them) stands for."""
        return self._names.get(name_key(text))

    def resolve_unit(self, text: str) -> Unit | None:
        found = self.resolve(text)
        return self.units.get(found) if found else None

    def is_defined(self, ref: str) -> bool:
        return ref in self.units or ref in self.groups

    def name(self, ref: str) -> str:
        """The short name of a unit or group id (the id itself if unknown)."""
        if ref in self.units:
            return self.units[ref].name
        if ref in self.groups:
            return self.groups[ref].name
        return ref

    def expand(self, ref: str) -> tuple[str, ...]:
        """The unit ids a reference stands for: itself, a group's members, every
        unit of a group's kind, or nobody for a vague group."""
        if ref in self.units:
            return (ref,)
        group = self.groups.get(ref)
        if group is None or group.vague:
            return ()
        if group.kind is not None:
            return tuple(u.id for u in self.units.values() if u.kind == group.kind)
        return tuple(m for m in group.members if m in self.units)

    def expand_all(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        """The units of all `refs`, each once, in the order first named."""
        found = self._expanded.get(refs)
        if found is None:
            seen: dict[str, None] = {}
            for ref in refs:
                for unit_id in self.expand(ref):
                    seen.setdefault(unit_id, None)
            found = self._expanded[refs] = tuple(seen)
        return found

    def suggest(self, text: str, among: Collection[str] | None = None) -> list[str]:
        """Close ids, names or aliases, formatted as `name (id)`, best first;
        only those of the units or groups `among`, when given."""
        from zwgk.model.suggest import close_matches

        names = self._names
        if among is not None:
            names = {key: ref for key, ref in names.items() if ref in among}
        matches = close_matches(name_key(text), names, cutoff=0.5)
        out: list[str] = []
        for match in matches:
            ref = self._names[match]
            label = f"{self.name(ref)} ({ref})"
            if label not in out:
                out.append(label)
        return out
