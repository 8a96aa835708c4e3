"""The command line: parse options, call the core, print. Nothing here decides
what the data means; every command calls a core function that returns values."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from zwgk import __version__
from zwgk.cli import completion
from zwgk.cli import helptext as clihelp
from zwgk.errors import EXIT_BROKEN_PIPE, EXIT_DATA, ZwgkError
from zwgk.i18n import LANGS, MESSAGES, set_lang, t
from zwgk.model.calendar import UnknownYearError
from zwgk.model.limits import FIRST_YEAR, LAST_YEAR
from zwgk.model.values import small_int
from zwgk.outputs.terminal import InertConsole, json_printable, printable

if TYPE_CHECKING:
    from zwgk.engine.notice import Notice
    from zwgk.engine.obligations import Obligation
    from zwgk.engine.privacy import EntryTexts
    from zwgk.engine.status import Row
    from zwgk.ledger.load import Ledger, PlannedLedger
    from zwgk.model.calendar import WorkCalendar
    from zwgk.model.directory import Directory

# Everything else is imported by the command that needs it: `zwgk --help` and
# `zwgk calendar add` should not pay for reading YAML or rendering reports.


def load_ledger(root: Path, **options: Any) -> Ledger:
    from zwgk.ledger.load import load_ledger as load

    return _warned(load(root, **options))


def load_plan_or_fail(root: Path, **options: Any) -> PlannedLedger:
    from zwgk.ledger.load import load_plan_or_fail as load

    ledger = load(root, **options)
    _warned(ledger)
    return ledger


def _warned(ledger: Ledger) -> Ledger:
    """Say what was worth saying while reading (an ignored cache), on stderr."""
    for message in ledger.warnings:
        _err_console().print(Text(t("cli.warning_prefix") + message, style="yellow"))
    return ledger


STATUS_STYLE = {
    "done": "green",
    "late": "yellow",
    "overdue": "bold red",
    "due_soon": "bold yellow",
    "open": "cyan",
    "ongoing": "blue",
    "exempt": "dim",
}

# Help text must exist when the commands are defined, so the language is
# settled before: from `--lang` on the command line, else ZWGK_LANG.
set_lang(None, sys.argv)


class _Group(clihelp.Group):
    """The one error handler: a ZwgkError prints as a message, never a traceback;
    a usage error prints in the clerk's language (exit 2)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            try:
                return super().invoke(ctx)
            except UnknownYearError as exc:  # the domain's reason: worded here
                from zwgk.ledger.calendar import unknown_year_error

                raise unknown_year_error(exc) from None
        except ZwgkError as exc:
            _print_error(exc)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            ctx.exit(130)
        except OSError as exc:
            if _reader_went_away(exc):  # before click's main makes a closed pipe exit 1
                _output_failed(exc)
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
            _print_error(exc)
            sys.exit(exc.exit_code)
        if not standalone_mode:
            return super().main(standalone_mode=False, **forward)
        try:
            try:
                result = super().main(standalone_mode=False, **forward)
                if sys.stdout is not None:  # None: started with stdout closed
                    # What is still buffered fails here, not as "Exception ignored" at exit.
                    sys.stdout.flush()
            except clihelp.NoArgsIsHelpError as exc:
                exc.show()  # the help text itself, already in the clerk's language
                sys.exit(exc.exit_code)
            except clihelp.ClickException as exc:
                clihelp.show_usage_error(exc)
                sys.exit(exc.exit_code)
            except typer.Abort:
                print(t("cli.aborted"), file=sys.stderr)
                sys.exit(1)
        except OSError as exc:
            _output_failed(exc)
        sys.exit(result if isinstance(result, int) else 0)


# The errors of writing to a stream that cannot take more: a full disk or quota,
# a file grown too large, a device failing, a reader that went away. Every file
# zwgk opens itself turns its errors into messages where it is opened; an OSError
# that reaches the handler with one of these is the output stream failing.
_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


def _output_failed(exc: OSError) -> NoReturn:
    """Standard output could not be written: a message and exit 2. A reader
    that went away, as in `zwgk status | head`, is no error of ours: silently,
    exit 141, what a shell reports for a command SIGPIPE stopped (`yes | head`).
    Not 1, which says the data has errors, and not 0 either: the command did
    not finish, and `zwgk validate | head` must not pass a `set -o pipefail`
    script that a full run would fail. Any other OSError is a bug and keeps
    its traceback."""
    gone = _reader_went_away(exc)
    if exc.errno not in _OUTPUT_ERRNOS and not gone:
        raise exc
    _to_devnull(sys.stdout)  # so nothing left in its buffer fails again at exit
    if gone:
        sys.exit(EXIT_BROKEN_PIPE)
    error = ZwgkError(t("output.stdout_failed", error=exc.strerror or exc),
                      hint=t("output.stdout_failed_hint"))  # fmt: skip
    try:
        _print_error(error)
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


class _Console(InertConsole):
    """The CLI's console: a closed pipe goes to the one handler, which says
    what it means (`_output_failed`), rather than rich's own exit 1."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def _err_console() -> Console:
    return _Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def _out_console() -> Console:
    return _Console(highlight=False, soft_wrap=True, emoji=False)


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


_APP_SETTINGS: dict[str, Any] = {
    "cls": _Group,
    "help": t("help.app"),
    "no_args_is_help": True,
    "add_completion": True,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
    "pretty_exceptions_enable": False,
}
app = typer.Typer(**_APP_SETTINGS)


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
    from zwgk.ledger.load import find_root

    return find_root(_State.root)


# --- init -------------------------------------------------------------------


@app.command(help=t("help.init"), epilog=t("help.init_example"))
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=t("help.arg_init_dir"))],
    huantai: Annotated[bool, typer.Option("--huantai", help=t("help.opt_huantai"))] = False,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help=t("help.opt_title"))
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year", metavar="YYYY", min=FIRST_YEAR, max=LAST_YEAR, help=t("help.opt_year")
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_init_force"))] = False,
    no_git: Annotated[bool, typer.Option("--no-git", help=t("help.opt_no_git"))] = False,
) -> None:
    from zwgk.outputs.newledger import init as create
    from zwgk.review.mergedriver import SETUP

    created = create(folder, huantai=huantai, title=title, year=year, force=force, git=not no_git)
    console = _out_console()
    console.print(Text(t("init.done", path=folder, n=len(created.files)), style="green"))
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
    changed_since: Annotated[
        str | None,
        typer.Option("--changed-since", metavar="REV", help=t("help.opt_changed_since")),
    ] = None,
    authors: Annotated[
        str | None, typer.Option("--authors", metavar="REV1..REV2", help=t("help.opt_authors"))
    ] = None,
    require_signed: Annotated[
        bool, typer.Option("--require-signed", help=t("help.opt_require_signed"))
    ] = False,
) -> None:
    from zwgk.checks.registry import run_checks
    from zwgk.model.findings import sort_findings

    if require_signed and authors is None:
        raise typer.BadParameter(t("validate.signed_needs_authors"), param_hint="--require-signed")
    root = _root()
    git = None
    if changed_since is not None or authors is not None:
        from zwgk.review.git import Git

        git = Git(root)
    if changed_since is not None:
        from zwgk.review.changed import check_changed, scope

        assert git is not None
        found = scope(git, changed_since)
        findings = check_changed(root, found, git)
        ledger = None
    else:
        ledger = load_ledger(root)
        findings = run_checks(ledger)
    if authors is not None:
        from zwgk.review.owners import author_findings, signature_findings

        assert git is not None
        findings = [*findings, *author_findings(git, authors)]
        if require_signed:
            findings += signature_findings(git, authors)
        findings = sort_findings(findings)
    errors = sum(1 for f in findings if f.level == "error")
    warnings = len(findings) - errors
    if format is ValidateFormat.json:
        doc = {"findings": [f.as_json() for f in findings], "errors": errors, "warnings": warnings}
        typer.echo(_json_text(doc, ensure_ascii=False, indent=2))
    elif format is ValidateFormat.github:
        prefix = _repo_prefix(root)
        for f in findings:
            kind = "error" if f.level == "error" else "warning"
            message = f.message + (f" — {f.hint}" if f.hint else "")
            where = (
                f"file={_gh(prefix + f.path, prop=True)},line={f.line},col={f.col},title={f.code}"
            )
            typer.echo(printable(f"::{kind} {where}::{_gh(message)}"))
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
        elif ledger is None:
            console.print(Text(t("validate.clean_changed", rev=changed_since), style="bold green"))
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
        if authors is not None and not require_signed:
            _err_console().print(
                Text(t("cli.warning_prefix") + t("owners.self_declared"), style="dim")
            )
    if errors or (strict and warnings):
        raise typer.Exit(EXIT_DATA)


def _repo_prefix(root: Path) -> str:
    """The ledger's folder within its git repository (annotations are placed by
    repository paths), or "" when it is the top or not in a repository."""
    try:
        from zwgk.review.git import Git

        return Git(root).prefix
    except ZwgkError:
        return ""


def _gh(text: str, *, prop: bool = False) -> str:
    """Escape text for a GitHub workflow command (`prop`: a property value)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


