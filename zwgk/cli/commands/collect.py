"""`zwgk collect FILE...`: the 回执 workbooks units send back
(`notice --format xlsx`), each answered row recorded as a progress entry.

Every row goes the way `zwgk record` writes an entry: `checks/record.py`
checks it as `validate` would, `ledger/record.append_entry` appends it
under the file's lock, atomically. Before anything is written the command
shows what it will record, per unit, then the rows it refuses (file, sheet,
row and why), the requests waiting for approval and the rows already
recorded, and asks (or `--yes`). 申请不适用 and 申请延期 are requests: they
are recorded only with `--approved-by NAME`; without it they wait, and the
same file collected again with it records them then. A request waits only
for its approver: every other check is run on it now, and one that could not
be recorded is refused at once. A row whose entry is already in the unit's
file is skipped, asked again under the file's lock as it is written:
collecting a file twice, or twice at once, adds nothing. One obligation
answered in several files collected together: the same answer is taken
once, different answers are all refused, each naming the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.asking import confirm
from zwgk.cli.console import out_console, prompting
from zwgk.cli.options import AsOf, as_of_date, ledger_root, load_for_entries
from zwgk.errors import EXIT_DATA, EXIT_USAGE, ZwgkError
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.checks.record import Checked
    from zwgk.ledger.load import PlannedLedger
    from zwgk.ledger.record import NewEntry
    from zwgk.model.plan import Entry
    from zwgk.tables.receipt import ReceiptFileError, ReceiptRow

commands = typer.Typer()

_prompting = prompting  # tests replace it here


@commands.command(help=t("help.collect"), epilog=t("help.collect_example"))
def collect(
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE...", help=t("help.arg_collect_files"))
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt_collect_yes"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.opt_collect_dry_run"))] = False,
    approved_by: Annotated[
        str | None,
        typer.Option("--approved-by", metavar="NAME", help=t("help.opt_collect_approved_by")),
    ] = None,
    by: Annotated[
        str | None, typer.Option("--by", metavar="NAME", help=t("help.opt_collect_by"))
    ] = None,
    as_of: AsOf = None,
) -> None:
    from zwgk.cli.recordprompts import warn_personal_data
    from zwgk.ledger.layout import display_path, progress_path
    from zwgk.ledger.record import AlreadyThere, append_entry
    from zwgk.tables.receipt import ReceiptFileError, read_receipts

    day = as_of_date(as_of)
    approver = (approved_by or "").strip() or None
    collector = (by or "").strip() or None
    rows: list[ReceiptRow] = []
    for name in files:
        try:
            rows.extend(read_receipts(name))
        except ReceiptFileError as exc:
            raise _file_error(exc) from None
    ledger = load_for_entries(ledger_root(), day)
    sorted_rows = _sort(ledger, rows, day, approver, collector)
    _preview(ledger, sorted_rows, approver)
    refused_exit = EXIT_DATA if sorted_rows.refused else 0
    if dry_run or not sorted_rows.ready:
        raise typer.Exit(0 if dry_run else refused_exit)
    if not yes:
        if not _prompting():
            raise ZwgkError(t("cli.collect_needs_yes"), hint=t("cli.collect_needs_yes_hint"),
                            exit_code=EXIT_USAGE)  # fmt: skip
        if not confirm(t("cli.collect_confirm", n=len(sorted_rows.ready)), default=None):
            from zwgk.cli.recordprompts import not_written

            raise not_written()
    console = out_console()
    written = 0
    for ready in sorted_rows.ready:
        new, req, unit = ready.new, ready.checked.req, ready.checked.unit
        shown = display_path(ledger.root, progress_path(ledger.root, unit, new.date))
        try:
            done = append_entry(ledger.root, new, req, unit, _there(ledger, new, shown))
        except AlreadyThere:  # another clerk collected it meanwhile
            console.print(Text(_where(ready.row) + t("cli.collect_now_there", path=shown)))
            continue
        except ZwgkError as exc:  # the file changed meanwhile, or cannot be written
            console.print(Text(_where(ready.row) + exc.message, style="red"))
            refused_exit = EXIT_DATA
            continue
        warn_personal_data(ready.new, done.shown)
        written += 1
    console.print(Text(t("cli.collect_written", n=written), style="bold green"))
    if refused_exit:
        raise typer.Exit(refused_exit)


@dataclass(frozen=True)
class _Ready:
    row: ReceiptRow
    new: NewEntry
    checked: Checked


@dataclass
class _Sorted:
    """The rows of the files, by what collect does with each."""

    ready: list[_Ready] = field(default_factory=list)
    refused: list[tuple[ReceiptRow, str, str | None]] = field(default_factory=list)
    """Each row with why, and what to change (the check's hint)."""
    pending: list[tuple[ReceiptRow, NewEntry]] = field(default_factory=list)
    recorded: list[tuple[ReceiptRow, NewEntry]] = field(default_factory=list)


def _sort(
    ledger: PlannedLedger,
    rows: list[ReceiptRow],
    day: dt.date,
    approver: str | None,
    collector: str | None,
) -> _Sorted:
    """Each row as `record` would take it: every entry check, and for a
    request without `--approved-by` every check but the approver's, so that
    what waits for approval is what can be recorded once approved. One
    obligation answered in several places (a corrected copy collected with
    the first): the same answer is taken once; different answers are all
    refused, each naming the others."""
    from zwgk.checks.record import ambiguous_period, check_new_entry, undated_periods
    from zwgk.ledger.record import resolve_requirement, resolve_unit
    from zwgk.model.plan import NEEDS_APPROVAL

    out = _Sorted()
    keyed: dict[tuple[str, str, str | None], list[ReceiptRow]] = {}
    for row in rows:
        if row.key is None:
            out.refused.append((row, _problem(row), None))
        else:
            keyed.setdefault(row.key, []).append(row)
    for same in keyed.values():
        row = same[0]
        if any(_said(other) != _said(row) for other in same):
            for one in same:
                places = "、".join(_where(o).rstrip("： :") for o in same if o is not one)
                out.refused.append((one, t("cli.collect_differs", others=places), None))
            continue
        if row.problem is not None:
            out.refused.append((row, _problem(row), None))
            continue
        assert row.key is not None and row.answer is not None
        req_id, unit_id, period = row.key
        try:
            req = resolve_requirement(ledger, req_id)
            unit = resolve_unit(ledger, unit_id, req)
            new = _entry(ledger.root, row, req.id, unit, period, day, approver, collector)
            if _already(ledger, new, ledger.entries):
                out.recorded.append((row, new))
                continue
            waiting = new.status in NEEDS_APPROVAL and approver is None
            checked = check_new_entry(ledger, new, day, receipt=True, approval_to_come=waiting)
            periods = undated_periods(ledger, new, checked)
            if periods:
                raise ambiguous_period(checked.req, periods)
        except ZwgkError as exc:
            out.refused.append((row, exc.message, exc.hint))
            continue
        if waiting:
            out.pending.append((row, new))
        else:
            out.ready.append(_Ready(row, new, checked))
    return out


def _said(row: ReceiptRow) -> tuple[object, ...]:
    """What a row answers, to tell the same answer given twice."""
    return (row.answer, row.date, row.evidence, row.note, row.until, row.problem, row.cell)


def _problem(row: ReceiptRow) -> str:
    return t(f"cli.collect_problem_{row.problem}", cell=row.cell)


def _entry(
    root: Path,
    row: ReceiptRow,
    req: str,
    unit: str,
    period: str | None,
    day: dt.date,
    approver: str | None,
    collector: str | None,
) -> NewEntry:
    """The entry a row asks for, as `record` would take it from the command line."""
    from zwgk.cli.asking import BadAnswer
    from zwgk.cli.recordprompts import evidence_answer
    from zwgk.cli.words import typed_period
    from zwgk.ledger.record import NewEntry

    assert row.answer is not None
    evidence: list[str] = []
    kept: list[str] = []
    for item in (row.evidence or "").splitlines():
        try:
            taken = evidence_answer(root, item)
        except BadAnswer:
            taken = None
            kept.append(item.strip())  # a unit's own file name: kept in the note
        if taken is not None:
            evidence.append(taken)
    notes = [row.note] if row.note else []
    if kept:
        notes.append(t("cli.collect_evidence_note", evidence="；".join(kept)))
    request = row.answer in ("exempt", "extend")
    return NewEntry(
        req=req,
        unit=unit,
        status=row.answer,
        # an answer without a day: recorded on the day it is collected
        date=row.date or day,
        period=None if period is None else typed_period(period),
        note="\n".join(notes) or None,
        evidence=tuple(evidence),
        until=row.until,
        approved_by=approver if request else None,
        by=collector,
    )


def _already(ledger: PlannedLedger, new: NewEntry, entries: list[Entry]) -> bool:
    """Whether `entries` (the ledger's) hold this entry already (the same
    file collected before, or the same completion recorded with `record`):
    the same requirement, unit, status and extension, for the same period —
    a done entry without one is for the instance the engine says it closes.
    A row that gave no date is dated the day it is collected, so for it the
    day cannot tell: the same note and evidence do."""
    from zwgk.engine.newentry import closed_period

    for entry in entries:
        if (entry.req, entry.unit, entry.status, entry.until) != (
            new.req, new.unit, new.status, new.until,
        ):  # fmt: skip
            continue
        if entry.date != new.date and (
            entry.note != new.note or tuple(entry.evidence) != new.evidence
        ):
            continue
        if entry.period == new.period:
            return True
        if entry.period is None and new.period is not None and entry.status == "done":
            req = ledger.plan.requirement(new.req)
            same_req = [e for e in entries if e.req == new.req]
            if req is not None and new.period == closed_period(
                req, ledger.plan.info, ledger.directory, same_req, ledger.calendar, entry
            ):
                return True
    return False


def _there(ledger: PlannedLedger, new: NewEntry, shown: str) -> Callable[[list[Entry]], bool]:
    """`_already`, asked again under the lock of the unit's file: its entries
    as read then, with the rest of the ledger as loaded."""
    others = [e for e in ledger.entries if e.path != shown]
    return lambda fresh: _already(ledger, new, [*others, *fresh])


def _preview(ledger: PlannedLedger, rows: _Sorted, approver: str | None) -> None:
    console = out_console()
    directory = ledger.directory
    if rows.ready:
        console.print(Text(t("cli.collect_will_record", n=len(rows.ready)), style="bold"))
    else:
        console.print(Text(t("cli.collect_nothing"), style="bold"))
    units: dict[str, list[_Ready]] = {}
    for ready in rows.ready:
        units.setdefault(ready.checked.unit, []).append(ready)
    for unit, items in units.items():
        console.print(Text(f"{directory.name(unit)} ({unit})", style="bold"))
        for ready in items:
            console.print(Text("  " + _line(ready.new)))
            for warning in ready.checked.warnings:
                console.print(Text("    " + t("cli.warning_prefix") + warning, style="yellow"))
    if approver is not None and any(r.new.approved_by for r in rows.ready):
        console.print(Text(t("cli.collect_approved_by", name=approver)))
    if rows.refused:
        console.print(Text(t("cli.collect_refused", n=len(rows.refused)), style="bold red"))
        for row, reason, hint in rows.refused:
            console.print(Text("  " + _where(row) + reason, style="red"))
            if hint:
                console.print(Text("    " + t("cli.hint_prefix") + hint))
    if rows.pending:
        console.print(Text(t("cli.collect_pending", n=len(rows.pending)), style="bold yellow"))
        for row, new in rows.pending:
            console.print(Text("  " + _where(row) + _line(new)))
        console.print(Text(t("cli.collect_pending_hint")))
    if rows.recorded:
        console.print(Text(t("cli.collect_recorded", n=len(rows.recorded))))
        for row, new in rows.recorded:
            console.print(Text("  " + _where(row) + _line(new)))


def _line(new: NewEntry) -> str:
    parts = [new.req]
    if new.period:
        parts.append(new.period)
    parts.append(t(f"entry.{new.status}"))
    parts.append(new.date.isoformat())
    if new.until is not None:
        parts.append(t("cli.collect_until", until=new.until.isoformat()))
    if new.note:
        parts.append(new.note.replace("\n", " "))
    return "  ".join(parts)


def _where(row: ReceiptRow) -> str:
    return t("cli.collect_where", file=row.file.as_posix(), sheet=row.sheet, row=row.row)


def _file_error(exc: ReceiptFileError) -> ZwgkError:
    """A file that is no 回执 workbook: the run stops before anything is
    read into the ledger (exit 2: the command line names the wrong file)."""
    from zwgk.tables.sheet import MAX_COLUMNS, MAX_ROWS

    return ZwgkError(
        t(
            f"cli.collect_file_{exc.problem}",
            path=exc.path.as_posix(),
            sheet=exc.sheet,
            error=exc.error,
            rows=MAX_ROWS,
            columns=MAX_COLUMNS,
        ),
        hint=t(f"cli.collect_file_{exc.problem}_hint"),
        exit_code=EXIT_USAGE,
    )
