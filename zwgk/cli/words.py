"""Codes as clerks type them: a status, a kind of entry, given by its code
(`overdue`), its label in either language (已逾期, `overdue`) or a word the
clerk is more likely to type than the label (完成 for `done`).

One matcher for every option and prompt that takes a code, so that
`--status 已逾期` and the interactive `record`'s 完成 are read alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from zwgk.i18n import MESSAGES, t
from zwgk.model.chars import half_width

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
    """`text` as compared: full-width forms folded (ＤＯＮＥ, ２１．１),
    surrounding space gone, case ignored."""
    return half_width(text).strip().casefold()


def code_for(
    text: str, codes: Iterable[str], label_prefix: str, words: Mapping[str, str] | None = None
) -> str | None:
    """The code of `codes` that `text` names: the code itself, its label
    (`label_prefix.code` in the catalog) in Chinese or English, or one of
    `words`; None if it names none of them."""
    wanted = plain(text)
    for code in codes:
        names = [code, *MESSAGES.get(f"{label_prefix}.{code}", ())]
        names += [word for word, meant in (words or {}).items() if meant == code]
        if wanted in {plain(name) for name in names}:
            return code
    return None


def choices(codes: Iterable[str], label_prefix: str) -> str:
    """`codes` as a list of choices in the user's language: each label with
    its code (已逾期（overdue）), or the code alone where the label is it."""
    shown = []
    for code in codes:
        label = t(f"{label_prefix}.{code}")
        shown.append(
            code if plain(label) == plain(code) else t("cli.choice", label=label, code=code)
        )
    return t("common.list_sep").join(shown)
