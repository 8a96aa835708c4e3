"""A cache of what reading the ledger's files produced, so that a second run
reads the files but parses none of them.

A cache must never be an input: a ledger is shared through git, so anything in
it may come from someone else. The packs therefore live outside the ledger, in
the user's cache folder (`cache_home`: ZWGK_CACHE_DIR, else XDG_CACHE_HOME or
~/.cache/zwgk, ~/Library/Caches/zwgk, %LOCALAPPDATA%\\zwgk\\Cache), named after
the ledger's resolved path: one pack for the plan and units, and one per year
folder of progress files (`group_of`), so that one changed file means checking
and rewriting one year's pack, not the whole ledger's; a cache folder that lies
inside the ledger is not used at all. Each pack carries a MAC (keyed BLAKE2b) under a
random key that exists only in that folder (`key`, mode 0600, made with
os.urandom), so a pack not written on this machine is ignored. Untrusted bytes
never reach `marshal`: the MAC is checked first, and what it decodes is
checked again against the models' types before use. A pack that is a symlink,
not a regular file, larger than MAX_PACK, or that does not check out in any
other way is treated as absent (with a warning) and rewritten.

Each file's entry is keyed by a hash of the file's bytes — never by mtime or
size, so a file edited within the same second and to the same length is still
read afresh — and only files that read without a finding are kept. A folder
that cannot be written is a warning too, and zwgk simply runs without the
cache. The cache may speed a run up; it never changes what the run computes
(tests compare the two byte for byte). ZWGK_NO_CACHE=1 switches it off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from zwgk import __version__
from zwgk.i18n import t
from zwgk.ledger.fields import STATUSES
from zwgk.ledger.safefs import (
    NotRegular,
    create_atomically,
    inside,
    read_regular,
    replace_atomically,
)
from zwgk.model.plan import (
    CarriedFrom,
    Change,
    Duration,
    Entry,
    Extras,
    Group,
    Part,
    Plan,
    PlanInfo,
    Requirement,
    Rule,
    Section,
    Task,
    Unit,
)
from zwgk.model.values import shared_day

FORMAT = f"zwgk-cache-7-{__version__}"
_HEADER = FORMAT.encode("ascii") + b"\0"
_FAMILY = b"zwgk-cache-"
MAX_PACK = 256 << 20
"""Bytes: a pack larger than this is neither read nor written (a city ledger of
100,000 entries makes about 20 MB)."""
KEY = "key"
_KEY_BYTES = 32
_DISABLE = "ZWGK_NO_CACHE"
_CACHE_DIR = "ZWGK_CACHE_DIR"


try:  # the builtin module directly: hashlib would also load OpenSSL (2 ms a run)
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - every CPython has it; other Pythons may not
    from hashlib import blake2b as _blake2b
try:  # the constant-time comparison hmac uses, without hmac's import of hashlib
    from _operator import _compare_digest as _same
except ImportError:  # pragma: no cover
    from hmac import compare_digest as _same  # type: ignore[no-redef]


def digest(raw: bytes) -> bytes:
    """A file's key in the pack: a hash of its bytes (the MAC guards the pack)."""
    return _blake2b(raw, digest_size=_DIGEST_BYTES).digest()


_DIGEST_BYTES = 16


_MAC_BYTES = 32


def _mac(key: bytes, payload: bytes | memoryview) -> bytes:
    return _blake2b(payload, key=key, digest_size=_MAC_BYTES).digest()


def cache_home() -> Path | None:
    """The folder where zwgk keeps its caches for this user, or None when there
    is no home to keep them in. ZWGK_CACHE_DIR wins (tests, shared machines)."""
    chosen = os.environ.get(_CACHE_DIR)
    if chosen:
        return Path(chosen).expanduser()
    if os.name == "nt":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local) / "zwgk" / "Cache" if local else None
    try:
        home = Path.home()
    except RuntimeError:  # no HOME and no password entry: nowhere to keep it
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "zwgk"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec: a relative value is invalid and must be ignored.
    return (Path(xdg) if os.path.isabs(xdg) else home / ".cache") / "zwgk"


