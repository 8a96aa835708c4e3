"""`zwgk validate`: the one registry of every finding code, and the checks.

Every code a finding can carry is listed in `CODES` with its level and
subject, whoever emits it: the readers (syntax and shape problems found
while the files are read, `ledger/`), the checks of meaning here (`plan.py`,
`units.py`, `entries.py`, `text.py`) and `zwgk validate --authors`
(`review/owners.py`). The README's table and a test are checked against it.

A check has a code and a function yielding `Issue`s; its level is the
code's. Adding a check is adding one function, one line to `CODES` and one
to `CHECKS` (or `ENTRY_CHECKS` for a check of one progress entry, which
`record` runs too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Literal, NamedTuple

from zwgk.checks import entries, plan, text, units
from zwgk.checks.cap import cap_findings
from zwgk.checks.entries import EntryContext
from zwgk.checks.issue import Check, EntryCheck, Issue, finding
from zwgk.ledger.load import Ledger
from zwgk.model.findings import Finding, Level, sort_findings
from zwgk.model.plan import Entry

Subject = Literal["reading", "plan", "units", "entries", "text", "review"]


class Code(NamedTuple):
    level: Level
    subject: Subject
    """`reading`: found by the readers while the files are read; `review`:
    by `zwgk changed`; the others: by the checks of that module."""


CODES: dict[str, Code] = {
    # --- the readers (ledger/): syntax and shape
    "syntax": Code("error", "reading"),
    "symlink": Code("error", "reading"),
    "ignored-file": Code("error", "reading"),
    "missing-file": Code("error", "reading"),
    "unknown-key": Code("error", "reading"),
    "missing-field": Code("error", "reading"),
    "wrong-type": Code("error", "reading"),
    "bad-value": Code("error", "reading"),
    "bad-date": Code("error", "reading"),
    "duplicate-key": Code("error", "reading"),
    "non-string-id": Code("error", "reading"),
    "bad-id": Code("error", "reading"),
    "duplicate-unit": Code("error", "reading"),
    "duplicate-name": Code("error", "reading"),
    "bad-owner": Code("error", "reading"),
    "bad-change": Code("error", "reading"),
    "empty-task": Code("warning", "reading"),
    "effective-outside-plan": Code("error", "reading"),
    "bad-rule": Code("error", "reading"),
    "unit-mismatch": Code("error", "reading"),
    "calendar-weekday": Code("warning", "reading"),
    # --- the plan
    "duplicate-task": Code("error", "plan"),
    "duplicate-requirement": Code("error", "plan"),
    "requirement-numbering": Code("warning", "plan"),
    "unknown-part": Code("error", "plan"),
    "no-lead": Code("error", "plan"),
    "unknown-unit": Code("error", "plan"),
    "vague-lead": Code("warning", "plan"),
    "rule-outside-plan": Code("error", "plan"),
    "plan-year": Code("error", "plan"),
    "later-year-instance": Code("warning", "plan"),
    "calendar-year": Code("error", "plan"),
    # --- units
    "group-members": Code("error", "units"),
    "progress-unit": Code("error", "units"),
    # --- progress entries
    "unknown-requirement": Code("error", "entries"),
    "not-responsible": Code("error", "entries"),
    "defunct-unit": Code("warning", "entries"),
    "event-without-name": Code("error", "entries"),
    "unknown-event": Code("error", "entries"),
    "entry-fields": Code("error", "entries"),
    "extension-not-later": Code("error", "entries"),
    "wrong-year": Code("warning", "entries"),
    "short-window": Code("warning", "entries"),
    "unknown-period": Code("error", "entries"),
    "missing-approval": Code("error", "entries"),
    "late-extension": Code("warning", "entries"),
    "future-date": Code("error", "entries"),
    "date-outside-plan": Code("warning", "entries"),
    "done-twice": Code("warning", "entries"),
    # --- what texts hold, wherever they are
    "invisible-char": Code("error", "text"),
    "personal-data": Code("warning", "text"),
    # --- zwgk changed --authors
    "not-owner": Code("error", "review"),
    "unsigned-commit": Code("error", "review"),
    "bad-signature": Code("error", "review"),
}


def in_order(findings: list[Finding]) -> list[Finding]:
    """The one order findings are listed in (`zwgk validate`, the computing
    commands' gate): what the readers found first, then what the checks
    found, each by place (`sort_findings`). A units.yaml that cannot be read
    is the cause; the hundred units it leaves undefined only follow from it,
    and would bury it if sorted by file name alone."""

    def read_later(f: Finding) -> bool:
        code = CODES.get(f.code)
        return code is None or code.subject != "reading"

    ordered = sort_findings(findings)
    return [f for f in ordered if not read_later(f)] + [f for f in ordered if read_later(f)]


def _check(code: str, run: Callable[[Ledger], Iterator[Issue]]) -> Check:
    return Check(code, CODES[code].level, run)


def _entry_check(
    code: str,
    run: Callable[[EntryContext, Entry], Iterator[Issue]],
    sift: Callable[[EntryContext, list[Entry]], Iterable[Entry]] | None = None,
) -> EntryCheck:
    return EntryCheck(code, CODES[code].level, run, sift)


PLAN_CHECKS: list[Check] = [
    _check("duplicate-task", plan.duplicate_task),
    _check("duplicate-requirement", plan.duplicate_requirement),
    _check("requirement-numbering", plan.requirement_numbering),
    _check("unknown-part", plan.unknown_part),
    _check("no-lead", plan.no_lead),
    _check("unknown-unit", plan.unknown_unit),
    _check("vague-lead", plan.lead_not_accountable),
    _check("group-members", units.group_members),
    _check("invisible-char", text.invisible_characters),
    _check("calendar-year", plan.rule_years),
    _check("rule-outside-plan", plan.rule_outside_plan),
    _check("plan-year", plan.plan_year),
    _check("later-year-instance", plan.later_year_instances),
    _check("personal-data", text.personal_data),
]
"""Checks that read the plan's files only (tasks.yaml, units.yaml, the
calendar), never a progress entry: what the computing commands' gate runs
(`gate.py`)."""

CHECKS: list[Check] = [
    *PLAN_CHECKS,
    _check("progress-unit", units.progress_unit),
]
"""Checks over the whole ledger: the plan, the units, the files."""

ENTRY_CHECKS: list[EntryCheck] = [
    _entry_check(
        "unknown-requirement", entries.unknown_requirement, entries.naming_unknown_requirements
    ),
    _entry_check("not-responsible", entries.not_responsible, entries.recorded_by_others),
    _entry_check("event-without-name", entries.event_without_name, entries.events),
    _entry_check("unknown-event", entries.unknown_event, entries.naming_an_event),
    _entry_check("calendar-year", entries.event_year, entries.events),
    _entry_check("entry-fields", entries.entry_fields, entries.with_dates_to_check),
    _entry_check("unknown-period", entries.unknown_period, entries.naming_a_period),
    _entry_check("extension-not-later", entries.until_not_later, entries.extensions),
    _entry_check("missing-approval", entries.missing_approval, entries.exemptions_and_extensions),
    _entry_check("future-date", entries.future_date, entries.dated_later),
    _entry_check("invisible-char", text.invisible_in_entry, text.may_hold_invisible),
    _entry_check("defunct-unit", entries.defunct_unit, entries.after_reorganisations),
    _entry_check("wrong-year", entries.wrong_year, entries.filed_in_other_years),
    _entry_check("short-window", entries.short_window, entries.done_under_lasting_rules),
    _entry_check("late-extension", entries.late_extension, entries.extensions),
    _entry_check("date-outside-plan", entries.date_outside_plan, entries.outside_plan_dates),
    _entry_check("done-twice", entries.done_twice, entries.repeated),
    _entry_check("personal-data", text.pii_in_entry, text.may_hold_pii),
]
"""Checks of one progress entry, in the order `record` refuses by: the first
error is the one it names."""


ALONE = frozenset({
    "unknown-requirement", "not-responsible", "event-without-name", "unknown-event",
    "calendar-year", "entry-fields", "missing-approval", "future-date", "invisible-char",
    "defunct-unit", "wrong-year", "short-window", "date-outside-plan", "personal-data",
})  # fmt: skip
"""The entry checks whose answer for an entry depends on nothing but the entry,
its file's path (`wrong-year`), the plan, units and calendar, the day checked
on and today (`EntryContext` without its `entries`). The others,
`unknown-period` (events other entries recorded), `extension-not-later`,
`late-extension` and `done-twice`, replay every entry of the entry's
requirement: their answer depends on those entries and the same context."""


def check_entry(ctx: EntryContext, entry: Entry) -> list[tuple[EntryCheck, Issue]]:
    """The issues of one entry, each with the check that found it (its code and
    level), in `ENTRY_CHECKS` order (not sorted)."""
    return [(check, issue) for check in ENTRY_CHECKS for issue in check.run(ctx, entry)]


def checks_of_years(
    years: Sequence[int | None], check: Callable[[int | None], list[Finding]]
) -> list[Finding]:
    """The findings of `check` run for each plan year of a ledger (`validate`
    of a ledger of several years: each year's plan with the entries that
    count for it), a finding two years share (in units.yaml, in a progress
    file both read) listed once, `in_order`."""
    found: dict[Finding, None] = {}
    for year in years:
        found.update(dict.fromkeys(check(year)))
    return in_order(list(found))


def run_checks(
    ledger: Ledger, as_of: dt.date | None = None, *, remember: bool = False
) -> list[Finding]:
    """Every finding of the ledger on `as_of` (today if None: no entry may be
    dated after it): reading problems, then each registered check, listed
    `in_order`; at most `MOST_OF_A_KIND` of one code per file are listed.
    `remember`: the files in which the checks of an entry alone found
    nothing, and the requirements whose replays found nothing, are kept in
    the ledger's cache, and not checked so again while they and what those
    checks read are the same (`verdicts.py`)."""
    findings = list(ledger.findings)
    for check in CHECKS:
        findings.extend(finding(ledger, check.id, check.level, i) for i in check.run(ledger))
    ctx = EntryContext.of(ledger, as_of)
    ctx.all_read = True  # only the ledger's own entries are checked here
    verdicts, unchecked, reqs = None, ledger.entries, set()
    if remember:
        from zwgk.checks.verdicts import FileVerdicts  # only validate keeps verdicts

        verdicts = FileVerdicts(ledger, ctx.as_of)
        unchecked = verdicts.unchecked(ledger.entries)
        reqs = set(map(attrgetter("req"), ledger.entries))
    found_in: set[str] = set()  # paths, by the checks of an entry alone
    found_for: set[tuple[str, str]] = set()  # (code, requirement), by the others
    for entry_check in ENTRY_CHECKS:
        run, code, level = entry_check.run, entry_check.id, entry_check.level
        alone = code in ALONE
        entries = ledger.entries
        if verdicts is not None:
            entries = unchecked if alone else verdicts.unreplayed(code, entries, reqs)
        sift = entry_check.sift
        for entry in entries if sift is None else sift(ctx, entries):
            for issue in run(ctx, entry):
                findings.append(finding(ledger, code, level, issue))
                if alone:
                    found_in.add(issue.path)
                else:
                    found_for.add((code, entry.req))
    if verdicts is not None:
        verdicts.save(found_in, found_for)
    return cap_findings(in_order(findings))
