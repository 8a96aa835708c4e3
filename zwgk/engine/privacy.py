"""Personal data that must not be published (the plan's own task 51, 依法保护个人
隐私, asks that it be de-identified): resident ID numbers, mainland mobile numbers
and bank card numbers, recognised by their structure rather than by digits alone.

- A resident ID (GB 11643-1999) is 18 characters: a 6-digit area code, the birth
  date YYYYMMDD, a 3-digit sequence and a check character over the first 17
  digits (ISO 7064 MOD 11-2). A first-generation ID (issued until 2004, still
  found in old files) is 15 digits: area code, YYMMDD, sequence, no check.
  The area code must start with a province code and the birth date must exist.
- A mobile number is 11 digits whose first three are a mainland mobile prefix
  (130-199 as allocated), with or without +86 / 0086 / 86 / (+86).
- A bank card number passes the Luhn check and is 16-19 digits issued under a
  card scheme's prefix (UnionPay 62 and 81, Visa 4, Mastercard and Maestro 5,
  JCB 35, Diners 30/36/38, the old domestic 95 cards with 19 digits), or 15
  digits starting 34/37 (American Express).

Numbers are found in any grouping people type (`3703 2119 8001 0112 37`,
`370321-19800101-1237`, `138-0013-8000`, `6222 0212 3456 7890`) and in full-width
digits (３７０３…). What is not personal data, and why it is not reported:

- Landlines (0533-8181234) and service numbers (12345, 400-…): the plan asks
  offices to publish their contact and 监督举报 numbers; a landline does not
  identify a person by its structure.
- Amounts and counts that look like mobiles: an 11-digit figure followed by
  元/万元/亿元, a unit or a decimal, or preceded by 投资/资金/金额/¥ and the like
  (总投资13500000000元). Longer numbers are never sums.
- Organisations' codes: a valid 统一社会信用代码, and numbers labelled as one, as
  a 注册号, 纳税人识别号/税号 or 组织机构代码 (organisations are not persons).
- Inside a URL (article ids such as art_6222021234567890123.html) only 18-digit
  IDs are looked for: their check character and birth date make a chance match
  about one in twenty thousand, whereas one long id in ten passes Luhn.
- Card numbers and 15-digit IDs glued to Latin letters (SDGP370321201802000123,
  a procurement number); an 18-digit ID is still found after letters
  (ID370321198001011237).

`tests/fixtures/pii-labelled.tsv` (built by `scripts/pii_labelled.py`) holds
several hundred labelled lines; `tests/test_privacy.py` measures recall and
false positives on it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import Literal, Protocol, TypeVar

Kind = Literal["id-number", "mobile", "bank-card"]

# One character for one character, so that a hit's span in the normalised text
# is its span in the original: full-width ASCII (３７０３, －, ＋), the ideographic
# and no-break spaces, and the dashes people paste between digit groups.
_NORMAL: dict[int, int | str] = {0xFF01 + i: chr(0x21 + i) for i in range(94)}
_NORMAL.update({0x3000: " ", 0xA0: " ", 0x2212: "-"})
_NORMAL.update({c: "-" for c in range(0x2010, 0x2016)})

_S = "[ -]"  # one separator between digit groups
# Not part of a longer number: no digit (or digit and hyphen) on either side.
_LEFT = r"(?<![0-9])(?<![0-9]-)"
_RIGHT = r"(?![0-9])(?!-[0-9])"
_NO_LETTERS = (r"(?<![A-Za-z])", r"(?![A-Za-z])")

_ID18 = re.compile(
    _LEFT + "("
    r"[0-9]{17}[0-9Xx]"
    rf"|[0-9]{{6}}{_S}[0-9]{{8}}{_S}[0-9]{{3}}[0-9Xx]"  # 370321-19800101-1237
    rf"|[0-9]{{6}}(?:{_S}[0-9]{{4}}){{2}}{_S}[0-9]{{3}}[0-9Xx]"  # 370321 1980 0101 1237
    rf"|[0-9]{{4}}(?:{_S}[0-9]{{4}}){{3}}{_S}[0-9][0-9Xx]"  # 3703 2119 8001 0112 37
    ")" + _RIGHT
)
_ID15 = re.compile(
    _LEFT + _NO_LETTERS[0] + rf"([0-9]{{15}}|[0-9]{{6}}{_S}[0-9]{{6}}{_S}[0-9]{{3}})"
    + _RIGHT + _NO_LETTERS[1]
)  # fmt: skip
_CARD = re.compile(
    _LEFT + _NO_LETTERS[0] + "("
    r"[0-9]{15,19}"
    rf"|[0-9]{{4}}(?:{_S}[0-9]{{4}}){{3}}(?:{_S}[0-9]{{1,3}})?"  # 6222 0212 3456 7890 [123]
    rf"|[0-9]{{4}}(?:{_S}[0-9]{{4}}){{2}}{_S}[0-9]{{5,7}}"  # 6222 0212 3456 7890123
    rf"|[0-9]{{4}}{_S}[0-9]{{6}}{_S}[0-9]{{5}}"  # 3782 822463 10005 (Amex)
    ")" + _RIGHT + _NO_LETTERS[1]
)
_MOBILE = re.compile(
    _LEFT + r"(?:(?:\+|00)?86[ -]?|\(\+?86\)[ -]?)?"
    r"(1[0-9]{2}(?:[ -]?[0-9]{4}){2})" + _RIGHT
)
# MIIT's allocation of mobile prefixes (incl. data-only and virtual operators).
_MOBILE_PREFIX = re.compile(r"1(?:3[0-9]|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8[0-9]|9[0-35-9])")
# GB/T 2260 provinces; 71 台湾, 81-83 港澳台居民居住证.
_PROVINCES = frozenset(
    str(n) for n in (*range(11, 16), 21, 22, 23, *range(31, 38), *range(41, 47), *range(50, 55),
                     *range(61, 66), 71, 81, 82, 83)
)  # fmt: skip

_AMOUNT_AFTER = re.compile(
    r"\s*(?:\.[0-9]|,[0-9]{3}|[元万亿千百多余%‰倍个人户次件项台辆吨米亩股张册份套间座家篇]"
    r"|美元|港元|欧元|平方|公[里斤顷]|千克|立方)"
)
_AMOUNT_BEFORE = re.compile(
    r"(?:[¥￥$]|RMB|人民币|投资|资金|金额|总额|总计|合计|共计|收入|产值|余额|预算|造价|价款|"
    r"费用|经费|标的|拨付|补助|补贴|营收|销售额|增加值)[\s:：为约达计共]*$"
)
_ORGANISATION_BEFORE = re.compile(
    r"(?:信用代码|注册号|登记号|识别号|税号|机构代码|索引号)(?:码|号码)?[\s:：为是]*$"
)
# Starts only where a word starts, and never backtracks: linear on any text.
_URL = re.compile(
    r"(?<![A-Za-z0-9+.-])(?:[A-Za-z][A-Za-z0-9+.-]*+://|www\.)[!-~]+"
    r"|(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]++\.)++(?:cn|com|net|org)/[!-~]*"
)
_SPACED_ON = re.compile(r" [0-9]")
_SPACED_BEFORE = re.compile(r"[0-9] \Z")
_CONTEXT = 12  # characters looked at before a number for its label

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015, no I O S V Z
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check_char(first17: str) -> str:
    """The check character of a resident ID's first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def _born(year: int, month: int, day: int) -> bool:
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def is_resident_id(text: str) -> bool:
    """An 18-character resident ID, or a 15-digit first-generation one."""
    if not text[:17].isascii():
        return False  # str.isdigit() also takes ² and other digits int() refuses
    if len(text) == 15 and text.isdigit():
        return text[:2] in _PROVINCES and _born(
            1900 + int(text[6:8]), int(text[8:10]), int(text[10:12])
        )
    if len(text) != 18 or not text[:17].isdigit() or text[:2] not in _PROVINCES:
        return False
    if id_check_char(text[:17]) != text[17].upper():
        return False
    return _born(int(text[6:10]), int(text[10:12]), int(text[12:14]))


