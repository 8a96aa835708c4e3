"""Progress files, data/progress/YYYY/UNIT.yaml: reading the entries.

One file per unit per year; each is a YAML list of entries (format in DESIGN.md).
The unit is the file's name; an entry may repeat it under `unit:`.
"""

from __future__ import annotations

import datetime as dt
from itertools import repeat
from sys import intern
from typing import TYPE_CHECKING, Any, Literal

from zwgk.i18n import t
from zwgk.ledger import fields
from zwgk.ledger.cache import Columns, Row, entries_of, pack_rows
from zwgk.ledger.fields import STATUSES, keys, required
from zwgk.model.findings import Finding
from zwgk.model.plan import Entry, Extras
from zwgk.model.values import as_date

if TYPE_CHECKING:
    from zwgk.ledger.schema import Reader
    from zwgk.ledger.yamlio import Mapping

ENTRY_KEYS = keys(fields.ENTRY)


def fast_read(text: str, path: str, unit: str) -> list[Entry] | None:
    """The entries of a progress file's text by the fast path (`fast_columns`),
    or None: the file is read the careful way."""
    columns = fast_columns(text, unit)
    return entries_of(columns, path, unit) if columns is not None else None


def fast_columns(text: str, unit: str) -> Columns | None:
    """A progress file's entries by the fast path (`fast_entries`, then
    `columns_from_fields`), as the cache keeps them; None: the file is read
    the careful way."""
    from zwgk.ledger.yamlio import fast_entries

    rows = fast_entries(text)
    return columns_from_fields(rows, unit) if rows is not None else None


def columns_from_fields(rows: list[tuple[int, dict[str, Any]]], unit: str) -> Columns | None:
    """The entries of the fast path's (line, fields), as the cache's columns
    (`cache.pack_rows`: built straight from the fields, no entry made), when
    every one of them is exactly as `_read_entry` would accept it without a
    finding; None as soon as one is not (the file is then read the careful
    way, with its findings). Keep the two in step: tests compare them on
    generated files."""
    out: list[Row] = []
    append = out.append
    keys, plain, date_type, statuses = _KEY_SET, _PLAIN_KEY_SET, dt.date, _STATUS
    for line, f in rows:
        if not keys.issuperset(f):
            return None
        req, date, status = f.get("req"), f.get("date"), f.get("status")
        if not isinstance(req, str) or type(status) is not str or status not in statuses:
            return None
        if type(date) is not date_type:  # a date as text, a datetime: rare
            date = as_date(date)
            if date is None:
                return None
        declared = f.get("unit")
        if declared is not None and declared != unit:
            return None
        period = f.get("period")
        if period is None or type(period) is str:  # most entries: nothing to convert
            pass
        elif isinstance(period, bool):
            return None
        elif isinstance(period, int):
            period = str(period)
        elif isinstance(period, dt.date):
            period = period.isoformat()
        elif not isinstance(period, str):
            return None
        note = f.get("note")
        if note is not None and not isinstance(note, str):
            return None
        evidence = f.get("evidence")
        if evidence is None:
            evidence = ()
        elif isinstance(evidence, str):
            evidence = (evidence,)
        elif isinstance(evidence, list) and all(map(isinstance, evidence, _REPEAT_STR)):
            evidence = tuple(evidence)
        else:
            return None
        extras = None
        if not plain.issuperset(f):  # one of `EXTRAS` is given: most entries have none
            extras = _extras(f)
            if extras is False:
                return None
        append((intern(req), date, statuses[status], line,
                intern(period) if period is not None else None, note, evidence,
                extras))  # type: ignore[arg-type] # fmt: skip # extras: not False
    return pack_rows(out)


