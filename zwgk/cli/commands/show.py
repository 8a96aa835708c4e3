"""`zwgk show TASK|REQ`: a task's requirements, who answers and their deadlines."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from zwgk.cli import completion
from zwgk.cli.console import json_text, out_console
from zwgk.cli.options import AsOf, TableFormat, as_of_date, ledger_root, load_plan_or_fail
from zwgk.i18n import t

commands = typer.Typer()


@commands.command(help=t("help.show"), epilog=t("help.show_example"))
def show(
    what: Annotated[
        str,
        typer.Argument(
            metavar="TASK|REQ", help=t("help.arg_show"), autocompletion=completion.requirement
        ),
    ],
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = TableFormat.table,
    as_of: AsOf = None,
) -> None:
    from zwgk.outputs.show import describe_task, find_task

    day = as_of_date(as_of)
    ledger = load_plan_or_fail(ledger_root(), as_of=day)
    task, only = find_task(ledger.plan, what)
    view = describe_task(ledger.plan, ledger.directory, task, day, only)
    if format is TableFormat.json:
        typer.echo(json_text(view, ensure_ascii=False, indent=2))
        return
    console = out_console()
    console.print(Text(f"{view['no']}. {view['title']}", style="bold"))
    console.print(Text(f"{view['part_label']}", style="dim"))
    for req in view["requirements"]:
        console.print()
        console.print(
            Text(t("show.requirement", id=req["id"], mode=req["mode_label"]), style="bold cyan")
        )
        console.print(Text(req["text"]))
        console.print(Text(t("show.lead") + req["lead_label"]))
        if req["support_label"]:
            console.print(Text(t("show.support") + req["support_label"]))
        if req["accountable"]:
            console.print(Text(t("show.accountable") + req["accountable"], style="dim"))
        if req["due"]:
            for rule in req["due"]:
                basis = t("show.basis", basis=rule["basis"]) if rule["basis"] else ""
                console.print(Text(t("show.due") + rule["words"] + basis, style="green"))
        else:
            console.print(Text(t("show.no_due"), style="dim"))
