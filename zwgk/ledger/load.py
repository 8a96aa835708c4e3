"""Finding a ledger on disk and loading all of its files."""

from __future__ import annotations

import datetime as dt
import gc
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from zwgk.errors import EXIT_USAGE, YamlSyntaxError, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import (
    CALENDAR,
    DATA,
    PLAN_FILES,
    PLAN_NAMES,
    PLANS,
    PROGRESS,
    TASKS,
    TEMPLATES,
    UNITS,
    YEAR_FOLDER,
    display_path,
    is_ledger,
    is_lock_file,
    is_plan_file,
    is_progress_file,
    ledger_above,
    plan_rel,
    plan_years,
    unit_of,
)
from zwgk.ledger.progress import fast_columns
from zwgk.ledger.safefs import MAX_FILE, NotRegular, TooLarge, inside, is_link, read_regular
from zwgk.model.calendar import WorkCalendar
from zwgk.model.directory import Directory
from zwgk.model.findings import Finding
from zwgk.model.plan import Entry, Plan

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from zwgk.ledger.yamlio import Problem

# Parsing (yamlio, plan, the schema readers) is imported where a file has to
# be parsed: on a warm cache, nothing is.


def find_root(explicit: str | None = None, start: Path | None = None) -> Path:
    """The ledger folder: `--root`/`ZWGK_ROOT`, else the first folder upwards from
    `start` (the working directory) that holds data/tasks.yaml, as git finds .git."""
    root = find_root_if_any(explicit, start)
    if root is None:
        raise ZwgkError(
            t("ledger.none_found", cwd=(start or Path.cwd()).resolve()),
            hint=t("ledger.none_found_hint"),
            exit_code=EXIT_USAGE,
        )
    return root


def find_root_if_any(explicit: str | None = None, start: Path | None = None) -> Path | None:
    """The ledger folder as `find_root` finds it, or None outside any ledger.
    A ledger named explicitly (`--root`, `ZWGK_ROOT`) must exist all the same."""
    chosen = explicit or os.environ.get("ZWGK_ROOT") or None
    if chosen:
        root = Path(chosen).expanduser()
        if not is_ledger(root):
            raise ZwgkError(
                t("ledger.not_a_ledger", root=root),
                hint=t("ledger.not_a_ledger_hint"),
                exit_code=EXIT_USAGE,
            )
        return root.resolve()
    return ledger_above(start or Path.cwd())


@dataclass
class Ledger:
    """Everything read from one ledger, with the problems met while reading."""

    root: Path
    plan: Plan | None
    directory: Directory
    entries: list[Entry] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    """Syntax and shape problems; checks of meaning live in `zwgk/checks/`."""
    calendar: WorkCalendar = field(default_factory=WorkCalendar.official)
    warnings: list[str] = field(default_factory=list)
    """Things worth saying that are not findings: a cache that was ignored."""
    years: tuple[int, ...] = ()
    """The plan years the ledger holds (data/plans/); () for data/tasks.yaml."""
    year: int | None = None
    """The plan year read, of `years` (None: the one plan, data/tasks.yaml)."""
    file_keys: dict[str, bytes] = field(default_factory=dict)
    """The hash (`cache.digest`) of the bytes each file was read from, by its
    path, when the cache was on (validate's per-file verdicts); else empty."""

    def shown(self, path: Path) -> str:
        return display_path(self.root, path)

    @property
    def plan_path(self) -> str:
        """The plan file read: data/tasks.yaml, or data/plans/YYYY.yaml."""
        return plan_rel(self.year)

    def for_plan(self, entries: list[Entry]) -> list[Entry]:
        """Those of `entries` that count for the plan read (`years.py`): in a
        ledger of one plan, all."""
        if self.year is None:
            return entries
        from zwgk.ledger.years import entries_for

        return entries_for(self.years, self.year, entries)


