"""`zwgk notice`: reminder notices (催办通知) to the units with obligations
overdue or due soon, one file a unit; or (`--format xlsx`) the 回执 each
unit fills, listing everything it still has to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.console import err_console, write_out
from zwgk.cli.options import (
    DOC_SUFFIXES,
    AsOf,
    CarbonCopy,
    DocNo,
    IgnoreErrors,
    Issuer,
    NoticeFormat,
    PrintedBy,
    WarnDays,
    as_of_date,
    issuer_name,
    ledger_root,
    load_plan_checked,
    paper_parts,
    parse_days,
    resolve_units,
    say_unread,
    unit_option,
    warn_window,
)
from zwgk.errors import ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.engine.notice import Notice

commands = typer.Typer()


@commands.command(help=t("help.notice"), epilog=t("help.notice_example"))
def notice(
    unit: Annotated[
        list[str] | None,
        unit_option(t("help.opt_notice_unit")),
    ] = None,
    all_units: Annotated[bool, typer.Option("--all", help=t("help.opt_notice_all"))] = False,
    as_of: AsOf = None,
    reply_days: Annotated[
        str, typer.Option("--reply-days", metavar="N", help=t("help.opt_reply_days"))
    ] = "3",
    issuer: Issuer = None,
    format: Annotated[
        NoticeFormat, typer.Option("--format", "-f", help=t("help.opt_notice_format"))
    ] = NoticeFormat.md,
    one_file: Annotated[bool, typer.Option("--one-file", help=t("help.opt_one_file"))] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="DIR", help=t("help.opt_notice_output")),
    ] = None,
    warn_days: WarnDays = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
    ignore_errors: IgnoreErrors = False,
    doc_no: DocNo = None,
    cc: CarbonCopy = None,
    printed_by: PrintedBy = None,
) -> None:
    from zwgk.engine.notice import (
        NOTICE_STATUSES,
        RECEIPT_STATUSES,
        DependsOnUnread,
        build_notices,
    )

    if not unit and not all_units:
        raise typer.BadParameter(t("notice.need_unit"), param_hint="--unit")
    if unit and all_units:
        raise typer.BadParameter(t("cli.not_together", first="--unit", second="--all"))
    receipt = format is NoticeFormat.xlsx
    if one_file and not receipt:
        raise typer.BadParameter(t("notice.one_file_xlsx"), param_hint="--one-file")
    if output is not None and output.suffix.lower() in {*DOC_SUFFIXES, ".xlsx"}:
        raise typer.BadParameter(t("notice.output_is_folder", path=output), param_hint="-o")
    paper = paper_parts(format is NoticeFormat.docx, doc_no, cc, printed_by, issuer)
    day = as_of_date(as_of)
    warn = warn_window(warn_days)
    reply = parse_days(reply_days, "--reply-days", workdays=True)
    assert reply is not None
    root = ledger_root()
    if output is not None:
        from zwgk.outputs.outfiles import refuse_ledger_data

        refuse_ledger_data(output, root)
    ledger, _ = load_plan_checked(
        root, ignore_errors, with_progress=True, progress_must_read=True, per_unit=True, as_of=day
    )
    chosen = None if all_units else frozenset(resolve_units(ledger.directory, unit or []))
    try:
        notices = build_notices(ledger.plan, ledger.directory, ledger.entries, ledger.calendar,
                                day, chosen, reply, issuer_name(issuer), warn,
                                frozenset(ledger.unread),
                                RECEIPT_STATUSES if receipt else NOTICE_STATUSES)  # fmt: skip
    except DependsOnUnread as exc:
        # A reminder that may list what was done, or miss what is overdue,
        # is not sent: stop as every command does on a file it needs.
        from zwgk.ledger.load import unreadable

        names = t("common.list_sep").join(ledger.directory.name(u) for u in exc.units)
        err_console().print(Text(t("cli.notice_unread", units=names), style="bold yellow"))
        found = [f for findings in ledger.unread.values() for f in findings]
        raise unreadable(found, None, root.as_posix()) from None
    if ledger.unread:
        say_unread(ledger, 0, whole=False)
    # The units asked for by name that get nothing are named, whether or not
    # others get a notice: never "no unit" to a named one, never silence.
    quiet = frozenset() if chosen is None else chosen - {n.unit for n in notices}
    if quiet:
        names = t("common.list_sep").join(
            ledger.directory.name(u) for u in sorted(quiet, key=ledger.directory.order)
        )
        key = "notice.receipt_none_named" if receipt else "notice.none_named"
        err_console().print(Text(t(key, as_of=day.isoformat(), units=names), style="green"))
    if not notices:
        if chosen is None:
            said = t("notice.receipt_none" if receipt else "notice.none", as_of=day.isoformat())
            err_console().print(Text(said, style="green"))
        return
    from zwgk.outputs.templates import render

    if output is None:
        binary = format in (NoticeFormat.docx, NoticeFormat.xlsx)
        if binary or (format is NoticeFormat.html and len(notices) > 1):
            raise ZwgkError(
                t("notice.many_to_stdout", n=len(notices), format=format.value),
                hint=t("notice.many_hint"),
            )
        texts = [render(f"notice.{format.value}.j2", root, notice=n) for n in notices]
        joined = "\n---\n\n".join(texts)
        write_out(joined if format is NoticeFormat.md else joined.encode("utf-8"), None)
        return
    if receipt:
        _write_receipts(notices, output, day, ledger.plan.info.year, one_file, root, force)
        return
    from zwgk.outputs.outfiles import make_folder, refuse_files, write_bytes

    paths = _notice_paths(output, notices, day, format.value)
    refuse_files(paths, root, force)
    make_folder(output)
    for item, path in zip(notices, paths, strict=True):
        if format is NoticeFormat.docx:
            from zwgk.outputs.word import write_notice

            write_notice(item, path, paper)
        else:
            text = render(f"notice.{format.value}.j2", root, notice=item)
            write_bytes(path, text.encode("utf-8"))
    err_console().print(Text(t("notice.written", n=len(notices), path=output)))


def _write_receipts(notices: list[Notice], output: Path, day: dt.date, year: int,
                    one_file: bool, root: Path, force: bool) -> None:  # fmt: skip
    """The 回执: a workbook per unit, or (`one_file`) one with a sheet per unit."""
    from zwgk.outputs.outfiles import make_folder, refuse_files
    from zwgk.outputs.receipt import write_receipt

    if one_file:
        name = _safe_file_name(t("notice.receipt_one_file", as_of=day.isoformat())) + ".xlsx"
        books = [(output / name, notices)]
    else:
        paths = _notice_paths(output, notices, day, "xlsx", "notice.receipt_file_name")
        books = [(path, [item]) for path, item in zip(paths, notices, strict=True)]
    refuse_files([path for path, _ in books], root, force)
    make_folder(output)
    for path, items in books:
        write_receipt(items, path, year)
    if one_file:
        said = t("notice.receipt_written_one", n=len(notices), path=books[0][0])
    else:
        said = t("notice.receipt_written", n=len(notices), path=output)
    err_console().print(Text(said))


def _notice_paths(
    folder: Path,
    notices: list[Notice],
    day: dt.date,
    suffix: str,
    message: str = "notice.file_name",
) -> list[Path]:
    """One file per notice, named (`message`) for the unit's name and
    its id: names that differ only in characters a file name cannot hold
    (县/局 and 县:局) still give two files, never one overwritten by the other."""
    names = [
        _safe_file_name(t(message, unit=n.unit_name, id=n.unit, as_of=day.isoformat()))
        + f".{suffix}"
        for n in notices
    ]
    return [folder / name for name in names]


def _safe_file_name(name: str) -> str:
    """A file name Windows accepts: no reserved characters."""
    return "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip(" .")
