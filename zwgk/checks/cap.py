"""How many findings `zwgk validate` lists: at most a screenful of one kind."""

from __future__ import annotations

from zwgk.i18n import t
from zwgk.model.findings import Finding

MOST_OF_A_KIND = 100
"""Findings of one code listed per file; the rest are counted in one more
finding. A file of 200,000 unknown keys took minutes to print, and nobody
reads past the first screen of the same mistake."""


def cap_findings(findings: list[Finding], most: int = MOST_OF_A_KIND) -> list[Finding]:
    """Sorted findings with at most `most` of one code in one file: in place
    of the rest, one finding of that code saying how many there are, at the
    first one left out."""
    seen: dict[tuple[str, str], int] = {}
    for f in findings:
        seen[f.path, f.code] = seen.get((f.path, f.code), 0) + 1
    if all(n <= most for n in seen.values()):
        return findings
    out: list[Finding] = []
    listed: dict[tuple[str, str], int] = {}
    for f in findings:
        kind = (f.path, f.code)
        count = listed[kind] = listed.get(kind, 0) + 1
        if count <= most:
            out.append(f)
        elif count == most + 1:
            more = t("check.more_of_kind", n=seen[kind] - most, code=f.code)
            out.append(f._replace(message=more, hint=t("check.more_of_kind_hint")))
    return out
