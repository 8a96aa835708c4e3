"""Deadline phrases in a requirement's text, recognised as rules.

The phrases DESIGN.md counts as rules, each turned into the rule the shipped
plan uses for it, with the phrase itself as `basis`:

| phrase | rule |
|---|---|
| 按月, 月度, 每月 | `every: month` |
| 每月10日前 | `rrule: FREQ=MONTHLY;BYMONTHDAY=10` |
| 按周, 每周 | `every: week` |
| 按季度, 每季度, 季度 | `every: quarter` |
| 每季度结束后15日内, 每月结束后5个工作日内 | `every` + `grace` |
| 每年7月底前, 每年3月15日前, 每年十二月底前 | `every: year` + `on: "07-31"` |
| 每年年底前 | `every: year` + `on: "12-31"` |
| 文件公布后3个工作日内, 决定作出后24小时内 | `after: EVENT` + `within` |
| 自作出行政决定之日起7个工作日内 | `after: EVENT` + `within` |
| 完成审批程序后1个工作日内 (a clause of its own) | `after: EVENT` + `within` |
| 年内……不得少于2次, 每年至少1次, 每年至少开展2次 (每季度/每月……) | `at_least: 2` + `per` |
| 公告公示时间原则上不得少于10天 | `lasting: 10 days` |
| 长期公示 | `lasting: long-term` |
| 今年年底前, 到年底, 年内, 本年度内, 6月底前, 十二月底前 | `by:` that date of the plan year |
| 2019年3月底前, 2021年底前 | `by:` that date |
| 三季度前, 第三季度末, 2021年二季度末 | `by:` the quarter's last day |
| 持续推进, 长期坚持, 全年, 及时, 定期 | no dated rule: the requirement is ongoing |

及时, 定期, 严格按照法定时限 set no number and are not rules. Whatever else
looks like a time limit (a number of days, 月底前, 每日, 不少于2次 with no
period, 上半年 and 下半年 (no rule is due at the half year), a bare 年度内 …)
but fits no phrase is
returned as `unread`, for a person to decide: task 43's "3个工作日内完成新开办
企业" is a service target being publicised, not a deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from zwgk.model.chars import numeral


class Found(NamedTuple):
    start: int
    end: int
    rule: dict[str, Any]
    """The rule as tasks.yaml writes it, `basis` last."""


def _number(text: str) -> int:
    """A number `_N` matched, read by `model.chars.numeral` (the one reader of
    typed numbers); 两 is 二 in a count (两次, 两个工作日)."""
    value = numeral("二" if text == "两" else text)
    assert value is not None  # _N matches only what numeral reads
    return value


def _month_end(year: int, month: int) -> str:
    return f"{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


# At most nine digits: a longer number is no deadline, and int() refuses
# thousands of digits. Chinese numerals up to 九十九, the longest form first
# (十二月 is December, not 二月), never starting inside a longer number.
_CN = "一二三四五六七八九"
_N = rf"(?<![0-9０-９{_CN}两十])([0-9０-９]{{1,9}}|[{_CN}]?十[{_CN}]?|[{_CN}两])"
_DURATIONS = {"个工作日": "workdays", "工作日": "workdays", "小时": "hours", "个小时": "hours",
              "日": "days", "天": "days"}  # fmt: skip

# 不少于/至少 and a count, with a verb between them as tables write it
# ("至少开展2次", "不少于组织2次").
_AT_LEAST = r"(?:不(?:得|应)?少于|至少)[^。；;，,\d]{0,4}?"

# (pattern, builder) in priority order: an earlier match claims its span.
Builder = Callable[[re.Match[str], int], dict[str, Any] | None]


def _every_year_on(m: re.Match[str], year: int) -> dict[str, Any] | None:
    month = _number(m.group(1))
    if not 1 <= month <= 12:
        return None
    on = _month_end(year, month) if m.group(2) is None else f"{month:02d}-{int(m.group(2)):02d}"
    return {"every": "year", "on": on}


def _monthly_on(m: re.Match[str], year: int) -> dict[str, Any] | None:
    day = int(m.group(1))
    return {"rrule": f"FREQ=MONTHLY;BYMONTHDAY={day}"} if 1 <= day <= 28 else None


def _every_grace(m: re.Match[str], year: int) -> dict[str, Any]:
    period = {"每月": "month", "每季度": "quarter", "每年": "year"}[m.group(1)]
    n = _number(m.group(2))
    unit = _DURATIONS[m.group(3)]
    return {"every": period, "grace": f"{n} {unit if n != 1 else unit[:-1]}"}


def _after(m: re.Match[str], year: int) -> dict[str, Any] | None:
    n = _number(m.group(2))
    unit = _DURATIONS[m.group(3)]
    word = unit if n != 1 else unit[:-1]
    return {"after": m.group(1), "within": f"{n} {word}"}


def _at_least(m: re.Match[str], year: int) -> dict[str, Any]:
    per = {"年内": "year", "每年": "year", "全年": "year", "每季度": "quarter", "每月": "month"}
    return {"at_least": _number(m.group(2)), "per": per[m.group(1)]}


def _lasting(m: re.Match[str], year: int) -> dict[str, Any]:
    n = _number(m.group(1))
    return {"lasting": f"{n} day" if n == 1 else f"{n} days"}


def _by_year_end(m: re.Match[str], year: int) -> dict[str, Any]:
    """2021年底前: the end of the year it names."""
    return {"by": f"{m.group(1)}-12-31"}


def _by_quarter(m: re.Match[str], year: int) -> dict[str, Any]:
    """第三季度末, 三季度前, 2021年二季度末: the quarter's last day, in the plan
    year unless written. Judgement call: "三季度前" is read as "by the end of the
    third quarter", as 第三季度末 -- the same milestone the issue lists them as."""
    written, quarter = m.group(1), _number(m.group(2))
    year = int(written) if written else year
    month = 3 * quarter
    return {"by": dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()}