# --- units ------------------------------------------------------------------


class TableFormat(StrEnum):
    table = "table"
    json = "json"


units_app = typer.Typer(
    cls=_Group,
    help=t("help.units"),
    short_help=t("help.short_units"),
    epilog=t("help.units_example"),
    invoke_without_command=True,
    no_args_is_help=False,
    rich_markup_mode=None,
)
app.add_typer(units_app, name="units")


@units_app.callback(invoke_without_command=True)
def units(
    ctx: typer.Context,
    format: Annotated[
        TableFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = TableFormat.table,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from zwgk.engine.roster import unit_roster

    ledger = load_plan_or_fail(_root())
    assert ledger.plan is not None
    rows = unit_roster(ledger.plan, ledger.directory)
    if format is TableFormat.json:
        typer.echo(_json_text([r.as_json() for r in rows], ensure_ascii=False, indent=2))
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


@units_app.command("rename", help=t("help.units_rename"), epilog=t("help.units_rename_example"))
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

    day = _parse_date(on, "--on")
    assert day is not None
    _apply_change(NewChange(day, (old,), new, new_id, basis, merge=False))


@units_app.command("merge", help=t("help.units_merge"), epilog=t("help.units_merge_example"))
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

    day = _parse_date(on, "--on")
    assert day is not None
    _apply_change(NewChange(day, tuple(olds), into, new_id, basis, merge=True))


def _apply_change(change: Any) -> None:
    from zwgk.engine.obligations import all_obligations
    from zwgk.ledger.reorg import apply

    root = _root()
    applied = apply(load_plan_or_fail(root), change)
    ledger = load_plan_or_fail(root, with_progress=True)
    assert ledger.plan is not None
    directory = ledger.directory
    olds = "、".join(directory.name(u) for u in applied.old)
    key = "reorg.merged" if change.merge else "reorg.renamed"
    console = _out_console()
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


# --- show -------------------------------------------------------------------


@app.command(help=t("help.show"), epilog=t("help.show_example"))
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
) -> None:
    from zwgk.outputs.show import describe_task, find_task

    ledger = load_plan_or_fail(_root())
    assert ledger.plan is not None
    task, only = find_task(ledger.plan, what)
    view = describe_task(ledger.plan, ledger.directory, task, only)
    if format is TableFormat.json:
        typer.echo(_json_text(view, ensure_ascii=False, indent=2))
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
    csv = "csv"
    xlsx = "xlsx"
    ics = "ics"


@app.command(help=t("help.export"), epilog=t("help.export_example"))
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=t("help.opt_export_format"))
    ] = ExportFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_output"))
    ] = None,
    as_of: AsOf = None,
    warn_days: WarnDays = "7",
    plan_table: Annotated[bool, typer.Option("--plan", help=t("help.opt_plan"))] = False,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
) -> None:
    root = _root()
    if output is not None:
        from zwgk.outputs.outfiles import refuse_output

        refuse_output(output, root, force)
    if plan_table:
        _export_plan(format, output, root)
        return
    if format is ExportFormat.json:
        from zwgk.outputs.planjson import plan_document

        ledger = load_plan_or_fail(root)
        assert ledger.plan is not None
        doc = plan_document(ledger.plan, ledger.directory)
        _write_out(_json_text(doc, ensure_ascii=False, indent=2) + "\n", output)
        return
    from zwgk.engine.obligations import all_obligations

    day = _as_of(as_of)
    warn = _parse_days(warn_days, "--warn-days")
    assert warn is not None
    if format is ExportFormat.xlsx and output is None:
        raise ZwgkError(t("export.needs_output", format="xlsx"), hint=t("export.needs_output_hint"))
    ledger = load_plan_or_fail(root, with_progress=True, progress_must_read=True)
    plan = ledger.plan
    assert plan is not None
    obs = all_obligations(plan, ledger.directory, ledger.entries, ledger.calendar, day, warn)
    if format is ExportFormat.ics:
        from zwgk.outputs.ical import calendar_bytes

        _write_out(calendar_bytes(obs, plan, ledger.directory, day), output)
        return
    from zwgk.outputs.sheets import rows, to_csv, write_xlsx

    table = rows(obs, plan, ledger.directory, day)
    if format is ExportFormat.csv:
        _write_out(to_csv(table), output)
    else:
        assert output is not None
        write_xlsx(table, output, t("export.sheet_all"))
        _err_console().print(Text(t("export.written", path=output)))


def _export_plan(format: ExportFormat, output: Path | None, root: Path) -> None:
    """The plan as a decomposition table, for `zwgk import` or another office."""
    if format not in (ExportFormat.csv, ExportFormat.xlsx):
        raise ZwgkError(t("export.plan_formats"), hint=t("export.plan_formats_hint"))
    if format is ExportFormat.xlsx and output is None:
        raise ZwgkError(t("export.needs_output", format="xlsx"), hint=t("export.needs_output_hint"))
    from zwgk.tables.sheet import plan_csv, write_plan_xlsx

    ledger = load_plan_or_fail(root)
    assert ledger.plan is not None
    if format is ExportFormat.csv:
        _write_out(plan_csv(ledger.plan, ledger.directory), output)
        return
    assert output is not None
    write_plan_xlsx(ledger.plan, ledger.directory, output)
    _err_console().print(Text(t("export.written", path=output)))