def is_credit_code(text: str) -> bool:
    """An organisation's 统一社会信用代码 (GB 32100-2015): registering body,
    kind, area code, organisation code, check character."""
    text = text.upper()
    if len(text) != 18 or text[0] not in "123456789ANY" or text[1] not in "1239":
        return False
    if not text[2:8].isdigit() or text[2:4] not in _PROVINCES:
        return False
    if any(c not in _CODE_CHARS for c in text[8:]):
        return False
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(text[:17], _CODE_WEIGHTS, strict=True))
    return _CODE_CHARS[(31 - total % 31) % 31] == text[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _is_card(digits: str) -> bool:
    n = len(digits)
    if n == 15:
        scheme = digits[:2] in ("34", "37")
    else:
        scheme = digits[0] in "456" or digits[:2] in ("30", "35", "36", "38", "81")
        scheme = scheme or (n == 19 and digits[:2] == "95")
    return scheme and luhn_ok(digits) and not (n == 18 and is_credit_code(digits))


@dataclass(frozen=True)
class Hit:
    kind: Kind
    masked: str
    """What was found, masked (never echo personal data whole)."""
    start: int
    end: int
    """The number's span in the text searched (without a +86 prefix)."""


def _masked(kind: Kind, digits: str) -> str:
    """`370321********1237`, `138****8000`, `6222 **** **** 0123`."""
    if kind == "id-number":  # the birth date is hidden, the area and the tail kept
        tail = 4 if len(digits) == 18 else 3
        return digits[:6] + "*" * (len(digits) - 6 - tail) + digits[-tail:].upper()
    if kind == "mobile":
        return digits[:3] + "****" + digits[-4:]
    return digits[:4] + " **** **** " + digits[-4:]


# Eleven digits or more, possibly grouped, in any form `_NORMAL` maps to digits
# and separators: the same test as on the normalised text, without building it
# (validate runs it on every entry of a ledger).
_DIGIT = "[0-9\uff10-\uff19]"
_SEPARATOR = "[ \\-\u00a0\u3000\u2010-\u2015\u2212\uff0d]"
_LONG_NUMBER = re.compile(f"{_DIGIT}(?:{_SEPARATOR}?{_DIGIT}){{10,}}")
# What holds every `_LONG_NUMBER`, searched twice as fast: a digit and ten
# digits or separators more (the entries it keeps are then looked at whole).
_DIGIT_RUN = re.compile(f"{_DIGIT}[{_DIGIT[1:-1]}{_SEPARATOR[1:-1]}]{{10,}}")


def might_hold(text: str) -> bool:
    """False when `text` cannot hold any of the numbers (each kind has eleven
    digits at least, possibly grouped): most texts are ruled out at once."""
    return _LONG_NUMBER.search(text) is not None


class _Spans:
    """Spans of a text that do not overlap, kept sorted: whether a new span
    overlaps one is a bisection, so a text with many numbers stays linear."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the spans that start before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class _Seen:
    """One text as the acceptance rules look at it."""

    def __init__(self, text: str) -> None:
        self.normal = text.translate(_NORMAL)
        self.urls = _Spans()
        for m in _URL.finditer(text):
            self.urls.add(*m.span())

    def before(self, start: int) -> str:
        return self.normal[max(0, start - _CONTEXT) : start]

    def plain(self, start: int, end: int) -> bool:
        """Neither an organisation's code nor in a URL: what a number with a
        weak structure must be to count."""
        return not (
            _ORGANISATION_BEFORE.search(self.before(start)) or self.urls.overlaps(start, end)
        )

    def amount(self, start: int, end: int) -> bool:
        """An amount or a count. Only 11 digits can be one (tens of billions of
        元 is a county's investment figure; fifteen digits is no sum)."""
        return bool(
            _AMOUNT_AFTER.match(self.normal, end) or _AMOUNT_BEFORE.search(self.before(start))
        )


def _id18(seen: _Seen, digits: str, start: int, end: int) -> bool:
    if not is_resident_id(digits):
        return False
    # A few IDs also pass the credit code's check; only a label decides then.
    return not (is_credit_code(digits) and _ORGANISATION_BEFORE.search(seen.before(start)))


def _id15(seen: _Seen, digits: str, start: int, end: int) -> bool:
    return is_resident_id(digits) and seen.plain(start, end)


def _card(seen: _Seen, digits: str, start: int, end: int) -> bool:
    return _is_card(digits) and seen.plain(start, end)


def _mobile(seen: _Seen, digits: str, start: int, end: int) -> bool:
    if _MOBILE_PREFIX.match(digits) is None:
        return False
    return seen.plain(start, end) and not seen.amount(start, end)


# In this order: a longer, better-checked structure claims its digits first.
_DETECTORS: tuple[tuple[Kind, re.Pattern[str], Callable[[_Seen, str, int, int], bool]], ...] = (
    ("id-number", _ID18, _id18),
    ("id-number", _ID15, _id15),
    ("bank-card", _CARD, _card),
    ("mobile", _MOBILE, _mobile),
)


def find(text: str) -> Iterator[Hit]:
    """Personal data in `text`, each occurrence once, in the order of the text."""
    if not might_hold(text):
        return
    seen = _Seen(text)
    hits: list[Hit] = []
    taken = _Spans()
    for kind, pattern, accept in _DETECTORS:
        for m in pattern.finditer(seen.normal):
            start, end = m.span(1)
            if taken.overlaps(start, end):
                continue
            if " " in m.group(1) and (
                _SPACED_ON.match(seen.normal, end)
                # the two characters before it, not the whole text before it
                or _SPACED_BEFORE.search(seen.normal, max(0, m.start() - 2), m.start())
            ):
                continue  # a row of figures, not one number typed in groups
            digits = re.sub("[ -]", "", m.group(1))
            if accept(seen, digits, start, end):
                hits.append(Hit(kind, _masked(kind, digits), start, end))
                taken.add(start, end)
    yield from sorted(hits, key=lambda h: h.start)


def mask(text: str) -> str:
    """`text` with every number `find` reports masked: what a published report
    or notice shows of an entry that does not say `pii_ok`."""
    parts, done = [], 0
    for hit in find(text):
        parts += [text[done : hit.start], hit.masked]
        done = hit.end
    return "".join(parts) + text[done:]


def shown(text: str, pii_ok: object) -> str:
    """An entry's text as zwgk publishes it (reports, notices, review
    comments): personal data masked, unless the entry says why it is meant
    (`pii_ok`; `in_entry` reports nothing for it then)."""
    return text if pii_ok else mask(text)


class EntryTexts(Protocol):
    """The free-text fields of a progress entry, recorded or about to be."""

    @property
    def note(self) -> str | None: ...
    @property
    def event(self) -> str | None: ...
    @property
    def by(self) -> str | None: ...
    @property
    def approved_by(self) -> str | None: ...
    @property
    def evidence(self) -> tuple[str, ...]: ...
    @property
    def pii_ok(self) -> str | None: ...


_E = TypeVar("_E", bound=EntryTexts)


def in_entry(entry: EntryTexts) -> Iterator[tuple[str, Hit]]:
    """(field, hit) for the personal data in an entry's texts: what `validate`
    reports and `record` warns about. None in an entry that says why it is
    meant (`pii_ok`), as `shown` leaves its texts whole."""
    if entry.pii_ok:
        return
    fields = [("note", entry.note), ("event", entry.event), ("by", entry.by),
              ("approved_by", entry.approved_by)]  # fmt: skip
    fields += [("evidence", e) for e in entry.evidence]
    if not might_hold("\n".join(text for _, text in fields if text)):
        return  # one look at the whole entry rules out nearly all of them
    for field, text in fields:
        for hit in find(text or ""):
            yield field, hit


def in_entries(
    entries: Sequence[_E],
    rare: Sequence[_E] | None = None,
    evidence: Callable[[Sequence[_E]], list[str]] | None = None,
) -> Iterator[tuple[_E, str, Hit]]:
    """(entry, field, hit) for every entry of `entries`, as `in_entry` gives
    them, in their order. One search over all their texts rules out nearly
    every entry first: `validate` runs this on a whole ledger, and a look per
    entry cost 0.5 s on 100,000 entries. What the caller can give cheaper
    than reading it from every entry (a third of the search, at 100,000):
    `rare`, the entries that may have an event, `by` or `approved_by` at all
    (most have none); `evidence`, what gives each of some entries' evidence
    as one text, its pieces a line each (`plan.evidence_texts`)."""
    maybe: set[int] = set()
    # A slice at a time, let go before the next: a million entries' notes
    # joined are tens of MB.
    for start in range(0, len(entries), _SLICE):
        part = entries[start : start + _SLICE]
        texts = ["\n".join(e.evidence) for e in part] if evidence is None else evidence(part)
        found = _holding_runs([list(map(_NOTE, part)), texts])
        maybe.update(map(id, compress(part, found)))
    others = entries if rare is None else rare
    for start in range(0, len(others), _SLICE):
        part = others[start : start + _SLICE]
        found = _holding_runs([list(map(attrgetter(field), part)) for field in _RARE_TEXTS])
        maybe.update(map(id, compress(part, found)))
    if not maybe:
        return
    for entry in compress(entries, map(maybe.__contains__, map(id, entries))):
        for field, hit in in_entry(entry):
            yield entry, field, hit


_SLICE = 1 << 16
_NOTE = attrgetter("note")
_RARE_TEXTS = ("event", "by", "approved_by")


def _holding_runs(columns: list[Sequence[str | None]]) -> list[bool]:
    """For each row of `columns` (a text or None per row, in each), whether
    one of its texts holds a `_DIGIT_RUN` (what every number `find` reports
    holds): each column joined, one search."""
    found = [False] * (len(columns[0]) if columns else 0)
    for column in columns:
        joined = "\x00".join([text or "" for text in column])  # NUL: no digit, no separator
        index = offset = 0
        for match in _DIGIT_RUN.finditer(joined):
            index += joined.count("\x00", offset, match.start())
            offset = match.start()
            found[index] = True
    return found
