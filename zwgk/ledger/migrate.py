"""`zwgk plan migrate`: a ledger of one plan (data/tasks.yaml) moved to the
layout of several years (data/plans/YYYY.yaml, `layout.py`). Only the plan
file moves, by one rename: units.yaml is shared by every year and progress
files are already kept by year. Its text stays as it was but for the editor's
schema line (`jsonschemas.modeline`), a path relative to the file, which is
pointed at the schemas again from one folder deeper. The move in git
(`git mv`) is `review/planmove.py`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from zwgk.errors import EXIT_USAGE, YamlSyntaxError, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import PLANS, TASKS, plan_rel


class Move(NamedTuple):
    """The plan file to move, ledger-relative, and its year."""

    source: str
    target: str
    year: int


def planned_move(root: Path) -> Move | None:
    """What `migrate` would move; None when there is nothing to move (the
    ledger already keeps its plans in data/plans/). Refused (exit 2): a plan
    that cannot be read (its year decides the name), a year data/plans/
    already holds, and a link on the way (nothing is moved through one)."""
    from zwgk.ledger.load import DiskFiles
    from zwgk.ledger.plan import read_plan
    from zwgk.ledger.safefs import is_link
    from zwgk.ledger.yamlio import load_bytes

    source = TASKS.as_posix()
    try:
        raw = DiskFiles(root).read(source)
        if raw is None:
            return None
        data, _ = load_bytes(raw, source)
    except YamlSyntaxError as exc:
        raise _refused(t("plan.migrate_unreadable", path=source, problem=exc.message)) from None
    plan, findings = read_plan(data, source)
    errors = [f for f in findings if f.level == "error"]
    if plan is None or errors:
        problem = errors[0].message if errors else source
        raise _refused(t("plan.migrate_unreadable", path=source, problem=problem))
    target = plan_rel(plan.info.year)
    if is_link(root / PLANS):
        raise _refused(t("plan.migrate_link", path=PLANS))
    if os.path.lexists(root / target):
        raise _refused(t("plan.migrate_exists", path=target, source=source))
    return Move(source, target, plan.info.year)


def rename(root: Path, move: Move) -> None:
    """The move itself, outside git: one rename (atomic on one disk), after
    making data/plans/. Checked again just before: never over a file."""
    target = root / move.target
    try:
        target.parent.mkdir(exist_ok=True)
        if os.path.lexists(target):
            raise _refused(t("plan.migrate_exists", path=move.target, source=move.source))
        os.rename(root / move.source, target)
    except OSError as exc:
        raise ZwgkError(
            t("common.cannot_write", path=move.target, error=exc.strerror or str(exc)),
            exit_code=EXIT_USAGE,
        ) from None


def repoint_modeline(root: Path, move: Move) -> bool:
    """After the move: the first line, when it is the schema line zwgk writes
    for data/tasks.yaml, made the one for the new place (else the editor looks
    for data/schemas/). Replaced atomically, as the rename itself, with no lock
    file left behind to be committed by mistake. True when it was changed."""
    from zwgk.ledger.jsonschemas import modeline
    from zwgk.ledger.safefs import MAX_FILE, read_regular, replace_atomically

    old = modeline("tasks.schema.json", move.source).encode()
    new = modeline("tasks.schema.json", move.target).encode()
    path = root / move.target
    try:
        raw = read_regular(path, MAX_FILE)
        bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
        first, newline, rest = raw[len(bom) :].partition(b"\n")
        if first.rstrip(b"\r") != old:
            return False
        replace_atomically(path, bom + new + first[len(old) :] + newline + rest)
    except OSError as exc:
        raise ZwgkError(
            t("common.cannot_write", path=move.target, error=exc.strerror or str(exc)),
            exit_code=EXIT_USAGE,
        ) from None
    return True


def _refused(message: str) -> ZwgkError:
    return ZwgkError(message, hint=t("plan.migrate_hint"), exit_code=EXIT_USAGE)


def ignore_zwgk_files(root: Path) -> tuple[list[str], bool]:
    """The ledger's .gitignore made to ignore zwgk's lock and temporary files
    (the lines of the .gitignore `zwgk init` writes, skeleton/gitignore),
    so a plain `git add -A` never commits data/plans/2019.yaml.lock that
    `plan next`, `import` or `record` leave beside a file. Every old ledger
    goes through this move, and ledgers `zwgk init` made have them already.
    Lines it lacks are appended (the file made when missing; a link is left
    alone: nothing is written through one). The lines added, and whether the
    file was made."""
    from zwgk.ledger.safefs import MAX_FILE, is_link, read_regular, replace_atomically
    from zwgk.ledger.shipped import shipped

    wanted = [
        line
        for line in (shipped("skeleton") / "gitignore").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    path = root / ".gitignore"
    if is_link(path):
        return [], False
    try:
        old = read_regular(path, MAX_FILE)
    except FileNotFoundError:
        old = None
    except OSError:
        return [], False
    have = set((old or b"").decode("utf-8", "replace").splitlines())
    added = [line for line in wanted if line not in have]
    if not added:
        return [], False
    text = old or b""
    if text and not text.endswith(b"\n"):
        text += b"\n"
    text += ("\n".join(added) + "\n").encode("utf-8")
    try:
        replace_atomically(path, text)
    except OSError as exc:
        raise ZwgkError(
            t("common.cannot_write", path=".gitignore", error=exc.strerror or str(exc)),
            exit_code=EXIT_USAGE,
        ) from None
    return added, old is None
