"""The 责任单位 cell of a decomposition table, read and written.

Reading follows DESIGN.md's rules for a unit cell:

- 牵头 units lead. Units that 负责落实 or 配合 support only when the same cell
  names a 牵头 unit; otherwise every unit the cell names leads (a cell with no
  verb, "各镇（街道），县政府各部门", names leads).
- `each` when the cell says 分别 or a lead is a group of units (各镇（街道）,
  县政府各部门); otherwise `joint`.
- Vague names (县政府各有关部门, 有关部门, 等县政府部门 …) are vague groups; a
  trailing 等 changes nothing else.

Cells of other offices' tables (issue 15): line breaks and spaces separate
units unless they wrap a long name (`UNIT_ENDINGS`, `_continues`); "A和B" is
two units only as `_two_units` says; "A会同B、C" is A leading
with B and C in support; "X（Y）" is the unit X whose other name is Y; a group
of any level is told by its name (`group_kind`: 各… each, 有关/相关/其他 vague).

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
# 按职能分工: 惠府办函〔2022〕68号 writes "市直其他单位按职能分工落实".
_QUALIFIERS = ("按职责分工", "按照职责分工", "按照责任分工", "根据职责分工", "按职能分工",
               "按照职能分工", "根据职能分工", "按照职责", "按职责", "按职能",
               "分别", "共同", "具体", "各自", "负责")  # fmt: skip
_JOINERS = re.compile(r"[和及与]")
_SPACE = re.compile(r"\s+")


class UnitCell(NamedTuple):
    lead: tuple[str, ...]
    support: tuple[str, ...]
    mode: str
    unknown: tuple[str, ...]
    """Names the directory does not know, in the order met (also in lead/support
    as themselves, so the caller can give them ids)."""
    aliases: tuple[tuple[str, str], ...] = ()
    """(name, other name) of unknown names written "X（Y）"."""
    dropped: tuple[str, ...] = ()
    """Words of the cell left out because they name no one ("等", "等单位")."""


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


def _names(body: str, directory: Directory, dropped: list[str]) -> list[str]:
    """The unit and group names of a list, resolved where the directory knows
    them: 、 separates; 和/及/与 separate only where the whole does not resolve
    and the halves do or are two units (`_two_units`: 县人力资源和社会保障局 is
    one name, 区发改局和区财政局 two); a trailing 等 is dropped, and
    "县民政局等县政府部门" is 县民政局 and the vague group 等县政府部门."""
    out: list[str] = []
    for token in _split_outside(body, "、/"):
        if not token:
            continue
        out.extend(_token(token, directory, dropped))
    return out


# What may follow 等 without naming anyone: "县委宣传部等单位" is 县委宣传部.
_GENERIC_TAILS = ("单位", "部门", "有关单位", "相关单位", "相关部门")


def _token(token: str, directory: Directory, dropped: list[str]) -> list[str]:
    if directory.resolve(token) is not None:
        return [token]
    head, sep, tail = token.partition("等")
    if sep and (not tail or tail in _GENERIC_TAILS):
        dropped.append(sep + tail)
        return _token(head, directory, dropped) if head else []
    if sep and (directory.resolve("等" + tail) is not None or tail.endswith(("部门", "单位"))):
        return [*(_token(head, directory, dropped) if head else []), "等" + tail]
    pieces = [p for p in _JOINERS.split(token) if p]
    if len(pieces) > 1 and (
        all(directory.resolve(p) is not None for p in pieces) or _two_units(pieces)
    ):
        return pieces
    return [token]


# How a unit's name of any level begins: its level (省/市/区/县…, 中共, 国家) or 各.
# 市场 is no level: "市场监管局" begins with a field, not with 市.
_LEVEL = re.compile(r"^(?:[省市区县州盟旗镇乡各](?!场)|中共|国家)")


def _two_units(pieces: list[str]) -> bool:
    """ "区发改局和区财政局": 和/及/与 join two units when every half ends like a
    unit (`_unit_like`) and every half after the first starts with a level of
    its own. "县人力资源和社会保障局" is one (县人力资源 ends no unit; 社会保障局
    has no level), as is "区住房和城乡建设局"."""
    return all(_unit_like(p) for p in pieces) and all(_LEVEL.match(p) for p in pieces[1:])


def _unit_like(name: str) -> bool:
    return name.endswith(UNIT_ENDINGS) and not name.endswith(_NOT_ENDINGS)


# A wrapped line ends a unit name when, with its role phrase and a trailing 等
# taken off, it ends in one of these (区经济发展局, 县教体局, 消防大队, 人行, 县妇联,
# 省直各部门) or in a closed "（…）"; any other line is the first half of a long
# name wrapped by the table ("区自然资源与生态\n环境局") and is joined with the
# next. 市/县/区 are not endings: "中共淄博市\n委宣传部" is one name; nor is 社会
# ("县人力资源和社会\n保障局"), nor 城乡 ("区住房和城乡\n建设局": 城乡 is a field
# of many names, 城乡建设, 城乡规划, never a unit). A name the directory knows is
# joined whatever its lines end in; so is a line that continues its name
# (`_continues`) whatever the line before ends in.
UNIT_ENDINGS = ("局", "厅", "委", "办", "室", "院", "会", "部", "中心", "政府", "公司",
                "单位", "处", "科", "所", "站", "队", "馆", "部门", "行", "联", "协",
                "台", "团", "组", "校", "关", "企", "署", "镇", "乡", "街道", "机构")  # fmt: skip
_NOT_ENDINGS = ("社会", "城乡")
_SEPARATORS = "、，,；;。/"
_VAGUE_WORDS = ("有关", "相关", "其他", "其它")


def group_kind(name: str) -> str | None:
    """ "vague" for a name that names no one (省直有关部门, 区直有关单位,
    省直各相关部门, 等县政府部门), "each" for a group that means each of its
    members (各设区市, 各县（市、区）, 省直各部门, 县政府各部门: a 各 anywhere),
    None for a single unit."""
    if name.startswith("等") or any(word in name for word in _VAGUE_WORDS):
        return "vague"
    return "each" if "各" in name else None


def _balanced(text: str) -> bool:
    return text.count("（") <= text.count("）")


def _ends_a_name(piece: str, directory: Directory) -> bool:
    """Whether a line (or a run between spaces) of a cell ends a unit name."""
    if not _balanced(piece):
        return False
    if piece[-1] in _SEPARATORS:
        return True
    last = _split_outside(piece, "、，,；;/")[-1]
    body, _ = _strip_role(last)
    body = body.removesuffix("等")
    for tail in _GENERIC_TAILS:
        if body.endswith("等" + tail):
            body = body[: -len(tail) - 1]
            break
    if not body or body != last or body.endswith("）"):
        return True  # a role phrase or 等 ends the name; so does "（…）"
    if directory.resolve(body) is not None:
        return True
    return _unit_like(body)


# A line that is only an office names no one of its own: it is the office of
# the unit on the line before ("区人民政府\n办公室", "省人民政府\n办公厅",
# "区委机构编制委员会\n办公室").
_OFFICES = ("办公室", "办公厅")
# Branches of a vertical administration are named after the head body:
# "国家税务总局某某区税务局", "中国人民银行某某中心支行"; so a line that is the
# head body, followed by a line ending in its branch word, is one name.
_BRANCHES = {"国家税务总局": ("税务局", "税务分局"), "中国人民银行": ("支行", "分行")}


def _continues(before: str, line: str) -> bool:
    """Whether `line` of a cell continues the unit name `before` ends in
    rather than starting a name of its own: a bracket ("区委宣传部\n（区网信办）",
    X（Y）: no name starts with a bracket), a bare office, a branch of the head
    body on the line before."""
    last = _split_outside(before, _SEPARATORS)[-1]
    first = _strip_role(_split_outside(line, _SEPARATORS)[0])[0]
    if not last or not first:
        return False
    return (
        line.startswith("（")
        or first in _OFFICES
        or (last in _BRANCHES and first.endswith(_BRANCHES[last]))
    )


def _unwrap(text: str, directory: Directory) -> str:
    """The cell with its line breaks and spaces read: between two units they
    separate (、, or ， after a role phrase); inside a wrapped name they join.
    A bracket opening a piece belongs to the name before it: 福建省人民政府办公厅's
    2015 table prints "省编办 (省审改办)", the unit 省编办 under its other name."""
    pieces = [p for p in _SPACE.split(text.replace("(", "（").replace(")", "）")) if p]
    out = ""
    for i, piece in enumerate(pieces):
        joined = _split_outside(out, _SEPARATORS)[-1] + _split_outside(piece, _SEPARATORS)[0]
        known = directory.resolve(_strip_role(joined)[0]) is not None or _continues(out, piece)
        if i and not known and _ends_a_name(out, directory) and out[-1] not in _SEPARATORS:
            out += "，" if _strip_role(out)[1] else "、"
        out += piece
    return out


def _split_outside(text: str, separators: str) -> list[str]:
    """`text` split at `separators` outside （）: "各县（市、区）" is one name."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char == "（":
            depth += 1
        elif char == "）":
            depth = max(depth - 1, 0)
        elif depth == 0 and char in separators:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def _alias(name: str) -> tuple[str, str | None]:
    """ "区财政局（区国资委）": the unit 区财政局 whose other name is 区国资委. A
    group keeps its brackets (各镇（街道）, 各县（市、区）)."""
    if group_kind(name) or not name.endswith("）") or "（" not in name:
        return name, None
    head, _, other = name[:-1].partition("（")
    if not head or not other or "（" in other:
        return name, None
    return head, other


