#!/usr/bin/env python3
"""Measure zwgk's speed and memory against its targets; exit 1 on a miss.

    python3 bench/run.py                 # 10k and 100k entries (several minutes)
    python3 bench/run.py --quick         # fewer repetitions
    python3 bench/run.py --million       # 1M entries too (generated once, then reused)

Each time target is a ratio of two whole-process wall times, and the two sides
are measured interleaved, run by run (A B A B …): a machine that slows down
for a while slows both sides alike. The figure is the ratio of the medians;
the min–max of each side is shown beside it. Peak memory is read from the
same runs: the process's peak RSS, or, while it has worker processes, its and
their proportional set sizes summed (sampled every 20 ms). The targets (issue 17):

- startup: `zwgk status` on the shipped ledger against a process that only
  imports what status must import, `python -c "import typer, rich.console"` —
  at most 1.3x;
- cold (no cache, ZWGK_NO_CACHE=1): `status`, `validate`, `report` and
  `export` against PyYAML's CSafeLoader reading the same files in a plain loop
  — at most 1.0x at 100k; at 1M at most 10 s; peak RSS at most 300 MB at 100k
  and 400 MB at 1M;
- warm (cache filled): the same commands against `json.load` of the same
  entries saved as one JSON file — at most 2x at 100k and 1M;
- the first run, which writes the cache: peak RSS within the same memory
  target;
- one changed progress file: a warm `status` after it against a warm `status`
  with nothing changed — at most 1.1x at 100k and 1M;
- `zwgk diff HEAD~1 HEAD` where the second commit adds 1 % more entries
  (`generate.py --revision-adds 1`), against a warm `status` — at most 2x in
  time and in peak RSS, at every size;
- growth: cold and warm `status` at 10x the entries — at most 11x.

The generated ledgers (bench/generate.py: what clerks and `zwgk record`
write) are kept in bench/.data/ (or --data DIR), named after the generator's
and the plan's contents, so they are written once and reused. The cache of
each run is a fresh folder of its own, never the user's.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2022-06-30"
FLOOR = "import typer, rich.console"
"""What `zwgk status` must import: not yaml nor dateutil, which it skips."""
COLD = {"ZWGK_NO_CACHE": "1"}
COMMANDS = {
    "status": ["status", "--as-of", AS_OF],
    # validate as of a day after the last entry: at AS_OF, the entries dated
    # later are errors (`future-date`), and the run would time their messages
    "validate": ["validate", "--as-of", "2023-06-30"],
    "report": ["report", "--week", "2022-W26"],
    "export": ["export", "--format", "csv", "--as-of", AS_OF],
}


@dataclass(frozen=True)
class Limits:
    """The targets at one size; None: shown, not judged."""

    cold: float | None = None
    """cold command / CSafeLoader loop"""
    cold_seconds: float | None = None
    warm: float | None = None
    """warm command / json.load"""
    rss_mb: float | None = None
    changed: float | None = None
    diff: float | None = 2.0
    """diff / warm status, in time and in peak RSS"""


SIZES = {
    10_000: Limits(),
    100_000: Limits(cold=1.0, warm=2.0, rss_mb=300.0, changed=1.1),
    1_000_000: Limits(cold_seconds=10.0, warm=2.0, rss_mb=400.0, changed=1.1),
}
GROWTH = 11.0
STARTUP = 1.3

# `--rollup` (issue 18): a city's view over 150 county ledgers holding 1M
# entries in all, warm (the cache filled, nothing changed upstream).
ROLLUP_COUNTIES = 150
ROLLUP_ENTRIES = 6_667
"""Entries per county: 150 of them make a million."""
ROLLUP_UNITS = 43
"""Units per county: the shipped Huantai units.yaml's (a county's own, no more)."""
ROLLUP_WALL = 5.0
ROLLUP_MB = 1024.0
ROLLUP_WALL_PER_CPU = 0.75
"""Wall time over CPU time (its git and worker processes' included) of a
warm rollup: at most this when both cores work (1 would be one core)."""


# --- judging ---------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    name: str
    value: float
    unit: str
    limit: float | None
    detail: str = ""

    @property
    def ok(self) -> bool | None:
        return judge(self.value, self.limit)


def judge(value: float, limit: float | None) -> bool | None:
    """Met (True), missed (False), or not a target (None)."""
    return None if limit is None else value <= limit


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    quiet: bool = False

    def add(self, name: str, value: float, unit: str, limit: float | None, detail: str = "") -> Row:
        row = Row(name, value, unit, limit, detail)
        self.rows.append(row)
        if not self.quiet:
            print(self.line(row), flush=True)
        return row

    @staticmethod
    def line(row: Row) -> str:
        mark = {True: "ok", False: "MISSED", None: ""}[row.ok]
        target = "" if row.limit is None else f"<= {row.limit:g}{row.unit}"
        shown = f"{row.value:.2f}{row.unit}"
        return f"{row.name:<58} {shown:>10}  {target:<11} {mark:<6} {row.detail}"

    @property
    def missed(self) -> list[Row]:
        return [row for row in self.rows if row.ok is False]

    def exit_code(self) -> int:
        return 1 if self.missed else 0

    def markdown(self) -> str:
        lines = ["| measure | figure | target | |", "|---|---|---|---|"]
        for row in self.rows:
            target = "" if row.limit is None else f"≤ {row.limit:g}{row.unit}"
            mark = {True: "ok", False: "**MISSED**", None: ""}[row.ok]
            figure = f"{row.value:.2f}{row.unit}"
            name = row.name + (f" ({row.detail})" if row.detail else "")
            lines.append(f"| {name} | {figure} | {target} | {mark} |")
        return "\n".join(lines)


# --- running ---------------------------------------------------------------------


@dataclass(frozen=True)
class Cmd:
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path | None = None


@dataclass
class Series:
    times: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    """Peak resident memory of each run, MB (empty where the OS does not say)."""
    with_workers: int = 0
    """Runs whose peak is their and their worker processes' memory summed."""
    cpu: list[float] = field(default_factory=list)
    """CPU seconds of each run, its children's included."""

    def peak(self) -> str:
        """The largest peak, and how it was measured."""
        how = (" (the process and its workers, PSS summed)" if self.with_workers else
               " (the process's RSS)")  # fmt: skip
        return f"max {max(self.rss):.0f} MB{how}"

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def rss_median(self) -> float:
        return statistics.median(self.rss) if self.rss else float("nan")

    def spread(self) -> str:
        return f"{self.median:.2f} s [{min(self.times):.2f}–{max(self.times):.2f}]"


def _children(pid: int) -> list[int]:
    """The live child processes of `pid` (Linux), [] where that is unknown."""
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as listed:
                out.extend(int(child) for child in listed.read().split())
    except OSError:
        pass
    return out


def _pss_mb(pid: int) -> float:
    """Proportional set size of `pid` in MB (its share of pages it shares
    with its parent or workers), 0 where /proc does not say."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


class TreeMemory:
    """Peak memory of a process together with its worker processes: ru_maxrss
    counts one process only (the largest), so while a run has children their
    proportional set sizes are summed with the parent's, every 20 ms. A run
    with no children costs one directory read per sample."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.peak, self.saw_workers = pid, 0.0, False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(0.02):
            seen, todo = [], _children(self.pid)
            while todo:
                pid = todo.pop()
                seen.append(pid)
                todo.extend(_children(pid))
            if seen:
                self.saw_workers = True
                total = sum(map(_pss_mb, [self.pid, *seen]))
                self.peak = max(self.peak, total)

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak


def run_once(cmd: Cmd) -> tuple[float, float | None, bool, float | None]:
    """Wall time and peak memory (MB) of one whole-process run: its peak RSS,
    or, while it runs worker processes, its and their memory together;
    whether it had workers; and its CPU seconds, user and system, its
    children's included (None where the OS does not say)."""
    env = {**os.environ, **cmd.env}
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd.argv, stdout=subprocess.DEVNULL, stderr=err, env=env,
                                cwd=cmd.cwd)  # fmt: skip
        rss: float | None = None
        cpu: float | None = None
        tree = None
        if hasattr(os, "wait4"):
            tree = TreeMemory(proc.pid) if sys.platform == "linux" else None
            _, status, usage = os.wait4(proc.pid, 0)
            took = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            kb = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)
            rss = max(kb / 1024, tree.stop() if tree is not None else 0.0)
            cpu = usage.ru_utime + usage.ru_stime
        else:
            proc.wait()
            took = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            err.seek(0)
            message = err.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"{' '.join(cmd.argv)} exited {proc.returncode}: {message}")
    return took, rss, tree is not None and tree.saw_workers, cpu


