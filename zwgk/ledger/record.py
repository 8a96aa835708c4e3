"""`zwgk record`: resolving what the clerk typed, and appending the new
progress entry to its file (checked first by `checks/record.py`, which runs
`validate`'s entry checks on it).

Progress files are only ever appended to: the bytes already there stay as
they were (`yamlio.appended_item` says where the entry goes in an odd file,
and the one header it may touch: a final `|` block without a final line
break, as Notepad saves it, becomes `|-` so that its text stays the same),
and the new file is checked to read back as the old entries plus exactly the
new one before it replaces the old, locked and atomically (`append.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zwgk.errors import EXIT_USAGE, ZwgkError, refused
from zwgk.i18n import t
from zwgk.ledger.append import rewrite, unparsable
from zwgk.ledger.layout import display_path, progress_path
from zwgk.ledger.load import PlannedLedger
from zwgk.ledger.suggest import did_you_mean
from zwgk.ledger.yamlio import NoAppend, YamlSyntaxError, appended_item, dump_entry
from zwgk.model.plan import Entry, Plan, Requirement, Status, typed_id
from zwgk.model.suggest import close_matches


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


def resolve_requirement(ledger: PlannedLedger, req_id: str) -> Requirement:
    """The requirement `req_id` names as typed (21.1, 21．1); refused with a
    "did you mean" otherwise."""
    req = ledger.plan.typed_requirement(req_id)
    if req is None:
        raise unknown_requirement(ledger.plan, req_id)
    return req


def unknown_requirement(plan: Plan, req_id: str) -> ZwgkError:
    """A requirement id typed on the command line that the plan does not
    have (`record 21.10`, `log 21.10`, `show 21.10` alike): a bad argument,
    exit 2 as for every other, with the ids close to it."""
    close = close_matches(typed_id(req_id), (r.id for r in plan.requirements()))
    hint = did_you_mean(close, t("record.req_hint"))
    return ZwgkError(t("plan.unknown_req", req=req_id), hint=hint, exit_code=EXIT_USAGE)


def resolve_unit(ledger: PlannedLedger, text: str, req: Requirement | None = None) -> str:
    """The id of the unit `text` names (id, name or alias); refused (exit 2,
    a bad argument, as `status --unit` says it) otherwise. A group (各镇（街道）)
    is no unit: an entry is one unit's, so its members are suggested (those
    responsible for `req`, when given)."""
    directory = ledger.directory
    unit = directory.resolve_unit(text)
    if unit is not None:
        return unit.id
    ref = directory.resolve(text)
    if ref is not None and ref in directory.groups:
        members = list(directory.expand(ref))
        if req is not None:
            responsible = directory.answerable((*req.lead, *req.support))
            members = [u for u in members if u in responsible] or list(responsible)
        labels = [f"{directory.name(u)} ({u})" for u in members[:3]]
        hint = did_you_mean(labels, t("record.unit_hint"))
        message = t("record.group_not_unit", group=directory.name(ref))
        raise ZwgkError(message, hint=hint, exit_code=EXIT_USAGE)
    hint = did_you_mean(directory.suggest(text), t("record.unit_hint"))
    raise ZwgkError(t("record.unknown_unit", unit=text), hint=hint, exit_code=EXIT_USAGE)


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


def append_entry(
    root: Path,
    new: NewEntry,
    req: Requirement,
    unit: str,
    there: Callable[[list[Entry]], bool] | None = None,
) -> Recorded:
    """Append `new` (checked: `checks/record.py`) to data/progress/YYYY/UNIT.yaml.
    `there`: whether the file's entries, read again under its lock, hold
    `new` already (another clerk wrote it meanwhile): AlreadyThere, nothing
    written."""
    entry = entry_mapping(new, req)
    text = dump_entry(entry)
    path = progress_path(root, unit, new.date)
    shown = display_path(root, path)

    def change(old: str) -> str:
        if there is not None and there(file_entries(old, shown, unit)):
            raise AlreadyThere(shown)
        return with_entry(old, text, shown)

    rewrite(root, path, shown, change)
    return Recorded(path, shown, entry, text, unit)


class AlreadyThere(Exception):
    """The entry to append is in its file already (`append_entry`'s `there`)."""


def file_entries(text: str, shown: str, unit: str) -> list[Entry]:
    """The entries of a progress file's text, read as `load` reads them (a
    file that cannot be read is refused by `with_entry`: [] here)."""
    from zwgk.ledger.progress import fast_read, read_entries
    from zwgk.ledger.yamlio import parse

    quick = fast_read(text, shown, unit)
    if quick is not None:
        return quick
    try:
        data, _ = parse(text, shown)
    except YamlSyntaxError:
        return []
    return read_entries(data, shown, unit)[0]


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
