"""Reading progress files in worker processes changes nothing but the time:
the same entries, findings and outputs, byte for byte; Ctrl-C still ends the
run with 130 and leaves no process behind. (No timing here.)"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, count_calls, reaped, zwgk
from zwgk.ledger import parallel

AS_OF = ("--as-of", "2020-06-30")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's generator at 3,000 entries: every shape clerks and
    `record` write, one file in five with Windows line ends."""
    out = tmp_path_factory.mktemp("parallel") / "city"
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, str(REPO / "bench/generate.py"), str(out), "--entries", "3000",
           "--years", "3"]  # fmt: skip
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return out


@pytest.fixture
def city(generated: Path, tmp_path: Path) -> Path:
    """The generated ledger with a file that has errors and one the fast path
    leaves to the YAML loader (an anchor) among the files it reads."""
    root = tmp_path / "city"
    shutil.copytree(generated, root)
    files = sorted((root / "data/progress/2019").glob("*.yaml"))
    assert any(b"\r\n" in f.read_bytes() for f in files)  # a Windows file among them
    with files[3].open("a", encoding="utf-8", newline="") as f:
        f.write("- req: 1.10\n  date: 2019-05-05\n  status: done\n  status: done\n")
    with files[7].open("a", encoding="utf-8", newline="") as f:
        f.write("- req: '1.1'\n  date: 2019-05-06\n  status: done\n  note: &a 锚点\n")
    return root


def outputs(root: Path, env: dict[str, str]) -> list[tuple[int, str]]:
    runs = [
        zwgk(root, "status", *AS_OF, "--format", "json", env=env),
        zwgk(root, "status", *AS_OF, "--by", "unit", env=env),
        zwgk(root, "validate", *AS_OF, "--format", "json", env=env),
    ]
    return [(run.exit_code, run.stdout + run.stderr) for run in runs]