# --- import -------------------------------------------------------------------


class ImportFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("import", help=t("help.import"), epilog=t("help.import_example"))
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=t("help.arg_import_file"))],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="DIR", help=t("help.opt_import_out"), show_default=False
        ),
    ],
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            metavar="YYYY",
            min=FIRST_YEAR,
            max=LAST_YEAR,
            help=t("help.opt_import_year"),
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help=t("help.opt_import_title"))
    ] = None,
    units: Annotated[
        Path | None, typer.Option("--units", metavar="FILE", help=t("help.opt_import_units"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_import_force"))] = False,
    format: Annotated[
        ImportFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = ImportFormat.text,
) -> None:
    from zwgk.tables.importer import import_table
    from zwgk.tables.planyaml import save

    directory = _import_directory(units)
    draft = import_table(file, directory, year=year, title=title)
    written = save(draft, output, force)
    reqs = [req for task in draft.tasks for req in task["requirements"]]
    rules = sum(len(req["due"]) for req in reqs)
    used = {ref for req in reqs for ref in (*req["lead"], *req["support"])}
    known = len([ref for ref in used if ref in directory.units])
    if format is ImportFormat.json:
        doc = {
            "source": str(file), "title": draft.title, "year": draft.year,
            "parts": len(draft.parts), "tasks": len(draft.tasks), "requirements": len(reqs),
            "rules": rules,
            "new_units": [{"id": u, "name": draft.units[u].name, "kind": draft.units[u].kind}
                          for u in draft.new_units],
            "notes": [n._asdict() for n in draft.notes],
            "written": [p.as_posix() for p in written],
        }  # fmt: skip
        typer.echo(_json_text(doc, ensure_ascii=False, indent=2))
        return
    console = _out_console()
    console.print(Text(t("import.read", path=file, parts=len(draft.parts), tasks=len(draft.tasks),
                         reqs=len(reqs), rules=rules)))  # fmt: skip
    console.print(Text(t("import.units", known=known, new=len(draft.new_units))))
    files = t("common.list_sep").join(p.as_posix() for p in written)
    console.print(Text(t("import.written", files=files), style="green"))
    if draft.notes:
        console.print(Text(t("import.notes", n=len(draft.notes)), style="bold yellow"))
        for note in draft.notes:
            where = t("import.row", row=note.row) if note.row else t("import.whole")
            console.print(Text("  " + t("import.note_line", where=where, message=note.message)))
    else:
        console.print(Text(t("import.no_notes")))
    console.print(Text(t("import.next", path=output.as_posix()), style="dim"))


def _import_directory(units: Path | None) -> Directory:
    """The units to match names against: --units, else the current ledger's,
    else none (a new office's first table)."""
    from zwgk.model.directory import Directory as Dir
    from zwgk.tables.importer import read_directory

    if units is None:
        try:
            root = _root()
        except ZwgkError:
            if _State.root or os.environ.get("ZWGK_ROOT"):
                raise  # a ledger named explicitly must exist
            return Dir({}, {})
        units = root / "data" / "units.yaml"
        if not units.is_file():
            return Dir({}, {})
    return read_directory(units)


def _write_out(data: str | bytes, output: Path | None) -> None:
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
        _err_console().print(Text(t("export.written", path=output)))
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


# --- report and notice ------------------------------------------------------


class DocFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


_SUFFIXES = {".md": DocFormat.md, ".markdown": DocFormat.md, ".html": DocFormat.html,
             ".htm": DocFormat.html, ".docx": DocFormat.docx}  # fmt: skip


def _doc_format(given: DocFormat | None, output: Path | None) -> DocFormat:
    """--format, else the output file's suffix (周报.docx), else Markdown; a
    suffix that contradicts --format is refused rather than written wrong."""
    implied = _SUFFIXES.get(output.suffix.lower()) if output is not None else None
    if given is not None and implied is not None and implied is not given:
        raise ZwgkError(
            t("report.format_mismatch", path=output, format=given.value),
            hint=t("report.format_mismatch_hint", suffix=f".{given.value}"),
        )
    chosen = given or implied or DocFormat.md
    if chosen is DocFormat.docx and output is None:
        raise ZwgkError(t("report.needs_output"), hint=t("export.needs_output_hint"))
    return chosen


def _link_base(root: Path, output: Path | None) -> str:
    """How to reach the ledger from where a report is written, for evidence
    paths kept in the ledger: "" on the screen, "../" from reports/周报.html."""
    if output is None:
        return ""
    import os

    relative = os.path.relpath(root.resolve(), output.resolve().parent)
    return "" if relative == "." else Path(relative).as_posix() + "/"


FormatOption = Annotated[DocFormat | None, typer.Option("--format", "-f",
                         help=t("help.opt_report_format"))]  # fmt: skip


@app.command(help=t("help.report"), epilog=t("help.report_example"))
def report(
    week: Annotated[
        str | None, typer.Option("--week", metavar="YYYY-Www", help=t("help.opt_week"))
    ] = None,
    month: Annotated[
        str | None, typer.Option("--month", metavar="YYYY-MM", help=t("help.opt_month"))
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="DATE", help=t("help.opt_report_as_of"))
    ] = None,
    format: FormatOption = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_report_output")),
    ] = None,
    warn_days: WarnDays = "7",
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
) -> None:
    from zwgk.cli.period import choose
    from zwgk.engine.report import build_report

    warn = _parse_days(warn_days, "--warn-days")
    assert warn is not None
    chosen = _doc_format(format, output)
    period, day = choose(week, month, _parse_date(as_of, "--as-of"), dt.date.today())
    root = _root()
    if output is not None:
        from zwgk.outputs.outfiles import refuse_output

        refuse_output(output, root, force)
    ledger = load_plan_or_fail(root, with_progress=True, progress_must_read=True)
    assert ledger.plan is not None
    data = build_report(ledger.plan, ledger.directory, ledger.entries, ledger.calendar,
                        period, day, warn)  # fmt: skip
    if chosen is DocFormat.docx:
        from zwgk.outputs.word import write_report

        assert output is not None
        write_report(data, output)
        _err_console().print(Text(t("export.written", path=output)))
        return
    from zwgk.outputs.reportperiod import labelled
    from zwgk.outputs.templates import render

    text = render(
        f"report.{chosen.value}.j2", root, link_base=_link_base(root, output), report=labelled(data)
    )
    _write_out(text if chosen is DocFormat.md else text.encode("utf-8"), output)


@app.command(help=t("help.notice"), epilog=t("help.notice_example"))
def notice(
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            metavar="UNIT",
            help=t("help.opt_notice_unit"),
            autocompletion=completion.unit,
        ),
    ] = None,
    all_units: Annotated[bool, typer.Option("--all", help=t("help.opt_notice_all"))] = False,
    as_of: AsOf = None,
    reply_days: Annotated[
        str, typer.Option("--reply-days", metavar="N", help=t("help.opt_reply_days"))
    ] = "3",
    issuer: Annotated[
        str | None, typer.Option("--issuer", metavar="NAME", help=t("help.opt_issuer"))
    ] = None,
    format: Annotated[
        DocFormat, typer.Option("--format", "-f", help=t("help.opt_notice_format"))
    ] = DocFormat.md,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="DIR", help=t("help.opt_notice_output")),
    ] = None,
    warn_days: WarnDays = "7",
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
) -> None:
    from zwgk.engine.notice import build_notices

    if not unit and not all_units:
        raise typer.BadParameter(t("notice.need_unit"), param_hint="--unit")
    if output is not None and output.suffix.lower() in _SUFFIXES:
        raise typer.BadParameter(t("notice.output_is_folder", path=output), param_hint="-o")
    day = _as_of(as_of)
    warn = _parse_days(warn_days, "--warn-days")
    reply = _parse_days(reply_days, "--reply-days")
    assert warn is not None and reply is not None
    root = _root()
    if output is not None:
        from zwgk.outputs.outfiles import refuse_ledger_data

        refuse_ledger_data(output, root)
    ledger = load_plan_or_fail(root, with_progress=True, progress_must_read=True)
    chosen = None if all_units else frozenset(_resolve_units(ledger.directory, unit or []))
    assert ledger.plan is not None
    notices = build_notices(ledger.plan, ledger.directory, ledger.entries, ledger.calendar, day,
                            chosen, reply, issuer or t("notice.default_issuer"), warn)  # fmt: skip
    if not notices:
        _err_console().print(Text(t("notice.none", as_of=day.isoformat()), style="green"))
        return
    from zwgk.outputs.templates import render

    if output is None:
        if format is DocFormat.docx or (format is DocFormat.html and len(notices) > 1):
            raise ZwgkError(
                t("notice.many_to_stdout", n=len(notices), format=format.value),
                hint=t("notice.many_hint"),
            )
        texts = [render(f"notice.{format.value}.j2", root, notice=n) for n in notices]
        joined = "\n---\n\n".join(texts)
        _write_out(joined if format is DocFormat.md else joined.encode("utf-8"), None)
        return
    from zwgk.outputs.outfiles import make_folder, refuse_files, write_bytes

    paths = _notice_paths(output, notices, day, format.value)
    refuse_files(paths, root, force)
    make_folder(output)
    for item, path in zip(notices, paths, strict=True):
        if format is DocFormat.docx:
            from zwgk.outputs.word import write_notice

            write_notice(item, path)
        else:
            text = render(f"notice.{format.value}.j2", root, notice=item)
            write_bytes(path, text.encode("utf-8"))
    _err_console().print(Text(t("notice.written", n=len(notices), path=output)))


