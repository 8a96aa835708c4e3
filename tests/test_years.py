"""A ledger of several plan years (data/plans/YYYY.yaml): which plan a command
reads (`--year`, else the as-of date's), which entries count for it
(ledger/years.py), and what a ledger of one plan keeps doing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, line_of, write, zwgk
from zwgk.ledger.layout import ledger_above
from zwgk.ledger.load import load_ledger
from zwgk.ledger.years import year_of_entry
from zwgk.model.plan import Entry


@pytest.fixture
def years(tmp_path: Path) -> Path:
    """The shipped 2018 plan, and the same plan moved to 2019 (every 2018 in
    it read as 2019: dates, titles, the 2018年 of its texts; 21.1 reworded)."""
    shutil.copy(REPO / "data/units.yaml", tmp_path / "units.yaml")
    text = (REPO / "data/tasks.yaml").read_text(encoding="utf-8")
    write(tmp_path, "data/plans/2018.yaml", text)
    later = text.replace("2018", "2019").replace("持续推进义务教育招生", "继续推进义务教育招生")
    write(tmp_path, "data/plans/2019.yaml", later)
    shutil.move(tmp_path / "units.yaml", tmp_path / "data/units.yaml")
    return tmp_path


def _items(root: Path, *args: str) -> dict[tuple[str, str], dict[str, object]]:
    run = zwgk(root, "status", "--format", "json", *args)
    assert run.exit_code == 0, run.output
    return {(i["req"], i["period"]): i for i in json.loads(run.stdout)["items"]}


def test_the_as_of_date_chooses_the_plan(years: Path) -> None:
    in_2018 = _items(years, "--as-of", "2018-10-14")
    in_2019 = _items(years, "--as-of", "2019-10-14")
    assert ("21.1", "2018") in in_2018 and ("21.1", "2019") not in in_2018
    assert ("21.1", "2019") in in_2019 and ("21.1", "2018") not in in_2019
    # --year reads an earlier year's plan on a later day, before or after the command.
    assert _items(years, "--as-of", "2019-10-14", "--year", "2018").keys() == in_2018.keys()
    run = zwgk(years, "--year", "2018", "status", "--format", "json", "--as-of", "2019-10-14")
    assert {(i["req"], i["period"]) for i in json.loads(run.stdout)["items"]} == set(in_2018)


def test_a_day_before_every_plan_reads_the_first_and_after_all_the_last(years: Path) -> None:
    assert ("21.1", "2018") in _items(years, "--as-of", "2017-12-01", "--all")
    assert ("21.1", "2019") in _items(years, "--as-of", "2021-03-01", "--all")


def test_entries_count_for_their_years_plan(years: Path) -> None:
    write(years, "data/progress/2019/jtj.yaml",
          '- req: "21.1"\n  date: 2019-01-10\n  status: done\n  period: "2018"\n'
          '- req: "21.1"\n  date: 2019-07-01\n  status: done\n')  # fmt: skip
    old = _items(years, "--year", "2018", "--as-of", "2019-08-01")
    new = _items(years, "--year", "2019", "--as-of", "2019-08-01")
    # The late one names 2018's instance: it closes that, late, and not 2019's.
    assert old["21.1", "2018"]["status"] == "late"
    assert old["21.1", "2018"]["completed"] == "2019-01-10"
    assert new["21.1", "2019"]["status"] == "done"
    assert new["21.1", "2019"]["completed"] == "2019-07-01"
    # Nor does validate check the 2018 entry against 2019's plan (no such instance there).
    run = zwgk(years, "validate", "--as-of", "2019-08-01")
    assert run.exit_code == 0, run.output
    assert "2 条进展记录" in run.stdout


def test_the_entry_rule() -> None:
    def entry(day: str, period: str | None = None) -> Entry:
        import datetime as dt

        return Entry("21.1", dt.date.fromisoformat(day), "done", "jtj", "p", 1, period)

    held = (2018, 2019)
    assert year_of_entry(held, entry("2019-01-10")) == 2019
    assert year_of_entry(held, entry("2019-01-10", "2018-12")) == 2018
    assert year_of_entry(held, entry("2018-12-10", "2019-01")) == 2018  # never a later plan
    assert year_of_entry(held, entry("2017-12-10")) == 2018  # before them all: the first
    assert year_of_entry(held, entry("2021-02-01", "2020")) == 2019  # 2020: no plan held
    assert year_of_entry(held, entry("2019-02-01", "2017")) == 2019


def test_a_year_not_held_stops_naming_the_years(years: Path) -> None:
    for args in (("status", "--year", "2020"), ("--year", "2020", "status")):
        run = zwgk(years, *args)
        assert run.exit_code == 2
        assert "没有 2020 年的计划（有：2018, 2019）" in run.stderr


def test_a_ledger_of_one_plan_reads_as_before(shipped: Path) -> None:
    assert zwgk(shipped, "status", "--year", "2018", "--as-of", "2018-10-14").exit_code == 0
    run = zwgk(shipped, "--lang", "en", "status", "--year", "2019")
    assert run.exit_code == 2
    assert "the ledger holds no plan of 2019 (it holds: 2018)" in run.stderr


def test_both_layouts_at_once_stop(years: Path) -> None:
    shutil.copy(years / "data/plans/2018.yaml", years / "data/tasks.yaml")
    run = zwgk(years, "status")
    assert run.exit_code == 2
    assert "data/tasks.yaml" in run.stderr and "zwgk plan migrate" in run.stderr


def _without_a_lead(plan: Path) -> Path:
    """The plan with 57.1's only lead taken out (a no-lead error on its line)."""
    text = plan.read_text(encoding="utf-8")
    at = text.index("        lead: [xxzx]\n", text.index('id: "57.1"'))
    plan.write_text(text[:at] + text[at:].replace("        lead: [xxzx]\n", "", 1), "utf-8")
    return plan


