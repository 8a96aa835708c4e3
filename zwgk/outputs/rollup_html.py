"""`zwgk rollup --format html`: one self-contained page (inline CSS, no
script, no network), rendered in the Jinja sandbox with autoescape
(`templates/rollup.html.j2`): every text from a ledger prints as text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwgk.engine.rollup import County, LateAcross
from zwgk.outputs.rollup import (
    copy_words,
    rollup_document,
    state_words,
    unit_overdue,
    why_words,
)


def rollup_html(counties: list[County], late: list[LateAcross], as_of: dt.date) -> str:
    from zwgk.outputs.templates import render

    doc = rollup_document(counties, late, as_of)
    words: list[dict[str, Any]] = [
        {
            "state": state_words(c),
            "source": copy_words(c),
            "why": why_words(c),
            "units": [{"unit": u, "reqs": reqs} for u, reqs in unit_overdue(c)],
        }
        for c in counties
    ]
    return render("rollup.html.j2", None, rollup=doc, words=words)
