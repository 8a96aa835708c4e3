"""Checks of the units directory (`data/units.yaml`) and of the units progress
files are named after."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from zwgk.checks.issue import UNITS_PATH, Issue
from zwgk.i18n import t
from zwgk.ledger.load import Ledger
from zwgk.ledger.suggest import did_you_mean


def group_members(ledger: Ledger) -> Iterator[Issue]:
    directory = ledger.directory
    for group in directory.groups.values():
        if group.vague:
            continue
        if not group.members and group.kind is None:
            yield Issue(
                UNITS_PATH,
                group.line,
                t("check.empty_group", id=group.id),
                t("check.empty_group_hint"),
            )
        for member in group.members:
            if member not in directory.units:
                yield Issue(
                    UNITS_PATH,
                    group.line,
                    t("check.unknown_member", id=group.id, member=member),
                    did_you_mean(directory.suggest(member), t("check.define_unit")),
                )


def progress_unit(ledger: Ledger) -> Iterator[Issue]:
    """A progress file named after a unit that does not exist (once per file)."""
    known = ledger.directory.units
    if known.keys() >= set(map(attrgetter("unit"), ledger.entries)):
        return  # the common case, without a Python step per entry
    reported: set[str] = set()
    for entry in ledger.entries:
        if entry.unit not in ledger.directory.units and entry.path not in reported:
            reported.add(entry.path)
            hint = did_you_mean(ledger.directory.suggest(entry.unit), t("check.define_unit"))
            yield Issue(entry.path, 1, t("check.progress_unknown_unit", unit=entry.unit), hint)
