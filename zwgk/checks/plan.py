"""Checks of the plan (`data/tasks.yaml`): numbering, parts, leads, rules."""

from __future__ import annotations

from collections.abc import Iterator

from zwgk.checks.issue import TASKS_PATH, Issue
from zwgk.engine.deadlines import DATED_KINDS, in_force, instances
from zwgk.i18n import t
from zwgk.ledger.calendar import unknown_year_error
from zwgk.ledger.load import Ledger
from zwgk.ledger.suggest import did_you_mean
from zwgk.model.calendar import UnknownYearError
from zwgk.model.plan import Plan, Requirement, Rule


def plan_year(ledger: Ledger) -> Iterator[Issue]:
    """A ledger of several years: data/plans/YYYY.yaml holds the plan of YYYY
    (the file's name chooses the plan a command reads, `ledger/years.py`)."""
    if ledger.year is None or ledger.plan is None:
        return
    named, info = ledger.year, ledger.plan.info
    if info.year != named or info.start.year != named:
        yield Issue(
            TASKS_PATH,
            0,
            t("check.plan_year", named=named, year=info.year, start=info.start),
            t("check.plan_year_hint", named=named),
        )


def later_year_instances(ledger: Ledger) -> Iterator[Issue]:
    """A ledger of several years: an instance whose id begins with a later year
    (`by: 2019-01-31` in the 2018 plan, ISO week 2019-W01) cannot be named by an
    entry dated in that later year: such an entry counts for the later plan
    (`ledger/years.py`). Only an entry dated in the plan's own year closes it."""
    if ledger.year is None or ledger.plan is None:
        return
    info = ledger.plan.info
    for req, rule in _dated_rules(ledger.plan):
        try:
            found = instances(rule, info, ledger.calendar)
        except UnknownYearError:
            continue  # reported by calendar-year
        later = [
            i.period for i in found if i.period[:4].isdigit() and int(i.period[:4]) > info.year
        ]
        if later:
            yield Issue(
                TASKS_PATH,
                rule.line,
                t("check.later_year_instance", req=req.id, period=later[0], year=info.year),
                t("check.later_year_instance_hint", year=info.year),
            )


def _dated_rules(plan: Plan) -> Iterator[tuple[Requirement, Rule]]:
    """Every dated rule of the plan (`DATED_KINDS`), with its requirement."""
    for req in plan.requirements():
        for rule in req.due:
            if rule.kind in DATED_KINDS:
                yield req, rule


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
                t(
                    "check.unknown_part_hint",
                    parts="、".join(p.no for p in ledger.plan.sorted_parts()),
                ),
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
    return did_you_mean(directory.suggest(ref), t("check.define_unit"))


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


def rule_years(ledger: Ledger) -> Iterator[Issue]:
    """A working-day deadline of a rule in a year no calendar source knows:
    `status` cannot compute it, so say which rule needs which year (the
    entries' events are checked in `entries.py`)."""
    if ledger.plan is None:
        return
    for req in ledger.plan.requirements():
        for rule in req.due:
            try:
                instances(rule, ledger.plan.info, ledger.calendar)
            except UnknownYearError as exc:
                error = unknown_year_error(exc)
                yield Issue(TASKS_PATH, rule.line, error.message, error.hint)


def rule_outside_plan(ledger: Ledger) -> Iterator[Issue]:
    """A dated rule that gives no due date inside the plan period would make its
    requirement vanish from status; a `by` date before the plan starts is a slip."""
    if ledger.plan is None:
        return
    info = ledger.plan.info
    for req, rule in _dated_rules(ledger.plan):
        if rule.kind == "by" and rule.date is not None and rule.date < info.start:
            yield Issue(
                TASKS_PATH,
                rule.line,
                t("check.by_before_plan", req=req.id, date=rule.date, start=info.start),
                t("check.rule_outside_plan_hint", start=info.start, end=info.end),
            )
            continue
        if rule.kind == "by" and rule.date is not None and not in_force(rule.date, info):
            yield Issue(
                TASKS_PATH,
                rule.line,
                t("check.by_before_effective", req=req.id, date=rule.date,
                  effective=info.effective),
                t("check.by_before_effective_hint"),
            )  # fmt: skip
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
