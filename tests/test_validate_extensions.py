"""`validate` replays a requirement's entries once for all its extensions:
the `extension-not-later` and `late-extension` checks read each extension's
current due dates from that one replay (`newentry.extension_dues`), with the
findings the replay of the entries before each extension gives. Likewise
the periods an entry may name are listed once per requirement (issue 17:
warm validate held to the status ratios)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_entries import EXTEND, TASKS

import zwgk.engine.deadlines as deadlines
import zwgk.engine.newentry as newentry
import zwgk.engine.obligations as obligations
from conftest import MINI_UNITS, zwgk

Build = Callable[..., Path]


def entry(day: str, period: str, until: str) -> str:
    return f'- req: "1.1"\n  date: {day}\n{EXTEND}  period: {period}\n  until: {until}\n'


# Joint leads (`mode: joint`): one holder of the instances, whose due dates
# either lead's extension moves. Each extension is judged against the due
# dates the ones replayed before it moved (replay order: date, then file).
JOINT = TASKS.replace("lead: [jtj]", "lead: [jtj, hbj]")
JTJ = "".join(
    [
        entry("2018-03-20", "2018-Q1", "2018-04-20"),  # line 1: moves 03-31 to 04-20
        entry("2018-04-10", "2018-Q1", "2018-04-15"),  # line 8: not after 04-20
        entry("2018-10-10", "2018-Q3", "2018-10-31"),  # line 15: 09-30 had passed
        entry("2018-10-20", "2018-Q3", "2018-11-15"),  # line 22: 10-31 not yet passed
        entry("2018-10-25", "2018-Q3", "2018-11-10"),  # line 29: not after 11-15
    ]
)
HBJ = "".join(
    [
        entry("2018-04-10", "2018-Q1", "2018-04-15"),  # line 1: jtj moved it to 04-20
        entry("2018-10-10", "2018-Q4", "2018-12-31"),  # line 8: the due date itself
    ]
)


def findings(root: Path) -> list[tuple[str, str, int, str]]:
    run = zwgk(root, "validate", "--format", "json", "--as-of", "2019-06-30")
    found = json.loads(run.stdout)["findings"]
    return sorted((f["path"], f["code"], f["line"], f["message"]) for f in found)


def test_extensions_are_judged_after_the_ones_before_them(mini: Build) -> None:
    root = mini(
        tasks=JOINT,
        units=MINI_UNITS,
        progress={"2018/jtj.yaml": JTJ, "2018/hbj.yaml": HBJ},
    )
    jtj, hbj = "data/progress/2018/jtj.yaml", "data/progress/2018/hbj.yaml"
    assert findings(root) == [
        (hbj, "extension-not-later", 1,
         "延期至 2018-04-15 不晚于 2018-Q1 期当前的期限 2018-04-20：这条延期不推迟任何期限"),
        (hbj, "extension-not-later", 8,
         "延期至 2018-12-31 不晚于 2018-Q4 期当前的期限 2018-12-31：这条延期不推迟任何期限"),
        (jtj, "extension-not-later", 8,
         "延期至 2018-04-15 不晚于 2018-Q1 期当前的期限 2018-04-20：这条延期不推迟任何期限"),
        (jtj, "extension-not-later", 29,
         "延期至 2018-11-10 不晚于 2018-Q3 期当前的期限 2018-11-15：这条延期不推迟任何期限"),
        (jtj, "late-extension", 15,
         "延期申请晚于到期日：2018-10-10 才记录延期，期限 2018-09-30 已过"),
    ]  # fmt: skip


def test_validate_replays_a_unit_once_for_all_its_extensions(
    mini: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = mini(
        tasks=JOINT,
        units=MINI_UNITS,
        progress={"2018/jtj.yaml": JTJ, "2018/hbj.yaml": HBJ},
    )
    per_unit: Counter[str] = Counter()
    replays: Counter[str] = Counter()
    unit_obligations = obligations.unit_obligations
    requirement_obligations = obligations.requirement_obligations

    def count_unit(*args: Any, **kwargs: Any) -> Any:
        per_unit[args[5]] += 1
        return unit_obligations(*args, **kwargs)

    def count_replay(*args: Any, **kwargs: Any) -> Any:
        replays[args[0].id] += 1
        return requirement_obligations(*args, **kwargs)

    monkeypatch.setattr("zwgk.engine.newentry.unit_obligations", count_unit)
    monkeypatch.setattr(newentry, "requirement_obligations", count_replay)
    monkeypatch.setattr(obligations, "requirement_obligations", count_replay)
    assert len(findings(root)) == 5
    assert all(n <= 1 for n in per_unit.values()), per_unit
    assert replays["1.1"] <= 2, replays


def done(day: str, period: str) -> str:
    return f'- req: "1.1"\n  date: {day}\n  status: done\n  period: {period}\n'


# Periods named: a quarter, an unknown quarter, the date of an event recorded
# on or before the entry (one it may name), and of one recorded only later.
PERIODS = "".join(
    [
        '- req: "1.1"\n  date: 2018-05-02\n  status: event\n  event: 文件公布\n',  # line 1
        done("2018-04-02", "2018-Q1"),  # line 5
        done("2018-05-03", "2018-Q5"),  # line 9: no such quarter
        done("2018-05-04", "2018-05-02"),  # line 13: the event of 05-02
        done("2018-07-02", "2018-07-01"),  # line 17: no event that day
        done("2018-06-01", "2018-08-01"),  # line 21: the event comes later
        '- req: "1.1"\n  date: 2018-08-01\n  status: event\n  event: 文件公布\n',  # line 25
    ]
)


def test_validate_lists_a_requirements_periods_once(
    mini: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    """unknown-period: each entry judged by the periods its requirement has
    and the events recorded up to its date; the requirement's instances are
    listed once for all its entries, not once per entry."""
    root = mini(tasks=TASKS, units=MINI_UNITS, progress={"2018/jtj.yaml": PERIODS})
    calls: Counter[str] = Counter()
    instances = deadlines.instances

    def count(*args: Any, **kwargs: Any) -> Any:
        calls[args[0].kind] += 1
        return instances(*args, **kwargs)

    monkeypatch.setattr("zwgk.engine.newentry.instances", count)
    found = [(code, line) for _, code, line, _ in findings(root)]
    assert found == [("unknown-period", 9), ("unknown-period", 17), ("unknown-period", 21)]
    assert calls == {"every": 1, "after": 1}, calls