class _NotAPack(ValueError):
    """The file at the pack's place is not one zwgk could have written."""


class _Pack:
    """One pack file and, once loaded, what it holds."""

    __slots__ = ("dirty", "files", "path")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: dict[str, tuple[bytes, Any]] | None = None
        self.dirty = False


def _never(year: str) -> bool:
    return False


def group_of(rel: str) -> str:
    """Which pack keeps `rel`: its year for data/progress/YYYY/*, else "" (the
    plan and units, in the ledger's main pack). One changed progress file then
    means reading, checking and rewriting only its year's pack."""
    if rel.startswith(_PROGRESS):
        year = rel[len(_PROGRESS) : len(_PROGRESS) + 5]
        if len(year) == 5 and year[:4].isdigit() and year[4] == "/":
            return year[:4]
    return ""


_PROGRESS = "data/progress/"


class Cache:
    """Per-file results of one ledger, in one pack for the plan and units and
    one per year folder of progress files; each loaded lazily, saved when
    changed. Reading goes through the years in order: a year's pack is saved
    (when changed) and let go as soon as the next year begins, so a run holds
    one year's rows at a time, not the whole ledger's twice."""

    def __init__(self, root: Path | None) -> None:
        self.warnings: list[str] = []
        self.read_keys: dict[str, bytes] = {}
        """The key (`digest`) of every file asked about, by its path: what
        its result was taken from (validate's per-file verdicts). A result
        kept with `put` names its own key: a worker may have read bytes other
        than those asked about, when the file changed in between."""
        self._packs: dict[str, _Pack] = {}
        self._current = ""
        self._seen: set[str] | None = None
        self._unread_years: Callable[[str], bool] = _never
        self.folder: Path | None = None
        self.pack: Path | None = None
        if root is None or os.environ.get(_DISABLE):
            self.enabled = False
            return
        home = cache_home()
        ledger = root.resolve()
        # A cache folder inside the ledger (ZWGK_CACHE_DIR=.cache, or a CI job
        # whose XDG_CACHE_HOME is in the checkout) could arrive with the ledger,
        # key and all: it is not used.
        if home is None or inside(home, ledger):
            self.enabled = False
            return
        self.folder = home
        self.pack = home / f"{digest(os.fsencode(ledger)).hex()}.pack"
        self.enabled = True

    def pack_path(self, group: str) -> Path:
        """The file of the pack for `group` (`group_of`)."""
        assert self.pack is not None
        return self.pack if not group else self.pack.with_name(f"{self.pack.stem}-{group}.pack")

    def packs(self) -> list[Path]:
        """Every pack of this ledger on disk: the main one and the years'."""
        if self.pack is None:
            return []
        years = sorted(self.pack.parent.glob(f"{self.pack.stem}-*.pack"))
        return [self.pack, *years] if self.pack.exists() else years

    def _key(self, create: bool) -> bytes | None:
        """This machine's MAC key; made when `create` and there is none yet.
        A key file that is not one (short, a link, a pipe) counts as absent
        and is replaced; nothing else ever makes it short: a new key is written
        to a temporary file first and linked into place only when whole."""
        assert self.folder is not None
        path = self.folder / KEY
        try:
            key = read_regular(path, _KEY_BYTES)
            if len(key) == _KEY_BYTES:
                return key
            broken = True
        except FileNotFoundError:
            broken = False
        except NotRegular:
            broken = True
        if not create:
            return None
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = os.urandom(_KEY_BYTES)
        # A key no pack can have been checked with is replaced outright (two runs
        # doing so at once: the loser's pack fails its MAC once and is rebuilt).
        if broken:
            replace_atomically(path, key, mode=0o600)
            return key
        try:
            create_atomically(path, key)  # never over a key another zwgk made meanwhile
        except FileExistsError:
            return self._key(create=False)
        return key

    def _group(self, rel: str) -> _Pack:
        """The pack `rel` belongs to, loaded; moving on to another year
        finishes the one before."""
        group = group_of(rel)
        if group and group != self._current:
            if self._current:
                self._finish(self._current)
            self._current = group
        pack = self._packs.get(group)
        if pack is None:
            pack = self._packs[group] = _Pack(self.pack_path(group))
        if pack.files is None:
            pack.files = self._load(pack)
        return pack

    def _load(self, pack: _Pack) -> dict[str, tuple[bytes, Any]]:
        files: dict[str, tuple[bytes, Any]] = {}
        try:
            raw = read_regular(pack.path, MAX_PACK)
            if not raw.startswith(_HEADER):
                if raw.startswith(_FAMILY):
                    return files  # another version's pack: rebuilt quietly
                raise _NotAPack("header")
            key = self._key(create=False)
            if key is None:  # none yet, or not a whole one: nothing to check the pack with
                pack.dirty = True  # rewritten under a new key, quietly
                return files
            found = read_records(raw, key)
        except FileNotFoundError:
            return files
        except (NotRegular, _NotAPack, ValueError, EOFError, TypeError):
            self._discard(pack)
            return files
        except OSError as exc:
            self._warn(t("cache.unreadable", path=pack.path, error=exc.strerror))
            return files
        return found

    def get(self, rel: str, key: bytes) -> Any:
        """The stored result for `rel` if its bytes are still `key`, else None."""
        if not self.enabled:
            return None
        self.read_keys[rel] = key
        if self._seen is not None:
            self._seen.add(rel)
        files = self._group(rel).files
        found = files.get(rel) if files is not None else None
        if found is None or found[0] != key:
            return None
        value = found[1]
        return marshal.loads(value.record)[2] if type(value) is Marshaled else value

    def put(self, rel: str, key: bytes, value: Any) -> None:
        if not self.enabled:
            return
        self.read_keys[rel] = key
        pack = self._group(rel)
        if pack.files is not None:
            pack.files[rel] = (key, value)
            pack.dirty = True

    def put_record(self, rel: str, key: bytes, record: bytes) -> None:
        """`put` for a value given as its pack record, already marshaled
        (`record_of`, a worker's): kept as those bytes until the pack is
        written, not as the objects they hold."""
        self.put(rel, key, Marshaled(record))

    def keep_only_seen(self, unread_years: Callable[[str], bool] | None = None) -> None:
        """Forget files that are gone (a unit renamed, a year archived): from
        here on, each year's pack keeps only the files asked for with `get`,
        and `save` removes the packs of years no longer read. For a run that
        reads every progress file, except the year folders `unread_years`
        says it skips (an earlier plan year's): their packs stay as they are."""
        self._seen = set()
        self._unread_years = unread_years or _never

    def _finish(self, group: str) -> None:
        """Done with this year: prune it, save it if changed, let it go."""
        pack = self._packs.get(group)
        if pack is None or pack.files is None:
            return
        if self._seen is not None:
            for rel in [r for r in pack.files if r not in self._seen]:
                del pack.files[rel]
                pack.dirty = True
        self._save(pack)
        pack.files = None

    def save(self) -> None:
        """Save every changed pack; after `keep_only_seen`, remove the packs
        of years that no longer hold a file."""
        if not self.enabled:
            return
        if self._current:
            self._finish(self._current)
            self._current = ""
        main = self._packs.get("")
        if main is not None:
            self._save(main)
        if self._seen is not None and self.pack is not None:
            years = {group_of(rel) for rel in self._seen}
            for path in self.pack.parent.glob(f"{self.pack.stem}-*.pack"):
                year = path.stem.rpartition("-")[2]
                if year not in years and not self._unread_years(year):
                    with contextlib.suppress(OSError):  # gone already: harmless
                        path.unlink()

    def _save(self, pack: _Pack) -> None:
        if not (self.enabled and pack.dirty and self.folder and pack.files is not None):
            return
        pack.dirty = False
        try:
            key = self._key(create=True)
            if key is None:
                return
            # Readers see the old pack or the new, never half. Written a file's
            # record at a time: a year of a province's ledger is tens of MB,
            # never held (nor its marshal tables) whole.
            replace_atomically(pack.path, records(pack.files, key), mode=0o600)
        except _TooLarge:
            return  # it could not be read back: kept nowhere
        except OSError as exc:
            self._warn(t("cache.unwritable", path=self.folder, error=exc.strerror))

    def discard(self, rel: str = "") -> None:
        """The pack holding `rel` is damaged (or says something impossible):
        say so, use none of it, and write a good one from this run's reading."""
        if self.enabled:
            self._discard(self._group(rel))

    def _discard(self, pack: _Pack) -> None:
        message = t("cache.corrupt", path=pack.path)
        if message not in self.warnings:
            self.warnings.append(message)
        pack.files = {}
        pack.dirty = True

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        self.enabled = False  # once something is wrong, do not lean on it


