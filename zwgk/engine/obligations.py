"""Obligations and their status on an as-of date (DESIGN.md, "Which entry counts
for which obligation" and "Status of an obligation").

An obligation is (requirement, accountable unit, instance). For `joint` the
accountable unit is the first lead as written and an entry of any lead counts;
for `each`, every lead unit (groups expanded) answers for itself. Support units
may record, never close. Entries are replayed in date order, so an `extend`
moves only what was still open when it was granted, and an `exempt` removes
obligations from its date on. Nothing here is stored: it is recomputed each run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from bisect import bisect_right
from collections.abc import Callable, Collection, Container, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Literal, TypeVar

from zwgk.engine.calendar import count_workdays, last_workday
from zwgk.engine.deadlines import (
    Instance,
    event_instance,
    has_dated_rule,
    in_force,
    instances,
)
from zwgk.engine.publicity import lasting_ok, met_between, on_display
from zwgk.model.calendar import UnknownYearError, WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.limits import DEFAULT_WARN_DAYS
from zwgk.model.plan import Entry, Plan, PlanInfo, Requirement, Rule
from zwgk.model.values import small_int

StatusCode = Literal["done", "late", "overdue", "due_soon", "open", "ongoing", "exempt"]
STATUS_CODES: tuple[StatusCode, ...] = (
    "done",
    "late",
    "overdue",
    "due_soon",
    "open",
    "ongoing",
    "exempt",
)


@dataclass
class Obligation:
    """One obligation while entries are replayed; `status` is set at the end."""

    req: Requirement
    unit: str
    """The accountable unit (for joint: the first lead as written, maybe a group)."""
    members: frozenset[str]
    """The units whose entries count for it: every lead (joint) or `unit` (each)."""
    period: str | None
    """The instance's period id; None for the undated (ongoing) obligation."""
    start: dt.date | None
    due: dt.date | None
    rule: Rule | None
    completed: dt.date | None = None
    closed_by: Entry | None = None
    """The done entry that completed it (for at_least, the Nth): its note and
    evidence are what a report shows."""
    counted: list[dt.date] = field(default_factory=list)
    exempt: bool = False
    last_entry: dt.date | None = None
    status: StatusCode = "open"
    workdays_left: int | None = None
    """Open or due soon: the working days after the as-of date up to the due
    date; None when the calendar does not know a year in between."""
    last_workday: dt.date | None = None
    """The due date if it is a working day, else the last working day before
    it (None without a due date, or in a year the calendar does not know)."""
    on_display: tuple[int, int] | None = None
    """(day n, of N): its last done entry's window is still open and not yet
    on display the N days a `lasting` rule asks (it counts from day N)."""
    sources: frozenset[str] = frozenset()
    """Every unit whose entries count for it: `members`, and predecessors
    for their entries before they were succeeded. Its status is known only
    when all of their entries are (`depends_on`)."""

    @property
    def is_closed(self) -> bool:
        return self.completed is not None or self.exempt

    @property
    def standing(self) -> bool:
        """A standing duty: the undated obligation of a requirement that sets no
        date (及时, 定期), which no entry finishes for ever. Completion and the
        on-time rate count the dated obligations only (`engine/status.py`)."""
        return self.rule is None


@dataclass
class _Holder:
    """An accountable unit of a requirement and the units whose entries count,
    for the obligations due in [since, until): a reorganisation splits a unit's
    obligations at its date (`lineage.py`)."""

    unit: str
    members: frozenset[str]
    obligations: list[Obligation] = field(default_factory=list)
    exempt_from: dt.date | None = None
    carried: dict[str, dt.date] = field(default_factory=dict)
    """Predecessors: their entries dated before they were succeeded count."""
    heirs: frozenset[str] = frozenset()
    """Successors: their entries count when they name a period (the backlog)."""
    since: dt.date | None = None
    until: dt.date | None = None
    as_of: dt.date = dt.date.max
    """Set for the replay: an undated obligation goes to the holder of that day."""

    @property
    def sources(self) -> frozenset[str]:
        """Every unit whose entries count for these obligations."""
        return self.members | self.heirs | frozenset(self.carried)

    def holds(self, due: dt.date | None, as_of: dt.date) -> bool:
        """Whether an obligation due then is this holder's; an undated one goes
        to whoever answers on the as-of date."""
        day = due if due is not None else as_of
        return (self.since is None or day >= self.since) and (
            self.until is None or day < self.until
        )

    def entries(self, by_unit: dict[str, list[Entry]]) -> list[Entry]:
        """The entries that count here, in replay order (not to be changed:
        maybe `by_unit`'s own list)."""
        if len(self.members) == 1 and not self.carried and not self.heirs:
            return by_unit.get(next(iter(self.members)), [])
        mine = [e for unit in self.members for e in by_unit.get(unit, ())]
        for unit, ceased in self.carried.items():
            mine += [e for e in by_unit.get(unit, ()) if e.date < ceased]
        for unit in self.heirs:
            mine += [e for e in by_unit.get(unit, ()) if e.period is not None]
        if len(self.members) > 1 or self.carried or self.heirs:
            mine.sort(key=replay_key)
        return mine


