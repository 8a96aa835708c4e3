"""What a new entry would do, asked before it is written or checked: which
periods it may name, which instance a done entry without `period` closes (and
whether more than one could be meant), whether a named period closes late, and
whether an extension moves anything. Values only: the checks and `record`
choose the words. The replay itself is `obligations.py`.
"""

from __future__ import annotations

import datetime as dt

from zwgk.engine.deadlines import BeyondDatesError, in_force, instances
from zwgk.engine.obligations import (
    Obligation,
    extended,
    holders,
    replay_key,
    requirement_obligations,
    undated_targets,
    unit_obligations,
)
from zwgk.model.calendar import UnknownYearError, WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.plan import Entry, PlanInfo, Requirement


def period_ids(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    unit: str,
    up_to: dt.date,
) -> list[str]:
    """The period ids an entry of `unit` dated `up_to` may name: the instances
    of the dated rules, and the dates of events already recorded (on or before
    `up_to`) for the obligations it can complete; a support unit may name any
    lead's event. `entries` are this requirement's entries. For many entries
    of one requirement, `PeriodIds`."""
    return PeriodIds(req, info, directory, entries, calendar).of(unit, up_to)


class PeriodIds:
    """`period_ids` of one requirement's entries, asked for entry after entry:
    the rules' instances are listed once, and each unit's recorded events
    sorted once."""

    def __init__(
        self,
        req: Requirement,
        info: PlanInfo,
        directory: Directory,
        entries: list[Entry],
        calendar: WorkCalendar,
    ) -> None:
        self.req, self.info, self.directory, self.entries = req, info, directory, entries
        dated = (inst for rule in req.due for inst in instances(rule, info, calendar))
        self.rule_ids = [inst.period for inst in dated]
        self._holders = [h.members for h in holders(req, directory)]
        self._events: dict[frozenset[str], list[Entry]] = {}
        self._recorded: list[Entry] | None = None
        """The events of the requirement's rules recorded while it is in force,
        of any unit: looked for once, then per unit among these."""

    def of(self, unit: str, up_to: dt.date) -> list[str]:
        """`period_ids` of an entry of `unit` dated `up_to`."""
        mine = [members for members in self._holders if unit in members]
        members = mine[0] if mine else frozenset(self.directory.expand_all(self.req.lead))
        found = self._events.get(members)
        if found is None:
            if self._recorded is None:
                events = {rule.event for rule in self.req.due if rule.kind == "after"}
                self._recorded = [
                    entry
                    for entry in self.entries
                    if entry.status == "event"
                    and entry.event in events
                    and in_force(entry.date, self.info)
                ]
            found = self._events[members] = sorted(
                (entry for entry in self._recorded if entry.unit in members),
                key=lambda e: e.date,
            )
        ids = self.rule_ids + [e.date.isoformat() for e in found if e.date <= up_to]
        return list(dict.fromkeys(ids))


def _closes(req: Requirement, directory: Directory, unit: str) -> bool:
    """Whether `unit`'s entries can close obligations of `req` (a lead does; a
    support unit records, never closes)."""
    return any(unit in holder.members for holder in holders(req, directory))


def undated_done_targets(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    unit: str,
    day: dt.date,
) -> list[Obligation]:
    """What a done entry of `unit` dated `day` without a `period` may close,
    the one it closes first (`undated_targets`): the instances whose window
    holds the date, one per rule, or, when no rule has one, the late ones;
    [] for a unit that closes nothing. More than one means the entry could be
    meant for either (`record` asks which). `entries` are this requirement's
    entries."""
    if not _closes(req, directory, unit):
        return []
    obs = unit_obligations(req, info, directory, entries, calendar, unit, day)
    targets = undated_targets([ob for ob in obs if not ob.is_closed], day)
    inside = [ob for ob in targets if ob.start and ob.due and ob.start <= day <= ob.due]
    return inside or targets


def closes_late(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    entry: Entry,
) -> Obligation | None:
    """The obligation a new done `entry` would complete after its due date
    (status `late` on the entry's date), replayed after this requirement's
    `entries`; None when it completes nothing late."""
    obs = unit_obligations(
        req, info, directory, [*entries, entry], calendar, entry.unit, entry.date
    )
    return next((ob for ob in obs if ob.closed_by is entry and ob.status == "late"), None)


def named_dues(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    entry: Entry,
) -> list[dt.date]:
    """For an `extend` entry: the current due dates of the open instances it
    names, replayed after the entries before it (an earlier extension may
    have moved them); [] for a unit that closes nothing. `entries`: this
    requirement's entries, with or without `entry` among them. For every
    extension of a ledger at once, `extension_dues`."""
    if not _closes(req, directory, entry.unit):
        return []
    if any(other is entry for other in entries):
        key = replay_key(entry)
        entries = [e for e in entries if e is not entry and replay_key(e) < key]
    obs = unit_obligations(req, info, directory, entries, calendar, entry.unit, entry.date)
    return [ob.due for ob in obs if extended(ob, entry) and ob.due is not None]