class Marshaled:
    """A file's record in a pack (`record_of`) as its bytes."""

    __slots__ = ("record",)

    def __init__(self, record: bytes) -> None:
        self.record = record


class _TooLarge(Exception):
    """A pack would be larger than MAX_PACK."""


# A pack: the header, then one record per file (its length in 4 bytes, then
# the marshal of (ledger path, 16-byte key of its bytes, value)), then the MAC
# of the records. A record at a time: writing never holds a year's pack whole,
# and marshal's table of shared objects spans one file, not a year.

_LENGTH = 4


def records(files: dict[str, tuple[bytes, Any]], key: bytes) -> Iterator[bytes]:
    """The pieces of a pack holding `files`, MAC'd under `key`, made as they
    are written; _TooLarge when the pack would exceed MAX_PACK."""
    mac = _blake2b(key=key, digest_size=_MAC_BYTES)
    size = len(_HEADER) + _MAC_BYTES
    yield _HEADER
    for rel, (digest_, value) in files.items():
        blob = value.record if type(value) is Marshaled else record_of(rel, digest_, value)
        length = len(blob).to_bytes(_LENGTH, "little")
        size += _LENGTH + len(blob)
        if size > MAX_PACK:
            raise _TooLarge
        mac.update(length)
        mac.update(blob)
        yield length
        yield blob
    yield mac.digest()


