"""Fetching the county ledgers of a city's view (`zwgk rollup`) with git.

Plain git, no sync of our own: each remote is fetched into a bare
repository of its own in the user's cache folder (the one the ledger cache
uses, `cache.cache_home`: ZWGK_CACHE_DIR included), under
`rollup/<hash of remote and branch>.git`, one commit deep (`--depth 1`):
the files are then read straight from git's objects at that commit
(`review.git.GitFiles`), no working tree is ever checked out, so no
`.gitattributes` filter, hook or config of the fetched repository runs.
A local folder that is not a git repository is read in place.

git never prompts (GIT_TERMINAL_PROMPT=0, ssh in batch mode) and every call
has a time limit. A remote that cannot be fetched while an earlier copy is
in the cache is read from that copy, which says when it was last fetched and
what its commit's date is; with no copy, the county carries git's reason.
Remotes are fetched a few at a time (`FETCH_JOBS` threads, each waiting on
its git process).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from zwgk.errors import ZwgkError
from zwgk.i18n import t
from zwgk.ledger.cache import cache_home, digest
from zwgk.ledger.gitenv import git_command
from zwgk.ledger.rollupconf import is_url
from zwgk.model.rollup import Source, hide_remote

FETCH_TIMEOUT = 120
"""Seconds a git call may take before the remote counts as unreachable."""
FETCH_JOBS = 8
"""Remotes fetched at once: most of a fetch is waiting on the network or on
git's own processes, so more than the cores; bounded so 150 remotes do not
start 150 processes together."""
REF = "refs/zwgk/rollup"
"""Where the fetched commit is kept in the cache's bare repository."""
_FETCHED = "zwgk-fetched"
"""A file in the cache's repository: when it was last fetched (UTC seconds)."""


class Copy(NamedTuple):
    """What there is to read of one county, and how fresh it is."""

    source: Source
    git_dir: Path | None
    """The cache's bare repository holding the fetched commit (None: no copy,
    or a folder read in place)."""
    folder: Path | None
    """A local folder that is no git repository, read in place (`path`
    inside it is the ledger: `ledger_folder`)."""
    commit: str | None
    commit_time: dt.datetime | None
    """When the fetched commit was committed (in its own time zone)."""
    fetched_at: dt.datetime | None
    """When the copy was last fetched successfully (UTC)."""
    fresh: bool
    """Fetched on this run (False: offline, asked or forced)."""
    problem: str | None
    """Why the fetch failed (git's own message), None when it did not."""

    @property
    def ledger_folder(self) -> Path | None:
        """The ledger's own folder, when read in place."""
        if self.folder is None:
            return None
        return self.folder / self.source.path if self.source.path else self.folder

    @property
    def readable(self) -> bool:
        return self.git_dir is not None or self.folder is not None


def copy_folder(remote: str, branch: str | None) -> Path:
    """The cache's bare repository for `remote` at `branch`."""
    home = cache_home()
    if home is None:
        raise ZwgkError(t("ledger.rollup_no_cache"), hint=t("ledger.rollup_no_cache_hint"))
    key = digest(f"{remote}\0{branch or ''}".encode()).hex()
    return home / "rollup" / f"{key}.git"


def fetch_all(sources: list[Source], offline: bool) -> list[Copy]:
    """Each county's copy, in the order given: fetched now, or (offline, or
    the remote unreachable) the cache's last copy, or none with git's reason.
    A remote and branch several counties share (each its folder of one
    repository) is fetched once."""
    if not sources:
        return []
    once: dict[tuple[str, str | None], Source] = {}
    for source in sources:
        once.setdefault((source.remote, source.branch), source)
    with ThreadPoolExecutor(max_workers=min(FETCH_JOBS, len(once))) as pool:
        fetched = dict(zip(once, pool.map(lambda s: fetch(s, offline), once.values()), strict=True))
    return [fetched[(s.remote, s.branch)]._replace(source=s) for s in sources]


def in_place(source: Source) -> Copy | None:
    """The copy of `source` when it is a local folder that is no git
    repository, read in place; None when it is fetched. Known before any
    fetch (`zwgk rollup -o` is checked against its `ledger_folder` first)."""
    local = None if is_url(source.remote) else Path(source.remote)
    if local is not None and local.is_dir() and not _is_repository(local):
        return Copy(source, None, local, None, None, None, False, None)
    return None


