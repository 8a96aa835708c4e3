"""The working-day calendar, on known holidays and make-up days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import write, zwgk
from zwgk.engine.calendar import add_workdays, count_workdays, last_workday, month_grid
from zwgk.model.calendar import UnknownYearError, WorkCalendar

D = dt.date
CAL = WorkCalendar.official()


def test_2018_national_day() -> None:
    assert CAL.is_workday(D(2018, 9, 28))
    assert CAL.is_workday(D(2018, 9, 29)) and CAL.is_workday(D(2018, 9, 30))  # 调休
    assert CAL.is_makeup_workday(D(2018, 9, 29))
    assert not any(CAL.is_workday(D(2018, 10, d)) for d in range(1, 8))
    assert CAL.is_holiday(D(2018, 10, 1)) and CAL.is_workday(D(2018, 10, 8))
    assert not CAL.is_workday(D(2018, 10, 13))  # an ordinary Saturday


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2018, 9, 28), 3, D(2018, 10, 8)),  # 29, 30 (make-up), then Oct 8
        (D(2018, 9, 28), 1, D(2018, 9, 29)),
        (D(2018, 10, 1), 1, D(2018, 10, 8)),  # counted from inside a holiday
        (D(2018, 10, 3), 0, D(2018, 10, 3)),
        (D(2019, 2, 1), 3, D(2019, 2, 11)),  # Spring Festival: Feb 2-3 worked, 4-10 off
        (D(2019, 2, 3), 1, D(2019, 2, 11)),
        (D(2018, 12, 28), 2, D(2019, 1, 2)),  # Dec 29 make-up workday, Jan 1 off
    ],
)
def test_add_workdays(start: dt.date, n: int, expected: dt.date) -> None:
    assert add_workdays(CAL, start, n) == expected


def test_cli_add(tmp_path: Path) -> None:
    run = zwgk(tmp_path / "nowhere", "calendar", "add", "2018-09-28", "3")
    # --root names a folder that is not a ledger: calendar still refuses it
    assert run.exit_code == 2
    run = zwgk(None, "calendar", "add", "2018-09-28", "3")
    assert run.exit_code == 0 and run.stdout == "2018-10-08\n"
    assert zwgk(None, "calendar", "add", "2018-09-31", "3").exit_code == 2
    assert zwgk(None, "calendar", "add", "2018-09-28", "-1").exit_code == 2


def test_unknown_year_fails_clearly(mini: Callable[..., Path]) -> None:
    root = mini()
    with pytest.raises(UnknownYearError):
        add_workdays(CAL, D(2099, 3, 1), 1)
    run = zwgk(root, "calendar", "add", "2099-03-02", "3")
    assert run.exit_code == 2
    assert "2099" in run.stderr and "data/calendar.yaml" in run.stderr
    assert run.stdout == ""


def test_calendar_yaml_teaches_a_year(mini: Callable[..., Path]) -> None:
    root = mini()
    write(root, "data/calendar.yaml", (
        "2099:\n"
        "  holidays: [2099-01-01, 2099-01-02]\n"
        "  workdays: [2099-01-03]\n"
        "  source: 国办发明电〔2098〕1号\n"
    ))  # fmt: skip
    # 2099-01-01 is a Thursday: 1-2 off, Saturday 3 worked, Monday 5 next.
    run = zwgk(root, "calendar", "add", "2098-12-30", "2")
    assert run.exit_code == 2 and "2098" in run.stderr  # still unknown: no guess
    assert zwgk(root, "calendar", "add", "2099-01-01", "1").stdout == "2099-01-03\n"
    assert zwgk(root, "calendar", "add", "2099-01-01", "2").stdout == "2099-01-05\n"
    assert zwgk(root, "validate").exit_code == 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2099:\n  holidays: [2098-12-31]\n  source: x\n", "bad-date"),
        ("2099:\n  holidays: []\n  workdays: [2099-01-05]\n  source: x\n", "calendar-weekday"),
        ("2099:\n  holidays: [2099-02-30]\n  source: x\n", "bad-date"),
        ("2099:\n  holidays: []\n", "missing-field"),
        ("next:\n  holidays: []\n  source: x\n", "bad-value"),
        ("2099: [\n", "syntax"),
    ],
)
def test_calendar_yaml_findings(mini: Callable[..., Path], text: str, code: str) -> None:
    root = mini()
    write(root, "data/calendar.yaml", text)
    run = zwgk(root, "validate", "--format", "json")
    import json

    findings = json.loads(run.stdout)["findings"]
    assert [(f["path"], f["code"]) for f in findings] == [("data/calendar.yaml", code)]


def test_month_grid_and_show() -> None:
    weeks = month_grid(CAL, 2018, 10)
    assert weeks[0][0] == D(2018, 10, 1) and len(weeks) == 5
    assert all(len(week) == 7 for week in weeks)
    run = zwgk(None, "calendar", "show", "2018-09")
    assert run.exit_code == 0
    assert "29班" in run.stdout and "30班" in run.stdout and "24休" in run.stdout
    assert "1休" in zwgk(None, "calendar", "show", "2018-10").stdout
    assert zwgk(None, "calendar", "show", "2099-01").exit_code == 2
    assert zwgk(None, "calendar", "show", "2018-13").exit_code == 2


def test_deadlines_in_an_unknown_year_are_findings_and_refused(shipped: Path) -> None:
    # An event in 2099 under 28.1's 3-working-day rule cannot be given a due date.
    run = zwgk(shipped, "record", "28.1", "--unit", "索镇街道", "--event", "文件公布",
               "--date", "2099-03-02")  # fmt: skip
    assert run.exit_code == 1
    assert "2099" in run.stderr and "data/calendar.yaml" in run.stderr
    assert not (shipped / "data/progress/2099").exists()
    # Written by hand instead, validate names the entry's line.
    write(shipped, "data/progress/2099/suozhen.yaml",
          '- req: "28.1"\n  date: 2099-03-02\n  status: event\n  event: 文件公布\n')  # fmt: skip
    import json

    # (Checked on the day after: an entry dated after the day checked on is an
    # error; 2099 is long after the 2018 plan, a warning.)
    doc = json.loads(zwgk(shipped, "validate", "--format", "json", "--as-of", "2099-03-03").stdout)
    assert [(f["path"], f["line"], f["code"]) for f in doc["findings"]] == [
        ("data/progress/2099/suozhen.yaml", 1, "calendar-year"),
        ("data/progress/2099/suozhen.yaml", 1, "date-outside-plan"),
    ]
    assert zwgk(shipped, "status", "--as-of", "2099-03-03").exit_code == 2
    # Before the event, status is unaffected; a calendar.yaml for 2099 fixes it.
    assert zwgk(shipped, "status", "--as-of", "2099-03-01").exit_code == 0
    write(shipped, "data/calendar.yaml", "2099:\n  holidays: []\n  source: 测试\n")
    assert zwgk(shipped, "validate", "--as-of", "2099-03-03").exit_code == 0
    items = json.loads(zwgk(shipped, "status", "--as-of", "2099-03-03", "--format", "json").stdout)[
        "items"
    ]
    assert {"period": "2099-03-02", "due": "2099-03-05"}.items() <= next(
        i for i in items if i["period"] == "2099-03-02"
    ).items()


def test_an_unknown_year_is_a_reason_worded_at_the_edge() -> None:
    """The calendar (model) says which year; ledger/calendar chooses the words."""
    from zwgk.errors import EXIT_USAGE, ZwgkError
    from zwgk.ledger.calendar import unknown_year_error

    with pytest.raises(UnknownYearError) as caught:
        CAL.is_workday(D(2099, 3, 1))
    assert caught.value.year == 2099
    assert not isinstance(caught.value, ZwgkError)
    error = unknown_year_error(caught.value)
    assert "2099" in error.message and "节假日" in error.message
    assert "data/calendar.yaml" in error.hint
    assert (error.path, error.exit_code) == ("data/calendar.yaml", EXIT_USAGE)


def test_record_writes_and_warns_when_the_new_status_needs_an_unknown_year(
    shipped: Path,
) -> None:
    """Another town's event in 2099 stops the status shown after `record`, not
    the record: the entry is written, the unknown year is a warning (exit 0)."""
    write(shipped, "data/progress/2099/suozhen.yaml",
          '- req: "28.1"\n  date: 2099-03-02\n  status: event\n  event: 文件公布\n')  # fmt: skip
    run = zwgk(shipped, "record", "28.1", "--unit", "少海街道", "--progress",
               "--date", "2099-03-03", "--as-of", "2099-03-03")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert (shipped / "data/progress/2099/shaohai.yaml").is_file()
    assert "2099" in run.stdout and "注意" in run.stdout


# --- counting working days (the due-soon window, issue 13) ------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Thu 09-27 to Mon 10-08: Fri 28, make-up Sat 29 and Sun 30, then Oct 8.
        (D(2018, 9, 27), D(2018, 10, 8), 4),
        # Thu 12-20 to Mon 12-31 (a holiday): 21, 24-28 and the make-up Sat 29.
        (D(2018, 12, 20), D(2018, 12, 31), 7),
        (D(2018, 12, 20), D(2018, 12, 29), 7),
        (D(2018, 12, 20), D(2018, 12, 28), 6),
        (D(2018, 12, 20), D(2018, 12, 20), 0),  # the as-of day itself is not counted
        (D(2018, 12, 20), D(2018, 12, 1), 0),
        (D(2018, 12, 29), D(2019, 1, 2), 1),  # across the year: 12-30..01-01 off
        (D(2018, 1, 1), D(2018, 12, 31), 250),  # the whole of 2018
    ],
)
def test_count_workdays(start: dt.date, end: dt.date, expected: int) -> None:
    assert count_workdays(CAL, start, end) == expected
    if expected:  # the inverse of add_workdays
        assert add_workdays(CAL, start, expected) == last_workday(CAL, end)


def test_last_workday_of_a_day_off() -> None:
    assert last_workday(CAL, D(2018, 12, 31)) == D(2018, 12, 29)  # a make-up Saturday
    assert last_workday(CAL, D(2018, 10, 7)) == D(2018, 9, 30)  # a make-up Sunday
    assert last_workday(CAL, D(2018, 10, 8)) == D(2018, 10, 8)


def test_counting_into_an_unknown_year() -> None:
    only_2018 = WorkCalendar(_schedules={2018: CAL.schedule(2018)})
    with pytest.raises(UnknownYearError):
        count_workdays(only_2018, D(2018, 12, 25), D(2019, 1, 4))
    with pytest.raises(UnknownYearError):
        last_workday(only_2018, D(2019, 1, 4))
    # As an upper bound: 26, 27, 28, 29 known, then every day of 2019 counted.
    assert count_workdays(only_2018, D(2018, 12, 25), D(2019, 1, 4), unknown_worked=True) == 8
    assert count_workdays(only_2018, D(2018, 12, 25), D(2018, 12, 31), unknown_worked=True) == 4
