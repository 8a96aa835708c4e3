"""`zwgk units`: the responsible units and what each leads and supports;
`zwgk units rename` and `zwgk units merge` record a reorganisation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from zwgk.cli import completion
from zwgk.cli.console import json_text, out_console
from zwgk.cli.helptext import Group
from zwgk.cli.options import TableFormat, ledger_root, load_plan_or_fail, parse_date
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.model.directory import Directory

commands = typer.Typer(
    cls=Group,
    help=t("help.units"),
    short_help=t("help.short_units"),
    epilog=t("help.units_example"),
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode=None,
)


@commands.callback(invoke_without_command=True)
def units(
    ctx: typer.Context,
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = TableFormat.table,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    from zwgk.engine.roster import unit_roster

    ledger = load_plan_or_fail(ledger_root())
    rows = unit_roster(ledger.plan, ledger.directory)
    if format is TableFormat.json:
        typer.echo(json_text([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return
    table = Table(title=t("units.title"), title_justify="left")
    for key in ("col.id", "col.name", "col.kind", "col.leads", "col.supports", "col.aliases"):
        table.add_column(
            t(key), justify="right" if key in ("col.leads", "col.supports") else "left"
        )
    for row in rows:
        table.add_row(
            row.id,
            row.name,
            t(f"kind.{row.kind}"),
            str(row.leads),
            str(row.supports),
            "、".join(row.aliases),
        )
    console = out_console()
    console.print(table)
    console.print(Text(t("units.footer"), style="dim"))
    if ledger.directory.changes:
        _print_changes(ledger.directory, console)


def _print_changes(directory: Directory, console: Console) -> None:
    console.print(Text(t("units.changes_title"), style="bold"))
    for change in directory.changes:
        olds = "、".join(directory.name(u) for u in change.old)
        key = "units.change_renamed" if change.kind == "rename" else "units.change_merged"
        line = t(key, on=change.on, old=olds, new=directory.name(change.new))
        if change.basis:
            line += t("units.change_basis", basis=change.basis)
        console.print(Text("  " + line))


ChangeOn = Annotated[
    str, typer.Option("--on", metavar="DATE", help=t("help.opt_change_on"), show_default=False)
]
NewId = Annotated[str | None, typer.Option("--id", metavar="ID", help=t("help.opt_new_id"))]
ChangeBasis = Annotated[
    str | None, typer.Option("--basis", metavar="TEXT", help=t("help.opt_change_basis"))
]


@commands.command("rename", help=t("help.units_rename"), epilog=t("help.units_rename_example"))
def units_rename(
    old: Annotated[
        str,
        typer.Argument(metavar="OLD", help=t("help.arg_old_unit"), autocompletion=completion.unit),
    ],
    new: Annotated[str, typer.Argument(metavar="NEW", help=t("help.arg_new_unit"))],
    on: ChangeOn,
    new_id: NewId = None,
    basis: ChangeBasis = None,
) -> None:
    from zwgk.ledger.reorg import NewChange

    day = parse_date(on, "--on")
    assert day is not None
    _apply_change(NewChange(day, (old,), new, new_id, basis, merge=False))


@commands.command("merge", help=t("help.units_merge"), epilog=t("help.units_merge_example"))
def units_merge(
    olds: Annotated[
        list[str],
        typer.Argument(
            metavar="UNIT...", help=t("help.arg_merged_units"), autocompletion=completion.unit
        ),
    ],
    into: Annotated[
        str,
        typer.Option(
            "--into",
            metavar="UNIT",
            help=t("help.opt_into"),
            autocompletion=completion.unit,
            show_default=False,
        ),
    ],
    on: ChangeOn,
    new_id: NewId = None,
    basis: ChangeBasis = None,
) -> None:
    from zwgk.ledger.reorg import NewChange

    day = parse_date(on, "--on")
    assert day is not None
    _apply_change(NewChange(day, tuple(olds), into, new_id, basis, merge=True))


def _apply_change(change: Any) -> None:
    from zwgk.engine.obligations import all_obligations
    from zwgk.ledger.reorg import apply

    root = ledger_root()
    applied = apply(load_plan_or_fail(root, as_of=change.on), change)
    ledger = load_plan_or_fail(root, with_progress=True, as_of=change.on)
    directory = ledger.directory
    olds = "、".join(directory.name(u) for u in applied.old)
    key = "reorg.merged" if change.merge else "reorg.renamed"
    console = out_console()
    new_name = directory.name(applied.new)
    console.print(Text(t(key, old=olds, new=new_name, id=applied.new, on=change.on), style="green"))
    console.print(Text(t("reorg.written", path=applied.shown, line=applied.line), style="dim"))
    moved = [
        ob
        for ob in all_obligations(
            ledger.plan, directory, ledger.entries, ledger.calendar, change.on
        )
        if ob.unit == applied.new and ob.due is not None and ob.due >= change.on
        and set(directory.expand_all(ob.req.lead)) & set(applied.old)
    ]  # fmt: skip
    console.print(Text(t("reorg.moved", n=len(moved), on=change.on, new=new_name)))
    console.print(Text(t("reorg.next", path=applied.shown, id=applied.new), style="dim"))
