"""`zwgk diff` in words and in JSON: the changes engine/compare finds, put
into the current language for the terminal, the Markdown review comment
(`diff.md.j2`'s entry_words and plan_words) and `--format json`."""

from __future__ import annotations

from typing import Any

from zwgk.engine.compare import LedgerDiff, PlanChange, entry_fields, rel_path
from zwgk.engine.privacy import shown
from zwgk.i18n import MESSAGES, t
from zwgk.model.directory import Directory
from zwgk.model.plan import Entry, Rule
from zwgk.outputs.rulewords import describe
from zwgk.outputs.text import short


def describe_entry(entry: Entry) -> str:
    """One entry in a line: date, status, period or event, the start of the
    note (the free texts' personal data masked, as in reports: this goes into
    review comments)."""
    parts = [entry.date.isoformat(), t(f"entry.{entry.status}")]
    if entry.period:
        parts.append(entry.period)
    if entry.event:
        parts.append(shown(entry.event, entry.pii_ok))
    if entry.until:
        parts.append(t("diff.until", until=entry.until.isoformat()))
    if entry.note:
        parts.append(f"“{short(shown(entry.note, entry.pii_ok), 30)}”")
    return " ".join(parts)


def describe_plan_change(change: PlanChange, directory: Directory) -> str:
    """A plan change in a line, in the current language."""
    if change.kind == "reorganisation":
        c = change.after if change.change == "added" else change.before
        olds = "、".join(directory.name(u) for u in c["old"])
        key = "units.change_renamed" if c["kind"] == "rename" else "units.change_merged"
        what = t(key, on=c["on"], old=olds, new=directory.name(c["new"]))
        return t(f"diff.{change.change}", what=t("diff.kind_reorganisation", what=what))
    what = t(f"diff.kind_{change.kind}", id=change.id, name=directory.name(change.id))
    if change.change != "changed":
        return t(f"diff.{change.change}", what=what)
    key = f"diff.field_{change.field}"
    field = t(key) if key in MESSAGES else str(change.field)
    words = rule_words(change)
    if words is not None:
        before, after = words
    else:
        before = _value_words(change.before, directory)
        after = _value_words(change.after, directory)
    return t("diff.changed", what=what, field=field, before=before, after=after)


def rule_words(change: PlanChange) -> tuple[str, str] | None:
    """For a change of deadline rules: both sides in plain words, for people."""
    if change.rules is None:
        return None
    return (_rules_words(change.rules[0]), _rules_words(change.rules[1]))


def _rules_words(rules: tuple[Rule, ...]) -> str:
    return "；".join(describe(rule) for rule in rules) or t("diff.no_rule")


def _value_words(value: Any, directory: Directory) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "、".join(directory.name(str(v)) for v in value) or "—"
    return short(str(value), 40)


def diff_json(diff: LedgerDiff) -> dict[str, Any]:
    """`zwgk diff --format json`: the changes, with unit names and the
    deadline rules in words."""
    name = diff.directory.name
    return {
        "from": diff.before,
        "to": diff.after,
        "as_of": diff.as_of.isoformat(),
        "entries": [
            {
                "change": c.change,
                "file": c.file,
                "from_file": rel_path(c.before) if c.change == "moved" and c.before else None,
                "line": c.entry.line,
                "unit": c.entry.unit,
                "unit_name": name(c.entry.unit),
                "req": c.entry.req,
                "entry": entry_fields(c.entry),
                "before": entry_fields(c.before) if c.change == "edited" and c.before else None,
            }
            for c in diff.entries
        ],
        "statuses": [
            {
                "task": s.task,
                "req": s.req,
                "unit": s.unit,
                "unit_name": name(s.unit),
                "period": s.period,
                "before": s.before,
                "after": s.after,
            }
            for s in diff.statuses
        ],
        "plan": [
            {
                "kind": p.kind,
                "id": p.id,
                "change": p.change,
                "field": p.field,
                "before": p.before,
                "after": p.after,
                "words": rule_words(p),
            }
            for p in diff.plan
        ],
    }
