"""`zwgk units rename/merge`: record a reorganisation (机构改革) in units.yaml.

A change is appended to the `changes:` list at the end of units.yaml; every
byte before it stays as the office wrote it (DESIGN.md: plan files are only
written as new files or by appending to `changes:`). The new file is checked by
reading it back before it replaces the old one, locked and atomically, as
`record` writes (`append.py`). What a change means for obligations lives in
`engine/lineage.py`; reading `changes:` lives in `units.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zwgk.errors import EXIT_DATA, EXIT_USAGE, ZwgkError, refused
from zwgk.i18n import t
from zwgk.ledger.append import rewrite, unparsable
from zwgk.ledger.layout import UNITS, display_path
from zwgk.ledger.load import Ledger
from zwgk.ledger.suggest import did_you_mean
from zwgk.ledger.units import id_problem, read_units
from zwgk.ledger.yamlio import YamlSyntaxError, dump_flow, line_end, parse
from zwgk.model.directory import Directory


@dataclass(frozen=True)
class NewChange:
    """What the clerk asked for, as typed: unit ids, names or aliases."""

    on: dt.date
    old: tuple[str, ...]
    new: str
    """The successor: an existing unit, or the new name."""
    new_id: str | None = None
    """The id of a successor the change creates."""
    basis: str | None = None
    merge: bool = False


@dataclass(frozen=True)
class Applied:
    path: Path
    shown: str
    mapping: dict[str, Any]
    line: str
    old: tuple[str, ...]
    new: str
    created: bool


def change_mapping(directory: Directory, change: NewChange) -> tuple[dict[str, Any], bool]:
    """The `changes:` entry for `change`, and whether it creates its successor.
    Refuses what `validate` would reject."""
    olds: list[str] = []
    for text in change.old:
        ref = directory.resolve(text)
        if ref is not None and ref in directory.groups:
            raise refused(t("reorg.group", name=text), t("reorg.group_hint"))
        unit = directory.resolve_unit(text)
        if unit is None:  # a bad argument, exit 2, as for every command
            hint = did_you_mean(directory.suggest(text))
            raise ZwgkError(t("units.change_unknown", unit=text), hint=hint, exit_code=EXIT_USAGE)
        gone = directory.successor(unit.id)
        if gone is not None:
            raise refused(
                t("reorg.already", unit=unit.name, on=gone[0], new=directory.name(gone[1])),
                t("reorg.already_hint"),
            )
        if unit.id in olds:
            raise refused(t("reorg.twice", unit=unit.name))
        olds.append(unit.id)
    if change.merge and len(olds) < 2:
        raise refused(t("units.merge_two"), t("reorg.merge_hint"))
    if not change.new.strip():
        raise refused(t("units.change_blank_name"), t("reorg.need_id_hint"))
    successor = directory.resolve_unit(change.new)
    created = successor is None
    if successor is not None:
        if successor.id in olds:
            raise refused(t("reorg.into_itself", unit=successor.name))
        gone = directory.successor(successor.id)
        if gone is not None:
            raise refused(
                t("reorg.already", unit=successor.name, on=gone[0], new=directory.name(gone[1])),
                t("reorg.into_gone_hint", new=directory.name(gone[1])),
            )
        if change.new_id is not None and change.new_id != successor.id:
            raise refused(
                t("reorg.id_mismatch", name=change.new, id=successor.id, given=change.new_id)
            )
        new_id = successor.id
    else:
        if directory.resolve(change.new) is not None:
            raise refused(t("reorg.group", name=change.new), t("reorg.group_hint"))
        if change.new_id is None:
            raise ZwgkError(
                t("reorg.need_id", name=change.new), hint=t("reorg.need_id_hint"),
                exit_code=EXIT_USAGE,
            )  # fmt: skip
        bad = id_problem(change.new_id)
        if bad is not None:
            raise refused(*bad)
        if directory.resolve(change.new_id) is not None:
            raise refused(t("units.change_exists", unit=change.new_id), t("reorg.id_taken_hint"))
        new_id = change.new_id
    for number, earlier in enumerate(directory.changes, 1):
        if earlier.on > change.on and (new_id in earlier.old or set(olds) & {earlier.new}):
            raise refused(t("reorg.out_of_order", on=change.on, earlier=earlier.on, n=number))
    mapping: dict[str, Any] = {"on": change.on}
    if change.merge:
        mapping.update({"merge": olds, "into": new_id})
    else:
        mapping.update({"rename": olds[0], "to": new_id})
    if created:
        mapping["name"] = change.new.strip()
    if change.basis:
        mapping["basis"] = change.basis
    return mapping, created


_CHANGES_KEY = re.compile(
    r"^changes:(?P<rest>[ \t]*[^#\r\n]*?)[ \t]*(?P<comment>#[^\r\n]*)?(?P<cr>\r?)$", re.MULTILINE
)
_TOP_KEY = re.compile(r"^[^\s#-][^:\n]*:", re.MULTILINE)
_ITEM = re.compile(r"^([ \t]*)- ", re.MULTILINE)


def appended(text: str, line: str, shown: str) -> str:
    """`text` with `line` added to its `changes:` list, at the end of the file.
    Only when `changes:` is missing or is the last top-level key, written as
    `changes: []` (which becomes `changes:`), empty, or a block list; anything
    else is refused rather than rewritten. New lines end as the file's do."""
    nl = line_end(text)
    if text and not text.endswith("\n"):
        text += nl
    found = list(_CHANGES_KEY.finditer(text))
    if not found:
        return f"{text}{nl}changes:{nl}  - {line}{nl}"
    key = found[-1]
    tail = text[key.end() :]
    if _TOP_KEY.search(tail):
        raise refused(t("reorg.not_last", path=shown), t("reorg.not_last_hint"))
    rest = key.group("rest").strip()
    if rest in ("[]", "null", "~"):
        comment = f" {key.group('comment')}" if key.group("comment") else ""
        text = f"{text[: key.start()]}changes:{comment}{key.group('cr')}{tail}"
    elif rest:
        raise refused(t("reorg.shape", path=shown), t("reorg.not_last_hint"))
    items = _ITEM.findall(tail)
    indent = items[0] if items else "  "
    return f"{text}{indent}- {line}{nl}"