def fetch(source: Source, offline: bool) -> Copy:
    here = in_place(source)
    if here is not None:
        return here
    where = copy_folder(source.remote, source.branch)
    problem = None
    fresh = False
    if not offline:
        problem = _fetch(where, source)
        fresh = problem is None
    return _kept(source, where, fresh, problem)


def _is_repository(folder: Path) -> bool:
    """A work tree's top (.git) or a bare repository (HEAD and objects/);
    looked at on disk, without running git in a folder not ours."""
    return (folder / ".git").exists() or (
        (folder / "HEAD").is_file() and (folder / "objects").is_dir()
    )


def _fetch(where: Path, source: Source) -> str | None:
    """Fetch `source` into `where`; git's reason when that failed. A copy
    made for this fetch is removed again when the fetch failed: an empty
    repository is no copy, and would stay in the cache for nothing."""
    made = not (where / "HEAD").is_file()
    try:
        if made:
            where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _git(None, "init", "--bare", "--quiet", "--", str(where))
        ref = source.branch or "HEAD"
        # "--": the remote and refspec are never read as options, whatever
        # reached `Source` (rollupconf refuses a leading "-" too).
        _git(where, "fetch", "--depth", "1", "--no-tags", "--quiet", "--no-write-fetch-head",
             "--", source.remote, f"+{ref}:{REF}")  # fmt: skip
    except (_Failed, OSError) as exc:
        if made:
            shutil.rmtree(where, ignore_errors=True)
        if isinstance(exc, _Failed):
            # git hides a password in its messages, not a token given as the user.
            return hide_remote(exc.reason, source.remote)
        return exc.strerror or str(exc)  # the cache folder cannot be made
    stamp = where / _FETCHED
    with contextlib.suppress(OSError):  # only the copy's age is lost
        stamp.write_text(str(int(dt.datetime.now(dt.UTC).timestamp())), encoding="ascii")
    return None


def _kept(source: Source, where: Path, fresh: bool, problem: str | None) -> Copy:
    """The copy in the cache at `where`, or none (with `problem`)."""
    if not (where / "HEAD").is_file():
        return Copy(
            source, None, None, None, None, None, False, problem or t("ledger.rollup_no_copy")
        )
    try:
        commit, when = _commit(where)
    except _Failed as exc:
        return Copy(source, None, None, None, None, None, False, problem or exc.reason)
    return Copy(source, where, None, commit, when, _fetched_at(where), fresh, problem)


_COMMIT = "zwgk-commit"
"""A file in the cache's repository: the fetched commit and its date, as
`git log` gave them, so that a warm run (the ref unchanged) runs no git to
know them: a fetch per remote is the cost of a warm rollup, not two."""


def _commit(where: Path) -> tuple[str, dt.datetime | None]:
    """The fetched commit and its date; _Failed (git's reason) when there is none."""
    known = where / _COMMIT
    try:
        ref = (where / REF).read_text(encoding="ascii").strip()  # a loose ref: ours, never packed
        kept, _, iso = known.read_text(encoding="ascii").strip().partition(" ")
        if kept == ref and len(ref) in (40, 64):
            return ref, _moment(iso)
    except (OSError, UnicodeDecodeError):
        pass
    line = _git(where, "log", "-1", "--format=%H %cI", REF).strip()
    with contextlib.suppress(OSError):
        known.write_text(line, encoding="ascii")
    commit, _, iso = line.partition(" ")
    return commit, _moment(iso)


def _moment(iso: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        return None


def _fetched_at(where: Path) -> dt.datetime | None:
    try:
        seconds = int((where / _FETCHED).read_text(encoding="ascii").strip())
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OSError, ValueError, OverflowError):
        return None


class _Failed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _git(git_dir: Path | None, *args: str) -> str:
    command, env = git_command(args, git_dir=git_dir, isolated=True)
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            check=False,
            env=env,
            timeout=FETCH_TIMEOUT,
        )
    except FileNotFoundError:
        raise _Failed(t("ledger.rollup_no_git")) from None
    except subprocess.TimeoutExpired:
        raise _Failed(t("ledger.rollup_timeout", seconds=FETCH_TIMEOUT)) from None
    if done.returncode != 0:
        lines = [
            x.strip() for x in done.stderr.decode("utf-8", "replace").splitlines() if x.strip()
        ]
        fatal = [x for x in lines if x.startswith(("fatal:", "error:"))]
        raise _Failed((fatal or lines or [f"git {args[0]}: exit {done.returncode}"])[0])
    return done.stdout.decode("utf-8", "replace")