def _notice_paths(folder: Path, notices: list[Notice], day: dt.date, suffix: str) -> list[Path]:
    """One file per notice, named for the unit's name and its id: names that
    differ only in characters a file name cannot hold (县/局 and 县:局) still
    give two files, never one overwritten by the other."""
    names = [
        _safe_file_name(t("notice.file_name", unit=n.unit_name, id=n.unit, as_of=day.isoformat()))
        + f".{suffix}"
        for n in notices
    ]
    return [folder / name for name in names]


def _safe_file_name(name: str) -> str:
    """A file name Windows accepts: no reserved characters."""
    return "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip(" .")


# --- review in git ----------------------------------------------------------


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"


@app.command(help=t("help.diff"), epilog=t("help.diff_example"))
def diff(
    rev: Annotated[str | None, typer.Argument(metavar="[REV]", help=t("help.arg_rev"))] = None,
    rev2: Annotated[str | None, typer.Argument(metavar="[REV2]", help=t("help.arg_rev2"))] = None,
    as_of: AsOf = None,
    warn_days: WarnDays = "7",
    format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help=t("help.opt_diff_format"))
    ] = DiffFormat.text,
) -> None:
    from zwgk.ledger.load import DiskFiles
    from zwgk.review.diff import diff_ledgers, load_side
    from zwgk.review.git import Git

    day = _as_of(as_of)
    warn = _parse_days(warn_days, "--warn-days")
    assert warn is not None
    root = _root()
    git = Git(root)
    before_label = rev or "HEAD"
    before_rev = before_label
    if rev is not None and rev2 is None and ".." in rev:
        # `A..B` compares A with B; `A...B` compares B with where it branched
        # from A (what a merge request changes, whatever A did since).
        first, dots, second = rev.partition("...") if "..." in rev else rev.partition("..")
        rev2 = second or "HEAD"
        before_label = first or "HEAD"
        before_rev = git.merge_base(before_label, rev2) if dots == "..." else before_label
        if dots == "...":
            before_label = t("diff.merge_base", rev=before_label)
    base = git.tree(before_rev)
    old = load_side(root, base, before_label)
    if rev2 is None:
        after_label = t("git.worktree")
        new = load_side(root, DiskFiles(root), after_label)
    else:
        after_label = rev2
        new = load_side(root, git.tree(rev2), rev2)
    result = diff_ledgers(old, new, before_label, after_label, day, warn)
    if format is DiffFormat.json:
        typer.echo(_json_text(result.as_json(), ensure_ascii=False, indent=2))
    elif format is DiffFormat.md:
        from zwgk.outputs.templates import render
        from zwgk.review.diff import describe_entry, describe_plan_change

        # The templates of the side under review never run: a merge request
        # that adds templates/diff.md.j2 is rendered with the base's (or the
        # built-in) template, like every other file the review reads as data.
        text = render(
            "diff.md.j2",
            root,
            templates=base,
            diff=result,
            entry_words=describe_entry,
            plan_words=lambda change: describe_plan_change(change, result.directory),
        )
        _write_out(text, None)
    else:
        _print_diff(result)


def _print_diff(result: Any) -> None:
    from zwgk.review.diff import LedgerDiff, describe_entry, describe_plan_change, rel_path

    assert isinstance(result, LedgerDiff)
    console = _out_console()
    name = result.directory.name
    console.print(
        Text(
            t("diff.heading", before=result.before, after=result.after, as_of=result.as_of),
            style="bold",
        )
    )
    if result.empty:
        console.print(Text(t("diff.nothing"), style="green"))
        return
    marks = {"added": ("+", "green"), "removed": ("-", "red"), "edited": ("~", "yellow"),
             "moved": ("→", "cyan")}  # fmt: skip
    if result.entries:
        console.print(Text(t("diff.entries", n=len(result.entries)), style="bold"))
        for c in result.entries:
            mark, style = marks[c.change]
            line = Text(f"  {mark} ", style=style)
            line.append(f"{c.entry.req} {name(c.entry.unit)} ")
            if c.change == "edited" and c.before is not None:
                line.append(describe_entry(c.before) + " → ", style="dim")
            line.append(describe_entry(c.entry))
            if c.change == "moved" and c.before is not None:
                line.append(f"  {rel_path(c.before)} → {c.file}:{c.entry.line}", style="dim")
            else:
                line.append(f"  {c.file}:{c.entry.line}", style="dim")
            console.print(line)
    if result.statuses:
        console.print(Text(t("diff.statuses", n=len(result.statuses)), style="bold"))
        for s in result.statuses:
            line = Text(f"  {s.req} {name(s.unit)}" + (f" {s.period}" if s.period else "") + ": ")
            line.append(t(f"status.{s.before}") if s.before else "—", style="dim")
            line.append(" → ")
            after = t(f"status.{s.after}") if s.after else "—"
            line.append(after, style=STATUS_STYLE.get(s.after or "", ""))
            console.print(line)
    if result.plan:
        console.print(Text(t("diff.plan", n=len(result.plan)), style="bold"))
        for p in result.plan:
            console.print(Text("  " + describe_plan_change(p, result.directory)))


class LogFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("log", help=t("help.log"), epilog=t("help.log_example"))
def log_(
    req: Annotated[
        str | None,
        typer.Argument(
            metavar="[REQ]", help=t("help.arg_log_req"), autocompletion=completion.requirement
        ),
    ] = None,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            metavar="UNIT",
            help=t("help.opt_log_unit"),
            autocompletion=completion.unit,
        ),
    ] = None,
    format: Annotated[
        LogFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = LogFormat.text,
) -> None:
    from zwgk.review.diff import describe_entry
    from zwgk.review.git import Git
    from zwgk.review.history import entry_log

    if req is None and not unit:
        raise typer.BadParameter(t("log.need_what"), param_hint="REQ")
    root = _root()
    ledger = load_plan_or_fail(root, with_progress=True, progress_must_read=True)
    assert ledger.plan is not None
    if req is not None and ledger.plan.requirement(req.strip()) is None:
        from zwgk.ledger.record import resolve_requirement

        resolve_requirement(ledger, req)  # raises with a did-you-mean
    units = {
        u for u in _resolve_units(ledger.directory, unit or []) if u in ledger.directory.units
    } if unit else None  # fmt: skip
    logged = entry_log(Git(root), ledger, req.strip() if req else None, units)
    name = ledger.directory.name
    if format is LogFormat.json:
        from zwgk.review.diff import entry_fields

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
        typer.echo(_json_text(doc, ensure_ascii=False, indent=2))
        return
    console = _out_console()
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


@app.command(help=t("help.codeowners"), epilog=t("help.codeowners_example"))
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
    root = _root()
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
        _write_out(text, None)
        return
    path = Path(output) if output else top / "CODEOWNERS"
    from zwgk.outputs.outfiles import refuse_output, write_bytes

    refuse_output(path, root, force, hint=t("owners.exists_hint"))
    write_bytes(path, text.encode("utf-8"))
    _err_console().print(Text(t("export.written", path=path)))


# --- shared option parsing --------------------------------------------------


def _parse_date(value: str | None, option: str) -> dt.date | None:
    """An ISO date within 1901-2999: a ledger's dates, not the calendar's edges."""
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(t("cli.bad_date", value=value), param_hint=option) from None
    if not 1900 < day.year < 3000:
        raise typer.BadParameter(t("cli.date_range", value=value), param_hint=option)
    return day


_MAX_DAYS = 36_600
"""A hundred years: more than any window a clerk means, and far short of the
thousands of digits int() refuses."""


def _parse_days(value: str | None, option: str) -> int | None:
    """`14` or `14d`: whole days."""
    if value is None:
        return None
    text = value.strip().lower().removesuffix("d").removesuffix("days").strip()
    if not (text.isascii() and text.isdigit()):  # "²" is a digit to isdigit(), not to int()
        raise typer.BadParameter(t("cli.bad_days", value=value), param_hint=option)
    days = small_int(text)
    if days is None or days > _MAX_DAYS:
        raise typer.BadParameter(
            t("cli.too_many_days", value=text[:12] + "…" * (len(text) > 12), limit=_MAX_DAYS),
            param_hint=option,
        )
    return days


def _as_of(value: str | None) -> dt.date:
    return _parse_date(value, "--as-of") or dt.date.today()


AsOf = Annotated[str | None, typer.Option("--as-of", metavar="DATE", help=t("help.opt_as_of"))]
WarnDays = Annotated[str, typer.Option("--warn-days", metavar="N", help=t("help.opt_warn_days"))]


# --- calendar ---------------------------------------------------------------

