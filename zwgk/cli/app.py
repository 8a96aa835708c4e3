"""The command line's frame: the Typer app and its global options (`--root`,
`--lang`, `--version`), the one error handler, and `main`. Each command lives in
its own module under `zwgk.cli.commands`; a run imports only the module of the
command it runs (`app_for`); help, errors and completion get an app that knows
every command by name and builds one only when it is looked up (`listing_app`).
"""

# No `from __future__ import annotations` here: typer reads the global options' annotations
# on every run, and as strings each would be compiled and evaluated again.

import contextlib
import errno
import importlib
import inspect
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterator, MutableMapping
from functools import cache
from typing import Annotated, Any, NoReturn

import typer

from zwgk import __version__
from zwgk.cli import helptext
from zwgk.cli.console import print_error
from zwgk.cli.options import remember_global, year_option
from zwgk.cli.typerinternals import ClickException, NoArgsIsHelpError
from zwgk.engine.deadlines import BeyondDatesError
from zwgk.errors import EXIT_INTERRUPTED, EXIT_OK, ZwgkError
from zwgk.i18n import LANGS, MESSAGES, set_lang, t
from zwgk.model.calendar import UnknownYearError
from zwgk.model.limits import FIRST_YEAR, LAST_YEAR

# Everything else is imported by the command that needs it, and the libraries
# a command uses inside its body: `zwgk --help` and `zwgk calendar add` should
# not pay for reading YAML or rendering reports.


class _Group(helptext.Group):
    """The one error handler: a ZwgkError prints as a message, never a traceback;
    a usage error prints in the clerk's language (exit 2); Ctrl-C is one line
    and exit 130; a reader that went away ends the run quietly with 0."""

    def invoke(self, ctx: Any) -> Any:
        try:
            try:
                return super().invoke(ctx)
            except UnknownYearError as exc:  # the domain's reasons: worded here
                from zwgk.ledger.calendar import unknown_year_error

                raise unknown_year_error(exc) from None
            except BeyondDatesError as exc:
                from zwgk.checks.entries import beyond_dates_error

                raise beyond_dates_error(exc) from None
        except ZwgkError as exc:
            _say(print_error, exc)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:  # before click's main adds a blank line and calls it Abort
            _stopped()
        except OSError as exc:
            _reader_gone_first(exc)
            raise

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        # `zwgk --help | head -1`, `zwgk --version` into a closed pipe: the
        # global options print while the command line is read, outside invoke.
        try:
            return super().make_context(*args, **kwargs)
        except OSError as exc:
            _reader_gone_first(exc)
            raise

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        forward = {"args": args, "prog_name": prog_name, "complete_var": complete_var, **extra}
        try:
            _refuse_undecodable(sys.argv[1:] if args is None else list(args))
        except ZwgkError as exc:
            if not standalone_mode:
                raise
            _say(print_error, exc)
            sys.exit(exc.exit_code)
        if not standalone_mode:
            return super().main(standalone_mode=False, **forward)
        try:
            try:
                result = super().main(standalone_mode=False, **forward)
                if sys.stdout is not None:  # None: started with stdout closed
                    # What is still buffered fails here, not as "Exception ignored" at exit.
                    sys.stdout.flush()
            except NoArgsIsHelpError as exc:
                _say(exc.show)  # the help text itself, already in the clerk's language
                sys.exit(exc.exit_code)
            except ClickException as exc:
                _say(helptext.show_usage_error, exc)
                sys.exit(exc.exit_code)
            except typer.Abort:  # click's word for Ctrl-C, and Ctrl-D at a prompt
                _stopped()
        except KeyboardInterrupt:  # while a usage error or a message was printed
            _stopped()
        except OSError as exc:
            _output_failed(exc)
        sys.exit(result if isinstance(result, int) else 0)


def _say(show: Callable[..., None], *args: Any) -> None:
    """Print an error or the help to standard error. If that cannot be
    written (`zwgk show 99 2>&1 | head -0`), the exit code alone tells: the
    command's own, not the closed pipe's, and no traceback."""
    try:
        show(*args)
    except OSError:
        _to_devnull(sys.stderr)


def _reader_gone_first(exc: OSError) -> None:
    """A closed pipe ends the run here, before click's main would make it
    exit 1 (which says the data has errors)."""
    if _reader_went_away(exc):
        _output_failed(exc)


