"""`zwgk codeowners --office OWNER`: a CODEOWNERS file giving the plan files
to the office and each unit's progress files to the unit's owners."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from zwgk.cli.console import err_console, write_out
from zwgk.cli.options import ledger_root, load_plan_or_fail
from zwgk.errors import ZwgkError
from zwgk.i18n import t

commands = typer.Typer()


@commands.command(help=t("help.codeowners"), epilog=t("help.codeowners_example"))
def codeowners(
    office: Annotated[
        list[str] | None,
        typer.Option("--office", metavar="OWNER", help=t("help.opt_office")),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_codeowners_output")),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_force"))] = False,
) -> None:
    from zwgk.ledger.units import owner_problem
    from zwgk.review.owners import codeowners_text

    if not office:
        raise ZwgkError(t("owners.need_office"), hint=t("owners.need_office_hint"))
    for owner in office:
        if (bad := owner_problem(owner)) is not None:
            raise typer.BadParameter(f"{bad[0]} — {bad[1]}", param_hint="--office")
    root = ledger_root()
    ledger = load_plan_or_fail(root)
    prefix, top = "", root
    try:
        from zwgk.review.git import Git

        git = Git(root)
        prefix, top = git.prefix, git.top
    except ZwgkError:
        pass  # not (yet) a git repository: paths relative to the ledger
    text = codeowners_text(ledger.directory, list(office), prefix)
    if output == "-":
        write_out(text, None)
        return
    path = Path(output) if output else top / "CODEOWNERS"
    from zwgk.outputs.outfiles import refuse_output, write_bytes

    refuse_output(path, root, force, hint=t("owners.exists_hint"))
    write_bytes(path, text.encode("utf-8"))
    err_console().print(Text(t("export.written", path=path)))
