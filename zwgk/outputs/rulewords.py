"""A deadline rule (`due:` item) in plain words, in the current language: what
`show` prints and `diff` says changed (ledger/rules reads the rules)."""

from __future__ import annotations

from zwgk.i18n import t
from zwgk.model.plan import Duration, Rule


def describe(rule: Rule) -> str:
    """The rule in plain words, in the current language."""
    if rule.kind == "by" and rule.date is not None:
        return t("describe.by", date=rule.date.isoformat())
    if rule.kind == "every":
        if rule.on is not None:
            return t("describe.every_year_on", month=rule.on[0], day=rule.on[1])
        text = t(f"describe.every_{rule.period}")
        if rule.grace is not None:
            text += t("describe.grace", duration=describe_duration(rule.grace))
        return text
    if rule.kind == "rrule":
        return t("describe.rrule", rule=rule.rrule)
    if rule.kind == "after" and rule.within is not None:
        return t("describe.after", event=rule.event, duration=describe_duration(rule.within))
    if rule.kind == "at_least":
        return t(f"describe.at_least_{rule.period}", n=rule.times)
    if rule.kind == "lasting":
        if rule.days is None:
            return t("describe.lasting_long_term")
        return t("describe.lasting", n=rule.days)
    return rule.kind


def describe_duration(d: Duration) -> str:
    """`3 workdays` in words."""
    return t(f"duration.{d.unit}", n=d.n)
