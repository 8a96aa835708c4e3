"""`zwgk validate`: the registry of checks over a loaded ledger.

Syntax and shape problems (unknown keys, wrong types, missing fields) are found
while the files are read (`ledger.py`, `schema.py`). The checks here look at the
meaning: each has an id, a level and a function yielding `Issue`s. Adding a
check is adding one function and one line to `CHECKS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter

from zwgk.checks.cap import cap_findings
from zwgk.engine.deadlines import DATED_KINDS, BeyondDatesError, event_instance, instances
from zwgk.engine.obligations import period_ids, window_shortfall
from zwgk.i18n import t
from zwgk.ledger.calendar import unknown_year_error
from zwgk.ledger.layout import TASKS, UNITS
from zwgk.ledger.load import Ledger
from zwgk.ledger.units import defunct_problem
from zwgk.model.calendar import UnknownYearError
from zwgk.model.chars import BIDI, ZERO_WIDTH
from zwgk.model.findings import Finding, Level, sort_findings
from zwgk.model.plan import Entry, Requirement
from zwgk.model.values import small_int

TASKS_PATH = TASKS.as_posix()
UNITS_PATH = UNITS.as_posix()


@dataclass(frozen=True)
class Issue:
    """What a check yields; the registry adds the check's id and level."""

    path: str
    line: int
    message: str
    hint: str = ""
    col: int = 1


@dataclass(frozen=True)
class Check:
    id: str
    level: Level
    run: Callable[[Ledger], Iterator[Issue]]


# --- the plan ---------------------------------------------------------------


def duplicate_task(ledger: Ledger) -> Iterator[Issue]:
    seen: dict[int, int] = {}
    for task in ledger.plan.tasks if ledger.plan else ():
        if task.no in seen:
            yield Issue(
                TASKS_PATH,
                task.line,
                t("check.duplicate_task", no=task.no, line=seen[task.no]),
                t("check.duplicate_task_hint"),
            )
        else:
            seen[task.no] = task.line


def duplicate_requirement(ledger: Ledger) -> Iterator[Issue]:
    seen: dict[str, int] = {}
    for req in ledger.plan.requirements() if ledger.plan else ():
        if req.id in seen:
            yield Issue(
                TASKS_PATH,
                req.line,
                t("check.duplicate_req", id=req.id, line=seen[req.id]),
                t("check.duplicate_req_hint"),
            )
        else:
            seen[req.id] = req.line


def requirement_numbering(ledger: Ledger) -> Iterator[Issue]:
    for req in ledger.plan.requirements() if ledger.plan else ():
        if not req.id.startswith(f"{req.task}."):
            yield Issue(
                TASKS_PATH,
                req.line,
                t("check.req_prefix", id=req.id, task=req.task),
                t("check.req_prefix_hint", task=req.task),
            )


def unknown_part(ledger: Ledger) -> Iterator[Issue]:
    if ledger.plan is None:
        return
    parts = {p.no: p for p in ledger.plan.parts}
    for task in ledger.plan.tasks:
        part = parts.get(task.part)
        if not task.part:
            continue  # reported as a missing field
        if part is None:
            yield Issue(
                TASKS_PATH,
                task.line,
                t("check.unknown_part", no=task.no, part=task.part),
                t("check.unknown_part_hint", parts="、".join(parts)),
            )
        elif task.section is not None and task.section not in {s.no for s in part.sections}:
            choices = "、".join(s.no for s in part.sections) or t("check.no_sections")
            yield Issue(
                TASKS_PATH,
                task.line,
                t("check.unknown_section", no=task.no, part=task.part, section=task.section),
                t("check.unknown_section_hint", sections=choices),
            )


def no_lead(ledger: Ledger) -> Iterator[Issue]:
    """The check CI relies on: every requirement names who leads it."""
    for req in ledger.plan.requirements() if ledger.plan else ():
        if not req.lead:
            yield Issue(
                TASKS_PATH, req.line, t("check.no_lead", id=req.id), t("check.no_lead_hint")
            )


def unknown_unit(ledger: Ledger) -> Iterator[Issue]:
    directory = ledger.directory
    for req in ledger.plan.requirements() if ledger.plan else ():
        refs = [(ref, req.lead_line) for ref in req.lead]
        refs += [(ref, req.support_line) for ref in req.support]
        for ref, line in refs:
            if directory.is_defined(ref):
                continue
            yield Issue(
                TASKS_PATH,
                line or req.line,
                t("check.unknown_unit", id=req.id, ref=ref),
                _unit_hint(ledger, ref),
            )