calendar_app = typer.Typer(
    cls=_Group, help=t("help.calendar"), no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(calendar_app, name="calendar")


def _calendar() -> WorkCalendar:
    """The official calendar, plus the ledger's calendar.yaml when in a ledger."""
    from zwgk.ledger.load import load_calendar

    root: Path | None
    if _State.root or os.environ.get("ZWGK_ROOT"):
        root = _root()  # a ledger named explicitly must exist
    else:
        try:
            root = _root()
        except ZwgkError:
            root = None  # outside any ledger the package's years still work
    calendar, findings = load_calendar(root)
    errors = [f for f in findings if f.level == "error"]
    if errors:
        first = errors[0]
        raise ZwgkError(
            first.message,
            hint=first.hint or t("ledger.plan_has_errors_hint"),
            path=first.path,
            line=first.line,
            col=first.col,
        )
    return calendar


@calendar_app.command("add", help=t("help.calendar_add"), epilog=t("help.calendar_add_example"))
def calendar_add(
    date: Annotated[str, typer.Argument(metavar="DATE", help=t("help.arg_date"))],
    n: Annotated[int, typer.Argument(metavar="N", help=t("help.arg_n"), min=0)],
) -> None:
    start = _parse_date(date, "DATE")
    assert start is not None
    typer.echo(_calendar().add_workdays(start, n).isoformat())


@calendar_app.command("show", help=t("help.calendar_show"), epilog=t("help.calendar_show_example"))
def calendar_show(
    month: Annotated[str, typer.Argument(metavar="YYYY-MM", help=t("help.arg_month"))],
) -> None:
    from zwgk.engine.calendar import month_grid

    try:
        year, mon = (int(x) for x in month.split("-"))
        dt.date(year, mon, 1)
    except ValueError:
        raise typer.BadParameter(t("cli.bad_month", value=month), param_hint="YYYY-MM") from None
    cal = _calendar()
    grid = month_grid(cal, year, mon)
    table = Table(title=t("calendar.title", year=year, month=mon), title_justify="left")
    for key in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        table.add_column(t(f"weekday.{key}"), justify="right")
    for week in grid:
        cells: list[str | Text] = []
        for day in week:
            if day is None:
                cells.append("")
                continue
            if cal.is_makeup_workday(day):
                cells.append(Text(f"{day.day}{t('calendar.makeup_mark')}", style="bold yellow"))
            elif cal.is_holiday(day):
                cells.append(Text(f"{day.day}{t('calendar.holiday_mark')}", style="bold red"))
            elif not cal.is_workday(day):
                cells.append(Text(str(day.day), style="dim"))
            else:
                cells.append(Text(str(day.day)))
        table.add_row(*cells)
    console = _out_console()
    console.print(table)
    source = cal.schedule(year).source or ""
    console.print(Text(t("calendar.legend", source=source), style="dim"))


# --- merge-driver -------------------------------------------------------------


@app.command(
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
        _err_console().print(Text(t("merge.conflict", path=path or ours), style="yellow"))
        raise typer.Exit(EXIT_DATA)


# --- record -----------------------------------------------------------------


def _prompting() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@app.command(help=t("help.record"), epilog=t("help.record_example"))
def record(
    req: Annotated[
        str | None,
        typer.Argument(
            metavar="REQ", help=t("help.arg_req"), autocompletion=completion.requirement
        ),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", "-u", metavar="UNIT", help=t("help.opt_unit"), autocompletion=completion.unit
        ),
    ] = None,
    done: Annotated[bool, typer.Option("--done", help=t("help.opt_done"))] = False,
    progress: Annotated[bool, typer.Option("--progress", help=t("help.opt_progress"))] = False,
    blocked: Annotated[bool, typer.Option("--blocked", help=t("help.opt_blocked"))] = False,
    event: Annotated[
        str | None,
        typer.Option(
            "--event", metavar="NAME", help=t("help.opt_event"), autocompletion=completion.event
        ),
    ] = None,
    exempt: Annotated[bool, typer.Option("--exempt", help=t("help.opt_exempt"))] = False,
    extend: Annotated[bool, typer.Option("--extend", help=t("help.opt_extend"))] = False,
    until: Annotated[
        str | None, typer.Option("--until", metavar="DATE", help=t("help.opt_until"))
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", metavar="DATE", help=t("help.opt_date"))
    ] = None,
    period: Annotated[
        str | None, typer.Option("--period", metavar="PERIOD", help=t("help.opt_period"))
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help=t("help.opt_note"))
    ] = None,
    evidence: Annotated[
        list[str] | None, typer.Option("--evidence", metavar="URL", help=t("help.opt_evidence"))
    ] = None,
    from_: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help=t("help.opt_from"))
    ] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE", help=t("help.opt_to"))] = None,
    approved_by: Annotated[
        str | None, typer.Option("--approved-by", metavar="NAME", help=t("help.opt_approved_by"))
    ] = None,
    by: Annotated[str | None, typer.Option("--by", metavar="NAME", help=t("help.opt_by"))] = None,
    as_of: AsOf = None,
) -> None:
    from zwgk.checks.record import check_new_entry
    from zwgk.engine.obligations import unit_obligations
    from zwgk.ledger.record import NewEntry, append_entry

    flags = [
        name
        for name, on in (
            ("done", done),
            ("progress", progress),
            ("blocked", blocked),
            ("event", event is not None),
            ("exempt", exempt),
            ("extend", extend),
        )
        if on
    ]
    if len(flags) > 1:
        raise typer.BadParameter(t("cli.one_status", given=", ".join("--" + f for f in flags)))
    interactive = _prompting()
    if req is None:
        if not interactive:
            raise typer.BadParameter(t("cli.missing", what="REQ"))
        req = typer.prompt(t("prompt.req"))
    if unit is None:
        if not interactive:
            raise typer.BadParameter(t("cli.missing", what="--unit"))
        unit = typer.prompt(t("prompt.unit"))
    if not flags:
        if not interactive:
            raise typer.BadParameter(t("cli.no_status"))
        choice = typer.prompt(t("prompt.status"), default="done")
        if choice not in ("done", "progress", "blocked", "event", "exempt", "extend"):
            raise typer.BadParameter(t("progress.bad_status", status=choice))
        flags = [choice]
        if choice == "event" and event is None:
            event = typer.prompt(t("prompt.event"))
        if choice == "extend" and until is None:
            until = typer.prompt(t("prompt.until"))
    status = flags[0]
    if status == "extend" and until is None and interactive:
        until = typer.prompt(t("prompt.until"))
    new = NewEntry(
        req=req,
        unit=unit,
        status=status,  # type: ignore[arg-type]
        date=_parse_date(date, "--date") or dt.date.today(),
        period=period,
        note=note,
        evidence=tuple(evidence or ()),
        event=event,
        from_date=_parse_date(from_, "--from"),
        to_date=_parse_date(to, "--to"),
        until=_parse_date(until, "--until"),
        approved_by=approved_by,
        by=by,
    )
    root = _root()
    ledger = load_plan_or_fail(root, with_progress=True)
    checked = check_new_entry(ledger, new)
    done_entry = append_entry(ledger.root, new, checked.req, checked.unit)
    _warn_personal_data(new, done_entry.shown)
    console = _out_console()
    console.print(Text(t("record.written", path=done_entry.shown), style="bold green"))
    console.print(Text(done_entry.text.rstrip("\n")))
    for warning in checked.warnings:
        console.print(Text(t("cli.warning_prefix") + warning, style="yellow"))
    # The new status, read back from the files as every command reads them.
    # The entry is written: a status that cannot be computed is only a warning.
    try:
        after = load_plan_or_fail(root, with_progress=True)
        assert after.plan is not None
        req_obj = after.plan.requirement(str(done_entry.entry["req"]))
        assert req_obj is not None
        entries = [e for e in after.entries if e.req == req_obj.id]
        obs = unit_obligations(req_obj, after.plan.info, after.directory, entries,
                               after.calendar, done_entry.unit, _as_of(as_of))  # fmt: skip
    except UnknownYearError as exc:
        from zwgk.ledger.calendar import unknown_year_error

        console.print(Text(t("cli.warning_prefix") + unknown_year_error(exc).message,
                           style="yellow"))  # fmt: skip
        return
    except ZwgkError as exc:
        console.print(Text(t("cli.warning_prefix") + exc.message, style="yellow"))
        return
    if obs:
        console.print(Text(t("record.now"), style="bold"))
        for ob in obs:
            console.print(_obligation_line(ob, after.directory))


def _warn_personal_data(new: EntryTexts, shown: str) -> None:
    """Say at once, on stderr, that what was just recorded holds personal data
    (the entry is written all the same: the clerk fixes or acknowledges it)."""
    from zwgk.engine.privacy import in_entry

    for field, hit in in_entry(new):
        message = t("record.pii", field=field, kind=t(f"pii.{hit.kind}"), masked=hit.masked,
                    path=shown)  # fmt: skip
        _err_console().print(Text(t("cli.warning_prefix") + message, style="yellow"))


def _obligation_line(ob: Obligation, directory: Directory) -> Text:
    line = Text("  ")
    line.append(f"{ob.req.id} {directory.name(ob.unit)} ")
    if ob.period:
        line.append(f"{ob.period} ")
    if ob.due:
        line.append(t("status.due_on", due=ob.due.isoformat()) + " ")
    line.append(t(f"status.{ob.status}"), style=STATUS_STYLE[ob.status])
    return line


# --- status -----------------------------------------------------------------


class StatusFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class FailOn(StrEnum):
    overdue = "overdue"
    due_soon = "due_soon"


class GroupBy(StrEnum):
    unit = "unit"


