"""The code stamp that keys the cache's kept verdicts: a module edited in a
development install (same version number) is a different stamp."""

from __future__ import annotations

import os
from pathlib import Path

from zwgk.ledger.codestamp import PACKAGE, code_stamp


def modules(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.py").write_text("A = 1\n", encoding="utf-8")
    (tmp_path / "sub" / "b.py").write_text("B = 1\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code\n", encoding="utf-8")
    return tmp_path


def test_an_edited_module_changes_the_stamp(tmp_path: Path) -> None:
    folder = modules(tmp_path)
    before = code_stamp(folder)
    assert [name for name, _, _ in before] == ["a.py", "sub/b.py"]
    (folder / "sub" / "b.py").write_text("B = 2\n", encoding="utf-8")  # same size
    os.utime(folder / "sub" / "b.py", ns=(1, 1))
    assert code_stamp(folder) != before
    (folder / "notes.txt").write_text("still not code\n", encoding="utf-8")
    assert code_stamp(folder) == code_stamp(folder)


def test_the_top_folder_alone_leaves_sub_folders_out(tmp_path: Path) -> None:
    folder = modules(tmp_path)
    before = code_stamp(folder, below=False)
    assert [name for name, _, _ in before] == ["a.py"]
    (folder / "sub" / "b.py").write_text("B = 22\n", encoding="utf-8")
    assert code_stamp(folder, below=False) == before


def test_the_package_stamp_names_its_modules() -> None:
    names = {name for name, _, _ in code_stamp()}
    assert {"__init__.py", "ledger/codestamp.py", "checks/gate.py"} <= names
    assert PACKAGE.name == "zwgk"
