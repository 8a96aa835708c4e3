"""`zwgk units`: every unit and group with how many requirements it leads or supports."""

from __future__ import annotations

from dataclasses import dataclass

from zwgk.model.directory import Directory
from zwgk.model.plan import Plan


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str
    kind: str
    """department | town | other for units; `group` or `vague` for groups."""
    leads: int
    supports: int
    aliases: tuple[str, ...]
    members: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "leads": self.leads,
            "supports": self.supports,
            "aliases": list(self.aliases),
            "members": list(self.members),
        }


def unit_roster(plan: Plan, directory: Directory) -> list[RosterRow]:
    """Units count the requirements they answer for, directly or through a group
    (a town leads what 各镇（街道） leads); groups count where they are named."""
    leads: dict[str, int] = {}
    supports: dict[str, int] = {}
    for req in plan.requirements():
        lead_ids = set(directory.expand_all(req.lead)) | set(req.lead)
        support_ids = (set(directory.expand_all(req.support)) | set(req.support)) - lead_ids
        for ref in lead_ids:
            leads[ref] = leads.get(ref, 0) + 1
        for ref in support_ids:
            supports[ref] = supports.get(ref, 0) + 1
    rows = [
        RosterRow(u.id, u.name, u.kind, leads.get(u.id, 0), supports.get(u.id, 0), u.aliases)
        for u in directory.units.values()
    ]
    rows += [
        RosterRow(
            g.id,
            g.name,
            "vague" if g.vague else "group",
            leads.get(g.id, 0),
            supports.get(g.id, 0),
            g.aliases,
            directory.expand(g.id),
        )
        for g in directory.groups.values()
    ]
    return rows