def counting(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Workers for any amount of files; count pools started and the files
    this process parsed itself (forked workers count in their own copy)."""
    import zwgk.ledger.yamlio as yamlio

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    counts = count_calls(monkeypatch, parallel, "_start", lambda *args: "pools")
    return count_calls(monkeypatch, yamlio, "fast_entries", lambda text: "parsed_here", counts)


def packs(cache_dir: Path) -> dict[str, Any]:
    """What each pack holds, read with the cache's own reader (its MAC
    differs from key to key)."""
    from zwgk.ledger.cache import KEY, read_records

    found = sorted(cache_dir.glob("*.pack"))
    if not found:
        return {}
    key = (cache_dir / KEY).read_bytes()
    return {p.name: read_records(p.read_bytes(), key) for p in found}


@pytest.mark.parametrize("cached", [False, True], ids=["no-cache", "cache"])
def test_workers_give_the_same_outputs_byte_for_byte(
    city: Path, monkeypatch: pytest.MonkeyPatch, cache_dir: Path, cached: bool
) -> None:
    counts = counting(monkeypatch)
    base = {} if cached else {"ZWGK_NO_CACHE": "1"}
    alone = outputs(city, {**base, "ZWGK_JOBS": "1"})
    assert counts["pools"] == 0
    assert alone[2][0] == 1 and "non-string-id" in alone[2][1]  # the errors are there
    kept = packs(cache_dir)
    assert bool(kept) == cached
    if cached:
        shutil.rmtree(cache_dir)
        cache_dir.mkdir()  # the workers' run fills the cache afresh
    counts["parsed_here"] = 0
    shared = outputs(city, {**base, "ZWGK_JOBS": "2"})
    assert shared == alone
    assert counts["pools"] == 3  # one per run: workers did read
    # This process parsed only the files the workers left to it: the one with
    # errors and the one with an anchor, at most once a run.
    files = len(list(city.glob("data/progress/*/*.yaml")))
    assert 0 < counts["parsed_here"] <= 2 * 3 < files
    assert packs(cache_dir) == kept  # and filled the cache with what a serial run keeps


def test_small_ledgers_and_zwgk_jobs_1_start_no_workers(
    city: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    monkeypatch.setattr(parallel, "_start", lambda *a: started.append(1))
    zwgk(city, "status", *AS_OF, env={"ZWGK_NO_CACHE": "1", "ZWGK_JOBS": "2"})
    assert started == []  # far below PARALLEL_FROM a year
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    zwgk(city, "status", *AS_OF, env={"ZWGK_NO_CACHE": "1", "ZWGK_JOBS": "1"})
    assert started == []


def test_a_system_without_worker_processes_reads_in_one(
    city: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some containers have no /dev/shm, which multiprocessing's locks need:
    the files are read in this process, as with ZWGK_JOBS=1."""
    import multiprocessing.context

    env = {"ZWGK_NO_CACHE": "1", "ZWGK_JOBS": "1"}
    alone = outputs(city, env)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)

    def no_pool(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(multiprocessing.context.ForkContext, "Pool", no_pool)
    assert outputs(city, {**env, "ZWGK_JOBS": "2"}) == alone


@pytest.mark.parametrize(
    ("value", "expected"), [("1", 1), ("3", 3), ("0", None), ("two", None), ("", None)]
)
def test_zwgk_jobs_sets_the_number_of_workers(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int | None
) -> None:
    monkeypatch.setenv("ZWGK_JOBS", value)
    default: Callable[[], int] = parallel.jobs
    if expected is None:  # not a number of workers: as if unset
        monkeypatch.delenv("ZWGK_JOBS")
        expected = default()
        monkeypatch.setenv("ZWGK_JOBS", value)
    assert parallel.jobs() == expected


DRIVER = """
import os, sys, time
from zwgk.ledger import parallel
parallel.PARALLEL_FROM = 0
real = parallel._work
marks = sys.argv[1]
def slow(rel):
    open(os.path.join(marks, str(os.getpid())), "w").close()
    time.sleep(0.2)
    return real(rel)
parallel._work = slow
from zwgk.cli.app import main
sys.argv = ["zwgk", "--root", sys.argv[2], "status", "--as-of", "2020-06-30"]
main()
"""


def test_ctrl_c_while_workers_read_is_130_and_leaves_no_process(city: Path, tmp_path: Path) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "ZWGK_LANG": "zh", "ZWGK_JOBS": "2",
           "ZWGK_NO_CACHE": "1", "TERM": "dumb"}  # fmt: skip
    env.pop("ZWGK_ROOT", None)
    # A session of its own: Ctrl-C at a terminal signals the whole group.
    run = subprocess.Popen([sys.executable, "-c", DRIVER, str(marks), str(city)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           start_new_session=True)  # fmt: skip
    with reaped(run):
        deadline = time.monotonic() + 60
        while len(list(marks.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = [int(p.name) for p in marks.iterdir()]
        assert len(workers) == 2, "both workers are reading"
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=60)
    assert run.returncode == 130
    assert err.decode("utf-8") == "已取消。\n"  # no traceback, from any process
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # ended and reaped, not left running


def test_a_worker_that_dies_does_not_hang_the_run(
    city: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed on the way (out of memory, a signal) takes its file's
    result with it: the run reads the rest itself and says the same."""
    import zwgk.ledger.yamlio as yamlio

    env = {"ZWGK_NO_CACHE": "1"}
    alone = outputs(city, {**env, "ZWGK_JOBS": "1"})
    counts = counting(monkeypatch)
    counted, here = yamlio.fast_entries, os.getpid()
    victim = sorted((city / "data/progress/2020").glob("*.yaml"))[4].read_text("utf-8-sig")

    def fast(text: str) -> Any:
        if os.getpid() != here and text.replace("\r\n", "\n") == victim.replace("\r\n", "\n"):
            os._exit(9)  # a worker, gone without a word
        return counted(text)

    monkeypatch.setattr(yamlio, "fast_entries", fast)
    assert outputs(city, {**env, "ZWGK_JOBS": "2"}) == alone
    assert counts["pools"] == 3


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity here")
def test_many_cores_start_no_more_than_the_default_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A container allowed two cores of a 64-core host still sees 64."""
    monkeypatch.delenv("ZWGK_JOBS", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)))
    assert parallel.jobs() == parallel.DEFAULT_JOBS
    monkeypatch.setenv("ZWGK_JOBS", "8")  # asked for: given
    assert parallel.jobs() == 8


def test_a_year_too_small_for_workers_reads_each_file_once(
    city: Path, monkeypatch: pytest.MonkeyPatch, cache_dir: Path
) -> None:
    """A county's every run: with the cache on and cores to spare, each
    progress file is read once, not once to look it up and again to parse it."""
    from zwgk.ledger.load import DiskFiles

    reads = count_calls(monkeypatch, DiskFiles, "read", lambda files, rel: rel)
    for _ in range(2):  # fills the cache, then reads from it
        reads.clear()
        assert zwgk(city, "status", *AS_OF, env={"ZWGK_JOBS": "2"}).exit_code in (0, 1)
        progress = {rel: n for rel, n in reads.items() if rel.startswith("data/progress/")}
        assert progress and set(progress.values()) == {1}
