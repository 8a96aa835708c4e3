"""`zwgk report --week/--month/--as-of`: the period a report covers and the
day its figures stand on, from what the clerk typed. Text that names no week
or month, both options, or an as-of day outside the period is refused here, in
the command line's words; the engine only knows the periods (`ReportPeriod`)."""

from __future__ import annotations

import datetime as dt

from zwgk.engine.report import ReportPeriod, period_of
from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.model.dates import read_month, read_week
from zwgk.model.limits import DATE_YEARS

# As clerks type them, read by `model.dates`: a week 2018-W41, 2018W41,
# 2018年第41周; a month 2018-10, 2018/10, 2018年10月 (full-width alike).


def parse_week(text: str) -> ReportPeriod:
    """`2018-W40` → that ISO week, Monday to Sunday."""
    try:
        year, week = read_week(text)
    except ValueError:
        pass
    else:
        if year in DATE_YEARS:
            return period_of("week", dt.date.fromisocalendar(year, week, 1))
    raise ZwgkError(t("cli.report_bad_week", value=text), hint=t("cli.report_week_hint"))


def parse_month(text: str) -> ReportPeriod:
    """`2018-10` or `2018年10月` → that calendar month."""
    try:
        year, month = read_month(text)
    except ValueError:
        pass
    else:
        if year in DATE_YEARS:
            return period_of("month", dt.date(year, month, 1))
    raise ZwgkError(t("cli.report_bad_month", value=text), hint=t("cli.report_month_hint"))


def choose(
    week: str | None, month: str | None, as_of: dt.date | None, today: dt.date
) -> tuple[ReportPeriod, dt.date]:
    """The period and the as-of date of a report.

    No period: the week of the as-of date (default today). A period without
    `--as-of`: as it stood at the period's end, or today if that is earlier.
    An as-of date outside the period is refused: before it there is nothing to
    report, and after it the figures would no longer be the period's."""
    if week is not None and month is not None:
        raise ZwgkError(t("cli.report_week_or_month"), exit_code=EXIT_USAGE)
    if week is None and month is None:
        day = as_of or today
        return period_of("week", day), day
    period = parse_week(week) if week is not None else parse_month(month or "")
    day = as_of or min(today, period.end)
    if not period.start <= day <= period.end:
        raise ZwgkError(
            t("cli.report_as_of_outside", as_of=day, start=period.start, end=period.end,
              period=period.id),
            hint=t("cli.report_as_of_outside_hint"),
        )  # fmt: skip
    return period, day