def _by_month(m: re.Match[str], year: int) -> dict[str, Any] | None:
    """6月底前, 9月30日前, 2019年3月底前: a date; the plan year unless written."""
    written, month = m.group(1), _number(m.group(2))
    year = int(written) if written else year
    if not 1 <= month <= 12:
        return None
    day = calendar.monthrange(year, month)[1] if m.group(3) is None else int(m.group(3))
    try:
        return {"by": dt.date(year, month, day).isoformat()}
    except ValueError:  # 2月30日前
        return None


PHRASES: list[tuple[re.Pattern[str], Builder]] = [
    (re.compile(r"长期公示"), lambda m, y: {"lasting": "long-term"}),
    (re.compile(rf"(?:公告)?公示(?:时间|期)?(?:原则上)?不(?:得|应)?少于{_N}(?:天|日)(?!内)"),
     _lasting),
    (re.compile(rf"(年内|每年|全年|每季度|每月)[^。；;，,]*?{_AT_LEAST}{_N}次"), _at_least),
    # Read, and no dated rule: the requirement is ongoing (DESIGN.md).
    (re.compile(r"持续推进|长期坚持|全年|及时|定期"), lambda m, y: {}),
    (re.compile(rf"每年{_N}月(?:底|(\d{{1,9}})日)前"), _every_year_on),
    (re.compile(r"每年(?:年底|年末|底)前"), lambda m, y: {"every": "year", "on": "12-31"}),
    (re.compile(rf"(每月|每季度|每年)(?:结束|终了)后{_N}(个工作日|工作日|日|天)内"), _every_grace),
    (re.compile(rf"(?<=[于在自])([^，,。；;于在自]{{2,10}}?)(?:后|之日起){_N}(个工作日|工作日|个小时|小时|日|天)内"),
     _after),
    # The event as a clause of its own: "完成审批程序后1个工作日内" in a deadline cell.
    (re.compile(rf"(?:^|(?<=[，,。；;、\s]))([^，,。；;、\s于在自]{{2,12}}?)后{_N}"
                r"(个工作日|工作日|个小时|小时|日|天)内"), _after),
    (re.compile(r"每月(\d{1,2})日前"), _monthly_on),
    (re.compile(r"按月|月度|每月"), lambda m, y: {"every": "month"}),
    (re.compile(r"按周|每周"), lambda m, y: {"every": "week"}),
    (re.compile(r"(?:(20\d\d)年)?第?([一二三四1-4])季度(?:末前|底前|末|底|前)"), _by_quarter),
    (re.compile(r"按季度|每季度|(?<![一二三四1-4第上下本])季度"),
     lambda m, y: {"every": "quarter"}),
    (re.compile(r"(20\d\d)年年?底前"), _by_year_end),
    # 本年度内, 本年内: 年内 as DESIGN.md reads it; a bare 年度内 may mean each year: listed.
    (re.compile(r"今年年底前|今年底前|到年底|年底前|本年度内|本年内|年内"),
     lambda m, y: {"by": f"{y}-12-31"}),
    (re.compile(rf"(?:(20\d\d)年)?{_N}月(?:底|(\d{{1,9}})日)前"), _by_month),
]  # fmt: skip

