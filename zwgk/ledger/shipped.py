"""Files shipped with zwgk besides its code: report templates, editor schemas,
the skeleton of a new ledger, CI examples and the Huantai 2018 plan.

In a source checkout (and an editable install) they are where the repository
keeps them; a built wheel carries copies inside the package (pyproject.toml,
`force-include`). One lookup serves both.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent.parent  # the zwgk package folder

# packaged name (inside zwgk/) -> where the repository keeps it
_SOURCES = {
    "templates": "templates",
    "schemas": "schemas",
    "skeleton": "skeleton",
    "ci": "docs/ci",
    "huantai": "data",
}


def shipped(name: str) -> Path:
    """The folder `name` (a key of `_SOURCES`): packaged when installed from a
    wheel, else the repository's."""
    packaged = _HERE / name
    return packaged if packaged.is_dir() else _HERE.parent / _SOURCES[name]