def read_cell(text: str, directory: Directory) -> UnitCell:
    """Lead, support and mode of a unit cell, refs as unit/group ids where known
    and as the written name otherwise (listed in `unknown`).

    Line breaks and spaces separate units unless they wrap a long name (see
    UNIT_ENDINGS); "A会同B、C" is A leading with B and C in support."""
    cell = _unwrap(text, directory)
    clauses = [c for c in _split_outside(cell, "，,；;。") if c]
    read = [_strip_role(c) for c in clauses]
    # "A牵头，B，C负责落实": a list split by commas takes the verb that ends it.
    following: str | None = None
    for i in range(len(read) - 1, -1, -1):
        body, role = read[i]
        if role is None:
            read[i] = (body, following)
        else:
            following = role
    # "A会同B、C（负责）": A leads, B and C support.
    split: list[tuple[str, str | None]] = []
    for body, role in read:
        head, sep, rest = body.partition("会同")
        if sep and head and rest:
            split += [(head, "lead"), (rest, "support")]
        else:
            split.append((body, role))
    any_lead = any(role == "lead" for _, role in split)
    lead: list[str] = []
    support: list[str] = []
    unknown: list[str] = []
    aliases: list[tuple[str, str]] = []
    dropped: list[str] = []
    for body, role in split:
        target = support if any_lead and role == "support" else lead
        for written in _names(body, directory, dropped):
            name, other = _alias(written)
            ref = directory.resolve(written) or directory.resolve(name)
            if ref is None and other is not None:
                ref = directory.resolve(other)
            if ref is None:
                ref = name
                if name not in unknown:
                    unknown.append(name)
                    if other is not None:
                        aliases.append((name, other))
            if ref not in lead and ref not in support:
                target.append(ref)
    each = "分别" in cell or any(
        (ref in directory.groups and not directory.groups[ref].vague)
        or (ref in unknown and group_kind(ref) == "each")
        for ref in lead
    )
    return UnitCell(
        tuple(lead),
        tuple(support),
        "each" if each else "joint",
        tuple(unknown),
        tuple(aliases),
        tuple(dropped),
    )


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
