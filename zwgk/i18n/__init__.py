"""The message catalog: every string a user reads, in Chinese and English.

One catalog module per area (zwgk/i18n/<area>.py), merged here on import.
A key's prefix names the area that owns it (PREFIXES, the one map of them):
a key is added to the catalog of its prefix's area.

Chinese is the default; `--lang en` or ZWGK_LANG=en switches to English. The
locale is deliberately not consulted: servers and CI run C.UTF-8 or en_US while
the clerks read Chinese. Keys, status codes, ids and dates are never translated.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from zwgk.i18n import checks, cli, common, ledger, outputs, review, tables

LANGS = ("zh", "en")
_state = {"lang": "zh"}

# The area that owns each key prefix: its keys live in zwgk/i18n/<area>.py.
AREAS: dict[str, tuple[str, ...]] = {
    "common": ("common", "level", "kind", "mode", "entry", "status", "pii", "duration"),
    "cli": ("cli", "help", "prompt", "log", "weekday", "validate"),
    "ledger": ("ledger", "yaml", "type", "schema", "what", "units", "plan", "rules",
               "progress", "record", "reorg", "write", "cache", "calendar"),
    "checks": ("check", "deadlines"),
    "review": ("git", "owners", "diff", "merge"),
    "tables": ("import", "nextplan", "yearplan"),
    "outputs": ("col", "render", "output", "export", "show", "describe", "report", "notice",
                "init"),
}  # fmt: skip
PREFIXES = {prefix: area for area, prefixes in AREAS.items() for prefix in prefixes}
_CATALOGS = {
    "common": common.MESSAGES,
    "cli": cli.MESSAGES,
    "ledger": ledger.MESSAGES,
    "checks": checks.MESSAGES,
    "review": review.MESSAGES,
    "tables": tables.MESSAGES,
    "outputs": outputs.MESSAGES,
}


def _merged(catalogs: Mapping[str, Mapping[str, tuple[str, str]]]) -> dict[str, tuple[str, str]]:
    """Every catalog in one dict. A key in a catalog other than its prefix's
    area (so also a key in two catalogs) stops the import: a programming
    error, shown with its traceback. (ruff refuses a key twice in one.)"""
    merged: dict[str, tuple[str, str]] = {}
    for area, catalog in catalogs.items():
        for key, pair in catalog.items():
            owner = PREFIXES.get(key.split(".", 1)[0])
            if owner != area:
                raise ValueError(
                    f"message {key} is in the {area} catalog; its prefix's area is {owner}"
                )
            merged[key] = pair
    return merged


MESSAGES = _merged(_CATALOGS)
"""Every message, by key: (中文, English)."""


def set_lang(lang: str | None, argv: Sequence[str] | None = None) -> None:
    """Choose the language: an explicit value, else `--lang X` in argv, else
    ZWGK_LANG, else Chinese."""
    chosen = lang
    if chosen is None and argv is not None:
        for i, arg in enumerate(argv):
            if arg == "--lang" and i + 1 < len(argv):
                chosen = argv[i + 1]
            elif arg.startswith("--lang="):
                chosen = arg.split("=", 1)[1]
    if chosen is None:
        chosen = os.environ.get("ZWGK_LANG", "zh")
    _state["lang"] = chosen if chosen in LANGS else "zh"


def current_lang() -> str:
    return _state["lang"]


def t(key: str, /, **params: object) -> str:
    """The message `key` in the current language, with `params` filled in."""
    zh, en = MESSAGES[key]
    text = en if _state["lang"] == "en" else zh
    return text.format(**params) if params else text
