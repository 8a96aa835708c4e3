"""The one YAML gateway: every ledger file is read (and, later, appended) here.

Files are parsed with PyYAML's safe C loader. Mappings and sequences come back as
`Mapping` and `Sequence`, plain `dict`/`list` subclasses that remember the
1-based line and column of themselves, of every value and of every key, so
that any later check can point a clerk at the exact spot. Nothing else in zwgk
imports `yaml`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from zwgk.errors import YamlSyntaxError
from zwgk.i18n import t
from zwgk.ledger.safefs import MAX_FILE, NotRegular, TooLarge, read_regular
from zwgk.model.values import shared_day

__all__ = ["Mapping", "NotUtf8", "Problem", "Sequence", "YamlSyntaxError", "load", "parse"]

# The C loader is an order of magnitude faster; the pure-Python one behaves the
# same and keeps zwgk usable where libyaml is missing.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Position = tuple[int, int]


class Mapping(dict[Any, Any]):
    """A YAML mapping with the positions of itself, its keys and its values."""

    line: int = 0
    col: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.value_pos: dict[Any, Position] = {}
        self.key_pos: dict[Any, Position] = {}

    def pos(self, key: Any) -> Position:
        """Where the value of `key` starts, or the mapping itself when absent."""
        return self.value_pos.get(key, (self.line, self.col))


class Sequence(list[Any]):
    """A YAML sequence with the positions of itself and of each item."""

    line: int = 0
    col: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.item_pos: list[Position] = []

    def pos(self, index: int) -> Position:
        if 0 <= index < len(self.item_pos):
            return self.item_pos[index]
        return (self.line, self.col)


class Problem:
    """A non-fatal problem the loader saw (e.g. a duplicate key)."""

    __slots__ = ("code", "col", "line", "message")

    def __init__(self, line: int, col: int, code: str, message: str) -> None:
        self.line = line
        self.col = col
        self.code = code
        self.message = message


def _mark(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    problems: list[Problem]

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # A node met twice is an alias (*name). Ledger files have no use for
        # them, and a "billion laughs" file of nested aliases would make every
        # later walk over the data take exponential time: refused.
        if node in self.constructed_objects:
            raise yaml.constructor.ConstructorError(None, None, t("yaml.alias"), node.start_mark)
        return super().construct_object(node, deep)


# YAML 1.1 reads yes/no/on/off as booleans, so DESIGN.md's bare `no: 21` and
# `on: "07-31"` keys would become False/True. Ledger files follow YAML 1.2 here:
# only true/false are booleans.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _construct_bool(loader: _Loader, node: yaml.ScalarNode) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    result = Mapping()
    result.line, result.col = _mark(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, t("yaml.unhashable_key"), key_node.start_mark
            ) from None
        if key in result:
            line, col = _mark(key_node)
            loader.problems.append(
                Problem(line, col, "duplicate-key", t("yaml.duplicate_key", key=key))
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_pos[key] = _mark(key_node)
        result.value_pos[key] = _mark(value_node)
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> Sequence:
    result = Sequence()
    result.line, result.col = _mark(node)
    for child in node.value:
        result.append(loader.construct_object(child, deep=True))
        result.item_pos.append(_mark(child))
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    # An impossible date such as 2018-02-30 matches the timestamp pattern but
    # cannot be built; keep the text so the schema reports it with its position.
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


MAX_INT_CHARS = 100
"""The longest integer a ledger file may write. The longest real ones are
18-digit ID numbers in a note; Python refuses to turn more than 4,300 digits
into an int (and a hex or base-60 number of a few thousand characters is a
value no message can print), so a longer one is refused at its position."""


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    if len(str(node.value)) > MAX_INT_CHARS:
        raise yaml.constructor.ConstructorError(
            None, None, t("yaml.int_too_long", limit=MAX_INT_CHARS), node.start_mark
        )
    value: int = yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    return value


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


MAX_DEPTH = 64
"""Deeper nesting than any ledger file needs; the C parser would overflow the
stack (a crash, not an error) on nesting in the tens of thousands."""

_FLOW = re.compile(r"[\[\]{}]")
_DEEP_INDENT = re.compile(rf"^ {{{2 * MAX_DEPTH},}}\S", re.MULTILINE)
_DEEP_INLINE = re.compile(rf"(?:[-?:][ \t]+){{{MAX_DEPTH}}}")


def _too_deep(text: str) -> int | None:
    """The line where nesting goes deeper than MAX_DEPTH, or None. Counts
    brackets anywhere (a bracket in a quoted note counts too: harmless for any
    real note), deep indentation, and long runs of `- - -` on one line."""
    depth = 0
    for match in _FLOW.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        if depth > MAX_DEPTH:
            return text.count("\n", 0, match.start()) + 1
    for pattern in (_DEEP_INDENT, _DEEP_INLINE):
        found = pattern.search(text)
        if found is not None:
            return text.count("\n", 0, found.start()) + 1
    return None


def parse(text: str, path: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text; raise `YamlSyntaxError` with the parser's position."""
    deep = _too_deep(text)
    if deep is not None:
        raise YamlSyntaxError(path, deep, 1, t("yaml.too_deep", depth=MAX_DEPTH))
    loader = _Loader(text)
    loader.problems = []
    try:
        data = loader.get_single_data()
    except RecursionError:
        raise YamlSyntaxError(path, 1, 1, t("yaml.too_deep", depth=MAX_DEPTH)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = exc.problem or exc.context or str(exc)
        raise YamlSyntaxError(path, line, col, problem) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(path, 1, 1, str(exc)) from None
    finally:
        loader.dispose()
    return data, loader.problems


# --- the fast path for progress files ----------------------------------------
#
# A city ledger holds a hundred thousand entries; the general parser spends most
# of its time building Python objects for every node. Progress files are almost
# always in the shapes `zwgk record` and clerks write (DESIGN.md shows them): a
# block list of flat mappings whose values are scalars (plain, quoted, `|` or `>`
# blocks, a comment after them) or lists of scalars (block lists indented by two
# or four, flow lists `[a, b]`). For exactly those shapes, a line scanner gives
# the same values the YAML loader would (the same resolver decides what a plain
# scalar is); anything else (nested or multi-line flow collections, multi-line
# plain or quoted scalars, rare escapes, anchors, tags, tabs, odd line breaks)
# returns None and the caller parses the file normally, with every finding at
# the loader's own line and column.
#
# Why no faster YAML library for the rest: the files that still reach the C
# loader are the rare ones (an anchor, a tag, a quoted note over two lines,
# a file with a mistake), and the loader is what gives every finding its
# line and column and refuses aliases; a replacement would have to do both
# and be vetted as safe, for files that are not where the time goes.

_FAIL = object()
_KEY_LINE = re.compile(r"(- |  )([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?\Z")
_ITEM_LINE = re.compile(r"(  |    )- +(.*)\Z")
_ODD = re.compile("[\x00-\x08\x0b\x0c\r\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\t]")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DECIMAL = re.compile(r"[1-9][0-9]*\Z")
_INDICATORS = frozenset("-?:,[]{}#&*!|>%@`")
_STR_TAG = "tag:yaml.org,2002:str"
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"(?: *| +#.*)\Z')
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?: *| +#.*)\Z")
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPES = {"\\\\": "\\", '\\"': '"', "\\/": "/", "\\n": "\n", "\\t": "\t", "\\ ": " "}
_FLOW_LIST = re.compile(r"\[([^\[\]{}#]*)\](?: *| +#.*)\Z")
_BLOCK = re.compile(r"([|>])([-+]?)(?: *)\Z")
_SPACES = re.compile(r" *")
_RESOLVERS = {
    first: [*resolvers, *_Loader.yaml_implicit_resolvers.get(None, [])]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}
_ANY_RESOLVERS = _Loader.yaml_implicit_resolvers.get(None, [])
_TEXT_BEYOND_ASCII = not _ANY_RESOLVERS and all(first < "\x80" for first in _RESOLVERS)
"""No resolver looks at a plain value that starts beyond ASCII: it is text."""


_DAYS: dict[str, dt.date] = {}
"""Dates already read, by their text: a ledger's entries share a few thousand
days, so a million entries hold a few thousand date objects, not millions
(the same objects as every other reader's: `values.shared_day`)."""


def _plain(raw: str) -> Any:
    """A plain scalar as the loader resolves it, or _FAIL when unsure."""
    day = _DAYS.get(raw)
    if day is not None:
        return day
    if raw[0] in _INDICATORS or " #" in raw or ": " in raw or raw.endswith(":"):
        return _FAIL
    tag = _STR_TAG
    for candidate, regexp in _RESOLVERS.get(raw[0], _ANY_RESOLVERS):
        if regexp.match(raw):
            tag = candidate
            break
    if tag == _STR_TAG:
        return raw
    if tag.endswith(":timestamp") and _DATE_ONLY.match(raw):
        try:
            day = _DAYS[raw] = shared_day(dt.date.fromisoformat(raw))
        except ValueError:
            return _FAIL
        return day
    if tag.endswith(":int") and _DECIMAL.match(raw) and len(raw) <= MAX_INT_CHARS:
        return int(raw)
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return raw.lower() == "true"
    return _FAIL


def _unescape(match: re.Match[str]) -> str:
    found = match.group()
    simple = _ESCAPES.get(found)
    if simple is not None:
        return simple
    if found[1] in "xuU" and len(found) > 2:
        char = chr(int(found[2:], 16))
        if not _ODD.match(char) and not "\ud800" <= char <= "\udfff":
            return char
    raise ValueError(found)  # anything rarer: the loader decides


def _scalar(raw: str) -> Any:
    """One value written on the rest of its line (a comment after it
    allowed), as the loader reads it; _FAIL when it is not that simple."""
    first = raw[0] if raw else ""
    if (
        first >= "\x80"
        and _TEXT_BEYOND_ASCII
        and " #" not in raw
        and ": " not in raw
        and raw[-1] not in ": "
    ):
        # Chinese text, the most common value by far: no resolver starts with
        # a character beyond ASCII, so it is text (what `_plain` decides).
        return raw
    known = _SEEN.get(raw, _FAIL)
    if known is not _FAIL:
        return known
    value = _scalar_of(raw, first)
    if len(raw) <= _SEEN_LONGEST and len(_SEEN) < _SEEN_MOST and value is not _FAIL:
        _SEEN[raw] = value
    return value


_SEEN: dict[str, Any] = {}
"""Short values already read (`'21.1'`, `2019-08-16  # 公开日期`, `done`):
a ledger repeats a few thousand of them over and over, and each reads the
same every time (all are immutable: text, dates, numbers, None)."""
_SEEN_LONGEST = 40
_SEEN_MOST = 100_000


def _scalar_of(raw: str, first: str) -> Any:
    if first == "'":
        match = _SINGLE.match(raw)
        return _FAIL if match is None else match.group(1).replace("''", "'")
    if first == '"':
        match = _DOUBLE.match(raw)
        if match is None:
            return _FAIL
        inner = match.group(1)
        if "\\" not in inner:
            return inner
        try:
            return _ESCAPE.sub(_unescape, inner)
        except ValueError:
            return _FAIL
    cut = raw.find(" #")
    if cut >= 0:
        raw = raw[:cut]
    raw = raw.rstrip(" ")
    if not raw:
        return None
    return _plain(raw)


def _flow_list(raw: str) -> Any:
    """`[a, b]` on one line, of plain or quoted scalars; _FAIL otherwise."""
    match = _FLOW_LIST.match(raw)
    if match is None:
        return _FAIL
    inside = match.group(1).strip(" ")
    if not inside:
        return []
    items = []
    for piece in inside.split(","):
        piece = piece.strip(" ")
        if not piece or (piece[0] in "'\"" and ("'" in piece[1:-1] or '"' in piece[1:-1])):
            return _FAIL  # `[a,]`, `[, a]`; a quote that may hold a comma
        value = _scalar(piece)
        if value is _FAIL or (value is None and piece not in ("~", "null")):
            return _FAIL
        items.append(value)
    return items


def _block(header: re.Match[str], lines: list[str], at: int, ends: bool) -> tuple[Any, int]:
    """A `|` or `>` block scalar whose header is on line index `at - 1`, as
    the loader reads it, and the index after it; (_FAIL, at) when unsure.
    `ends`: whether the text ends with a line break."""
    style, chomp = header.groups()
    indent = 0
    rows: list[str] = []
    end = at
    while end < len(lines):
        line = lines[end]
        if not line.strip(" "):
            if indent and len(line) > indent:
                return _FAIL, at  # spaces that belong to the text: rare, careful path
            rows.append("")
            end += 1
            continue
        lead = _SPACES.match(line).end()  # type: ignore[union-attr]
        if not indent:
            if lead < 3:
                break
            indent = lead
        if lead < indent:
            break
        if style == ">" and lead > indent:
            return _FAIL, at  # more-indented lines fold differently
        rows.append(line[indent:])
        end += 1
    if not indent:
        return _FAIL, at  # an empty block: let the loader say what it is
    if end == len(lines) and not ends:
        return _FAIL, at  # no final line break: its chomping differs
    trailing = 0
    while rows and not rows[-1]:
        rows.pop()
        trailing += 1
    if end == len(lines):
        trailing -= 1  # text.split("\n") gives "" after the final break
        end -= 1
    if style == "|":
        body = "\n".join(rows)
    else:
        parts: list[str] = []
        blank = 0
        for row in rows:
            if not row:
                blank += 1
                continue
            if parts:
                parts.append("\n" * blank if blank else " ")
            elif blank:
                parts.append("\n" * blank)
            parts.append(row)
            blank = 0
        body = "".join(parts)
    if chomp == "-":
        return body, end
    if chomp == "+":
        return body + "\n" * (trailing + 1), end
    return body + "\n", end


class _OpenList(list[Any]):
    """A key with no value yet: list items may follow."""


def fast_entries(text: str) -> list[tuple[int, dict[str, Any]]] | None:
    """(line, fields) of every entry of a progress file in the shapes `record`
    and clerks write, or None when the file is anything else (the YAML loader
    then decides)."""
    if "\r" in text:
        # Windows editors end lines with CR LF; YAML reads that break as a
        # plain one, in values too. A CR alone is left to the loader.
        text = text.replace("\r\n", "\n")
    if _ODD.search(text):
        return None
    entries: list[tuple[int, dict[str, Any]]] = []
    pos, line, size = 0, 1, len(text)
    common, count = _COMMON.match, text.count
    while pos < size:
        found = common(text, pos)
        fields = _common_fields(found) if found is not None else None
        if found is None or fields is None:
            # From here to the next entry (the entry at `pos` included): the
            # line scanner, which reads every shape the fast path reads.
            first = pos if text.startswith("- ", pos) else text.find("\n- ", pos) + 1 or size
            after = text.find("\n- ", first) + 1 or size
            if not _scan(text[pos:after], line, entries):
                return None
            line += count("\n", pos, after)
            pos = after
            continue
        entries.append((line + found.group(1).count("\n"), fields))
        line += count("\n", pos, found.end())
        pos = found.end()
    return entries


# The entry as `record` writes it, and as clerks mostly do: its keys in
# record's order, each value on its line (a `|` note indented by four, a list
# in flow style or as a block list): one match for the whole entry, every
# value then read by `_scalar` exactly as the line scanner reads it. Whatever
# differs in the least (another order, another key, spaces, a comment line
# inside) does not match, and the line scanner reads that entry.
_VALUE = r":[ ]+([^ \n\[|>#][^\n]*)\n"  # what `_KEY_LINE` takes as the value
_COMMON = re.compile(
    r"((?:\n|\#[^\n]*\n)*)"  # empty lines and comments before the entry
    rf"- req{_VALUE}  date{_VALUE}  status{_VALUE}"
    rf"(?:  period{_VALUE})?(?:  event{_VALUE})?(?:  from{_VALUE})?"
    rf"(?:  to{_VALUE})?(?:  until{_VALUE})?"
    rf"(?:  note:[ ]\|\n((?:[ ]{{4}}[^ \n][^\n]*\n)+)|  note{_VALUE})?"
    r"(?:  evidence:[ ](\[[^\n]*)\n"
    r"|  evidence:\n((?:[ ]{2}-[ ][^ \n][^\n]*\n)+|(?:[ ]{4}-[ ][^ \n][^\n]*\n)+))?"
    rf"(?:  approved_by{_VALUE})?(?:  by{_VALUE})?(?:  pii_ok{_VALUE})?"
    r"(?=\n*(?:-[ ]|\#|\Z))"  # and nothing more of it: the next entry, a comment, the end
)
_OPTIONAL_KEYS = ("period", "event", "from", "to", "until")


def _common_fields(found: re.Match[str]) -> dict[str, Any] | None:
    """The fields of an entry `_COMMON` matched; None when a value is not
    that simple after all (the line scanner then decides)."""
    (_, req, date, status, period, event, start, stop, until, block, note, flow, items,
     approved_by, by, pii_ok) = found.groups()  # fmt: skip
    scalar, seen, fail = _scalar, _SEEN.get, _FAIL
    # The values a ledger repeats (ids, dates, statuses) are known after the
    # first few entries: one look-up each.
    fields = {
        "req": seen(req, fail),
        "date": seen(date, fail),
        "status": seen(status, fail),
    }
    if fields["req"] is fail:
        fields["req"] = scalar(req)
    if fields["date"] is fail:
        fields["date"] = scalar(date)
    if fields["status"] is fail:
        fields["status"] = scalar(status)
    if period or event or start or stop or until:
        for key, raw in zip(_OPTIONAL_KEYS, (period, event, start, stop, until), strict=True):
            if raw is not None:
                fields[key] = scalar(raw)
    if block is not None:  # `|`, clipped: its lines without their four spaces, one break after
        fields["note"] = block[4:].replace("\n    ", "\n")
    elif note is not None:
        fields["note"] = scalar(note)
    if flow is not None:
        fields["evidence"] = _flow_list(flow)
    elif items is not None:
        cut = items.index("-") + 2
        listed = [scalar(item[cut:]) for item in items[:-1].split("\n")]
        fields["evidence"] = fail if fail in listed else listed
    if approved_by or by or pii_ok:
        for key, raw in (("approved_by", approved_by), ("by", by), ("pii_ok", pii_ok)):
            if raw is not None:
                fields[key] = scalar(raw)
    return None if fail in fields.values() else fields


def _scan(text: str, first_line: int, entries: list[tuple[int, dict[str, Any]]]) -> bool:
    """The line scanner: the entries of `text` (lines from `first_line` on)
    appended to `entries`; False when a line is in no shape it reads."""
    known = len(entries)
    current: dict[str, Any] | None = None
    open_key: str | None = None
    item_indent = ""
    lines = text.split("\n")
    ends = text.endswith("\n")
    key_line, scalar = _KEY_LINE.match, _scalar
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        match = key_line(line)  # most lines: tried first
        if match is not None:
            lead, key, raw = match.groups()
            if lead == "- ":
                current = {}
                entries.append((first_line - 1 + index, current))
            elif current is None:
                return False
            if key in current:
                return False  # a duplicate key: the loader reports it
            open_key = None
            if not raw or raw[0] == "#":  # `key:`, `key:   `, `key:  # comment`
                value: Any = _OpenList()
                open_key = key
            elif raw[0] == "[":
                value = _flow_list(raw)
            elif raw[0] in "|>":
                header = _BLOCK.match(raw)
                if header is None:
                    return False
                value, index = _block(header, lines, index, ends)
            else:
                value = scalar(raw)
            if value is _FAIL:
                return False
            current[key] = value
            item_indent = ""
            continue
        stripped = line.strip(" ")
        if not stripped or (stripped[0] == "#" and line[:2] != "- "):
            continue
        item = _ITEM_LINE.match(line)
        if item is None or current is None or open_key is None:
            return False
        if item_indent and item.group(1) != item_indent:
            return False  # a deeper "- " would continue the item above
        item_indent = item.group(1)
        value = scalar(item.group(2))
        if value is _FAIL:
            return False
        current[open_key].append(value)
    for _, fields in entries[known:]:
        for key, value in fields.items():
            if isinstance(value, _OpenList):
                fields[key] = list(value) if value else None
    return True


def read_text(path: Path, shown: str) -> str:
    """Read a ledger file as UTF-8 (a BOM is allowed), naming it in any error;
    as every ledger file is read (`safefs.read_regular`): never through a
    link, never waiting on a pipe, never more than a ledger file may hold."""
    try:
        raw = read_regular(path, MAX_FILE)
    except TooLarge as exc:
        raise too_large(shown, exc.size) from None
    except NotRegular:
        raise YamlSyntaxError(shown, 1, 1, t("ledger.not_regular")) from None
    except OSError as exc:
        raise YamlSyntaxError(shown, 1, 1, t("yaml.unreadable", error=exc.strerror)) from None
    return decode(raw, shown)


def too_large(shown: str, size: int) -> YamlSyntaxError:
    """A ledger file of `size` bytes, over MAX_FILE: not read."""
    return YamlSyntaxError(
        shown, 1, 1, t("yaml.too_large", size=size // 1024 // 1024, limit=MAX_FILE >> 20)
    )


Foreign = Literal["gb18030", "utf-16"]
"""What a ledger file may have been saved as instead of UTF-8, and read back:
GB18030 (GBK's superset: Chinese Windows' "ANSI", which Notepad, WPS and
older editors save by default) and UTF-16 with its BOM (Notepad's "Unicode")."""


class NotUtf8(YamlSyntaxError):
    """Ledger bytes that are not UTF-8, at the first byte that is not.
    `encoding`: what the file is instead when it reads whole as one an office
    editor saves (`foreign_encoding`), else None; `hint`: the fix."""

    def __init__(self, path: str, line: int, col: int, encoding: Foreign | None) -> None:
        if encoding is None:
            message, hint = t("yaml.not_utf8"), t("yaml.not_utf8_hint")
        else:
            name = t(f"yaml.encoding_{encoding}")
            message = t("yaml.not_utf8_but", encoding=name)
            hint = t("yaml.not_utf8_but_hint", path=path)
        super().__init__(path, line, col, message)
        self.encoding = encoding
        self.hint = hint


def foreign_encoding(raw: bytes) -> Foreign | None:
    """The encoding of `Foreign` that bytes which are not UTF-8 are in, or None.

    UTF-16 only with its BOM (nothing else tells it from bytes). GB18030
    reads most byte strings, so only when no line reads as Chinese in UTF-8:
    a UTF-8 file with a line typed in a GBK editor is both, and converting it
    whole would garble its UTF-8 lines. (A short GBK line may be valid UTF-8
    by chance, "通知" is, but then it reads as odd letters, not as Chinese.)"""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return "utf-16"
    if raw.startswith(codecs.BOM_UTF8):
        return None  # a file that says it is UTF-8, with lines that are not
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    for line in raw.splitlines():
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if all(char.isascii() or _CHINESE.match(char) for char in text):
            return None  # this line is Chinese in UTF-8: a mixed file
    return "gb18030"


_CHINESE = re.compile("[\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
"""What Chinese text holds beyond ASCII: CJK ideographs, CJK and general
punctuation (、。“”…), full-width forms (，：（）)."""


def decode(raw: bytes, shown: str) -> str:
    """Ledger bytes as text: UTF-8, a BOM allowed; the position of bad bytes,
    and what the file is instead when that is known (GBK, UTF-16)."""
    if len(raw) > MAX_FILE:
        raise too_large(shown, len(raw))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise NotUtf8(shown, line, col, foreign_encoding(raw)) from None


def load(path: Path, shown: str) -> tuple[Any, list[Problem]]:
    """Read and parse one ledger file; `shown` is the path printed in messages."""
    return parse(read_text(path, shown), shown)


def load_bytes(raw: bytes, shown: str) -> tuple[Any, list[Problem]]:
    """Parse one ledger file's bytes (read from git, say)."""
    return parse(decode(raw, shown), shown)


def dump_entry(entry: dict[str, Any]) -> str:
    """One progress entry as a YAML list item, ready to append to a file.

    Strings that would read back as something else (`"21.1"`, `"2018"`) come
    out quoted; dates as ISO dates; Chinese as itself, not escapes."""
    return yaml.dump(
        [entry],
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1000,
    )


def line_end(text: str) -> str:
    """The line break a file mostly uses ("\n", "\r\n" or "\r"), so that what
    zwgk adds matches what the office's editor wrote; "\n" for a new file."""
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(counts, key=lambda end: counts[end])  # a tie keeps "\n", the first


@dataclass(frozen=True)
class NoAppend:
    """Why `appended_item` cannot append."""

    reason: Literal["shape", "old-changes"]
    """`shape`: the file holds no block list to extend (a mapping, a flow list
    with items). `old-changes`: the file would then read an old item
    differently (a `|` block on the last line, without a final line break,
    gains the line break the append must add)."""


def appended_item(text: str, item: str, path: str) -> str | NoAppend:
    """`text`, a file holding one YAML list (or nothing yet), with `item` (one
    block-list item as `dump_entry` writes it) added as the list's last item.

    What is there stays byte for byte: the item goes after the last line
    (a missing final line break is added first), or before a document-end
    marker `...`; it is indented as the list is and written with the file's
    line breaks; an empty flow list `[]` is taken out. One exception: a file
    that ends, without a final line break, in a `|` or `>` block (Notepad
    saves no final line break) would have that line break read into the
    block, so the block's header says to strip it (`|` becomes `|-`): the old
    entry then reads exactly as before. The result is parsed back and
    returned only when it reads as exactly the old items plus this one;
    otherwise the reason. Raises `YamlSyntaxError` when `text` does not
    parse."""
    old, _ = parse(text, path)
    added, _ = parse(item, path)
    if old is not None and not isinstance(old, list):
        return NoAppend("shape")
    if not isinstance(added, list) or len(added) != 1:
        raise ValueError("appended_item takes one list item")
    expected = [*(old or []), *added]
    events = list(yaml.parse(text, Loader=_BaseLoader))  # parses: checked above
    top = next((e for e in events if isinstance(e, yaml.NodeEvent)), None)
    indent = 0
    if isinstance(top, yaml.SequenceStartEvent):
        if top.flow_style:
            if old:
                return NoAppend("shape")  # `[a, b]`: the clerk rewrites it as a block list
            end = _matching_end(events, top)
            return appended_item(text[: _index(top)] + text[end:], item, path)
        indent = int(getattr(top.start_mark, "column", 0))
    ends = [e for e in events if isinstance(e, yaml.DocumentEndEvent) and e.explicit]
    at = _index(ends[-1]) if ends else len(text)
    newline = line_end(text)
    lines = re.findall(r"[^\n]*\n|[^\n]+", item)
    piece = "".join(" " * indent + line if line.strip() else line for line in lines)
    piece = piece.replace("\n", newline)
    found = _read_back(text[:at], piece, text[at:], newline, expected, path)
    if found == NoAppend("old-changes") and not text[:at].endswith(("\n", "\r")):
        stripped = _final_block_stripped(text[:at], events)
        if stripped is not None:
            again = _read_back(stripped, piece, text[at:], newline, expected, path)
            found = again if isinstance(again, str) else found
    return found


def _read_back(
    head: str, piece: str, tail: str, newline: str, expected: list[Any], path: str
) -> str | NoAppend:
    """`head` (given a final line break) + `piece` + `tail`, when it reads as
    the `expected` items; otherwise why not."""
    if head and not head.endswith(("\n", "\r")):
        head += newline
    result = head + piece + tail
    try:
        new, _ = parse(result, path)
    except YamlSyntaxError:
        return NoAppend("shape")
    if new == expected:
        return result
    if isinstance(new, list) and new[: len(expected) - 1] != expected[:-1]:
        return NoAppend("old-changes")
    return NoAppend("shape")


_BLOCK_HEADER = re.compile(r"[|>]([1-9]?)([+-]?)([1-9]?)")


def _final_block_stripped(head: str, events: list[yaml.Event]) -> str | None:
    """`head`, whose last value is a `|` or `>` block without a final line
    break, with that block's header set to strip the line break an append
    adds (`|` or `|+` becomes `|-`, an indentation digit kept); None when its
    last value is no such block."""
    scalars = [e for e in events if isinstance(e, yaml.ScalarEvent) and _index(e) < len(head)]
    if not scalars or scalars[-1].style not in ("|", ">"):
        return None
    at = _index(scalars[-1])
    header = _BLOCK_HEADER.match(head, at)
    if header is None or header.group(2) == "-":
        return None
    digits = header.group(1) + header.group(3)
    return head[: at + 1] + digits + "-" + head[header.end() :]


def _matching_end(events: list[yaml.Event], start: yaml.Event) -> int:
    """Where the collection opened by `start` closes (index after its `]`)."""
    depth = 0
    for event in events[events.index(start) :]:
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            if depth == 0:
                return _index(event, end=True)
    raise AssertionError("a parsed text closes every collection it opens")


def _index(event: yaml.Event, end: bool = False) -> int:
    """Where in the text `event` starts (or ends): a character index."""
    mark = event.end_mark if end else event.start_mark
    assert mark is not None, "the parser marks every event"
    return int(mark.index)


def dump_flow(mapping: dict[str, Any]) -> str:
    """A mapping as one flow-style line, `{on: 2019-03-01, rename: a, to: b}`,
    as units.yaml writes its items. Keys stay plain (PyYAML would quote `on`, a
    YAML 1.1 boolean; zwgk reads YAML 1.2 booleans only); each value is quoted
    as a flow context needs."""
    return "{" + ", ".join(f"{key}: {flow_value(value)}" for key, value in mapping.items()) + "}"


def flow_value(value: Any) -> str:
    """One value as YAML text that reads back as itself anywhere, in a flow
    mapping or after `key: ` (a title with a colon comes out quoted)."""
    dumped: str = yaml.dump(
        {"k": value},
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        default_flow_style=True,
        allow_unicode=True,
        width=1 << 20,
    )
    return dumped.strip()[len("{k: ") : -1]
