"""`zwgk init DIR`: a new ledger, from the shipped Huantai plan or empty."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from zwgk.cli.console import out_console
from zwgk.cli.options import chosen_year, effective_date, effective_option, parse_date
from zwgk.i18n import t
from zwgk.model.limits import FIRST_YEAR, LAST_YEAR

commands = typer.Typer()


@commands.command(help=t("help.init"), epilog=t("help.init_example"))
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=t("help.arg_init_dir"))],
    huantai: Annotated[bool, typer.Option("--huantai", help=t("help.opt_huantai"))] = False,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help=t("help.opt_title"))
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year", metavar="YYYY", min=FIRST_YEAR, max=LAST_YEAR, help=t("help.opt_year_init")
        ),
    ] = None,
    effective: Annotated[str | None, effective_option()] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_init_force"))] = False,
    no_git: Annotated[bool, typer.Option("--no-git", help=t("help.opt_no_git"))] = False,
) -> None:
    from zwgk.outputs.newledger import init as create
    from zwgk.review.mergedriver import SETUP

    # The shipped plan says its own date; a new one asks (--huantai with it is refused).
    day = parse_date(effective, "--effective") if huantai else effective_date(effective)
    if year is None:
        year = chosen_year()  # `zwgk --year 2019 init DIR` means the same
    created = create(folder, huantai=huantai, title=title, year=year, effective=day,
                     force=force, git=not no_git)  # fmt: skip
    console = out_console()
    console.print(Text(t("init.done", path=folder, n=len(created.files)), style="green"))
    if not huantai and day is None:
        console.print(Text(t("init.no_effective"), style="yellow"))
    for rel in created.files:
        console.print(Text(f"  {rel}", style="dim"))
    if created.overwritten:
        console.print(
            Text(
                t("init.overwritten", files=t("common.list_sep").join(created.overwritten)),
                style="yellow",
            )
        )
    console.print(
        Text(
            t(f"init.git_{created.git}"),
            style="yellow" if created.git in ("missing", "failed") else "dim",
        )
    )
    key = "init.merge_driver_set" if created.merge_driver else "init.merge_driver_todo"
    console.print(Text(t(key, command=SETUP), style="dim"))
    console.print(Text(t("init.next_huantai" if huantai else "init.next", path=folder)))