@dataclass
class PlannedLedger(Ledger):
    """A ledger whose plan files read without an error, as `load_plan_or_fail`
    hands it to the commands that compute anything: its plan is never None."""

    plan: Plan
    unread: dict[str, list[Finding]] = field(default_factory=dict)
    """`load_plan_or_fail(per_unit=True)`: the units whose progress files
    could not be read in full, each with the errors saying why. Their entries
    are not known, so neither is the status of any obligation they count for
    (`engine.obligations.depends_on`): the caller leaves those out."""


def _syntax_finding(exc: YamlSyntaxError) -> Finding:
    if isinstance(exc, NotRead):
        return Finding(exc.path, 0, 0, "error", exc.code, exc.message, exc.hint)
    from zwgk.ledger.yamlio import NotUtf8

    if isinstance(exc, NotUtf8):  # no YAML to fix: its encoding, and the fix for that
        return Finding(exc.path, exc.line, exc.col, "error", "syntax", exc.message, exc.hint)
    return Finding(
        exc.path,
        exc.line,
        exc.col,
        "error",
        "syntax",
        t("yaml.syntax", problem=exc.message),
        t("yaml.syntax_hint"),
    )


class NotRead(YamlSyntaxError):
    """A ledger file zwgk will not read: `code` says why (a finding's code)."""

    def __init__(self, path: str, code: str, message: str, hint: str) -> None:
        super().__init__(path, 0, 0, message)
        self.code = code
        self.hint = hint


class Files:
    """Where a ledger's files are read from: the working tree here; a git
    revision in `git.py`. Paths are ledger-relative, with forward slashes."""

    def read(self, rel: str) -> bytes | None:
        """The file's bytes, or None when it does not exist."""
        raise NotImplementedError

    def progress(self) -> list[str]:
        """Every data/progress/YYYY/*.yaml, in a stable order."""
        raise NotImplementedError

    def not_read(self) -> list[Finding]:
        """Files under data/ that look like ledger files but are not read."""
        return []

    def plan_years(self) -> list[int]:
        """The years of data/plans/YYYY.yaml, in order (none: the ledger keeps
        one plan, data/tasks.yaml)."""
        return []

    def shown(self, rel: str) -> str:
        """The path as messages print it."""
        return rel

    def fetch(self, rels: list[str]) -> None:
        """Get these files ready to `read` in one go (a git revision: one
        `git cat-file --batch`); files on disk are read as asked."""

    def forget(self, rels: list[str]) -> None:
        """Let go of fetched bytes that are read already."""


def _quiet(name: str) -> bool:
    """Hidden files (.gitkeep, editors' swap files) and zwgk's own lock files
    are nobody's entries: never reported."""
    return name.startswith(".") or is_lock_file(name)


_YAML_LOOKING = re.compile(r"\.ya?ml(?:$|[.~])", re.IGNORECASE)


def _looks_like_yaml(name: str) -> bool:
    """A name someone may take for a ledger file: `units.yml`, `Tasks.YAML`,
    `calendar.yaml.txt` (Notepad's way of saving), backups such as
    `jtj.yaml.orig`, `jtj.yaml~`, `czj.yml.bak`. Other files (Thumbs.db and
    desktop.ini that Windows Explorer makes, a README.md) are nobody's entries."""
    return _YAML_LOOKING.search(name) is not None


def _kept_in_templates(root: Path, rel: str) -> bool:
    """Is the file at `rel` really in the ledger's templates/ folder, not reached
    through a link to elsewhere (a `.git/config` holding a CI token, say)?"""
    path = root / rel
    if not os.path.lexists(path):
        return True  # nothing there: the reader says "not found"
    folder = root / TEMPLATES  # itself no link: it would take the whole folder elsewhere
    return not is_link(folder) and inside(path, folder)


