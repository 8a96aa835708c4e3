"""`zwgk calendar add DATE N` and `zwgk calendar show YYYY-MM`: the working-day
calendar (official holidays and make-up workdays, plus the ledger's own)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.console import out_console
from zwgk.cli.helptext import Group
from zwgk.cli.options import ledger_root_if_any, parse_date
from zwgk.errors import ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.model.calendar import WorkCalendar

commands = typer.Typer(
    cls=Group, help=t("help.calendar"), no_args_is_help=True, rich_markup_mode=None
)


def _calendar() -> WorkCalendar:
    """The official calendar, plus the ledger's calendar.yaml when in a ledger
    (outside any ledger the package's years still work)."""
    from zwgk.ledger.load import load_calendar

    calendar, findings = load_calendar(ledger_root_if_any())
    errors = [f for f in findings if f.level == "error"]
    if errors:
        first = errors[0]
        raise ZwgkError(
            first.message,
            hint=first.hint or t("ledger.plan_has_errors_hint"),
            path=first.path,
            line=first.line,
            col=first.col,
        )
    return calendar


@commands.command("add", help=t("help.calendar_add"), epilog=t("help.calendar_add_example"))
def calendar_add(
    date: Annotated[str, typer.Argument(metavar="DATE", help=t("help.arg_date"))],
    n: Annotated[int, typer.Argument(metavar="N", help=t("help.arg_n"), min=0)],
) -> None:
    start = parse_date(date, "DATE")
    assert start is not None
    from zwgk.engine.calendar import add_workdays

    typer.echo(add_workdays(_calendar(), start, n).isoformat())


@commands.command("show", help=t("help.calendar_show"), epilog=t("help.calendar_show_example"))
def calendar_show(
    month: Annotated[str, typer.Argument(metavar="YYYY-MM", help=t("help.arg_month"))],
) -> None:
    from rich.table import Table

    from zwgk.engine.calendar import month_grid
    from zwgk.model.dates import read_month

    try:
        year, mon = read_month(month)
        dt.date(year, mon, 1)
    except ValueError:
        raise typer.BadParameter(t("cli.bad_month", value=month), param_hint="YYYY-MM") from None
    cal = _calendar()
    grid = month_grid(cal, year, mon)
    table = Table(title=t("calendar.title", year=year, month=mon), title_justify="left")
    for key in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        table.add_column(t(f"weekday.{key}"), justify="right")
    for week in grid:
        cells: list[str | Text] = []
        for day in week:
            if day is None:
                cells.append("")
                continue
            if cal.is_makeup_workday(day):
                cells.append(Text(f"{day.day}{t('calendar.makeup_mark')}", style="bold yellow"))
            elif cal.is_holiday(day):
                cells.append(Text(f"{day.day}{t('calendar.holiday_mark')}", style="bold red"))
            elif not cal.is_workday(day):
                cells.append(Text(str(day.day), style="dim"))
            else:
                cells.append(Text(str(day.day)))
        table.add_row(*cells)
    console = out_console()
    console.print(table)
    source = cal.schedule(year).source or ""
    console.print(Text(t("calendar.legend", source=source), style="dim"))
