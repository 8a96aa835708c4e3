"""units.yaml: responsible units, groups of units, and resolving names to ids."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zwgk.i18n import t
from zwgk.ledger import fields
from zwgk.ledger.fields import SLUG, UNIT_KINDS, WINDOWS_DEVICE, keys, required
from zwgk.model.findings import Finding
from zwgk.model.plan import Change, Group, Unit, UnitKind

if TYPE_CHECKING:  # reading units.yaml needs them; resolving names does not
    from zwgk.ledger.schema import Reader
    from zwgk.ledger.yamlio import Mapping

ID_PATTERN = re.compile(SLUG)
# Windows ignores case, an extension and trailing dots or spaces: CON, con.txt, "con ."
_DEVICE = re.compile(rf"{WINDOWS_DEVICE}(?:[ .].*)?", re.IGNORECASE | re.DOTALL)


def id_problem(value: str) -> tuple[str, str] | None:
    """(message, hint) when `value` cannot be a unit or group id, else None.
    Ids name files, so the whole string must be a slug (no trailing newline)
    and must not be a name Windows keeps for a device."""
    if _DEVICE.fullmatch(value):
        return t("units.device_id", id=value), t("units.device_id_hint")
    if not ID_PATTERN.fullmatch(value):
        shown = value if value.isprintable() else repr(value)
        return t("units.bad_id", id=shown), t("units.bad_id_hint")
    return None


_OWNER = re.compile(r"[^\s@#\\]+@[^\s@#\\]+|@?[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
"""An e-mail (no spaces, nothing CODEOWNERS reads as syntax) or an account,
`lisi` / `@lisi`, or a team, `@org/team` (GitLab: `@group/subgroup`)."""


def owner_problem(owner: str) -> tuple[str, str] | None:
    """(message, hint) when `owner` is neither an e-mail nor an account or a
    team, else None. Owners go into CODEOWNERS as they are: a line break there
    would add a rule of its own, a space a second, unseen owner."""
    if owner.isprintable() and _OWNER.fullmatch(owner):
        return None
    shown = owner if owner.isprintable() else repr(owner)
    return t("units.bad_owner", owner=shown), t("units.bad_owner_hint")


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
                names.setdefault(name, unit.id)
        for group in self.groups.values():
            for name in (group.id, group.name, *group.aliases):
                names.setdefault(name, group.id)

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

    def defunct(self, unit: str, day: dt.date) -> tuple[str, str] | None:
        """(message, hint) when `unit` did not exist on `day`: it had been
        renamed or merged by then, or a later change created it."""
        gone = self._successor.get(unit)
        if gone is not None and day >= gone[0]:
            return (
                t("units.defunct_gone", unit=self.name(unit), day=day, on=gone[0],
                  new=self.name(gone[1])),
                t("units.defunct_gone_hint", new=self.name(gone[1]), id=gone[1]),
            )  # fmt: skip
        born = next((a for a in self._arrivals.get(unit, ()) if a[2]), None)
        if born is not None and day < born[0]:
            olds = "、".join(self.name(old) for old in born[1])
            return (
                t("units.defunct_unborn", unit=self.name(unit), day=day, on=born[0]),
                t("units.defunct_unborn_hint", olds=olds),
            )
        return None

    def order(self, ref: str) -> tuple[int, str]:
        """A sort key: units in units.yaml order, then groups, then unknown ids."""
        return (self._order.get(ref, len(self._order)), ref)

    def resolve(self, text: str) -> str | None:
        """The unit or group id that `text` (an id, name or alias) stands for."""
        return self._names.get(text.strip())

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

    def suggest(self, text: str) -> list[str]:
        """Close ids, names or aliases, formatted as `name (id)`, best first."""
        from zwgk.model.suggest import close_matches

        matches = close_matches(text, self._names, cutoff=0.5)
        out: list[str] = []
        for match in matches:
            ref = self._names[match]
            label = f"{self.name(ref)} ({ref})"
            if label not in out:
                out.append(label)
        return out


def _listed(top: Mapping, key: str) -> Any:
    """The list under `key`; absent or empty (`groups:`, `groups: []`) is none."""
    from zwgk.ledger.yamlio import Sequence

    value = top.get(key)
    return Sequence() if value is None else value


def read_units(data: Any, path: str) -> tuple[Directory, list[Finding]]:
    """Build the directory from parsed units.yaml, reporting every shape problem."""
    from zwgk.ledger.schema import Reader

    r = Reader(path)
    units: dict[str, Unit] = {}
    groups: dict[str, Group] = {}
    top = r.as_mapping(data, (1, 1), "units.yaml")
    if top is None:
        return Directory(units, groups), r.findings
    r.keys(top, keys(fields.UNITS_FILE), required(fields.UNITS_FILE), "units.yaml")

    seen_names: dict[str, str] = {}

    def claim(name: str, owner: str, pos: tuple[int, int]) -> None:
        other = seen_names.get(name)
        if other is not None and other != owner:
            r.error(
                pos,
                "duplicate-name",
                t("units.duplicate_name", name=name, other=other),
                t("units.duplicate_name_hint"),
            )
        seen_names.setdefault(name, owner)

    unit_list = r.as_sequence(_listed(top, "units"), top.pos("units"), "units")
    for i, raw in enumerate(unit_list or []):
        m = r.as_mapping(raw, unit_list.pos(i) if unit_list is not None else (1, 1), "unit")
        if m is None:
            continue
        unit = _read_unit(r, m)
        if unit is None:
            continue
        if unit.id in units:
            r.error(m.pos("id"), "duplicate-unit", t("units.duplicate_id", id=unit.id))
            continue
        units[unit.id] = unit
        for name in (unit.id, unit.name, *unit.aliases, *(filter(None, [unit.full_name]))):
            claim(name, unit.id, m.pos("name"))

    group_list = r.as_sequence(_listed(top, "groups"), top.pos("groups"), "groups")
    for i, raw in enumerate(group_list or []):
        m = r.as_mapping(raw, group_list.pos(i) if group_list is not None else (1, 1), "group")
        if m is None:
            continue
        group = _read_group(r, m)
        if group is None:
            continue
        if group.id in groups or group.id in units:
            r.error(m.pos("id"), "duplicate-unit", t("units.duplicate_id", id=group.id))
            continue
        groups[group.id] = group
        for name in (group.id, group.name, *group.aliases):
            claim(name, group.id, m.pos("name"))

    changes = _read_changes(r, top, units)
    return Directory(units, groups, tuple(changes)), r.findings


def _read_changes(r: Reader, top: Mapping, units: dict[str, Unit]) -> list[Change]:
    """`changes:` — reorganisations, appended by `zwgk units rename/merge`. A
    successor named with `name:` comes into being with the change (and joins
    `units`, taking its predecessor's kind); one without must already exist."""
    out: list[Change] = []
    changes = r.as_sequence(_listed(top, "changes"), top.pos("changes"), "changes")
    succeeded: dict[str, int] = {}
    arrived: dict[str, tuple[dt.date, int]] = {}  # the latest day a unit took others over
    for i, raw in enumerate(changes or []):
        m = r.as_mapping(raw, changes.pos(i) if changes is not None else (1, 1), "change")
        if m is None:
            continue
        what = t("what.change")
        r.keys(m, keys(fields.CHANGE), required(fields.CHANGE), what)
        on = r.date(m, "on", what)
        name = r.text(m, "name", what)
        basis = r.text(m, "basis", what)
        if ("rename" in m) == ("merge" in m):
            r.error((m.line, m.col), "bad-change", t("units.change_kind"), t("units.change_hint"))
            continue
        if "rename" in m:
            kind, target_key = "rename", "to"
            old_one = r.ident(m, "rename", what)
            old: tuple[str, ...] = (old_one,) if old_one else ()
        else:
            kind, target_key = "merge", "into"
            old = r.text_list(m, "merge", what)
            if len(old) < 2:
                r.error(m.pos("merge"), "bad-change", t("units.merge_two"), t("units.change_hint"))
                continue
        new = r.ident(m, target_key, what)
        if new is None:
            r.error((m.line, m.col), "bad-change", t("units.change_target", key=target_key),
                    t("units.change_hint"))  # fmt: skip
            continue
        if on is None or not old:
            continue
        problem = False
        if name is not None and not name.strip():
            r.error(m.pos("name"), "bad-change", t("units.change_blank_name"),
                    t("units.change_exists_hint"))  # fmt: skip
            problem = True
        for unit in old:
            if unit in arrived and on <= arrived[unit][0]:
                r.error(m.pos("on"), "bad-change",
                        t("units.change_order", unit=unit, on=on, day=arrived[unit][0],
                          line=arrived[unit][1]))  # fmt: skip
                problem = True
            if unit not in units:
                r.error(m.pos(kind), "bad-change", t("units.change_unknown", unit=unit),
                        t("units.change_hint"))  # fmt: skip
                problem = True
            elif unit in succeeded:
                r.error(m.pos(kind), "bad-change",
                        t("units.change_twice", unit=unit, line=succeeded[unit]))  # fmt: skip
                problem = True
        if new in old:
            r.error(m.pos(target_key), "bad-change", t("reorg.into_itself", unit=new))
            problem = True
        elif new in succeeded:
            r.error(m.pos(target_key), "bad-change",
                    t("units.change_twice", unit=new, line=succeeded[new]),
                    t("units.change_successor_gone_hint"))  # fmt: skip
            problem = True
        if name is not None:  # the change creates the successor
            if new in units:
                r.error(m.pos(target_key), "bad-change", t("units.change_exists", unit=new),
                        t("units.change_exists_hint"))  # fmt: skip
                problem = True
            elif (bad := id_problem(new)) is not None:
                r.error(m.pos(target_key), "bad-id", *bad)
                problem = True
        elif new not in units:
            r.error(m.pos(target_key), "bad-change", t("units.change_unknown", unit=new),
                    t("units.change_new_hint"))  # fmt: skip
            problem = True
        if problem:
            continue
        if name is not None:
            first = units[old[0]]
            units[new] = Unit(new, name, first.kind, line=m.line)
        for unit in old:
            succeeded[unit] = m.line
        arrived[new] = max(arrived.get(new, (on, m.line)), (on, m.line))
        out.append(Change(on, kind, old, new, name, basis, m.line))  # type: ignore[arg-type]
    return out


def _check_id(r: Reader, m: Mapping, value: str | None) -> str | None:
    bad = id_problem(value) if value is not None else None
    if bad is not None:
        r.error(m.pos("id"), "bad-id", *bad)
        return None
    return value


def _read_kind(r: Reader, m: Mapping, what: str) -> UnitKind | None:
    kind = r.text(m, "kind", what)
    if kind is None:
        return None
    if kind not in UNIT_KINDS:
        r.error(
            m.pos("kind"),
            "bad-value",
            t("units.bad_kind", kind=kind),
            t("schema.one_of", choices=" | ".join(UNIT_KINDS)),
        )
        return None
    return kind


def _read_unit(r: Reader, m: Mapping) -> Unit | None:
    r.keys(m, keys(fields.UNIT), required(fields.UNIT), t("what.unit"))
    unit_id = _check_id(r, m, r.ident(m, "id", t("what.unit")))
    name = r.text(m, "name", t("what.unit"))
    kind = _read_kind(r, m, t("what.unit"))
    aliases = r.text_list(m, "aliases", t("what.unit"))
    owners = r.text_list(m, "owners", t("what.unit"))
    kept = []
    for owner in owners:
        if (bad := owner_problem(owner)) is None:
            kept.append(owner)
        else:
            r.error(m.pos("owners"), "bad-owner", *bad)
    owners = tuple(kept)
    full_name = r.text(m, "full_name", t("what.unit"))
    contact = r.text(m, "contact", t("what.unit"))
    if unit_id is None:
        return None
    # Keep a unit whose other fields are wrong (already reported) so that its
    # references elsewhere do not cascade into more findings.
    return Unit(
        unit_id, name or unit_id, kind or "other", full_name, aliases, contact, owners, m.line
    )


def _read_group(r: Reader, m: Mapping) -> Group | None:
    r.keys(m, keys(fields.GROUP), required(fields.GROUP), t("what.group"))
    group_id = _check_id(r, m, r.ident(m, "id", t("what.group")))
    name = r.text(m, "name", t("what.group"))
    members = r.text_list(m, "members", t("what.group"))
    kind = _read_kind(r, m, t("what.group"))
    vague = bool(r.boolean(m, "vague", t("what.group")))
    aliases = r.text_list(m, "aliases", t("what.group"))
    if group_id is None:
        return None
    return Group(group_id, name or group_id, members, kind, vague, aliases, m.line)
