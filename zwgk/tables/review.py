"""What a clerk reviews after `zwgk import`: the draft's counts and its notes
by row. Words are chosen by the command; this module returns values."""

from __future__ import annotations

from typing import NamedTuple

from zwgk.model.directory import Directory
from zwgk.tables.importer import Draft, Note


class Counts(NamedTuple):
    parts: int
    tasks: int
    requirements: int
    rules: int
    """Deadline rules over all requirements."""
    known_units: int
    """Units of the directory the draft's requirements name."""
    new_units: int
    """Units added for names the directory lacks (`new-N`), to review."""
    groups: int
    """Groups the draft's requirements name."""
    each_groups: int
    """Of those, groups meaning each member."""
    vague_groups: int
    """Of those, vague groups (有关 / 相关 / 其他) that name nobody."""
    new_groups: int
    """Of those, groups the directory lacked, to review."""


def counts(draft: Draft, directory: Directory) -> Counts:
    reqs = [req for task in draft.tasks for req in task["requirements"]]
    used = {ref for req in reqs for ref in (*req["lead"], *req["support"])}
    groups = [draft.groups[ref] for ref in used if ref in draft.groups]
    return Counts(
        parts=len(draft.parts),
        tasks=len(draft.tasks),
        requirements=len(reqs),
        rules=sum(len(req["due"]) for req in reqs),
        known_units=len([ref for ref in used if ref in directory.units]),
        new_units=len(draft.new_units),
        groups=len(groups),
        each_groups=len([g for g in groups if not g.vague]),
        vague_groups=len([g for g in groups if g.vague]),
        new_groups=len([g for g in groups if g.id not in directory.groups]),
    )


def by_row(notes: list[Note]) -> list[tuple[int, list[Note]]]:
    """The notes grouped by the row they came from, rows in table order, the
    table as a whole (row 0) first; within a row, in the order met."""
    rows: dict[int, list[Note]] = {}
    for note in notes:
        rows.setdefault(note.row, []).append(note)
    return sorted(rows.items())
