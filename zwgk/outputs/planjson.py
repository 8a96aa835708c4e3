"""`zwgk export --format json`: the normalized plan, shape fixed by DESIGN.md."""

from __future__ import annotations

from typing import Any

from zwgk.model.directory import Directory
from zwgk.model.plan import CarriedFrom, Plan, Requirement


def plan_document(plan: Plan, directory: Directory) -> dict[str, Any]:
    """The plan as one JSON-ready value: plan, parts, units, groups (members
    expanded to unit ids) and tasks with their requirements as written."""
    info = plan.info
    return {
        "plan": {
            "title": info.title,
            "year": info.year,
            "start": info.start.isoformat(),
            "end": info.end.isoformat(),
            "effective": info.effective.isoformat() if info.effective else None,
        },
        "parts": [
            {
                "no": part.no,
                "title": part.title,
                "sections": [{"no": s.no, "title": s.title} for s in part.sections],
            }
            for part in plan.parts
        ],
        "units": [
            {
                "id": u.id,
                "name": u.name,
                "full_name": u.full_name,
                "kind": u.kind,
                "aliases": list(u.aliases),
                "contact": u.contact,
                "owners": list(u.owners),
            }
            for u in directory.units.values()
        ],
        "groups": [
            {
                "id": g.id,
                "name": g.name,
                "kind": g.kind,
                "vague": g.vague,
                "aliases": list(g.aliases),
                "members": list(directory.expand(g.id)),
            }
            for g in directory.groups.values()
        ],
        "tasks": [
            {
                "no": task.no,
                "title": task.title,
                "part": task.part,
                "section": task.section,
                "requirements": [_requirement(req) for req in task.requirements],
            }
            for task in plan.tasks
        ],
    }


def _requirement(req: Requirement) -> dict[str, Any]:
    """A requirement as written; `previous` only on one an import matched to
    last year's (`zwgk import --year`), `carried_from` only on one carried
    over from an earlier year (`zwgk plan next`), so a plan without either
    reads as before."""
    out: dict[str, Any] = {
        "id": req.id,
        "text": req.text,
        "lead": list(req.lead),
        "support": list(req.support),
        "mode": req.mode,
        "due": [dict(rule.written) for rule in req.due],
    }
    if req.previous is not None:
        out["previous"] = req.previous
    if req.carried_from is not None:
        out["carried_from"] = carried_document(req.carried_from)
    return out


def carried_document(carried: CarriedFrom | None) -> dict[str, Any] | None:
    """A requirement's `carried_from` as JSON (None when it has none)."""
    if carried is None:
        return None
    return {
        "year": carried.year,
        "req": carried.req,
        "units": list(carried.units),
        "periods": list(carried.periods),
        "due": carried.due.isoformat() if carried.due else None,
    }
