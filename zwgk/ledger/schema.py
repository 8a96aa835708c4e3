"""Reading typed fields out of parsed YAML, collecting findings on the way.

The per-file readers (`units.py`, `plan.py`, `progress.py`) describe what they
expect with these helpers; every wrong type, missing field or unknown key
becomes a `Finding` at the value's own position, and reading goes on so that
one run reports everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from zwgk.i18n import t
from zwgk.ledger.yamlio import Mapping, Position, Sequence
from zwgk.model.findings import Finding, Level
from zwgk.model.values import as_date

_TYPE_NAMES = {
    "str": "type.str",
    "int": "type.int",
    "date": "type.date",
    "list": "type.list",
    "mapping": "type.mapping",
    "bool": "type.bool",
}


def type_name(kind: str) -> str:
    return t(_TYPE_NAMES[kind])


def describe_value(value: Any) -> str:
    """How a clerk would recognise the wrong value: its YAML-ish type."""
    if value is None:
        return t("type.null")
    if isinstance(value, bool):
        return t("type.bool")
    if isinstance(value, int):
        return t("type.int")
    if isinstance(value, float):
        return t("type.float")
    if isinstance(value, dt.date):
        return t("type.date")
    if isinstance(value, list):
        return t("type.list")
    if isinstance(value, dict):
        return t("type.mapping")
    return t("type.str")


class Reader:
    """Collects findings for one file while its content is read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def add(self, pos: Position, level: Level, code: str, message: str, hint: str = "") -> None:
        self.findings.append(Finding(self.path, pos[0], pos[1], level, code, message, hint))

    def error(self, pos: Position, code: str, message: str, hint: str = "") -> None:
        self.add(pos, "error", code, message, hint)

    def warning(self, pos: Position, code: str, message: str, hint: str = "") -> None:
        self.add(pos, "warning", code, message, hint)

    # --- shapes -----------------------------------------------------------

    def wrong_type(self, pos: Position, what: str, expected: str, value: Any) -> None:
        self.error(
            pos,
            "wrong-type",
            t(
                "schema.wrong_type",
                what=what,
                expected=type_name(expected),
                got=describe_value(value),
            ),
            t("schema.wrong_type_hint", expected=type_name(expected)),
        )

    def as_mapping(self, value: Any, pos: Position, what: str) -> Mapping | None:
        if isinstance(value, Mapping):
            return value
        self.wrong_type(pos, what, "mapping", value)
        return None

    def as_sequence(self, value: Any, pos: Position, what: str) -> Sequence | None:
        if isinstance(value, Sequence):
            return value
        self.wrong_type(pos, what, "list", value)
        return None

    def keys(self, m: Mapping, allowed: Iterable[str], required: Iterable[str], what: str) -> bool:
        """Report unknown and missing keys; False when a required key is missing."""
        allowed_set = set(allowed)
        for key in m:
            if key not in allowed_set:
                self.error(
                    m.key_pos.get(key, (m.line, m.col)),
                    "unknown-key",
                    t("schema.unknown_key", key=key, what=what),
                    t("schema.unknown_key_hint", allowed=", ".join(sorted(allowed_set))),
                )
        complete = True
        for key in required:
            value = m.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                complete = False
                self.error(
                    (m.line, m.col),
                    "missing-field",
                    t("schema.missing_field", key=key, what=what),
                    t("schema.missing_field_hint", key=key),
                )
        return complete

    # --- scalars ----------------------------------------------------------

    def text(self, m: Mapping, key: str, what: str) -> str | None:
        """A string field; numbers are refused so a clerk quotes what they meant."""
        value = m.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        self.wrong_type(m.pos(key), f"{what} {key}", "str", value)
        return None

    def ident(self, m: Mapping, key: str, what: str) -> str | None:
        """An id: always a string. `21.10` unquoted would be the float 21.1."""
        value = m.get(key)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.error(
                m.pos(key),
                "non-string-id",
                t("schema.non_string_id", key=key, what=what, value=value),
                t("schema.non_string_id_hint", key=key, value=value),
            )
            return None
        self.wrong_type(m.pos(key), f"{what} {key}", "str", value)
        return None

    def integer(self, m: Mapping, key: str, what: str) -> int | None:
        value = m.get(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.wrong_type(m.pos(key), f"{what} {key}", "int", value)
        return None

    def boolean(self, m: Mapping, key: str, what: str) -> bool | None:
        value = m.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.wrong_type(m.pos(key), f"{what} {key}", "bool", value)
        return None

    def date(self, m: Mapping, key: str, what: str) -> dt.date | None:
        return self.date_value(m.get(key), m.pos(key), f"{what} {key}")

    def date_value(self, value: Any, pos: Position, what: str) -> dt.date | None:
        if value is None:
            return None
        day = as_date(value)
        if day is not None:
            return day
        self.error(
            pos,
            "bad-date",
            t("schema.bad_date", what=what, value=value),
            t("schema.bad_date_hint"),
        )
        return None

    def text_list(self, m: Mapping, key: str, what: str) -> tuple[str, ...]:
        """A list of strings; a single string is accepted as a list of one."""
        value = m.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        seq = self.as_sequence(value, m.pos(key), f"{what} {key}")
        if seq is None:
            return ()
        out: list[str] = []
        for i, item in enumerate(seq):
            if isinstance(item, str):
                out.append(item)
            else:
                self.wrong_type(seq.pos(i), f"{what} {key}", "str", item)
        return tuple(out)
