"""`zwgk report`: the weekly or monthly report (政务公开工作周报/月报) as data.

The core gathers everything a report shows into plain values, without words;
templates (`outputs/templates.py`) and the Word writer (`outputs/word.py`) lay
them out, and `outputs/reportperiod.py` words the period. Every figure
comes from the same obligations `zwgk status` computes for the as-of date, so
the report and `zwgk status --format json` never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from zwgk.engine.obligations import (
    STATUS_CODES,
    Obligation,
    Snapshot,
    all_obligations,
    plan_order,
    requirement_order,
)
from zwgk.engine.privacy import shown
from zwgk.engine.status import (
    Standing,
    UnitRollup,
    by_unit,
    completion,
    dated_summary,
    days_late,
    due_moved,
    on_time_rate,
    standing_summary,
    summary,
    worst_first,
)
from zwgk.model.calendar import WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.plan import Entry, Plan

UPCOMING_DAYS = 14


@dataclass(frozen=True)
class ReportPeriod:
    """The week (ISO) or month a report covers."""

    kind: Literal["week", "month"]
    id: str
    """`2018-W40` or `2018-10`."""
    start: dt.date
    end: dt.date

    def previous(self) -> ReportPeriod:
        return period_of(self.kind, self.start - dt.timedelta(days=1))


def period_of(kind: Literal["week", "month"], day: dt.date) -> ReportPeriod:
    """The week or month holding `day`."""
    if kind == "week":
        monday = day - dt.timedelta(days=day.weekday())
        iso = monday.isocalendar()
        return ReportPeriod(
            "week", f"{iso.year}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6)
        )
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return ReportPeriod(
        "month", f"{day.year}-{day.month:02d}", first, following - dt.timedelta(days=1)
    )


@dataclass(frozen=True)
class Figures:
    """The headline numbers on one date: `counts` is the status JSON summary
    (every obligation), `dated` its `dated` counts, `standing_duties` the standing
    duties reported on this year or not (`engine/status.row_state`).
    Completion and the on-time rate are over the dated obligations, as on the
    status screen: a standing duty has no natural "done"."""

    as_of: dt.date
    counts: dict[str, int]
    dated: dict[str, int]
    standing_duties: Standing

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def dated_total(self) -> int:
        return sum(self.dated.values())

    @property
    def standing(self) -> int:
        return self.total - self.dated_total

    @property
    def completed(self) -> int:
        """Dated obligations completed, on time or late."""
        return self.dated["done"] + self.dated["late"]

    @property
    def active(self) -> int:
        """Dated obligations that count towards completion: all but the exempt."""
        return self.dated_total - self.dated["exempt"]

    @property
    def completion(self) -> float | None:
        return completion(self.dated)

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.dated)


@dataclass(frozen=True)
class Change:
    """One headline figure now and at the end of the previous period."""

    code: str
    """A status code counting the dated obligations, `dated` (their total),
    or `recorded`/`unrecorded`/`on_display` counting the standing duties."""
    now: int
    before: int

    @property
    def delta(self) -> int:
        return self.now - self.before


@dataclass(frozen=True)
class Line:
    """One obligation as a report row."""

    task: int
    req: str
    text: str
    unit: str
    unit_name: str
    period: str | None
    due: dt.date | None
    status: str
    completed: dt.date | None
    days_late: int | None
    """Days past due on the as-of date (overdue), or completed after due (late)."""
    days_left: int | None
    """Working days left before the due date (open or due soon; None when the
    calendar does not know a year up to it)."""
    last_workday: dt.date | None
    """The due date, or the last working day before it when it is a day off."""
    note: str | None
    evidence: tuple[str, ...]
    """The closing entry's note and evidence, personal data masked unless the
    entry says `pii_ok`."""

    @property
    def moved(self) -> bool:
        """Still to do and due on a day off: `last_workday` is the day to act by."""
        return due_moved(self.status, self.due, self.last_workday)


@dataclass(frozen=True)
class UnitLines:
    """The rows of one unit, for sections grouped by unit."""

    unit: str
    unit_name: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class PartProgress:
    no: str
    title: str
    obligations: int
    """Its dated obligations, all but the exempt."""
    completed: int
    overdue: int

    @property
    def completion(self) -> float | None:
        return round(self.completed / self.obligations, 4) if self.obligations else None


@dataclass(frozen=True)
class Report:
    """Everything a report shows; the templates receive it as `report`."""

    plan_title: str
    period: ReportPeriod
    as_of: dt.date
    figures: Figures
    previous: Figures
    """The same figures at the end of the previous period."""
    changes: tuple[Change, ...]
    completed: tuple[UnitLines, ...]
    """Dated obligations completed (on time or late) within the period, up to
    the as-of date; a standing duty is never finished (figures: 有记录)."""
    overdue: tuple[UnitLines, ...]
    upcoming: tuple[Line, ...]
    """Not completed and due within UPCOMING_DAYS of the as-of date."""
    upcoming_days: int
    units: tuple[UnitRollup, ...]
    """Per accountable unit, worst first: most overdue, then lowest on-time rate."""
    parts: tuple[PartProgress, ...]

    @property
    def overdue_units(self) -> tuple[UnitRollup, ...]:
        """Units with something overdue, most first: the overdue chart."""
        return tuple(u for u in self.units if u.dated["overdue"])

    @property
    def max_overdue(self) -> int:
        return max((u.dated["overdue"] for u in self.units), default=0)


def line(ob: Obligation, directory: Directory, as_of: dt.date) -> Line:
    entry = ob.closed_by
    return Line(
        task=ob.req.task,
        req=ob.req.id,
        text=ob.req.text,
        unit=ob.unit,
        unit_name=directory.name(ob.unit),
        period=ob.period,
        due=ob.due,
        status=ob.status,
        completed=ob.completed,
        days_late=days_late(ob, as_of),
        days_left=ob.workdays_left,
        last_workday=ob.last_workday,
        note=shown(entry.note, entry.pii_ok) if entry and entry.note is not None else None,
        evidence=tuple(shown(e, entry.pii_ok) for e in entry.evidence) if entry else (),
    )


def _by_unit(
    obs: list[Obligation], directory: Directory, as_of: dt.date, *, most_first: bool
) -> tuple[UnitLines, ...]:
    """Group rows by accountable unit: in units.yaml order, or (overdue lists)
    the unit with the most rows first. Within a unit, requirement by
    requirement (its text once, then 同上), oldest due first."""
    grouped: dict[str, list[Obligation]] = {}
    for ob in obs:
        grouped.setdefault(ob.unit, []).append(ob)

    def unit_key(unit: str) -> tuple[int, tuple[int, str]]:
        return (-len(grouped[unit]) if most_first else 0, directory.order(unit))

    out = []
    for unit in sorted(grouped, key=unit_key):
        rows = sorted(
            grouped[unit],
            key=lambda ob: (*requirement_order(ob.req), ob.due or dt.date.max),
        )
        out.append(
            UnitLines(unit, directory.name(unit), tuple(line(ob, directory, as_of) for ob in rows))
        )
    return tuple(out)


def _parts(plan: Plan, obs: list[Obligation]) -> tuple[PartProgress, ...]:
    part_of = {task.no: task.part for task in plan.tasks}
    # One pass over the obligations, not one per part.
    of_part: dict[str, list[Obligation]] = {part.no: [] for part in plan.parts}
    for ob in obs:
        mine = of_part.get(part_of.get(ob.req.task))  # type: ignore[arg-type]
        if mine is not None:
            mine.append(ob)
    out = []
    for part in plan.parts:
        # Completion is over the dated obligations, as in the figures.
        counts = dated_summary(of_part[part.no])
        out.append(
            PartProgress(
                part.no,
                part.title,
                sum(counts.values()) - counts["exempt"],
                counts["done"] + counts["late"],
                counts["overdue"],
            )
        )
    return tuple(out)


def build_report(
    plan: Plan,
    directory: Directory,
    entries: list[Entry],
    calendar: WorkCalendar,
    period: ReportPeriod,
    as_of: dt.date,
    warn_days: int,
) -> Report:
    """The report of `period` as of `as_of`; `entries` in the order they were read."""
    before_day = period.previous().end
    earlier = Snapshot(before_day)  # the previous period's end, in the same replay
    now = all_obligations(plan, directory, entries, calendar, as_of, warn_days, earlier=earlier)
    figures = Figures(as_of, summary(now), dated_summary(now), standing_summary(now, as_of))
    previous = Figures(
        before_day, earlier.counts, earlier.dated, standing_summary(earlier.standing, before_day)
    )
    # The dated obligations by status (never `ongoing`: that is a standing
    # duty's), then the standing duties reported on this year or not.
    changes = [Change("dated", figures.dated_total, previous.dated_total)]
    changes += [Change(code, figures.dated[code], previous.dated[code])
                for code in STATUS_CODES if code != "ongoing"]  # fmt: skip
    for code in ("recorded", "unrecorded", "on_display"):
        now_n, before_n = (getattr(f.standing_duties, code) for f in (figures, previous))
        if code != "on_display" or now_n or before_n:
            changes.append(Change(code, now_n, before_n))

    # A standing duty is left out: its done entry does not finish it (it
    # shows as 有记录 in the figures), and this section lists what is finished.
    completed = [
        ob
        for ob in now
        if not ob.standing
        and ob.completed is not None
        and period.start <= ob.completed <= min(period.end, as_of)
    ]
    overdue = [ob for ob in now if ob.status == "overdue"]
    horizon = as_of + dt.timedelta(days=UPCOMING_DAYS)
    upcoming = sorted(
        (
            ob
            for ob in now
            if ob.status in ("open", "due_soon") and ob.due is not None and ob.due <= horizon
        ),
        key=lambda ob: (ob.due or dt.date.max, *plan_order(ob)),
    )
    return Report(
        plan_title=plan.info.title,
        period=period,
        as_of=as_of,
        figures=figures,
        previous=previous,
        changes=tuple(changes),
        completed=_by_unit(completed, directory, as_of, most_first=False),
        overdue=_by_unit(overdue, directory, as_of, most_first=True),
        upcoming=tuple(line(ob, directory, as_of) for ob in upcoming),
        upcoming_days=UPCOMING_DAYS,
        units=tuple(worst_first(by_unit(now, directory, as_of))),
        parts=_parts(plan, now),
    )