def holders(req: Requirement, directory: Directory) -> list[_Holder]:
    """Who answers for `req`. For joint, the first lead as written; a vague
    group (县政府其他部门) names nobody, so the first lead that names someone.
    Reorganisations (units.yaml `changes:`) split and pass on holders
    (`lineage.py`)."""
    leads = directory.expand_all(req.lead)
    if req.mode == "each":
        base = [_Holder(unit, frozenset({unit})) for unit in leads]
    else:
        accountable = next((ref for ref in req.lead if directory.expand(ref)), None)
        if accountable is None:
            return []
        base = [_Holder(accountable, frozenset(leads))]
    if not directory.changes:
        return base
    from zwgk.engine.lineage import segments

    return [
        _Holder(s.unit, s.members, carried=s.carried, heirs=s.heirs, since=s.since, until=s.until)
        for s in segments([(h.unit, h.members) for h in base], directory)
    ]


def entry_sources(req: Requirement, directory: Directory) -> list[frozenset[str]]:
    """For each holder of `req`, every unit whose entries count for its
    obligations (their `Obligation.sources`)."""
    return [h.sources for h in holders(req, directory)]


def depends_on(ob: Obligation, units: frozenset[str]) -> bool:
    """Whether the status of `ob` depends on the entries of any of `units`:
    when those cannot all be read, it is not known (not open, not overdue)."""
    return not ob.sources.isdisjoint(units)


def accountable_units(req: Requirement, directory: Directory, day: dt.date) -> list[str]:
    """The units (or group) answering for `req` on `day`, in the order `holders`
    finds them: after a reorganisation, the holders of what falls due that day
    (whoever holds an ongoing obligation on that as-of day), not every unit
    that ever held it. What every command that names who answers shows."""
    held = (holder.unit for holder in holders(req, directory) if holder.holds(None, day))
    return list(dict.fromkeys(held))


def _new(req: Requirement, holder: _Holder, inst: Instance | None) -> Obligation | None:
    due = inst.due if inst is not None else None
    if (holder.since or holder.until) and not holder.holds(due, holder.as_of):
        return None
    # A successor may clear an old unit's backlog: it is among who may act.
    members = holder.members | holder.heirs if holder.heirs else holder.members
    if inst is None:
        ob = Obligation(req, holder.unit, members, None, None, None, None)
    else:
        ob = Obligation(req, holder.unit, members, inst.period, inst.start, inst.due, inst.rule)
    ob.sources = members | frozenset(holder.carried)
    if holder.exempt_from is not None and (ob.due is None or ob.due >= holder.exempt_from):
        ob.exempt = True
    holder.obligations.append(ob)
    return ob


def _close(ob: Obligation, entry: Entry) -> None:
    if ob.rule is not None and ob.rule.kind == "at_least":
        ob.counted.append(entry.date)
        if ob.rule.times is not None and len(ob.counted) >= ob.rule.times:
            ob.completed, ob.closed_by = entry.date, entry
    else:
        ob.completed, ob.closed_by = entry.date, entry


