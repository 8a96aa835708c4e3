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
