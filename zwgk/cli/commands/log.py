"""`zwgk log [REQ] [--unit UNIT]`: the entries of a requirement or a unit,
each with the commit that wrote it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.text import Text

from zwgk.cli import completion
from zwgk.cli.console import json_text, out_console
from zwgk.cli.options import ledger_root, load_plan_or_fail, resolve_units, unit_option
from zwgk.i18n import t

commands = typer.Typer()


class LogFormat(StrEnum):
    text = "text"
    json = "json"


@commands.command("log", help=t("help.log"), epilog=t("help.log_example"))
def log_(
    req: Annotated[
        str | None,
        typer.Argument(
            metavar="[REQ]", help=t("help.arg_log_req"), autocompletion=completion.requirement
        ),
    ] = None,
    unit: Annotated[
        list[str] | None,
        unit_option(t("help.opt_log_unit")),
    ] = None,
    format: Annotated[
        LogFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = LogFormat.text,
) -> None:
    from zwgk.outputs.diffwords import describe_entry
    from zwgk.review.git import Git
    from zwgk.review.history import entry_log

    if req is None and not unit:
        raise typer.BadParameter(t("log.need_what"), param_hint="REQ")
    root = ledger_root()
    ledger = load_plan_or_fail(root, with_progress=True, progress_must_read=True)
    if req is not None:
        from zwgk.ledger.record import resolve_requirement

        req = resolve_requirement(ledger, req).id  # 21．1 is 21.1; unknown: a did-you-mean
    units = {
        u for u in resolve_units(ledger.directory, unit or []) if u in ledger.directory.units
    } if unit else None  # fmt: skip
    logged = entry_log(Git(root), ledger, req, units)
    name = ledger.directory.name
    if format is LogFormat.json:
        from zwgk.engine.compare import entry_fields

        doc = [
            {
                "file": x.file,
                "line": x.entry.line,
                "unit": x.entry.unit,
                "unit_name": name(x.entry.unit),
                "entry": entry_fields(x.entry),
                "commit": None if x.commit is None else {
                    "hash": x.commit.hash,
                    "author": x.commit.author,
                    "email": x.commit.email,
                    "date": None if x.commit.date is None else x.commit.date.isoformat(),
                    "raw_date": x.commit.raw_date,
                    "subject": x.commit.subject,
                },
            }
            for x in logged
        ]  # fmt: skip
        typer.echo(json_text(doc, ensure_ascii=False, indent=2))
        return
    console = out_console()
    if not logged:
        console.print(Text(t("log.none"), style="dim"))
        return
    for x in logged:
        line = Text()
        line.append(f"{x.entry.req} {name(x.entry.unit)} ", style="bold")
        line.append(describe_entry(x.entry))
        console.print(line)
        if x.commit is None:
            console.print(Text("    " + t("log.uncommitted"), style="yellow"))
        else:
            c = x.commit
            when = f"{c.date:%Y-%m-%d %H:%M}" if c.date else t("log.odd_date", raw=c.raw_date)
            console.print(
                Text(f"    {c.short} {c.author} <{c.email}> {when} {c.subject}", style="dim")
            )