def undated_targets(open_obs: list[Obligation], day: dt.date) -> list[Obligation]:
    """What a done entry dated `day` without a `period` may close, one
    instance per periodic rule, the one it closes first.

    Per rule: the earliest open instance whose window (start to due date)
    holds the date, else the earliest open instance already past (a late
    completion). "Earliest" is the plan's order of periods, not the due date
    an extension moved. An at_least instance is met by entries that fall in
    it ("年内……不少于2次"): it takes no late entries unless they name its
    period. Across rules (23.1: 按月发布…按季度公开) the entry closes one
    instance only: one whose window holds the date before a late one, then the
    earliest due, then the plan's order of rules."""
    by_rule: dict[int, list[Obligation]] = {}  # in the order of the rules
    for ob in open_obs:
        if ob.rule is not None and ob.rule.kind != "after":
            by_rule.setdefault(id(ob.rule), []).append(ob)
    targets: list[tuple[bool, Obligation]] = []
    for group in by_rule.values():
        group.sort(key=lambda ob: (ob.start or dt.date.min, ob.due or dt.date.max))
        inside = [ob for ob in group if ob.start and ob.due and ob.start <= day <= ob.due]
        before = [ob for ob in group if ob.due and ob.due < day]
        if group[0].rule is not None and group[0].rule.kind == "at_least":
            before = []
        if inside:
            targets.append((True, inside[0]))
        elif before:
            targets.append((False, before[0]))
    targets.sort(key=lambda found: (not found[0], found[1].due or dt.date.max))  # stable
    return [ob for _, ob in targets]


def _apply_done(holder: _Holder, entry: Entry) -> None:
    obligations = holder.obligations
    if len(obligations) == 1 and obligations[0].rule is None:
        # The common case: a requirement without a date, one ongoing obligation.
        only = obligations[0]
        if entry.period is None and only.completed is None and not only.exempt:
            _close(only, entry)
        return
    open_obs = [ob for ob in obligations if ob.completed is None and not ob.exempt]
    if entry.period is not None:
        for ob in open_obs:
            if ob.period == entry.period:
                _close(ob, entry)
        return
    target = next(iter(undated_targets(open_obs, entry.date)), None)
    if target is not None:
        _close(target, entry)
    # Event obligations: the oldest open one.
    events = [ob for ob in open_obs if ob.rule is not None and ob.rule.kind == "after"]
    if events:
        _close(min(events, key=lambda ob: (ob.start or dt.date.min, ob.period or "")), entry)
    for ob in open_obs:
        if ob.rule is None:
            _close(ob, entry)


def extended(ob: Obligation, entry: Entry) -> bool:
    """Whether an `extend` entry names this open dated obligation: its period,
    or, without one, every open instance."""
    return (
        not ob.is_closed
        and ob.due is not None
        and (entry.period is None or ob.period == entry.period)
    )


def _apply_extend(holder: _Holder, entry: Entry) -> None:
    """Moves the due date of the open instances it names to `until`, never
    earlier (an `until` not after a due date is the `extension-not-later`
    finding, `extension_not_later`)."""
    if entry.until is None:
        return
    for ob in holder.obligations:
        if extended(ob, entry) and ob.due is not None and ob.due < entry.until:
            ob.due = entry.until


def _apply_exempt(holder: _Holder, entry: Entry) -> None:
    """From its date on, or for the one instance its `period` names."""
    if entry.period is not None:
        for ob in holder.obligations:
            if not ob.is_closed and ob.period == entry.period:
                ob.exempt = True
        return
    holder.exempt_from = entry.date if holder.exempt_from is None else holder.exempt_from
    for ob in holder.obligations:
        if not ob.is_closed and (ob.due is None or ob.due >= entry.date):
            ob.exempt = True


def _open_event(holder: _Holder, req: Requirement, inst: Instance) -> None:
    """One obligation per event date and rule: a second lead recording the same
    event of a joint requirement does not open it twice."""
    for ob in holder.obligations:
        if ob.rule is inst.rule and ob.period == inst.period:
            return
    _new(req, holder, inst)


# Entries of one day are replayed events first, so a document published and
# interpreted the same day counts; then completions, then exemptions/extensions.
_SAME_DAY_ORDER = {"event": 0, "done": 1}


_BY_DATE = attrgetter("date")
_REQ_UNIT: Callable[[Entry], tuple[str, str]] = attrgetter("req", "unit")
_UNIT: Callable[[Entry], str] = attrgetter("unit")
_K = TypeVar("_K")