def _unit_hint(ledger: Ledger, ref: str) -> str:
    directory = ledger.directory
    exact = directory.resolve(ref)
    if exact is not None:
        return t("check.use_id", ref=ref, id=exact)
    close = directory.suggest(ref)
    if close:
        return t("check.did_you_mean", choices="、".join(close))
    return t("check.define_unit")


def lead_not_accountable(ledger: Ledger) -> Iterator[Issue]:
    """A requirement whose leads all expand to nobody has no one to answer for it."""
    directory = ledger.directory
    for req in ledger.plan.requirements() if ledger.plan else ():
        defined = all(directory.is_defined(r) for r in req.lead)
        if req.lead and defined and not directory.expand_all(req.lead):
            yield Issue(
                TASKS_PATH,
                req.lead_line or req.line,
                t("check.vague_lead", id=req.id),
                t("check.vague_lead_hint"),
            )


def group_members(ledger: Ledger) -> Iterator[Issue]:
    directory = ledger.directory
    for group in directory.groups.values():
        if group.vague:
            continue
        if not group.members and group.kind is None:
            yield Issue(
                UNITS_PATH,
                group.line,
                t("check.empty_group", id=group.id),
                t("check.empty_group_hint"),
            )
        for member in group.members:
            if member not in directory.units:
                close = directory.suggest(member)
                hint = (
                    t("check.did_you_mean", choices="、".join(close))
                    if close
                    else t("check.define_unit")
                )
                yield Issue(
                    UNITS_PATH,
                    group.line,
                    t("check.unknown_member", id=group.id, member=member),
                    hint,
                )


# Zero-width characters and bidi controls.
_INVISIBLE = re.compile(f"[{ZERO_WIDTH}{BIDI}]")


def invisible_characters(ledger: Ledger) -> Iterator[Issue]:
    """A name, alias or id holding a zero-width or bidi control character looks
    like another ("县教体局" and "县教体局\u200b") or shows in another order than
    it is compared in: what a reviewer reads is not what zwgk matches."""
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
    entries = ledger.entries
    # One look at all of them first: a city ledger has a hundred thousand entries.
    texts = [map(attrgetter(key), entries) for key in ("req", "period", "event")]
    if any(_INVISIBLE.search("".join(filter(None, column))) for column in texts):
        for entry in entries:
            yield from _invisible(entry.path, entry.line, (entry.req, entry.period, entry.event))


def _invisible(path: str, line: int, texts: Iterable[str | None]) -> Iterator[Issue]:
    for text in texts:
        if text and _INVISIBLE.search(text):
            shown = _INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
            yield Issue(path, line, t("check.invisible", text=shown), t("check.invisible_hint"))


# --- progress entries -------------------------------------------------------


def _requirements(ledger: Ledger) -> dict[str, Requirement]:
    return {r.id: r for r in ledger.plan.requirements()} if ledger.plan else {}


def progress_unit(ledger: Ledger) -> Iterator[Issue]:
    reported: set[str] = set()
    for entry in ledger.entries:
        if entry.unit not in ledger.directory.units and entry.path not in reported:
            reported.add(entry.path)
            close = ledger.directory.suggest(entry.unit)
            hint = (
                t("check.did_you_mean", choices="、".join(close))
                if close
                else t("check.define_unit")
            )
            yield Issue(entry.path, 1, t("check.progress_unknown_unit", unit=entry.unit), hint)


def progress_requirement(ledger: Ledger) -> Iterator[Issue]:
    if ledger.plan is None:
        return
    reqs = _requirements(ledger)
    for entry in ledger.entries:
        if entry.req not in reqs:
            yield Issue(
                entry.path,
                entry.line,
                t("check.unknown_req", req=entry.req),
                t("check.unknown_req_hint"),
            )


def progress_responsible(ledger: Ledger) -> Iterator[Issue]:
    reqs = _requirements(ledger)
    directory = ledger.directory
    responsible = {
        rid: frozenset(directory.answerable((*req.lead, *req.support))) for rid, req in reqs.items()
    }
    for entry in ledger.entries:
        req = reqs.get(entry.req)
        if req is None or entry.unit not in directory.units:
            continue
        if entry.unit not in responsible[req.id]:
            names = "、".join(directory.name(r) for r in req.lead)
            yield Issue(
                entry.path,
                entry.line,
                t("check.not_responsible", unit=directory.name(entry.unit), req=req.id),
                t("check.not_responsible_hint", leads=names),
            )


