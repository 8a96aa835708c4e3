"""Judgement calls on what a plan can be, in one small module the command line
can import at startup for its option ranges without loading the models."""

from __future__ import annotations

# Judgement calls on what a plan can be, so that a typo cannot turn one run
# into millions of obligations (a year typed 0018 made status take 23 s) or
# into dates past 9999-12-31. `init --year` and `import --year` take the same
# years.
FIRST_YEAR = 2000
"""No plan of the 政务公开 work predates 2000 (the 条例 is of 2007)."""
LAST_YEAR = 2100
MAX_PLAN_YEARS = 5
"""The longest plan period: a five-year plan (五年规划) is the longest a county
writes; the usual plan is one year."""
MAX_DURATION_DAYS = 3660
"""The longest `within`, `grace` or `lasting` (ten years; `hours`: 24 times as
many). Source phrases give days or weeks; a longer span is a typo."""

DEFAULT_WARN_DAYS = 10
"""The due-soon window, in working days on the official calendar: what the
engine counts with and `--warn-days` says it defaults to."""


DATE_YEARS = range(1901, 3000)
"""Years a date typed on the command line (`--date`, `--as-of`, `--week`,
`--month`) or a year of calendar.yaml may have: wider than a plan's years,
since a clerk may look back or ahead, and far from date arithmetic's edges
(1-1-1 and 9999-12-31)."""


def plausible_year(year: int) -> bool:
    """A year a plan, its period or a `by` date may be set in."""
    return FIRST_YEAR <= year <= LAST_YEAR