class DiskFiles(Files):
    """The ledger folder as it is on disk. Nothing under data/ is read through
    a symbolic link (or a Windows junction), wherever it points: such a link is
    a `symlink` finding, not a file, as writing refuses it too (`append.py`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._linked: dict[str, bool] = {}
        self._scanned: tuple[list[str], list[Finding]] | None = None

    def read(self, rel: str) -> bytes | None:
        path = self.root / rel
        if rel.partition("/")[0] == DATA:
            if self._is_linked(rel):
                raise _symlink(rel)
        else:  # templates/: through a link only when it stays in templates/
            if not _kept_in_templates(self.root, rel):
                name = rel.removeprefix(TEMPLATES + "/")
                raise NotRead(rel, "symlink", t("ledger.template_outside", name=name),
                              t("ledger.template_outside_hint"))  # fmt: skip
            path = path.resolve()
        try:
            return read_regular(path, MAX_FILE)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except TooLarge as exc:
            from zwgk.ledger.yamlio import too_large

            raise too_large(rel, exc.size) from None
        except NotRegular:
            raise NotRead(rel, "ignored-file", t("ledger.not_regular"),
                          t("ledger.not_regular_hint")) from None  # fmt: skip
        except OSError as exc:
            raise YamlSyntaxError(rel, 1, 1, t("yaml.unreadable", error=exc.strerror)) from None

    def _is_linked(self, rel: str) -> bool:
        """Whether `rel`, or a folder on its way, is a link."""
        found = self._linked.get(rel)
        if found is None:
            parent, _, _ = rel.rpartition("/")
            found = (bool(parent) and self._is_linked(parent)) or is_link(self.root / rel)
            self._linked[rel] = found
        return found

    def progress(self) -> list[str]:
        return self._scan()[0]

    def plan_years(self) -> list[int]:
        if self._is_linked(PLANS):
            return []  # the scan reports the link; read() refuses what is behind it
        return plan_years(entry.name for entry in _listing(self.root / PLANS) or ())

    def not_read(self) -> list[Finding]:
        return self._scan()[1]

    def _scan(self) -> tuple[list[str], list[Finding]]:
        """The progress files to read, and a finding for everything under data/
        that looks like a ledger file but is not read: silently skipping it
        would silently drop its entries."""
        if self._scanned is not None:
            return self._scanned
        found: list[str] = []
        skipped: list[Finding] = []

        def skip(rel: str, code: str, message: str, hint: str) -> None:
            skipped.append(Finding(rel, 0, 0, "error", code, message, hint))

        def ignored(rel: str, key: str, **params: object) -> None:
            skip(rel, "ignored-file", t(f"ledger.{key}", **params), t(f"ledger.{key}_hint"))

        def linked(rel: str) -> bool:
            if self._is_linked(rel):
                skipped.append(_syntax_finding(_symlink(rel)))
                return True
            return False

        if linked(DATA):  # not even its file names are read
            self._scanned = ([], skipped)
            return self._scanned
        for entry in _listing(self.root / DATA) or ():
            name = entry.name
            if name in PLAN_NAMES or name == "progress" or _quiet(name):
                continue  # the plan's files: read(), which reports a link
            if name == "plans" and not linked(PLANS):
                for child in _listing(self.root / PLANS) or ():
                    child_rel = f"{PLANS}/{child.name}"
                    if not (_quiet(child.name) or is_plan_file(child_rel) or linked(child_rel)):
                        ignored(child_rel, "ignored_plan", name=child.name)
                continue
            if not linked(f"{DATA}/{name}") and _looks_like_yaml(name):
                ignored(f"{DATA}/{name}", "ignored_data")
        base = PROGRESS
        years = None if linked(base) else _listing(self.root / base)
        for entry in years or ():
            rel = f"{base}/{entry.name}"
            if _quiet(entry.name) or linked(rel):
                continue
            if not entry.is_dir():
                if _looks_like_yaml(entry.name):
                    ignored(rel, "ignored_place")
                continue
            if YEAR_FOLDER.fullmatch(entry.name) is None:
                ignored(rel, "ignored_year", name=entry.name)
                continue
            try:
                files = _listing(Path(entry.path), strict=True) or []
            except OSError as exc:
                ignored(rel, "unreadable_folder", error=exc.strerror)
                continue
            for child in files:
                child_rel = f"{rel}/{child.name}"
                if _quiet(child.name) or linked(child_rel):
                    continue
                if child.is_dir():
                    ignored(child_rel, "ignored_subfolder")
                elif not is_progress_file(child_rel):
                    if _looks_like_yaml(child.name):
                        ignored(child_rel, "ignored_name")
                elif not child.is_file():  # a FIFO would block the read, a socket fail it
                    ignored(child_rel, "not_regular")
                else:
                    found.append(child_rel)
        self._scanned = (sorted(found), skipped)
        return self._scanned


def _symlink(rel: str) -> NotRead:
    return NotRead(rel, "symlink", t("ledger.symlink"), t("ledger.symlink_hint"))


def _listing(folder: Path, strict: bool = False) -> list[os.DirEntry[str]] | None:
    """A folder's entries by name; None when it is not a folder (or, unless
    `strict`, cannot be listed)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        if strict:
            raise
        return None


