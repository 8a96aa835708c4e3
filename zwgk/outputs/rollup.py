"""`zwgk rollup`'s outputs: the JSON document (stable keys, the README
lists them), the CSV (a row per county), the words of a county's state and
copy, and the terminal view. The HTML page is `rollup_html.py`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from zwgk.engine.obligations import STATUS_CODES
from zwgk.engine.rollup import County, LateAcross, totals
from zwgk.engine.status import percent
from zwgk.i18n import t
from zwgk.model.rollup import shown_remote

CSV_KEYS = (
    "name", "state", "plan_year", "obligations", *STATUS_CODES, "dated_obligations",
    "completion", "on_time_rate", "left_out", "commit", "commit_date", "fetched_at", "fresh",
    "problem", "remote", "branch", "path",
)  # fmt: skip
"""The CSV's columns, in order."""

UNIT_REQS_SHOWN = 10
"""A unit's overdue obligations named on the screen; JSON and HTML list all."""


def _when(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def copy_document(c: County) -> dict[str, Any]:
    copy = c.copy
    return {
        "folder": copy.folder is not None,
        "commit": copy.commit,
        "commit_date": _when(copy.commit_time),
        "fetched_at": _when(copy.fetched_at),
        "fresh": copy.fresh,
        "problem": copy.problem,
    }


def county_document(c: County) -> dict[str, Any]:
    f = c.figures
    source = c.copy.source
    return {
        "name": source.name,
        "remote": shown_remote(source.remote),
        "branch": source.branch,
        "path": source.path,
        "state": c.state,
        "copy": copy_document(c),
        "plan": None if f is None else {"title": f.plan_title, "year": f.plan_year},
        "summary": None if f is None else f.counts,
        "dated": None if f is None else {
            "obligations": sum(f.dated.values()),
            **f.dated,
            "completion": f.completion,
            "on_time_rate": f.on_time_rate,
        },
        "standing": None if f is None else f.standing,
        "left_out": 0 if f is None else f.left_out,
        "units": [] if f is None else f.units,
        "overdue": [] if f is None else [
            {
                "task": o.task, "req": o.req, "text": o.text, "unit": o.unit,
                "unit_name": o.unit_name, "period": o.period, "due": o.due.isoformat(),
                "days_late": o.days_late,
            }
            for o in f.overdue
        ],
        "errors": [e.as_json() for e in c.errors],
        "error_count": c.error_count,
        "reason": c.reason,
    }  # fmt: skip


def late_document(late: list[LateAcross]) -> list[dict[str, Any]]:
    return [
        {"req": x.req, "text": x.text, "counties": list(x.counties), "obligations": x.obligations}
        for x in late
    ]


def rollup_document(
    counties: list[County], late: list[LateAcross], as_of: dt.date
) -> dict[str, Any]:
    return {
        "as_of": as_of.isoformat(),
        "totals": totals(counties),
        "counties": [county_document(c) for c in counties],
        "late_across": late_document(late),
    }


def rollup_json(doc: dict[str, Any]) -> str:
    """The document as JSON text, a county (and a late requirement) per line:
    a city's overdue lists run to tens of megabytes, which Python's JSON
    writer indents ten times slower than it writes them plain (the indenting
    writer is pure Python); one county a line still reads, and diffs, line
    by line. Control characters escaped as in every JSON zwgk prints."""
    import json

    from zwgk.outputs.terminal import json_printable

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def rows(items: list[Any]) -> str:
        return "[\n" + ",\n".join("  " + dump(x) for x in items) + "\n]" if items else "[]"

    head = ",\n".join(f"{dump(key)}: {dump(doc[key])}" for key in ("as_of", "totals"))
    tail = ",\n".join(f"{dump(key)}: {rows(doc[key])}" for key in ("counties", "late_across"))
    return json_printable("{" + head + ",\n" + tail + "}\n")


def rollup_csv(counties: list[County]) -> str:
    """A row per county, `CSV_KEYS` as the header (LF, no BOM: for programs,
    as `status --format csv`); every text cell defused by the one writer."""
    from zwgk.outputs.sheets import csv_text

    rows: list[list[Any]] = [list(CSV_KEYS)]
    for c in counties:
        doc = county_document(c)
        f = c.figures
        counts = f.counts if f is not None else {}
        rows.append([
            doc["name"], c.state, f.plan_year if f else None,
            sum(counts.values()) if f else None, *(counts.get(code) for code in STATUS_CODES),
            sum(f.dated.values()) if f else None, f.completion if f else None,
            f.on_time_rate if f else None, f.left_out if f else None,
            doc["copy"]["commit"], doc["copy"]["commit_date"], doc["copy"]["fetched_at"],
            doc["copy"]["fresh"], doc["copy"]["problem"], doc["remote"], doc["branch"],
            doc["path"],
        ])  # fmt: skip
    return csv_text(rows, "\n")


# --- words ------------------------------------------------------------------------


def state_words(c: County) -> str:
    if c.state == "ok" and c.copy.problem:  # computed, from the cache's older copy
        return t("output.rollup_state_stale")
    if c.state == "plan_errors":
        return t("output.rollup_state_plan_errors", n=c.error_count)
    return t(f"output.rollup_state_{c.state}")


def copy_words(c: County, now: dt.datetime | None = None) -> str:
    """Where the figures come from: fetched now, a local folder, or the
    cache's copy and how old it is (last fetched, and its commit's date)."""
    copy = c.copy
    if copy.folder is not None:
        return t("output.rollup_copy_folder")
    if copy.git_dir is None:
        return t("output.rollup_copy_none")
    commit = copy.commit[:8] if copy.commit else "?"
    committed = copy.commit_time.date().isoformat() if copy.commit_time else "?"
    if copy.fresh:
        return t("output.rollup_copy_fresh", commit=commit, committed=committed)
    fetched = copy.fetched_at.strftime("%Y-%m-%d %H:%M UTC") if copy.fetched_at is not None else "?"
    age = ""
    if copy.fetched_at is not None:
        now = now or dt.datetime.now(dt.UTC)
        age = _age(now - copy.fetched_at)
    return t("output.rollup_copy_cached", commit=commit, committed=committed, fetched=fetched,
             age=age)  # fmt: skip


def _age(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 3600:
        return t("output.rollup_age_minutes", n=seconds // 60)
    if seconds < 2 * 86400:
        return t("output.rollup_age_hours", n=seconds // 3600)
    return t("output.rollup_age_days", n=seconds // 86400)


def why_words(c: County) -> list[str]:
    """What stopped a county (or what is missing of it), a line each."""
    lines: list[str] = []
    if c.copy.problem:
        key = (
            "output.rollup_fetch_failed" if c.copy.git_dir is None else "output.rollup_offline_why"
        )
        lines.append(t(key, reason=c.copy.problem))
    if c.reason:
        lines.append(c.reason)
    for e in c.errors:
        where = f"{e.path}:{e.line}" if e.line else e.path
        lines.append(f"{where}: {e.message}" + (f" → {e.hint}" if e.hint else ""))
    if c.error_count > len(c.errors):
        lines.append(t("output.rollup_more_errors", n=c.error_count - len(c.errors)))
    if c.figures is not None and c.figures.left_out:
        lines.append(t("output.rollup_left_out", n=c.figures.left_out))
    return lines


def unit_overdue(c: County) -> list[tuple[str, list[str]]]:
    """(unit name, its overdue requirements as `21.1 (2018Q3)`), units with
    most overdue first."""
    if c.figures is None:
        return []
    grouped: dict[str, list[str]] = {}
    for o in c.figures.overdue:
        label = o.req + (f" ({o.period})" if o.period else "")
        grouped.setdefault(o.unit_name, []).append(label)
    return sorted(grouped.items(), key=lambda kv: -len(kv[1]))


# --- the terminal -------------------------------------------------------------------


def print_rollup(
    counties: list[County], late: list[LateAcross], as_of: dt.date, console: Console
) -> None:
    """The comparison table, then each county's overdue list by unit, what
    stopped the counties not computed, and the requirements late in many."""
    total = totals(counties)
    console.print(Text(t("output.rollup_heading", as_of=as_of.isoformat(), n=len(counties)),
                       style="bold"))  # fmt: skip
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for key in ("name", "year", "state", "obligations", "overdue", "due_soon", "completion",
                "on_time"):  # fmt: skip
        table.add_column(t(f"output.rollup_col_{key}"), no_wrap=key != "state",
                         justify="left" if key in ("name", "state") else "right")  # fmt: skip
    for c in counties:
        f = c.figures
        year, numbers = "-", ["-"] * 5
        if f is not None:
            year = str(f.plan_year)
            numbers = [
                str(sum(f.dated.values())), str(f.dated["overdue"]), str(f.dated["due_soon"]),
                percent(f.completion), percent(f.on_time_rate),
            ]  # fmt: skip
        table.add_row(Text(c.name), Text(year),
                      Text(state_words(c), style="bold red" if c.state != "ok" else ""),
                      *(Text(x) for x in numbers))  # fmt: skip
    d = total["dated"]
    table.add_row(
        Text(t("output.rollup_total"), style="bold"), Text(""),
        Text(t("output.rollup_computed", n=total["computed"], of=total["counties"])),
        Text(str(d["obligations"])), Text(str(d["overdue"])), Text(str(d["due_soon"])),
        Text(percent(d["completion"])), Text(percent(d["on_time_rate"])),
    )  # fmt: skip
    console.print(table)
    console.print()
    console.print(Text(t("output.rollup_copies"), style="bold"))
    for c in counties:
        console.print(Text("  " + t("output.rollup_named", name=c.name, what=copy_words(c))))
    for c in counties:
        why = why_words(c)
        if c.figures is None or why:
            console.print()
            style = "bold red" if c.figures is None else "bold yellow"
            named = t("output.rollup_named", name=c.name, what=state_words(c))
            console.print(Text(named, style=style))
            for line in why:
                console.print(Text("  " + line))
    for c in counties:
        units = unit_overdue(c)
        if not units:
            continue
        console.print()
        console.print(Text(t("output.rollup_overdue_of", name=c.name, n=len(c.figures.overdue)
                             if c.figures else 0), style="bold"))  # fmt: skip
        for unit, reqs in units:
            shown = t("common.list_sep").join(reqs[:UNIT_REQS_SHOWN])
            if len(reqs) > UNIT_REQS_SHOWN:
                shown += t("output.rollup_and_more", n=len(reqs))
            console.print(Text(t("output.rollup_unit_line", unit=unit, n=len(reqs), reqs=shown)))
    console.print()
    if late:
        console.print(Text(t("output.rollup_late_across", n=len(late)), style="bold"))
        for x in late:
            console.print(Text(t("output.rollup_late_line", req=x.req, text=_short(x.text),
                                 n=len(x.counties),
                                 counties=t("common.list_sep").join(x.counties))))  # fmt: skip
    else:
        console.print(Text(t("output.rollup_late_none")))


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
