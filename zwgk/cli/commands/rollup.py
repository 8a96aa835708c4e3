"""`zwgk rollup`: a city's view over county ledgers — each county fetched
with git (or read in place), its status computed on one as-of day, and the
comparison printed or written as JSON, CSV or HTML."""

# No `from __future__ import annotations` here: typer reads the command's
# annotations (see status.py).

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from zwgk.cli.console import out_console, print_error, write_out
from zwgk.cli.options import (
    AsOf,
    WarnDays,
    as_of_date,
    chosen_year,
    ledger_root_if_any,
    warn_window,
)
from zwgk.errors import EXIT_DATA, EXIT_USAGE, ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from zwgk.ledger.load import Ledger, PlannedLedger
    from zwgk.ledger.remote import Copy

commands = typer.Typer()


class RollupFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


CONFIG = "rollup.yaml"


@commands.command(help=t("help.rollup"), epilog=t("help.rollup_example"))
def rollup(
    config: Annotated[
        Path, typer.Option("--config", "-c", metavar="FILE", help=t("help.opt_rollup_config"))
    ] = Path(CONFIG),
    offline: Annotated[bool, typer.Option("--offline", help=t("help.opt_offline"))] = False,
    as_of: AsOf = None,
    warn_days: WarnDays = None,
    format: Annotated[
        RollupFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = RollupFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_rollup_output")),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
) -> None:
    from zwgk.engine.rollup import FAILED, late_across
    from zwgk.engine.rollup import rollup as compute
    from zwgk.ledger.remote import fetch_all, in_place
    from zwgk.ledger.rollupconf import read_config

    day = as_of_date(as_of)
    warn = warn_window(warn_days)
    sources, findings = read_config(config, str(config))
    if findings:
        for f in findings:
            print_error(ZwgkError(f.message, hint=f.hint, path=f.path, line=f.line or None,
                                  col=f.col or None))  # fmt: skip
        raise typer.Exit(EXIT_USAGE)
    if output is not None:  # before any fetch: a mistyped -o costs nothing
        if format is RollupFormat.text:
            raise typer.BadParameter(t("cli.rollup_output_text"), param_hint="--output")
        here = [in_place(source) for source in sources]
        folders = [c.ledger_folder for c in here if c is not None and c.ledger_folder is not None]
        _refuse_output(output, folders, force)
    copies = fetch_all(sources, offline)
    # `--year`: every county at that year's plan (one not holding it is
    # shown unreadable, with the years it holds); else each at the plan of
    # the as-of day's year, as `status` reads its own.
    counties = compute(copies, day, warn, _load, chosen_year())
    late = late_across(counties)
    if format is RollupFormat.json:
        from zwgk.outputs.rollup import rollup_document, rollup_json

        # As bytes, like the CSV and HTML: tens of megabytes for a city, and
        # its controls are escaped already (a terminal still gets it decoded).
        write_out(rollup_json(rollup_document(counties, late, day)).encode("utf-8"), output)
    elif format is RollupFormat.csv:
        from zwgk.outputs.rollup import rollup_csv

        write_out(rollup_csv(counties).encode("utf-8"), output)
    elif format is RollupFormat.html:
        from zwgk.outputs.rollup_html import rollup_html

        write_out(rollup_html(counties, late, day).encode("utf-8"), output)
    else:
        from zwgk.outputs.rollup import print_rollup

        print_rollup(counties, late, day, out_console())
    # A county not computed, or computed from an older copy because its
    # remote could not be fetched (not when --offline asked for no fetch).
    if any(c.state in FAILED or c.copy.problem for c in counties):
        raise typer.Exit(EXIT_DATA)


def _load(copy: "Copy", as_of: "dt.date", year: int | None) -> "PlannedLedger":
    """A county's ledger behind `status`'s gate: a plan with errors stops it."""
    from zwgk.review.rollup import load_county

    return load_county(copy, _judge, as_of, year)


def _judge(ledger: "Ledger") -> None:
    from zwgk.checks.gate import gate
    from zwgk.engine.rollup import ERRORS_KEPT, PlanStopped

    found = gate(ledger)
    if found.stops:
        raise PlanStopped(found.blocking[:ERRORS_KEPT], len(found.blocking))


def _refuse_output(output: Path, folders: list[Path], force: bool) -> None:
    """`-o` as every command's: never into a ledger's data/ — the ledger here,
    if any, nor the data/ of a county's folder read in place (the folder
    itself, like a ledger's own, may take a report) — and an existing file
    only with --force."""
    from zwgk.outputs.outfiles import refuse_ledger_data, refuse_output

    for folder in folders:
        refuse_ledger_data(output, folder)
    refuse_output(output, ledger_root_if_any() or Path.cwd(), force)
