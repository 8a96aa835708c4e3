"""Checks of one progress entry, run by `validate` on every entry read and by
`record` on the entry it is about to write (`checks/record.py`): one rule,
one answer, whichever command asks.

Each check takes an `EntryContext` (what it looks up, built once per ledger)
and the entry, and yields `Issue`s. A hint is worded for the file; where the
command line would say it otherwise (an option for a key), the issue names
its `remedy` and `record` words it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress, groupby
from operator import attrgetter

from zwgk.checks.issue import Issue
from zwgk.engine.deadlines import BeyondDatesError, event_instance
from zwgk.engine.newentry import (
    PeriodIds,
    expected_dates,
    extension_after_due,
    extension_dues,
    extension_not_later,
    named_dues,
    repeated_dones,
)
from zwgk.engine.publicity import Shortfall, window_shortfall
from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.calendar import unknown_year_error
from zwgk.ledger.load import Ledger
from zwgk.ledger.units import defunct_problem
from zwgk.model.calendar import UnknownYearError, WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.plan import NEEDS_APPROVAL, Entry, Plan, Requirement, having_extras
from zwgk.model.values import small_int

# The sifts below look at a hundred thousand entries with C-level loops
# (`map` of an attribute getter, `compress`): one Python step per entry
# costs more than what they save.
_REQ = attrgetter("req")
_UNIT = attrgetter("unit")
_DATE = attrgetter("date")
_PATH = attrgetter("path")


@dataclass
class EntryContext:
    """What the entry checks look up: the plan, units, calendar and the
    entries already in the ledger; lookups are built once and kept."""

    plan: Plan | None
    directory: Directory
    calendar: WorkCalendar
    entries: list[Entry]
    as_of: dt.date = field(default_factory=dt.date.today)
    """The day the entries are checked on: none may be dated after it."""
    approval_to_come: bool = False
    """A request checked before anyone approved it (`collect` without
    `--approved-by`): it is checked as it will be recorded once approved, the
    missing approver set aside, every other finding kept."""
    all_read: bool = False
    """Every entry checked is one of `entries` (`validate`), never a new one
    (`record`): nothing need tell them apart."""
    reqs: dict[str, Requirement] = field(init=False)
    _answerable: dict[str, frozenset[str]] = field(default_factory=dict, init=False)
    _by_req: dict[str, list[Entry]] | None = field(default=None, init=False)
    _years: dict[str, int | None] = field(default_factory=dict, init=False)
    _repeated: dict[str, dict[int, tuple[Entry, str]]] = field(default_factory=dict, init=False)
    _extension_dues: dict[str, dict[int, list[dt.date]] | None] = field(
        default_factory=dict, init=False
    )
    _read: set[int] | None = field(default=None, init=False)
    _period_ids: dict[str, PeriodIds] = field(default_factory=dict, init=False)
    _named_dues: dict[int, list[dt.date]] = field(default_factory=dict, init=False)
    _with_extras: tuple[list[Entry], list[Entry]] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.reqs = {r.id: r for r in self.plan.requirements()} if self.plan else {}

    @classmethod
    def of(cls, ledger: Ledger, as_of: dt.date | None = None) -> EntryContext:
        """The context of `ledger`'s entries, checked on `as_of` (today if None)."""
        ctx = cls(ledger.plan, ledger.directory, ledger.calendar, ledger.entries)
        if as_of is not None:
            ctx.as_of = as_of
        return ctx

    def answerable(self, req: Requirement) -> frozenset[str]:
        """The units that lead or support `req`: who may record for it."""
        found = self._answerable.get(req.id)
        if found is None:
            found = frozenset(self.directory.answerable((*req.lead, *req.support)))
            self._answerable[req.id] = found
        return found

    def with_extras(self, entries: list[Entry]) -> list[Entry]:
        """`plan.having_extras` of `entries`, kept for the last list asked
        about (the sifts of one run ask of the same list)."""
        kept = self._with_extras
        if kept is None or kept[0] is not entries:
            kept = self._with_extras = (entries, having_extras(entries))
        return kept[1]

    def is_read(self, entry: Entry) -> bool:
        """Whether `entry` is one of the ledger's `entries`, not a new one."""
        if self.all_read:
            return True
        if self._read is None:
            self._read = set(map(id, self.entries))
        return id(entry) in self._read

    def entries_of(self, req_id: str) -> list[Entry]:
        """The ledger's entries of one requirement, in the order they were read."""
        if self._by_req is None:
            by_req: dict[str, list[Entry]] = {}
            for found, entry in zip(map(_REQ, self.entries), self.entries, strict=True):
                mine = by_req.get(found)
                if mine is None:
                    by_req[found] = [entry]
                else:
                    mine.append(entry)
            self._by_req = by_req
        return self._by_req.get(req_id, [])

    def repeated_dones(self, req: Requirement, entry: Entry) -> dict[int, tuple[Entry, str]]:
        """`newentry.repeated_dones` of `req`'s entries, with `entry` among
        them (a new entry `record` is about to write is not; its answer is
        not kept)."""
        if self.is_read(entry):
            return self.repeated_in_ledger(req)
        assert self.plan is not None
        entries = [*self.entries_of(req.id), entry]
        return repeated_dones(req, self.plan.info, self.directory, entries, self.calendar)

    def repeated_in_ledger(self, req: Requirement) -> dict[int, tuple[Entry, str]]:
        """`newentry.repeated_dones` of the ledger's entries of `req`, kept."""
        assert self.plan is not None
        found = self._repeated.get(req.id)
        if found is None:
            found = self._repeated[req.id] = repeated_dones(
                req, self.plan.info, self.directory, self.entries_of(req.id), self.calendar
            )
        return found

    def named_dues(self, req: Requirement, entry: Entry) -> list[dt.date]:
        """`newentry.named_dues` of an extension among `req`'s entries: for
        the ledger's own, from one replay of the requirement, kept
        (`newentry.extension_dues`); asked apart for a new entry `record` is
        about to write, or where one replay cannot answer."""
        assert self.plan is not None
        entries = self.entries_of(req.id)
        if self.is_read(entry):
            if req.id not in self._extension_dues:
                self._extension_dues[req.id] = extension_dues(
                    req, self.plan.info, self.directory, entries, self.calendar
                )
            found = self._extension_dues[req.id]
            if found is not None and id(entry) in found:
                return found[id(entry)]
            # Asked apart, once: two checks (extension-not-later, late-extension) ask.
            dues = self._named_dues.get(id(entry))
            if dues is None:
                dues = self._named_dues[id(entry)] = named_dues(
                    req, self.plan.info, self.directory, entries, self.calendar, entry
                )
            return dues
        return named_dues(req, self.plan.info, self.directory, entries, self.calendar, entry)

    def period_ids(self, req: Requirement, unit: str, up_to: dt.date) -> list[str]:
        """`newentry.period_ids` among the ledger's entries of `req`: the
        requirement's instances and events found once, kept."""
        assert self.plan is not None
        found = self._period_ids.get(req.id)
        if found is None:
            found = self._period_ids[req.id] = PeriodIds(
                req, self.plan.info, self.directory, self.entries_of(req.id), self.calendar
            )
        return found.of(unit, up_to)

    def folder_year(self, path: str) -> int | None:
        """The year folder `path` is filed under (None when it names none)."""
        year = self._years.get(path, -1)
        if year == -1:
            folder = path.split("/")[-2] if "/" in path else ""
            year = self._years[path] = small_int(folder)
        return year


