"""`zwgk record`: checking a new progress entry and appending it to its file.

Progress files are only ever appended to: the bytes already there stay as
they were (`yamlio.appended_item` says where the entry goes in an odd file),
and the new file is checked to read back as the old entries plus exactly the
new one before it replaces the old, locked and atomically (`ledgerwrite`).
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zwgk.engine.deadlines import event_instance
from zwgk.engine.obligations import (
    Obligation,
    holders,
    period_ids,
    requirement_obligations,
    window_shortfall,
)
from zwgk.errors import EXIT_DATA, ZwgkError, refused
from zwgk.i18n import t
from zwgk.ledger.append import rewrite, unparsable
from zwgk.ledger.calendar import unknown_year_error
from zwgk.ledger.layout import display_path, progress_path
from zwgk.ledger.load import Ledger, PlannedLedger
from zwgk.ledger.units import defunct_problem
from zwgk.ledger.yamlio import NoAppend, YamlSyntaxError, appended_item, dump_entry
from zwgk.model.calendar import UnknownYearError
from zwgk.model.plan import Requirement, Status


@dataclass(frozen=True)
class NewEntry:
    """What the clerk asked to record, before it is checked."""

    req: str
    unit: str
    """As typed: an id, a name or an alias."""
    status: Status
    date: dt.date
    period: str | None = None
    note: str | None = None
    evidence: tuple[str, ...] = ()
    event: str | None = None
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    until: dt.date | None = None
    approved_by: str | None = None
    by: str | None = None
    pii_ok: None = None
    """`record` never acknowledges personal data: a person writes `pii_ok:`."""


@dataclass(frozen=True)
class Recorded:
    path: Path
    shown: str
    entry: dict[str, Any]
    text: str
    unit: str
    warnings: tuple[str, ...]


def resolve_requirement(ledger: PlannedLedger, req_id: str) -> Requirement:
    req = ledger.plan.requirement(req_id.strip())
    if req is None:
        ids = [r.id for r in ledger.plan.requirements()]
        close = difflib.get_close_matches(req_id, ids, n=3, cutoff=0.6)
        hint = t("check.did_you_mean", choices="、".join(close)) if close else ""
        raise refused(t("check.unknown_req", req=req_id), hint or t("record.req_hint"))
    return req


def resolve_unit(ledger: Ledger, text: str) -> str:
    unit = ledger.directory.resolve_unit(text)
    if unit is None:
        close = ledger.directory.suggest(text)
        hint = t("check.did_you_mean", choices="、".join(close)) if close else t("record.unit_hint")
        raise refused(t("record.unknown_unit", unit=text), hint)
    return unit.id


def valid_periods(ledger: PlannedLedger, req: Requirement, unit: str, day: dt.date) -> list[str]:
    """Period ids an entry of `unit` dated `day` may name (see `period_ids`)."""
    entries = [e for e in ledger.entries if e.req == req.id]
    return period_ids(req, ledger.plan.info, ledger.directory, entries, ledger.calendar, unit, day)


def check(ledger: PlannedLedger, new: NewEntry) -> tuple[Requirement, str, list[str]]:
    """Refuse what validate would call an error; return the requirement, the
    unit id and warnings worth showing."""
    req = resolve_requirement(ledger, new.req)
    unit = resolve_unit(ledger, new.unit)
    directory = ledger.directory
    if unit not in directory.answerable((*req.lead, *req.support)):
        names = "、".join(directory.name(r) for r in req.lead)
        raise refused(
            t("check.not_responsible", unit=directory.name(unit), req=req.id),
            t("check.not_responsible_hint", leads=names),
        )
    warnings: list[str] = []
    if new.status == "event":
        events = [r.event for r in req.due if r.kind == "after" and r.event]
        if not new.event:
            raise refused(t("check.event_without_name"), t("check.event_without_name_hint"))
        if new.event not in events:
            hint = (
                t("check.known_events", events="、".join(events))
                if events
                else t("check.no_events", req=req.id)
            )
            raise refused(t("check.unknown_event", event=new.event, req=req.id), hint)
        _check_computable(ledger, req, new)
    if new.status == "extend" and new.until is None:
        raise refused(t("check.extend_without_until"), t("record.until_hint"))
    if new.until is not None and new.until <= new.date:
        raise refused(t("record.until_not_after", until=new.until, date=new.date))
    if new.to_date is not None and new.from_date is None:
        raise refused(t("check.to_without_from"), t("check.to_without_from_hint"))
    if new.from_date and new.to_date and new.to_date < new.from_date:
        raise refused(
            t("check.window_reversed", start=new.from_date, end=new.to_date),
            t("check.window_reversed_hint"),
        )
    if new.period is not None:
        periods = valid_periods(ledger, req, unit, new.date)
        if new.period not in periods:
            shown = "、".join(periods[:60]) + ("…" if len(periods) > 60 else "")
            hint = t("record.periods_hint", periods=shown) if periods else t("record.no_periods")
            raise refused(t("record.bad_period", period=new.period, req=req.id), hint)
    if new.status == "done":
        short = window_shortfall(req, new.from_date, new.to_date)
        if short:
            warnings.append(short)
    defunct = defunct_problem(directory, unit, new.date)
    if defunct is not None:
        warnings.append(t("record.defunct", message=defunct[0], hint=defunct[1]))
    if unit not in directory.answerable(req.lead):
        warnings.append(t("record.support_note", unit=directory.name(unit)))
    return req, unit, warnings


def _check_computable(ledger: Ledger, req: Requirement, new: NewEntry) -> None:
    """An event whose working-day deadline falls in a year no calendar knows
    would stop every `zwgk status`: refuse it until the year is added."""
    for rule in req.due:
        if rule.kind == "after" and rule.event == new.event:
            try:
                event_instance(rule, new.date, ledger.calendar)
            except UnknownYearError as exc:
                error = unknown_year_error(exc)
                raise ZwgkError(error.message, hint=error.hint, exit_code=EXIT_DATA) from None


def entry_mapping(new: NewEntry, req: Requirement) -> dict[str, Any]:
    """The entry in file order, leaving out what was not given."""
    out: dict[str, Any] = {"req": req.id, "date": new.date, "status": new.status}
    optional: list[tuple[str, Any]] = [
        ("period", new.period),
        ("event", new.event),
        ("from", new.from_date),
        ("to", new.to_date),
        ("until", new.until),
        ("note", new.note),
        ("evidence", list(new.evidence) or None),
        ("approved_by", new.approved_by),
        ("by", new.by),
    ]
    out.update((key, value) for key, value in optional if value is not None)
    return out


def record(ledger: PlannedLedger, new: NewEntry) -> Recorded:
    """Check `new` and append it to data/progress/YYYY/UNIT.yaml."""
    req, unit, warnings = check(ledger, new)
    entry = entry_mapping(new, req)
    text = dump_entry(entry)
    path = progress_path(ledger.root, unit, new.date)
    shown = display_path(ledger.root, path)
    rewrite(ledger.root, path, shown, lambda old: with_entry(old, text, shown))
    return Recorded(path, shown, entry, text, unit, tuple(warnings))


def with_entry(old: str, text: str, shown: str) -> str:
    """The progress file `old` with the entry `text` appended, checked to read
    back as its old entries plus exactly this one; refused otherwise."""
    try:
        new = appended_item(old, text, shown)
    except YamlSyntaxError as exc:
        raise unparsable(exc) from None
    if isinstance(new, NoAppend) and new.reason == "old-changes":
        raise refused(t("record.old_would_change", path=shown), t("record.old_would_change_hint"))
    if isinstance(new, NoAppend):
        raise refused(t("record.not_block_list", path=shown), t("record.not_block_list_hint"))
    return new


def obligations_after(
    ledger: PlannedLedger, req: Requirement, unit: str, as_of: dt.date
) -> list[Obligation]:
    """The obligations the recorded unit answers for (or supports), as of `as_of`."""
    entries = [e for e in ledger.entries if e.req == req.id]
    obs = requirement_obligations(
        req, ledger.plan.info, ledger.directory, entries, ledger.calendar, as_of
    )
    for holder in holders(req, ledger.directory):
        if unit in holder.members:
            return [ob for ob in obs if ob.unit == holder.unit]
    return obs