def record_of(rel: str, key: bytes, value: Any) -> bytes:
    """The record of one file in a pack: `value` kept for `rel` read with
    bytes of `key` (`digest`); `marshal.loads` gives the three back."""
    return marshal.dumps((rel, key, value))


def read_records(raw: bytes, key: bytes) -> dict[str, tuple[bytes, Any]]:
    """The files of a pack (`records`), once its MAC checks out under `key`:
    _NotAPack when it does not, or when a record is not of its shape."""
    if len(raw) < len(_HEADER) + _MAC_BYTES:
        raise _NotAPack("short")
    # Views, not copies: a year of a province's ledger is tens of MB.
    payload = memoryview(raw)[len(_HEADER) : len(raw) - _MAC_BYTES]
    if not _same(raw[len(raw) - _MAC_BYTES :], _mac(key, payload)):
        raise _NotAPack("not written here")
    files: dict[str, tuple[bytes, Any]] = {}
    at, end = 0, len(payload)
    while at < end:
        size = int.from_bytes(payload[at : at + _LENGTH], "little")
        at += _LENGTH
        if at + size > end:
            raise _NotAPack("record")
        item = marshal.loads(payload[at : at + size])  # only ever bytes this machine wrote
        at += size
        if not (type(item) is tuple and len(item) == 3 and type(item[0]) is str
                and type(item[1]) is bytes and len(item[1]) == 16):  # fmt: skip
            raise _NotAPack("shape")
        files[item[0]] = (item[1], item[2])
    return files


# --- progress entries: columns, the hot path ---------------------------------------
#
# A file's entries are kept as 8 columns (a tuple each), not as a row per entry:
# marshal then reads 8 tuples per file instead of one per entry, the check runs
# once per column in C, and the entries are built by one `map` over the columns.
# Texts that repeat (requirement ids, statuses, periods) are one object each
# (`progress.columns_from_fields` interns them), and so are line numbers
# (`Entry` shares them) and day numbers (`_ORDINALS`): marshal writes each
# once per pack and reads it back as one object. The fields most entries leave
# out (`plan.EXTRAS`) are one column: None, or a tuple of them (dates as day
# numbers).