def _load(files: Files, rel: str) -> tuple[Any, list[Finding]]:
    """Parse one file; a syntax error becomes a finding and the data None."""
    shown = files.shown(rel)
    try:
        raw = files.read(rel)
        if raw is None:
            return None, []
        from zwgk.ledger.yamlio import load_bytes

        data, problems = load_bytes(raw, shown)
    except YamlSyntaxError as exc:
        return _MISSING, [_syntax_finding(exc)]
    return data, _problem_findings(shown, problems)


_MISSING = object()  # a file that exists but could not be parsed


def read_progress(files: Files, rel: str, cache: Any = None) -> tuple[list[Entry], list[Finding]]:
    """One progress file's entries: from the cache when its bytes are unchanged,
    by the fast path when the file is in a shape it reads and clean, else parsed
    in full with every finding."""
    from zwgk.ledger.cache import digest, entries_of, kept_entries, pack_entries

    shown = files.shown(rel)
    unit = unit_of(rel)
    try:
        raw = files.read(rel)
        if raw is None:
            return [], []
        key = digest(raw)
        kept = kept_entries(cache, rel, key, shown, unit) if cache is not None else None
        if kept is not None:
            return kept, []
        from zwgk.ledger.yamlio import decode, parse

        text = decode(raw, shown)
    except YamlSyntaxError as exc:
        return [], [_syntax_finding(exc)]
    columns = fast_columns(text, unit)
    if columns is not None:
        got, findings = entries_of(columns, shown, unit), []
    else:
        try:
            data, problems = parse(text, shown)
        except YamlSyntaxError as exc:
            return [], [_syntax_finding(exc)]
        from zwgk.ledger.progress import read_entries

        got, more = read_entries(data, shown, unit)
        findings = _problem_findings(shown, problems) + more
    if cache is not None and not findings:
        cache.put(rel, key, columns if columns is not None else pack_entries(got))
    return got, findings


def load_ledger(
    root: Path,
    *,
    with_progress: bool = True,
    files: Files | None = None,
    only_progress: set[str] | None = None,
    cache: Any = None,
    year: int | None = None,
    as_of: dt.date | None = None,
    every_year: bool = False,
) -> Ledger:
    """Read units, plan, progress and calendar files. Problems are collected,
    not raised. `files`: read from there instead of the disk (a git revision);
    `only_progress`: read just these progress files (validate --changed-since).
    Files on disk go through the ledger's cache (`cache.py`): a file whose bytes
    are unchanged since a clean read is not parsed again. `cache`: this one
    instead (`zwgk diff` reads both sides through one). A ledger of several
    plan years reads the plan of `year`, else of `as_of`'s (today's) year, and
    the entries that count for it (`years.py`); a year it does not hold is a
    usage error (exit 2). `every_year`: the entries of every year all the same
    (who wrote what, whatever plan it counts for)."""
    from zwgk.ledger.cache import Cache

    with CollectorPaused() as paused:
        ledger = _load_ledger(
            root, with_progress, files, only_progress, Cache, cache, _Year(year, as_of, every_year)
        )
        paused.entries = len(ledger.entries)
        return ledger


