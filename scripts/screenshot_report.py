#!/usr/bin/env python3
"""Render the shipped ledger's weekly report to HTML and photograph it with
headless Chromium, for the README.

Needs Debian's `chromium` and `fonts-noto-cjk` packages:

    apt-get install -y chromium fonts-noto-cjk
    python3 scripts/screenshot_report.py            # writes docs/report.png

The report is of a fixed week (2018-W41, the week after National Day) so the
picture does not change with the calendar.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--week", default="2018-W41")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "report.png")
    parser.add_argument("--size", default="1000,2400", help="window WIDTH,HEIGHT in pixels")
    args = parser.parse_args()

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: apt-get install -y chromium fonts-noto-cjk", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        subprocess.run(
            [sys.executable, "-m", "zwgk", "--root", str(REPO), "report", "--week", args.week,
             "--format", "html", "-o", str(html)],
            check=True,
        )  # fmt: skip
        args.out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}",
             f"--window-size={args.size}", f"--screenshot={args.out}", html.as_uri()],
            check=True,
            capture_output=True,
        )  # fmt: skip
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
