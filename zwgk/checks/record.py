"""`zwgk record`, before anything is written: the entry it is about to write
goes through the same entry checks as `validate` (`registry.ENTRY_CHECKS`),
so the two cannot disagree. An error refuses it with that finding's message
and hint; warnings are said after it is written. Where a hint names a key of
the file, `record` says the option instead (`--until`, not `until:`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from zwgk.checks.entries import EntryContext
from zwgk.checks.issue import Issue
from zwgk.checks.registry import check_entry
from zwgk.engine.deadlines import BeyondDatesError
from zwgk.engine.newentry import closes_late, undated_done_targets
from zwgk.engine.publicity import window_met_on
from zwgk.errors import EXIT_DATA, ZwgkError, refused
from zwgk.i18n import t
from zwgk.ledger.layout import display_path, progress_path
from zwgk.ledger.load import PlannedLedger
from zwgk.ledger.record import NewEntry, resolve_requirement, resolve_unit
from zwgk.model.calendar import UnknownYearError
from zwgk.model.plan import Entry, Requirement

# The hints whose file wording names a key the command line gives as an
# option: by the issue's `remedy`, the message that says it for the command line.
_OPTION_HINTS = {
    "add-until": "record.until_hint",
    "later-until": "record.later_until_hint",
    "drop-period": "record.no_periods",
    "add-approval": "record.approval_hint",
    "add-approver": "record.approver_hint",
    "add-reason": "record.reason_hint",
    "past-date": "record.past_date_hint",
    "other-period": "record.other_period_hint",
    "check-date": "record.check_date_hint",
    "extension-date": "record.extension_date_hint",
    "drop-until": "record.drop_until_hint",
    "until-after-date": "record.until_after_date_hint",
}
# The same for a row of a filled 回执 (`collect`): the column to fill or
# clear. A request's approver is collect's own option, as record's.
_RECEIPT_HINTS = {
    **_OPTION_HINTS,
    "add-until": "record.receipt_until_hint",
    "later-until": "record.receipt_later_until_hint",
    "drop-period": "record.receipt_no_periods",
    "add-reason": "record.receipt_reason_hint",
    "past-date": "record.receipt_past_date_hint",
    "other-period": "record.receipt_other_period_hint",
    "check-date": "record.receipt_date_hint",
    "extension-date": "record.receipt_extension_date_hint",
    "drop-until": "record.receipt_drop_until_hint",
    "until-after-date": "record.receipt_until_after_date_hint",
}


def _option_hint(issue: Issue, receipt: bool = False) -> str:
    """The issue's hint as the clerk at the command line acts on it: the
    option to give or leave out (the 回执's column, for a `receipt` row),
    where `validate` names the file's key."""
    hints = _RECEIPT_HINTS if receipt else _OPTION_HINTS
    key = hints.get(issue.remedy) if issue.remedy is not None else None
    return t(key) if key is not None else issue.hint


@dataclass(frozen=True)
class Checked:
    """A new entry `validate` would accept: its requirement, its unit's id and
    the warnings worth showing."""

    req: Requirement
    unit: str
    warnings: tuple[str, ...]


def _other_year(ledger: PlannedLedger, req: Requirement, entry: Entry) -> ZwgkError:
    """An entry that would count for another plan year than the one read
    (`ledger/years.py`): recorded against this year's plan, it would be
    checked by one plan and counted by another. A late entry of this year's
    plan names its instance (a dated requirement only: an ongoing one simply
    goes on in the later year's plan)."""
    from zwgk.engine.deadlines import has_dated_rule
    from zwgk.ledger.years import year_of_entry

    year, other = ledger.plan.info.year, year_of_entry(ledger.years, entry)
    late = other > year and has_dated_rule(req.due)
    return refused(
        t("record.other_year", date=entry.date, other=other, year=year),
        t("record.other_year_late_hint" if late else "record.other_year_hint",
          other=other, year=year),
    )  # fmt: skip


def check_new_entry(
    ledger: PlannedLedger,
    new: NewEntry,
    as_of: dt.date | None = None,
    *,
    receipt: bool = False,
    approval_to_come: bool = False,
) -> Checked:
    """Resolve what the clerk typed and check the entry it makes, on `as_of`
    (today if None: no entry dated after it); refuse (exit 1) what `validate`
    would call an error. A `receipt` row (`collect`) is told what to change
    in the 回执, not which option; `approval_to_come`: a request checked as
    it will be recorded once approved (`EntryContext.approval_to_come`)."""
    req = resolve_requirement(ledger, new.req)
    unit = resolve_unit(ledger, new.unit, req)
    unread = unread_refusal(ledger, req, unit, new.date)
    if unread is not None:
        raise unread
    entry = Entry(
        req=req.id,
        date=new.date,
        status=new.status,
        unit=unit,
        path=display_path(ledger.root, progress_path(ledger.root, unit, new.date)),
        line=0,
        period=new.period,
        note=new.note,
        evidence=new.evidence,
        event=new.event,
        from_date=new.from_date,
        to_date=new.to_date,
        until=new.until,
        approved_by=new.approved_by,
        by=new.by,
        pii_ok=new.pii_ok,
    )
    if not ledger.for_plan([entry]):
        raise _other_year(ledger, req, entry)
    ctx = EntryContext.of(ledger, as_of)
    ctx.approval_to_come = approval_to_come
    found = check_entry(ctx, entry)
    for check, issue in found:
        if check.level == "error":
            raise refused(issue.message, _option_hint(issue, receipt))
    warnings = [
        t("record.warning", message=issue.message, hint=_option_hint(issue, receipt))
        for check, issue in found
        # Personal data: the command says it on stderr, naming the file.
        if check.id != "personal-data"
    ]
    directory = ledger.directory
    if unit not in directory.answerable(req.lead):
        warnings.append(t("record.support_note", unit=directory.name(unit)))
    if entry.status == "done":
        warnings.extend(_done_notes(ledger, req, entry, receipt))
    return Checked(req, unit, tuple(warnings))


def unread_refusal(
    ledger: PlannedLedger, req: Requirement, unit: str, day: dt.date
) -> ZwgkError | None:
    """Why an entry of `unit` for `req` cannot be checked (exit 1): a
    progress file of the unit, or of a unit whose entries count for the
    same obligations (`Obligation.sources`, as `status` leaves out what
    depends on them), cannot be read — done twice, a late extension and the
    status after it would be judged without its entries, and the unit's own
    file could not take the entry. The file is named with its fix (its
    first finding). None when nothing it needs is unread."""
    if not ledger.unread or unit not in ledger.directory.answerable((*req.lead, *req.support)):
        return None  # not responsible: the entry checks say so
    from zwgk.engine.obligations import unit_obligations

    needed = {unit}
    entries = [e for e in ledger.entries if e.req == req.id]
    try:
        obs = unit_obligations(req, ledger.plan.info, ledger.directory, entries, ledger.calendar,
                               unit, day)  # fmt: skip
    except (UnknownYearError, BeyondDatesError):
        obs = []
    for ob in obs:
        needed |= ob.sources
    target = display_path(ledger.root, progress_path(ledger.root, unit, day))
    found = [f for u, findings in ledger.unread.items() if u in needed for f in findings]
    if not found:
        return None
    # The file the entry goes to first, if it is one of them.
    first = min(found, key=lambda f: (f.path != target, f))
    message = t("record.unread", problem=first.message)
    return ZwgkError(message, hint=first.hint, path=first.path, line=first.line or None,
                     col=first.col or None, exit_code=EXIT_DATA)  # fmt: skip


def _done_notes(ledger: PlannedLedger, req: Requirement, entry: Entry, receipt: bool) -> list[str]:
    """What a done entry does that the clerk may not expect: a publicity
    window still open counts only once it has lasted; a named period whose
    due date is past closes late (and a monthly publication's period is the
    month it is published in: the previous month's data published now
    belongs to this month)."""
    notes = []
    met = window_met_on(req, entry.from_date, entry.to_date)
    if met is not None and met > entry.date:
        notes.append(t("record.window_counts_from", met=met))
    if entry.period is None:
        return notes
    entries = [e for e in ledger.entries if e.req == req.id]
    info, directory, calendar = ledger.plan.info, ledger.directory, ledger.calendar
    try:
        late = closes_late(req, info, directory, entries, calendar, entry)
        targets = undated_done_targets(req, info, directory, entries, calendar, entry.unit,
                                       entry.date)  # fmt: skip
    except (UnknownYearError, BeyondDatesError):
        return notes  # the status after it is written says why
    if late is None or late.due is None:
        return notes
    message = t("record.closes_late", period=entry.period, due=late.due, date=entry.date)
    current = next((ob for ob in targets if ob.rule is late.rule and ob.start and ob.due
                    and ob.start <= entry.date <= ob.due), None)  # fmt: skip
    if late.rule is not None and late.rule.kind == "every" and current is not None:
        key = "record.receipt_publication_period" if receipt else "record.publication_period"
        hint = t(key, date=entry.date, current=current.period)
        notes.append(t("record.warning", message=message, hint=hint))
    else:
        notes.append(message)
    return notes


def undated_periods(ledger: PlannedLedger, new: NewEntry, checked: Checked) -> list[str]:
    """The periods a done entry without `--period` could be meant for, when
    there is more than one (23.1: this month's air quality or this quarter's
    water): the engine would close the first (`undated_done_targets`), but
    the clerk knows which it was. [] when it is not ambiguous."""
    if new.status != "done" or new.period is not None:
        return []
    req = checked.req
    entries = [e for e in ledger.entries if e.req == req.id]
    try:
        targets = undated_done_targets(req, ledger.plan.info, ledger.directory, entries,
                                       ledger.calendar, checked.unit, new.date)  # fmt: skip
    except (UnknownYearError, BeyondDatesError):
        return []
    periods = [ob.period for ob in targets if ob.period is not None]
    return periods if len(periods) > 1 else []


def ambiguous_period(req: Requirement, periods: list[str]) -> ZwgkError:
    """Refused off a terminal: which instance it completes is the clerk's to
    say, and a script must say it to get the same result every time."""
    shown = "、".join(periods)
    return refused(
        t("record.which_period", req=req.id, periods=shown),
        t("record.which_period_hint", periods=shown),
    )
