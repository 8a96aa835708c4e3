"""Personal data that must not be published (the plan's own task 51 asks for
de-identification): resident ID numbers, mainland mobile numbers and bank card
numbers, recognised by their structure rather than by digits alone.

- A resident ID (GB 11643-1999) is 18 characters: a 6-digit area code, a birth
  date, a 3-digit sequence and a check character computed over the first 17
  digits (ISO 7064 MOD 11-2). An 18-digit number with a wrong check character
  or an impossible birth date is not an ID.
- A mobile number is 11 digits beginning 13-19, optionally with +86 and the
  usual 3-4-4 grouping.
- A bank card number is 16-19 digits (optionally in groups of four) whose first
  digit is 3-6 (UnionPay 62, Visa, Mastercard, JCB, Amex) and which passes the
  Luhn check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

Kind = Literal["id-number", "mobile", "bank-card"]

_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(
    r"(?<![0-9A-Za-z+])(?:\+?86[- ]?)?(1[3-9]\d[- ]?\d{4}[- ]?\d{4})(?![0-9A-Za-z])"
)
_CARD = re.compile(r"(?<![0-9A-Za-z])([3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{4,7})(?![0-9A-Za-z])")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """The check character of a resident ID's first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def is_resident_id(text: str) -> bool:
    if len(text) != 18 or not text[:17].isdigit():
        return False
    if id_check_char(text[:17]) != text[17].upper():
        return False
    try:
        born = dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= dt.date.today().year


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


@dataclass(frozen=True)
class Hit:
    kind: Kind
    text: str
    """What was found, masked for the message (never echo personal data whole)."""


def mask(text: str) -> str:
    """`110105199001011234` → `1101**********1234`."""
    digits = text.replace(" ", "").replace("-", "")
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


_LONG_NUMBER = re.compile(r"\d[\d -]{9,}\d")


def might_hold(text: str) -> bool:
    """False when `text` cannot hold any of the numbers (each kind has eleven
    digits at least, possibly grouped): most texts are ruled out at once."""
    return _LONG_NUMBER.search(text) is not None


def find(text: str) -> Iterator[Hit]:
    """Personal data in `text`, each occurrence once, IDs before cards."""
    if not might_hold(text):
        return
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for m in _ID.finditer(text):
        if is_resident_id(m.group(1)):
            taken.append(m.span(1))
            yield Hit("id-number", mask(m.group(1)))
    for m in _CARD.finditer(text):
        digits = re.sub(r"[ -]", "", m.group(1))
        if 16 <= len(digits) <= 19 and luhn_ok(digits) and free(m.span(1)):
            taken.append(m.span(1))
            yield Hit("bank-card", mask(digits))
    for m in _MOBILE.finditer(text):
        if free(m.span(1)):
            taken.append(m.span(1))
            yield Hit("mobile", mask(m.group(1)))
