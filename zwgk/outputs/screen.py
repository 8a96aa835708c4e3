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
    days_late,
    due_moved,
    due_phase,
    fold,
    on_time_rate,
    percent,
    row_state,
    standing_summary,
    worst_first,
)
from zwgk.i18n import t
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan
from zwgk.outputs.text import state_words

GAP = 2
"""Blank cells between two columns of the status table: two leave an 80-column
terminal room for what each row is about."""

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
    plan: Plan,
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
            if cell_len(unit_label) > unit_width:  # "36个单位" says more than "36个单位（…"
                unit_label = t("status.folded_short", n=n)
        last = max((o.last_entry for o in row.obligations if o.last_entry), default=None)
        cells.append(
            [
                ob.req.id,
                _fit(unit_label, unit_width),
                _period_text(row),
                _due_cell(ob, day),
                _row_state_text(row, day),
                last.isoformat() if last else "",
            ]
        )
    keys = ["col.req", "col.unit", "col.period", "col.due", "col.status", "col.last_entry"]
    # A column no row fills (no last entry yet; only one-date rules, whose
    # period is their due date) gives its room to the task's title.
    for i in (5, 2):
        if not any(line[i] for line in cells):
            del keys[i]
            cells = [line[:i] + line[i + 1 :] for line in cells]
    headers: list[str | Text] = [t(k) for k in keys]
    if wide:
        _print_blocks(rows, cells, console)
        _print_due_note(rows, day, console)
        return
    # The fixed columns keep their full width; the task's title (what the row
    # is about: "推进教育领域信息公开") gets what is left of the terminal, 80
    # columns included, and is cut with an ellipsis. Each column: its widest
    # cell and the gap after it.
    fixed = sum(
        max(cell_len(str(c[i])) for c in [*cells, headers]) + GAP for i in range(len(headers))
    )
    text_width = console.width - fixed - 1
    if text_width >= 8:  # too narrow a terminal gets no title column (see --wide)
        headers.append(t("col.task"))
        cells = [[*line, _fit(_title(plan, row.first), text_width)]
                 for row, line in zip(rows, cells, strict=True)]  # fmt: skip
    console.print(_columns(headers, cells))
    _print_due_note(rows, day, console)
    if fold_rows and any(len(r.obligations) > 1 for r in rows):
        console.print(Text(t("status.fold_hint"), style="dim"))


def _title(plan: Plan, ob: Obligation) -> str:
    """The title of the obligation's task, else its requirement's text."""
    task = plan.task(ob.req.task)
    return task.title if task is not None else ob.req.text


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
    codes = ("overdue", "due_soon", "open", "late", "done", "exempt")
    _append_counts(line, [(code, counts[code]) for code in codes])
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
    # 公示中 only when a window is still on display: most days there is none.
    _append_counts(line, [(code, n) for code, n in pairs if n or code != "on_display"])
    console.print(line)


def _append_counts(line: Text, counts: list[tuple[str, int]]) -> None:
    """Each status, coloured, and its count; the language says what parts a
    count from the next status ("已逾期 27 即将到期 113", "overdue 27, due soon 113")."""
    for i, (code, n) in enumerate(counts):
        label = "status.on_display_short" if code == "on_display" else f"status.{code}"
        line.append(t(label), style=STATUS_STYLE[code])
        line.append(f" {n}" if i == len(counts) - 1 else " " + t("status.count_then", n=n))


def _period_text(row: Row) -> str:
    """The period cell: the period, or for several "2018-01…06" (the year
    once when both ends share it)."""
    periods = row.periods
    if len(periods) < 2:
        due = row.first.due
        # A one-date rule's period is its due date (`by: 2018-12-31`): said
        # once, in the due cell. An extended one keeps its period, now different.
        if not periods or (due is not None and periods[0] == due.isoformat()):
            return ""
        return periods[0]
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
    """The status cell: calendar days late; for what is still to do, due today,
    the last working day passed (a due date on a day off still ahead), or the
    working days left (calendar days where the calendar does not know a year
    up to the due date)."""
    style = STATUS_STYLE[ob.status]
    late = days_late(ob, day)
    if ob.status == "overdue" and late is not None:
        return Text(t("status.days_late", n=late), style=style)
    if ob.status in ("due_soon", "open") and ob.due is not None:
        phase = due_phase(ob, day)
        if phase is not None:
            return Text(t(f"status.{phase}"), style=style)
        if ob.workdays_left is not None:
            return Text(t("status.days_left", n=ob.workdays_left), style=style)
        return Text(t("status.days_left_calendar", n=(ob.due - day).days), style=style)
    return Text(t(f"status.{ob.status}"), style=style)


def _starred(ob: Obligation, day: dt.date) -> bool:
    """Whether the due cell shows the last working day, marked: the rule's date
    is a day off and the work is still to do (`due_moved`), except on the due
    date itself, which the cell then shows (今天到期)."""
    return due_moved(ob.status, ob.due, ob.last_workday) and day != ob.due


def _due_cell(ob: Obligation, day: dt.date) -> str:
    """The due date; for what is still to do and due on a day off, the last
    working day before it, marked: the day the work is done in the office
    (2018-12-31 → 2018-12-29*, a make-up Saturday). Overdue rows keep the
    rule's date, the day their days late count from."""
    if ob.due is None:
        return ""
    if _starred(ob, day) and ob.last_workday is not None:
        return ob.last_workday.isoformat() + "*"
    return ob.due.isoformat()


def _print_due_note(rows: list[Row], day: dt.date, console: Console) -> None:
    """Say what the * of a due cell means, when one is shown."""
    if any(_starred(row.first, day) for row in rows):
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
    """A plain table: a bold header, a rule, then one line a row, columns GAP
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
                out.append(" " * (widths[i] - cell_len(piece.plain) + GAP))
        out.append("\n")

    add(headers, "bold")
    out.append("─" * (sum(widths) + GAP * (len(widths) - 1)) + "\n")
    for row in rows:
        add(row)
    out.rstrip()
    return out