def _extras(f: dict[str, Any]) -> Extras | Literal[False] | None:
    """The `EXTRAS` fields of an entry's fields, None when none is given,
    False when one is not as `_read_entry` accepts it."""
    event, approved_by, by, pii_ok = texts = [f.get(k) for k in _TEXTS]
    for value in texts:
        if value is not None and not isinstance(value, str):
            return False
    dates = []
    for key in _DATES:
        value = f.get(key)
        if value is None or type(value) is dt.date:
            dates.append(value)
            continue
        parsed = as_date(value)
        if parsed is None:
            return False
        dates.append(parsed)
    found = (event, dates[0], dates[1], dates[2], approved_by, by, pii_ok)
    return None if found.count(None) == len(found) else found


_TEXTS = ("event", "approved_by", "by", "pii_ok")
_DATES = ("from", "to", "until")
_KEY_SET = frozenset(ENTRY_KEYS)
_PLAIN_KEY_SET = _KEY_SET.difference(_TEXTS, _DATES)
"""The keys of an entry without any of `EXTRAS`."""
_REPEAT_STR = repeat(str)
"""`isinstance`'s second argument for every item of a list (a loop in C)."""
_STATUS = {status: status for status in STATUSES}
"""One object per status: a hundred thousand entries share six words (and
requirement ids and periods, interned): less memory, and the cache's marshal
writes each once."""


def read_entries(data: Any, path: str, unit: str) -> tuple[list[Entry], list[Finding]]:
    """Entries of one parsed progress file, recorded for `unit` (the file name)."""
    from zwgk.ledger.schema import Reader

    r = Reader(path)
    if data is None:  # an empty file holds no entries yet
        return [], r.findings
    seq = r.as_sequence(data, (1, 1), t("what.progress_file"))
    if seq is None:
        return [], r.findings
    entries: list[Entry] = []
    for i, raw in enumerate(seq):
        m = r.as_mapping(raw, seq.pos(i), t("what.entry"))
        if m is not None:
            entry = _read_entry(r, m, path, unit)
            if entry is not None:
                entries.append(entry)
    return entries, r.findings


def _read_entry(r: Reader, m: Mapping, path: str, unit: str) -> Entry | None:
    what = t("what.entry")
    complete = r.keys(m, ENTRY_KEYS, required(fields.ENTRY), what)
    req = r.ident(m, "req", what)
    date = r.date(m, "date", what)
    status = r.text(m, "status", what)
    if status is not None and status not in STATUSES:
        r.error(
            m.pos("status"),
            "bad-value",
            t("progress.bad_status", status=status),
            t("schema.one_of", choices=" | ".join(STATUSES)),
        )
        status = None
    period = m.get("period")
    if isinstance(period, int) and not isinstance(period, bool):
        period = str(period)  # `period: 2018` can only mean the year
    elif isinstance(period, dt.date):
        period = period.isoformat()  # `period: 2018-09-28`, an event's or a `by` date
    elif period is not None and not isinstance(period, str):
        r.wrong_type(m.pos("period"), f"{what} period", "str", period)
        period = None
    declared = r.ident(m, "unit", what)
    entry_unit = unit
    if declared is not None and declared != unit:
        r.error(
            m.pos("unit"),
            "unit-mismatch",
            t("progress.unit_mismatch", declared=declared, unit=unit),
            t("progress.unit_mismatch_hint", unit=unit),
        )
    note = r.text(m, "note", what)
    evidence = r.text_list(m, "evidence", what)
    event = r.text(m, "event", what)
    from_date = r.date(m, "from", what)
    to_date = r.date(m, "to", what)
    until = r.date(m, "until", what)
    approved_by = r.text(m, "approved_by", what)
    by = r.text(m, "by", what)
    pii_ok = r.text(m, "pii_ok", what)
    if not complete or req is None or date is None or status is None:
        return None
    return Entry(
        req=req,
        date=date,
        status=status,
        unit=entry_unit,
        path=path,
        line=m.line,
        period=period,
        note=note,
        evidence=evidence,
        event=event,
        from_date=from_date,
        to_date=to_date,
        until=until,
        approved_by=approved_by,
        by=by,
        pii_ok=pii_ok,
    )
