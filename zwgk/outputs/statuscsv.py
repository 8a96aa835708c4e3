"""`zwgk status --format csv`: the JSON's items (or rollups by unit) as CSV
for programs."""

from __future__ import annotations

import datetime as dt

from zwgk.engine.obligations import Obligation
from zwgk.engine.status import ROLLUP_KEYS, by_unit, item
from zwgk.model.directory import Directory
from zwgk.outputs.sheets import csv_text


def status_csv(obs: list[Obligation], directory: Directory, per_unit: bool, as_of: dt.date) -> str:
    """For programs: the JSON's keys as the header, LF line ends, no BOM; text
    cells defused like every CSV zwgk writes (ids and dates are never touched)."""
    if per_unit:
        rows = [r.as_json() for r in by_unit(obs, directory, as_of)]
    else:
        rows = [item(ob, directory) for ob in obs]
    header = list(rows[0].keys()) if rows else _header(per_unit)
    return csv_text([header, *(row.values() for row in rows)], "\n")


def _header(per_unit: bool) -> list[str]:
    """The columns of an empty CSV: a program reading it still finds them."""
    if per_unit:
        return list(ROLLUP_KEYS)
    return ["task", "req", "unit", "unit_name", "period", "due", "status", "completed",
            "last_entry", "last_workday", "workdays_left"]  # fmt: skip
