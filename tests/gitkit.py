"""Temporary git repositories holding a small ledger, for the review commands."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import write
from reportkit import TASKS, UNITS

OFFICE = ("县政府办公室", "office@example.org")
ZHANG = ("张三", "zhangsan@example.org")  # 县教体局's clerk
LISI = ("李四", "10086+lisi@users.noreply.github.com")  # 县环保局's clerk, a GitHub account


def git(
    repo: Path,
    *args: str,
    author: tuple[str, str] = OFFICE,
    date: str = "",
    env: dict[str, str] | None = None,
) -> str:
    """Run git as `author`; `date` in git's syntax (`@SECONDS +HHMM`) pins the commit's;
    `env` adds variables (GNUPGHOME for signing)."""
    name, email = author
    env = {
        **(env or {}),
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo),
        "PATH": "/usr/bin:/bin:/usr/local/bin",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def commit(repo: Path, message: str, author: tuple[str, str] = OFFICE, date: str = "") -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, author=author, date=date)
    return git(repo, "rev-parse", "HEAD").strip()


def ledger_repo(root: Path, owners: bool = True) -> Path:
    """A repository whose first commit is the reportkit plan, with owners for
    县教体局 (张三) and 县环保局 (李四, by account name)."""
    units = UNITS
    if owners:
        units = units.replace(
            "{id: jtj, name: 县教体局, kind: department}",
            "{id: jtj, name: 县教体局, kind: department, owners: [zhangsan@example.org]}",
        ).replace(
            "{id: hbj, name: 县环保局, kind: department}",
            "{id: hbj, name: 县环保局, kind: department, owners: [lisi]}",
        )
    write(root, "data/units.yaml", units)
    write(root, "data/tasks.yaml", TASKS)
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    commit(root, "计划")
    return root


def ledger_in_subfolder(tmp_path: Path) -> Path:
    """A repository at tmp_path/repo holding the reportkit plan in county/,
    nothing committed yet; returns the repository's top."""
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q")
    plain = ledger_repo(tmp_path / "plain")
    for rel in ("data/units.yaml", "data/tasks.yaml"):
        write(top, f"county/{rel}", (plain / rel).read_text("utf-8"))
    return top


JTJ_DONE = '- req: "1.1"\n  date: 2018-10-09\n  status: done\n  note: 已公开十月教育信息\n'
HBJ_EVENT = '- req: "2.2"\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n'
