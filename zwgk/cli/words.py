"""Codes as clerks type them: a status, a kind of entry, given by its code
(`overdue`), its label in either language (已逾期, `overdue`) or a word the
clerk is more likely to type than the label (完成 for `done`).

One matcher for every option and prompt that takes a code, so that
`--status 已逾期` and the interactive `record`'s 完成 are read alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from zwgk.i18n import MESSAGES, t
from zwgk.model.chars import text_key
from zwgk.model.dates import read_date, read_month, read_quarter, read_week, read_year

ENTRY_WORDS: Mapping[str, str] = {
    # The words for the kinds of entry, beside the labels
    # (entry.*: 已完成, 进行中, ...) a report prints.
    "完成": "done",
    "进展": "progress",
    "受阻": "blocked",
    "事件": "event",
    "不适用": "exempt",
    "延期": "extend",
}


def plain(text: str) -> str:
    """`text` as an answer or option value is compared with a code, label or
    choice: `model.chars.text_key` (full-width forms folded as ＤＯＮＥ,
    ２１．１, white space out, case ignored)."""
    return text_key(text)


def _names(
    codes: Iterable[str], label_prefix: str, words: Mapping[str, str] | None
) -> dict[str, str]:
    """Every name of `codes` as compared (`plain`) → its code: the code, its
    label in Chinese and English, and the `words` meaning it."""
    names: dict[str, str] = {}
    for code in codes:
        labels = MESSAGES.get(f"{label_prefix}.{code}", ())
        said = [word for word, meant in (words or {}).items() if meant == code]
        for name in (code, *labels, *said):
            names.setdefault(plain(name), code)
    return names


def code_for(
    text: str, codes: Iterable[str], label_prefix: str, words: Mapping[str, str] | None = None
) -> str | None:
    """The code of `codes` that `text` names: the code itself, its label
    (`label_prefix.code` in the catalog) in Chinese or English, or one of
    `words`; None if it names none of them."""
    return _names(codes, label_prefix, words).get(plain(text))


def close_codes(
    text: str, codes: Iterable[str], label_prefix: str, words: Mapping[str, str] | None = None
) -> list[str]:
    """The codes of `codes` one of whose names (as `code_for` reads them) is
    close to `text` (`model.suggest.close_matches`), best first: 逾期 →
    overdue (已逾期), late (逾期完成)."""
    names = _names(codes, label_prefix, words)
    from zwgk.model.suggest import close_matches  # difflib: only once a code is unknown

    return list(dict.fromkeys(names[name] for name in close_matches(plain(text), names)))


def shown(code: str, label_prefix: str) -> str:
    """`code` as the user reads it: its label with the code (已逾期（overdue）),
    or the code alone where the label is it."""
    label = t(f"{label_prefix}.{code}")
    return code if plain(label) == plain(code) else t("cli.choice", label=label, code=code)


def choices(codes: Iterable[str], label_prefix: str) -> str:
    """`codes` as a list of choices in the user's language (`shown`)."""
    return t("common.list_sep").join(shown(code, label_prefix) for code in codes)


def typed_period(text: str) -> str:
    """The period id `text` names, as the ledger writes it (DESIGN.md's
    rules): a year `2018` (2018年, 2018年度), a month `2018-07` (2018/7,
    2018年7月), a quarter `2018-Q3` (2018Q3, 2018年第三季度, 2018年三季度), an
    ISO week `2018-W27` (2018W27, 2018年第27周), a day `2018-08-01` — a
    dated rule's or an event's — in any form `model.dates.read_date` reads;
    full-width digits alike. Text that names none comes back as typed
    (stripped): the entry checks then say it is no period of the requirement."""
    readers = (
        (read_year, lambda year: f"{year:04d}"),
        (read_month, lambda ym: f"{ym[0]:04d}-{ym[1]:02d}"),
        (read_quarter, lambda yq: f"{yq[0]:04d}-Q{yq[1]}"),
        (read_week, lambda yw: f"{yw[0]:04d}-W{yw[1]:02d}"),
        (read_date, lambda day: day.isoformat()),
    )
    for read, written in readers:
        try:
            found = read(text)
        except ValueError:
            continue
        return written(found)
    return text.strip()