def _replay_order(entries: list[Entry]) -> list[Entry]:
    """Entries given in file and line order, sorted for replay: by date, and on
    one day events (so a document published and interpreted the same day
    counts), then completions, then the rest, each in file order. Stable
    sorts keep the file order; the keys are C-level, as this runs on every
    entry of the ledger."""
    ordered = sorted(entries, key=_BY_DATE)  # stable
    if len(set(map(_BY_DATE, ordered))) == len(ordered):
        return ordered  # no day with two entries: the date order is the replay order
    events = [e for e in entries if e.status == "event"]
    done = [e for e in entries if e.status == "done"]
    rest = [e for e in entries if e.status != "event" and e.status != "done"]
    ordered = events + done + rest
    ordered.sort(key=_BY_DATE)  # stable
    return ordered


def replay_key(entry: Entry) -> tuple[dt.date, int, str, int]:
    return (entry.date, _SAME_DAY_ORDER.get(entry.status, 2), entry.path, entry.line)


def status_of(ob: Obligation, as_of: dt.date, warn_days: int, calendar: WorkCalendar) -> StatusCode:
    """`warn_days` counts working days: due soon when at most that many
    working days are left before the due date. Where the count reaches a year
    the calendar does not know, each of its days counts as worked (the most
    the count can be): what is flagged is certainly due soon, and a status
    never stops for next year's schedule."""
    if ob.completed is not None:
        if ob.due is None or ob.completed <= ob.due:
            return "done"
        return "late"
    if ob.exempt:
        return "exempt"
    if ob.due is None:
        return "ongoing"
    if as_of > ob.due:
        return "overdue"
    # Calendar days bound working days: most dates need no counting.
    if (ob.due - as_of).days <= warn_days:
        return "due_soon"
    if count_workdays(calendar, as_of, ob.due, unknown_worked=True) <= warn_days:
        return "due_soon"
    return "open"


def _workday_facts(ob: Obligation, as_of: dt.date, calendar: WorkCalendar) -> None:
    """Set `last_workday` and, for what is still to do, `workdays_left`."""
    if ob.due is None:
        return
    with contextlib.suppress(UnknownYearError):
        ob.last_workday = last_workday(calendar, ob.due)
    if ob.status in ("open", "due_soon"):
        with contextlib.suppress(UnknownYearError):
            ob.workdays_left = count_workdays(calendar, as_of, ob.due)


def requirement_obligations(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    as_of: dt.date,
    warn_days: int = DEFAULT_WARN_DAYS,
    *,
    in_replay_order: bool = False,
    earlier: Snapshot | None = None,
    on_extend: Callable[[str, list[Obligation], Entry], None] | None = None,
    meeting: Collection[str] | None = None,
) -> list[Obligation]:
    """Every obligation of one requirement, with its status on `as_of`.
    `entries` are this requirement's entries, in the order they were read
    (file, line), or already `in_replay_order`; later-dated ones are ignored.
    `earlier`: also count the statuses on an earlier day, in the same replay
    (the state after the entries up to that day is what a run for that day
    computes). `on_extend`: told of each extension as the replay reaches it,
    before it is applied (the accountable unit, its obligations then, the
    entry): what `newentry.extension_dues` reads. `meeting`: just the
    obligations whose entries come from one of these units (`entry_sources`)."""
    by_unit = _until(_bucketed(entries, _UNIT, sort=not in_replay_order), as_of)
    return _replay(
        req, info, directory, by_unit, calendar, as_of, warn_days, earlier, on_extend, meeting
    )


def _bucketed(
    entries: list[Entry], key: Callable[[Entry], _K], *, sort: bool
) -> dict[_K, list[Entry]]:
    """`entries` by `key`, each bucket in the order given, or (`sort`: given
    in file order) in replay order: a stable sort of a bucket is the bucket
    of the sorted whole. One pass, the key C-level: it runs on every entry."""
    buckets: dict[_K, list[Entry]] = {}
    for found, entry in zip(map(key, entries), entries, strict=True):
        mine = buckets.get(found)
        if mine is None:
            buckets[found] = [entry]
        else:
            mine.append(entry)
    if sort:
        for found, mine in buckets.items():
            buckets[found] = _replay_order(mine)
    return buckets


def _until(by_unit: dict[str, list[Entry]], day: dt.date) -> dict[str, list[Entry]]:
    """The entries of `by_unit` (each list in replay order, so by date) dated
    by `day` (the lists themselves where all are)."""
    cut = {}
    for unit, mine in by_unit.items():
        upto = bisect_right(mine, day, key=_BY_DATE)
        cut[unit] = mine if upto == len(mine) else mine[:upto]
    return cut