def _stopped() -> NoReturn:
    """The clerk pressed Ctrl-C (anywhere), or Ctrl-D at a question: one
    short line on standard error, no traceback, exit 130 (128 + SIGINT, what a
    shell reports for a command Ctrl-C stopped)."""
    with contextlib.suppress(ValueError):  # ValueError: not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C: still no traceback
    try:
        if sys.stdout is not None:
            sys.stdout.flush()  # what was printed before the key, now, not at exit
    except (OSError, ValueError):
        _to_devnull(sys.stdout)  # the reader went too (`zwgk status | head`, Ctrl-C)
    try:
        # At a prompt or mid-line the cursor stands after "^C": the message on a line of its own.
        start = "\n" if sys.stderr.isatty() else ""
        print(start + t("cli.aborted"), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        _to_devnull(sys.stderr)  # nowhere to say it: the exit code tells
    sys.exit(EXIT_INTERRUPTED)


# The errors of writing to a stream that cannot take more: a full disk or quota,
# a file grown too large, a device failing, a reader that went away. Every file
# zwgk opens itself turns its errors into messages where it is opened; an OSError
# that reaches the handler with one of these is the output stream failing.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


def _output_failed(exc: OSError) -> NoReturn:
    """Standard output could not be written: a message and exit 2. A reader
    that went away, as in `zwgk status | head`, is no error of ours: zwgk
    stops quietly with exit 0, the reader having taken what it wanted (not 1,
    which says the data has errors). So `zwgk validate | head` passes a
    `set -o pipefail` script whatever the data: a script that needs the
    verdict reads the exit code of a full run. Any other OSError is a bug and
    keeps its traceback."""
    gone = _reader_went_away(exc)
    if exc.errno not in _OUTPUT_ERRNOS and not gone:
        raise exc
    _to_devnull(sys.stdout)  # so nothing left in its buffer fails again at exit
    if gone:
        sys.exit(EXIT_OK)
    error = ZwgkError(t("output.stdout_failed", error=exc.strerror or exc),
                      hint=t("output.stdout_failed_hint"))  # fmt: skip
    try:
        print_error(error)
    except OSError:
        _to_devnull(sys.stderr)  # nowhere left to say it: the exit code tells
    sys.exit(error.exit_code)


def _reader_went_away(exc: OSError) -> bool:
    """Whether `exc` is a write to a pipe nobody reads any more: EPIPE; on
    Windows such a write fails with EINVAL instead, taken as that only when
    standard output is a pipe and the error names no file (opening a file
    with a name Windows refuses is EINVAL too, and names it)."""
    if exc.errno == errno.EPIPE:
        return True
    if sys.platform != "win32" or exc.errno != errno.EINVAL or exc.filename is not None:
        return False
    try:
        return stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):
        return False  # no descriptor to look at


def _to_devnull(stream: Any) -> None:
    """Point a standard stream's descriptor at the null device."""
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
    except (AttributeError, OSError, ValueError):
        pass  # not a real descriptor (a test runner's buffer): nothing will flush to disk


def _refuse_undecodable(argv: list[str]) -> None:
    """Refuse, before anything runs, command-line text that is not UTF-8.

    On Linux and macOS Python decodes the command line and the environment with
    surrogateescape: a note typed in a GBK terminal arrives as lone surrogates,
    passes every check and fails only when written out, mid-command, with a
    UnicodeEncodeError. Checked once here for every argument and every ZWGK_*
    variable, so no option needs its own check. (A folder whose name is not
    UTF-8 is refused too when named on the command line; zwgk still finds a
    ledger in one from the working directory.)"""
    bad = next((i for i, arg in enumerate(argv) if _has_surrogates(arg)), None)
    env = next(
        (n for n, v in sorted(os.environ.items()) if n.startswith("ZWGK_") and _has_surrogates(v)),
        None,
    )
    if bad is None and env is None:
        return
    set_lang(None, argv)  # --lang is not parsed yet: the message in the language asked for
    hint = "cli.not_utf8_hint"
    if bad is None:
        assert env is not None
        value = os.environ[env]
        where, hint = t("cli.not_utf8_env", name=env), "cli.not_utf8_env_hint"
    else:
        arg, before = argv[bad], argv[bad - 1] if bad else ""
        option, equals, value = arg.partition("=")
        if arg.startswith("--") and equals and not _has_surrogates(option):
            where = t("cli.not_utf8_option", option=option)
        elif before.startswith("-") and before != "--" and not _has_surrogates(before):
            value, where = arg, t("cli.not_utf8_after", option=before.partition("=")[0])
        else:
            value, where = arg, t("cli.not_utf8_arg", n=bad + 1)
    try:
        raw = value.encode("utf-8", "surrogateescape")  # the bytes as typed
    except UnicodeEncodeError:
        raw = value.encode("utf-8", "surrogatepass")  # a lone surrogate of another origin
    gbk = ""
    if all(ch.isascii() or _has_surrogates(ch) for ch in value):
        # Nothing in it read as UTF-8: say what a GBK terminal sent, if it reads as GBK.
        with contextlib.suppress(UnicodeDecodeError):
            gbk = t("cli.not_utf8_gbk", text=raw.decode("gbk"))
    raise ZwgkError(
        t("cli.not_utf8", where=where, value=raw.decode("utf-8", "backslashreplace")),
        hint=t(hint, gbk=gbk),
    )


