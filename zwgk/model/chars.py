"""Classes of characters that ledger text may carry unseen, written once.

Each is the inside of a regular-expression class (`f"[{BIDI}]"`). The patterns
built from them differ on purpose — what a terminal must not obey, what XML
cannot hold, what a calendar line must not contain, what makes two names look
alike — but a character that belongs to a class is listed here only.

And how typed characters read: `half_width`, `text_key`, `numeral` (三, ３).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

C0 = "\x00-\x08\x0b\x0c\x0e-\x1f"
"""C0 controls but the tab, newline and carriage return that text files hold."""

CR = "\r"
DEL = "\x7f"

C1 = "\x80-\x9f"
"""C1 controls: 0x9b is a one-byte CSI to a terminal."""

BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Bidi marks, embeddings, overrides and isolates ("Trojan Source")."""

ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff"
"""Zero-width space, non-joiner, joiner, word joiner, and the BOM."""


_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def half_width(text: str) -> str:
    """`text` with the full-width forms a Chinese input method types (２１．１,
    ＪＴＪ, the ideographic space) as their ASCII letters, digits and marks.

    The one fold of typed text: every reader of what a clerk types (dates,
    periods, ids, counts, names, codes) folds with this and nothing else.
    Narrower than NFKC on purpose: a superscript ² is no 2, ⑴ no (1)."""
    return text.translate(_HALF_WIDTH)


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A regular expression compiled when it is first used (`_NAME()`), not
    when its module loads: compiling one takes 50-500 µs, and a command's start
    loads many modules whose patterns it never uses (`zwgk status` parses no
    date, no duration and no error message)."""
    return functools.cache(lambda: re.compile(pattern, flags))


_YEAR = lazy_pattern(r"(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])")
_YEAR_MASK = "〇"


def requirement_text(text: str) -> tuple[str, tuple[int, ...]]:
    """A requirement's `text` as two tables' texts are compared (last year's
    and this year's, `tables/matching.py`; one county's and another's,
    `engine/rollup.late_across`): `half_width`, no white space or
    punctuation, case ignored, year numbers masked (2018年 becomes 2019年
    every year); and the year numbers it held, in order."""
    folded = half_width(text)
    years = tuple(int(y) for y in _YEAR().findall(folded))
    kept = "".join(
        ch for ch in _YEAR().sub(_YEAR_MASK, folded) if unicodedata.category(ch)[0] not in "PZSC"
    )
    return kept.casefold(), years


def text_key(text: str) -> str:
    """`text` as two typed words are compared, not as shown: `half_width`,
    white space anywhere left out, case ignored — 各镇（街道） is 各镇 (街道),
    ＪＴＪ is jtj, `Due soon` is `due soon`."""
    return "".join(half_width(text).split()).casefold()


_DIGITS = "一二三四五六七八九"


def numeral(text: str) -> int | None:
    """The number `text` writes in digits (3, ３) or as a Chinese numeral up
    to 九十九 (三, 十二, 二十); None for anything else."""
    text = half_width(text)
    if text.isascii() and text.isdigit() and len(text) <= 9:
        return int(text)
    if len(text) == 1 and text in _DIGITS:
        return _DIGITS.index(text) + 1
    tens, sep, ones = text.partition("十")
    if not sep or len(tens) > 1 or len(ones) > 1 or not set(tens + ones) <= set(_DIGITS):
        return None
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(ones) + 1 if ones else 0)


def chinese_numeral(number: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十, up to 99: what `numeral` reads back."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _DIGITS[tens - 1] + "十"
    return head + (_DIGITS[ones - 1] if ones else "")
