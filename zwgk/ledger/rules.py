"""Deadline rules (`due:` items): reading them from tasks.yaml (outputs/rulewords
says them in plain words). The table of rules and the source phrases they fit is
in DESIGN.md.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from zwgk.i18n import t
from zwgk.ledger.fields import AT_LEAST_PERIODS, PERIODS, RULE_KINDS, RULES, keys
from zwgk.ledger.schema import Reader
from zwgk.ledger.yamlio import Mapping
from zwgk.model.limits import FIRST_YEAR, LAST_YEAR, MAX_DURATION_DAYS, plausible_year
from zwgk.model.plan import Duration, Period, Rule, TimeUnit

# Keys each rule kind may carry: its own key, `basis` and its extras.
_KEYS = {kind: keys(fields) for kind, fields in RULES.items()}
_DURATION = re.compile(r"^\s*(\d+)\s*(day|days|workday|workdays|hour|hours)\s*$")
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")
LONG_TERM = "long-term"


def parse_duration(text: Any, allowed: tuple[TimeUnit, ...]) -> Duration | None:
    """`3 workdays` → Duration(3, "workdays"); None when it does not parse."""
    if not isinstance(text, str):
        return None
    match = _DURATION.match(text)
    if match is None:
        return None
    unit = match.group(2)
    if not unit.endswith("s"):
        unit += "s"
    if unit not in allowed:
        return None
    digits = match.group(1).lstrip("0") or "0"
    # Past nine digits a number is beyond every limit (`too_long`); int() of
    # thousands of digits would fail, so it is not converted.
    n = int(digits) if len(digits) <= 9 else 10**9
    return Duration(n, cast(TimeUnit, unit))


def too_long(duration: Duration) -> bool:
    """Longer than any rule may say (`MAX_DURATION_DAYS`)."""
    limit = MAX_DURATION_DAYS * 24 if duration.unit == "hours" else MAX_DURATION_DAYS
    return duration.n > limit


def _written(m: Mapping) -> dict[str, Any]:
    """The rule as written, with dates as ISO text so it serialises to JSON."""
    out: dict[str, Any] = {}
    for key, value in m.items():
        out[str(key)] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def read_rule(r: Reader, m: Mapping, plan_start: dt.date | None) -> Rule | None:
    """Read one `due:` item; every problem becomes a finding at its position."""
    what = t("what.rule")
    kinds = [k for k in RULE_KINDS if k in m]
    if len(kinds) != 1:
        r.error(
            (m.line, m.col),
            "bad-rule",
            t("rules.need_one_kind")
            if not kinds
            else t("rules.many_kinds", kinds=", ".join(kinds)),
            t("rules.kinds_hint", kinds=" | ".join(RULE_KINDS)),
        )
        return None
    kind = kinds[0]
    r.keys(m, _KEYS[kind], (), what)
    basis = r.text(m, "basis", what)
    line = m.line
    written = _written(m)

    if kind == "by":
        date = r.date(m, "by", what)
        if date is not None and not plausible_year(date.year):
            r.error(m.pos("by"), "bad-rule", t("rules.bad_by", date=date), years_hint())
            return None
        return Rule("by", basis, date=date, written=written, line=line) if date else None

    if kind == "every":
        period = _one_of(r, m, "every", PERIODS)
        if period is None:
            return None
        grace = None
        if m.get("grace") is not None:
            grace = parse_duration(m["grace"], ("days", "workdays"))
            if grace is None:
                _bad_duration(r, m, "grace", "N days | N workdays")
                return None
            if too_long(grace):
                _too_long(r, m, "grace")
                return None
        on = None
        if m.get("on") is not None:
            if period != "year":
                r.error(m.pos("on"), "bad-rule", t("rules.on_needs_year"), t("rules.on_hint"))
                return None
            on = _month_day(r, m)
            if on is None:
                return None
        return Rule("every", basis, period=period, grace=grace, on=on, written=written, line=line)

    if kind == "rrule":
        text = r.text(m, "rrule", what)
        if text is None:
            return None
        problem = rrule_problem(text, plan_start or dt.date(2000, 1, 1))
        if problem is not None:
            r.error(
                m.pos("rrule"),
                "bad-rule",
                t("rules.bad_rrule", error=problem),
                t("rules.rrule_hint"),
            )
            return None
        return Rule("rrule", basis, rrule=text, written=written, line=line)

    if kind == "after":
        event = r.text(m, "after", what)
        if event is None or not event.strip():
            r.error(m.pos("after"), "bad-rule", t("rules.after_needs_event"))
            return None
        if m.get("within") is None:
            r.error(
                (m.line, m.col), "bad-rule", t("rules.after_needs_within"), t("rules.within_hint")
            )
            return None
        within = parse_duration(m["within"], ("days", "workdays", "hours"))
        if within is None:
            _bad_duration(r, m, "within", "N workdays | N days | N hours")
            return None
        if too_long(within):
            _too_long(r, m, "within")
            return None
        return Rule("after", basis, event=event.strip(), within=within, written=written, line=line)

    if kind == "at_least":
        count = r.integer(m, "at_least", what)
        if count is None:
            return None
        if count < 1:
            r.error(
                m.pos("at_least"),
                "bad-rule",
                t("rules.at_least_below_one", n=count),
                t("rules.at_least_hint"),
            )
            return None
        if m.get("per") is None:
            r.error(
                (m.line, m.col),
                "bad-rule",
                t("rules.at_least_needs_per"),
                t("schema.one_of", choices=" | ".join(AT_LEAST_PERIODS)),
            )
            return None
        per = _one_of(r, m, "per", AT_LEAST_PERIODS)
        if per is None:
            return None
        return Rule("at_least", basis, times=count, period=per, written=written, line=line)

    # lasting
    value = m.get("lasting")
    if value == LONG_TERM:
        return Rule("lasting", basis, days=None, written=written, line=line)
    span = parse_duration(value, ("days",))
    if span is None or span.n < 1:
        _bad_duration(r, m, "lasting", f"N days | {LONG_TERM}")
        return None
    if too_long(span):
        _too_long(r, m, "lasting")
        return None
    return Rule("lasting", basis, days=span.n, written=written, line=line)


_RRULE_PARTS = re.compile(r"^(RRULE:)?[A-Z]+=[^;\s]+(;[A-Z]+=[^;\s]+)*$")
_SUB_DAILY = re.compile(r"(^|[:;])FREQ=(HOURLY|MINUTELY|SECONDLY)(;|$)")


def rrule_problem(text: str, start: dt.date) -> str | None:
    """Why an RFC 5545 rule cannot be a deadline rule, or None when it can.

    Only the RRULE part is accepted: DTSTART is the plan start (DESIGN.md), so
    a DTSTART, TZID or EXDATE line in the text is refused rather than let it
    move or zone the schedule; due dates are days, so sub-daily FREQs are too."""
    from dateutil.rrule import rrulestr

    compact = text.strip().upper()
    if not _RRULE_PARTS.match(compact):
        return t("rules.rrule_only")
    if _SUB_DAILY.search(compact):
        return t("rules.rrule_sub_daily")
    try:
        rrulestr(text.strip(), dtstart=dt.datetime.combine(start, dt.time()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        return str(exc) or type(exc).__name__
    return None


def _one_of(r: Reader, m: Mapping, key: str, choices: tuple[Period, ...]) -> Period | None:
    value = m.get(key)
    if isinstance(value, str) and value in choices:
        return value
    r.error(
        m.pos(key),
        "bad-rule",
        t("rules.unknown_period", key=key, value=value),
        t("schema.one_of", choices=" | ".join(choices)),
    )
    return None


def _bad_duration(r: Reader, m: Mapping, key: str, expected: str) -> None:
    r.error(
        m.pos(key),
        "bad-rule",
        t("rules.bad_duration", key=key, value=m.get(key)),
        t("rules.duration_hint", expected=expected),
    )


def years_hint() -> str:
    """How to fix a plan date in an implausible year."""
    return t("plan.years_hint", first=FIRST_YEAR, last=LAST_YEAR)


def _too_long(r: Reader, m: Mapping, key: str) -> None:
    r.error(
        m.pos(key),
        "bad-rule",
        t("rules.too_long", key=key, value=m.get(key)),
        t("rules.too_long_hint", days=MAX_DURATION_DAYS),
    )


def _month_day(r: Reader, m: Mapping) -> tuple[int, int] | None:
    value = m.get("on")
    match = _MONTH_DAY.match(value) if isinstance(value, str) else None
    if match is not None:
        month, day = int(match.group(1)), int(match.group(2))
        try:
            dt.date(2000, month, day)  # a leap year, so 02-29 is allowed
        except ValueError:
            pass
        else:
            return (month, day)
    r.error(m.pos("on"), "bad-rule", t("rules.bad_on", value=value), t("rules.on_hint"))
    return None


def problems(written: dict[str, Any], plan_start: dt.date) -> list[str]:
    """Why a rule, as tasks.yaml would hold it, cannot be read: the messages
    `validate` would give (none when it reads)."""
    m = Mapping()
    m.update(written)
    r = Reader("tasks.yaml")
    read_rule(r, m, plan_start)
    return [f.message for f in r.findings if f.level == "error"]