def interleaved(
    a: Cmd, b: Cmd, runs: int, before_a: Callable[[], None] | None = None
) -> tuple[Series, Series]:
    """Both commands `runs` times, alternating A B A B …; `before_a` runs
    (untimed) before each A."""
    sa, sb = Series(), Series()
    for _ in range(runs):
        for cmd, series, hook in ((a, sa, before_a), (b, sb, None)):
            if hook is not None:
                hook()
            took, rss, workers, cpu = run_once(cmd)
            series.with_workers += workers
            series.times.append(took)
            if cpu is not None:
                series.cpu.append(cpu)
            if rss is not None:
                series.rss.append(rss)
    return sa, sb


def zwgk_command() -> list[str]:
    """The installed console script, as a clerk runs it, else the module."""
    script = shutil.which("zwgk", path=str(Path(sys.executable).parent)) or shutil.which("zwgk")
    return [script] if script else [sys.executable, "-m", "zwgk"]


def machine() -> str:
    """CPU model, cores, RAM, Python and OS, for the README beside the figures."""
    cpu = platform.processor() or platform.machine()
    ram = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
                break
    except OSError:
        pass
    if not ram and sys.platform == "darwin":
        out = subprocess.run(["sysctl", "-n", "hw.memsize"], capture_output=True, text=True)
        if out.returncode == 0:
            ram = f"{int(out.stdout) / 1024**3:.0f} GB RAM"
    parts = [cpu, f"{os.cpu_count()} cores", ram, f"Python {platform.python_version()}",
             platform.platform()]  # fmt: skip
    return ", ".join(p for p in parts if p)


