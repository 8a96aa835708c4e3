"""`zwgk init DIR`: a new ledger, ready to fill in and commit.

What it writes (all new files; an existing one is refused unless `--force`):
the plan (empty, or the Huantai 2018 plan with `--huantai`), `.gitignore`,
`.gitattributes` (progress files merge with `zwgk merge-driver`),
`.pre-commit-config.yaml`, CI examples under `ci/`, the editor schemas and
`.vscode/settings.json`, and a README for the office in the current language.
Then `git init` and the merge driver's `git config`, unless the folder is
already inside a repository (whose configuration is its owner's: the command
to run is printed). It never deletes anything and never touches
`data/progress/`.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import current_lang, t
from zwgk.ledger.layout import TASKS, UNITS
from zwgk.ledger.shipped import shipped
from zwgk.ledger.yamlio import flow_value
from zwgk.outputs.outfiles import refuse_existing, write_bytes, write_text


@dataclass
class Created:
    root: Path
    files: list[str] = field(default_factory=list)
    overwritten: list[str] = field(default_factory=list)
    git: str = "initialised"
    """initialised | existing (inside a repository already) | missing (no git)"""
    merge_driver: bool = False
    """Whether the progress files' merge driver is configured in git."""


def default_title(year: int) -> str:
    return t("init.default_title", year=year)


def _render(name: str, **context: object) -> str:
    from jinja2 import FileSystemLoader

    from zwgk.outputs.templates import environment

    env = environment(
        FileSystemLoader(shipped("skeleton")),
        keep_trailing_newline=True,
        autoescape=False,  # Markdown and YAML, not HTML
    )
    return str(env.get_template(name).render(**context))


def planned_files(
    title: str, year: int, huantai: bool, today: dt.date, effective: dt.date | None = None
) -> dict[str, str | Path]:
    """Relative path → text to write, or a shipped file to copy. `effective`:
    the new plan's effective date, written only when given (never guessed)."""
    from zwgk.review.mergedriver import SETUP

    skeleton = shipped("skeleton")
    files: dict[str, str | Path] = {}
    tasks, units = TASKS.as_posix(), UNITS.as_posix()
    if huantai:
        files[tasks] = shipped("huantai") / TASKS.name
        files[units] = shipped("huantai") / UNITS.name
    else:
        context = {
            "title": title,
            "title_yaml": flow_value(title),
            "year": year,
            "effective": effective.isoformat() if effective else None,
        }
        files[tasks] = _render("tasks.yaml.j2", **context)
        files[units] = _render("units.yaml.j2", **context)
    readme = "README.en.md.j2" if current_lang() == "en" else "README.zh.md.j2"
    files["README.md"] = _render(
        readme, title=title, year=year, today=today.isoformat(), merge_setup=SETUP
    )
    files[".gitignore"] = skeleton / "gitignore"
    files[".gitattributes"] = skeleton / "gitattributes"
    files[".pre-commit-config.yaml"] = skeleton / "pre-commit-config.yaml"
    files[".vscode/settings.json"] = skeleton / "vscode-settings.json"
    for schema in sorted(shipped("schemas").glob("*.schema.json")):
        files[f"schemas/{schema.name}"] = schema
    for example in sorted(shipped("ci").glob("*.yml")):
        files[f"ci/{example.name}"] = example
    return files


def _huantai_title() -> tuple[str, int]:
    from zwgk.ledger.plan import read_plan
    from zwgk.ledger.yamlio import load

    path = shipped("huantai") / "tasks.yaml"
    data, _ = load(path, "tasks.yaml")
    plan, _ = read_plan(data, "tasks.yaml")
    if plan is None:  # a damaged installation, not the clerk's data: a bug's traceback
        raise RuntimeError(f"the shipped plan {path} does not read")
    return plan.info.title, plan.info.year


def init(
    root: Path,
    *,
    huantai: bool = False,
    title: str | None = None,
    year: int | None = None,
    effective: dt.date | None = None,
    force: bool = False,
    git: bool = True,
    today: dt.date | None = None,
) -> Created:
    """Write a new ledger into `root` (made if missing)."""
    today = today or dt.date.today()
    if huantai:
        if title is not None or year is not None or effective is not None:
            raise ZwgkError(t("init.huantai_fixed"), hint=t("init.huantai_fixed_hint"),
                            exit_code=EXIT_USAGE)  # fmt: skip
        title, year = _huantai_title()
    year = year if year is not None else today.year
    title = " ".join((title or "").split()) or default_title(year)  # one line: it heads files
    if effective is not None and effective.year != year:  # the new plan's period is that year
        raise ZwgkError(t("init.effective_outside", effective=effective, year=year),
                        hint=t("init.effective_outside_hint"), exit_code=EXIT_USAGE)  # fmt: skip
    if root.exists() and not root.is_dir():
        raise ZwgkError(t("init.not_a_folder", path=root), exit_code=EXIT_USAGE)
    files = planned_files(title, year, huantai, today, effective)
    refuse_existing(root, list(files), force)
    created = Created(root)
    for rel, source in files.items():
        target = root / rel
        if target.exists():
            created.overwritten.append(rel)
        if isinstance(source, Path):
            write_bytes(target, source.read_bytes())
        else:
            write_text(target, source)
        created.files.append(rel)
    created.git = _git_init(root) if git else "skipped"
    created.merge_driver = created.git == "initialised" and _configure_merge_driver(root)
    return created


def _git_init(root: Path) -> str:
    """`git init` unless `root` is inside a repository already."""
    try:
        inside = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--is-inside-work-tree"],
            capture_output=True,
            text=True,
            check=False,
        )
        if inside.returncode == 0 and inside.stdout.strip() == "true":
            return "existing"
        done = subprocess.run(
            ["git", "init", "-q", str(root)], capture_output=True, text=True, check=False
        )
    except OSError:
        return "missing"
    return "initialised" if done.returncode == 0 else "failed"


def _configure_merge_driver(root: Path) -> bool:
    """`git config merge.zwgk-progress.*` in the repository just made."""
    from zwgk.review.mergedriver import CONFIG

    try:
        done = [
            subprocess.run(["git", "-C", str(root), "config", key, value],
                           capture_output=True, check=False).returncode == 0
            for key, value in CONFIG.items()
        ]  # fmt: skip
    except OSError:
        return False
    return all(done)