def test_validate_checks_every_year_and_names_the_file(years: Path) -> None:
    plan = _without_a_lead(years / "data/plans/2019.yaml")
    line = line_of(plan, 'id: "57.1"')
    run = zwgk(years, "validate", "--format", "json")
    assert run.exit_code == 1
    found = [(f["path"], f["line"], f["code"]) for f in json.loads(run.stdout)["findings"]]
    assert found == [("data/plans/2019.yaml", line, "no-lead")]
    assert zwgk(years, "validate", "--year", "2018").exit_code == 0
    assert zwgk(years, "validate", "--year", "2019").exit_code == 1


def test_a_plan_in_the_file_of_another_year(years: Path) -> None:
    shutil.copy(years / "data/plans/2019.yaml", years / "data/plans/2020.yaml")
    run = zwgk(years, "validate", "--year", "2020", "--format", "json")
    assert run.exit_code == 1
    codes = [(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]]
    assert ("data/plans/2020.yaml", "plan-year") in codes


def test_a_stray_file_in_plans_is_reported(years: Path) -> None:
    write(years, "data/plans/2019-draft.yaml", "plan: {}\n")
    run = zwgk(years, "validate", "--year", "2019", "--format", "json")
    found = [(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]]
    assert ("data/plans/2019-draft.yaml", "ignored-file") in found


def test_record_refuses_an_entry_another_years_plan_counts(years: Path) -> None:
    args = ("record", "21.1", "--unit", "jtj", "--done", "--date", "2019-01-10",
            "--as-of", "2019-01-15", "--year", "2018")  # fmt: skip
    run = zwgk(years, *args)
    assert run.exit_code == 1
    assert "计入 2019 年的计划" in run.stderr and "--period" in run.stderr
    assert not (years / "data/progress/2019/jtj.yaml").exists()
    written = zwgk(years, *args, "--period", "2018")
    assert written.exit_code == 0, written.output
    assert _items(years, "--year", "2018", "--as-of", "2019-01-15")["21.1", "2018"]["status"] == (
        "late"
    )


