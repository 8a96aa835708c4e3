"""Finding a ledger on disk and loading all of its files."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from zwgk.calendar import CALENDAR, WorkCalendar, read_calendar
from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.findings import Finding
from zwgk.i18n import t
from zwgk.models import Entry, Plan
from zwgk.plan import read_plan
from zwgk.progress import progress_files, read_entries
from zwgk.units import Directory, read_units
from zwgk.yamlio import Problem, YamlSyntaxError, load

TASKS = Path("data/tasks.yaml")
UNITS = Path("data/units.yaml")


def find_root(explicit: str | None = None, start: Path | None = None) -> Path:
    """The ledger folder: `--root`/`ZWGK_ROOT`, else the first folder upwards from
    `start` (the working directory) that holds data/tasks.yaml, as git finds .git."""
    chosen = explicit or os.environ.get("ZWGK_ROOT") or None
    if chosen:
        root = Path(chosen).expanduser()
        if not (root / TASKS).is_file():
            raise ZwgkError(
                t("ledger.not_a_ledger", root=root),
                hint=t("ledger.not_a_ledger_hint"),
                exit_code=EXIT_USAGE,
            )
        return root.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / TASKS).is_file():
            return folder
    raise ZwgkError(
        t("ledger.none_found", cwd=here),
        hint=t("ledger.none_found_hint"),
        exit_code=EXIT_USAGE,
    )


@dataclass
class Ledger:
    """Everything read from one ledger, with the problems met while reading."""

    root: Path
    plan: Plan | None
    directory: Directory
    entries: list[Entry] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    """Syntax and shape problems; semantic checks live in `checks.py`."""
    calendar: WorkCalendar = field(default_factory=WorkCalendar.official)

    def shown(self, path: Path) -> str:
        return display_path(self.root, path)


def display_path(root: Path, path: Path) -> str:
    """A path as messages print it: relative to the ledger, with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _syntax_finding(exc: YamlSyntaxError) -> Finding:
    return Finding(
        exc.path,
        exc.line,
        exc.col,
        "error",
        "syntax",
        t("yaml.syntax", problem=exc.message),
        t("yaml.syntax_hint"),
    )


def load_ledger(root: Path, *, with_progress: bool = True) -> Ledger:
    """Read units, plan and progress files. Problems are collected, not raised."""
    findings: list[Finding] = []

    directory = Directory({}, {})
    units_shown = UNITS.as_posix()
    if not (root / UNITS).is_file():
        findings.append(
            Finding(
                units_shown,
                0,
                0,
                "error",
                "missing-file",
                t("ledger.missing_units"),
                t("ledger.missing_units_hint"),
            )
        )
    else:
        try:
            data, problems = load(root / UNITS, units_shown)
        except YamlSyntaxError as exc:
            findings.append(_syntax_finding(exc))
        else:
            findings.extend(_problem_findings(units_shown, problems))
            directory, more = read_units(data, units_shown)
            findings.extend(more)

    plan: Plan | None = None
    tasks_shown = TASKS.as_posix()
    try:
        data, problems = load(root / TASKS, tasks_shown)
    except YamlSyntaxError as exc:
        findings.append(_syntax_finding(exc))
    else:
        findings.extend(_problem_findings(tasks_shown, problems))
        plan, more = read_plan(data, tasks_shown)
        findings.extend(more)

    entries: list[Entry] = []
    if with_progress:
        for path in progress_files(root):
            shown = display_path(root, path)
            try:
                data, problems = load(path, shown)
            except YamlSyntaxError as exc:
                findings.append(_syntax_finding(exc))
                continue
            findings.extend(_problem_findings(shown, problems))
            got, more = read_entries(data, shown, path.stem)
            entries.extend(got)
            findings.extend(more)
    calendar, more = load_calendar(root)
    findings.extend(more)
    return Ledger(root, plan, directory, entries, findings, calendar)


def load_calendar(root: Path | None) -> tuple[WorkCalendar, list[Finding]]:
    """The official calendar plus the ledger's data/calendar.yaml, if any."""
    if root is None or not (root / CALENDAR).is_file():
        return WorkCalendar.official(), []
    shown = CALENDAR.as_posix()
    try:
        data, problems = load(root / CALENDAR, shown)
    except YamlSyntaxError as exc:
        return WorkCalendar.official(), [_syntax_finding(exc)]
    extra, findings = read_calendar(data, shown)
    return WorkCalendar.official(extra), _problem_findings(shown, problems) + findings


def _problem_findings(shown: str, problems: list[Problem]) -> list[Finding]:
    return [
        Finding(shown, p.line, p.col, "error", p.code, p.message, t("yaml.duplicate_key_hint"))
        for p in problems
    ]


def load_plan_or_fail(
    root: Path, *, with_progress: bool = False, progress_must_read: bool = False
) -> Ledger:
    """For commands that read the plan: refuse to run (exit 2) on a plan with
    errors, pointing at the first one and at `zwgk validate` for the rest.

    `progress_must_read`: a progress file that cannot be read stops the
    command too (status would otherwise be silently wrong); `record` only needs
    its own target file readable, which it checks itself."""
    ledger = load_ledger(root, with_progress=with_progress)
    plan_files = {TASKS.as_posix(), UNITS.as_posix(), CALENDAR.as_posix()}
    errors = [
        f
        for f in ledger.findings
        if f.level == "error" and (progress_must_read or f.path in plan_files)
    ]
    if errors or ledger.plan is None:
        first = min(errors) if errors else None
        raise ZwgkError(
            t("ledger.plan_has_errors", n=len(errors)) + (f" {first.message}" if first else ""),
            hint=t("ledger.plan_has_errors_hint"),
            path=first.path if first else TASKS.as_posix(),
            line=first.line if first else None,
            col=first.col if first else None,
            exit_code=EXIT_USAGE,
        )
    return ledger
