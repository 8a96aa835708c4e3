"""The command line: parse options, call the core, print. Nothing here decides
what the data means; every command calls a core function that returns values."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from zwgk import __version__
from zwgk.errors import EXIT_DATA, EXIT_USAGE, ZwgkError
from zwgk.i18n import LANGS, set_lang, t
from zwgk.ledger import find_root, load_ledger, load_plan_or_fail

# Help text must exist when the commands are defined, so the language is
# settled before: from `--lang` on the command line, else ZWGK_LANG.
set_lang(None, sys.argv)


class _Group(typer.core.TyperGroup):
    """The one error handler: a ZwgkError prints as a message, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ZwgkError as exc:
            _print_error(exc)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            ctx.exit(130)


def _err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _out_console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _print_error(exc: ZwgkError) -> None:
    console = _err_console()
    where = exc.location()
    head = Text()
    if where:
        head.append(f"{where}: ", style="bold")
    head.append(t("cli.error_prefix"), style="bold red")
    head.append(exc.message)
    console.print(head)
    if exc.hint:
        console.print(Text("  " + t("cli.hint_prefix") + exc.hint, style="yellow"))


app = typer.Typer(
    cls=_Group,
    help=t("help.app"),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class _State:
    root: str | None = None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zwgk {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    root: Annotated[
        str | None, typer.Option("--root", metavar="DIR", help=t("help.opt_root"))
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", metavar="zh|en", help=t("help.opt_lang"))
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("help.opt_version")),
    ] = False,
) -> None:
    if lang is not None and lang not in LANGS:
        raise typer.BadParameter(t("cli.bad_lang", lang=lang, choices=", ".join(LANGS)))
    set_lang(lang)
    _State.root = root


def _root() -> Path:
    return find_root(_State.root)


# --- validate ---------------------------------------------------------------


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


@app.command(help=t("help.validate"), epilog=t("help.validate_example"))
def validate(
    format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help=t("help.opt_strict"))] = False,
) -> None:
    from zwgk.checks import run_checks

    ledger = load_ledger(_root())
    findings = run_checks(ledger)
    errors = sum(1 for f in findings if f.level == "error")
    warnings = len(findings) - errors
    if format is ValidateFormat.json:
        doc = {"findings": [f.as_json() for f in findings], "errors": errors, "warnings": warnings}
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    elif format is ValidateFormat.github:
        for f in findings:
            kind = "error" if f.level == "error" else "warning"
            message = f.message + (f" — {f.hint}" if f.hint else "")
            where = f"file={_gh(f.path, prop=True)},line={f.line},col={f.col},title={f.code}"
            typer.echo(f"::{kind} {where}::{_gh(message)}")
    else:
        console = _out_console()
        for f in findings:
            line = Text()
            line.append(f"{f.path}:{f.line}:{f.col}: ", style="bold")
            style = "red" if f.level == "error" else "yellow"
            line.append(t(f"level.{f.level}"), style=f"bold {style}")
            line.append(f" {f.code} ", style="dim")
            line.append(f.message)
            console.print(line)
            if f.hint:
                console.print(Text("    → " + f.hint, style="cyan"))
        if findings:
            console.print(
                Text(t("validate.summary", errors=errors, warnings=warnings), style="bold")
            )
        else:
            plan = ledger.plan
            console.print(
                Text(
                    t(
                        "validate.clean",
                        tasks=len(plan.tasks) if plan else 0,
                        reqs=len(plan.requirements()) if plan else 0,
                        units=len(ledger.directory.units),
                        entries=len(ledger.entries),
                    ),
                    style="bold green",
                )
            )
    if errors or (strict and warnings):
        raise typer.Exit(EXIT_DATA)


def _gh(text: str, *, prop: bool = False) -> str:
    """Escape text for a GitHub workflow command (`prop`: a property value)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


# --- units ------------------------------------------------------------------


class TableFormat(StrEnum):
    table = "table"
    json = "json"


@app.command(help=t("help.units"), epilog=t("help.units_example"))
def units(
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = TableFormat.table,
) -> None:
    from zwgk.roster import unit_roster

    ledger = load_plan_or_fail(_root())
    assert ledger.plan is not None
    rows = unit_roster(ledger.plan, ledger.directory)
    if format is TableFormat.json:
        typer.echo(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
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
    console = _out_console()
    console.print(table)
    console.print(Text(t("units.footer"), style="dim"))


# --- show -------------------------------------------------------------------


@app.command(help=t("help.show"), epilog=t("help.show_example"))
def show(
    what: Annotated[str, typer.Argument(metavar="TASK|REQ", help=t("help.arg_show"))],
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = TableFormat.table,
) -> None:
    from zwgk.describe import describe_task, find_task

    ledger = load_plan_or_fail(_root())
    assert ledger.plan is not None
    task, only = find_task(ledger.plan, what)
    view = describe_task(ledger.plan, ledger.directory, task, only)
    if format is TableFormat.json:
        typer.echo(json.dumps(view, ensure_ascii=False, indent=2))
        return
    console = _out_console()
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


# --- export -----------------------------------------------------------------


class ExportFormat(StrEnum):
    json = "json"


@app.command(help=t("help.export"), epilog=t("help.export_example"))
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=t("help.opt_export_format"))
    ] = ExportFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_output"))
    ] = None,
) -> None:
    from zwgk.export import plan_document

    ledger = load_plan_or_fail(_root())
    assert ledger.plan is not None
    text = json.dumps(plan_document(ledger.plan, ledger.directory), ensure_ascii=False, indent=2)
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise ZwgkError(
            t("cli.cannot_write", path=output, error=exc.strerror), exit_code=EXIT_USAGE
        ) from None
    _err_console().print(Text(t("export.written", path=output)))


def main() -> None:
    """Console-script entry point."""
    app()
