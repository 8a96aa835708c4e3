"""The terminal status screen of `zwgk status`: the summary line with its
progress bar, the urgent obligations in aligned columns (folded by
requirement, cut to the terminal's width), and the table by unit."""

from __future__ import annotations

import datetime as dt

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from zwgk.engine.obligations import Obligation
from zwgk.engine.status import (
    Row,
    by_unit,
    by_urgency,
    completion,
    dated_summary,
    fold,
    on_time_rate,
    percent,
    row_state,
    standing_summary,
    worst_first,
)
from zwgk.i18n import t
from zwgk.model.directory import Directory
from zwgk.outputs.text import state_words

STATUS_STYLE = {
    "done": "green",
    "late": "yellow",
    "overdue": "bold red",
    "due_soon": "bold yellow",
    "open": "cyan",
    "ongoing": "blue",
    "exempt": "dim",
    "recorded": "green",
    "unrecorded": "blue",
    "on_display": "cyan",
}


def print_status(
    obs: list[Obligation],
    directory: Directory,
    day: dt.date,
    console: Console,
    *,
    fold_rows: bool,
    all_rows: bool,
    wide: bool,
    warn: int,
) -> None:
    """The summary, then the urgent obligations (`all_rows`: every one)."""
    _print_summary(obs, day, console)
    shown = obs if all_rows else [ob for ob in obs if ob.status in ("overdue", "due_soon")]
    shown = by_urgency(shown, day)
    if not shown:
        console.print(Text(t("status.nothing_urgent", n=warn), style="green"))
        return
    rows = fold(shown, day) if fold_rows else [Row((ob,)) for ob in shown]
    unit_width = 16 if console.width < 110 else 40
    cells: list[list[str | Text]] = []
    for row in rows:
        ob = row.first
        n = len(row.units)
        unit_label = directory.name(ob.unit)
        if n > 1:
            unit_label = t("status.folded", name=_lead_names(row, directory), n=n)
        last = max((o.last_entry for o in row.obligations if o.last_entry), default=None)
        cells.append(
            [
                ob.req.id,
                _fit(unit_label, unit_width),
                _period_text(row),
                _due_cell(ob),
                _row_state_text(row, day),
                last.isoformat() if last else "",
            ]
        )
    keys = ("col.req", "col.unit", "col.period", "col.due", "col.status", "col.last_entry")
    headers: list[str | Text] = [t(k) for k in keys]
    # The fixed columns keep their full width; the requirement text gets what
    # is left of the terminal (80 columns included) and is cut with an ellipsis.
    # Each column: its widest cell, two cells of padding and one of separator.
    fixed = sum(
        max(cell_len(str(c[i])) for c in [*cells, headers]) + 3 for i in range(len(headers))
    )
    text_width = console.width - fixed - 1
    if wide:
        _print_blocks(rows, cells, console)
        _print_due_note(rows, console)
        return
    if text_width >= 10:  # too narrow a terminal gets no text column (see --wide)
        headers.append(t("col.text"))
        cells = [[*line, _fit(row.first.req.text, text_width)]
                 for row, line in zip(rows, cells, strict=True)]  # fmt: skip
    console.print(_columns(headers, cells))
    _print_due_note(rows, console)
    if fold_rows and any(len(r.obligations) > 1 for r in rows):
        console.print(Text(t("status.fold_hint"), style="dim"))


