#!/usr/bin/env python3
"""Render the shipped ledger's Word notice and weekly report (`--format docx`)
through LibreOffice and poppler to page images, for the README: how the
公文 layout looks on paper.

Needs Debian's `libreoffice-writer`, `poppler-utils` and a CJK font
(`fonts-noto-cjk`); the 公文 fonts (仿宋_GB2312 …) are replaced by those:

    python3 scripts/render_docs.py      # docs/notice-page1.png, docs/report-page1.png …

As of 2018-10-14 (the week after National Day, 2018-W41), so the pictures do
not change with the calendar; the notice is to 县教体局, which has overdue
items that day. `--keep DIR` keeps the .docx and .pdf files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2018-10-14"
UNIT = "县教体局"
PAPER = ["--doc-no", "桓政办字〔2018〕12号", "--cc", "县政府办公室主任、分管副主任",
         "--printed-by", "县政府办公室"]  # fmt: skip


def zwgk(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "zwgk", "--root", str(REPO), *args], check=True,
                   cwd=REPO)  # fmt: skip


def to_pdf(docx: Path, folder: Path) -> Path:
    """LibreOffice's conversion, with a profile of its own (a running office
    or another user's profile would refuse or alter it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-writer")
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return folder / (docx.stem + ".pdf")


def to_png(pdf: Path, out: Path, name: str, resolution: int, pages: int) -> list[Path]:
    """Pages 1..`pages` of the PDF as out/NAME-pageN.png."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm not found: apt-get install -y poppler-utils")
    made = []
    for old in out.glob(f"{name}-page*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([pdftoppm, "-png", "-r", str(resolution), "-l", str(pages), str(pdf),
                        f"{tmp}/p"], check=True)  # fmt: skip
        for i, image in enumerate(sorted(Path(tmp).glob("p-*.png")), 1):
            target = out / f"{name}-page{i}.png"
            shutil.move(image, target)
            made.append(target)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--resolution", type=int, default=70, help="pixels per inch (60..80)")
    parser.add_argument("--pages", type=int, default=2, help="pages of each document")
    parser.add_argument("--keep", type=Path, help="keep the .docx and .pdf files here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        zwgk("notice", "--unit", UNIT, "--as-of", AS_OF, "--format", "docx", "-o",
             str(work / "notice"), "--force", *PAPER)  # fmt: skip
        (notice,) = (work / "notice").glob("*.docx")
        report = work / "report.docx"
        zwgk("report", "--as-of", AS_OF, "--format", "docx", "-o", str(report), "--force",
             *PAPER)  # fmt: skip
        args.out.mkdir(parents=True, exist_ok=True)
        for name, docx in (("notice", notice), ("report", report)):
            pdf = to_pdf(docx, work)
            for image in to_png(pdf, args.out, name, args.resolution, args.pages):
                print(image.relative_to(REPO) if image.is_relative_to(REPO) else image)
    return 0


if __name__ == "__main__":
    sys.exit(main())
