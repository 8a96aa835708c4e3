"""The text of next year's draft plan (`zwgk plan next`), written the way
`zwgk import` writes a plan (`planyaml.tasks_yaml`, from the export's
normalized plan, `outputs/planjson.py`), with comments for each judgement call
the draft makes, and checked by reading it back before anything is written."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwgk.engine.nextyear import Carry, carried_due, carried_id
from zwgk.i18n import t
from zwgk.ledger.layout import plan_rel
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan
from zwgk.outputs.planjson import plan_document
from zwgk.tables.planyaml import check_plan_text, modeline, tasks_yaml


class DueNote:
    """Why each carried requirement has the deadline it has."""

    def __init__(self, floor: dt.date, given: bool) -> None:
        self.floor = floor
        self.given = given

    def lines(self, carry: Carry, old_year: int) -> list[str]:
        due, later = carried_due(carry, self.floor)
        if due > self.floor:
            said = [t("nextplan.due_kept", due=due, year=old_year, floor=self.floor)]
        else:
            said = [t("nextplan.due_given" if self.given else "nextplan.due_default", due=due)]
        if later:
            dates = ", ".join(f"{unit} {day.isoformat()}" for unit, day in later.items())
            said.append(t("nextplan.due_later", year=old_year, dates=dates, due=due))
        return said


def draft_text(
    old: Plan,
    old_rel: str,
    new: Plan,
    directory: Directory,
    carried: list[Carry],
    dropped: list[Carry],
    due_note: DueNote,
) -> str:
    """data/plans/YYYY.yaml of the draft `new` (from `next_plan`), checked by
    reading it back: a draft that would not read is a bug, never a file."""
    year, old_year = new.info.year, old.info.year
    rel = plan_rel(year)
    doc = plan_document(new, directory)
    origin = {carried_id(c.req, old_year): c for c in carried}
    for task in doc["tasks"]:
        for req in task["requirements"]:
            for rule in req["due"]:
                if "by" in rule:  # ISO text in the export: a date in YAML
                    rule["by"] = dt.date.fromisoformat(rule["by"])
            carried_from = req.pop("carried_from", None)
            if carried_from is None:
                continue
            if carried_from["due"] is not None:
                carried_from["due"] = dt.date.fromisoformat(carried_from["due"])
            req["carried_from"] = {k: v for k, v in carried_from.items() if v not in (None, [])}
            carry = origin.get(req["id"])
            if carry is not None:
                req["comment"] = [
                    t("nextplan.carried", year=old_year, req=carry.req.id, end=old.info.end,
                      units=", ".join(carry.units), periods=", ".join(carry.periods) or "-"),
                    *due_note.lines(carry, old_year),
                ]  # fmt: skip
    header = [
        modeline("tasks", rel),
        "",
        t("nextplan.header", source=old_rel, year=year, old=old_year),
    ]
    if new.info.title != old.info.title:
        header.append(t("nextplan.title_moved", old=old_year, year=year, title=old.info.title))
    if dropped:
        header.append(t("nextplan.dropped", reqs=", ".join(c.req.id for c in dropped)))
    if old.info.effective is not None:
        no_effective = [t("nextplan.effective_not_moved", year=old_year,
                          effective=old.info.effective)]  # fmt: skip
    else:
        no_effective = [t("nextplan.effective_none")]
    info = new.info
    text = tasks_yaml(
        info.title, year, doc["parts"], doc["tasks"], header, info.effective,
        (info.start, info.end), no_effective,
    )  # fmt: skip
    check_plan_text(text, rel)
    return text


def carry_document(
    year: int, end: dt.date, carries: list[Carry], directory: Directory
) -> dict[str, Any]:
    """The carry-over list as JSON: per requirement its accountable units,
    periods and the obligations with their status on the plan's last day."""
    return {
        "year": year,
        "as_of": end.isoformat(),
        "carry_over": [
            {
                "task": c.req.task,
                "req": c.req.id,
                "carried_id": carried_id(c.req, year),
                "mode": c.req.mode,
                "units": list(c.units),
                "periods": list(c.periods),
                "due": c.due.isoformat() if c.due else None,
                "overdue": c.overdue,
                "obligations": [
                    {
                        "unit": ob.unit,
                        "unit_name": directory.name(ob.unit),
                        "period": ob.period,
                        "due": ob.due.isoformat() if ob.due else None,
                        "status": ob.status,
                        "last_entry": ob.last_entry.isoformat() if ob.last_entry else None,
                    }
                    for ob in c.obligations
                ],
            }
            for c in carries
        ],
    }