def short(entries: int) -> str:
    return f"{entries // 1000}k" if entries < 1_000_000 else f"{entries // 1_000_000}M"


# --- the ledgers -----------------------------------------------------------------


def ledger_key() -> str:
    """Changes when the generator or the plan it stretches changes."""
    digest = hashlib.sha256()
    for rel in ("bench/generate.py", "data/tasks.yaml", "data/units.yaml"):
        digest.update((REPO / rel).read_bytes())
    return digest.hexdigest()[:10]


def ledger(data: Path, entries: int) -> Path:
    """The generated ledger of `entries` (a git repository whose second commit
    adds 1 %), written once and reused; its working tree reset to HEAD."""
    root = data / f"ledger-{entries}-{ledger_key()}"
    if not (root / ".git").exists():
        print(f"generating {entries:,} entries in {root} …", flush=True)
        partial = root.with_name(root.name + ".partial")
        cmd = [sys.executable, str(REPO / "bench/generate.py"), str(partial), "--entries",
               str(entries), "--git", "--revision-adds", "1"]  # fmt: skip
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        if root.exists():
            shutil.rmtree(root)
        partial.rename(root)
    subprocess.run(["git", "-C", str(root), "checkout", "-q", "--", "data"], check=True)
    return root


def yaml_loop_script(root: Path) -> str:
    return (
        "import glob, yaml\n"
        f"files = sorted(glob.glob({str(root / 'data' / 'progress' / '*' / '*.yaml')!r}))\n"
        f"files += [{str(root / 'data' / 'tasks.yaml')!r}, {str(root / 'data' / 'units.yaml')!r}]\n"
        "for name in files:\n"
        "    with open(name, encoding='utf-8') as f:\n"
        "        yaml.load(f, Loader=yaml.CSafeLoader)\n"
    )


