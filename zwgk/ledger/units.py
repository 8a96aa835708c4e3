"""units.yaml: reading units, groups and reorganisations into a `Directory`
(`zwgk.model.directory`), and the words for ids, owners and units that did not
exist on a day."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from zwgk.i18n import t
from zwgk.ledger import fields
from zwgk.ledger.fields import SLUG, UNIT_KINDS, WINDOWS_DEVICE, keys, required
from zwgk.model.directory import Directory, Succeeded, name_key
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


def defunct_problem(directory: Directory, unit: str, day: dt.date) -> tuple[str, str] | None:
    """(message, hint) when `unit` did not exist on `day` (`Directory.defunct`)."""
    why = directory.defunct(unit, day)
    if why is None:
        return None
    if isinstance(why, Succeeded):
        new = why.successor
        return (
            t("units.defunct_gone", unit=directory.name(unit), day=day, on=why.on,
              new=directory.name(new)),
            t("units.defunct_gone_hint", new=directory.name(new), id=new),
        )  # fmt: skip
    olds = "、".join(directory.name(old) for old in why.predecessors)
    return (
        t("units.defunct_unborn", unit=directory.name(unit), day=day, on=why.on),
        t("units.defunct_unborn_hint", olds=olds),
    )


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
        # Compared as the command line compares them: 各镇(街道) is 各镇（街道）.
        key = name_key(name)
        other = seen_names.get(key)
        if other is not None and other != owner:
            r.error(
                pos,
                "duplicate-name",
                t("units.duplicate_name", name=name, other=other),
                t("units.duplicate_name_hint"),
            )
        seen_names.setdefault(key, owner)

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
