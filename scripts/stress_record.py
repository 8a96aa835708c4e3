#!/usr/bin/env python3
"""Stress `zwgk record`: concurrent writers, and writers killed mid-run.

    python3 scripts/stress_record.py                 # 8 writers x 50, then 200 kills
    python3 scripts/stress_record.py --writers 4 --each 10 --kills 20

Both run on a copy of the shipped ledger in a temporary folder, appending to
one progress file (data/progress/2018/jtj.yaml) so that every writer contends
for the same lock.

- concurrent: W processes each run `zwgk record` E times at once. Afterwards
  the file must hold exactly W x E entries, each one whole, and `zwgk
  validate` must be clean.
- kills: a `zwgk record` is started and killed with SIGKILL after a random
  delay, K times. After every kill the file must be valid YAML, hold no
  partial entry (validate clean), and hold every entry whose command exited 0.

Prints the figures and exits non-zero when a check fails. `tests/test_safety.py`
runs a short version; the README keeps the last full result.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = "data/progress/2018/jtj.yaml"


def zwgk(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zwgk", "--root", str(root), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ZWGK_LANG": "en"},
        check=False,
    )


def record_args(note: str) -> list[str]:
    return ["record", "21.1", "--unit", "jtj", "--progress", "--date", "2018-07-20",
            "--note", note, "--as-of", "2018-07-21"]  # fmt: skip


def notes_in(root: Path) -> list[str]:
    """The notes of the target file's entries, read as zwgk reads them; None
    when the file does not read cleanly."""
    sys.path.insert(0, str(REPO))
    from zwgk.ledger.load import load_ledger

    ledger = load_ledger(root)
    errors = [f for f in ledger.findings if f.level == "error"]
    if errors:
        raise AssertionError(f"{errors[0].path}:{errors[0].line}: {errors[0].message}")
    return [e.note or "" for e in ledger.entries]


def fresh_ledger(base: Path) -> Path:
    root = base / "ledger"
    shutil.copytree(REPO / "data", root / "data")
    return root


def concurrent(root: Path, writers: int, each: int) -> dict[str, object]:
    """W writer processes, each appending E entries, all at once."""

    def writer(w: int) -> list[int]:
        return [zwgk(root, *record_args(f"w{w}-{i}")).returncode for i in range(each)]

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=writers) as pool:
        codes = [code for result in pool.map(writer, range(writers)) for code in result]
    seconds = time.perf_counter() - start
    notes = notes_in(root)
    expected = {f"w{w}-{i}" for w in range(writers) for i in range(each)}
    valid = zwgk(root, "validate").returncode
    ok = (
        all(code == 0 for code in codes)
        and len(notes) == writers * each
        and set(notes) == expected
        and valid == 0
    )
    return {"writers": writers, "each": each, "entries": len(notes),
            "failed_commands": sum(1 for c in codes if c), "validate_exit": valid,
            "seconds": round(seconds, 1), "ok": ok}  # fmt: skip


def kills(root: Path, count: int, rng: random.Random) -> dict[str, object]:
    """Start a record, SIGKILL it at a random moment, check the file; repeat."""
    # How long one record takes here, so kills land anywhere in its life.
    probe = time.perf_counter()
    zwgk(root, *record_args("probe"))
    span = time.perf_counter() - probe
    committed = {"probe"}
    killed_mid_run = 0
    for i in range(count):
        note = f"k{i}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "zwgk", "--root", str(root), *record_args(note)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, span * 1.1))
        proc.send_signal(signal.SIGKILL)
        code = proc.wait()
        if code == 0:
            committed.add(note)
        else:
            killed_mid_run += 1
        notes = notes_in(root)  # raises on a partial entry or broken YAML
        missing = committed - set(notes)
        if missing:
            raise AssertionError(f"after kill {i}: entries of finished commands lost: {missing}")
    valid = zwgk(root, "validate").returncode
    return {"kills": count, "killed_mid_run": killed_mid_run,
            "finished_before_kill": len(committed) - 1, "entries": len(notes_in(root)),
            "record_seconds": round(span, 2), "validate_exit": valid, "ok": valid == 0}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--each", type=int, default=50)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args()
    if not hasattr(signal, "SIGKILL"):
        print("SIGKILL is not available on this system", file=sys.stderr)
        return 2
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["concurrent"] = concurrent(fresh_ledger(Path(tmp) / "a"), args.writers, args.each)
        print(json.dumps(results["concurrent"]), flush=True)
        try:
            results["kills"] = kills(
                fresh_ledger(Path(tmp) / "b"), args.kills, random.Random(args.seed)
            )
        except AssertionError as exc:
            results["kills"] = {"ok": False, "error": str(exc)}
        print(json.dumps(results["kills"], ensure_ascii=False), flush=True)
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
