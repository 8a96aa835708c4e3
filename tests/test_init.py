"""`zwgk init DIR`: a new ledger that validates, with git and the office's files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import REPO, write, zwgk
from zwgk.ledger.jsonschemas import generated
from zwgk.ledger.load import load_ledger
from zwgk.review.mergedriver import CONFIG, SETUP

FILES = [
    ".gitattributes",
    ".gitignore",
    ".pre-commit-config.yaml",
    ".vscode/settings.json",
    "README.md",
    "ci/github-actions.yml",
    "ci/gitlab-ci.yml",
    "data/tasks.yaml",
    "data/units.yaml",
    "schemas/progress.schema.json",
    "schemas/tasks.schema.json",
    "schemas/units.schema.json",
]


def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and ".git" not in p.relative_to(root).parts)  # fmt: skip


def test_empty_ledger_validates_and_is_a_repository(tmp_path: Path) -> None:
    root = tmp_path / "新台账"
    run = zwgk(None, "init", str(root), "--title", "某县: 2027年政务公开工作要点", "--year", "2027")
    assert run.exit_code == 0, run.output
    assert "已在" in run.stdout and "新建台账（12 个文件）" in run.stdout
    assert "已执行 git init" in run.stdout
    assert _files(root) == FILES
    assert (root / ".git").is_dir()
    ledger = load_ledger(root)
    assert ledger.plan is not None
    assert ledger.plan.info.title == "某县: 2027年政务公开工作要点"  # the colon survives
    assert ledger.plan.info.year == 2027
    assert zwgk(root, "validate").exit_code == 0
    assert zwgk(root, "status").exit_code == 0
    readme = (root / "README.md").read_text("utf-8")
    assert readme.startswith("# 某县: 2027年政务公开工作要点（2027）政务公开任务台账")
    assert "zwgk record" in readme and "pre-commit install" in readme
    # The editor files match what zwgk ships.
    for name, text in generated().items():
        assert (root / "schemas" / name).read_text("utf-8") == text
    settings = json.loads((root / ".vscode/settings.json").read_text("utf-8"))
    assert settings == json.loads((REPO / ".vscode/settings.json").read_text("utf-8"))
    assert "data/progress/**/*.yaml" in settings["yaml.schemas"].values()
    assert "*.yaml.lock" in (root / ".gitignore").read_text("utf-8")
    assert "zwgk validate --changed-since HEAD" in (root / ".pre-commit-config.yaml").read_text(
        "utf-8"
    )
    # Two clerks' appends to one progress file merge with zwgk's driver.
    attributes = (root / ".gitattributes").read_text("utf-8").splitlines()
    assert "data/progress/**/*.yaml merge=zwgk-progress" in attributes
    assert _git_config(root, "merge.zwgk-progress.driver") == CONFIG["merge.zwgk-progress.driver"]
    assert SETUP in (root / "README.md").read_text("utf-8")
    assert "已配置进度文件的合并驱动" in run.stdout


def _git_config(root: Path, key: str) -> str:
    from gitkit import git

    try:
        return git(root, "config", "--get", key).strip()
    except subprocess.CalledProcessError:
        return ""


def test_a_title_stays_one_line(tmp_path: Path) -> None:
    root = tmp_path / "l"
    run = zwgk(None, "init", str(root), "--title", "某县\nunits: []", "--year", "2027", "--no-git")
    assert run.exit_code == 0, run.output
    assert zwgk(root, "validate").exit_code == 0
    ledger = load_ledger(root)
    assert ledger.plan is not None and ledger.plan.info.title == "某县 units: []"


def test_default_title_and_english_readme(tmp_path: Path) -> None:
    root = tmp_path / "ledger"
    run = zwgk(None, "--lang", "en", "init", str(root), "--year", "2027", "--no-git")
    assert run.exit_code == 0, run.output
    assert "git init skipped" in run.stdout
    assert not (root / ".git").exists()
    readme = (root / "README.md").read_text("utf-8")
    assert readme.startswith("# 2027 openness-work task table (2027): openness-work ledger")
    assert "## Everyday commands" in readme


def test_huantai_copy_is_the_shipped_plan(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    run = zwgk(None, "init", str(root), "--huantai", "--no-git")
    assert run.exit_code == 0, run.output
    for rel in ("data/tasks.yaml", "data/units.yaml"):
        assert (root / rel).read_bytes() == (REPO / rel).read_bytes()
    assert "zwgk status --as-of 2018-07-25" in run.stdout
    status = zwgk(root, "status", "--as-of", "2018-07-25", "--format", "json")
    # 2018-04…06 of 15.2, 23.1, 26.1 and 23.1's 2018-Q2: the plan took effect 2018-04-01.
    assert json.loads(status.stdout)["summary"]["overdue"] == 10
    refused = zwgk(None, "init", str(tmp_path / "x"), "--huantai", "--year", "2027")
    assert refused.exit_code == 2 and "--huantai" in refused.output
    assert not (tmp_path / "x").exists()


def test_existing_files_are_kept_unless_forced(tmp_path: Path) -> None:
    root = tmp_path / "ledger"
    write(root, "data/tasks.yaml", "plan: {title: 旧计划, year: 2026}\nparts: []\ntasks: []\n")
    entry = "- {req: '1.1', date: 2026-03-01, status: done}\n"
    progress = write(root, "data/progress/2026/czj.yaml", entry)
    before = (root / "data/tasks.yaml").read_bytes()
    run = zwgk(None, "init", str(root), "--no-git")
    assert run.exit_code == 2
    assert "已有这些文件：data/tasks.yaml" in run.output and "--force" in run.output
    assert (root / "data/tasks.yaml").read_bytes() == before
    assert _files(root) == ["data/progress/2026/czj.yaml", "data/tasks.yaml"]
    run = zwgk(None, "init", str(root), "--no-git", "--force", "--year", "2027")
    assert run.exit_code == 0, run.output
    assert "已覆盖：data/tasks.yaml" in run.stdout
    assert "year: 2027" in (root / "data/tasks.yaml").read_text("utf-8")
    assert progress.read_text("utf-8").startswith("- {req: '1.1'")  # never touched


def test_inside_a_repository_git_is_left_alone(tmp_path: Path) -> None:
    from gitkit import git

    git(tmp_path, "init", "-q")
    run = zwgk(None, "init", str(tmp_path / "ledger"))
    assert run.exit_code == 0, run.output
    assert "该文件夹已在 git 仓库中" in run.stdout
    assert not (tmp_path / "ledger/.git").exists()
    # The repository's configuration is its owner's: the command is printed.
    assert _git_config(tmp_path, "merge.zwgk-progress.driver") == ""
    assert SETUP in run.stdout


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x", "utf-8")
    run = zwgk(None, "init", str(tmp_path / "taken"))
    assert run.exit_code == 2
    assert "是文件，不是文件夹" in run.output