def json_copy(root: Path) -> Path:
    """The ledger's entries as one JSON file, for the warm baseline."""
    import yaml

    target = root.with_name(root.name + ".json")
    if target.exists():
        return target
    data = []
    for name in sorted((root / "data" / "progress").glob("*/*.yaml")):
        entries = yaml.load(name.read_text("utf-8-sig"), Loader=yaml.CSafeLoader) or []
        data.append({"file": name.name, "entries": entries})
    target.write_text(json.dumps(data, ensure_ascii=False, default=str), "utf-8")
    return target


def rollup_city(data: Path) -> Path:
    """A folder of ROLLUP_COUNTIES bare repositories, each a generated county
    ledger of ROLLUP_ENTRIES entries (its own seed), and the rollup.yaml
    listing them; written once (two generators at a time) and reused."""
    city = data / f"rollup-{ROLLUP_COUNTIES}x{ROLLUP_ENTRIES}-{ledger_key()}"
    config = city / "rollup.yaml"
    if config.exists():
        return city
    print(f"generating {ROLLUP_COUNTIES} county ledgers in {city} …", flush=True)
    city.mkdir(parents=True, exist_ok=True)
    names = [f"county-{i:03d}" for i in range(1, ROLLUP_COUNTIES + 1)]

    def make(i: int, name: str) -> subprocess.Popen[bytes] | None:
        if (city / f"{name}.git").exists():
            return None
        cmd = [sys.executable, str(REPO / "bench/generate.py"), str(city / name),
               "--entries", str(ROLLUP_ENTRIES), "--units", str(ROLLUP_UNITS),
               "--seed", str(i), "--git"]  # fmt: skip
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL)

    def bare(name: str) -> None:
        work, target = city / name, city / f"{name}.git"
        subprocess.run(["git", "clone", "-q", "--bare", str(work), str(target)], check=True)
        shutil.rmtree(work)

    running: list[tuple[str, subprocess.Popen[bytes]]] = []
    for i, name in enumerate(names, 1):
        proc = make(i, name)
        if proc is not None:
            running.append((name, proc))
        while len(running) >= 2 or (running and i == len(names)):
            done, proc = running.pop(0)
            if proc.wait() != 0:
                raise SystemExit(f"generate.py failed for {done}")
            bare(done)
    items = "".join(f"  - name: {name}\n    remote: {name}.git\n" for name in names)
    config.write_text("ledgers:\n" + items, "utf-8")
    return city


# --- the measures ----------------------------------------------------------------


