"""`zwgk record`, before anything is written: the entry it is about to write
goes through the same entry checks as `validate` (`registry.ENTRY_CHECKS`),
so the two cannot disagree. An error refuses it with that finding's message
and hint; warnings are said after it is written. Where a hint names a key of
the file, `record` says the option instead (`--until`, not `until:`).
"""

from __future__ import annotations

from dataclasses import dataclass

from zwgk.checks.entries import EntryContext
from zwgk.checks.issue import Issue
from zwgk.checks.registry import check_entry
from zwgk.errors import refused
from zwgk.i18n import t
from zwgk.ledger.layout import display_path, progress_path
from zwgk.ledger.load import PlannedLedger
from zwgk.ledger.record import NewEntry, resolve_requirement, resolve_unit
from zwgk.model.plan import Entry, Requirement

# The hints whose file wording names a key the command line gives as an
# option: by the issue's `remedy`, the message that says it for the command line.
_OPTION_HINTS = {
    "add-until": "record.until_hint",
    "drop-period": "record.no_periods",
}


def _option_hint(issue: Issue) -> str:
    """The issue's hint as the clerk at the command line acts on it: the
    option to give or leave out, where `validate` names the file's key."""
    key = _OPTION_HINTS.get(issue.remedy) if issue.remedy is not None else None
    return t(key) if key is not None else issue.hint


@dataclass(frozen=True)
class Checked:
    """A new entry `validate` would accept: its requirement, its unit's id and
    the warnings worth showing."""

    req: Requirement
    unit: str
    warnings: tuple[str, ...]


def check_new_entry(ledger: PlannedLedger, new: NewEntry) -> Checked:
    """Resolve what the clerk typed and check the entry it makes; refuse
    (exit 1) what `validate` would call an error."""
    req = resolve_requirement(ledger, new.req)
    unit = resolve_unit(ledger, new.unit)
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
    found = check_entry(EntryContext.of(ledger), entry)
    for check, issue in found:
        if check.level == "error":
            raise refused(issue.message, _option_hint(issue))
    warnings = [
        t("record.warning", message=issue.message, hint=_option_hint(issue))
        for check, issue in found
        # Personal data: the command says it on stderr, naming the file.
        if check.id != "personal-data"
    ]
    directory = ledger.directory
    if unit not in directory.answerable(req.lead):
        warnings.append(t("record.support_note", unit=directory.name(unit)))
    return Checked(req, unit, tuple(warnings))
