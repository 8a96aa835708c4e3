"""`zwgk record REQ --unit UNIT --done`: append a progress entry to the unit's
file, then show the obligations it changes. At a terminal it asks for what
the command line leaves out (`cli/recordprompts.py`), shows the entry and
writes it once the clerk confirms."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli import completion
from zwgk.cli.asking import confirm
from zwgk.cli.console import out_console, prompting
from zwgk.cli.options import (
    AsOf,
    as_of_date,
    ledger_root,
    load_for_entries,
    load_plan_or_fail,
    parse_date,
    unit_option,
)
from zwgk.cli.words import typed_period
from zwgk.engine.deadlines import BeyondDatesError
from zwgk.errors import ZwgkError, refused
from zwgk.i18n import t
from zwgk.model.calendar import UnknownYearError

if TYPE_CHECKING:
    from zwgk.checks.record import Checked
    from zwgk.cli.recordprompts import Given
    from zwgk.engine.obligations import Obligation
    from zwgk.ledger.record import NewEntry, Recorded
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
    from zwgk.cli.recordprompts import Given, given_evidence
    from zwgk.engine.obligations import unit_obligations

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
    if until is not None and flags and flags != ["extend"]:  # an until: only extends
        raise typer.BadParameter(t("cli.not_together", first="--until", second="--" + flags[0]))
    interactive = _prompting()
    given = Given(
        req=req,
        unit=unit,
        status=flags[0] if flags else None,  # type: ignore[arg-type]  # one of STATUSES
        event=event,
        date=parse_date(date, "--date"),
        period=None if period is None else typed_period(period),
        until=parse_date(until, "--until"),
        note=note,
        evidence=tuple(evidence or ()),
        approved_by=approved_by,
        from_date=parse_date(from_, "--from"),
        to_date=parse_date(to, "--to"),
        by=by,
    )
    root = ledger_root()
    given_evidence(root, given.evidence)
    if interactive and given.incomplete():
        # A person at a terminal, and the command line does not say it all.
        done_entry = _record_asking(root, given, as_of_date(as_of))
    else:
        done_entry = _record_given(root, given, interactive, as_of_date(as_of))
    console = out_console()
    # The new status, read back from the files as every command reads them.
    # The entry is written: a status that cannot be computed is only a warning.
    try:
        after = load_plan_or_fail(root, with_progress=True, as_of=as_of_date(as_of))
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


def _record_asking(root: Path, given: Given, latest: dt.date) -> Recorded:
    """Ask for what `given` leaves out, show the entry and write it only when
    the clerk confirms; Ctrl-C or Ctrl-D at any question: nothing written, exit 130."""
    from zwgk.checks.record import check_new_entry
    from zwgk.cli.recordprompts import Conversation, not_written
    from zwgk.ledger.record import append_entry

    ledger = load_for_entries(root, latest)
    # Ctrl-C or Ctrl-D at a question is typer.Abort: the app's frame says
    # 已取消 and exits 130, before anything below is written.
    new = Conversation(ledger, latest).entry(given)
    checked = check_new_entry(ledger, new, latest)
    _preview(ledger.root, new, checked)
    if not confirm(t("prompt.write_it"), default=None):
        raise not_written()
    done_entry = append_entry(ledger.root, new, checked.req, checked.unit)
    out_console().print(Text(t("prompt.written", path=done_entry.shown), style="bold green"))
    return done_entry


def _record_given(root: Path, given: Given, interactive: bool, latest: dt.date) -> Recorded:
    """Write the entry the command line gives in full. At a terminal, the
    clerk still says which instance when two could be meant, and whether
    personal data in it is to be written."""
    from zwgk.checks.record import ambiguous_period, check_new_entry, undated_periods
    from zwgk.cli.recordprompts import (
        ask_period,
        not_written,
        personal_data_accepted,
        warn_personal_data,
    )
    from zwgk.engine.privacy import in_entry
    from zwgk.ledger.record import NewEntry, append_entry

    if given.req is None:
        raise typer.BadParameter(t("cli.missing", what="REQ"))
    if given.unit is None:
        raise typer.BadParameter(t("cli.missing", what="--unit"))
    if given.status is None:
        raise typer.BadParameter(t("cli.no_status"))
    if given.status == "blocked" and not given.note:
        # What stands in the way is said, as the question asks it (NOTE_NEEDED);
        # for exempt and extend, validate's missing-approval check says it.
        raise refused(t("cli.blocked_without_note"), t("cli.blocked_without_note_hint"))
    new = NewEntry(
        req=given.req,
        unit=given.unit,
        status=given.status,
        date=given.date or latest,  # today, or --as-of: what is recorded has happened
        period=given.period,
        note=given.note,
        evidence=given.evidence,
        event=given.event,
        from_date=given.from_date,
        to_date=given.to_date,
        until=given.until,
        approved_by=given.approved_by,
        by=given.by,
    )
    ledger = load_for_entries(root, latest)
    checked = check_new_entry(ledger, new, latest)
    periods = undated_periods(ledger, new, checked)
    if periods:
        # One entry, one publication: which instance is the clerk's to say.
        if not interactive:
            raise ambiguous_period(checked.req, periods)
        new = dataclasses.replace(new, period=ask_period(periods))
        checked = check_new_entry(ledger, new, latest)
    if interactive and not personal_data_accepted(in_entry(new)):
        raise not_written()
    done_entry = append_entry(ledger.root, new, checked.req, checked.unit)
    if not interactive:
        warn_personal_data(new, done_entry.shown)
    console = out_console()
    console.print(Text(t("record.written", path=done_entry.shown), style="bold green"))
    console.print(Text(done_entry.text.rstrip("\n")))
    for warning in checked.warnings:
        console.print(Text(t("cli.warning_prefix") + warning, style="yellow"))
    return done_entry


def _preview(root: Path, new: NewEntry, checked: Checked) -> None:
    """The entry exactly as it will be appended, where, and what `validate`
    would warn of, before the clerk is asked to confirm."""
    from zwgk.ledger.layout import display_path, progress_path
    from zwgk.ledger.record import entry_mapping
    from zwgk.ledger.yamlio import dump_entry

    console = out_console()
    shown = display_path(root, progress_path(root, checked.unit, new.date))
    console.print(Text(t("prompt.preview", path=shown), style="bold"))
    console.print(Text(dump_entry(entry_mapping(new, checked.req)).rstrip("\n")))
    for warning in checked.warnings:
        console.print(Text(t("cli.warning_prefix") + warning, style="yellow"))


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
