"""Where a ledger keeps its files: the one place that knows every path.

    data/tasks.yaml                 the plan (tasks, requirements, deadline rules)
    data/plans/YYYY.yaml            or: one plan per year, several years in one ledger
    data/units.yaml                 responsible units, groups, reorganisations
    data/calendar.yaml              holiday schedules the calendar package lacks
    data/progress/YYYY/UNIT.yaml    one unit's entries of one year
    templates/                      the ledger's own report templates

Paths are ledger-relative with forward slashes, as messages print them and as
git names them; `display_path` makes a full path look so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

DATA = "data"
"""Everything a ledger records lives below this folder."""
TASKS = Path("data/tasks.yaml")
UNITS = Path("data/units.yaml")
CALENDAR = Path("data/calendar.yaml")
PLAN_FILES = tuple(path.as_posix() for path in (TASKS, UNITS, CALENDAR))
"""The files that are not progress: a problem in one stops every command."""
PLAN_NAMES = frozenset(path.name for path in (TASKS, UNITS, CALENDAR))
PLANS = "data/plans"
"""A ledger of several years keeps each year's plan here, as YYYY.yaml, instead
of the one data/tasks.yaml (a ledger has one layout or the other)."""
PLAN_YEAR = re.compile(r"([0-9]{4})\.yaml")
"""The name of a year's plan file under data/plans/."""
PROGRESS = "data/progress"
YEAR_FOLDER = re.compile(r"[0-9]{4}")
"""The name of a year's folder under data/progress/."""
TEMPLATES = "templates"
"""A ledger's own report templates, overriding the built-in ones file by file."""
LOCK_SUFFIX = ".lock"


def plan_rel(year: int | None) -> str:
    """The plan file of `year` (data/plans/YYYY.yaml); None: data/tasks.yaml,
    the one plan of a ledger that keeps one year."""
    return TASKS.as_posix() if year is None else f"{PLANS}/{year}.yaml"


def is_plan_file(rel: str) -> bool:
    """A file that is not progress: units, calendar, and a plan of either layout."""
    if rel in PLAN_FILES:
        return True
    folder, _, name = rel.rpartition("/")
    return folder == PLANS and PLAN_YEAR.fullmatch(name) is not None


def plan_years(names: Iterable[str]) -> list[int]:
    """The years of the plan files among these names in data/plans/, in order."""
    return sorted(int(m.group(1)) for name in names if (m := PLAN_YEAR.fullmatch(name)))


def is_progress_file(rel: str) -> bool:
    """A ledger-relative path of the form data/progress/YYYY/UNIT.yaml (a
    hidden file is not one: .gitkeep, an editor's swap file)."""
    parts = rel.split("/")
    return (
        len(parts) == 4
        and parts[:2] == ["data", "progress"]
        and YEAR_FOLDER.fullmatch(parts[2]) is not None
        and parts[3].endswith(".yaml")
        and not parts[3].startswith(".")
    )


def unit_of(rel: str) -> str:
    """The unit a progress file is for: its name, `UNIT` of
    data/progress/YYYY/UNIT.yaml (an entry may repeat it under `unit:`)."""
    return rel.rpartition("/")[2].removesuffix(".yaml")


def progress_path(root: Path, unit: str, day: dt.date) -> Path:
    """The file an entry of `unit` dated `day` belongs in."""
    return root / PROGRESS / f"{day.year}" / f"{unit}.yaml"


def progress_pattern(unit: str) -> str:
    """A glob matching every progress file of `unit`, whatever the year."""
    return f"{PROGRESS}/*/{unit}.yaml"


def is_ledger(folder: Path) -> bool:
    """Whether `folder` holds a ledger: data/tasks.yaml, or data/plans/."""
    return (folder / TASKS).is_file() or (folder / PLANS).is_dir()


def ledger_above(start: Path) -> Path | None:
    """The first folder upwards from `start` that holds a ledger (data/tasks.yaml
    or data/plans/, as git finds .git), or None."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if is_ledger(folder):
            return folder
    return None


def lock_path(path: Path) -> Path:
    """The lock file zwgk holds while it rewrites `path`."""
    return path.with_name(path.name + LOCK_SUFFIX)


def is_lock_file(name: str) -> bool:
    """A file name `lock_path` gives a ledger file."""
    return name.endswith(".yaml" + LOCK_SUFFIX)


def display_path(root: Path, path: Path) -> str:
    """A path as messages print it: relative to the ledger, with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