def test_reading_one_year_keeps_the_cache_of_earlier_years(years: Path, cache_dir: Path) -> None:
    write(
        years, "data/progress/2018/jtj.yaml", '- req: "21.1"\n  date: 2018-07-20\n  status: done\n'
    )
    write(
        years, "data/progress/2019/jtj.yaml", '- req: "21.1"\n  date: 2019-07-20\n  status: done\n'
    )
    assert zwgk(years, "status", "--year", "2018", "--as-of", "2019-08-01").exit_code == 0
    assert zwgk(years, "status", "--year", "2019", "--as-of", "2019-08-01").exit_code == 0
    packs = sorted(p.name.rpartition("-")[2] for p in cache_dir.rglob("*.pack"))
    assert "2018.pack" in packs and "2019.pack" in packs


def test_a_ledger_of_years_is_found_from_inside(years: Path) -> None:
    inside = years / "data/plans"
    assert ledger_above(inside) == years.resolve()
    ledger = load_ledger(years, year=2019)
    assert ledger.plan is not None and ledger.plan.info.year == 2019
    assert ledger.plan_path == "data/plans/2019.yaml" and ledger.years == (2018, 2019)


def _commit_late_and_on_time(years: Path) -> None:
    """A repository of the two years, then a commit of jtj's entries: 2018's
    21.1 done late in 2019 (naming its period), 2019's on time."""
    from gitkit import commit, git

    git(years, "init", "-q")
    commit(years, "two plan years")
    write(years, "data/progress/2019/jtj.yaml",
          '- req: "21.1"\n  date: 2019-01-10\n  status: done\n  period: "2018"\n'
          '- req: "21.1"\n  date: 2019-07-01\n  status: done\n')  # fmt: skip
    commit(years, "jtj: 2018's late, 2019's on time")


def test_diff_compares_one_years_plan_with_the_entries_that_count_for_it(years: Path) -> None:
    _commit_late_and_on_time(years)

    def statuses(year: str) -> set[tuple[str, str, str]]:
        run = zwgk(years, "diff", "HEAD~1", "HEAD", "--format", "json", "--as-of", "2019-08-01",
                   "--year", year)  # fmt: skip
        assert run.exit_code == 0, run.output
        return {(s["req"], s["period"], s["after"]) for s in json.loads(run.stdout)["statuses"]}

    assert statuses("2018") == {("21.1", "2018", "late")}
    assert statuses("2019") == {("21.1", "2019", "done")}


def test_the_screen_says_which_years_plan_it_shows(years: Path) -> None:
    run = zwgk(years, "status", "--as-of", "2019-10-14")
    assert run.stdout.startswith("2019 年计划（台账另有 2018 年计划，用 --year 查看）\n")
    run = zwgk(years, "--lang", "en", "status", "--by", "unit", "--year", "2018")
    assert run.stdout.startswith("the plan of 2018 (the ledger also holds 2019: see them")


def _year_of(run_stdout: str) -> set[str]:
    return {item["period"][:4] for item in json.loads(run_stdout)["items"] if item["period"]}


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--as-of", "2018-12-31", "--format", "md"),
        ("report", "--week", "2018-W41", "--format", "md"),
        ("notice", "--all", "--as-of", "2018-12-31", "--format", "md"),
        ("export", "--as-of", "2018-12-31", "--format", "csv"),
        ("show", "21", "--as-of", "2018-12-31"),
    ],
)
def test_every_computing_command_reads_the_plan_of_its_day(
    years: Path, args: tuple[str, ...]
) -> None:
    """Not today's (2026: the 2019 plan, the latest), the day the command computes for."""
    run = zwgk(years, *args)
    assert run.exit_code == 0, run.output
    assert run.stdout == zwgk(years, *args, "--year", "2018").stdout
    assert run.stdout != zwgk(years, *args, "--year", "2019").stdout


def test_an_entry_dated_before_every_plan_or_filed_too_early_is_not_lost(years: Path) -> None:
    write(years, "data/progress/2017/jtj.yaml",
          '- req: "21.1"\n  date: 2017-12-20\n  status: progress\n  note: 提前准备\n')  # fmt: skip
    write(years, "data/progress/2018/hbj.yaml",
          '- req: "21.1"\n  date: 2019-03-20\n  status: progress\n  note: 放错\n')  # fmt: skip
    run = zwgk(years, "validate", "--format", "json", "--as-of", "2019-06-01")
    found = {(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]}
    # The misfiled entry is read (for 2018, by its folder) and said to belong elsewhere.
    assert ("data/progress/2018/hbj.yaml", "wrong-year") in found
    first = load_ledger(years, year=2018)
    assert {(e.unit, e.date.year) for e in first.entries} == {("jtj", 2017), ("hbj", 2019)}
    assert load_ledger(years, year=2019).entries == []


