"""A city's view over county ledgers (`zwgk rollup`): which ledgers
rollup.yaml names, as plain values."""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlsplit


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


def shown_remote(remote: str) -> str:
    """`remote` as the reports show it (JSON, CSV, HTML, the terminal, git's
    reasons): a URL's user and password (`https://user:token@host/…`,
    `ssh://user:pass@host/…`) replaced with `***`, since a token is often
    given as the user. An scp-like `user@host:path` carries no password and
    a path none at all: kept. What is fetched, and the cache's key, keep the
    URL as written."""
    scheme, sep, rest = remote.partition("://")
    if not sep:
        return remote
    try:
        netloc = urlsplit(remote).netloc
    except ValueError:  # not a URL Python can split (a bad IPv6 host): the part up to "/"
        netloc = rest.split("/", 1)[0]
    userinfo, at, _ = netloc.rpartition("@")
    if not at or not rest.startswith(netloc):
        return remote
    return f"{scheme}{sep}***@{rest[len(userinfo) + 1 :]}"


def hide_remote(text: str, remote: str) -> str:
    """`text` (git's message naming `remote`) with the remote shown as
    `shown_remote` shows it."""
    shown = shown_remote(remote)
    return text if shown == remote else text.replace(remote, shown)
