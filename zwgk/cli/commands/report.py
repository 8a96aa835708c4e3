"""`zwgk report`: the weekly or monthly report, as Markdown, HTML or Word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.console import err_console, write_out
from zwgk.cli.options import (
    DOC_SUFFIXES,
    CarbonCopy,
    DocFormat,
    DocNo,
    IgnoreErrors,
    PrintedBy,
    ReportIssuer,
    WarnDays,
    ledger_root,
    load_plan_checked,
    paper_parts,
    parse_date,
    warn_window,
)
from zwgk.errors import ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.checks.gate import Gate

commands = typer.Typer()


def _doc_format(given: DocFormat | None, output: Path | None) -> DocFormat:
    """--format, else the output file's suffix (周报.docx), else Markdown; a
    suffix that contradicts --format is refused rather than written wrong."""
    implied = DOC_SUFFIXES.get(output.suffix.lower()) if output is not None else None
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


def _incomplete(ignored: Gate | None) -> str | None:
    """What a report made with `--ignore-errors` says of itself, in its own
    words: the reader of the document never sees the banner on stderr."""
    if ignored is None:
        return None
    ids = t("common.list_sep").join(ignored.affected) or "—"
    text = t("report.incomplete", n=len(ignored.blocking), ids=ids)
    if ignored.everywhere:
        text += t("report.incomplete_everywhere", n=ignored.everywhere)
    return text


FormatOption = Annotated[DocFormat | None, typer.Option("--format", "-f",
                         help=t("help.opt_report_format"))]  # fmt: skip


@commands.command(help=t("help.report"), epilog=t("help.report_example"))
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
    warn_days: WarnDays = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_output_force"))] = False,
    ignore_errors: IgnoreErrors = False,
    issuer: ReportIssuer = None,
    doc_no: DocNo = None,
    cc: CarbonCopy = None,
    printed_by: PrintedBy = None,
) -> None:
    from zwgk.cli.period import choose
    from zwgk.engine.report import build_report
    from zwgk.outputs.reportperiod import labelled

    warn = warn_window(warn_days)
    chosen = _doc_format(format, output)
    paper = paper_parts(chosen is DocFormat.docx, doc_no, cc, printed_by, issuer,
                        ["--issuer"] if issuer else [])  # fmt: skip
    period, day = choose(week, month, parse_date(as_of, "--as-of"), dt.date.today())
    root = ledger_root()
    if output is not None:
        from zwgk.outputs.outfiles import refuse_output

        refuse_output(output, root, force)
    ledger, ignored = load_plan_checked(
        root, ignore_errors, with_progress=True, progress_must_read=True, as_of=day
    )
    incomplete = _incomplete(ignored)
    data = build_report(ledger.plan, ledger.directory, ledger.entries, ledger.calendar,
                        period, day, warn)  # fmt: skip
    if chosen is DocFormat.docx:
        from zwgk.outputs.word import write_report

        assert output is not None
        write_report(data, output, incomplete, paper)
        err_console().print(Text(t("export.written", path=output)))
        return
    from zwgk.outputs.templates import render

    text = render(
        f"report.{chosen.value}.j2",
        root,
        link_base=_link_base(root, output),
        report=labelled(data),
        incomplete=incomplete,
    )
    write_out(text if chosen is DocFormat.md else text.encode("utf-8"), output)