_COLUMNS = 8
_REQ, _DATE, _STATUS, _LINE, _PERIOD, _NOTE, _EVIDENCE, _EXTRAS = (
    attrgetter(name)
    for name in ("req", "date", "status", "line", "period", "note", "evidence", "extras")
)
_ORDINALS: dict[dt.date, int] = {}
"""Day numbers of the days packed so far, one int object each."""
_DAYS: dict[int | None, dt.date | None] = {None: None}
"""The days of the day numbers unpacked so far, one date object each, shared by
every entry of every file and year, and with the other paths' dates
(`values.shared_day`)."""


Columns = tuple[tuple[Any, ...], ...]
"""A file's entries as the cache keeps them (`pack_entries`)."""
Row = tuple[str, dt.date, str, int, str | None, str | None, tuple[str, ...], Extras | None]
"""An entry's fields in the columns' order, dates as dates (`pack_rows`)."""


def pack_rows(rows: list[Row]) -> Columns:
    """The columns of `pack_entries` for entries given as rows (the fast
    path's, no entry built): turned into columns in C, the day numbers
    looked up once per day."""
    if not rows:
        return ((),) * _COLUMNS
    req, dates, status, line, period, note, evidence, extras = zip(*rows, strict=True)
    known = _ORDINALS
    for day in set(dates).difference(known):
        known[day] = day.toordinal()
    if extras.count(None) != len(extras):
        extras = tuple(_packed_extras(e) if e is not None else None for e in extras)
    return (req, tuple(map(known.__getitem__, dates)), status, line, period, note, evidence,
            extras)  # fmt: skip


def pack_entries(entries: list[Entry]) -> Columns:
    """`entries` (of one file) as columns, built column by column in C: no row
    per entry."""
    if not entries:
        return ((),) * _COLUMNS
    dates = list(map(_DATE, entries))
    extras = tuple(map(_EXTRAS, entries))
    return (
        tuple(map(_REQ, entries)),
        tuple(map(_ordinal, dates)),
        tuple(map(_STATUS, entries)),
        tuple(map(_LINE, entries)),
        tuple(map(_PERIOD, entries)),
        tuple(map(_NOTE, entries)),
        tuple(map(_EVIDENCE, entries)),
        tuple(_packed_extras(e) if e is not None else None for e in extras),
    )


def _ordinal(day: dt.date) -> int:
    found = _ORDINALS.get(day)
    if found is None:
        found = _ORDINALS[day] = day.toordinal()
    return found


def _packed_extras(extras: Extras) -> tuple[Any, ...]:
    event, a, b, c, approved_by, by, pii_ok = extras
    return (event, _ord(a), _ord(b), _ord(c), approved_by, by, pii_ok)


def _ord(day: dt.date | None) -> int | None:
    return _ordinal(day) if day is not None else None


def _days(column: Iterable[int | None]) -> list[dt.date | None]:
    """The dates of a column of day numbers (None stays None): one date object
    per day for the whole run, as a ledger's entries share a few thousand days.
    ValueError for a day number no date has."""
    known = _DAYS
    for day in set(column).difference(known):
        known[day] = shared_day(dt.date.fromordinal(day))  # type: ignore[arg-type] # not None
    return list(map(known.__getitem__, column))


def kept_entries(cache: Any, rel: str, key: bytes, path: str, unit: str) -> list[Entry] | None:
    """The entries `cache` keeps for `rel` read with bytes of `key`, or None:
    none kept, or what is kept is not of `pack_entries`' shape (then it is
    forgotten, and the file read afresh)."""
    hit = cache.get(rel, key)
    if hit is None:
        return None
    try:
        return unpack_entries(hit, path, unit)
    except (ValueError, TypeError, OverflowError):
        cache.discard(rel)
        return None


def unpack_entries(columns: Any, path: str, unit: str) -> list[Entry]:
    """The entries of `pack_entries`; ValueError when `columns` is not its shape."""
    _check_columns(columns)
    return entries_of(columns, path, unit)


