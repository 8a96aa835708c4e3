"""Reading many progress files on every core.

A city ledger's first run (or any run with ZWGK_NO_CACHE=1) parses over a
hundred megabytes of progress files: on one core, most of the run. When a
year folder holds at least `PARALLEL_FROM` bytes of files to parse, worker
processes (forked: they start in milliseconds and inherit what is loaded)
each read and parse whole files, one at a time, by the fast path and send
back the cache's packed columns, built straight from the parsed fields
(`progress.fast_columns`: no entry is made there); this process builds the
entries from them, as a warm run does, in the ledger's order, and keeps them
in the cache. A file the fast path does not read, or that cannot be read at all, is
read here afterwards, the careful way, exactly as without workers: entries,
findings, their order and the cache are the same either way (the tests
compare them byte for byte).

ZWGK_JOBS=N sets the number of workers (1: none). Without it, one per core
on systems that fork (Linux and the BSDs); none on Windows and macOS, where a
worker would start a new Python and import zwgk (spawn), eating much of what
it saves on the sizes a county or a city has.
"""

from __future__ import annotations

import marshal
import os
import signal
import sys
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any

from zwgk.errors import YamlSyntaxError
from zwgk.ledger.cache import digest, entries_of, group_of, kept_entries, record_of
from zwgk.ledger.layout import unit_of

if TYPE_CHECKING:
    from zwgk.ledger.load import DiskFiles, Files
    from zwgk.model.findings import Finding
    from zwgk.model.plan import Entry

JOBS = "ZWGK_JOBS"
DEFAULT_JOBS = 4
"""At most this many workers unless ZWGK_JOBS asks for more."""
PARALLEL_FROM = 2 << 20
"""Bytes of progress files to parse in one year folder from which workers
pay for themselves: about a tenth of a second of parsing, several times what
starting them costs (a 10,000-entry ledger stays in one process)."""

Result = tuple[list["Entry"], list["Finding"]]


def jobs() -> int:
    """How many processes may parse at once: ZWGK_JOBS when it is a whole
    number of at least 1, else one per core where processes fork cheaply."""
    chosen = os.environ.get(JOBS, "").strip()
    if chosen.isascii() and chosen.isdigit() and int(chosen) >= 1:
        return min(int(chosen), 64)
    if not hasattr(os, "fork") or sys.platform == "darwin":
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - no affinity on this system
        cores = os.cpu_count() or 1
    # A container allowed two cores of a 64-core host still sees 64: more
    # workers than DEFAULT_JOBS would cost memory (some 35 MB each) for little.
    return min(cores, DEFAULT_JOBS)


def read_all(
    source: Files,
    rels: list[str],
    cache: Any,
    read_one: Any,
) -> Generator[Result, None, None]:
    """(entries, findings) of each file of `rels`, in that order, as
    `read_one(source, rel, cache)` (`load.read_progress`) gives them; year
    folders with much to parse are parsed by worker processes."""
    from zwgk.ledger.load import DiskFiles

    workers = jobs()
    if workers < 2 or type(source) is not DiskFiles or not hasattr(os, "fork"):
        for rel in rels:
            yield read_one(source, rel, cache)
        return
    pool: Any = None
    started: list[Any] = []
    try:
        years = list(_by_year(rels))
        for at, year in enumerate(years, 1):
            if pool is None and (workers < 2 or _size(source, year) < PARALLEL_FROM):
                # Too little to parse even if none is in the cache (a county's
                # every run): read each file once, as without workers.
                for rel in year:
                    yield read_one(source, rel, cache)
                continue
            known: list[Result | None] = [_cached(source, rel, cache) for rel in year]
            todo = [i for i, found in enumerate(known) if found is None]
            if pool is None and todo and _size(source, [year[i] for i in todo]) >= PARALLEL_FROM:
                pool = _start(source, cache, workers)
                if pool is None:  # no processes to be had here: one process it is
                    workers = 1
                else:  # the pool replaces a worker that dies: watch these
                    started = list(pool._pool)
            if pool is None:
                for i, rel in enumerate(year):
                    yield known[i] or read_one(source, rel, cache)
                continue
            done = pool.imap(_work, [year[i] for i in todo], chunksize=1)
            if at == len(years):
                # Nothing more to hand out: each worker ends (and its memory
                # goes) as soon as the last result has arrived, not when this
                # process has caught up with them.
                pool.close()
            for i, rel in enumerate(year):
                found = known[i]
                if found is None and pool is not None:  # the results come in this order
                    try:
                        found = _unpacked(source, rel, cache, _next(done, started))
                    except _WorkerLost:  # its file would never come: read the rest here
                        pool.terminate()
                        pool.join()
                        pool, workers = None, 1
                yield found or read_one(source, rel, cache)
    finally:
        if pool is not None:
            pool.terminate()  # done, or stopped (Ctrl-C): no worker outlives the run
            pool.join()


class _WorkerLost(Exception):
    """A worker ended without its file's result (killed: out of memory, a
    signal): the pool would wait for that result for ever."""


