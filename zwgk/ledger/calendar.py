"""data/calendar.yaml: reading the holiday schedules a ledger adds, and the
words for a year no schedule knows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import CALENDAR
from zwgk.model.calendar import UnknownYearError, YearSchedule
from zwgk.model.findings import Finding
from zwgk.model.limits import DATE_YEARS


def unknown_year_error(exc: UnknownYearError) -> ZwgkError:
    """The year, the file to add it to, and how (exit 2: nothing can be computed)."""
    path = CALENDAR.as_posix()
    return ZwgkError(
        t("calendar.unknown_year", year=exc.year),
        hint=t("calendar.unknown_year_hint", year=exc.year, path=path),
        path=path,
        exit_code=EXIT_USAGE,
    )


def read_calendar(data: Any, path: str) -> tuple[dict[int, YearSchedule], list[Finding]]:
    """Parse calendar.yaml: `YEAR: {holidays: [...], workdays: [...], source: ...}`."""
    from zwgk.ledger.schema import Reader
    from zwgk.ledger.yamlio import Sequence

    r = Reader(path)
    out: dict[int, YearSchedule] = {}
    if data is None:
        return out, r.findings
    top = r.as_mapping(data, (1, 1), "calendar.yaml")
    if top is None:
        return out, r.findings
    for year, value in top.items():
        pos = top.key_pos.get(year, (1, 1))
        if not isinstance(year, int) or isinstance(year, bool) or year not in DATE_YEARS:
            r.error(pos, "bad-value", t("calendar.bad_year", year=year), t("calendar.format_hint"))
            continue
        m = r.as_mapping(value, top.pos(year), str(year))
        if m is None:
            continue
        r.keys(m, ("holidays", "workdays", "source"), ("holidays", "source"), str(year))
        days: dict[str, set[dt.date]] = {"holidays": set(), "workdays": set()}
        for key, chosen in days.items():
            if m.get(key) is None:
                continue
            seq = r.as_sequence(m[key], m.pos(key), f"{year} {key}")
            for i, raw in enumerate(seq if seq is not None else Sequence()):
                where = seq.pos(i) if seq is not None else m.pos(key)
                day = r.date_value(raw, where, f"{year} {key}")
                if day is None:
                    continue
                if day.year != year:
                    r.error(where, "bad-date", t("calendar.wrong_year", day=day, year=year))
                    continue
                if key == "workdays" and day.weekday() < 5:
                    r.warning(where, "calendar-weekday", t("calendar.workday_not_weekend", day=day))
                chosen.add(day)
        both = days["holidays"] & days["workdays"]
        for day in sorted(both):
            r.error(m.pos("workdays"), "bad-date", t("calendar.both", day=day))
        source = r.text(m, "source", str(year))
        out[year] = YearSchedule(frozenset(days["holidays"]), frozenset(days["workdays"]), source)
    return out, r.findings