def entries_of(columns: Columns, path: str, unit: str) -> list[Entry]:
    """The entries of columns this run built (`pack_rows`, here or in a
    worker), not checked again. ValueError for a day number no date has."""
    req, date, status, line, period, note, evidence, extras = columns
    days = _days(date)
    paths, units = (path,) * len(req), (unit,) * len(req)
    entries = list(map(Entry, req, days, status, units, paths, line, period, note, evidence))
    if extras.count(None) != len(extras):  # the few entries with any: built again, in full
        for i, found in enumerate(extras):
            if found is not None:
                event, a, b, c, approved_by, by, pii_ok = found
                a, b, c = _days((a, b, c))
                e = entries[i]
                entries[i] = Entry(e.req, e.date, e.status, unit, path, e.line, e.period, e.note,
                                   e.evidence, event, a, b, c, approved_by, by, pii_ok)  # fmt: skip
    return entries


_TEXT, _MAYBE_TEXT, _MAYBE_DAY = (str,), (str, type(None)), (int, type(None))
_ROW = (_TEXT, (int,), _TEXT, (int,), _MAYBE_TEXT, _MAYBE_TEXT, (tuple,), (tuple, type(None)))
_EXTRAS_ROW = (_MAYBE_TEXT, _MAYBE_DAY, _MAYBE_DAY, _MAYBE_DAY, _MAYBE_TEXT, _MAYBE_TEXT,
               _MAYBE_TEXT)  # fmt: skip


def _check_columns(columns: Any) -> None:
    """Every column holds the types `pack_entries` writes, all of one length,
    a known status, evidence of text, and extras of their types: checked in C
    loops (a warm run checks a hundred thousand entries) before a single entry
    is built. A day out of range fails when its date is built (ValueError)."""
    if type(columns) is not tuple or len(columns) != _COLUMNS:
        raise ValueError("columns")
    if any(type(column) is not tuple for column in columns):
        raise ValueError("column")
    if len(set(map(len, columns))) != 1:
        raise ValueError("lengths")
    for column, allowed in zip(columns, _ROW, strict=True):
        if not set(map(type, column)).issubset(allowed):
            raise ValueError("type")
    if not set(columns[2]).issubset(STATUSES):
        raise ValueError("status")
    if not set(map(type, chain.from_iterable(columns[6]))).issubset(_TEXT):
        raise ValueError("evidence")
    extras = [found for found in columns[7] if found is not None]
    if extras:
        if set(map(len, extras)) != {len(_EXTRAS_ROW)}:
            raise ValueError("extras")
        for column, allowed in zip(zip(*extras, strict=True), _EXTRAS_ROW, strict=True):
            if not set(map(type, column)).issubset(allowed):
                raise ValueError("extras type")


# --- the plan, units and calendar: small, nested; a generic codec ---------------

_MODELS = (Plan, PlanInfo, Part, Section, Task, Requirement, CarriedFrom, Rule, Duration, Unit,
           Group, Change)  # fmt: skip
_CLASSES: dict[str, type] = {cls.__name__: cls for cls in _MODELS}


def freeze(value: Any) -> Any:
    """A value of the models as marshal-able plain data."""
    if type(value).__name__ in _CLASSES and isinstance(value, tuple):  # a model
        return ("@", type(value).__name__, tuple(freeze(v) for v in value))
    if isinstance(value, dt.date):
        return ("#", value.toordinal())
    if isinstance(value, tuple):
        return ("()", tuple(freeze(v) for v in value))
    if isinstance(value, dict):
        return {k: freeze(v) for k, v in value.items()}
    if isinstance(value, list):
        return [freeze(v) for v in value]
    return value


def thaw(value: Any, shape: Any) -> Any:
    """The inverse of `freeze`; only the model classes above are ever built,
    and the result must be of `shape` (a model or a type hint over them),
    field by field as the models declare: else ValueError."""
    found = _thaw(value)
    if not _fits(found, shape):
        raise ValueError("a value in the cache is not what the models hold")
    return found


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple) and value:
        tag = value[0]
        if tag == "@" and len(value) == 3 and value[1] in _CLASSES:
            return _CLASSES[value[1]](*(_thaw(v) for v in value[2]))
        if tag == "#" and len(value) == 2:
            return dt.date.fromordinal(value[1])
        if tag == "()" and len(value) == 2:
            return tuple(_thaw(v) for v in value[1])
        raise ValueError("unknown value in the cache")
    if isinstance(value, dict):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_thaw(v) for v in value]
    return value


