"""Findings as GitHub workflow commands (`zwgk validate --format github`):
one `::error file=…,line=…::message` line each, placed by repository paths so
a pull request shows them on the lines they are about."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zwgk.errors import ZwgkError
from zwgk.model.findings import Finding
from zwgk.outputs.terminal import printable


def workflow_commands(findings: list[Finding], root: Path) -> Iterator[str]:
    """One workflow command a finding, its text inert on a terminal."""
    prefix = _repo_prefix(root)
    for f in findings:
        kind = "error" if f.level == "error" else "warning"
        message = f.message + (f" — {f.hint}" if f.hint else "")
        where = f"file={_gh(prefix + f.path, prop=True)},line={f.line},col={f.col},title={f.code}"
        yield printable(f"::{kind} {where}::{_gh(message)}")


def _repo_prefix(root: Path) -> str:
    """The ledger's folder within its git repository (annotations are placed by
    repository paths), or "" when it is the top or not in a repository."""
    try:
        from zwgk.review.git import Git

        return Git(root).prefix
    except ZwgkError:
        return ""


def _gh(text: str, *, prop: bool = False) -> str:
    """Escape text for a GitHub workflow command (`prop`: a property value)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text