@app.command(help=t("help.status"), epilog=t("help.status_example"))
def status(
    as_of: AsOf = None,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            metavar="UNIT",
            help=t("help.opt_status_unit"),
            autocompletion=completion.unit,
        ),
    ] = None,
    task: Annotated[
        list[int] | None,
        typer.Option(
            "--task", metavar="N", help=t("help.opt_task"), autocompletion=completion.task
        ),
    ] = None,
    part: Annotated[
        list[str] | None,
        typer.Option(
            "--part", metavar="PART", help=t("help.opt_part"), autocompletion=completion.part
        ),
    ] = None,
    status_: Annotated[
        list[str] | None,
        typer.Option(
            "--status", metavar="CODE", help=t("help.opt_status"), autocompletion=completion.status
        ),
    ] = None,
    due_within: Annotated[
        str | None, typer.Option("--due-within", metavar="DAYS", help=t("help.opt_due_within"))
    ] = None,
    by: Annotated[GroupBy | None, typer.Option("--by", help=t("help.opt_by_unit"))] = None,
    format: Annotated[
        StatusFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = StatusFormat.table,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help=t("help.opt_fail_on"))] = None,
    warn_days: WarnDays = "7",
    show_all: Annotated[bool, typer.Option("--all", help=t("help.opt_all"))] = False,
    wide: Annotated[bool, typer.Option("--wide", help=t("help.opt_wide"))] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help=t("help.opt_status_output")),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
) -> None:
    from zwgk.engine.obligations import STATUS_CODES, all_obligations
    from zwgk.engine.status import Filters, by_unit_document, keep, status_document

    if output is not None:
        if format is StatusFormat.table:
            raise typer.BadParameter(t("cli.status_output_table"), param_hint="--output")
        from zwgk.outputs.outfiles import refuse_output

        refuse_output(output, _root(), force)
    day = _as_of(as_of)
    warn = _parse_days(warn_days, "--warn-days")
    assert warn is not None
    for code in status_ or ():
        if code not in STATUS_CODES:
            raise typer.BadParameter(
                t("cli.bad_status_code", code=code, choices=", ".join(STATUS_CODES)),
                param_hint="--status",
            )
    ledger = load_plan_or_fail(_root(), with_progress=True, progress_must_read=True)
    plan = ledger.plan
    assert plan is not None
    directory = ledger.directory
    units = _resolve_units(directory, unit or [])
    known_tasks = {task.no for task in plan.tasks}
    for no in sorted(set(task or ()) - known_tasks):
        raise typer.BadParameter(
            t("cli.bad_task", task=no, low=min(known_tasks), high=max(known_tasks)),
            param_hint="--task",
        )
    parts = set(part or ())
    known_parts = {p.no for p in plan.parts}
    for p in parts - known_parts:
        raise typer.BadParameter(
            t("cli.bad_part", part=p, parts="、".join(sorted(known_parts))), param_hint="--part"
        )
    filters = Filters(
        units=frozenset(units),
        tasks=frozenset(task or ()),
        parts=frozenset(parts),
        statuses=frozenset(status_ or ()),
        due_within=_parse_days(due_within, "--due-within"),
    )
    obs = all_obligations(plan, directory, ledger.entries, ledger.calendar, day, warn)
    obs = [ob for ob in obs if keep(ob, filters, day, plan)]

    if format is StatusFormat.json:
        doc = by_unit_document(obs, directory, day) if by else status_document(obs, directory, day)
        _write_out(_json_text(doc, ensure_ascii=False, indent=2) + "\n", output)
    elif format is StatusFormat.csv:
        _write_out(_csv(obs, directory, by is not None).encode("utf-8"), output)
    elif by is not None:
        _print_by_unit(obs, directory, day)
    else:
        explicit = bool(status_) or filters.due_within is not None
        _print_status(
            obs,
            directory,
            day,
            fold_rows=not (show_all or unit),
            all_rows=show_all or explicit,
            wide=wide,
            warn=warn,
        )
    if fail_on is not None:
        failing = {"overdue"} if fail_on is FailOn.overdue else {"overdue", "due_soon"}
        if any(ob.status in failing for ob in obs):
            raise typer.Exit(EXIT_DATA)


def _resolve_units(directory: Directory, texts: list[str]) -> set[str]:
    """`--unit` values (ids, names, aliases, groups) as unit and group ids."""
    from zwgk.ledger.suggest import did_you_mean

    units: set[str] = set()
    for text in texts:
        ref = directory.resolve(text)
        if ref is None:
            hint = did_you_mean(directory.suggest(text))
            raise typer.BadParameter(
                t("record.unknown_unit", unit=text) + (" " + hint if hint else ""),
                param_hint="--unit",
            )
        units.update({ref, *directory.expand(ref)})
    return units


def _csv(obs: list[Obligation], directory: Directory, per_unit: bool) -> str:
    """For programs: the JSON's keys as the header, LF line ends, no BOM; text
    cells defused like every CSV zwgk writes (ids and dates are never touched)."""
    from zwgk.engine.status import by_unit, item
    from zwgk.outputs.sheets import csv_text

    if per_unit:
        rows = [r.as_json() for r in by_unit(obs, directory)]
    else:
        rows = [item(ob, directory) for ob in obs]
    header = list(rows[0].keys()) if rows else _csv_header(per_unit)
    return csv_text([header, *(row.values() for row in rows)], "\n")


def _csv_header(per_unit: bool) -> list[str]:
    """The columns of an empty CSV: a program reading it still finds them."""
    from zwgk.engine.obligations import STATUS_CODES

    if per_unit:
        return ["unit", "unit_name", "obligations", *STATUS_CODES, "on_time_rate"]
    return ["task", "req", "unit", "unit_name", "period", "due", "status", "completed",
            "last_entry"]  # fmt: skip


def _bar(done: int, total: int, console: Console, width: int = 20) -> str:
    full, empty = ("█", "░") if (console.encoding or "").lower().startswith("utf") else ("#", "-")
    filled = round(width * done / total) if total else 0
    return full * filled + empty * (width - filled)


def _print_summary(obs: list[Obligation], day: dt.date, console: Console) -> None:
    from zwgk.engine.status import on_time_rate, percent, summary

    counts = summary(obs)
    console.print(Text(t("status.heading", as_of=day.isoformat(), n=len(obs)), style="bold"))
    line = Text()
    for code in ("overdue", "due_soon", "open", "ongoing", "late", "done", "exempt"):
        if line:
            line.append(" ")
        line.append(t(f"status.{code}"), style=STATUS_STYLE[code])
        line.append(f" {counts[code]}")
    console.print(line)
    active = len(obs) - counts["exempt"]
    completed = counts["done"] + counts["late"]
    rate = percent(on_time_rate(counts))
    share = percent(completed / active if active else None)
    console.print(
        Text(
            t(
                "status.progress",
                bar=_bar(completed, active, console),
                done=completed,
                total=active,
                percent=share,
                rate=rate,
            )
        )
    )


def _state_text(ob: Obligation, day: dt.date) -> Text:
    """The status cell: how late, or how long left, for what is not finished."""
    style = STATUS_STYLE[ob.status]
    if ob.status in ("overdue", "due_soon", "open") and ob.due is not None:
        delta = (ob.due - day).days
        if delta < 0:
            return Text(t("status.days_late", n=-delta), style=style)
        return Text(t("status.days_left", n=delta), style=style)
    return Text(t(f"status.{ob.status}"), style=style)


def _lead_names(row: Row, directory: Directory) -> str:
    """A folded row is named by the leads as written that cover its units:
    "37个单位（各镇（街道）、县政府各部门）"."""
    units = {ob.unit for ob in row.obligations}
    refs = [ref for ref in row.first.req.lead if units & set(directory.expand(ref))]
    return "、".join(directory.name(ref) for ref in refs) or directory.name(row.first.unit)


def _print_blocks(rows: list[Row], cells: list[list[str | Text]], console: Console) -> None:
    """--wide: each obligation on a line, its full requirement text below it."""
    for row, line in zip(rows, cells, strict=True):
        head = Text()
        for cell in line:
            if cell:
                head.append_text(cell if isinstance(cell, Text) else Text(cell))
                head.append("  ")
        console.print(head)
        body = _wrap(row.first.req.text, max(20, console.width - 4))
        console.print(Text("    " + body.replace("\n", "\n    "), style="dim"))


