"""`zwgk plan migrate`: a ledger of one plan moved to the layout of several
years; `zwgk plan next`: next year's draft plan from this year's, with the
carry-over of what was still open at year end."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from zwgk.cli.console import json_text, out_console
from zwgk.cli.helptext import Group
from zwgk.cli.options import (
    checked_year,
    chosen_year,
    ledger_root,
    load_plan_checked,
    parse_date,
)
from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.engine.nextyear import Carry, CarryChoice
    from zwgk.model.directory import Directory

commands = typer.Typer(cls=Group, help=t("help.plan"), no_args_is_help=True, rich_markup_mode=None)


@commands.command("migrate", help=t("help.plan_migrate"), epilog=t("help.plan_migrate_example"))
def plan_migrate() -> None:
    from zwgk.ledger.migrate import ignore_zwgk_files, planned_move, rename, repoint_modeline
    from zwgk.review.planmove import git_move, stage, tracking_git, unchanged

    root = ledger_root()
    move = planned_move(root)
    if move is None:
        typer.echo(t("cli.plan_migrate_nothing"))
        return
    git = tracking_git(root, move.source)
    if git is not None:
        # The clerk's own unstaged edits of the plan stay theirs to stage.
        clean = unchanged(git, move.source)
        git_move(git, move)
        if repoint_modeline(root, move) and clean:
            stage(git, move)
        said = "cli.plan_migrated_git"
    else:
        rename(root, move)
        repoint_modeline(root, move)
        said = "cli.plan_migrated"
    typer.echo(t(said, source=move.source, target=move.target, year=move.year))
    added, made = ignore_zwgk_files(root)
    if added:
        key = "cli.plan_migrate_gitignore_made" if made else "cli.plan_migrate_gitignore"
        typer.echo(t(key, lines=", ".join(added)))
    typer.echo(t("cli.plan_migrated_next", source=move.source, target=move.target, year=move.year))


class NextFormat(StrEnum):
    text = "text"
    json = "json"


@commands.command("next", help=t("help.plan_next"), epilog=t("help.plan_next_example"))
def plan_next(
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            metavar="YYYY",
            callback=checked_year,
            help=t("help.opt_plan_next_year"),
        ),
    ] = None,
    carry: Annotated[
        str | None,
        typer.Option("--carry", metavar="all|none|overdue|REQ,REQ", help=t("help.opt_carry")),
    ] = None,
    carry_due: Annotated[
        str | None, typer.Option("--carry-due", metavar="DATE", help=t("help.opt_carry_due"))
    ] = None,
    effective: Annotated[
        str | None,
        typer.Option("--effective", metavar="DATE", help=t("help.opt_plan_next_effective")),
    ] = None,
    format: Annotated[
        NextFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = NextFormat.text,
    force: Annotated[bool, typer.Option("--force", help=t("help.opt_plan_next_force"))] = False,
) -> None:
    from zwgk.engine.nextyear import (
        carry_over,
        chosen,
        next_plan,
        quarter_end,
        shifted,
        taken_ids,
    )
    from zwgk.ledger.layout import plan_rel
    from zwgk.ledger.load import DiskFiles
    from zwgk.ledger.years import previous_year
    from zwgk.tables.nextplan import DueNote, draft_text
    from zwgk.tables.yearfile import (
        made_by_import,
        refuse_existing_plan,
        refuse_one_plan,
        write_plan,
    )

    root = ledger_root()
    refuse_one_plan(root, "zwgk plan next")
    years = DiskFiles(root).plan_years()
    target = year or chosen_year() or (max(years) + 1 if years else None)
    source = previous_year(years, target) if target is not None else None
    choice = _carry_choice(carry) if carry is not None else None
    if target is not None and source is None:
        refuse_existing_plan(root, target, force)  # "2018 exists", not "needs 2017"
    if target is None or source is None:
        raise ZwgkError(
            t("cli.plan_next_no_source", year=target or "?",
              years=", ".join(map(str, years)) or "-"),
            hint=t("cli.plan_next_no_source_hint"), exit_code=EXIT_USAGE,
        )  # fmt: skip
    if choice is not None:
        refuse_existing_plan(root, target, force)  # before reading a whole year
    ledger, _ = load_plan_checked(
        root, False, with_progress=True, progress_must_read=True, year=source
    )
    old, directory = ledger.plan, ledger.directory
    carries = carry_over(old, directory, ledger.entries, ledger.calendar)

    if choice is None:  # the list, for the office to decide: nothing written
        _show(carries, old.info.year, old.info.end, directory, format, None)
        typer.echo(t("cli.plan_next_choose", year=target), err=True)
        return
    if isinstance(choice, frozenset):
        typed = choice
        known = {c.req.id for c in carries}
        unknown = sorted(typed - known)
        if unknown:
            raise typer.BadParameter(
                t("cli.plan_next_not_carried", reqs=", ".join(unknown),
                  known=", ".join(c.req.id for c in carries) or "-"),
                param_hint="--carry",
            )  # fmt: skip
    kept = chosen(carries, choice, old.info.end)
    dropped = [c for c in carries if c.req.id not in {k.req.id for k in kept}]
    clash = taken_ids(old, kept)
    if clash:
        raise ZwgkError(t("cli.plan_next_id_taken", ids=", ".join(clash)), exit_code=EXIT_USAGE)
    # The default deadline of what is carried: the end of the new plan's first
    # quarter (help.opt_carry_due says so, and the draft's comments).
    floor = parse_date(carry_due, "--carry-due") or quarter_end(
        shifted(old.info.start, target - old.info.year)
    )
    new = next_plan(old, target, kept, floor, parse_date(effective, "--effective"))
    for day, option in ((floor, "--carry-due"), (new.info.effective, "--effective")):
        if day is not None and not new.info.start <= day <= new.info.end:
            raise typer.BadParameter(
                t("cli.plan_next_outside", date=day, start=new.info.start, end=new.info.end),
                param_hint=option,
            )
    text = draft_text(old, ledger.plan_path, new, directory, kept, dropped,
                      DueNote(floor, carry_due is not None))  # fmt: skip
    replaced = write_plan(root, target, text, force)
    if made_by_import(replaced) and format is NextFormat.text:
        typer.echo(t("cli.plan_next_replaced_import", path=plan_rel(target)))
    if kept or format is NextFormat.json:
        _show(kept, old.info.year, old.info.end, directory, format, plan_rel(target))
    else:  # something may have been open: the office kept none of it
        typer.echo(t("cli.plan_next_carried_none", year=old.info.year, n=len(dropped)))
    if format is NextFormat.text:
        typer.echo(
            t("cli.plan_next_written", path=plan_rel(target), carried=len(kept),
              dropped=len(dropped), year=target, source=ledger.plan_path)
        )  # fmt: skip


def _carry_choice(value: str) -> CarryChoice | frozenset[str]:
    """`--carry`: all, none, overdue, or requirement ids (21.1,48.1 as typed)."""
    from zwgk.model.plan import typed_id

    word = value.strip().lower()
    if word in ("all", "none", "overdue"):
        return word  # type: ignore[return-value]
    pieces = value.replace("，", ",").split(",")
    ids = frozenset(typed_id(piece) for piece in pieces if piece.strip())
    if not ids:
        raise typer.BadParameter(t("cli.plan_next_bad_carry", value=value), param_hint="--carry")
    return ids


def _show(
    carries: list[Carry],
    year: int,
    end: dt.date,
    directory: Directory,
    format: NextFormat,
    written: str | None,
) -> None:
    """The carry-over: each requirement with its units, periods and earliest
    due date (text), or every obligation (json)."""
    from zwgk.engine.nextyear import carried_id
    from zwgk.tables.nextplan import carry_document

    if format is NextFormat.json:
        doc = carry_document(year, end, carries, directory)
        doc["written"] = written
        typer.echo(json_text(doc, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    title = "cli.plan_next_carried_title" if written else "cli.plan_next_list_title"
    console = out_console()
    if not carries:
        console.print(t("cli.plan_next_nothing_open", year=year, end=end))
        return
    table = Table(title=t(title, year=year, end=end, n=len(carries)), title_justify="left")
    for key in ("col.req", "cli.plan_col_new_id", "col.status", "col.unit", "cli.plan_col_periods",
                "col.due"):  # fmt: skip
        table.add_column(t(key))
    for c in carries:
        names = [directory.name(unit) for unit in c.units]
        more = t("cli.plan_more_units", n=len(names)) if len(names) > 3 else ""
        shown = t("common.list_sep").join(names[:3]) + more
        table.add_row(
            c.req.id,
            carried_id(c.req, year),
            t(f"status.{_worst(c)}"),
            shown,
            _periods(c.periods),
            c.due.isoformat() if c.due else "",
        )
    console.print(table)


def _worst(carry: Carry) -> str:
    """The most urgent status among a requirement's open obligations."""
    found = {ob.status for ob in carry.obligations}
    return next(code for code in ("overdue", "due_soon", "open") if code in found)


def _periods(periods: tuple[str, ...]) -> str:
    """The periods left open: all of two, else the first and last and how many."""
    if len(periods) <= 2:
        return ", ".join(periods)
    return t("cli.plan_periods_span", first=periods[0], last=periods[-1], n=len(periods))
