"""Lint, format, type and layer checks run as part of the test suite (one command)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

LINT_IMPORTS = ["-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"]
"""`lint-imports` run by this interpreter (the script may not be on PATH)."""


@pytest.mark.parametrize(
    "args",
    [
        ["-m", "ruff", "check", "."],
        ["-m", "ruff", "format", "--check", "."],
        ["-m", "mypy"],
        [*LINT_IMPORTS, "--no-cache"],
    ],
    ids=["ruff-check", "ruff-format", "mypy", "lint-imports"],
)
def test_tool_passes(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


LAYERS = "Layers: cli > tables > outputs > checks | review > engine > ledger > model"
MODEL_PLAIN = "model is plain data: no text, no errors"
COMPARE_PURE = "engine.compare (diff's comparison) reads no files, runs no git and has no words"


@pytest.mark.parametrize(
    ("module", "added", "contract", "chain"),
    [
        # (The engine has no words: importing it breaks only the layers, where
        # the cli package would break model-plain too, through its catalog.)
        (
            "model/values.py",
            "import zwgk.engine.calendar\n",
            LAYERS,
            "zwgk.model.values -> zwgk.engine.calendar",
        ),
        (
            "ledger/fields.py",
            "def late():\n    from zwgk.outputs import templates\n",
            LAYERS,
            "zwgk.ledger.fields -> zwgk.outputs.templates",
        ),
        (
            "checks/registry.py",
            "import zwgk.review.git\n",
            LAYERS,
            "zwgk.checks.registry -> zwgk.review.git",
        ),
        (
            "i18n/__init__.py",
            "import zwgk.model.values\n",
            LAYERS,
            "zwgk.i18n -> zwgk.model.values",
        ),
        (
            "model/values.py",
            "from zwgk.errors import ZwgkError\n",
            MODEL_PLAIN,
            "zwgk.model.values -> zwgk.errors",
        ),
        (
            "engine/compare.py",
            "def late():\n    from zwgk.i18n import t\n",
            COMPARE_PURE,
            "zwgk.engine.compare is not allowed to import zwgk.i18n",
        ),
        (
            "engine/compare.py",
            "from zwgk.ledger.load import load_ledger\n",
            COMPARE_PURE,
            "zwgk.engine.compare is not allowed to import zwgk.ledger",
        ),
    ],
    ids=[
        "upward",
        "upward-lazy",
        "siblings",
        "below-model",
        "model-errors",
        "compare-words",
        "compare-files",
    ],
)
def test_lint_imports_fails_on_an_upward_import(
    tmp_path: Path, module: str, added: str, contract: str, chain: str
) -> None:
    """A copy of the package with one import added is refused, naming the
    contract it breaks and the import that breaks it."""
    shutil.copytree(REPO / "zwgk", tmp_path / "zwgk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    with (tmp_path / "zwgk" / module).open("a", encoding="utf-8") as f:
        f.write("\n\n" + added)
    result = subprocess.run(
        [sys.executable, *LINT_IMPORTS, "--no-cache"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert f"{contract} BROKEN" in out and "1 broken" in out, out
    assert chain in out, out