def test_an_instance_of_a_later_year_is_warned_of(years: Path) -> None:
    plan = "data/plans/2018.yaml"
    text = (years / plan).read_text(encoding="utf-8")
    at = text.index("by: 2018-12-31", text.index('id: "48.1"'))
    (years / plan).write_text(text[:at] + "by: 2019-01-31" + text[at + 14 :], "utf-8")
    run = zwgk(years, "validate", "--year", "2018", "--format", "json")
    codes = {(f["path"], f["code"], f["level"]) for f in json.loads(run.stdout)["findings"]}
    assert (plan, "later-year-instance", "warning") in codes


def test_a_late_entry_of_a_standing_duty_is_told_to_use_the_later_plan(years: Path) -> None:
    run = zwgk(years, "record", "15.1", "--unit", "czj", "--done", "--date", "2019-01-08",
               "--as-of", "2019-01-15", "--year", "2018")  # fmt: skip
    assert run.exit_code == 1
    assert "--year 2019" in run.stderr and "--period" not in run.stderr


def test_validate_changed_since_checks_every_year(years: Path) -> None:
    from gitkit import commit, git

    git(years, "init", "-q")
    commit(years, "two plan years")
    _without_a_lead(years / "data/plans/2018.yaml")
    write(
        years, "data/progress/2018/czj.yaml", '- req: "98.1"\n  date: 2018-05-01\n  status: done\n'
    )
    run = zwgk(years, "validate", "--changed-since", "HEAD", "--format", "json",
               "--as-of", "2019-06-01")  # fmt: skip
    assert run.exit_code == 1
    found = {(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]}
    assert ("data/plans/2018.yaml", "no-lead") in found
    assert ("data/progress/2018/czj.yaml", "unknown-requirement") in found


def test_diff_without_year_shows_every_years_changes(years: Path) -> None:
    _commit_late_and_on_time(years)
    run = zwgk(years, "diff", "HEAD~1", "HEAD", "--format", "json", "--as-of", "2019-08-01")
    assert run.exit_code == 0, run.output
    doc = json.loads(run.stdout)
    assert {(s["period"], s["after"]) for s in doc["statuses"]} == {("2018", "late"),
                                                                   ("2019", "done")}  # fmt: skip
    assert len(doc["entries"]) == 2


def test_units_takes_the_year_and_calendar_does_not(years: Path) -> None:
    assert zwgk(years, "units", "--year", "2018").exit_code == 0
    assert zwgk(years, "units", "--year", "2020").exit_code == 2
    run = zwgk(years, "calendar", "show", "2018-10", "--year", "2018")
    assert run.exit_code == 2 and "--year" in run.stderr


def test_each_years_plan_is_checked_once(years: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zwgk.checks.registry as registry
    from conftest import count_calls

    gate_runs = count_calls(monkeypatch, registry, "in_order")
    for year in ("2018", "2019", "2018", "2019"):
        assert zwgk(years, "status", "--year", year, "--as-of", "2019-01-10").exit_code == 0
    assert gate_runs.total() == 2


def test_no_year_stays_from_an_earlier_run_in_the_same_process(years: Path) -> None:
    assert _items(years, "--year", "2018", "--as-of", "2019-10-14")
    assert ("21.1", "2019") in _items(years, "--as-of", "2019-10-14")


def test_previous_year_is_the_latest_earlier_one_the_ledger_holds() -> None:
    """The one rule `import --year` and `plan next` both use (review 18b, 6.1)."""
    from zwgk.ledger.years import previous_year

    assert previous_year([2018, 2019], 2021) == 2019
    assert previous_year([2018, 2019], 2019) == 2018
    assert previous_year([2018, 2019], 2018) is None
    assert previous_year([], 2019) is None