def _fits(value: Any, shape: Any) -> bool:
    """Whether `value` is of the type hint `shape`, exactly (no subclasses: a
    bool is not an int here, a datetime not a date)."""
    return _checker(shape)(value)


_CHECKERS: dict[Any, Callable[[Any], bool]] = {}


def _checker(shape: Any) -> Callable[[Any], bool]:
    """A test for values of `shape`, built once per type hint (the plan is
    checked on every warm run: its shapes are worked out only the first time)."""
    found = _CHECKERS.get(shape)
    if found is None:
        found = _CHECKERS[shape] = _build_checker(shape)
    return found


def _build_checker(shape: Any) -> Callable[[Any], bool]:
    origin, args = get_origin(shape), get_args(shape)
    if shape is Any:  # Rule.written: the rule as the file wrote it
        return _plain
    if shape in _FIELDS_OF:
        hints: list[Callable[[Any], bool]] = []  # filled below: models nest
        _CHECKERS[shape] = lambda v: type(v) is shape and all(map(_apply, hints, v))
        hints.extend(_checker(h) for h in get_type_hints(shape).values())
        return _CHECKERS[shape]
    if origin is None:
        exact = type(None) if shape is None else shape
        return lambda v: type(v) is exact
    if origin is Literal:
        return lambda v: type(v) is str and v in args
    if origin is Union or origin is types.UnionType:
        options = [_checker(a) for a in args]
        return lambda v: any(f(v) for f in options)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _checker(args[0])
        return lambda v: type(v) is tuple and all(map(item, v))
    if origin is tuple:
        items = [_checker(a) for a in args]
        return lambda v: type(v) is tuple and len(v) == len(items) and all(map(_apply, items, v))
    if origin is list:
        item = _checker(args[0])
        return lambda v: type(v) is list and all(map(item, v))
    if origin is dict:
        key, val = _checker(args[0]), _checker(args[1])
        return lambda v: type(v) is dict and all(key(k) and val(x) for k, x in v.items())
    raise TypeError(f"no check for {shape!r}")


def _apply(check: Callable[[Any], bool], value: Any) -> bool:
    return check(value)


_FIELDS_OF = frozenset(_MODELS)
_PLAIN = (str, int, float, bool, type(None), dt.date)


def _plain(value: Any) -> bool:
    if type(value) in _PLAIN:
        return True
    if type(value) in (list, tuple):
        return all(map(_plain, value))
    if type(value) is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    return False


# --- the plan's verdict (the computing commands' gate) ------------------------------
#
# `status`, `report`, `notice` and `export` stop on errors in the plan's own files
# (checks/gate.py), which means importing and running the plan's checks on every
# run. When they found no error, a small file beside the packs says so for exactly
# what they read — a hash of it (`verdict_key`, built by the gate) — and a run
# whose plan, units and calendar are those need neither. Only "no error" is ever
# kept: what the checks find is never taken from here, so a cached verdict can
# repeat a clean one, never hide a finding (and a plan that changes is checked
# afresh). The file is signed with this folder's key like the packs, under its
# own label, read only when it is a small regular file, and holds nothing but
# the hash, so nothing in it is decoded.

_VERDICT_LABEL = b"zwgk-plan-clean\0"
_VERDICT_BYTES = len(_HEADER) + _MAC_BYTES + _DIGEST_BYTES


def _verdict_file(cache: Cache, year: int | None) -> Path | None:
    """One a plan year (a ledger of several years: switching years with
    `--year` checks each plan once), one for data/tasks.yaml."""
    return _beside(cache, ".plan-clean", year)


def _beside(cache: Cache, suffix: str, year: int | None) -> Path | None:
    """The file `suffix` (for the plan year `year`) beside the ledger's packs."""
    if not (cache.enabled and cache.pack):
        return None
    return cache.pack.with_suffix(suffix if year is None else f"{suffix}-{year}")


