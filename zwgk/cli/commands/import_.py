"""`zwgk import FILE -o DIR`: a decomposition table (Excel, Word, CSV) read
into a draft plan, with notes on what needs a clerk's look."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.console import json_text, out_console
from zwgk.cli.options import effective_date, effective_option, ledger_root_if_any, parse_date
from zwgk.i18n import t
from zwgk.model.limits import FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from zwgk.model.directory import Directory
    from zwgk.tables.importer import Draft, Note
    from zwgk.tables.review import Counts

commands = typer.Typer()


class ImportFormat(StrEnum):
    text = "text"
    json = "json"


@commands.command("import", help=t("help.import"), epilog=t("help.import_example"))
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
    effective: Annotated[str | None, effective_option()] = None,
    units: Annotated[
        Path | None, typer.Option("--units", metavar="FILE", help=t("help.opt_import_units"))
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", metavar="FILE", help=t("help.opt_import_report"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_import_force"))] = False,
    format: Annotated[
        ImportFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = ImportFormat.text,
) -> None:
    from zwgk.tables.importer import build, set_effective
    from zwgk.tables.planyaml import save
    from zwgk.tables.review import by_row, counts
    from zwgk.tables.sheet import read_table

    units_file, directory = _import_directory(units)
    if report is not None:
        _refuse_report(report, output, force)  # before anything is read or asked
    given = parse_date(effective, "--effective")
    draft = build(read_table(file), directory, year=year, title=title, effective=given)
    if draft.effective is None and (asked := effective_date(None)) is not None:
        # neither the flag nor the line under the title says it: asked at a terminal
        set_effective(draft, asked)
    day = draft.effective
    used = (
        t("import.units_from", path=units_file.as_posix())
        if units_file is not None
        else t("import.units_from_none")
    )
    written = save(draft, output, force)
    tally = counts(draft, directory)
    rows = by_row(draft.notes)
    if report is not None:
        from zwgk.outputs.outfiles import write_text

        write_text(report, _markdown(file, draft, tally, rows, used))
    if format is ImportFormat.json:
        doc = {
            "source": str(file), "title": draft.title, "year": draft.year,
            "units_file": units_file.as_posix() if units_file is not None else None,
            "effective": day.isoformat() if day else None,
            "parts": tally.parts, "tasks": tally.tasks, "requirements": tally.requirements,
            "rules": tally.rules,
            "units": {"known": tally.known_units, "new": tally.new_units},
            "groups": {"total": tally.groups, "each": tally.each_groups,
                       "vague": tally.vague_groups, "new": tally.new_groups},
            "new_units": [{"id": u, "name": draft.units[u].name, "kind": draft.units[u].kind}
                          for u in draft.new_units],
            "notes": [n._asdict() for n in draft.notes],
            "rows": [{"row": row, "notes": [n._asdict() for n in notes]} for row, notes in rows],
            "written": [p.as_posix() for p in written],
        }  # fmt: skip
        typer.echo(json_text(doc, ensure_ascii=False, indent=2))
        return
    console = out_console()
    console.print(Text(t("import.read", path=file, parts=tally.parts, tasks=tally.tasks,
                         reqs=tally.requirements, rules=tally.rules)))  # fmt: skip
    console.print(Text(t("import.units", known=tally.known_units, new=tally.new_units)))
    console.print(Text(t("import.groups", n=tally.groups, each=tally.each_groups,
                         vague=tally.vague_groups, new=tally.new_groups)))  # fmt: skip
    console.print(Text(used))
    files = t("common.list_sep").join(p.as_posix() for p in written)
    console.print(Text(t("import.written", files=files), style="green"))
    if day is None:
        console.print(Text(t("import.no_effective"), style="yellow"))
    if draft.notes:
        console.print(Text(t("import.notes", n=len(draft.notes), rows=len(rows)),
                           style="bold yellow"))  # fmt: skip
        for row, notes in rows:
            where = t("import.row", row=row) if row else t("import.whole")
            console.print(Text("  " + t("import.note_where", where=where)))
            for note in notes:
                console.print(Text("    " + note.message))
    else:
        console.print(Text(t("import.no_notes")))
    if report is not None:
        console.print(Text(t("import.report_written", path=report.as_posix()), style="green"))
    console.print(Text(t("import.next", path=output.as_posix()), style="dim"))


def _refuse_report(report: Path, output: Path, force: bool) -> None:
    """The report is an output like any other: never inside the current
    ledger's data/ nor the draft's, an existing file only with --force."""
    from zwgk.outputs.outfiles import refuse_ledger_data, refuse_output

    refuse_ledger_data(report, output)
    root = ledger_root_if_any()
    if root is not None:
        refuse_output(report, root, force)
    else:
        refuse_output(report, output, force)


def _markdown(
    file: Path, draft: Draft, tally: Counts, rows: list[tuple[int, list[Note]]], used: str
) -> str:
    """The review report as Markdown: the same counts and notes by row as the
    terminal shows, for the office that checks the draft."""
    lines = [f"# {t('import.report_title', title=draft.title)}", ""]
    lines.append("- " + t("import.read", path=file, parts=tally.parts, tasks=tally.tasks,
                          reqs=tally.requirements, rules=tally.rules))  # fmt: skip
    lines.append("- " + t("import.units", known=tally.known_units, new=tally.new_units))
    lines.append("- " + t("import.groups", n=tally.groups, each=tally.each_groups,
                          vague=tally.vague_groups, new=tally.new_groups))  # fmt: skip
    lines.append("- " + used)
    lines.append("")
    if not rows:
        lines.append(t("import.no_notes"))
    else:
        lines.append("## " + t("import.notes", n=len(draft.notes), rows=len(rows)))
        for row, notes in rows:
            lines += ["", "### " + (t("import.row", row=row) if row else t("import.whole")), ""]
            lines += ["- " + note.message for note in notes]
    return "\n".join(lines) + "\n"


def _import_directory(units: Path | None) -> tuple[Path | None, Directory]:
    """The units file to match names against and its units: --units, else
    the current ledger's, else none (a new office's first table)."""
    from zwgk.ledger.layout import UNITS
    from zwgk.model.directory import Directory as Dir
    from zwgk.tables.importer import read_directory

    if units is None:
        root = ledger_root_if_any()
        if root is None:
            return None, Dir({}, {})
        units = root / UNITS
        if not units.is_file():
            return None, Dir({}, {})
    return units, read_directory(units)
