"""The 责任单位 cell of a decomposition table, read and written.

Reading follows DESIGN.md's rules for a unit cell:

- 牵头 units lead. Units that 负责落实 or 配合 support only when the same cell
  names a 牵头 unit; otherwise every unit the cell names leads (a cell with no
  verb, "各镇（街道），县政府各部门", names leads).
- `each` when the cell says 分别 or a lead is a group of units (各镇（街道）,
  县政府各部门); otherwise `joint`.
- Vague names (县政府各有关部门, 有关部门, 等县政府部门 …) are vague groups; a
  trailing 等 changes nothing else.

Writing gives the canonical cell that reads back the same: "A、B" (joint),
"A、B分别牵头" (each), "…牵头，C、D配合" (with support).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from zwgk.model.directory import Directory

# Role phrases at the end of a clause, longest first; qualifiers before them.
_LEAD = ("牵头负责落实", "牵头负责", "牵头落实", "牵头")
_SUPPORT = (
    "具体负责落实",
    "负责具体落实",
    "配合落实",
    "负责落实",
    "协助",
    "配合",
    "参与",
    "落实",
    "负责",
)
_QUALIFIERS = ("按职责分工", "按照职责分工", "按照责任分工", "根据职责分工", "按照职责", "按职责",
               "分别", "共同", "具体", "各自", "负责")  # fmt: skip
_CLAUSES = re.compile(r"[，,；;。\n]+")
_LIST = re.compile(r"[、/]+")
_JOINERS = re.compile(r"[和及与]")
_SPACE = re.compile(r"\s+")


class UnitCell(NamedTuple):
    lead: tuple[str, ...]
    support: tuple[str, ...]
    mode: str
    unknown: tuple[str, ...]
    """Names the directory does not know, in the order met (also in lead/support
    as themselves, so the caller can give them ids)."""


def normalise(text: str) -> str:
    """Spaces and line breaks out, half-width parentheses made full-width:
    the table's own style, for the names an import writes. Which written
    names are the same unit is `model.directory.name_key`'s to say."""
    return _SPACE.sub("", text).replace("(", "（").replace(")", "）")


def _strip_role(clause: str) -> tuple[str, str | None]:
    """The clause without its role phrase and qualifiers, and the role."""
    role: str | None = None
    body = clause
    for phrase, name in [(p, "lead") for p in _LEAD] + [(p, "support") for p in _SUPPORT]:
        if body.endswith(phrase):
            body, role = body[: -len(phrase)], name
            break
    changed = True
    while changed:
        changed = False
        for qualifier in _QUALIFIERS:
            if body.endswith(qualifier):
                body, changed = body[: -len(qualifier)], True
    return body, role


def _names(body: str, directory: Directory) -> list[str]:
    """The unit and group names of a list, resolved where the directory knows
    them: 、 separates; 和/及/与 separate only where the whole does not resolve
    (县人力资源和社会保障局 is one name); a trailing 等 is dropped, and
    "县民政局等县政府部门" is 县民政局 and the vague group 等县政府部门."""
    out: list[str] = []
    for token in _LIST.split(body):
        if not token:
            continue
        out.extend(_token(token, directory))
    return out


# What may follow 等 without naming anyone: "县委宣传部等单位" is 县委宣传部.
_GENERIC_TAILS = ("单位", "部门", "有关单位", "相关单位", "相关部门")


def _token(token: str, directory: Directory) -> list[str]:
    if directory.resolve(token) is not None:
        return [token]
    head, sep, tail = token.partition("等")
    if sep and (not tail or tail in _GENERIC_TAILS):
        return _token(head, directory) if head else []
    if sep and directory.resolve("等" + tail) is not None:
        return [*(_token(head, directory) if head else []), "等" + tail]
    pieces = [p for p in _JOINERS.split(token) if p]
    if len(pieces) > 1 and all(directory.resolve(p) is not None for p in pieces):
        return pieces
    return [token]


def read_cell(text: str, directory: Directory) -> UnitCell:
    """Lead, support and mode of a unit cell, refs as unit/group ids where known
    and as the written name otherwise (listed in `unknown`)."""
    cell = normalise(text)
    clauses = [c for c in _CLAUSES.split(cell) if c]
    read = [_strip_role(c) for c in clauses]
    # "A牵头，B，C负责落实": a list split by commas takes the verb that ends it.
    following: str | None = None
    for i in range(len(read) - 1, -1, -1):
        body, role = read[i]
        if role is None:
            read[i] = (body, following)
        else:
            following = role
    any_lead = any(role == "lead" for _, role in read)
    lead: list[str] = []
    support: list[str] = []
    unknown: list[str] = []
    for body, role in read:
        target = support if any_lead and role == "support" else lead
        for name in _names(body, directory):
            ref = directory.resolve(name) or name
            if ref == name and directory.resolve(name) is None and name not in unknown:
                unknown.append(name)
            if ref not in lead and ref not in support:
                target.append(ref)
    each = "分别" in cell or any(
        ref in directory.groups and not directory.groups[ref].vague for ref in lead
    )
    return UnitCell(tuple(lead), tuple(support), "each" if each else "joint", tuple(unknown))


def write_cell(
    lead: tuple[str, ...], support: tuple[str, ...], mode: str, directory: Directory
) -> str:
    """The canonical cell for a requirement's units, in names."""

    def listed(refs: tuple[str, ...]) -> str:
        text = ""
        for ref in refs:
            name = directory.name(ref)
            text += name if not text or name.startswith("等") else "、" + name
        return text

    leads = listed(lead)
    if mode == "each":
        leads += "分别牵头"
    elif support:
        leads += "牵头"
    if support:
        return f"{leads}，{listed(support)}配合"
    return leads
