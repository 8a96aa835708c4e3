"""A city's view over county ledgers (`zwgk rollup`): which ledgers
rollup.yaml names, as plain values."""

from __future__ import annotations

from typing import NamedTuple


class Source(NamedTuple):
    """One county's ledger as rollup.yaml names it."""

    name: str
    """The county as shown (桓台县)."""
    remote: str
    """A local folder, a path to a git repository or a git URL, as written."""
    branch: str | None
    """The branch to read; None: the remote's default branch (its HEAD)."""
    path: str
    """The ledger's folder inside the repository ("" for its top)."""
    line: int = 0
    """Where the county starts in rollup.yaml (1-based; 0 when unknown)."""
