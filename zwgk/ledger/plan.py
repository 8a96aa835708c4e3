"""tasks.yaml: the plan — parts, sections, tasks, requirements and their rules."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from zwgk.i18n import t
from zwgk.ledger import fields
from zwgk.ledger.fields import MODES, keys, required
from zwgk.ledger.rules import read_rule, years_hint
from zwgk.ledger.schema import Reader
from zwgk.ledger.yamlio import Mapping, Sequence
from zwgk.model.findings import Finding
from zwgk.model.limits import MAX_PLAN_YEARS, plausible_year
from zwgk.model.plan import (
    CarriedFrom,
    Mode,
    Part,
    Plan,
    PlanInfo,
    Requirement,
    Rule,
    Section,
    Task,
)


def read_plan(data: Any, path: str) -> tuple[Plan | None, list[Finding]]:
    """Build the plan from parsed tasks.yaml. Items with shape errors are left
    out (their findings say why); None only when the top level is unusable."""
    r = Reader(path)
    top = r.as_mapping(data, (1, 1), "tasks.yaml")
    if top is None:
        return None, r.findings
    r.keys(top, keys(fields.TASKS_FILE), required(fields.TASKS_FILE), "tasks.yaml")
    info = _read_info(r, top)
    parts = tuple(_read_parts(r, top))
    tasks: list[Task] = []
    task_list = _sequence(r, top, "tasks")
    for i, raw in enumerate(task_list):
        m = r.as_mapping(raw, task_list.pos(i), t("what.task"))
        if m is not None:
            task = _read_task(r, m, info.start if info else None)
            if task is not None:
                tasks.append(task)
    if info is None:
        return None, r.findings
    return Plan(info, parts, tuple(tasks)), r.findings


def _sequence(r: Reader, m: Mapping, key: str) -> Sequence:
    value = m.get(key)
    if value is None:
        return Sequence()
    seq = r.as_sequence(value, m.pos(key), key)
    return seq if seq is not None else Sequence()


def _read_info(r: Reader, top: Mapping) -> PlanInfo | None:
    m = r.as_mapping(top.get("plan"), top.pos("plan"), "plan") if "plan" in top else None
    if m is None:
        return None
    what = "plan"
    complete = r.keys(m, keys(fields.PLAN), required(fields.PLAN), what)
    title = r.text(m, "title", what)
    year = r.integer(m, "year", what)
    start = r.date(m, "start", what)
    end = r.date(m, "end", what)
    effective = r.date(m, "effective", what)
    if not complete or title is None or year is None:
        return None
    if not plausible_year(year):
        r.error(m.pos("year"), "bad-value", t("plan.bad_year", year=year), years_hint())
        return None
    implausible = False
    for key, day in (("start", start), ("end", end), ("effective", effective)):
        if day is not None and not plausible_year(day.year):
            r.error(m.pos(key), "bad-value", t("plan.bad_date", key=key, date=day), years_hint())
            implausible = True
    if implausible:
        return None
    start = start or dt.date(year, 1, 1)
    end = end or dt.date(year, 12, 31)
    if end < start:
        r.error(m.pos("end"), "bad-value", t("plan.end_before_start", start=start, end=end))
        return None
    if end >= _years_after(start, MAX_PLAN_YEARS):
        r.error(
            m.pos("end" if "end" in m else "start"),
            "bad-value",
            t("plan.too_long", start=start, end=end, years=MAX_PLAN_YEARS),
            t("plan.too_long_hint", years=MAX_PLAN_YEARS),
        )
        return None
    if effective is not None and not start <= effective <= end:
        # Kept as written: outside the period it either changes nothing (before
        # `start`) or drops every dated instance (after `end`); either way a slip.
        r.error(
            m.pos("effective"),
            "effective-outside-plan",
            t("plan.effective_outside", effective=effective, start=start, end=end),
            t("plan.effective_outside_hint"),
        )
    return PlanInfo(title, year, start, end, effective)


def _years_after(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February: 1 March)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def _read_parts(r: Reader, top: Mapping) -> list[Part]:
    parts: list[Part] = []
    part_list = _sequence(r, top, "parts")
    for i, raw in enumerate(part_list):
        m = r.as_mapping(raw, part_list.pos(i), t("what.part"))
        if m is None:
            continue
        complete = r.keys(m, keys(fields.PART), required(fields.PART), t("what.part"))
        no = r.ident(m, "no", t("what.part"))
        title = r.text(m, "title", t("what.part"))
        sections: list[Section] = []
        section_list = _sequence(r, m, "sections")
        for j, raw_section in enumerate(section_list):
            s = r.as_mapping(raw_section, section_list.pos(j), t("what.section"))
            if s is None:
                continue
            s_complete = r.keys(
                s, keys(fields.SECTION), required(fields.SECTION), t("what.section")
            )
            s_no = r.ident(s, "no", t("what.section"))
            s_title = r.text(s, "title", t("what.section"))
            if s_complete and s_no is not None and s_title is not None:
                sections.append(Section(s_no, s_title))
        if complete and no is not None and title is not None:
            parts.append(Part(no, title, tuple(sections), m.line))
    return parts


def _read_task(r: Reader, m: Mapping, plan_start: dt.date | None) -> Task | None:
    what = t("what.task")
    r.keys(m, keys(fields.TASK), required(fields.TASK), what)
    no = r.integer(m, "no", what)
    title = r.text(m, "title", what)
    part = r.ident(m, "part", what)
    section = r.ident(m, "section", what)
    requirements: list[Requirement] = []
    req_list = _sequence(r, m, "requirements")
    for i, raw in enumerate(req_list):
        rm = r.as_mapping(raw, req_list.pos(i), t("what.requirement"))
        if rm is not None and no is not None:
            req = _read_requirement(r, rm, no, plan_start)
            if req is not None:
                requirements.append(req)
    if "requirements" in m and not req_list:
        r.warning(
            (m.line, m.col), "empty-task", t("plan.empty_task", no=no), t("plan.empty_task_hint")
        )
    if no is None:
        return None
    # Missing fields are already reported; keeping the task keeps its
    # requirements, so progress entries that name them do not cascade.
    return Task(no, title or "", part or "", section, tuple(requirements), m.line)


def _read_requirement(
    r: Reader, m: Mapping, task_no: int, plan_start: dt.date | None
) -> Requirement | None:
    what = t("what.requirement")
    # A missing lead is the `no-lead` check's job (it names the requirement).
    r.keys(m, keys(fields.REQUIREMENT), required(fields.REQUIREMENT), what)
    req_id = r.ident(m, "id", what)
    text = r.text(m, "text", what)
    lead = r.text_list(m, "lead", what)
    support = r.text_list(m, "support", what)
    previous = r.ident(m, "previous", what)
    mode_text = r.text(m, "mode", what) or "joint"
    if mode_text not in MODES:
        r.error(
            m.pos("mode"),
            "bad-value",
            t("plan.bad_mode", mode=mode_text),
            t("schema.one_of", choices=" | ".join(MODES)),
        )
    rules: list[Rule] = []
    for i, raw in enumerate(_sequence(r, m, "due")):
        due_list = cast(Sequence, m["due"])
        rule_map = r.as_mapping(raw, due_list.pos(i), t("what.rule"))
        if rule_map is not None:
            rule = read_rule(r, rule_map, plan_start)
            if rule is not None:
                rules.append(rule)
    carried = _read_carried(r, m) if "carried_from" in m else None
    if req_id is None:
        return None
    mode: Mode = "each" if mode_text == "each" else "joint"
    return Requirement(
        req_id,
        text or "",
        lead,
        support,
        mode,
        tuple(rules),
        task_no,
        line=m.line,
        lead_line=m.pos("lead")[0],
        support_line=m.pos("support")[0],
        previous=previous,
        carried_from=carried,
    )


def _read_carried(r: Reader, m: Mapping) -> CarriedFrom | None:
    """`carried_from:` of a requirement `zwgk plan next` carried over; one
    that does not read is left out (its findings say why)."""
    what = "carried_from"
    c = r.as_mapping(m.get("carried_from"), m.pos("carried_from"), what)
    if c is None:
        return None
    complete = r.keys(c, keys(fields.CARRIED), required(fields.CARRIED), what)
    year = r.integer(c, "year", what)
    req = r.ident(c, "req", what)
    units = r.text_list(c, "units", what)
    periods = r.text_list(c, "periods", what)
    due = r.date(c, "due", what)
    if not complete or year is None or req is None:
        return None
    if not plausible_year(year):
        r.error(c.pos("year"), "bad-value", t("plan.bad_year", year=year), years_hint())
        return None
    return CarriedFrom(year, req, units, periods, due)
