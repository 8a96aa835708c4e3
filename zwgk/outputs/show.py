"""`zwgk show`: a task or requirement in plain words, ready to print or dump."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwgk.engine.obligations import accountable_units
from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.record import unknown_requirement
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan, Task, typed_id
from zwgk.model.values import small_int
from zwgk.outputs.rulewords import describe


def find_task(plan: Plan, what: str) -> tuple[Task, str | None]:
    """`21` → task 21; `21.1` → task 21 showing only requirement 21.1."""
    text = typed_id(what).rstrip(".")
    req = plan.requirement(text)
    if req is not None:
        task = plan.task(req.task)
        if task is not None:
            return task, req.id
    number = small_int(text)
    if number is not None:
        task = plan.task(number)
        if task is not None:
            return task, None
    if "." in text or "．" in text:  # a requirement id: said as `record` and `log` say it
        raise unknown_requirement(plan, what.strip())
    numbers = [task.no for task in plan.tasks]
    span = f"{min(numbers)}-{max(numbers)}" if numbers else "-"
    raise ZwgkError(
        t("show.not_found", what=what),
        hint=t("show.not_found_hint", span=span),
        exit_code=EXIT_USAGE,
    )


def _names(directory: Directory, refs: tuple[str, ...]) -> str:
    return "、".join(directory.name(ref) for ref in refs)


def describe_task(
    plan: Plan, directory: Directory, task: Task, as_of: dt.date, only: str | None = None
) -> dict[str, Any]:
    """`task` (or only its requirement `only`) in words; who is accountable is
    who holds each requirement on `as_of`, as `status` counts them that day."""
    part = next((p for p in plan.parts if p.no == task.part), None)
    section = None
    if part is not None and task.section is not None:
        section = next((s for s in part.sections if s.no == task.section), None)
    label = f"{task.part}、{part.title}" if part else task.part
    if section is not None:
        label += f" / {section.no}{section.title}"
    requirements = []
    for req in task.requirements:
        if only is not None and req.id != only:
            continue
        # Who answers is the rule status applies (vague groups skipped,
        # reorganisations followed to the as-of day), never the first lead as written.
        accountable = accountable_units(req, directory, as_of)
        if req.mode == "joint":
            accountable_label = (
                t("show.joint_accountable", name=_names(directory, tuple(accountable)))
                if accountable
                else ""
            )
        else:
            accountable_label = t("show.each_accountable", n=len(accountable))
        requirements.append(
            {
                "id": req.id,
                "text": req.text,
                "lead": list(req.lead),
                "support": list(req.support),
                "lead_label": _names(directory, req.lead),
                "support_label": _names(directory, req.support),
                "mode": req.mode,
                "mode_label": t(f"mode.{req.mode}"),
                "accountable": accountable_label,
                "units": list(directory.expand_all(req.lead)),
                "due": [
                    {"rule": dict(rule.written), "words": describe(rule), "basis": rule.basis}
                    for rule in req.due
                ],
            }
        )
    return {
        "as_of": as_of.isoformat(),
        "no": task.no,
        "title": task.title,
        "part": task.part,
        "section": task.section,
        "part_label": label,
        "requirements": requirements,
    }
