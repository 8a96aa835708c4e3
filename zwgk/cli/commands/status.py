"""`zwgk status`: who owes what as of a day — the summary and the urgent
obligations on the screen, or every obligation as JSON or CSV; `--fail-on`
makes an overdue obligation exit 1 (for CI)."""

# No `from __future__ import annotations` here: typer reads the command's
# annotations on every run, and as strings each would be compiled and
# evaluated again (half of building the command; issue 17, startup).

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from zwgk.cli import completion
from zwgk.cli.console import json_text, out_console, write_out
from zwgk.cli.options import (
    AsOf,
    IgnoreErrors,
    WarnDays,
    as_of_date,
    ledger_root,
    load_plan_checked,
    parse_days,
    parse_status,
    resolve_units,
    say_unread,
    unit_option,
    warn_window,
)
from zwgk.errors import EXIT_DATA, ZwgkError
from zwgk.i18n import t

commands = typer.Typer()


class StatusFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FAIL_ON = ("overdue", "due_soon")
"""What `--fail-on` takes: overdue only, or due soon and worse."""


class GroupBy(StrEnum):
    unit = "unit"


def _say_year(years: "tuple[int, ...]", year: int) -> None:
    """On the screen of a ledger of several plan years: which one this is."""
    if len(years) > 1:
        from rich.text import Text

        others = t("common.list_sep").join(str(y) for y in years if y != year)
        out_console().print(Text(t("status.plan_year", year=year, others=others), style="dim"))


@commands.command(help=t("help.status"), epilog=t("help.status_example"))
def status(
    as_of: AsOf = None,
    unit: Annotated[
        list[str] | None,
        unit_option(t("help.opt_status_unit")),
    ] = None,
    task: Annotated[
        list[int] | None,
        typer.Option(
            "--task", metavar="N", help=t("help.opt_task"), autocompletion=completion.task
        ),
    ] = None,
    part: Annotated[
        list[str] | None,
        typer.Option(
            "--part", metavar="PART", help=t("help.opt_part"), autocompletion=completion.part
        ),
    ] = None,
    status_: Annotated[
        list[str] | None,
        typer.Option(
            "--status", metavar="CODE", help=t("help.opt_status"), autocompletion=completion.status
        ),
    ] = None,
    due_within: Annotated[
        str | None, typer.Option("--due-within", metavar="DAYS", help=t("help.opt_due_within"))
    ] = None,
    by: Annotated[GroupBy | None, typer.Option("--by", help=t("help.opt_by_unit"))] = None,
    format: Annotated[
        StatusFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = StatusFormat.table,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="[overdue|due_soon]",
            help=t("help.opt_fail_on"),
            autocompletion=completion.fail_on,
        ),
    ] = None,
    warn_days: WarnDays = None,
    show_all: Annotated[bool, typer.Option("--all", help=t("help.opt_all"))] = False,
    wide: Annotated[bool, typer.Option("--wide", help=t("help.opt_wide"))] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_status_output")),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
    ignore_errors: IgnoreErrors = False,
) -> None:
    from zwgk.engine.obligations import STATUS_CODES, all_obligations, depends_on
    from zwgk.engine.status import (
        Filters,
        by_unit_document,
        keep,
        status_document,
        unread_document,
    )

    if by is not None and show_all:  # a row per unit, or a row per obligation: not both
        raise typer.BadParameter(t("cli.not_together", first="--by", second="--all"))
    if output is not None:
        if format is StatusFormat.table:
            raise typer.BadParameter(t("cli.status_output_table"), param_hint="--output")
        from zwgk.outputs.outfiles import refuse_output

        refuse_output(output, ledger_root(), force)
    day = as_of_date(as_of)
    warn = warn_window(warn_days)
    statuses = {parse_status(code, STATUS_CODES, "--status") for code in status_ or ()}
    failing_on = None if fail_on is None else parse_status(fail_on, FAIL_ON, "--fail-on")
    ledger, _ = load_plan_checked(
        ledger_root(),
        ignore_errors,
        with_progress=True,
        progress_must_read=True,
        per_unit=True,
        as_of=day,
    )
    plan = ledger.plan
    directory = ledger.directory
    units = resolve_units(directory, unit or [])
    known_tasks = {task.no for task in plan.tasks}
    for no in sorted(set(task or ()) - known_tasks):
        raise typer.BadParameter(
            t("cli.bad_task", task=no, low=min(known_tasks), high=max(known_tasks)),
            param_hint="--task",
        )
    parts = set()
    for typed in part or ():
        found = plan.part(typed)
        if found is None:
            known = t("common.list_sep").join(p.no for p in plan.sorted_parts())
            raise typer.BadParameter(t("cli.bad_part", part=typed, parts=known),
                                     param_hint="--part")  # fmt: skip
        parts.add(found.no)
    filters = Filters(
        units=frozenset(units),
        tasks=frozenset(task or ()),
        parts=frozenset(parts),
        statuses=frozenset(statuses),
        due_within=parse_days(due_within, "--due-within"),
    )
    obs = all_obligations(plan, directory, ledger.entries, ledger.calendar, day, warn)
    obs = [ob for ob in obs if keep(ob, filters, day, plan)]
    unknown = 0
    if ledger.unread:
        # A unit's file that cannot be read: what depends on its entries is
        # left out, never shown as open or overdue from entries not read.
        shown = [ob for ob in obs if not depends_on(ob, frozenset(ledger.unread))]
        unknown, obs = len(obs) - len(shown), shown
        say_unread(ledger, unknown, whole=not obs)
        if unknown and not obs:
            raise ZwgkError(t("cli.status_all_unread", n=unknown), exit_code=EXIT_DATA)

    if format is StatusFormat.json:
        doc = by_unit_document(obs, directory, day) if by else status_document(obs, directory, day)
        doc["unread"] = unread_document(ledger.unread, directory, unknown)
        write_out(json_text(doc, ensure_ascii=False, indent=2) + "\n", output)
    elif format is StatusFormat.csv:
        from zwgk.outputs.statuscsv import status_csv

        write_out(status_csv(obs, directory, by is not None, day).encode("utf-8"), output)
    elif by is not None:
        from zwgk.outputs.screen import print_by_unit

        _say_year(ledger.years, plan.info.year)
        print_by_unit(obs, directory, day, out_console())
    else:
        from zwgk.outputs.screen import print_status

        explicit = bool(status_) or filters.due_within is not None
        _say_year(ledger.years, plan.info.year)
        print_status(
            obs,
            plan,
            directory,
            day,
            out_console(),
            fold_rows=not (show_all or unit),
            all_rows=show_all or explicit,
            wide=wide,
            warn=warn,
        )
    if unknown:
        raise typer.Exit(EXIT_DATA)  # what was asked for is not all there
    if failing_on is not None:
        failing = {"overdue"} if failing_on == "overdue" else {"overdue", "due_soon"}
        if any(ob.status in failing for ob in obs):
            raise typer.Exit(EXIT_DATA)