def unknown_requirement(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    if ctx.plan is not None and entry.req not in ctx.reqs:
        yield Issue(
            entry.path,
            entry.line,
            t("plan.unknown_req", req=entry.req),
            t("check.unknown_req_hint"),
        )


def naming_unknown_requirements(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The entries whose requirement the plan lacks (a sift: see `EntryCheck`)."""
    if ctx.plan is None or set(map(_REQ, entries)) <= ctx.reqs.keys():
        return []
    return [entry for entry in entries if entry.req not in ctx.reqs]


def recorded_by_others(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The entries of a known unit that neither leads nor supports their
    known requirement (a sift): judged once per (requirement, unit) pair."""
    others = set()
    for req_id, unit in set(_pairs(entries)):
        req = ctx.reqs.get(req_id)
        if req is not None and unit in ctx.directory.units and unit not in ctx.answerable(req):
            others.add((req_id, unit))
    return list(compress(entries, map(others.__contains__, _pairs(entries)))) if others else []


def _pairs(entries: list[Entry]) -> Iterator[tuple[str, str]]:
    """(requirement, unit) of each entry, made as asked and let go: a list of
    a million of them is 60 MB."""
    return zip(map(_REQ, entries), map(_UNIT, entries), strict=True)


def not_responsible(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    req = ctx.reqs.get(entry.req)
    directory = ctx.directory
    if req is None or entry.unit not in directory.units:
        return
    if entry.unit not in ctx.answerable(req):
        names = "、".join(directory.name(r) for r in req.lead)
        yield Issue(
            entry.path,
            entry.line,
            t("check.not_responsible", unit=directory.name(entry.unit), req=req.id),
            t("check.not_responsible_hint", leads=names),
        )


def after_reorganisations(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """All entries when units.yaml records changes, else none."""
    return entries if ctx.directory.changes else []


def defunct_unit(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """An entry dated after its unit was renamed or merged away (or before a
    reorganisation created it): history is kept, but the work belongs to the
    unit that existed that day."""
    if not ctx.directory.changes:
        return
    found = defunct_problem(ctx.directory, entry.unit, entry.date)
    if found is not None:
        yield Issue(entry.path, entry.line, *found)


def events(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The event entries (a sift: see `EntryCheck`)."""
    return [entry for entry in entries if entry.status == "event"]


def event_without_name(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    if entry.status == "event" and not entry.event:
        yield Issue(
            entry.path,
            entry.line,
            t("check.event_without_name"),
            t("check.event_without_name_hint"),
        )


def naming_an_event(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    return [entry for entry in ctx.with_extras(entries) if entry.event]


def unknown_event(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    if not entry.event:
        return
    req = ctx.reqs.get(entry.req)
    if req is None:
        return
    events = [r.event for r in req.due if r.kind == "after" and r.event]
    if entry.event not in events:
        hint = (
            t("check.known_events", events="、".join(events))
            if events
            else t("check.no_events", req=req.id)
        )
        yield Issue(
            entry.path,
            entry.line,
            t("check.unknown_event", event=entry.event, req=req.id),
            hint,
        )


def beyond_dates_error(exc: BeyondDatesError) -> ZwgkError:
    """The due date past 9999-12-31, and the day to check for a typo (exit 2:
    nothing can be computed). The one wording: `validate`'s finding and the
    command line's error handler."""
    duration = t(f"duration.{exc.duration.unit}", n=exc.duration.n)
    return ZwgkError(
        t("deadlines.beyond_dates", day=exc.day, duration=duration),
        hint=t("deadlines.beyond_dates_hint", day=exc.day),
        exit_code=EXIT_USAGE,
    )


def event_year(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """An event whose working-day deadline falls in a year no calendar source
    knows, or after 9999-12-31, would stop every `zwgk status`."""
    if entry.status != "event":
        return
    req = ctx.reqs.get(entry.req)
    if req is None:
        return
    for rule in req.due:
        if rule.kind == "after" and rule.event == entry.event:
            try:
                event_instance(rule, entry.date, ctx.calendar)
            except UnknownYearError as exc:
                error = unknown_year_error(exc)
                yield Issue(entry.path, entry.line, error.message, error.hint)
            except BeyondDatesError as exc:
                error = beyond_dates_error(exc)
                yield Issue(entry.path, entry.line, error.message, error.hint)


def with_dates_to_check(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """Extensions, and entries with an `until` or a `to`."""
    extend = [e for e in entries if e.status == "extend"]
    dated = {id(e) for e in ctx.with_extras(entries) if e.until or e.to_date}
    if not dated:
        return extend
    dated.update(map(id, extend))  # in the order of `entries`, as ever
    return list(compress(entries, map(dated.__contains__, map(id, entries))))


def entry_fields(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """Fields a status needs, and dates that cannot be."""
    if entry.status == "extend" and entry.until is None:
        yield Issue(
            entry.path,
            entry.line,
            t("check.extend_without_until"),
            t("check.extend_without_until_hint"),
            remedy="add-until",
        )
    # ledger/fields.py: until is "the new due date of an extension"; on any
    # other entry it moves nothing (`record` refuses --until without --extend).
    if entry.until is not None and entry.status != "extend":
        yield Issue(
            entry.path,
            entry.line,
            t("check.until_not_extend", status=t(f"entry.{entry.status}")),
            t("check.until_not_extend_hint"),
            remedy="drop-until",
        )
    # DESIGN.md: "`extend` moves the due date of its open instances to
    # `until`" — an extension granted on `date` to a day not after it moves
    # nothing forward: a typo for the real day.
    if entry.until is not None and entry.until <= entry.date:
        yield Issue(
            entry.path,
            entry.line,
            t("check.until_not_after", until=entry.until, date=entry.date),
            t("check.until_not_after_hint"),
            remedy="until-after-date",
        )
    if entry.from_date and entry.to_date and entry.to_date < entry.from_date:
        yield Issue(
            entry.path,
            entry.line,
            t("check.window_reversed", start=entry.from_date, end=entry.to_date),
            t("check.window_reversed_hint"),
        )
    if entry.to_date and not entry.from_date:
        yield Issue(
            entry.path, entry.line, t("check.to_without_from"), t("check.to_without_from_hint")
        )


def extensions(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """Extensions that give an `until` (a sift: see `EntryCheck`)."""
    return [e for e in ctx.with_extras(entries) if e.status == "extend" and e.until is not None]


def until_not_later(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """An extension must move a due date later: an `until` not after the
    current due date of the instances it names would be silently ignored."""
    due = _extension_due(ctx, entry, extension_not_later)
    if due is not None:
        assert entry.until is not None  # _extension_due answers only for one
        message = (
            t("check.extension_not_later_period", until=entry.until, period=entry.period, due=due)
            if entry.period
            else t("check.extension_not_later", until=entry.until, due=due)
        )
        hint = t("check.extension_not_later_hint")
        yield Issue(entry.path, entry.line, message, hint, remedy="later-until")


def _extension_due(
    ctx: EntryContext, entry: Entry, rule: Callable[[Entry, list[dt.date]], dt.date | None]
) -> dt.date | None:
    """What an engine rule about an extension (`extension_not_later`,
    `extension_after_due`) says of `entry`, replayed among its requirement's
    entries; None for what is no extension that moves anything, and where
    the calendar cannot say (entry-fields and calendar-year report those)."""
    if entry.status != "extend" or entry.until is None or ctx.plan is None:
        return None
    if entry.until <= entry.date:
        return None  # reported by entry-fields: it moves nothing
    req = ctx.reqs.get(entry.req)
    if req is None:
        return None
    try:
        return rule(entry, ctx.named_dues(req, entry))
    except (UnknownYearError, BeyondDatesError):
        return None  # reported by calendar-year


def filed_in_other_years(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The entries of each file (one run of entries) when some are dated
    outside the year its folder names (a sift)."""
    kept: list[Entry] = []
    for path, run in groupby(entries, _PATH):
        mine = list(run)
        year = ctx.folder_year(path)
        if year is not None and not (
            min(map(_DATE, mine)).year == year == max(map(_DATE, mine)).year
        ):
            kept += mine
    return kept


def wrong_year(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """One file per unit per year, by entry date: a 2019 entry in 2018/ is misfiled."""
    year = ctx.folder_year(entry.path)
    if year is not None and year != entry.date.year:
        yield Issue(
            entry.path,
            entry.line,
            t("check.wrong_year", date=entry.date, folder=str(year)),
            t("check.wrong_year_hint", year=entry.date.year, unit=entry.unit),
        )


def done_under_lasting_rules(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """Done entries of requirements with a `lasting` rule."""
    lasting = {rid for rid, req in ctx.reqs.items() if any(r.kind == "lasting" for r in req.due)}
    return [e for e in entries if e.status == "done" and e.req in lasting]


def short_window(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """A done entry whose publicity window is shorter than a `lasting` rule
    asks (公示时间不少于10天) does not complete anything: say so."""
    if entry.status != "done":
        return
    req = ctx.reqs.get(entry.req)
    if req is None:
        return
    short = window_shortfall(req, entry.from_date, entry.to_date)
    if short is not None:
        message = shortfall_words(req, short)
        yield Issue(entry.path, entry.line, message, t("check.short_window_hint"))


def shortfall_words(req: Requirement, short: Shortfall) -> str:
    if short.need is None:
        return t("check.long_term_window", req=req.id)
    return t("check.short_window", req=req.id, days=short.days, need=short.need)


def naming_a_period(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    return [entry for entry in entries if entry.period is not None]


def unknown_period(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """An entry's `period` must name an instance of its requirement's rules, or
    an event already recorded: otherwise it silently counts for nothing."""
    if entry.period is None or entry.status == "event" or ctx.plan is None:
        return
    req = ctx.reqs.get(entry.req)
    if req is None:
        return
    if entry.unit not in ctx.answerable(req):
        return  # reported by not-responsible
    try:
        ids = ctx.period_ids(req, entry.unit, entry.date)
    except UnknownYearError:
        return  # reported by calendar-year
    if entry.period not in ids:
        message = t("record.bad_period", period=entry.period, req=req.id)
        if not ids:
            hint = t("check.no_periods")
            yield Issue(entry.path, entry.line, message, hint, remedy="drop-period")
            return
        shown = "、".join(ids[:60]) + ("…" if len(ids) > 60 else "")
        yield Issue(entry.path, entry.line, message, t("record.periods_hint", periods=shown))


def exemptions_and_extensions(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if e.status in NEEDS_APPROVAL]


# Which of the two is missing: the message, the hint for the file, and the
# remedy `record` words as its options (`checks/record.py`).
_APPROVAL: dict[tuple[bool, bool], tuple[str, str, str]] = {
    (True, True): ("check.missing_approval", "check.missing_approval_hint", "add-approval"),
    (True, False): ("check.missing_approver", "check.missing_approver_hint", "add-approver"),
    (False, True): ("check.missing_reason", "check.missing_reason_hint", "add-reason"),
}


def missing_approval(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """Issue 14: "`exempt` and `extend` need `approved_by` and a `note` (the
    reason)": a unit does not excuse or extend itself, and the reason is what
    a review reads."""
    if entry.status not in NEEDS_APPROVAL:
        return
    no_approver = not ctx.approval_to_come and not (entry.approved_by or "").strip()
    no_note = not (entry.note or "").strip()
    if not (no_approver or no_note):
        return
    message, hint, remedy = _APPROVAL[no_approver, no_note]
    status = t(f"entry.{entry.status}")
    yield Issue(entry.path, entry.line, t(message, status=status), t(hint), remedy=remedy)


def late_extension(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """An extension recorded after the due date it moves (延期申请晚于到期日):
    the work was already overdue when it was granted."""
    due = _extension_due(ctx, entry, extension_after_due)
    if due is not None:
        yield Issue(
            entry.path,
            entry.line,
            t("check.late_extension", date=entry.date, due=due),
            t("check.late_extension_hint"),
            remedy="extension-date",
        )


def dated_after(day: dt.date, as_of: dt.date) -> str | None:
    """Why an entry dated `day` cannot stand on `as_of` (today, or
    `--as-of`): what is recorded has happened. None when it can. The one
    rule of the `future-date` check and of `record`'s date question."""
    if not _after(day, as_of):
        return None
    key = "check.future_date" if as_of == dt.date.today() else "check.after_as_of"
    return t(key, date=day, as_of=as_of)


def dated_later(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The entries dated after the day they are checked on (a sift)."""
    return list(compress(entries, map(ctx.as_of.__lt__, map(_DATE, entries))))


def future_date(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """What is recorded has happened: an entry dated after the day it is
    checked on (today, or `--as-of`) is a typo or a promise."""
    message = dated_after(entry.date, ctx.as_of)
    if message is not None:
        yield Issue(
            entry.path, entry.line, message, t("check.future_date_hint"), remedy="past-date"
        )


def _after(day: dt.date, as_of: dt.date) -> bool:
    return day > as_of


def _in_future(ctx: EntryContext, entry: Entry) -> bool:
    return _after(entry.date, ctx.as_of)


def outside_plan_dates(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """Entries dated outside the plan's dates, but not after the day they are
    checked on: that is `future_date`'s error, and says all there is to say."""
    if ctx.plan is None or not entries:
        return []
    first, last = expected_dates(ctx.plan.info)
    if first <= min(map(_DATE, entries)) and max(map(_DATE, entries)) <= last:
        return []  # the common case, without a Python step per entry
    return [e for e in entries if (e.date < first or e.date > last) and not _in_future(ctx, e)]


def date_outside_plan(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """An entry dated before the plan took effect, or long after it ended
    (`newentry.expected_dates`: after the end of the year following it).
    An entry dated in the future is `future_date`'s error alone."""
    if ctx.plan is None or _in_future(ctx, entry):
        return
    info = ctx.plan.info
    first, last = expected_dates(info)
    if entry.date < first:
        key = "check.before_plan_effective" if info.effective else "check.before_plan_start"
        yield Issue(
            entry.path,
            entry.line,
            t(key, date=entry.date, first=first),
            t("check.date_outside_plan_hint"),
            remedy="check-date",
        )
    elif entry.date > last:
        yield Issue(
            entry.path,
            entry.line,
            t("check.long_after_plan", date=entry.date, end=info.end, last=last),
            t("check.date_outside_plan_hint"),
            remedy="check-date",
        )


def repeated(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The repeated done entries themselves (a sift: the replay is done once
    per requirement, not once per entry); every done entry of a requirement
    whose replay stops on a calendar gap, for `done_twice` to pass over."""
    if ctx.plan is None:
        return []
    found: set[int] = set()
    for req_id in set(map(_REQ, entries)):  # a requirement without a done finds none
        req = ctx.reqs.get(req_id)
        if req is None:
            continue
        try:
            found.update(ctx.repeated_in_ledger(req))
        except (UnknownYearError, BeyondDatesError):
            found.update(id(e) for e in ctx.entries_of(req_id) if e.status == "done")
    return list(compress(entries, map(found.__contains__, map(id, entries)))) if found else []


def done_twice(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """A second done for an instance an earlier done entry already completed
    completes nothing: name the first, so the clerk sees which to keep (or
    which period the second was meant for)."""
    if entry.status != "done" or ctx.plan is None:
        return
    req = ctx.reqs.get(entry.req)
    if req is None:
        return
    try:
        found = ctx.repeated_dones(req, entry).get(id(entry))
    except (UnknownYearError, BeyondDatesError):
        return  # reported by calendar-year
    if found is not None:
        first, period = found
        yield Issue(
            entry.path,
            entry.line,
            t(
                "check.done_twice",
                period=period,
                path=first.path,
                line=first.line,
                date=first.date,
            ),
            t("check.done_twice_hint"),
            remedy="other-period",
        )
