"""Which requirements of a new year's table are last year's, by their text.

An office receives next year's table as a new document: tasks renumbered,
requirements reworded, some dropped, some added. `match` pairs each new
requirement with at most one of last year's, one to one:

- texts are compared as `normalised` forms: full-width characters folded
  (`chars.half_width`), white space and punctuation left out, and every year
  number masked, since 2018年 becomes 2019年 every year;
- a pair's score is the Jaccard similarity of the two texts' character
  bigrams (|A ∩ B| / |A ∪ B|). Measured on the 2018 Huantai plan against the
  revised 2019 table of tests/fixtures/yearly (80 requirements × 81): the 77
  true pairs score ≥ 0.76 (the most reworded one 0.76), a wrong candidate at
  most 0.17, but for the near-twin tasks 54/55 (one sentence about two kinds
  of list), 0.52 to each other's. difflib's SequenceMatcher.ratio() puts the
  true pairs ≥ 0.90 and the wrong ones up to 0.27 (twins 0.72): a narrower
  gap, since long texts share many scattered characters, at ~15 times the
  cost per pair (97 µs against 6.6 µs), which counts for a province's table
  of 300 rows (90,000 pairs);
- pairs scoring at least `THRESHOLD` are taken best first; a new or old
  requirement already taken is skipped, so each is matched once. Among
  pairs of the same score (to two decimals: the same sentence required of
  two tasks) the one whose task titles are more alike wins, then the one
  closer in table order.

A matched pair is unchanged when its normalised texts are equal (year
numbers included, except the years that moved with the plan year: 2018年底
in the 2018 plan is 2019年底 in the 2019 plan), its units, mode and
deadline rules too (rules compared by what they mean, not their `basis`
words, with the plan year moved likewise: `by: 2018-12-31` is `by:
2019-12-31` a year on);
otherwise it is changed, and `Pair.changed` says what: text, units, due.
Words are chosen by the command; this module returns values.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from zwgk.model.chars import requirement_text
from zwgk.model.plan import Plan

THRESHOLD = 0.5
"""The least bigram similarity of a match: about halfway between the true
pairs' lowest (0.76) and the wrong candidates' highest (0.17) on the Huantai
tables, leaving room for a heavier rewording than those show. Twins scoring
above it (0.52) are told apart by one-to-one assignment: each one's own
partner scores higher (1.0) and is taken first."""

normalised = requirement_text
"""A text as compared: the rule `zwgk rollup` compares counties' texts by too."""


class Req(NamedTuple):
    """A requirement as the matching sees it, from a plan or a draft."""

    id: str
    task: str
    """The task's title: the tie-breaker between near-equal texts."""
    text: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    mode: str
    due: tuple[dict[str, Any], ...]
    """The deadline rules as written (`basis` included)."""


class Pair(NamedTuple):
    old: Req
    new: Req
    score: float
    changed: tuple[str, ...]
    """What differs: "text", "units", "due" (in that order); () when unchanged."""


class Matching(NamedTuple):
    old_year: int
    new_year: int
    pairs: list[Pair]
    """Matched requirements, in the new table's order."""
    new: list[Req]
    """The new table's requirements nobody had last year, in its order."""
    dropped: list[Req]
    """Last year's requirements the new table no longer has, in their order."""

    def unchanged(self) -> list[Pair]:
        return [p for p in self.pairs if not p.changed]

    def changed(self) -> list[Pair]:
        return [p for p in self.pairs if p.changed]

    def previous(self) -> dict[str, str]:
        """New requirement id → last year's id, for every matched one."""
        return {p.new.id: p.old.id for p in self.pairs}


def bigrams(text: str) -> frozenset[str]:
    """The character pairs of a normalised text (a one-character text: itself)."""
    if len(text) < 2:
        return frozenset((text,))
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two bigram sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _same_years(old: Sequence[int], new: Sequence[int], old_year: int, new_year: int) -> bool:
    """Year numbers alike: the same, or moved as the plan year moved."""
    return len(old) == len(new) and all(
        a == b or a - old_year == b - new_year for a, b in zip(old, new, strict=True)
    )


def _rule_text(rule: dict[str, Any]) -> tuple[str, tuple[int, ...]]:
    """A rule as compared: what it means, not its `basis` (月度 and 按月 are
    one rule; a reworded phrase shows in the text)."""
    meaning = {key: value for key, value in rule.items() if key != "basis"}
    return normalised(json.dumps(meaning, sort_keys=True, ensure_ascii=False, default=str))


def _changed(old: Req, new: Req, old_year: int, new_year: int) -> tuple[str, ...]:
    changed = []
    (old_text, old_years), (new_text, new_years) = normalised(old.text), normalised(new.text)
    if old_text != new_text or not _same_years(old_years, new_years, old_year, new_year):
        changed.append("text")
    if (old.lead, old.support, old.mode) != (new.lead, new.support, new.mode):
        changed.append("units")
    old_rules = [_rule_text(r) for r in old.due]
    new_rules = [_rule_text(r) for r in new.due]
    if len(old_rules) != len(new_rules) or any(
        a[0] != b[0] or not _same_years(a[1], b[1], old_year, new_year)
        for a, b in zip(sorted(old_rules), sorted(new_rules), strict=True)
    ):
        changed.append("due")
    return tuple(changed)


def match(
    old: Sequence[Req],
    new: Sequence[Req],
    old_year: int,
    new_year: int,
    threshold: float = THRESHOLD,
) -> Matching:
    """Pair `new` requirements with `old` ones, one to one (see the module)."""
    old_grams = [bigrams(normalised(r.text)[0]) for r in old]
    new_grams = [bigrams(normalised(r.text)[0]) for r in new]
    old_titles = [bigrams(normalised(r.task)[0]) for r in old]
    new_titles = [bigrams(normalised(r.task)[0]) for r in new]
    candidates: list[tuple[float, float, int, int, int, float]] = []
    for j, grams in enumerate(new_grams):
        for i, other in enumerate(old_grams):
            score = similarity(grams, other)
            if score >= threshold:
                title = similarity(new_titles[j], old_titles[i])
                # best first: score to two decimals, then title, then nearness
                # in table order (relative positions, tables differ in length)
                where = abs(j / max(len(new), 1) - i / max(len(old), 1))
                candidates.append((-round(score, 2), -title, round(where * 1000), j, i, score))
    candidates.sort()
    taken_old: dict[int, int] = {}
    taken_new: dict[int, tuple[int, float]] = {}
    for *_, j, i, score in candidates:
        if i in taken_old or j in taken_new:
            continue
        taken_old[i] = j
        taken_new[j] = (i, score)
    pairs = [
        Pair(old[i], new[j], score, _changed(old[i], new[j], old_year, new_year))
        for j, (i, score) in sorted(taken_new.items())
    ]
    return Matching(
        old_year,
        new_year,
        pairs,
        [r for j, r in enumerate(new) if j not in taken_new],
        [r for i, r in enumerate(old) if i not in taken_old],
    )


def requirements(plan: Plan) -> list[Req]:
    """A plan's requirements as the matching sees them, in plan order."""
    return [
        Req(r.id, task.title, r.text, r.lead, r.support, r.mode, tuple(x.written for x in r.due))
        for task in plan.tasks
        for r in task.requirements
    ]
