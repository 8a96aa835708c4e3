"""`zwgk merge-driver BASE OURS THEIRS PATH`: git's merge of a progress file
both branches appended to (zwgk.review.mergedriver); git runs it, not the clerk."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from zwgk.cli.console import err_console
from zwgk.errors import EXIT_DATA
from zwgk.i18n import t

commands = typer.Typer()


@commands.command(
    "merge-driver",
    help=t("help.merge_driver"),
    epilog=t("help.merge_driver_example"),
    hidden=True,  # git runs it, not the clerk; `zwgk init` and the README set it up
)
def merge_driver(
    base: Annotated[Path, typer.Argument(metavar="BASE", help=t("help.arg_merge_base"))],
    ours: Annotated[Path, typer.Argument(metavar="OURS", help=t("help.arg_merge_ours"))],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help=t("help.arg_merge_theirs"))],
    path: Annotated[
        str | None, typer.Argument(metavar="PATH", help=t("help.arg_merge_path"))
    ] = None,
) -> None:
    from zwgk.review.mergedriver import merge_files

    if not merge_files(base, ours, theirs, path):
        err_console().print(Text(t("merge.conflict", path=path or ours), style="yellow"))
        raise typer.Exit(EXIT_DATA)
