"""zwgk's own code, as a kept verdict or result is keyed by it.

A development install changes a module without a new version number, so
what the cache keeps from a computation (the plan's verdict, validate's
clean files, a county's rollup figures) names the code that computed it:
each module file's name, modification time and size. Stat calls only; no
file is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parents[1]
"""The zwgk package's folder."""


def code_stamp(folder: Path = PACKAGE, *, below: bool = True) -> list[tuple[Any, ...]]:
    """Each module of `folder` (and, `below`, of its sub-folders) as (path
    relative to `folder`, modification time in ns, size), sorted. OSError
    when a file vanishes meanwhile."""
    files = sorted(folder.rglob("*.py") if below else folder.glob("*.py"))
    stamp = []
    for path in files:
        info = path.stat()
        stamp.append((path.relative_to(folder).as_posix(), info.st_mtime_ns, info.st_size))
    return stamp