class CollectorPaused:
    """Reading (and comparing) a ledger builds a hundred thousand objects that
    all stay alive and hold no cycles: the cyclic garbage collector, which
    would walk them again and again for nothing, is paused meanwhile. Nor
    after it: once enabled, its first collections would walk every entry of a
    city ledger (about a tenth of a warm run), so when more than
    `FREEZE_ABOVE` `entries` were built, what is alive is left out of its
    walks (`gc.freeze`; frozen objects are still freed when let go)."""

    FREEZE_ABOVE = 10_000
    """A small ledger (and a test run) is not worth freezing."""

    def __init__(self) -> None:
        self.entries = 0
        self.collecting = False

    def __enter__(self) -> CollectorPaused:
        self.collecting = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.entries > self.FREEZE_ABOVE:
            gc.freeze()
        if self.collecting:
            gc.enable()


class _Year(NamedTuple):
    """The plan year a command asked for (`--year`), and its as-of date."""

    year: int | None
    as_of: dt.date | None
    every: bool = False
    """All entries, whatever year's plan they count for."""


_ANY_YEAR = _Year(None, None)


def _plan_year(source: Files, asked: _Year) -> tuple[tuple[int, ...], int | None]:
    """The plan years the ledger holds, and the one to read (None: the ledger
    keeps one plan, data/tasks.yaml). A year not held, or both layouts at
    once, stops the command (exit 2)."""
    years = tuple(source.plan_years())
    if not years:
        return (), None
    if source.read(TASKS.as_posix()) is not None:
        raise ZwgkError(
            t("ledger.both_layouts", years=", ".join(map(str, years))),
            hint=t("ledger.both_layouts_hint"),
            exit_code=EXIT_USAGE,
        )
    if asked.year is None:
        from zwgk.ledger.years import year_of_day

        return years, year_of_day(years, asked.as_of or dt.date.today())
    if asked.year not in years:
        raise _no_such_year(asked.year, years)
    return years, asked.year


class NoSuchYear(ZwgkError):
    """A plan year the ledger does not hold was asked for (exit 2)."""


def _no_such_year(year: int, years: tuple[int, ...]) -> ZwgkError:
    return NoSuchYear(
        t("ledger.no_such_year", year=year, years=", ".join(map(str, years))),
        hint=t("ledger.no_such_year_hint", year=year),
        exit_code=EXIT_USAGE,
    )


def _load_ledger(
    root: Path,
    with_progress: bool,
    files: Files | None,
    only_progress: set[str] | None,
    cache_type: Any,
    given: Any = None,
    asked: _Year = _ANY_YEAR,
) -> Ledger:
    source = files or DiskFiles(root)
    cache = given if given is not None else cache_type(root if files is None else None)
    findings: list[Finding] = []

    units_rel = UNITS.as_posix()
    directory, more = _read_cached(source, cache, units_rel, _read_units_file)
    findings.extend(more)
    years, year = _plan_year(source, asked)
    plan_path = plan_rel(year)
    plan, more = _read_cached(source, cache, plan_path, _read_plan_file)
    findings.extend(more)
    one_plan = year is None and plan is not None
    if one_plan and asked.year is not None and plan.info.year != asked.year:
        raise _no_such_year(asked.year, (plan.info.year,))  # data/tasks.yaml: its year only

    entries: list[Entry] = []
    if with_progress:
        from zwgk.ledger.years import may_hold

        def unread(folder: str) -> bool:  # an earlier plan year's folder
            return year is not None and not asked.every and not may_hold(years, year, folder)

        if only_progress is None:
            cache.keep_only_seen(unread)  # files gone since the last run leave the cache
        from zwgk.ledger.parallel import read_all

        rels = [r for r in source.progress() if only_progress is None or r in only_progress]
        rels = [r for r in rels if not unread(r.split("/")[2])]
        results = read_all(source, rels, cache, read_progress)
        try:
            for got, more in results:
                entries.extend(got)
                findings.extend(more)
        finally:
            results.close()  # Ctrl-C: its workers end here, not when collected
        findings.extend(source.not_read())
    calendar, more = _calendar(source)
    findings.extend(more)
    cache.save()
    ledger = Ledger(root, plan, directory, entries, findings, calendar, cache.warnings, years, year)
    ledger.file_keys = getattr(cache, "read_keys", {})
    if not asked.every:
        ledger.entries = ledger.for_plan(entries)
    return ledger