class Bench:
    def __init__(self, results: Results, zwgk: list[str], cache: Path) -> None:
        self.results = results
        self.zwgk = zwgk
        self.cache = cache

    def cmd(self, root: Path, args: list[str], env: dict[str, str] | None = None) -> Cmd:
        return Cmd([*self.zwgk, "--root", str(root), *args], env or {})

    def clear_cache(self) -> None:
        shutil.rmtree(self.cache, ignore_errors=True)
        self.cache.mkdir(parents=True)

    def startup(self, runs: int) -> None:
        floor = Cmd([sys.executable, "-c", FLOOR])
        run_once(Cmd([*self.zwgk, "status"], cwd=REPO))  # the cache, as on every run but the first
        for args in (["status"], ["--help"], ["validate"]):
            took, base = interleaved(Cmd([*self.zwgk, *args], cwd=REPO), floor, runs)
            limit = STARTUP if args == ["status"] else None
            self.results.add(
                f"startup: zwgk {args[0]} / `python -c '{FLOOR}'`",
                took.median / base.median,
                "x",
                limit,
                f"{took.median * 1000:.0f} ms / {base.median * 1000:.0f} ms",
            )

    def size(self, root: Path, entries: int, runs: int) -> dict[str, Series]:
        """Every measure at one size; the cold and warm status series, for growth."""
        limits = SIZES[entries]
        label = short(entries)
        add = self.results.add
        loop = Cmd([sys.executable, "-c", yaml_loop_script(root)])
        copy = json_copy(root)
        read_json = Cmd([sys.executable, "-c", f"import json; json.load(open({str(copy)!r}, "
                                                f"encoding='utf-8'))"])  # fmt: skip
        print(f"\n{label}: {root}", flush=True)
        kept: dict[str, Series] = {}
        for name, args in COMMANDS.items():
            cold, base = interleaved(self.cmd(root, args, COLD), loop, runs)
            add(f"cold {name} {label} / CSafeLoader loop", cold.median / base.median, "x",
                limits.cold, f"{cold.spread()} / {base.spread()}")  # fmt: skip
            if limits.cold_seconds is not None:
                add(f"cold {name} {label}, wall", cold.median, " s", limits.cold_seconds,
                    cold.spread())  # fmt: skip
            if cold.rss:
                add(f"cold {name} {label}, peak RSS", cold.rss_median, " MB", limits.rss_mb,
                    cold.peak())  # fmt: skip
            run_once(self.cmd(root, args))  # fill the cache
            warm, base = interleaved(self.cmd(root, args), read_json, runs)
            memory = f"; peak RSS {warm.rss_median:.0f} MB" if warm.rss else ""
            add(f"warm {name} {label} / json.load", warm.median / base.median, "x", limits.warm,
                f"{warm.spread()} / {base.spread()}{memory}")  # fmt: skip
            if name == "status":
                kept = {"cold": cold, "warm": warm}

        status = COMMANDS["status"]
        first, cold = interleaved(self.cmd(root, status), self.cmd(root, status, COLD), runs,
                                  before_a=self.clear_cache)  # fmt: skip
        if first.rss:
            add(f"first status {label} (writes the cache), peak RSS", first.rss_median, " MB",
                limits.rss_mb, f"{first.peak()}; without the cache {cold.rss_median:.0f} MB; "
                f"{first.spread()} / {cold.spread()}")  # fmt: skip

        one = sorted((root / "data" / "progress").glob("*/*.yaml"))[0]
        original = one.read_bytes()

        def change_one_file() -> None:
            data = one.read_bytes()
            one.write_bytes(original if data != original else original + b"# bench\n")

        try:
            changed, same = interleaved(self.cmd(root, status), self.cmd(root, status), runs,
                                        before_a=change_one_file)  # fmt: skip
        finally:
            one.write_bytes(original)
        add(f"warm status {label}, one file changed / nothing changed",
            changed.median / same.median, "x", limits.changed,
            f"{changed.spread()} / {same.spread()}")  # fmt: skip

        diff = Cmd([*self.zwgk, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF], cwd=root)
        took, warm = interleaved(diff, self.cmd(root, status), runs)
        add(f"diff HEAD~1 HEAD {label} (adds 1%) / warm status", took.median / warm.median, "x",
            limits.diff, f"{took.spread()} / {warm.spread()}")  # fmt: skip
        if took.rss and warm.rss:
            memory = f"{took.rss_median:.0f} MB / {warm.rss_median:.0f} MB"
            add(f"diff {label}, peak RSS / warm status's", took.rss_median / warm.rss_median,
                "x", limits.diff, memory)  # fmt: skip
        return kept

    def rollup(self, city: Path, runs: int) -> None:
        """`zwgk rollup` over the generated city: once to fill the cache
        (every county fetched and computed), then warm against the same
        with --offline (what fetching 150 remotes costs)."""
        add = self.results.add
        base = [*self.zwgk, "rollup", "--config", str(city / "rollup.yaml"), "--as-of", AS_OF,
                "--format", "json"]  # fmt: skip
        label = f"{ROLLUP_COUNTIES} ledgers, {ROLLUP_COUNTIES * ROLLUP_ENTRIES // 1000}k entries"
        print(f"\nrollup: {city}", flush=True)
        self.clear_cache()
        took, rss, _, cpu = run_once(Cmd(base))
        add(f"first rollup {label} (clones, computes), wall", took, " s", None,
            f"CPU {cpu:.1f} s" if cpu is not None else "")  # fmt: skip
        if rss is not None:
            add(f"first rollup {label}, peak memory", rss, " MB", None)
        warm, offline = interleaved(Cmd(base), Cmd([*base, "--offline"]), runs)
        add(f"warm rollup {label}, wall", warm.median, " s", ROLLUP_WALL,
            f"{warm.spread()}; --offline {offline.spread()}")  # fmt: skip
        if warm.rss:
            add(f"warm rollup {label}, peak memory", warm.rss_median, " MB", ROLLUP_MB,
                warm.peak())  # fmt: skip
        if warm.cpu:
            used = statistics.median(warm.cpu)
            add(f"warm rollup {label}, wall / CPU time (both cores at work)",
                warm.median / used, "x", ROLLUP_WALL_PER_CPU,
                f"CPU {used:.2f} s, {used / warm.median:.2f} cores")  # fmt: skip

    def growth(self, small: Path, big: Path, labels: str, runs: int) -> None:
        status = COMMANDS["status"]
        for kind, env in (("cold", COLD), ("warm", {})):
            if not env:
                run_once(self.cmd(small, status))
                run_once(self.cmd(big, status))
            b, s = interleaved(self.cmd(big, status, env), self.cmd(small, status, env), runs)
            self.results.add(f"growth: {kind} status {labels}", b.median / s.median, "x",
                             GROWTH, f"{b.spread()} / {s.spread()}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--million", action="store_true", help="1,000,000 entries too")
    parser.add_argument("--sizes", type=lambda text: [int(n) for n in text.split(",")],
                        help="only these sizes, e.g. 10000 (default 10000,100000)")  # fmt: skip
    parser.add_argument("--rollup", action="store_true",
                        help="only `zwgk rollup`: 150 ledgers, 1M entries in all")  # fmt: skip
    parser.add_argument("--data", type=Path, default=REPO / "bench" / ".data",
                        help="where the generated ledgers are kept (bench/.data)")  # fmt: skip
    args = parser.parse_args()
    startup_runs = 7 if args.quick else 21
    runs = {10_000: 3, 100_000: 3} if args.quick else {10_000: 9, 100_000: 5}
    runs[1_000_000] = 3  # a million entries: bounded, whatever else is asked
    zwgk = zwgk_command()
    # An installed package has its bytecode compiled by pip; a source checkout
    # (editable install) may not, where PYTHONDONTWRITEBYTECODE is set: compile
    # it, so the figures are those of zwgk as installed.
    import zwgk as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)],
                   check=False, stdout=subprocess.DEVNULL)  # fmt: skip
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
    print(f"machine: {machine()}")
    print(f"zwgk: {' '.join(zwgk)} ({package.__file__}, commit {commit or '?'})")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")
    results = Results()
    args.data.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        os.environ["ZWGK_CACHE_DIR"] = str(cache)  # never the user's cache
        os.environ.pop("ZWGK_NO_CACHE", None)
        bench = Bench(results, zwgk, cache)
        if args.rollup:
            bench.rollup(rollup_city(args.data), 3)
            print("\n" + results.markdown())
            return results.exit_code()
        bench.startup(startup_runs)
        sizes = args.sizes or [10_000, 100_000] + ([1_000_000] if args.million else [])
        if any(n not in SIZES for n in sizes):
            parser.error(f"--sizes: one of {', '.join(map(str, SIZES))}")
        roots = {n: ledger(args.data, n) for n in sizes}
        for n in sizes:
            bench.size(roots[n], n, runs[n])
        print()
        for small, big in itertools.pairwise(sizes):
            label = f"{short(big)} / {short(small)}"
            bench.growth(roots[small], roots[big], label, min(runs[small], runs[big]))
    print("\n" + results.markdown())
    missed = results.missed
    print(f"\n{len(missed)} target(s) missed" if missed else "\nall targets met")
    return results.exit_code()


if __name__ == "__main__":
    sys.exit(main())