def defunct_unit(ledger: Ledger) -> Iterator[Issue]:
    """An entry dated after its unit was renamed or merged away (or before a
    reorganisation created it): history is kept, but the work belongs to the
    unit that existed that day."""
    directory = ledger.directory
    if not directory.changes:
        return
    for entry in ledger.entries:
        found = defunct_problem(directory, entry.unit, entry.date)
        if found is not None:
            yield Issue(entry.path, entry.line, *found)


def event_without_name(ledger: Ledger) -> Iterator[Issue]:
    for entry in ledger.entries:
        if entry.status == "event" and not entry.event:
            yield Issue(
                entry.path,
                entry.line,
                t("check.event_without_name"),
                t("check.event_without_name_hint"),
            )


def unknown_event(ledger: Ledger) -> Iterator[Issue]:
    reqs = _requirements(ledger)
    for entry in ledger.entries:
        if not entry.event:
            continue
        req = reqs.get(entry.req)
        if req is None:
            continue
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


def progress_fields(ledger: Ledger) -> Iterator[Issue]:
    """Fields a status needs, and windows that cannot be."""
    for entry in ledger.entries:
        if entry.status == "extend" and entry.until is None:
            yield Issue(
                entry.path,
                entry.line,
                t("check.extend_without_until"),
                t("check.extend_without_until_hint"),
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


def progress_year(ledger: Ledger) -> Iterator[Issue]:
    """One file per unit per year, by entry date: a 2019 entry in 2018/ is misfiled."""
    years: dict[str, int | None] = {}
    for entry in ledger.entries:
        year = years.get(entry.path, -1)
        if year == -1:
            folder = entry.path.split("/")[-2] if "/" in entry.path else ""
            year = years[entry.path] = small_int(folder)
        if year is not None and year != entry.date.year:
            folder = str(year)
            yield Issue(
                entry.path,
                entry.line,
                t("check.wrong_year", date=entry.date, folder=folder),
                t("check.wrong_year_hint", year=entry.date.year, unit=entry.unit),
            )


def short_window(ledger: Ledger) -> Iterator[Issue]:
    """A done entry whose publicity window is shorter than a `lasting` rule
    asks (公示时间不少于10天) does not complete anything: say so."""
    reqs = _requirements(ledger)
    for entry in ledger.entries:
        req = reqs.get(entry.req)
        if req is None or entry.status != "done":
            continue
        problem = window_shortfall(req, entry.from_date, entry.to_date)
        if problem:
            yield Issue(entry.path, entry.line, problem, t("check.short_window_hint"))


def calendar_year(ledger: Ledger) -> Iterator[Issue]:
    """A working-day deadline in a year no calendar source knows, or an event
    whose deadline falls after 9999-12-31: `status` cannot compute it, so say
    which rule or entry needs which year."""
    if ledger.plan is None:
        return
    for req in ledger.plan.requirements():
        for rule in req.due:
            try:
                instances(rule, ledger.plan.info, ledger.calendar)
            except UnknownYearError as exc:
                error = unknown_year_error(exc)
                yield Issue(TASKS_PATH, rule.line, error.message, error.hint)
    reqs = _requirements(ledger)
    for entry in ledger.entries:
        of_entry = reqs.get(entry.req)
        if of_entry is None or entry.status != "event":
            continue
        for rule in of_entry.due:
            if rule.kind == "after" and rule.event == entry.event:
                try:
                    event_instance(rule, entry.date, ledger.calendar)
                except UnknownYearError as exc:
                    error = unknown_year_error(exc)
                    yield Issue(entry.path, entry.line, error.message, error.hint)
                except BeyondDatesError as exc:
                    yield Issue(entry.path, entry.line, exc.message, exc.hint)


def rule_outside_plan(ledger: Ledger) -> Iterator[Issue]:
    """A dated rule that gives no due date inside the plan period would make its
    requirement vanish from status; a `by` date before the plan starts is a slip."""
    if ledger.plan is None:
        return
    info = ledger.plan.info
    for req in ledger.plan.requirements():
        for rule in req.due:
            if rule.kind not in DATED_KINDS:
                continue
            if rule.kind == "by" and rule.date is not None and rule.date < info.start:
                yield Issue(
                    TASKS_PATH,
                    rule.line,
                    t("check.by_before_plan", req=req.id, date=rule.date, start=info.start),
                    t("check.rule_outside_plan_hint", start=info.start, end=info.end),
                )
                continue
            try:
                found = instances(rule, info, ledger.calendar)
            except UnknownYearError:
                continue  # reported by calendar-year
            if not found:
                yield Issue(
                    TASKS_PATH,
                    rule.line,
                    t("check.rule_no_instance", req=req.id),
                    t("check.rule_outside_plan_hint", start=info.start, end=info.end),
                )


def unknown_period(ledger: Ledger) -> Iterator[Issue]:
    """An entry's `period` must name an instance of its requirement's rules, or
    an event already recorded: otherwise it silently counts for nothing."""
    if ledger.plan is None:
        return
    reqs = _requirements(ledger)
    by_req: dict[str, list[Entry]] = {}
    for entry in ledger.entries:
        by_req.setdefault(entry.req, []).append(entry)
    for entry in ledger.entries:
        req = reqs.get(entry.req)
        if entry.period is None or req is None or entry.status == "event":
            continue
        if entry.unit not in ledger.directory.answerable((*req.lead, *req.support)):
            continue  # reported by not-responsible
        try:
            ids = period_ids(
                req,
                ledger.plan.info,
                ledger.directory,
                by_req[req.id],
                ledger.calendar,
                entry.unit,
                entry.date,
            )
        except UnknownYearError:
            continue  # reported by calendar-year
        if entry.period not in ids:
            shown = "、".join(ids[:60]) + ("…" if len(ids) > 60 else "")
            yield Issue(
                entry.path,
                entry.line,
                t("record.bad_period", period=entry.period, req=req.id),
                t("record.periods_hint", periods=shown) if ids else t("check.no_periods"),
            )


def personal_data(ledger: Ledger) -> Iterator[Issue]:
    """Resident ID, mobile and bank card numbers in what gets published: entry
    notes and evidence, requirement texts. An entry with `pii_ok: reason`
    acknowledges a deliberate case."""
    from zwgk.engine.privacy import find, in_entries

    for entry, field, hit in in_entries(ledger.entries):
        yield Issue(
            entry.path,
            entry.line,
            t("check.pii", kind=t(f"pii.{hit.kind}"), field=field, masked=hit.masked),
            t("check.pii_hint"),
        )
    for req in ledger.plan.requirements() if ledger.plan else ():
        for hit in find(req.text):
            yield Issue(
                TASKS_PATH,
                req.line,
                t("check.pii", kind=t(f"pii.{hit.kind}"), field="text", masked=hit.masked),
                t("check.pii_plan_hint"),
            )


CHECKS: list[Check] = [
    Check("duplicate-task", "error", duplicate_task),
    Check("duplicate-requirement", "error", duplicate_requirement),
    Check("requirement-numbering", "warning", requirement_numbering),
    Check("unknown-part", "error", unknown_part),
    Check("no-lead", "error", no_lead),
    Check("unknown-unit", "error", unknown_unit),
    Check("vague-lead", "warning", lead_not_accountable),
    Check("group-members", "error", group_members),
    Check("invisible-char", "error", invisible_characters),
    Check("progress-unit", "error", progress_unit),
    Check("unknown-requirement", "error", progress_requirement),
    Check("not-responsible", "error", progress_responsible),
    Check("defunct-unit", "warning", defunct_unit),
    Check("event-without-name", "error", event_without_name),
    Check("unknown-event", "error", unknown_event),
    Check("entry-fields", "error", progress_fields),
    Check("wrong-year", "warning", progress_year),
    Check("short-window", "warning", short_window),
    Check("calendar-year", "error", calendar_year),
    Check("rule-outside-plan", "error", rule_outside_plan),
    Check("unknown-period", "error", unknown_period),
    Check("personal-data", "warning", personal_data),
]


def run_checks(ledger: Ledger) -> list[Finding]:
    """Every finding of the ledger: reading problems, then each registered
    check; at most `MOST_OF_A_KIND` of one code per file are listed."""
    findings = list(ledger.findings)
    for check in CHECKS:
        for issue in check.run(ledger):
            findings.append(
                Finding(
                    issue.path,
                    issue.line,
                    issue.col,
                    check.level,
                    check.id,
                    issue.message,
                    issue.hint,
                )
            )
    return cap_findings(sort_findings(findings))
