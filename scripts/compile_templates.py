#!/usr/bin/env python3
"""Write the built-in templates, compiled by Jinja, into zwgk/outputs/compiled/
(see `zwgk.outputs.templates`, "the built-in templates, compiled ahead"). Run
it after changing a template in templates/, zwgk's template environment or
Jinja's version; tests/test_templates.py fails until then.

    python3 scripts/compile_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zwgk.outputs.templates import COMPILED, compiled_modules


def main() -> None:
    COMPILED.mkdir(exist_ok=True)
    wanted = dict(compiled_modules())
    for stale in set(COMPILED.glob("*.py")) - set(wanted):
        stale.unlink()
    for path, text in wanted.items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(
                f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}"
            )


if __name__ == "__main__":
    main()