def extension_dues(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
) -> dict[int, list[dt.date]] | None:
    """`named_dues` of every `extend` entry among `entries` (this requirement's),
    by `id()` of the entry, in one replay instead of one per extension: the
    replay, in `replay_key` order, is told of each extension before it is
    applied (the entries before it, and only those, replayed). None where one
    replay cannot give the same answer, to be asked per entry: a `lasting`
    rule (whether a done entry counts depends on the day replayed to), an
    accountable unit split by a reorganisation (its obligations are replayed
    apart), or a replay the calendar cannot finish."""
    if any(rule.kind == "lasting" for rule in req.due):
        return None
    accountable: dict[str, str] = {}
    found_holders = holders(req, directory)
    if len({holder.unit for holder in found_holders}) != len(found_holders):
        return None
    for holder in found_holders:
        for unit in holder.members:
            accountable.setdefault(unit, holder.unit)
    found: dict[int, list[dt.date]] = {id(e): [] for e in entries if e.status == "extend"}
    if not found:
        return found

    def seen(unit: str, obligations: list[Obligation], entry: Entry) -> None:
        if accountable.get(entry.unit) == unit:
            named = [ob.due for ob in obligations if extended(ob, entry) and ob.due is not None]
            found[id(entry)].extend(named)

    ordered = sorted(entries, key=replay_key)
    try:
        requirement_obligations(
            req, info, directory, ordered, calendar, dt.date.max,
            in_replay_order=True, on_extend=seen,
        )  # fmt: skip
    except (UnknownYearError, BeyondDatesError):
        return None
    return found


def extension_not_later(entry: Entry, named: list[dt.date]) -> dt.date | None:
    """For an `extend` entry and the current due dates of the open instances
    it names (`named_dues`): the one it fails to move, when its `until` is
    not after any of them (the earliest); None when it moves one, or names
    none open. "Current": after the entries replayed before it (an earlier
    extension may have moved it)."""
    if entry.until is None:
        return None
    if not named or any(due < entry.until for due in named):
        return None
    return min(named)


def extension_after_due(entry: Entry, named: list[dt.date]) -> dt.date | None:
    """For an `extend` entry and the current due dates of the open instances
    it names (`named_dues`): the earliest that had already passed on the
    entry's date (an extension asked for after the work was due); None when
    it was recorded in time."""
    if entry.status != "extend":
        return None
    late = [due for due in named if due < entry.date]
    return min(late) if late else None


def expected_dates(info: PlanInfo) -> tuple[dt.date, dt.date]:
    """The days a progress entry of the plan is expected to be dated: from
    the day the plan took effect (`effective`, else its `start`: work done
    before belongs to no obligation of it) to the end of the year after the
    plan's end. Work due at the end of the plan year is often done, extended
    or reported in the next year (年度报告 by 31 January, late completions),
    so that year is expected; a date later than that is most likely a typo
    of the year (2028 for 2018)."""
    first = info.effective or info.start
    return first, dt.date(info.end.year + 1, 12, 31)


def closed_period(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    entry: Entry,
) -> str | None:
    """The period of the instance the done `entry` (one of `entries`, this
    requirement's) completes when every entry is replayed, as `status`
    replays them: what an entry without `period` is for. None when it
    completes none, or only an undated obligation."""
    for ob in requirement_obligations(req, info, directory, entries, calendar, dt.date.max):
        if ob.closed_by is entry:
            return ob.period
    return None


def repeated_dones(
    req: Requirement,
    info: PlanInfo,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
) -> dict[int, tuple[Entry, str]]:
    """The done entries that complete nothing because the instance they are
    for was already completed by an earlier done entry, by `id()` of the
    later entry: the earlier entry and the instance's period. "For": the
    instance its `period` names, else the one whose window holds its date.
    Entries that count towards an `at_least` instance, and standing duties
    (no date: every done is a record of the work), are never repeated.
    `entries` are this requirement's entries; the replay is the engine's
    (`obligations.py`): what closes what is decided there only."""
    if all(rule.kind in ("at_least", "lasting") for rule in req.due):
        # No instance to complete twice: a standing duty (no rule), an
        # at_least rule (counted), a lasting rule (qualifies a done entry).
        return {}
    closers = {unit for holder in holders(req, directory) for unit in holder.members}
    dones = [e for e in entries if e.status == "done" and e.unit in closers]
    if len(dones) < 2:
        return {}
    by_unit: dict[str, list[Obligation]] = {}
    closing: set[int] = set()
    # Every entry replayed: a publicity window still open counts once it has
    # lasted (`lasting_ok`), whenever that is.
    for ob in requirement_obligations(req, info, directory, entries, calendar, dt.date.max):
        if ob.rule is None:
            continue
        for unit in ob.members:
            by_unit.setdefault(unit, []).append(ob)
        if ob.closed_by is not None:
            closing.add(id(ob.closed_by))
    found: dict[int, tuple[Entry, str]] = {}
    for entry in dones:
        if id(entry) in closing:
            continue
        mine = by_unit.get(entry.unit, [])
        if entry.period is not None:
            targets = [ob for ob in mine if ob.period == entry.period]
        else:
            day = entry.date
            targets = [ob for ob in mine if ob.start and ob.due and ob.start <= day <= ob.due]
        if any(ob.rule is not None and ob.rule.kind == "at_least" for ob in targets):
            continue
        for ob in targets:
            first = ob.closed_by
            # On one day the replay applied the one that closed it first.
            if first is not None and first is not entry and first.date <= entry.date:
                found[id(entry)] = (first, ob.period or "")
                break
    return found
