"""Who holds a requirement's obligations through reorganisations (机构改革).

`units.yaml` `changes:` rename units or merge them into another on a date. For
one requirement, each unit that answers for it (`obligations.holders`) is
followed through the changes:

- obligations due before a unit is renamed or merged away stay its own
  (history keeps the old name); those due from that day belong to its
  successor; an undated (ongoing) obligation belongs to whoever exists on the
  as-of date;
- a unit that a change created owes nothing due before it existed;
- a successor reached from several units (two bureaus merged into one, on one
  day or on different days) holds each obligation once, from the earliest day
  it took one of them over;
- whose entries count: the holder's own and, in a joint requirement, the
  co-leads' and their successors'; a predecessor's entries dated before it
  was succeeded (the work carries on); a successor's entries for an old
  unit's backlog only when they name the period (a plain entry of the new
  unit is its own work, not the old unit's).

The result is a list of `Segment`s: one holder over one span of due dates,
spans of one unit never overlapping.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import NamedTuple

from zwgk.model.directory import Directory


class Segment(NamedTuple):
    unit: str
    members: frozenset[str]
    """Units whose every entry counts (the holder, co-leads of a joint one)."""
    carried: dict[str, dt.date]
    """Predecessors: their entries dated before the day they were succeeded count."""
    heirs: frozenset[str]
    """Successors: their entries count when they name a period."""
    since: dt.date | None
    until: dt.date | None


class _Piece(NamedTuple):
    since: dt.date | None
    until: dt.date | None
    carried: dict[str, dt.date]
    members: frozenset[str]


def segments(base: list[tuple[str, frozenset[str]]], directory: Directory) -> list[Segment]:
    """The segments of the holders `base` ((unit, members) as the plan names
    them) once the directory's changes are applied."""
    pieces: dict[str, list[_Piece]] = {}
    for unit, members in base:
        co_leads = set(members - {unit})
        for member in members - {unit}:
            co_leads.update(new for _, new in directory.successors(member))
        arrivals = directory.arrivals(unit)
        created = next((day for day, _, made in arrivals if made), None)
        chain = directory.successors(unit)
        until = chain[0][0] if chain else None
        own = frozenset({unit} | co_leads)
        pieces.setdefault(unit, []).append(_Piece(created, until, {}, own))
        for day, olds, _ in arrivals:  # units it took over, whether or not the plan names them
            took = {old: day for old in olds}
            pieces[unit].append(_Piece(day, until, took, own))
        carried: dict[str, dt.date] = {}
        holder = unit
        for index, (day, new) in enumerate(chain):
            carried = {**carried, holder: day}
            following = chain[index + 1][0] if index + 1 < len(chain) else None
            pieces.setdefault(new, []).append(
                _Piece(day, following, carried, frozenset({new} | co_leads))
            )
            holder = new
    out: list[Segment] = []
    for unit, unit_pieces in pieces.items():
        heirs = frozenset(new for _, new in directory.successors(unit))
        out.extend(_partition(unit, unit_pieces, heirs))
    return out


def _partition(unit: str, pieces: list[_Piece], heirs: frozenset[str]) -> list[Segment]:
    """Pieces of one unit cut at every boundary, so spans never overlap; a span
    takes the members and predecessors of every piece covering it."""
    cuts = sorted({d for p in pieces for d in (p.since, p.until) if d is not None})
    bounds: list[dt.date | None] = [None, *cuts, None]
    out: list[Segment] = []
    for since, until in pairwise(bounds):
        covering = [p for p in pieces if _covers(p, since, until)]
        if not covering:
            continue
        carried: dict[str, dt.date] = {}
        members: set[str] = set()
        for piece in covering:
            members |= piece.members
            for old, day in piece.carried.items():
                carried[old] = min(day, carried.get(old, day))
        segment = Segment(unit, frozenset(members), carried, heirs, since, until)
        last = out[-1] if out else None
        if last is not None and (last.members, last.carried) == (segment.members, carried):
            out[-1] = last._replace(until=until)  # the same holder on: one span
        else:
            out.append(segment)
    return out


def _covers(piece: _Piece, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether `piece` covers the whole span [since, until) (spans are cut at
    every piece boundary, so covering part means covering all)."""
    starts = piece.since is None or (since is not None and since >= piece.since)
    ends = piece.until is None or (until is not None and until <= piece.until)
    return starts and ends