def _read_units_file(source: Files, rel: str, data: Any) -> tuple[Any, list[Finding], Any]:
    """(Directory, findings, what the cache keeps) for a parsed units.yaml."""
    from zwgk.ledger.cache import freeze

    if data is None:
        missing = Finding(source.shown(rel), 0, 0, "error", "missing-file",
                          t("ledger.missing_units"), t("ledger.missing_units_hint"))  # fmt: skip
        return Directory({}, {}), [missing], None
    from zwgk.ledger.units import read_units

    directory, findings = read_units(data, source.shown(rel))
    frozen = (
        freeze(list(directory.units.values())),
        freeze(list(directory.groups.values())),
        freeze(directory.changes),
    )
    return directory, findings, frozen


def _thaw_units(frozen: Any) -> Directory:
    from zwgk.ledger.cache import thaw
    from zwgk.model.plan import Change, Group, Unit

    units = thaw(frozen[0], list[Unit])
    groups = thaw(frozen[1], list[Group])
    changes = thaw(frozen[2], tuple[Change, ...])
    return Directory({u.id: u for u in units}, {g.id: g for g in groups}, changes)


def _read_plan_file(source: Files, rel: str, data: Any) -> tuple[Any, list[Finding], Any]:
    from zwgk.ledger.cache import freeze

    if data is None:
        missing = Finding(source.shown(rel), 0, 0, "error", "missing-file",
                          t("ledger.missing_tasks"), t("ledger.missing_tasks_hint"))  # fmt: skip
        return None, [missing], None
    from zwgk.ledger.plan import read_plan

    plan, findings = read_plan(data, source.shown(rel))
    return plan, findings, freeze(plan) if plan is not None else None


def _read_cached(
    source: Files,
    cache: Any,
    rel: str,
    reader: Any,
) -> tuple[Any, list[Finding]]:
    """Units or plan: from the cache when the file's bytes match, else parsed
    (and kept when it read without a finding)."""
    from zwgk.ledger.cache import digest, thaw

    shown = source.shown(rel)
    try:
        raw = source.read(rel)
    except YamlSyntaxError as exc:
        return (Directory({}, {}) if rel == UNITS.as_posix() else None), [_syntax_finding(exc)]
    key = digest(raw) if raw is not None else b""
    hit = cache.get(rel, key) if raw is not None else None
    if hit is not None:
        try:
            return (_thaw_units(hit) if rel == UNITS.as_posix() else thaw(hit, Plan)), []
        except (ValueError, TypeError, IndexError, KeyError, AttributeError, OverflowError):
            cache.discard(rel)
    if raw is None:
        value, findings, _ = reader(source, rel, None)
        return value, findings
    try:
        from zwgk.ledger.yamlio import load_bytes

        data, problems = load_bytes(raw, shown)
    except YamlSyntaxError as exc:
        return (Directory({}, {}) if rel == UNITS.as_posix() else None), [_syntax_finding(exc)]
    value, findings, frozen = reader(source, rel, data)
    findings = _problem_findings(shown, problems) + findings
    if not findings and frozen is not None:
        cache.put(rel, key, frozen)
    return value, findings


def plan_years_held(root: Path) -> list[int]:
    """The plan years of a ledger of several (data/plans/YYYY.yaml); [] for a
    ledger of one plan (data/tasks.yaml)."""
    return DiskFiles(root).plan_years()


def load_calendar(root: Path | None) -> tuple[WorkCalendar, list[Finding]]:
    """The official calendar plus the ledger's data/calendar.yaml, if any."""
    if root is None:
        return WorkCalendar.official(), []
    return _calendar(DiskFiles(root))


def _calendar(files: Files) -> tuple[WorkCalendar, list[Finding]]:
    data, findings = _load(files, CALENDAR.as_posix())
    if data is None or data is _MISSING:
        return WorkCalendar.official(), findings
    from zwgk.ledger.calendar import read_calendar

    extra, more = read_calendar(data, files.shown(CALENDAR.as_posix()))
    return WorkCalendar.official(extra), findings + more