def apply(ledger: Ledger, change: NewChange) -> Applied:
    """Check `change`, append it to units.yaml, and return what was written."""
    path = ledger.root / UNITS
    shown = display_path(ledger.root, path)
    mapping, created = change_mapping(ledger.directory, change)
    line = dump_flow(mapping)

    def with_change(before: str) -> str:
        after = appended(before, line, shown)
        _check_result(before, after, shown)
        return after

    rewrite(ledger.root, path, shown, with_change)
    olds = tuple(mapping["merge"] if change.merge else [mapping["rename"]])
    new = mapping["into"] if change.merge else mapping["to"]
    return Applied(path, shown, mapping, line, olds, new, created)


def _check_result(before: str, after: str, shown: str) -> None:
    """The new text must read as the old one plus exactly one more change, with
    no new error: otherwise nothing is written."""
    try:
        old_data, _ = parse(before, shown)
        new_data, _ = parse(after, shown)
    except YamlSyntaxError as exc:
        raise unparsable(exc) from None
    if not isinstance(old_data, dict) or not isinstance(new_data, dict):
        raise refused(t("reorg.shape", path=shown), t("reorg.not_last_hint"))
    old_changes = list(old_data.get("changes") or [])
    new_changes = list(new_data.get("changes") or [])
    rest_same = {k: v for k, v in old_data.items() if k != "changes"} == {
        k: v for k, v in new_data.items() if k != "changes"
    }
    if not rest_same or new_changes[:-1] != old_changes or len(new_changes) != len(old_changes) + 1:
        raise refused(t("reorg.shape", path=shown), t("reorg.not_last_hint"))
    known = {(f.code, f.message) for f in read_units(old_data, shown)[1]}
    for finding in read_units(new_data, shown)[1]:
        if finding.level == "error" and (finding.code, finding.message) not in known:
            raise ZwgkError(finding.message, hint=finding.hint, path=shown, line=finding.line,
                            exit_code=EXIT_DATA)  # fmt: skip
