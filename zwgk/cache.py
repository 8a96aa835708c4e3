"""A cache of what reading the ledger's files produced, so that a second run
reads the files but parses none of them.

It lives in `.zwgk-cache/` in the ledger (git-ignored), one pack per ledger.
Each file's entry is keyed by a hash of the file's bytes — never by mtime or
size, so a file edited within the same second and to the same length is still
read afresh — and only files that read without a finding are kept. The pack
is plain data (marshal of tuples, dates as ordinals) with a checksum over it:
a pack that is damaged, from another zwgk version, or unreadable is ignored
with a warning, never trusted; a folder that cannot be written is a warning
too, and zwgk simply runs without the cache. The cache may speed a run up; it
never changes what the run computes (tests compare the two byte for byte).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
from pathlib import Path
from typing import Any

from zwgk import __version__
from zwgk.i18n import t
from zwgk.models import (
    Change,
    Duration,
    Entry,
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

FOLDER = ".zwgk-cache"
PACK = "ledger.pack"
FORMAT = f"zwgk-cache-3-{__version__}"
_DISABLE = "ZWGK_NO_CACHE"


try:  # the builtin module directly: hashlib would also load OpenSSL (2 ms a run)
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - every CPython has it; other Pythons may not
    from hashlib import blake2b as _blake2b


def digest(raw: bytes) -> bytes:
    return _blake2b(raw, digest_size=16).digest()


class Cache:
    """Per-file results of one ledger, loaded lazily, saved when changed."""

    def __init__(self, root: Path | None) -> None:
        self.folder = root / FOLDER if root is not None else None
        self.enabled = self.folder is not None and not os.environ.get(_DISABLE)
        self.warnings: list[str] = []
        self._files: dict[str, tuple[bytes, Any]] | None = None
        self._dirty = False

    def _load(self) -> dict[str, tuple[bytes, Any]]:
        if self._files is not None:
            return self._files
        self._files = {}
        if not self.enabled or self.folder is None:
            return self._files
        path = self.folder / PACK
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return self._files
        except OSError as exc:
            self._warn(t("cache.unreadable", path=path, error=exc.strerror))
            return self._files
        try:
            header, checksum, payload = marshal.loads(raw)
            if header != FORMAT:
                return self._files  # another version's pack: rebuilt quietly
            if checksum != digest(payload):
                raise ValueError("checksum")
            files = marshal.loads(payload)
            if not isinstance(files, dict):
                raise ValueError("shape")
        except (ValueError, EOFError, TypeError):
            self.discard()
            return self._files
        self._files = files
        return self._files

    def get(self, rel: str, key: bytes) -> Any:
        """The stored result for `rel` if its bytes are still `key`, else None."""
        if not self.enabled:
            return None
        found = self._load().get(rel)
        if found is None or found[0] != key:
            return None
        return found[1]

    def put(self, rel: str, key: bytes, value: Any) -> None:
        if not self.enabled:
            return
        self._load()[rel] = (key, value)
        self._dirty = True

    def keep_only(self, rels: set[str]) -> None:
        """Forget files that are gone (a unit renamed, a year archived)."""
        files = self._load()
        for rel in [r for r in files if r not in rels]:
            del files[rel]
            self._dirty = True

    def save(self) -> None:
        if not (self.enabled and self._dirty and self.folder is not None):
            return
        payload = marshal.dumps(self._files)
        data = marshal.dumps((FORMAT, digest(payload), payload))
        path = self.folder / PACK
        temp = self.folder / f"{PACK}.{os.getpid()}.tmp"
        try:
            self.folder.mkdir(exist_ok=True)
            gitignore = self.folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            temp.write_bytes(data)
            os.replace(temp, path)  # readers see the old pack or the new, never half
        except OSError as exc:
            self._warn(t("cache.unwritable", path=self.folder, error=exc.strerror))
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        self._dirty = False

    def discard(self) -> None:
        """The pack is damaged (or says something impossible): say so, use
        none of it, and write a good one from this run's reading."""
        message = t("cache.corrupt", path=(self.folder or Path()) / PACK)
        if message not in self.warnings:
            self.warnings.append(message)
        self._files = {}
        self._dirty = True

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        self.enabled = False  # once something is wrong, do not lean on it


# --- progress entries: flat tuples, the hot path -----------------------------------


def pack_entries(entries: list[Entry]) -> list[tuple[Any, ...]]:
    return [
        (e.req, e.date.toordinal(), e.status, e.line, e.period, e.note, e.evidence, e.event,
         _ord(e.from_date), _ord(e.to_date), _ord(e.until), e.approved_by, e.by, e.pii_ok)
        for e in entries
    ]  # fmt: skip


_DAYS: dict[int, dt.date] = {}


def _new_day(ordinal: int) -> dt.date:
    found = _DAYS[ordinal] = dt.date.fromordinal(ordinal)
    return found


def unpack_entries(rows: list[tuple[Any, ...]], path: str, unit: str) -> list[Entry]:
    # One date object per day (a ledger's entries share a few thousand days),
    # looked up inline: this loop builds every entry of a warm run.
    get, new = _DAYS.get, _new_day
    return [
        Entry(req, get(date) or new(date), status, unit, path, line, period, note, evidence,
              event, (get(a) or new(a)) if a else None, (get(b) or new(b)) if b else None,
              (get(c) or new(c)) if c else None, approved_by, by, pii_ok)
        for (req, date, status, line, period, note, evidence, event, a, b, c, approved_by, by,
             pii_ok) in rows
    ]  # fmt: skip


def _ord(day: dt.date | None) -> int | None:
    return day.toordinal() if day is not None else None


# --- the plan, units and calendar: small, nested; a generic codec ---------------

_MODELS = (Plan, PlanInfo, Part, Section, Task, Requirement, Rule, Duration, Unit, Group, Change)
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


def thaw(value: Any) -> Any:
    """The inverse of `freeze`; only the model classes above are ever built."""
    if isinstance(value, tuple) and value:
        tag = value[0]
        if tag == "@" and len(value) == 3 and value[1] in _CLASSES:
            return _CLASSES[value[1]](*(thaw(v) for v in value[2]))
        if tag == "#" and len(value) == 2:
            return dt.date.fromordinal(value[1])
        if tag == "()" and len(value) == 2:
            return tuple(thaw(v) for v in value[1])
        raise ValueError("unknown value in the cache")
    if isinstance(value, dict):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, list):
        return [thaw(v) for v in value]
    return value
