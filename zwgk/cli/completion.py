"""Shell completion from the ledger: requirement ids, units by id, name and
alias, task numbers, parts, event names, status codes.

`zwgk --install-completion` (typer's) installs it for bash, zsh, fish or
PowerShell. Each function gets what the clerk has typed so far and returns
(value, help) pairs; a ledger that cannot be found or read completes nothing,
silently — completion must never print an error into the clerk's prompt.
"""

# No `from __future__ import annotations` here: typer reads the annotations of
# every completion function an option names, on every run of that command, and
# as strings each would be compiled and evaluated again.

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zwgk.ledger.load import Ledger


def _ledger(ctx: Any) -> "Ledger | None":
    from zwgk.errors import ZwgkError
    from zwgk.ledger.load import find_root, load_ledger

    explicit = None
    while ctx is not None:
        explicit = explicit or (ctx.params or {}).get("root")
        ctx = ctx.parent
    try:
        root: Path = find_root(explicit)
        ledger = load_ledger(root, with_progress=False)
    except (ZwgkError, OSError):
        return None
    return ledger if ledger.plan is not None else None


def _matching(pairs: list[tuple[str, str]], incomplete: str) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for value, help_text in pairs:
        if value.startswith(incomplete) and value not in seen:
            seen.add(value)
            out.append((value, help_text))
    return out


def requirement(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """Requirement ids, each with the start of its text."""
    ledger = _ledger(ctx)
    if ledger is None or ledger.plan is None:
        return []
    return _matching([(r.id, r.text[:30]) for r in ledger.plan.requirements()], incomplete)


def unit(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """Units and groups by id, name and alias (each with its name as help)."""
    ledger = _ledger(ctx)
    if ledger is None:
        return []
    pairs: list[tuple[str, str]] = []
    for u in ledger.directory.units.values():
        pairs += [(u.id, u.name), (u.name, u.id), *((a, u.name) for a in u.aliases)]
    for g in ledger.directory.groups.values():
        pairs += [(g.id, g.name), (g.name, g.id), *((a, g.name) for a in g.aliases)]
    return _matching(pairs, incomplete)


def task(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    ledger = _ledger(ctx)
    if ledger is None or ledger.plan is None:
        return []
    return _matching([(str(x.no), x.title) for x in ledger.plan.tasks], incomplete)


def part(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    ledger = _ledger(ctx)
    if ledger is None or ledger.plan is None:
        return []
    return _matching([(p.no, p.title) for p in ledger.plan.sorted_parts()], incomplete)


def event(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """The events `after:` rules wait for (文件公布, 决定作出 …)."""
    ledger = _ledger(ctx)
    if ledger is None or ledger.plan is None:
        return []
    pairs = [(rule.event, req.id) for req in ledger.plan.requirements()
             for rule in req.due if rule.kind == "after" and rule.event]  # fmt: skip
    return _matching(pairs, incomplete)


def status(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    from zwgk.engine.obligations import STATUS_CODES
    from zwgk.i18n import t

    return _matching([(code, t(f"status.{code}")) for code in STATUS_CODES], incomplete)


def fail_on(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    from zwgk.cli.commands.status import FAIL_ON
    from zwgk.i18n import t

    return _matching([(code, t(f"status.{code}")) for code in FAIL_ON], incomplete)
