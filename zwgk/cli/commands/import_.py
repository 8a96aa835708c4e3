"""`zwgk import FILE -o DIR`: a decomposition table (Excel, Word, CSV) read
into a draft plan, with notes on what needs a clerk's look."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from zwgk.cli.console import json_text, out_console
from zwgk.cli.options import (
    checked_year,
    chosen_year,
    effective_date,
    effective_option,
    ledger_root_if_any,
    parse_date,
)
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.model.directory import Directory
    from zwgk.tables.importer import Draft, Note
    from zwgk.tables.matching import Req
    from zwgk.tables.review import Counts
    from zwgk.tables.yearplan import YearPlan

commands = typer.Typer()


class ImportFormat(StrEnum):
    text = "text"
    json = "json"


@commands.command("import", help=t("help.import"), epilog=t("help.import_example"))
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=t("help.arg_import_file"))],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="DIR", help=t("help.opt_import_out"), show_default=False
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            metavar="YYYY",
            callback=checked_year,
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
    drop_carried: Annotated[
        bool, typer.Option("--drop-carried", help=t("help.opt_import_drop_carried"))
    ] = False,
    format: Annotated[
        ImportFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = ImportFormat.text,
) -> None:
    from zwgk.tables.importer import build, set_effective
    from zwgk.tables.planyaml import save
    from zwgk.tables.review import by_row, counts
    from zwgk.tables.sheet import read_table
    from zwgk.tables.yearplan import prepare, refuse_unknown_units, write

    if year is None:
        year = chosen_year()  # `zwgk --year 2019 import FILE` means the same
    ledger = _ledger_target(output, units)
    units_file, directory = _import_directory(units, ledger)
    if report is not None:  # before anything is read or asked
        _refuse_report(report, output if output is not None else ledger, force)
    if ledger is not None and year is not None:
        _refuse_year_plan(ledger, year, force, drop_carried)
    given = parse_date(effective, "--effective")
    draft = build(read_table(file), directory, year=year, title=title, effective=given)
    if ledger is not None:
        _refuse_year_plan(ledger, draft.year, force, drop_carried)  # the title's year
        refuse_unknown_units(draft, directory)
    if draft.effective is None and (asked := effective_date(None)) is not None:
        # neither the flag nor the line under the title says it: asked at a terminal
        set_effective(draft, asked)
    day = draft.effective
    used = (
        t("import.units_from", path=units_file.as_posix())
        if units_file is not None
        else t("import.units_from_none")
    )
    year_plan = None
    if ledger is not None:
        year_plan = prepare(ledger, draft)
        written = [write(ledger, year_plan, force, drop_carried)]
    else:
        assert output is not None
        written = save(draft, output, force)
    tally = counts(draft, directory)
    rows = by_row(draft.notes)
    matched = _match_lines(year_plan, directory, draft.year) if year_plan else []
    if report is not None:
        from zwgk.outputs.outfiles import write_text

        every = _match_lines(year_plan, directory, draft.year, every=True) if year_plan else []
        write_text(report, _markdown(file, draft, tally, rows, used, every))
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
        if year_plan is not None:
            doc["matched_with"] = _matched_with(year_plan)
            doc["matching"] = _matching_doc(year_plan)
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
    if year_plan is not None:
        console.print(Text(t("import.plan_written", path=year_plan.rel), style="green"))
    else:
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
    for depth, line in matched:
        console.print(Text("  " * depth + line, style="bold" if depth == 0 else ""))
    if report is not None:
        console.print(Text(t("import.report_written", path=report.as_posix()), style="green"))
    if output is not None:
        console.print(Text(t("import.next", path=output.as_posix()), style="dim"))
    else:
        console.print(Text(t("import.next_year", year=draft.year), style="dim"))


def _refuse_report(report: Path, output: Path | None, force: bool) -> None:
    """The report is an output like any other: never inside the current
    ledger's data/ nor the draft's, an existing file only with --force."""
    from zwgk.outputs.outfiles import refuse_ledger_data, refuse_output

    assert output is not None  # -o, else the ledger the plan goes into
    refuse_ledger_data(report, output)
    root = ledger_root_if_any()
    if root is not None:
        refuse_output(report, root, force)
    else:
        refuse_output(report, output, force)


def _markdown(
    file: Path,
    draft: Draft,
    tally: Counts,
    rows: list[tuple[int, list[Note]]],
    used: str,
    matched: list[tuple[int, str]],
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
    for depth, line in matched:
        # the matching's sections as headings, its items as a list
        lines += ["", f"## {line}", ""] if depth == 0 else ["  " * (depth - 1) + "- " + line]
    return "\n".join(lines) + "\n"


def _import_directory(units: Path | None, ledger: Path | None) -> tuple[Path | None, Directory]:
    """The units file to match names against and its units: --units, else
    the current ledger's, else none (a new office's first table). A year's
    plan imported into a ledger: that ledger's."""
    from zwgk.ledger.layout import UNITS
    from zwgk.model.directory import Directory as Dir
    from zwgk.tables.importer import read_directory

    if ledger is not None:
        return ledger / UNITS, read_directory(ledger / UNITS)
    if units is None:
        root = ledger_root_if_any()
        if root is None:
            return None, Dir({}, {})
        units = root / UNITS
        if not units.is_file():
            return None, Dir({}, {})
    return units, read_directory(units)


def _ledger_target(output: Path | None, units: Path | None) -> Path | None:
    """Without -o the table is a year's plan of the current ledger (which
    must keep its plans by year); with it, a new ledger's draft as before."""
    from zwgk.errors import EXIT_USAGE, ZwgkError
    from zwgk.tables.yearfile import refuse_one_plan

    if output is not None:
        return None
    root = ledger_root_if_any()
    if root is None:
        raise ZwgkError(
            t("import.no_output"), hint=t("import.no_output_hint"), exit_code=EXIT_USAGE
        )
    if units is not None:
        raise ZwgkError(t("import.units_with_ledger"), exit_code=EXIT_USAGE)
    refuse_one_plan(root, "zwgk import" + t("import.one_plan_output"))
    return root


