"""What changed between two states of a ledger, in the plan's terms: the
comparison itself, without git, files or words (review/diff loads the two
sides; outputs/diffwords words the changes).

Three kinds of change, each a value:
- progress entries added, removed, edited or moved, by unit and requirement;
- obligations whose status changed as a result (`21.1 县教体局 2018: 已逾期 → 逾期完成`);
- plan changes: tasks, requirements (text, units, mode, deadline rules), units
  and groups added, removed or changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import Any, Literal

from zwgk.engine.obligations import (
    all_obligations,
    entry_sources,
    order_of,
    replay_buckets,
    req_sort_key,
)
from zwgk.model.calendar import WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.plan import Entry, Plan, Requirement, Rule

Change = Literal["added", "removed", "edited", "changed"]


@dataclass(frozen=True)
class Side:
    """One state of a ledger, as the comparison needs it."""

    plan: Plan
    directory: Directory
    entries: list[Entry]
    calendar: WorkCalendar


# --- progress entries ------------------------------------------------------------


def rel_path(entry: Entry) -> str:
    """The ledger-relative file of an entry (shown paths may carry `REV:`)."""
    return entry.path.rsplit(":", 1)[-1]


def entry_fields(entry: Entry) -> dict[str, Any]:
    """What a person wrote in the entry, JSON-ready: no file or line."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(entry):
        if f.name in ("path", "line", "unit"):  # where it is, not what was written
            continue
        value = getattr(entry, f.name)
        if value is None or value == ():
            continue
        key = {"from_date": "from", "to_date": "to"}.get(f.name, f.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[key] = value
    return out


@dataclass(frozen=True)
class EntryChange:
    change: Literal["added", "removed", "edited", "moved"]
    file: str
    entry: Entry
    """The entry as it is now (for `removed`: as it was)."""
    before: Entry | None = None
    """For `edited`: the entry as it was; for `moved`: where it was."""


_CONTENT = attrgetter(
    *(f.name for f in dataclasses.fields(Entry) if f.name not in ("path", "line", "unit"))
)


def entry_key(entry: Entry) -> tuple[str, Any]:
    """An entry's unit and content: equal keys are the same record. What a
    person wrote (`entry_fields`) as the fields' values, built in C: a city
    ledger's diff keys every entry of the units it compares."""
    return (entry.unit, _CONTENT(entry))


def entry_changes(
    old: list[Entry], new: list[Entry], fresh: Fresh | None = None
) -> list[EntryChange]:
    """Entries added, removed, edited or moved between two states.

    An entry of a unit whose content is unchanged is the same entry wherever
    it stands: reordered in its file, or moved to another year's file (as
    `validate` asks for a misfiled entry) — the latter is reported as moved.
    Of the rest, an entry replaced in the same place of the same file is an
    edit; the others were added or removed. `fresh`: `fresh_entries` of the
    two, when known (only what they touch is looked at)."""
    if fresh is not None:
        new = _touched(new, fresh)
        # Only added to: the older side's touched entries are the newer's
        # without those added (the rest are the same objects, in order).
        old = (
            _without_objects(new, set(map(id, fresh.new)))
            if not fresh.old
            else _touched(old, fresh)
        )
    # Each key's entries, latest first: pop() takes the earliest. (Lists, not
    # deques: a deque costs 600 bytes, and most keys hold one entry.)
    pool: dict[tuple[str, Any], list[Entry]] = {}
    for key, entry in zip(map(entry_key, reversed(old)), reversed(old), strict=True):
        same = pool.get(key)
        if same is None:
            pool[key] = [entry]
        else:
            same.append(entry)
    out: list[EntryChange] = []
    left_new: list[Entry] = []
    get = pool.get
    for key, entry in zip(map(entry_key, new), new, strict=True):
        same = get(key)
        if same:
            was = same.pop()
            if was.path != entry.path and rel_path(was) != rel_path(entry):
                out.append(EntryChange("moved", rel_path(entry), entry, was))
        else:
            left_new.append(entry)
    unmatched = {id(e) for same in pool.values() for e in same}
    left_old = [e for e in old if id(e) in unmatched]
    by_file: dict[str, tuple[list[Entry], list[Entry]]] = {}
    for side, entries in ((0, left_old), (1, left_new)):
        for e in entries:
            by_file.setdefault(rel_path(e), ([], []))[side].append(e)
    for rel in sorted(by_file):
        a, b = by_file[rel]
        matcher = difflib.SequenceMatcher(
            a=[e.req for e in a], b=[e.req for e in b], autojunk=False
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            olds, news = a[i1:i2], b[j1:j2]
            paired = min(len(olds), len(news)) if op in ("equal", "replace") else 0
            for before, after in zip(olds[:paired], news[:paired], strict=True):
                out.append(EntryChange("edited", rel, after, before))
            out.extend(EntryChange("removed", rel, e) for e in olds[paired:])
            out.extend(EntryChange("added", rel, e) for e in news[paired:])
    return out


@dataclass(frozen=True)
class Fresh:
    """The entries of two states that are not objects of both (`fresh_entries`)."""

    old: list[Entry]
    new: list[Entry]

    def keys(self, key: Callable[[Entry], Any]) -> set[Any]:
        return {*map(key, self.old), *map(key, self.new)}


def fresh_entries(old: list[Entry], new: list[Entry]) -> Fresh | None:
    """Each state's entries that the other does not hold as the same object,
    when the objects both hold are in the same order on both (else None).

    A file read once for both states, or the part of a file that the newer
    state only added to, gives both the same entry objects (review/diff).
    Every entry of a content (`entry_key`) that is not among the fresh ones
    is then an object of both, in the same order: each pairs with itself,
    and a replay reads them alike. (Ids and C-level maps: a city's diff
    holds a hundred thousand entries a side.)"""
    old_ids, new_ids = list(map(id, old)), list(map(id, new))
    in_old, in_new = set(old_ids), set(new_ids)
    old_both = list(map(in_new.__contains__, old_ids))
    new_both = list(map(in_old.__contains__, new_ids))
    held_old, held_new = list(compress(old, old_both)), list(compress(new, new_both))
    if len(held_old) != len(held_new) or not all(map(operator.is_, held_old, held_new)):
        return None
    return Fresh(
        list(compress(old, map(operator.not_, old_both))),
        list(compress(new, map(operator.not_, new_both))),
    )


_ROUGH = attrgetter("unit", "req", "date")
"""Part of `entry_key`: entries whose rough keys differ are different records."""


def _touched(entries: list[Entry], fresh: Fresh) -> list[Entry]:
    """The entries whose rough key is one of a fresh entry's: those whose
    content is only held by both states as the same objects are left out."""
    rough = fresh.keys(_ROUGH)
    return list(compress(entries, map(rough.__contains__, map(_ROUGH, entries))))


# --- statuses -------------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    task: int
    req: str
    unit: str
    period: str | None
    before: str | None
    """The status before, or None: the obligation did not exist."""
    after: str | None


def status_changes(
    old: Side,
    new: Side,
    as_of: dt.date,
    warn_days: int,
    reqs: frozenset[str] | None = None,
    units: frozenset[str] | None = None,
    fresh: Fresh | None = None,
) -> list[StatusChange]:
    """`reqs`: only these requirements' obligations can have changed, and
    `units`: only these units' entries (see `compare_ledgers`); `fresh`:
    `fresh_entries` of those units' entries. Given `reqs` and `units`, only
    the obligations whose entries differ (`_replayed_apart`) are computed:
    the others replay the same entries on both sides."""
    meeting = None
    reach: dict[str, frozenset[str]] | None = None  # per requirement, whose entries count
    if reqs and units:
        meeting = _replayed_apart(old.entries, new.entries, units, fresh, as_of)
        reqs = frozenset(meeting) & reqs
        reach = {}
        for requirement in new.plan.requirements():
            if requirement.id in reqs:
                apart = meeting[requirement.id]
                found = [
                    s for s in entry_sources(requirement, new.directory) if not s.isdisjoint(apart)
                ]
                reach[requirement.id] = frozenset().union(*found)

    # Per obligation only what the output needs, not the obligation: one
    # side's obligations are let go before the other's are computed.
    Seen = tuple[str, int, str, str, str | None]  # status, task, requirement, unit, period

    def wanted(entries: list[Entry]) -> list[Entry]:
        if reach is not None:  # the plans are the same: so are the sources
            return [e for e in entries if e.unit in reach.get(e.req, ())]
        if reqs is not None:
            return [e for e in entries if e.req in reqs]
        return entries

    def statuses(
        side: Side, buckets: dict[str, dict[str, list[Entry]]] | None = None
    ) -> dict[tuple[str, str, str | None, int], Seen]:
        entries = wanted(side.entries) if buckets is None else []
        obs = all_obligations(
            side.plan, side.directory, entries, side.calendar, as_of, warn_days, only=reqs,
            meeting=meeting, buckets=buckets,
        )  # fmt: skip
        out: dict[tuple[str, str, str | None, int], Seen] = {}
        for ob in obs:
            rule = next((i for i, r in enumerate(ob.req.due) if r is ob.rule), -1)
            out[(ob.req.id, ob.unit, ob.period, rule)] = (
                ob.status,
                ob.req.task,
                ob.req.id,
                ob.unit,
                ob.period,
            )
        return out

    if reach is not None and fresh is not None and not fresh.old:
        # The older side is the newer without `fresh.new`: each side's entries
        # bucketed and sorted for replay once, not twice.
        new_buckets = replay_buckets(wanted(new.entries), as_of)
        after = statuses(new, new_buckets)
        before = statuses(old, _without(new_buckets, fresh.new))
    else:
        before = statuses(old)
        after = statuses(new)
    changes: list[tuple[Seen, StatusChange]] = []
    for key in before.keys() | after.keys():
        was, now = before.get(key), after.get(key)
        if was is not None and now is not None and was[0] == now[0]:
            continue
        seen = now or was
        assert seen is not None  # the key came from one side
        _, task, req, unit, period = seen
        changes.append(
            (seen, StatusChange(task, req, unit, period,
                                was[0] if was else None, now[0] if now else None))
        )  # fmt: skip
    changes.sort(key=lambda pair: order_of(*pair[0][1:]))
    return [change for _, change in changes]


_PAIR = attrgetter("req", "unit")


def _without_objects(entries: list[Entry], gone: set[int]) -> list[Entry]:
    """`entries` without the objects whose ids are `gone`, in their order."""
    return [e for e in entries if id(e) not in gone]


def _without(
    buckets: dict[str, dict[str, list[Entry]]], added: list[Entry]
) -> dict[str, dict[str, list[Entry]]]:
    """`replay_buckets` of some entries, those of the same entries without
    `added` (objects among them): a stable sort of fewer entries is the sort
    of all without them, and so is its cut at a day."""
    gone = set(map(id, added))
    pairs = {(e.req, e.unit) for e in added}
    out: dict[str, dict[str, list[Entry]]] = {}
    for req_id, by_unit in buckets.items():
        out[req_id] = {
            unit: _without_objects(mine, gone) if (req_id, unit) in pairs else mine
            for unit, mine in by_unit.items()
        }
    return out


def _replayed_apart(
    old: list[Entry],
    new: list[Entry],
    units: frozenset[str],
    fresh: Fresh | None,
    as_of: dt.date,
) -> dict[str, frozenset[str]]:
    """Per requirement, the units of `units` whose entries of it a replay
    reads differently on the two sides: not the same entries (content and
    file) in the same order. A replay orders a requirement's entries by date
    and kind, then file and line, and lines keep their order in a file. Of
    the pairs no fresh entry names (`fresh_entries`), none. When the newer
    side only adds entries (no fresh older one), the pairs of those it adds
    dated by `as_of` (the replay reads no later one), without looking at the
    others."""
    if fresh is not None and not fresh.old:
        added: dict[str, set[str]] = {}
        for entry in fresh.new:
            if entry.unit in units and entry.date <= as_of:
                added.setdefault(entry.req, set()).add(entry.unit)
        return {req: frozenset(found) for req, found in added.items()}
    pairs = fresh.keys(_PAIR) if fresh is not None else None

    def grouped(entries: list[Entry]) -> dict[tuple[str, str], list[Entry]]:
        if pairs is not None:
            entries = list(compress(entries, map(pairs.__contains__, map(_PAIR, entries))))
        out: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries:
            if entry.unit in units:
                out.setdefault((entry.req, entry.unit), []).append(entry)
        return out

    def same(a: Entry, b: Entry) -> bool:
        return a is b or (rel_path(a) == rel_path(b) and _CONTENT(a) == _CONTENT(b))

    a, b = grouped(old), grouped(new)
    apart: dict[str, set[str]] = {}
    for key in a.keys() | b.keys():
        was, now = a.get(key, []), b.get(key, [])
        if len(was) != len(now) or not all(map(same, was, now)):
            apart.setdefault(key[0], set()).add(key[1])
    return {req: frozenset(found) for req, found in apart.items()}


def units_reached(
    plan: Plan, directory: Directory, units: frozenset[str], reqs: frozenset[str]
) -> frozenset[str]:
    """When only the entries of `units` differ between two states with the
    same plan, units and calendar, and only in entries of `reqs`: `units` and
    every unit whose entries count together with theirs for an obligation of
    `reqs`. Only the obligations whose sources meet `units` can change status,
    and their statuses need the entries of all of their sources — of nobody
    else. (A joint requirement's other leads, a reorganised unit's
    predecessors and successors.)"""
    out = set(units)
    for req in plan.requirements():
        if req.id in reqs:
            for sources in entry_sources(req, directory):
                if not sources.isdisjoint(units):
                    out |= sources
    return frozenset(out)


# --- the plan -------------------------------------------------------------------


@dataclass(frozen=True)
class PlanChange:
    kind: Literal["plan", "part", "task", "requirement", "unit", "group", "reorganisation"]
    id: str
    change: Change
    field: str | None = None
    before: Any = None
    after: Any = None
    rules: tuple[tuple[Rule, ...], tuple[Rule, ...]] | None = None
    """For deadline rules: both sides' rules, to be put in plain words."""


def _rules(req: Requirement) -> list[dict[str, Any]]:
    return [rule.written for rule in req.due]


_REQ_FIELDS = ("text", "lead", "support", "mode", "due")


def _req_value(req: Requirement, field: str) -> Any:
    if field == "due":
        return _rules(req)
    value = getattr(req, field)
    return list(value) if isinstance(value, tuple) else value


def plan_changes(old: Side, new: Side) -> list[PlanChange]:
    out: list[PlanChange] = []
    out += _plan_info(old.plan, new.plan)
    out += _tasks(old.plan, new.plan)
    out += _requirements(old.plan, new.plan)
    out += _directory(old.directory, new.directory)
    return out


def _plan_info(old: Plan, new: Plan) -> list[PlanChange]:
    out = []
    for field in ("title", "year", "start", "end", "effective"):
        a, b = getattr(old.info, field), getattr(new.info, field)
        if a != b:
            out.append(PlanChange("plan", "plan", "changed", field, _json(a), _json(b)))
    return out


def _tasks(old: Plan, new: Plan) -> list[PlanChange]:
    a = {task.no: task for task in old.tasks}
    b = {task.no: task for task in new.tasks}
    out = []
    for no in sorted(a.keys() | b.keys()):
        if no not in a:
            out.append(PlanChange("task", str(no), "added", "title", None, b[no].title))
        elif no not in b:
            out.append(PlanChange("task", str(no), "removed", "title", a[no].title, None))
        else:
            for field in ("title", "part", "section"):
                was, now = getattr(a[no], field), getattr(b[no], field)
                if was != now:
                    out.append(PlanChange("task", str(no), "changed", field, was, now))
    return out


def _requirements(old: Plan, new: Plan) -> list[PlanChange]:
    a = {req.id: req for req in old.requirements()}
    b = {req.id: req for req in new.requirements()}
    out = []
    for rid in sorted(a.keys() | b.keys(), key=req_sort_key):
        if rid not in a:
            out.append(PlanChange("requirement", rid, "added", "text", None, b[rid].text))
        elif rid not in b:
            out.append(PlanChange("requirement", rid, "removed", "text", a[rid].text, None))
        else:
            for field in _REQ_FIELDS:
                was, now = _req_value(a[rid], field), _req_value(b[rid], field)
                if was == now:
                    continue
                rules = (a[rid].due, b[rid].due) if field == "due" else None
                out.append(PlanChange("requirement", rid, "changed", field, was, now, rules))
    return out


def _directory(old: Directory, new: Directory) -> list[PlanChange]:
    unit_fields = ("name", "kind", "full_name", "aliases", "owners")
    group_fields = ("name", "members", "kind", "vague", "aliases")
    return [
        *_compare("unit", old.units, new.units, unit_fields),
        *_compare("group", old.groups, new.groups, group_fields),
        *_reorganisations(old, new),
    ]


def _reorganisations(old: Directory, new: Directory) -> list[PlanChange]:
    """Changes (机构改革) added or removed; the id reads `2019-03-01:hbj>sthjj`."""

    def keyed(directory: Directory) -> dict[str, dict[str, Any]]:
        return {
            f"{c.on.isoformat()}:{'+'.join(c.old)}>{c.new}": {
                "on": c.on.isoformat(),
                "kind": c.kind,
                "old": list(c.old),
                "new": c.new,
                "basis": c.basis,
            }
            for c in directory.changes
        }

    a, b = keyed(old), keyed(new)
    out = [PlanChange("reorganisation", k, "added", None, None, b[k]) for k in b if k not in a]
    out += [PlanChange("reorganisation", k, "removed", None, a[k], None) for k in a if k not in b]
    return out


def _compare(
    kind: Literal["unit", "group"],
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    fields: tuple[str, ...],
) -> list[PlanChange]:
    out = []
    for ref in sorted(a.keys() | b.keys()):
        if ref not in a:
            out.append(PlanChange(kind, ref, "added", "name", None, b[ref].name))
        elif ref not in b:
            out.append(PlanChange(kind, ref, "removed", "name", a[ref].name, None))
        else:
            for field in fields:
                was, now = _json(getattr(a[ref], field)), _json(getattr(b[ref], field))
                if was != now:
                    out.append(PlanChange(kind, ref, "changed", field, was, now))
    return out


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


# --- the whole diff -------------------------------------------------------------


@dataclass(frozen=True)
class LedgerDiff:
    before: str
    """A label: the revision, or "working tree"."""
    after: str
    as_of: dt.date
    entries: tuple[EntryChange, ...]
    statuses: tuple[StatusChange, ...]
    plan: tuple[PlanChange, ...]
    directory: Directory
    """The newer side's units, for names."""

    @property
    def empty(self) -> bool:
        return not (self.entries or self.statuses or self.plan)


def compare_ledgers(
    old: Side,
    new: Side,
    before: str,
    after: str,
    as_of: dt.date,
    warn_days: int,
    *,
    units: frozenset[str] | None = None,
    reqs: frozenset[str] | None = None,
    fresh: Fresh | None = None,
) -> LedgerDiff:
    """Everything that changed from `old` to `new`, statuses as of `as_of`;
    `before` and `after` label the two sides.

    What the caller knows of where the two states differ, to compare less
    (the result is the same): `units`, the only units whose entries may
    differ — the other units' entries are the same, in the same order, on
    both sides, and match each other one for one, so they change nothing
    (`entry_changes` pairs entries of one unit only); `reqs`, the only
    requirements whose obligations' entries may differ, the plan, units and
    calendar being the same (`units_reached` says whose entries their
    statuses need); `fresh`: `fresh_entries` of the entries of `units`, when
    the caller knows them (not looked for again)."""
    old_entries, new_entries = old.entries, new.entries
    if units is not None:
        old_entries = [e for e in old_entries if e.unit in units]
        new_entries = [e for e in new_entries if e.unit in units]
    if fresh is None:
        fresh = fresh_entries(old_entries, new_entries)
    entries = entry_changes(old_entries, new_entries, fresh)
    entries.sort(
        key=lambda c: (new.directory.order(c.entry.unit), req_sort_key(c.entry.req), c.file,
                       c.entry.line)
    )  # fmt: skip
    return LedgerDiff(
        before,
        after,
        as_of,
        tuple(entries),
        tuple(status_changes(old, new, as_of, warn_days, reqs, units, fresh)),
        tuple(plan_changes(old, new)),
        new.directory,
    )
