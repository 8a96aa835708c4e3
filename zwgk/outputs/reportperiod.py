"""A report period in words (2018 年第 41 周, week 41 of 2018), for the Word
report and for the templates, which read it as `report.period.label`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from zwgk.engine.report import Report, ReportPeriod
from zwgk.i18n import t


def period_label(period: ReportPeriod) -> str:
    if period.kind == "week":
        year, week = period.id.split("-W")
        return t("report.week_label", year=year, week=int(week))
    return t("report.month_label", year=period.start.year, month=period.start.month)


@dataclass(frozen=True)
class LabelledPeriod(ReportPeriod):
    """A period as the templates see it: with its `label`."""

    @property
    def label(self) -> str:
        return period_label(self)


def labelled(report: Report) -> Report:
    """`report` as the templates read it: its period has a `label`."""
    p = report.period
    return replace(report, period=LabelledPeriod(p.kind, p.id, p.start, p.end))