def _has_surrogates(text: str) -> bool:
    """True for text that cannot be written as UTF-8: it holds lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_APP_SETTINGS: dict[str, Any] = {
    "cls": _Group,
    "help": t("help.app"),
    "no_args_is_help": True,
    "add_completion": True,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
    "pretty_exceptions_enable": False,
}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zwgk {__version__}")
        raise typer.Exit()


def _main(
    root: Annotated[
        str | None, typer.Option("--root", metavar="DIR", help=t("help.opt_root"))
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", metavar="zh|en", help=t("help.opt_lang"))
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year", metavar="YYYY", min=FIRST_YEAR, max=LAST_YEAR, help=t("help.opt_year")
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("help.opt_version")),
    ] = False,
) -> None:
    if lang is not None and lang not in LANGS:
        raise typer.BadParameter(t("cli.bad_lang", lang=lang, choices=", ".join(LANGS)))
    set_lang(lang)
    remember_global(root, year)


COMMANDS = {
    "init": "init",
    "validate": "validate",
    "units": "units",
    "show": "show",
    "export": "export",
    "import": "import_",
    "report": "report",
    "notice": "notice",
    "diff": "diff",
    "log": "log",
    "codeowners": "codeowners",
    "calendar": "calendar",
    "plan": "plan",
    "merge-driver": "merge_driver",
    "fix-encoding": "fix_encoding",
    "record": "record",
    "collect": "collect",
    "status": "status",
    "rollup": "rollup",
}
"""Each command as typed, and its module under zwgk.cli.commands (in the
order of the help's list; typer lists single commands before groups)."""

_GROUPS = {"units", "calendar", "plan"}
"""The commands with subcommands of their own (`zwgk units rename`)."""


def _new_app() -> typer.Typer:
    """The app with its global options and no command yet."""
    app = typer.Typer(**_APP_SETTINGS)
    app.callback()(_main)
    return app


_READS_NO_PLAN = {"fix-encoding", "merge-driver", "calendar"}
"""The commands that read no plan (a file's bytes, git's merge of one file,
the working-day calendar) and take no `--year`."""


def _with_year(params: list[Any]) -> None:
    """Add the `--year` every command reading a plan takes (a command with a
    `--year` of its own, `import`, keeps that one)."""
    if not any(param.name == "year" for param in params):
        params.append(year_option())


class _Command(helptext.Command):
    """A zwgk command that reads a plan."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _with_year(self.params)


class _PlanGroup(helptext.Group):
    """A group of zwgk commands whose own callback reads a plan (`zwgk units`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _with_year(self.params)


def _add(app: typer.Typer, name: str) -> None:
    """Import the module of command `name` and register what it defines on `app`.
    Every command lays out its help with the catalog's words (helptext.Command),
    and has a short line for the command list (Chinese has no spaces to cut at)."""
    module = importlib.import_module(f"zwgk.cli.commands.{COMMANDS[name]}")
    commands: typer.Typer = module.commands
    reads_plan = name not in _READS_NO_PLAN
    if name in _GROUPS:
        if reads_plan:
            commands.info.cls = _PlanGroup
        app.add_typer(commands, name=name)
        prefix = f"{name}_"
    else:
        app.registered_commands += commands.registered_commands
        prefix = ""
    for info in commands.registered_commands:
        info.cls = _Command if reads_plan else helptext.Command
        command = info.name or (info.callback.__name__ if info.callback else "")
        if f"help.short_{prefix}{command}" in MESSAGES:
            info.short_help = t(f"help.short_{prefix}{command}")


@cache
def whole_app() -> typer.Typer:
    """The app with every command built, as typer builds an app (the tests run
    commands through it; `listing_app` must say what it says)."""
    app = _new_app()
    for name in COMMANDS:
        _add(app, name)
    return app


_HIDDEN = {"merge-driver"}
"""The commands the help does not list (git runs `merge-driver`, not the clerk)."""

_LISTED = [n for n in COMMANDS if n not in _GROUPS] + [n for n in COMMANDS if n in _GROUPS]
"""The commands in the order typer lists them (single commands before groups)."""


def _built(name: str) -> Any:
    """Command `name` as typer builds it for the whole app (a click command)."""
    app = _new_app()
    _add(app, name)
    return typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]


def _listed(name: str) -> Any:
    """What the command list shows of command `name`, without importing its
    module: its name, short help and whether it is hidden, from the catalog
    (the same words `_add` and the command's module give it)."""
    short = f"help.short_{name}"
    return helptext.Command(
        name=name,
        help=inspect.cleandoc(t(f"help.{name.replace('-', '_')}")),
        short_help=t(short) if short in MESSAGES else None,
        hidden=name in _HIDDEN,
    )


class _Commands(MutableMapping[str, Any]):
    """Every command by name, built the first time it is looked up."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = _built(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def _names(self) -> list[str]:
        return [*_LISTED, *(n for n in self._built if n not in COMMANDS)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


class _LazyGroup(_Group):
    """The app for help, mistakes, `--version` and completion: it knows every
    command by name, lists them from the catalog, and builds (imports) a
    command only when one is looked up to run or complete."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _Commands()
        self._listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if self._listing and cmd_name in COMMANDS:
            return _listed(cmd_name)
        return super().get_command(ctx, cmd_name)

    @contextlib.contextmanager
    def _list_only(self) -> Iterator[None]:
        self._listing = True
        try:
            yield
        finally:
            self._listing = False

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with self._list_only():
            super().format_commands(ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> Any:
        with self._list_only():
            return super().shell_complete(ctx, incomplete)


@cache
def listing_app() -> typer.Typer:
    """The app with every command known and none built: `zwgk --help` lists
    them all without importing any command's module."""
    app = typer.Typer(**{**_APP_SETTINGS, "cls": _LazyGroup})
    app.callback()(_main)
    return app


_GLOBAL_WITH_VALUE = ("--root", "--lang", "--year")


def _invoked(argv: list[str]) -> str | None:
    """The command named on the command line, past the global options."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _GLOBAL_WITH_VALUE:
            i += 2
            continue
        if arg.startswith("-"):
            if not arg.startswith(tuple(f"{o}=" for o in _GLOBAL_WITH_VALUE)):
                return None  # --help, --version or a mistake: the listing app answers
            i += 1
            continue
        return arg
    return None


def app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command being run. Typer builds the options of every
    registered command before running one, and each command's module has its
    imports: a status run needs neither for the other fourteen, and building them
    costs more than the rest of a small ledger's run. Anything unusual gets the
    app that knows every command and builds one only when it is looked up
    (help, errors, completion)."""
    name = _invoked(argv)
    if name not in COMMANDS:
        return listing_app()
    app = _new_app()
    _add(app, name)
    return app


def main() -> None:
    """Console-script entry point."""
    # A GBK console (Windows offices) cannot show every character a clerk may
    # type into a note: print a replacement rather than fail mid-output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    # A run is short and its objects live to the end: collect cycles rarely,
    # and not at all once it is over. Python's shutdown walks every object of
    # every module imported, looking for cycles (about 25 ms of a 165 ms
    # `zwgk status` on the shipped ledger); nothing zwgk leaves in a cycle
    # needs a finalizer (its files are closed where they are written, and
    # standard output is flushed at exit all the same), so the objects are
    # frozen out of that last collection instead (atexit runs before it).
    import atexit
    import gc

    gc.set_threshold(100_000, 50, 100)
    atexit.unregister(gc.freeze)  # once, however often main runs in one process
    atexit.register(gc.freeze)
    try:
        app_for(sys.argv[1:])()
    except KeyboardInterrupt:  # Ctrl-C while the command's modules were imported
        _stopped()


helptext.install()