def _problem_findings(shown: str, problems: list[Problem]) -> list[Finding]:
    return [
        Finding(shown, p.line, p.col, "error", p.code, p.message, t("yaml.duplicate_key_hint"))
        for p in problems
    ]


def load_plan_or_fail(
    root: Path,
    *,
    with_progress: bool = False,
    progress_must_read: bool = False,
    files: Files | None = None,
    only_progress: set[str] | None = None,
    label: str | None = None,
    judge_plan: Callable[[Ledger], None] | None = None,
    per_unit: bool = False,
    year: int | None = None,
    as_of: dt.date | None = None,
) -> PlannedLedger:
    """For commands that read the plan: refuse to run (exit 2) on a plan with
    errors, pointing at the first one and at `zwgk validate` for the rest.

    `progress_must_read`: a progress file that cannot be read stops the
    command too (status would otherwise be silently wrong); `record` only needs
    its own target file readable, which it checks itself. `files`/`label`: a
    ledger at a git revision, named so in the message. `judge_plan`: the
    caller judges the plan's own files instead (the computing commands'
    gate, `checks/gate.py`): called on the ledger read, it raises to stop;
    only the progress files' errors are then judged here. `per_unit` (with
    `progress_must_read`): a file at a unit's place, data/progress/YYYY/UNIT.yaml,
    that cannot be read stops only what needs that unit's entries: its errors
    go to `PlannedLedger.unread` instead (`status`). Anything else that is not
    read (`czj.yml`, a folder not named as a year) belongs to no unit by the
    ledger's rules, and stops the command all the same (its message then
    counts the units' files too)."""
    ledger = load_ledger(
        root,
        with_progress=with_progress,
        files=files,
        only_progress=only_progress,
        year=year,
        as_of=as_of,
    )
    if judge_plan is not None:
        judge_plan(ledger)
    source = files or DiskFiles(root)
    plan_files = {source.shown(rel) for rel in (*PLAN_FILES, ledger.plan_path)}
    errors = [
        f
        for f in ledger.findings
        if f.level == "error"
        and (
            (progress_must_read and f.path not in plan_files)
            or (judge_plan is None and f.path in plan_files)
        )
    ]
    unread: dict[str, list[Finding]] = {}
    if per_unit and all(is_progress_file(f.path) for f in errors):
        unread, errors = unread_by_unit(errors), []
    if errors or ledger.plan is None:
        raise unreadable(errors, label, source.shown(ledger.plan_path))
    return PlannedLedger(**{**vars(ledger), "plan": ledger.plan, "unread": unread})


def unread_by_unit(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """The errors of the files at a unit's place, data/progress/YYYY/UNIT.yaml,
    by unit id: what cannot be read of each unit's entries (`PlannedLedger.unread`)."""
    unread: dict[str, list[Finding]] = {}
    for f in findings:
        if f.level == "error" and is_progress_file(f.path):
            unread.setdefault(unit_of(f.path), []).append(f)
    return unread


def unreadable(errors: list[Finding], label: str | None, plan_path: str) -> ZwgkError:
    """Why a command cannot run on this ledger (exit 2): how many errors, the
    first of them, and where to see the rest. `label` names a git revision."""
    first = min(errors) if errors else None
    if label is not None:
        message = t("ledger.bad_at_rev", rev=label, n=len(errors),
                    message=first.message if first else "")  # fmt: skip
        hint = t("ledger.bad_at_rev_hint")
    elif first is None:
        message = t("ledger.plan_has_errors", n=0)
        hint = t("ledger.plan_has_errors_hint")
    else:
        # The first error's own fix (fix-encoding for a GBK file), and
        # validate for the rest when there are more.
        message = t("ledger.has_errors_first", n=len(errors), message=first.message)
        hint = first.hint or t("ledger.plan_has_errors_hint")
        if first.hint and len(errors) > 1:
            hint = t("ledger.first_hint_then_validate", hint=first.hint, n=len(errors) - 1)
    return ZwgkError(
        message,
        hint=hint,
        path=first.path if first else plan_path,
        line=first.line if first and first.line else None,
        col=first.col if first and first.col else None,
        exit_code=EXIT_USAGE,
    )