def print_by_unit(
    obs: list[Obligation], directory: Directory, day: dt.date, console: Console
) -> None:
    """The summary, then one line a unit, the worst first."""
    from rich import box
    from rich.table import Table  # here: the screen of every other status run needs no Table

    _print_summary(obs, day, console)
    rollups = worst_first(by_unit(obs, directory, day))
    # The status columns count dated obligations; a standing duty is only
    # reported on this year or not (`row_state`): 有记录 "3/12", 3 of its 12.
    keys = ("col.obligations", "status.done", "status.late", "status.overdue",
            "status.due_soon", "col.on_time_rate", "status.recorded")  # fmt: skip
    rows: list[list[str | Text]] = [
        [
            str(r.obligations),
            str(r.dated["done"]),
            str(r.dated["late"]),
            Text(str(r.dated["overdue"]), style="red" if r.dated["overdue"] else ""),
            str(r.dated["due_soon"]),
            percent(r.on_time_rate),
            f"{r.standing.recorded}/{r.standing.obligations - r.standing.exempt}",
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


def _bar(done: int, total: int, console: Console, width: int = 20) -> str:
    full, empty = ("█", "░") if (console.encoding or "").lower().startswith("utf") else ("#", "-")
    filled = round(width * done / total) if total else 0
    return full * filled + empty * (width - filled)


def _print_summary(obs: list[Obligation], day: dt.date, console: Console) -> None:
    """The total; the dated obligations by status, their completion and
    on-time rate; the standing duties, reported on this year or not."""
    counts = dated_summary(obs)
    console.print(Text(t("status.heading", as_of=day.isoformat(), n=len(obs)), style="bold"))
    line = Text(t("status.dated", n=sum(counts.values())))
    for code in ("overdue", "due_soon", "open", "late", "done", "exempt"):
        if not line.plain.endswith(("：", " ")):
            line.append(" ")
        line.append(t(f"status.{code}"), style=STATUS_STYLE[code])
        line.append(f" {counts[code]}")
    console.print(line)
    active = sum(counts.values()) - counts["exempt"]
    completed = counts["done"] + counts["late"]
    console.print(
        Text(
            t(
                "status.progress",
                bar=_bar(completed, active, console),
                done=completed,
                total=active,
                percent=percent(completion(counts)),
                rate=percent(on_time_rate(counts)),
            )
        )
    )
    standing = standing_summary(obs, day)
    line = Text(t("status.standing", n=standing.obligations))
    pairs = (("recorded", standing.recorded), ("unrecorded", standing.unrecorded),
             ("on_display", standing.on_display), ("exempt", standing.exempt))  # fmt: skip
    for code, n in pairs:
        if code == "on_display" and not n:
            continue
        if not line.plain.endswith(("：", " ")):
            line.append(" ")
        label = "status.on_display_short" if code == "on_display" else f"status.{code}"
        line.append(t(label), style=STATUS_STYLE[code])
        line.append(f" {n}")
    console.print(line)


def _period_text(row: Row) -> str:
    """The period cell: the period, or for several "2018-01…06" (the year
    once when both ends share it)."""
    periods = row.periods
    if len(periods) < 2:
        return periods[0] if periods else ""
    first, last = periods[0], periods[-1]
    if first[:5] == last[:5] and first[4:5] == "-":
        last = last[5:]
    return f"{first}…{last}"


def _row_state_text(row: Row, day: dt.date) -> Text:
    """The status cell of a row: a standing duty says whether it was reported
    on this year; several periods folded say how many; else `_state_text`."""
    code = row_state(row.first, day)
    if code in ("recorded", "unrecorded", "on_display"):
        return standing_text(row.first, day)
    n = len(row.periods)
    if n > 1:
        return Text(t("status.periods", n=n, state=t(f"status.{code}")), style=STATUS_STYLE[code])
    return _state_text(row.first, day)


def standing_text(ob: Obligation, day: dt.date) -> Text:
    """What a standing duty says (`row_state`): 有记录, 无记录, or a publication
    still on display short of its days, 公示中（第 6/10 天）."""
    return Text(state_words(ob, day), style=STATUS_STYLE[row_state(ob, day)])


def _state_text(ob: Obligation, day: dt.date) -> Text:
    """The status cell: calendar days late, or working days left, for what is
    not finished (calendar days left where the calendar does not know a year
    up to the due date)."""
    style = STATUS_STYLE[ob.status]
    if ob.status in ("overdue", "due_soon", "open") and ob.due is not None:
        delta = (ob.due - day).days
        if delta < 0:
            return Text(t("status.days_late", n=-delta), style=style)
        if ob.workdays_left is not None:
            return Text(t("status.days_left", n=ob.workdays_left), style=style)
        return Text(t("status.days_left_calendar", n=delta), style=style)
    return Text(t(f"status.{ob.status}"), style=style)


def _moved(ob: Obligation) -> bool:
    """Still to do and due on a day off: the row shows the last working day."""
    return (
        ob.status in ("due_soon", "open")
        and ob.last_workday is not None
        and ob.last_workday != ob.due
    )


def _due_cell(ob: Obligation) -> str:
    """The due date; for what is still to do and due on a day off, the last
    working day before it, marked: the day the work is done in the office
    (2018-12-31 → 2018-12-29*, a make-up Saturday). Overdue rows keep the
    rule's date, the day their days late count from."""
    if ob.due is None:
        return ""
    if _moved(ob) and ob.last_workday is not None:
        return ob.last_workday.isoformat() + "*"
    return ob.due.isoformat()


def _print_due_note(rows: list[Row], console: Console) -> None:
    """Say what the * of a due cell means, when one is shown."""
    if any(_moved(row.first) for row in rows):
        console.print(Text(t("status.due_moved"), style="dim"))


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
    lines, line = [], ""
    for ch in text:
        if cell_len(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return "\n".join([*lines, line])


def _fit(text: str, width: int) -> str:
    """Cut `text` to `width` terminal cells (CJK characters take two)."""
    if cell_len(text) <= width:
        return text
    out = ""
    for ch in text:
        if cell_len(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def _columns(headers: list[str | Text], rows: list[list[str | Text]]) -> Text:
    """A plain table: a bold header, a rule, then one line a row, columns three
    cells apart. rich's Table measures every cell of every row again, which
    on a city ledger's thousand overdue rows takes most of a second."""
    widths = [max(cell_len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    out = Text()

    def add(line: list[str | Text], style: str = "") -> None:
        # Empty cells at the end of a line (no entry yet) leave no trailing
        # blanks: a copied screen pastes clean into a message or a document.
        while len(line) > 1 and not str(line[-1]).strip():
            line = line[:-1]
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