def _next(done: Any, workers: list[Any]) -> Any:
    """The next result of `done` (a pool's imap), checking every half second
    that none of the `workers` the pool started has died on the way."""
    import multiprocessing

    while True:
        try:
            return done.next(timeout=0.5)
        except multiprocessing.TimeoutError:
            if any(worker.exitcode is not None for worker in workers):
                raise _WorkerLost from None


def _by_year(rels: list[str]) -> Iterator[list[str]]:
    """`rels` in runs of one year folder each (the cache's packs), in order."""
    run: list[str] = []
    for rel in rels:
        if run and group_of(rel) != group_of(run[0]):
            yield run
            run = []
        run.append(rel)
    if run:
        yield run


def _cached(source: Files, rel: str, cache: Any) -> Result | None:
    """The file's entries from the cache, or None to parse it (or read it the
    careful way: a file that cannot be read is left to `read_one` too)."""
    if cache is None or not cache.enabled:
        return None
    try:
        raw = source.read(rel)
    except YamlSyntaxError:
        return None
    if raw is None:
        return None
    kept = kept_entries(cache, rel, digest(raw), source.shown(rel), unit_of(rel))
    return None if kept is None else (kept, [])


def _size(source: DiskFiles, rels: list[str]) -> int:
    """The bytes of `rels` on disk, counted up to PARALLEL_FROM (a stat each,
    nothing read)."""
    total = 0
    for rel in rels:
        try:
            total += os.stat(os.path.join(source.root, rel)).st_size
        except OSError:
            continue
        if total >= PARALLEL_FROM:
            break
    return total


def _unpacked(source: Files, rel: str, cache: Any, parsed: Any) -> Result | None:
    """What a worker sent for `rel`, as entries (and kept in the cache as a
    serial run keeps it); None when the file is to be read here."""
    if parsed is None:
        return None
    _, key, columns = marshal.loads(parsed)
    entries = entries_of(columns, source.shown(rel), unit_of(rel))  # our own: not checked
    if cache is not None:
        cache.put_record(rel, key, parsed)  # as it will be written: bytes, not objects
    return entries, []


_SOURCE: DiskFiles | None = None
_KEYED = False


def _start(source: Files, cache: Any, workers: int) -> Any:
    """A pool of forked workers that read files from `source`, or None when
    this system cannot give one (the files are then read here). Ctrl-C is
    for this process alone: the workers ignore it (blocked until they do,
    so that none is caught half-started) and are ended with the pool."""
    global _SOURCE, _KEYED
    _SOURCE, _KEYED = source, cache is not None and cache.enabled  # type: ignore[assignment]
    return _start_pool(workers, _quiet)


def _quiet() -> None:
    """In a worker: Ctrl-C stops the main process, which ends the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _work(rel: str) -> bytes | None:
    """In a worker: the file's record in the cache's pack (`record_of`: its
    path, the key of its bytes, its packed entries; smaller and quicker to
    send and to read than the objects pickled) when the fast path reads it
    whole and clean; None to leave it to the main process (the careful way,
    with findings)."""
    from zwgk.ledger.progress import fast_columns
    from zwgk.ledger.yamlio import decode

    assert _SOURCE is not None
    shown = _SOURCE.shown(rel)
    try:
        raw = _SOURCE.read(rel)
        if raw is None:
            return None
        text = decode(raw, shown)
    except YamlSyntaxError:
        return None
    columns = fast_columns(text, unit_of(rel))
    if columns is None:
        return None
    return record_of(rel, digest(raw) if _KEYED else b"", columns)


_TASK: Any = None


def fork_map(func: Any, items: list[Any]) -> Iterator[Any]:
    """`func(item)` of each item, in order, computed by forked workers
    (`jobs()` of them; ZWGK_JOBS=1, one item or a system that cannot fork:
    here, one after the other). What `func` returns must pickle. The same
    care as `read_all`'s: Ctrl-C is this process's, the workers end with the
    pool, a worker that dies is noticed and the rest computed here; a worker
    starts no workers of its own. (`zwgk rollup`: a county each.)"""
    global _TASK
    workers = min(jobs(), len(items))
    pool = None
    if workers >= 2 and hasattr(os, "fork"):
        _TASK = func
        pool = _start_pool(workers, _quiet_alone)
    if pool is None:
        for item in items:
            yield func(item)
        return
    started = list(pool._pool)
    try:
        done = pool.imap(_do, items, chunksize=1)
        for item in items:
            if pool is None:
                yield func(item)
                continue
            try:
                yield _next(done, started)
            except _WorkerLost:
                pool.terminate()
                pool.join()
                pool = None
                yield func(item)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def _do(item: Any) -> Any:
    return _TASK(item)


def _quiet_alone() -> None:
    """In a `fork_map` worker: quiet on Ctrl-C, and no pool of its own (a
    daemonic worker may not start processes)."""
    _quiet()
    os.environ[JOBS] = "1"


def _start_pool(workers: int, initializer: Any) -> Any:
    """A forked pool, SIGINT blocked while it starts; None where there is none."""
    import multiprocessing

    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=initializer)
    except (OSError, ImportError):
        pool = None
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    except KeyboardInterrupt:
        if pool is not None:
            pool.terminate()
            pool.join()
        raise
    return pool