def plan_was_clean(cache: Cache, key: bytes, year: int | None = None) -> bool:
    """Whether the checks of the plan of `year` found no error in what hashes
    to `key`."""
    path = _verdict_file(cache, year)
    payload = _signed_payload(cache, path, _VERDICT_LABEL, _VERDICT_BYTES)
    return payload is not None and len(payload) == _DIGEST_BYTES and _same(payload, key)


def keep_clean_plan(cache: Cache, key: bytes, year: int | None = None) -> None:
    """Remember that the checks of the plan of `year` found no error in what
    hashes to `key` (the last one checked of that year). Failing to is harmless."""
    _keep_signed(cache, _verdict_file(cache, year), _VERDICT_LABEL, key)


def _signed_payload(cache: Cache, path: Path | None, label: bytes, most: int) -> bytes | None:
    """What the file at `path` holds, when it is a regular file of at most
    `most` bytes written by `_keep_signed` under `label` with this folder's
    key; else None."""
    if path is None:
        return None
    try:
        raw = read_regular(path, most)
        secret = cache._key(create=False)
    except (OSError, NotRegular):
        return None
    cut = len(_HEADER) + _MAC_BYTES
    if secret is None or len(raw) < cut or not raw.startswith(_HEADER):
        return None
    mac, payload = raw[len(_HEADER) : cut], raw[cut:]
    return payload if _same(mac, _mac(secret, label + payload)) else None


def _keep_signed(cache: Cache, path: Path | None, label: bytes, payload: bytes) -> None:
    """Write `payload` to `path`, signed under `label` with this folder's key
    (made if there is none yet). Failing to is harmless."""
    if path is None:
        return
    with contextlib.suppress(OSError):
        secret = cache._key(create=True)
        if secret is not None:
            signed = _HEADER + _mac(secret, label + payload) + payload
            replace_atomically(path, signed, mode=0o600)


# --- validate's per-file verdicts --------------------------------------------------
#
# `zwgk validate` checks each entry of a file against the plan, the units, the
# calendar and the day (checks/verdicts.py). The files whose entries those checks
# found nothing in are kept in a small file beside the packs, for exactly what
# the checks read besides the file — a hash of it, the context — each file as a
# hash of its path and of its bytes (`read_keys`): a file kept there is not
# checked again while it and the context are the same. Only "nothing found" is
# kept, as for the plan's verdict: a finding is never taken from here. The file
# is signed with this folder's key under its own label, read only when it is a
# regular file of at most _CLEAN_MAX bytes, and holds nothing but hashes, cut at
# fixed widths: nothing in it is decoded.

_CLEAN_LABEL = b"zwgk-files-clean\0"
_CLEAN_MAX = 16 << 20


def clean_files(cache: Cache, context: bytes, year: int | None = None) -> set[bytes]:
    """The files (`file_id`) kept as clean for `context` in the plan year
    `year`; none when there is no such record, or it does not check out."""
    path = _beside(cache, ".files-clean", year)
    payload = _signed_payload(cache, path, _CLEAN_LABEL, _CLEAN_MAX)
    width = _DIGEST_BYTES
    if payload is None or len(payload) % width or not payload.startswith(context):
        return set()
    return {payload[at : at + width] for at in range(width, len(payload), width)}


def keep_clean_files(
    cache: Cache, context: bytes, files: Iterable[bytes], year: int | None = None
) -> None:
    """Remember `files` (`file_id`s) as the clean ones for `context` in the
    plan year `year`, in place of what was kept. Failing to is harmless."""
    payload = context + b"".join(sorted(files))
    if len(context) == _DIGEST_BYTES and len(_HEADER) + _MAC_BYTES + len(payload) <= _CLEAN_MAX:
        _keep_signed(cache, _beside(cache, ".files-clean", year), _CLEAN_LABEL, payload)


def file_id(rel: str, key: bytes) -> bytes:
    """A file at `rel` read from bytes of `key` (`digest`), as one hash."""
    return digest(os.fsencode(rel) + b"\0" + key)