def _all_closed(obligations: list[Obligation]) -> bool:
    # From the last: the latest instance is the one most likely still open.
    return all(ob.is_closed for ob in reversed(obligations))


def _replay(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    by_unit: dict[str, list[Entry]],
    calendar: WorkCalendar,
    as_of: dt.date,
    warn_days: int,
    earlier: Snapshot | None,
    on_extend: Callable[[str, list[Obligation], Entry], None] | None,
    meeting: Collection[str] | None,
) -> list[Obligation]:
    """`requirement_obligations` of the entries of `req` by unit, each unit's
    in replay order and dated by `as_of`."""
    dated = [inst for rule in req.due for inst in instances(rule, info, calendar)]
    undated = not has_dated_rule(req.due)
    after_rules = [rule for rule in req.due if rule.kind == "after"]
    lasting = any(rule.kind == "lasting" for rule in req.due)
    if (
        earlier is not None
        and lasting
        and met_between(req, [e for mine in by_unit.values() for e in mine], earlier.day, as_of)
    ):
        # A window still open that counts on `as_of` but not yet on the
        # earlier day: the replay cannot give both, so count that day apart.
        earlier.take(
            _replay(req, info, directory, _until(by_unit, earlier.day), calendar, earlier.day,
                    warn_days, None, None, meeting),
            warn_days,
            calendar,
        )  # fmt: skip
        earlier = None
    # Once every obligation of a holder is closed, and no event can open
    # another, the rest of its entries change nothing: the replay stops there
    # (most requirements set no date, and their first done entry closes them).
    stoppable = not after_rules and on_extend is None
    out: list[Obligation] = []
    for holder in holders(req, directory):
        if meeting is not None and holder.sources.isdisjoint(meeting):
            continue
        holder.as_of = as_of
        for inst in dated:
            _new(req, holder, inst)
        if undated:
            _new(req, holder, None)
        mine = holder.entries(by_unit)
        pending = earlier
        previous: dt.date | None = None
        for entry in mine:
            if pending is not None and entry.date > pending.day:
                showing = on_display(req, mine, pending.day) if lasting else None
                pending.take(holder.obligations, warn_days, calendar, last_entry=previous,
                             showing=showing)  # fmt: skip
                pending = None
            previous = entry.date
            if entry.status == "event":
                for rule in after_rules:
                    if rule.event == entry.event and in_force(entry.date, info):
                        _open_event(holder, req, event_instance(rule, entry.date, calendar))
            elif (
                entry.status == "done"
                and entry.date >= info.start
                and (not lasting or lasting_ok(req, entry, as_of))
            ):
                # Work done before the plan began belongs to an earlier plan.
                _apply_done(holder, entry)
                if stoppable and _all_closed(holder.obligations):
                    break
            elif entry.status == "extend":
                if on_extend is not None:
                    on_extend(holder.unit, holder.obligations, entry)
                _apply_extend(holder, entry)
            elif entry.status == "exempt":
                _apply_exempt(holder, entry)
                if stoppable and _all_closed(holder.obligations):
                    break
        last = mine[-1].date if mine else None  # replay order is date order
        if pending is not None:
            # Not reached yet (or the replay stopped before it: nothing changed
            # after that): the last entry up to that day, by date.
            upto = bisect_right(mine, pending.day, key=_BY_DATE)
            showing = on_display(req, mine, pending.day) if lasting else None
            pending.take(holder.obligations, warn_days, calendar,
                         last_entry=mine[upto - 1].date if upto else None,
                         showing=showing)  # fmt: skip
        showing = on_display(req, mine, as_of) if lasting else None
        for ob in holder.obligations:
            ob.last_entry = last
            if ob.standing and not ob.is_closed:
                ob.on_display = showing
            ob.status = status_of(ob, as_of, warn_days, calendar)
            _workday_facts(ob, as_of, calendar)
        out.extend(holder.obligations)
    return out


def unit_obligations(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    unit: str,
    as_of: dt.date,
) -> list[Obligation]:
    """The obligations of `req` that `unit` answers for (or, a support unit,
    all of them), as of `as_of`; `entries` are this requirement's entries."""
    obs = requirement_obligations(req, info, directory, entries, calendar, as_of)
    for holder in holders(req, directory):
        if unit in holder.members:
            return [ob for ob in obs if ob.unit == holder.unit]
    return obs