def _wrap(text: str, width: int) -> str:
    """Break `text` into lines of at most `width` terminal cells."""
    from rich.cells import cell_len

    lines, line = [], ""
    for ch in text:
        if cell_len(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return "\n".join([*lines, line])


def _fit(text: str, width: int) -> str:
    """Cut `text` to `width` terminal cells (CJK characters take two)."""
    from rich.cells import cell_len

    if cell_len(text) <= width:
        return text
    out = ""
    for ch in text:
        if cell_len(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def _print_status(
    obs: list[Obligation],
    directory: Directory,
    day: dt.date,
    *,
    fold_rows: bool,
    all_rows: bool,
    wide: bool,
    warn: int,
) -> None:

    from zwgk.engine.status import Row, by_urgency, fold

    console = _out_console()
    _print_summary(obs, day, console)
    shown = obs if all_rows else [ob for ob in obs if ob.status in ("overdue", "due_soon")]
    shown = by_urgency(shown, day)
    if not shown:
        console.print(Text(t("status.nothing_urgent", n=warn), style="green"))
        return
    rows = fold(shown) if fold_rows else [Row((ob,)) for ob in shown]
    unit_width = 16 if console.width < 110 else 40
    cells: list[list[str | Text]] = []
    for row in rows:
        ob = row.first
        n = len(row.obligations)
        unit_label = directory.name(ob.unit)
        if n > 1:
            unit_label = t("status.folded", name=_lead_names(row, directory), n=n)
        last = max((o.last_entry for o in row.obligations if o.last_entry), default=None)
        cells.append(
            [
                ob.req.id,
                _fit(unit_label, unit_width),
                ob.period or "",
                ob.due.isoformat() if ob.due else "",
                _state_text(ob, day),
                last.isoformat() if last else "",
            ]
        )
    keys = ("col.req", "col.unit", "col.period", "col.due", "col.status", "col.last_entry")
    headers: list[str | Text] = [t(k) for k in keys]
    # The fixed columns keep their full width; the requirement text gets what
    # is left of the terminal (80 columns included) and is cut with an ellipsis.
    from rich.cells import cell_len

    # Each column: its widest cell, two cells of padding and one of separator.
    fixed = sum(
        max(cell_len(str(c[i])) for c in [*cells, headers]) + 3 for i in range(len(headers))
    )
    text_width = console.width - fixed - 1
    if wide:
        _print_blocks(rows, cells, console)
        return
    if text_width >= 10:  # too narrow a terminal gets no text column (see --wide)
        headers.append(t("col.text"))
        cells = [[*line, _fit(row.first.req.text, text_width)]
                 for row, line in zip(rows, cells, strict=True)]  # fmt: skip
    console.print(_columns(headers, cells))
    if fold_rows and any(len(r.obligations) > 1 for r in rows):
        console.print(Text(t("status.fold_hint"), style="dim"))


def _columns(headers: list[str | Text], rows: list[list[str | Text]]) -> Text:
    """A plain table: a bold header, a rule, then one line a row, columns three
    cells apart. rich's Table measures every cell of every row again, which
    on a city ledger's thousand overdue rows takes most of a second."""
    from rich.cells import cell_len

    widths = [max(cell_len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    out = Text()

    def add(line: list[str | Text], style: str = "") -> None:
        for i, cell in enumerate(line):
            piece = cell if isinstance(cell, Text) else Text(cell, style=style)
            out.append_text(piece)
            if i < len(line) - 1:
                out.append(" " * (widths[i] - cell_len(piece.plain) + 3))
        out.append("\n")

    add(headers, "bold")
    out.append("─" * (sum(widths) + 3 * (len(widths) - 1)) + "\n")
    for row in rows:
        add(row)
    out.rstrip()
    return out


def _print_by_unit(obs: list[Obligation], directory: Directory, day: dt.date) -> None:
    from zwgk.engine.status import by_unit, percent, worst_first

    console = _out_console()
    _print_summary(obs, day, console)
    rollups = worst_first(by_unit(obs, directory))
    from rich import box
    from rich.cells import cell_len

    keys = ("col.obligations", "status.done", "status.late", "status.overdue",
            "status.due_soon", "col.on_time_rate")  # fmt: skip
    rows: list[list[str | Text]] = [
        [
            str(r.obligations),
            str(r.counts["done"]),
            str(r.counts["late"]),
            Text(str(r.counts["overdue"]), style="red" if r.counts["overdue"] else ""),
            str(r.counts["due_soon"]),
            percent(r.on_time_rate),
        ]
        for r in rollups
    ]
    # The figures keep their full width; the unit name gets what is left of
    # the terminal (80 columns included) and is cut with an ellipsis.
    widths = [max(cell_len(str(c)) for c in [t(k), *(row[i] for row in rows)]) for i, k in
              enumerate(keys)]  # fmt: skip
    # Each figure column costs its width, two cells of padding and a separator.
    name_width = max(8, console.width - sum(w + 3 for w in widths) - 1)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(t("col.unit"), no_wrap=True)
    for key in keys:
        table.add_column(t(key), justify="right", no_wrap=True)
    for r, row in zip(rollups, rows, strict=True):
        table.add_row(_fit(r.unit_name, name_width), *row)
    console.print(table)


# Every command lays out its help with the catalog's words (clihelp.Command),
# and has a short line for the command list (Chinese has no spaces to cut at).
for _prefix, _typer in (("", app), ("calendar_", calendar_app), ("units_", units_app)):
    for _info in _typer.registered_commands:
        _info.cls = clihelp.Command
        _name = _info.name or (_info.callback.__name__ if _info.callback else "")
        if f"help.short_{_prefix}{_name}" in MESSAGES:
            _info.short_help = t(f"help.short_{_prefix}{_name}")
clihelp.install()


def _json_text(doc: Any, **options: Any) -> str:
    import json

    return json_printable(json.dumps(doc, **options))


_GLOBAL_WITH_VALUE = ("--root", "--lang")


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
                return None  # --help, --version or a mistake: the whole app answers
            i += 1
            continue
        return arg
    return None


def _app_for(argv: list[str]) -> typer.Typer:
    """The app with only the command being run. Typer builds the options of every
    registered command before running one; a status run does not need the other
    twelve, and building them costs more than the rest of a small ledger's run.
    Anything unusual gets the whole app (help, errors, completion)."""
    name = _invoked(argv)
    if name is None:
        return app
    small = typer.Typer(**_APP_SETTINGS)
    small.registered_callback = app.registered_callback
    for info in app.registered_commands:
        if info.callback is not None and (info.name or info.callback.__name__) == name:
            small.registered_commands = [info]
            return small
    for group in app.registered_groups:
        if group.name == name:
            small.registered_groups = [group]
            return small
    return app


def main() -> None:
    """Console-script entry point."""
    # A GBK console (Windows offices) cannot show every character a clerk may
    # type into a note: print a replacement rather than fail mid-output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    # A run is short and its objects live to the end: collect cycles rarely.
    import gc

    gc.set_threshold(100_000, 50, 100)
    _app_for(sys.argv[1:])()
