"""`zwgk fix-encoding FILE...`: a ledger file saved as GBK (GB18030) or
UTF-16 by an office editor, shown and then rewritten as UTF-8
(zwgk.ledger.recode); a file already UTF-8 is left alone."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.asking import confirm
from zwgk.cli.console import err_console, out_console, print_error, prompting
from zwgk.cli.options import ledger_root_if_any
from zwgk.errors import EXIT_DATA, EXIT_OK, EXIT_USAGE, ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.ledger.recode import Recoding

commands = typer.Typer()

_LINES_SHOWN = 20
"""Lines with Chinese text shown per file; the rest are counted."""


@commands.command(
    "fix-encoding", help=t("help.fix_encoding"), epilog=t("help.fix_encoding_example")
)
def fix_encoding(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help=t("help.arg_fix_files"))],
    yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt_fix_yes"))] = False,
) -> None:
    worst = EXIT_OK
    for name in files:
        worst = max(worst, _fix(name, yes))
    if worst != EXIT_OK:
        raise typer.Exit(worst)


def _fix(name: Path, yes: bool) -> int:
    """Convert one file; the exit code it calls for."""
    from zwgk.ledger.append import replace_whole
    from zwgk.ledger.recode import examine
    from zwgk.ledger.safefs import NotRegular, TooLarge

    shown = name.as_posix()
    try:
        found = examine(_locate(name))
    except FileNotFoundError:
        return _error(ZwgkError(t("cli.fix_missing", path=shown), exit_code=EXIT_USAGE))
    except TooLarge:
        return _error(ZwgkError(t("cli.fix_too_large", path=shown), exit_code=EXIT_USAGE))
    except (NotRegular, IsADirectoryError):
        return _error(ZwgkError(t("cli.fix_not_file", path=shown), exit_code=EXIT_USAGE))
    except OSError as exc:
        return _error(ZwgkError(t("cli.fix_unreadable", path=shown, error=exc.strerror or exc),
                                exit_code=EXIT_USAGE))  # fmt: skip
    if found.found == "utf-8":
        out_console().print(Text(t("cli.fix_already", path=shown)))
        return EXIT_OK
    if found.found == "unknown":
        return _error(ZwgkError(t("cli.fix_unknown", path=shown), hint=t("cli.fix_unknown_hint"),
                                exit_code=EXIT_DATA))  # fmt: skip
    _show(found, shown)
    if not yes:
        if not prompting():
            return _error(ZwgkError(t("cli.fix_needs_yes", path=shown), exit_code=EXIT_USAGE))
        if not confirm(t("cli.fix_confirm"), default=False):
            err_console().print(Text(t("cli.fix_declined", path=shown), style="yellow"))
            return EXIT_DATA
    if not replace_whole(found.path, shown, found.before, found.after):
        return _error(ZwgkError(t("cli.fix_changed", path=shown), exit_code=EXIT_USAGE))
    out_console().print(Text(t("cli.fix_done", path=shown), style="bold green"))
    return EXIT_OK


def _locate(name: Path) -> Path:
    """The file as named, else under the ledger folder (so the path
    `validate` prints works from any folder of the ledger)."""
    if os.path.lexists(name) or name.is_absolute():
        return name
    root = ledger_root_if_any()
    if root is not None and os.path.lexists(root / name):
        return root / name
    return name


def _show(found: Recoding, shown: str) -> None:
    console = out_console()
    encoding = t(f"yaml.encoding_{found.found}")
    console.print(Text(t("cli.fix_found", path=shown, encoding=encoding, n=len(found.lines))))
    width = len(str(found.lines[-1][0])) if found.lines else 1
    for number, line in found.lines[:_LINES_SHOWN]:
        console.print(Text(f"  {number:>{width}}  {line}"))
    if len(found.lines) > _LINES_SHOWN:
        console.print(Text("  " + t("cli.fix_more_lines", n=len(found.lines) - _LINES_SHOWN)))


def _error(exc: ZwgkError) -> int:
    print_error(exc)
    return exc.exit_code
