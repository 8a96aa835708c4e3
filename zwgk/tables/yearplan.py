"""`zwgk import FILE --year YYYY` inside a ledger of plan years: the table
becomes data/plans/YYYY.yaml of that ledger, its requirements matched to the
plan of the year before (`matching.py`).

What the table's year plan may use and what it may not:

- the ledger's units.yaml, shared by every year, is never written: a unit or
  group the table names that the ledger does not know stops the import (exit
  2), listed with a line to add to units.yaml, or the hint to record a
  reorganisation (`zwgk units rename`), which is what a renamed unit needs
  for last year's obligations to follow it. A provisional `new-1` written into
  the shared file would be a unit of every year and would stand in the way
  of that rename.
- a ledger of one plan (data/tasks.yaml) is moved to data/plans/ first
  (`zwgk plan migrate`); the import refuses rather than leave a ledger of
  both layouts, which no command reads.
- an existing plan of the year is replaced only with `--force`.

Matched requirements keep the new table's ids (the numbers the offices read
in the document they received; last year's task 21 may be this year's 20)
and name last year's id in `previous:`.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import UNITS, plan_rel
from zwgk.ledger.yamlio import dump_flow, parse
from zwgk.model.directory import Directory
from zwgk.tables.importer import Draft
from zwgk.tables.matching import Matching, match, requirements
from zwgk.tables.planyaml import plan_text


class YearPlan(NamedTuple):
    rel: str
    """The plan file written: data/plans/YYYY.yaml."""
    text: str
    previous_year: int | None
    """The plan year matched against: the latest before the table's; None
    when the ledger holds no earlier year."""
    matching: Matching | None


def refuse_unknown_units(draft: Draft, directory: Directory) -> None:
    """Units and groups the table names that units.yaml lacks: listed, with
    the line each would take in units.yaml, and nothing written."""
    lines = [dump_flow({"id": u, "name": draft.units[u].name, "kind": draft.units[u].kind})
             for u in draft.new_units]  # fmt: skip
    lines += [
        dump_flow({"id": g.id, "name": g.name, **({"vague": True} if g.vague else {})})
        for g in draft.groups.values()
        if g.id not in directory.groups
    ]
    if lines:
        names = [draft.units[u].name for u in draft.new_units]
        names += [g.name for g in draft.groups.values() if g.id not in directory.groups]
        raise ZwgkError(
            t("import.unknown_in_ledger", n=len(names), names=t("common.list_sep").join(names),
              units=UNITS),
            hint=t("import.unknown_in_ledger_hint", units=UNITS, lines="\n".join(
                f"  - {line}" for line in lines)),
            exit_code=EXIT_USAGE,
        )  # fmt: skip


def prepare(root: Path, draft: Draft) -> YearPlan:
    """The year's plan text, its requirements matched to the previous year's
    (each matched one gets `previous:`); nothing is written."""
    from zwgk.ledger.load import DiskFiles, load_ledger
    from zwgk.ledger.plan import read_plan
    from zwgk.ledger.years import previous_year

    rel = plan_rel(draft.year)
    before = previous_year(DiskFiles(root).plan_years(), draft.year)
    if before is None:
        return YearPlan(rel, plan_text(draft, rel, []), None, None)
    old = load_ledger(root, with_progress=False, year=before).plan
    if old is None:
        raise ZwgkError(
            t("import.previous_unreadable", path=plan_rel(before)),
            hint=t("import.previous_unreadable_hint", year=before),
            exit_code=EXIT_USAGE,
        )
    new, _ = read_plan(parse(plan_text(draft, rel, []), rel)[0], rel)
    assert new is not None  # plan_text read it back already
    matching = match(requirements(old), requirements(new), before, draft.year)
    previous = matching.previous()
    for task in draft.tasks:
        for req in task["requirements"]:
            if req["id"] in previous:
                req["previous"] = previous[req["id"]]
    header = [t("import.yaml_matched_header", path=plan_rel(before))]
    return YearPlan(rel, plan_text(draft, rel, header), before, matching)


def write(root: Path, plan: YearPlan, force: bool, drop_carried: bool) -> Path:
    """Write the year's plan into the ledger (`yearfile.write_plan`: locked,
    atomically; an existing file only with `force`, one holding carried-over
    requirements only with `drop_carried`, both checked again under the lock)."""
    from zwgk.tables.yearfile import write_plan

    write_plan(root, int(Path(plan.rel).stem), plan.text, force, drop_carried)
    return root / plan.rel
