"""Findings are values: what `zwgk validate` reports, one per problem."""

from __future__ import annotations

from typing import Literal, NamedTuple

Level = Literal["error", "warning"]


class Finding(NamedTuple):
    """One problem in one file. `line` and `col` are 1-based (0 when unknown)."""

    path: str
    line: int
    col: int
    level: Level
    code: str
    message: str
    hint: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "level": self.level,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """File, then line, then column: the order an editor walks them."""
    return sorted(set(findings), key=lambda f: (f.path, f.line, f.col, f.code, f.message))


MOST_OF_A_KIND = 100
"""Findings of one code listed per file; the rest are counted in one more
finding. A file of 200,000 unknown keys took minutes to print, and nobody
reads past the first screen of the same mistake."""


def cap_findings(findings: list[Finding], most: int = MOST_OF_A_KIND) -> list[Finding]:
    """Sorted findings with at most `most` of one code in one file: in place
    of the rest, one finding of that code saying how many there are, at the
    first one left out."""
    from zwgk.i18n import t

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
            more = t("validate.more_of_kind", n=seen[kind] - most, code=f.code)
            out.append(f._replace(message=more, hint=t("validate.more_of_kind_hint")))
    return out