# What still looks like a time limit once the phrases have had their turn.
_LOOKS_LIKE = re.compile(
    rf"{_N}(?:个)?(?:工作日|小时|天|日|个月|周)内|{_N}?月(?:底|\d{{1,9}}日)前|年底前|季度末"
    rf"|不(?:得|应)?少于{_N}(?:天|日)|{_AT_LEAST}{_N}次"
    # No rule is due at the half year (DESIGN.md): a person decides; 年度内 may
    # mean within this year or within each year.
    r"|上半年|下半年|年度内"
    # No rule has a daily period (DESIGN.md): a person decides what 每日 asks.
    r"|每日|每天|按日|逐日|[一二三四1-4]季度"
)


def _key(rule: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two rules one obligation: the kind and period of a periodic
    rule (按季度, 季度 and 每季度 are one `every: quarter`), any other rule as
    written, its basis aside."""
    if "every" in rule:
        return ("every", rule["every"], rule.get("on"))
    return tuple(sorted((k, v) for k, v in rule.items() if k != "basis"))


def _once(rules: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """`rules` each once by `_key`, the first written kept: the one dedupe
    of a requirement's rules, within one text and across its texts."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for rule in rules:
        kept.setdefault(_key(rule), rule)
    return list(kept.values())


def _scan(text: str, year: int) -> tuple[list[dict[str, Any]], list[str], bool]:
    """recognise(), and whether any phrase was read (a rule or ongoing)."""
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    for pattern, build in PHRASES:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            rule = build(m, year)
            if rule is None:
                continue
            taken.append((m.start(), m.end()))
            if rule:  # an empty rule: read, and ongoing
                found.append(Found(m.start(), m.end(), {**rule, "basis": m.group(0)}))
    found.sort(key=lambda f: f.start)
    unread = [
        m.group(0)
        for m in _LOOKS_LIKE.finditer(text)
        if not any(m.start() < end and start < m.end() for start, end in taken)
    ]
    return [f.rule for f in found], unread, bool(taken)


# A deadline cell of dashes or slashes ("—", "/") says there is no time limit.
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")


def recognise(text: str, year: int) -> tuple[list[dict[str, Any]], list[str]]:
    """The rules a requirement's text states, in the order it states them, and
    the time-like phrases left unread. Two phrases giving the same kind of
    rule for the same period (按月 … 每月) give it once."""
    rules, unread, _ = _scan(text, year)
    return _once(rules), unread


def read_deadlines(
    texts: Iterable[str], year: int, cell: str = ""
) -> tuple[list[dict[str, Any]], list[str]]:
    """A requirement's rules wherever its table writes them: in `texts` (the
    requirement, its task's title) and in the deadline column's `cell`, each
    rule once, and the phrases left unread. A deadline cell in which nothing
    is read at all ("视情况") is unread as a whole: the column says it is a
    time limit. A phrase left unread in several of them is listed once."""
    rules: list[dict[str, Any]] = []
    unread: list[str] = []
    for text in dict.fromkeys([*texts, cell]):
        found, left, read = _scan(text, year)
        rules += found
        unread += left
        if text == cell and _WORDS.search(cell) and not read and not left:
            unread.append(cell)
    return _once(rules), list(dict.fromkeys(unread))
