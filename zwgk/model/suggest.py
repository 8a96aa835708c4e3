""" "Did you mean": the close candidates for a word nobody defined (values, no words).

The one place that decides what is close: `zwgk.ledger.suggest.did_you_mean`
puts the candidates into words for every command and check.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def close_matches(text: str, choices: Iterable[str], cutoff: float = 0.6) -> list[str]:
    """At most three of `choices` close to `text`, best first."""
    return difflib.get_close_matches(text, list(choices), n=3, cutoff=cutoff)