@functools.cache
def req_sort_key(req_id: str) -> tuple[int, ...]:
    """ "21.10" after "21.9": compare requirement ids number by number."""
    return tuple(small_int(piece) or 0 for piece in req_id.split("."))


def requirement_order(req: Requirement) -> tuple[int, tuple[int, ...]]:
    """The plan's order of requirements: by task, then id number by number.
    Every list of obligations orders requirements so (after its own first keys)."""
    return (req.task, req_sort_key(req.id))


def plan_order(ob: Obligation) -> tuple[int, tuple[int, ...], str, str]:
    """The plan order of obligations: requirement, accountable unit, period."""
    return order_of(ob.req.task, ob.req.id, ob.unit, ob.period)


def order_of(
    task: int, req_id: str, unit: str, period: str | None
) -> tuple[int, tuple[int, ...], str, str]:
    """`plan_order` of an obligation known by these."""
    return (task, req_sort_key(req_id), unit, period or "")


@dataclass
class Snapshot:
    """The count of obligations per status on an earlier day, taken during a
    replay (the report's "change since the previous period")."""

    day: dt.date
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_CODES, 0))
    dated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_CODES, 0))
    """The counts of the dated obligations alone (what completion counts)."""
    standing: list[Obligation] = field(default_factory=list)
    """The standing duties as they stood on that day (status and last entry),
    for `engine/status.standing_summary`."""

    def take(
        self,
        obligations: list[Obligation],
        warn_days: int,
        calendar: WorkCalendar,
        *,
        last_entry: dt.date | None = None,
        showing: tuple[int, int] | None = None,
    ) -> None:
        """`last_entry` and `showing` (`Obligation.on_display`): the last entry
        up to that day and the window on display then, taken during the replay
        (else the obligations' own, from a replay for that day)."""
        for ob in obligations:
            code = status_of(ob, self.day, warn_days, calendar)
            self.counts[code] += 1
            if not ob.standing:
                self.dated[code] += 1
            else:
                last = last_entry if last_entry is not None else ob.last_entry
                shown = showing if showing is not None and code == "ongoing" else ob.on_display
                # `dataclasses.replace` without its checks (every field is an
                # init field): a report copies thousands of standing duties.
                copy = object.__new__(Obligation)
                copy.__dict__.update(ob.__dict__)
                copy.status, copy.last_entry, copy.on_display = code, last, shown
                self.standing.append(copy)


def replay_buckets(entries: list[Entry], as_of: dt.date) -> dict[str, dict[str, list[Entry]]]:
    """`entries` (in file and line order) by requirement and unit, each bucket
    in replay order and cut at `as_of`: what `all_obligations` replays."""
    by_req: dict[str, dict[str, list[Entry]]] = {}
    for (req_id, unit), mine in _bucketed(entries, _REQ_UNIT, sort=True).items():
        cut = bisect_right(mine, as_of, key=_BY_DATE)
        by_req.setdefault(req_id, {})[unit] = mine if cut == len(mine) else mine[:cut]
    return by_req


def all_obligations(
    plan: Plan,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    as_of: dt.date,
    warn_days: int = DEFAULT_WARN_DAYS,
    *,
    earlier: Snapshot | None = None,
    only: Container[str] | None = None,
    meeting: Mapping[str, Collection[str]] | None = None,
    buckets: dict[str, dict[str, list[Entry]]] | None = None,
) -> list[Obligation]:
    """Every obligation of the plan, ordered by task, requirement, unit, period.
    `entries` in the order they were read (file, line); `earlier` (a day not
    after `as_of`) is filled with the counts on that day; `only`: just the
    obligations of these requirements; `meeting`: just those of its
    requirements whose entries come from one of its units there; `buckets`:
    `replay_buckets` of the entries, when known (`entries` is then unused)."""
    by_req = replay_buckets(entries, as_of) if buckets is None else buckets
    out: list[Obligation] = []
    for req in plan.requirements():
        if only is not None and req.id not in only:
            continue
        if meeting is not None and req.id not in meeting:
            continue
        out.extend(
            _replay(req, plan.info, directory, by_req.get(req.id, {}), calendar, as_of,
                    warn_days, earlier, None, meeting[req.id] if meeting is not None else None)
        )  # fmt: skip
    out.sort(key=plan_order)
    return out
