"""`zwgk export`: the plan as JSON, the obligations as CSV, Excel or an
iCalendar file, or (`--plan`) the plan as a decomposition table."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.console import err_console, json_text, write_out
from zwgk.cli.options import (
    AsOf,
    IgnoreErrors,
    WarnDays,
    as_of_date,
    ledger_root,
    load_plan_checked,
    warn_window,
)
from zwgk.errors import ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    import datetime as dt

commands = typer.Typer()


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    ics = "ics"


@commands.command(help=t("help.export"), epilog=t("help.export_example"))
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=t("help.opt_export_format"))
    ] = ExportFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_output"))
    ] = None,
    as_of: AsOf = None,
    warn_days: WarnDays = None,
    plan_table: Annotated[bool, typer.Option("--plan", help=t("help.opt_plan"))] = False,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
    ignore_errors: IgnoreErrors = False,
) -> None:
    # Read even where the format has no use for them: a mistyped value is
    # said, not silently dropped.
    day = as_of_date(as_of)
    warn = warn_window(warn_days)
    root = ledger_root()
    if output is not None:
        from zwgk.outputs.outfiles import refuse_output

        refuse_output(output, root, force)
    if plan_table:
        _export_plan(format, output, root, ignore_errors, day)
        return
    if format is ExportFormat.json:
        from zwgk.outputs.planjson import plan_document

        ledger, _ = load_plan_checked(root, ignore_errors, as_of=day)
        doc = plan_document(ledger.plan, ledger.directory)
        write_out(json_text(doc, ensure_ascii=False, indent=2) + "\n", output)
        return
    from zwgk.engine.obligations import all_obligations

    if format is ExportFormat.xlsx and output is None:
        raise ZwgkError(t("export.needs_output", format="xlsx"), hint=t("export.needs_output_hint"))
    ledger, _ = load_plan_checked(
        root, ignore_errors, with_progress=True, progress_must_read=True, as_of=day
    )
    plan = ledger.plan
    obs = all_obligations(plan, ledger.directory, ledger.entries, ledger.calendar, day, warn)
    if format is ExportFormat.ics:
        from zwgk.outputs.ical import calendar_bytes

        write_out(calendar_bytes(obs, plan, ledger.directory, day), output)
        return
    from zwgk.outputs.sheets import rows, to_csv, write_xlsx

    table = rows(obs, plan, ledger.directory, day)
    if format is ExportFormat.csv:
        write_out(to_csv(table), output)
    else:
        assert output is not None
        write_xlsx(table, output, t("export.sheet_all"))
        err_console().print(Text(t("export.written", path=output)))


def _export_plan(
    format: ExportFormat, output: Path | None, root: Path, ignore_errors: bool, day: dt.date
) -> None:
    """The plan as a decomposition table, for `zwgk import` or another office."""
    if format not in (ExportFormat.csv, ExportFormat.xlsx):
        raise ZwgkError(t("export.plan_formats"), hint=t("export.plan_formats_hint"))
    if format is ExportFormat.xlsx and output is None:
        raise ZwgkError(t("export.needs_output", format="xlsx"), hint=t("export.needs_output_hint"))
    from zwgk.tables.sheet import plan_csv, write_plan_xlsx

    ledger, _ = load_plan_checked(root, ignore_errors, as_of=day)
    if format is ExportFormat.csv:
        write_out(plan_csv(ledger.plan, ledger.directory), output)
        return
    assert output is not None
    write_plan_xlsx(ledger.plan, ledger.directory, output)
    err_console().print(Text(t("export.written", path=output)))
