"""`zwgk record REQ --unit UNIT --done`: append a progress entry to the unit's
file, then show the obligations it changes. At a terminal it asks for what
is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli import completion
from zwgk.cli.console import out_console, prompting, warn
from zwgk.cli.options import (
    AsOf,
    as_of_date,
    ledger_root,
    load_plan_or_fail,
    parse_date,
    unit_option,
)
from zwgk.engine.deadlines import BeyondDatesError
from zwgk.errors import ZwgkError
from zwgk.i18n import t
from zwgk.model.calendar import UnknownYearError

if TYPE_CHECKING:
    from zwgk.engine.obligations import Obligation
    from zwgk.engine.privacy import EntryTexts
    from zwgk.model.directory import Directory

commands = typer.Typer()


_prompting = prompting  # tests replace it here


@commands.command(help=t("help.record"), epilog=t("help.record_example"))
def record(
    req: Annotated[
        str | None,
        typer.Argument(
            metavar="REQ", help=t("help.arg_req"), autocompletion=completion.requirement
        ),
    ] = None,
    unit: Annotated[
        str | None,
        unit_option(t("help.opt_unit")),
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
    from zwgk.checks.record import ambiguous_period, check_new_entry, undated_periods
    from zwgk.engine.obligations import unit_obligations
    from zwgk.ledger.fields import STATUSES
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
        if choice not in STATUSES:
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
        date=parse_date(date, "--date") or dt.date.today(),
        period=period,
        note=note,
        evidence=tuple(evidence or ()),
        event=event,
        from_date=parse_date(from_, "--from"),
        to_date=parse_date(to, "--to"),
        until=parse_date(until, "--until"),
        approved_by=approved_by,
        by=by,
    )
    root = ledger_root()
    ledger = load_plan_or_fail(root, with_progress=True)
    checked = check_new_entry(ledger, new, as_of_date(as_of))
    periods = undated_periods(ledger, new, checked)
    if periods:
        # One entry, one publication: which instance is the clerk's to say.
        if not interactive:
            raise ambiguous_period(checked.req, periods)
        new = dataclasses.replace(new, period=_ask_period(periods))
        checked = check_new_entry(ledger, new, as_of_date(as_of))
    done_entry = append_entry(ledger.root, new, checked.req, checked.unit)
    _warn_personal_data(new, done_entry.shown)
    console = out_console()
    console.print(Text(t("record.written", path=done_entry.shown), style="bold green"))
    console.print(Text(done_entry.text.rstrip("\n")))
    for warning in checked.warnings:
        console.print(Text(t("cli.warning_prefix") + warning, style="yellow"))
    # The new status, read back from the files as every command reads them.
    # The entry is written: a status that cannot be computed is only a warning.
    try:
        after = load_plan_or_fail(root, with_progress=True)
        req_obj = after.plan.requirement(str(done_entry.entry["req"]))
        assert req_obj is not None
        entries = [e for e in after.entries if e.req == req_obj.id]
        obs = unit_obligations(req_obj, after.plan.info, after.directory, entries,
                               after.calendar, done_entry.unit, as_of_date(as_of))  # fmt: skip
    except UnknownYearError as exc:
        from zwgk.ledger.calendar import unknown_year_error

        console.print(Text(t("cli.warning_prefix") + unknown_year_error(exc).message,
                           style="yellow"))  # fmt: skip
        return
    except BeyondDatesError as exc:
        from zwgk.checks.entries import beyond_dates_error

        console.print(Text(t("cli.warning_prefix") + beyond_dates_error(exc).message,
                           style="yellow"))  # fmt: skip
        return
    except ZwgkError as exc:
        console.print(Text(t("cli.warning_prefix") + exc.message, style="yellow"))
        return
    if obs:
        console.print(Text(t("record.now"), style="bold"))
        for ob in obs:
            console.print(_obligation_line(ob, after.directory, as_of_date(as_of)))


def _ask_period(periods: list[str]) -> str:
    """Which of `periods` a done entry completes, asked until the answer is one
    of them, as shown or by its number in the list (Enter: the first, the one
    status would pick)."""
    while True:
        answer = str(typer.prompt(t("prompt.period", periods="、".join(periods)),
                                  default=periods[0])).strip()  # fmt: skip
        if answer in periods:
            return answer
        if answer.isdigit() and 1 <= int(answer) <= len(periods):
            return periods[int(answer) - 1]
        warn(t("prompt.period_invalid", answer=answer, first=periods[0], n=len(periods)))


def _warn_personal_data(new: EntryTexts, shown: str) -> None:
    """Say at once, on stderr, that what was just recorded holds personal data
    (the entry is written all the same: the clerk fixes or acknowledges it)."""
    from zwgk.engine.privacy import in_entry

    for field, hit in in_entry(new):
        warn(t("record.pii", field=field, kind=t(f"pii.{hit.kind}"), masked=hit.masked,
               path=shown))  # fmt: skip


def _obligation_line(ob: Obligation, directory: Directory, day: dt.date) -> Text:
    """The obligation's new state; a standing duty's as the status screen
    words it (有记录/无记录/公示中), never 已完成 or 持续推进."""
    from zwgk.outputs.screen import STATUS_STYLE, standing_text

    line = Text("  ")
    line.append(f"{ob.req.id} {directory.name(ob.unit)} ")
    if ob.period:
        line.append(f"{ob.period} ")
    if ob.due:
        line.append(t("status.due_on", due=ob.due.isoformat()) + " ")
    if ob.standing and ob.status != "exempt":
        line.append_text(standing_text(ob, day))
    else:
        line.append(t(f"status.{ob.status}"), style=STATUS_STYLE[ob.status])
    return line
