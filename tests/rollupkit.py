"""County ledgers in local bare git repositories, for `zwgk rollup`."""

from __future__ import annotations

from pathlib import Path

from conftest import write
from gitkit import commit, git
from reportkit import PROGRESS, TASKS, UNITS


def county_files(
    tasks: str = TASKS, units: str = UNITS, progress: dict[str, str] | None = None
) -> dict[str, str]:
    """A county ledger's files by path: reportkit's plan and entries unless told."""
    files = {"data/tasks.yaml": tasks, "data/units.yaml": units}
    for rel, text in (PROGRESS if progress is None else progress).items():
        files[f"data/progress/{rel}"] = text
    return files


def bare_remote(
    home: Path, name: str, files: dict[str, str], branch: str = "main", path: str = ""
) -> Path:
    """`home/name.git`, a bare repository whose `branch` holds `files` (under
    `path`), pushed from a work tree `home/name-work` as a county would."""
    work = home / f"{name}-work"
    for rel, text in files.items():
        write(work, f"{path}/{rel}" if path else rel, text)
    git(work, "init", "-q", "-b", branch)
    commit(work, "台账", date="@1539500000 +0800")
    remote = home / f"{name}.git"
    git(home, "init", "-q", "--bare", "-b", branch, str(remote))
    git(work, "push", "-q", str(remote), f"{branch}:{branch}")
    return remote


def push_more(home: Path, name: str, rel: str, text: str, branch: str = "main") -> str:
    """Commit one more file in the county's work tree and push it."""
    work = home / f"{name}-work"
    write(work, rel, text)
    head = commit(work, "更新", date="@1539600000 +0800")
    git(work, "push", "-q", str(home / f"{name}.git"), f"{branch}:{branch}")
    return head
