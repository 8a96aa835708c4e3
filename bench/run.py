#!/usr/bin/env python3
"""Measure zwgk's speed and memory against its targets; exit 1 on a miss.

    python3 bench/run.py                 # all of it (about two minutes)
    python3 bench/run.py --quick         # fewer repetitions

Every target is a ratio of two wall times measured in the same run on the
same machine, so a slow machine does not fail it and a fast one does not
flatter it. Each time is the median of several whole-process runs.

- startup: `zwgk status`, `zwgk --help` and `zwgk validate` on the shipped
  ledger, against `python -c "import typer, rich.console, rich.table, yaml,
  dateutil.rrule"` (the libraries zwgk cannot avoid) — at most 1.25x;
- cold: `zwgk status` on 100,000 entries without the cache, against loading
  the same files with PyYAML's CSafeLoader in a plain loop — at most 1.0x;
- warm: the same with the cache filled, against `json.load` of the same
  entries saved as one JSON file — at most 3x;
- growth: cold status on 100,000 entries against 10,000 — at most 11x;
- memory: peak RSS of `zwgk status` on 100,000 entries — at most 300 MB;
- `zwgk validate` and `zwgk report` on 100,000 entries are held to the same
  cold and warm ratios as status.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2022-06-30"


def zwgk_command() -> list[str]:
    """The installed console script, as a clerk runs it, else the module."""
    script = shutil.which("zwgk", path=str(Path(sys.executable).parent)) or shutil.which("zwgk")
    return [script] if script else [sys.executable, "-m", "zwgk"]


def wall(
    cmd: list[str], runs: int, env: dict[str, str] | None = None, cwd: Path | None = None
) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, **(env or {})}, cwd=cwd, check=False)  # fmt: skip
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode(errors='replace')}")
    return statistics.median(times)


def peak_rss_mb(cmd: list[str], env: dict[str, str]) -> float | None:
    """Peak resident memory of one run (Linux and macOS; None elsewhere)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return None
    probe = (
        "import resource, subprocess, sys, os\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, env=os.environ)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True,
                         env={**os.environ, **env}, check=True).stdout  # fmt: skip
    kb = int(out.strip().splitlines()[-1])
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)


def yaml_loop_script(root: Path) -> str:
    return (
        "import glob, yaml\n"
        f"files = sorted(glob.glob({str(root / 'data' / 'progress' / '*' / '*.yaml')!r}))\n"
        f"files += [{str(root / 'data' / 'tasks.yaml')!r}, {str(root / 'data' / 'units.yaml')!r}]\n"
        "for name in files:\n"
        "    with open(name, encoding='utf-8') as f:\n"
        "        yaml.load(f, Loader=yaml.CSafeLoader)\n"
    )


def write_json_copy(root: Path, target: Path) -> None:
    """The ledger's entries as one JSON file, for the warm baseline."""
    import yaml

    data = []
    for name in sorted((root / "data" / "progress").glob("*/*.yaml")):
        entries = yaml.load(name.read_text("utf-8"), Loader=yaml.CSafeLoader) or []
        data.append({"file": name.name, "entries": entries})
    target.write_text(json.dumps(data, ensure_ascii=False, default=str), "utf-8")


class Results:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, bool | None]] = []

    def add(self, name: str, value: float, unit: str, limit: float | None) -> None:
        ok = None if limit is None else value <= limit
        shown = f"{value:.2f}{unit}"
        target = "-" if limit is None else f"<= {limit:g}{unit}"
        self.rows.append((name, shown, target, ok))
        mark = {True: "ok", False: "MISSED", None: ""}[ok]
        print(f"{name:<52} {shown:>10}   {target:<10} {mark}", flush=True)

    @property
    def missed(self) -> int:
        return sum(1 for *_, ok in self.rows if ok is False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--keep", type=Path, help="keep the generated ledgers here")
    args = parser.parse_args()
    small_runs, big_runs = (7, 3) if args.quick else (21, 5)
    zwgk = zwgk_command()
    # An installed package has its bytecode compiled by pip; a source checkout
    # (editable install) may not, where PYTHONDONTWRITEBYTECODE is set: compile
    # it, so the figures are those of zwgk as installed.
    import zwgk as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)],
                   check=False, stdout=subprocess.DEVNULL)  # fmt: skip
    results = Results()
    print(f"zwgk: {' '.join(zwgk)}; Python {sys.version.split()[0]}; {os.cpu_count()} cores\n")

    # --- startup on the shipped ledger ---------------------------------------
    imports = "import typer, rich.console, rich.table, yaml, dateutil.rrule"
    base = wall([sys.executable, "-c", imports], small_runs)
    wall([*zwgk, "status"], 1, cwd=REPO)  # the cache, as on every run but the first
    for args_ in (["status"], ["--help"], ["validate"]):
        took = wall([*zwgk, *args_], small_runs, cwd=REPO)
        results.add(f"startup: zwgk {args_[0]} / imports alone ({base * 1000:.0f} ms)",
                    took / base, "x", 1.25)  # fmt: skip

    # --- scale ----------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        # The generated ledgers' packs go with them, not into the user's cache.
        os.environ["ZWGK_CACHE_DIR"] = str(Path(tmp) / "cache")
        big, small = folder / "big", folder / "small"
        gen = [sys.executable, str(REPO / "bench" / "generate.py")]
        subprocess.run(
            [*gen, str(big), "--entries", "100000"], check=True, stdout=subprocess.DEVNULL
        )
        subprocess.run(
            [*gen, str(small), "--entries", "10000"], check=True, stdout=subprocess.DEVNULL
        )
        json_copy = folder / "entries.json"
        write_json_copy(big, json_copy)
        cold = {"ZWGK_NO_CACHE": "1"}
        status = ["status", "--as-of", AS_OF]

        def timed(root: Path, command: list[str], env: dict[str, str] | None = None) -> float:
            return wall([*zwgk, "--root", str(root), *command], big_runs, env)

        loop = wall([sys.executable, "-c", yaml_loop_script(big)], big_runs)
        read_json = f"import json; json.load(open({str(json_copy)!r}, encoding='utf-8'))"
        load_json = wall([sys.executable, "-c", read_json], big_runs)
        print(f"\nbaselines: CSafeLoader loop {loop:.2f} s, json.load {load_json:.2f} s\n")
        for name, command, limits in (
            ("status", status, (1.0, 3.0)),
            ("validate", ["validate"], (1.0, 3.0)),
            ("report", ["report", "--week", "2022-W26"], (1.0, 3.0)),
        ):
            took_cold = timed(big, command, cold)
            timed(big, command)  # fill the cache
            took_warm = timed(big, command)
            results.add(f"cold zwgk {name} 100k ({took_cold:.2f} s) / CSafeLoader loop",
                        took_cold / loop, "x", limits[0])  # fmt: skip
            results.add(f"warm zwgk {name} 100k ({took_warm:.2f} s) / json.load",
                        took_warm / load_json, "x", limits[1])  # fmt: skip
        took_small = timed(small, status, cold)
        took_big = timed(big, status, cold)
        results.add(f"growth: cold status 100k ({took_big:.2f} s) / 10k ({took_small:.2f} s)",
                    took_big / took_small, "x", 11.0)  # fmt: skip
        rss = peak_rss_mb([*zwgk, "--root", str(big), *status], cold)
        if rss is not None:
            results.add("memory: peak RSS of cold zwgk status 100k", rss, " MB", 300.0)
    print(f"\n{results.missed} target(s) missed" if results.missed else "\nall targets met")
    return 1 if results.missed else 0


if __name__ == "__main__":
    sys.exit(main())