def _refuse_year_plan(root: Path, year: int, force: bool, drop_carried: bool) -> None:
    """An existing plan of the year is kept unless --force, and one holding
    requirements `plan next` carried over unless --drop-carried too: said
    before the table is read, and again when written (under the file's lock)."""
    from zwgk.ledger.layout import plan_rel
    from zwgk.ledger.safefs import MAX_FILE, read_regular
    from zwgk.tables.yearfile import refuse_dropping_carried, refuse_existing_plan

    refuse_existing_plan(root, year, force)
    rel = plan_rel(year)
    try:
        text = read_regular(root / rel, MAX_FILE).decode("utf-8", "replace")
    except OSError:
        return  # none there (or not readable: the write says so under the lock)
    refuse_dropping_carried(text, rel, drop_carried)


def _names(refs: tuple[str, ...], directory: Directory) -> str:
    """Unit and group ids as the clerk knows them: their names."""
    if not refs:
        return t("import.match_none_word")
    return t("common.list_sep").join(directory.name(ref) for ref in refs)


def _due(req: Req) -> str:
    """A requirement's deadline rules in the source's words (`basis`)."""
    if not req.due:
        return t("import.match_none_word")
    return "；".join(
        str(rule.get("basis") or json_text(rule, ensure_ascii=False)) for rule in req.due
    )


def _match_lines(
    plan: YearPlan, directory: Directory, year: int, every: bool = False
) -> list[tuple[int, str]]:
    """The matching in words, as (depth, line): 0 a heading, 1 an item, 2
    its details. The terminal indents them; the Markdown report makes
    headings and lists, and (`every`) lists the unchanged ones too."""
    matching = plan.matching
    if matching is None or plan.previous_year is None:
        return [(0, t("import.match_none", year=year))]
    from zwgk.ledger.layout import plan_rel

    path = plan_rel(plan.previous_year)
    changed, unchanged = matching.changed(), matching.unchanged()
    lines = [(0, t("import.match_summary", path=path, unchanged=len(unchanged),
                   changed=len(changed), new=len(matching.new),
                   dropped=len(matching.dropped)))]  # fmt: skip
    renumbered = [p for p in unchanged if p.new.id != p.old.id]
    if renumbered:
        pairs = t("common.list_sep").join(f"{p.old.id}→{p.new.id}" for p in renumbered)
        lines.append((1, t("import.match_renumbered", n=len(renumbered), pairs=pairs)))
    if changed:
        lines.append((0, t("import.match_changed", n=len(changed))))
    for pair in changed:
        what = t("common.list_sep").join(t(f"import.match_what_{w}") for w in pair.changed)
        lines.append((1, t("import.match_pair", new=pair.new.id, old=pair.old.id,
                           score=f"{pair.score:.2f}", what=what)))  # fmt: skip
        old, new = pair.old, pair.new
        if "text" in pair.changed:
            lines.append((2, t("import.match_old_text", text=old.text)))
            lines.append((2, t("import.match_new_text", text=new.text)))
        if old.lead != new.lead:
            lines.append((2, t("import.match_lead", old=_names(old.lead, directory),
                               new=_names(new.lead, directory))))  # fmt: skip
        if old.support != new.support:
            lines.append((2, t("import.match_support", old=_names(old.support, directory),
                               new=_names(new.support, directory))))  # fmt: skip
        if old.mode != new.mode:
            lines.append((2, t("import.match_mode", old=t(f"mode.{old.mode}"),
                               new=t(f"mode.{new.mode}"))))  # fmt: skip
        if "due" in pair.changed:
            lines.append((2, t("import.match_due", old=_due(old), new=_due(new))))
    for key, reqs in (
        ("import.match_new", matching.new),
        ("import.match_dropped", matching.dropped),
    ):
        if reqs:
            lines.append((0, t(key, n=len(reqs))))
            lines += [(1, t("import.match_item", id=r.id, text=r.text)) for r in reqs]
    if every and unchanged:
        lines.append((0, t("import.match_unchanged", n=len(unchanged))))
        lines += [(1, t("import.match_unchanged_item", new=p.new.id, old=p.old.id))
                  for p in unchanged]  # fmt: skip
    return lines


def _matched_with(plan: YearPlan) -> dict[str, Any] | None:
    from zwgk.ledger.layout import plan_rel

    if plan.previous_year is None:
        return None
    return {"year": plan.previous_year, "path": plan_rel(plan.previous_year)}


def _side(req: Req) -> dict[str, Any]:
    return {"id": req.id, "task": req.task, "text": req.text, "lead": list(req.lead),
            "support": list(req.support), "mode": req.mode, "due": list(req.due)}  # fmt: skip


def _matching_doc(plan: YearPlan) -> dict[str, Any] | None:
    """The matching for programs: stable keys (README, `zwgk import`)."""
    matching = plan.matching
    if matching is None:
        return None
    return {
        "unchanged": [{"id": p.new.id, "previous": p.old.id, "score": round(p.score, 3)}
                      for p in matching.unchanged()],
        "changed": [{"id": p.new.id, "previous": p.old.id, "score": round(p.score, 3),
                     "what": list(p.changed), "old": _side(p.old), "new": _side(p.new)}
                    for p in matching.changed()],
        "new": [_side(r) for r in matching.new],
        "dropped": [_side(r) for r in matching.dropped],
    }  # fmt: skip
