"""Checks of what texts hold, wherever they are: invisible characters in
names and ids, personal data in what gets published."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from operator import attrgetter
from typing import TYPE_CHECKING

from zwgk.checks.issue import TASKS_PATH, UNITS_PATH, Issue
from zwgk.i18n import t
from zwgk.ledger.load import Ledger
from zwgk.model.chars import BIDI, ZERO_WIDTH
from zwgk.model.plan import Entry, evidence_texts

if TYPE_CHECKING:
    from zwgk.checks.entries import EntryContext

# Zero-width characters and bidi controls.
_INVISIBLE = re.compile(f"[{ZERO_WIDTH}{BIDI}]")


def invisible_characters(ledger: Ledger) -> Iterator[Issue]:
    """A name, alias or id holding a zero-width or bidi control character looks
    like another ("县教体局" and "县教体局\u200b") or shows in another order than
    it is compared in: what a reviewer reads is not what zwgk matches. (The
    entries' texts: `invisible_in_entry`.)"""
    directory = ledger.directory
    for unit in directory.units.values():
        yield from _invisible(UNITS_PATH, unit.line, (unit.name, unit.full_name, *unit.aliases))
    for group in directory.groups.values():
        yield from _invisible(UNITS_PATH, group.line, (group.name, *group.aliases, *group.members))
    for change in directory.changes:
        yield from _invisible(UNITS_PATH, change.line, (change.name, *change.old, change.new))
    plan = ledger.plan
    for part in plan.parts if plan else ():
        yield from _invisible(TASKS_PATH, part.line, (part.no, *(s.no for s in part.sections)))
    for task in plan.tasks if plan else ():
        yield from _invisible(TASKS_PATH, task.line, (task.part, task.section))
        for req in task.requirements:
            events = (rule.event for rule in req.due)
            yield from _invisible(TASKS_PATH, req.line, (req.id, *req.lead, *req.support, *events))


def invisible_in_entry(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    yield from _invisible(entry.path, entry.line, (entry.req, entry.period, entry.event))


def may_hold_invisible(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """All of `entries` if any holds an invisible character, else none: one
    look at all of them first, as a city ledger has a hundred thousand."""
    texts = [map(attrgetter(key), entries) for key in ("req", "period")]
    texts.append(map(attrgetter("event"), ctx.with_extras(entries)))  # most have none
    if any(_INVISIBLE.search("".join(filter(None, column))) for column in texts):
        return entries
    return []


def _invisible(path: str, line: int, texts: Iterable[str | None]) -> Iterator[Issue]:
    for text in texts:
        if text and _INVISIBLE.search(text):
            shown = _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
            yield Issue(path, line, t("check.invisible", text=shown), t("check.invisible_hint"))


def personal_data(ledger: Ledger) -> Iterator[Issue]:
    """Resident ID, mobile and bank card numbers in requirement texts (the
    entries' notes and evidence: `pii_in_entry`)."""
    from zwgk.engine.privacy import find

    for req in ledger.plan.requirements() if ledger.plan else ():
        for hit in find(req.text):
            yield Issue(
                TASKS_PATH,
                req.line,
                t("check.pii", kind=t(f"pii.{hit.kind}"), field="text", masked=hit.masked),
                t("check.pii_plan_hint"),
            )


def pii_in_entry(ctx: EntryContext, entry: Entry) -> Iterator[Issue]:
    """Personal data in an entry's notes and evidence. An entry with
    `pii_ok: reason` acknowledges a deliberate case."""
    from zwgk.engine.privacy import in_entry

    for field, hit in in_entry(entry):
        yield Issue(
            entry.path,
            entry.line,
            t("check.pii", kind=t(f"pii.{hit.kind}"), field=field, masked=hit.masked),
            t("check.pii_hint"),
        )


def may_hold_pii(ctx: EntryContext, entries: list[Entry]) -> list[Entry]:
    """The entries holding personal data, found with one search over all
    their texts (a look per entry cost 0.5 s on 100,000 entries)."""
    from zwgk.engine.privacy import in_entries

    hits = in_entries(entries, ctx.with_extras(entries), evidence_texts)
    found = {id(entry): entry for entry, _, _ in hits}  # entries do not hash
    return list(found.values())
