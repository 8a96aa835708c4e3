"""Where the command line prints: the consoles for standard output and
standard error, the error line, and the one way a document reaches the screen
or a file (`write_out`). Every console makes ledger text inert (outputs.terminal)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from zwgk.errors import ZwgkError
from zwgk.i18n import t
from zwgk.outputs.terminal import InertConsole, json_printable, printable


class _Console(InertConsole):
    """The CLI's console: a closed pipe goes to the one handler, which says
    what it means (`app._output_failed`), rather than rich's own exit 1."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def err_console() -> Console:
    return _Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def out_console() -> Console:
    return _Console(highlight=False, soft_wrap=True, emoji=False)


def warn(message: str, style: str = "yellow") -> None:
    """A warning on stderr: worth saying, no reason to stop."""
    err_console().print(Text(t("cli.warning_prefix") + message, style=style))


def print_error(exc: ZwgkError) -> None:
    console = err_console()
    where = exc.location()
    head = Text()
    if where:
        head.append(f"{where}: ", style="bold")
    head.append(t("cli.error_prefix"), style="bold red")
    head.append(exc.message)
    console.print(head)
    if exc.hint:
        console.print(Text("  " + t("cli.hint_prefix") + exc.hint, style="yellow"))


def json_text(doc: Any, **options: Any) -> str:
    import json

    return json_printable(json.dumps(doc, **options))


def write_out(data: str | bytes, output: Path | None) -> None:
    """To `output`, or to the screen. Text (Markdown, JSON) goes through the
    console's encoding, so a GBK console shows it; bytes (HTML, CSV, iCalendar)
    are files in their own right and stay UTF-8 even when redirected.

    A file holds the data as it is — only its format's own rules apply (CSV
    cells defused, iCalendar and XML without the controls they cannot hold) —
    so `> file` and `-o file` give the same bytes, and a note's characters
    survive a round trip through Excel. Only a terminal sees controls escaped."""
    if output is not None:
        from zwgk.outputs.outfiles import write_bytes

        write_bytes(output, data.encode("utf-8") if isinstance(data, str) else data)
        err_console().print(Text(t("export.written", path=output)))
        return
    if isinstance(data, str):
        typer.echo(printable(data), nl=False)
        return
    if sys.stdout.isatty():
        # A BOM is for files, not for eyes; the text goes through the console's
        # encoding (a GBK console shows it) with its controls escaped.
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
        typer.echo(printable(text), nl=False)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def prompting() -> bool:
    """Whether a left-out value may be asked for: a person at a terminal, not
    a script or a pipe."""
    return sys.stdin.isatty() and sys.stdout.isatty()
