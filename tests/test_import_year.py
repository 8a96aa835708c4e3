"""`zwgk import TABLE --year YYYY` inside a ledger of plan years: the table
becomes data/plans/YYYY.yaml, matched to last year's plan."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, write, zwgk
from zwgk.ledger.load import load_ledger

T2019 = REPO / "tests" / "fixtures" / "yearly" / "t2019.csv"


@pytest.fixture
def years(tmp_path: Path) -> Path:
    """A ledger of plan years holding the shipped 2018 plan as data/plans/2018.yaml."""
    root = tmp_path / "ledger"
    (root / "data" / "plans").mkdir(parents=True)
    shutil.copy(REPO / "data" / "units.yaml", root / "data" / "units.yaml")
    shutil.copy(REPO / "data" / "tasks.yaml", root / "data" / "plans" / "2018.yaml")
    return root


def test_import_writes_the_year_plan_matched_to_last_year(years: Path) -> None:
    units_before = (years / "data" / "units.yaml").read_bytes()
    run = zwgk(years, "import", str(T2019), "--year", "2019")
    assert run.exit_code == 0, run.output
    assert "已写入计划：data/plans/2019.yaml" in run.stdout
    assert (
        "与 data/plans/2018.yaml 比对：未变 70 条，有改动 7 条，新增 3 条，删去 4 条" in run.stdout
    )
    assert "21.1（去年 21.1，相似度 0.94）：文字、期限" in run.stdout
    assert "期限：每年7月底前 → 每年6月底前" in run.stdout
    assert "57.1（去年 56.1，相似度 1.00）：单位" in run.stdout
    assert "牵头：县政府办公室、县信息中心、有关部门 → 县政府办公室" in run.stdout
    assert "  58.1：推进政府网站部署互联网协议第六版" in run.stdout  # dropped
    assert "  9.1：集中公开减税降费政策措施" in run.stdout  # new
    assert "下一步：zwgk validate --year 2019" in run.stdout
    # units.yaml is shared by the years: never written by the import
    assert (years / "data" / "units.yaml").read_bytes() == units_before
    plan = (years / "data" / "plans" / "2019.yaml").read_text(encoding="utf-8")
    assert plan.startswith("# yaml-language-server: $schema=../../schemas/tasks.schema.json\n")
    assert '- id: "57.1"\n        previous: "56.1"\n' in plan
    assert '- id: "9.1"\n        text:' in plan  # new: no previous
    ledger = load_ledger(years, with_progress=False, year=2019)
    assert ledger.plan is not None and ledger.plan.info.year == 2019
    assert ledger.plan_path == "data/plans/2019.yaml"
    # the years read as the lead's loader reads them: validate and status run
    validate = zwgk(years, "validate", "--year", "2019")
    assert validate.exit_code == 0, validate.output
    assert "80 条要求" in validate.stdout
    status = zwgk(years, "status", "--year", "2019", "--as-of", "2019-07-05")
    assert status.exit_code == 0, status.output
    assert "21.1" in status.stdout and "2019-06-30" in status.stdout  # the moved deadline
    # last year's plan reads as before
    assert zwgk(years, "validate", "--year", "2018").exit_code == 0
    # and the next command, run in the same process, reads the as-of date's
    # plan again, not the year an earlier command was given
    again = zwgk(years, "status", "--as-of", "2019-07-05")
    assert again.exit_code == 0 and "50.2" in again.stdout  # a requirement new in 2019


def test_json_and_the_markdown_report_carry_the_matching(years: Path, tmp_path: Path) -> None:
    report = tmp_path / "核对.md"
    run = zwgk(years, "import", str(T2019), "--year", "2019", "--format", "json",
               "--report", str(report))  # fmt: skip
    assert run.exit_code == 0, run.output
    doc = json.loads(run.stdout)
    assert doc["matched_with"] == {"year": 2018, "path": "data/plans/2018.yaml"}
    m = doc["matching"]
    assert set(m) == {"unchanged", "changed", "new", "dropped"}
    assert len(m["unchanged"]) == 70
    assert {"id": "56.1", "previous": "55.1", "score": 1.0} in m["unchanged"]
    changed = {c["id"]: c for c in m["changed"]}
    assert changed["21.1"]["what"] == ["text", "due"]
    assert changed["21.1"]["old"]["due"] == [
        {"every": "year", "on": "07-31", "basis": "每年7月底前"}
    ]
    assert changed["21.1"]["new"]["due"] == [
        {"every": "year", "on": "06-30", "basis": "每年6月底前"}
    ]
    assert changed["57.1"]["previous"] == "56.1"
    assert (changed["57.1"]["old"]["lead"], changed["57.1"]["new"]["lead"]) == (
        ["zfb", "xxzx", "related"],
        ["zfb"],
    )
    assert [r["id"] for r in m["new"]] == ["9.1", "50.1", "50.2"]
    assert [r["id"] for r in m["dropped"]] == ["2.2", "9.1", "25.1", "58.1"]
    assert doc["written"] == [str(years / "data" / "plans" / "2019.yaml")]
    text = report.read_text(encoding="utf-8")
    assert "## 与 data/plans/2018.yaml 比对：未变 70 条" in text
    assert "## 有改动（7 条）" in text and "## 删去（4 条，今年表中没有）" in text
    assert "- 56.1（去年 55.1）" in text  # the report lists the unchanged too


def test_english(years: Path) -> None:
    run = zwgk(years, "--lang", "en", "import", str(T2019), "--year", "2019")
    assert run.exit_code == 0, run.output
    assert "Plan written: data/plans/2019.yaml" in run.stdout
    assert (
        "Matched to data/plans/2018.yaml: 70 unchanged, 7 changed, 3 new, 4 dropped" in run.stdout
    )
    assert "21.1 (last year 21.1, similarity 0.94): text, deadlines" in run.stdout
    assert "deadlines: 每年7月底前 → 每年6月底前" in run.stdout
    assert "Dropped (4, not in this year's table)" in run.stdout


def test_an_existing_year_plan_is_replaced_only_with_force(years: Path) -> None:
    plan = write(years, "data/plans/2019.yaml", "# the office's own 2019 plan\n")
    run = zwgk(years, "import", str(T2019), "--year", "2019")
    assert run.exit_code == 2
    assert "data/plans/2019.yaml 已存在" in run.output and "--force" in run.output
    assert plan.read_text(encoding="utf-8") == "# the office's own 2019 plan\n"
    # the year the title gives is checked as well as --year's
    again = zwgk(years, "import", str(T2019))
    assert again.exit_code == 2 and "data/plans/2019.yaml 已存在" in again.output
    forced = zwgk(years, "import", str(T2019), "--force")
    assert forced.exit_code == 0, forced.output
    assert "previous:" in plan.read_text(encoding="utf-8")


def test_force_does_not_drop_what_plan_next_carried_over(years: Path) -> None:
    """The carry-over the office chose (`plan next --carry`) is not deleted by
    an import over the draft without --drop-carried (review 18b, finding 3);
    checked before the table is read: nothing written."""
    drafted = zwgk(years, "plan", "next", "--year", "2019", "--carry", "overdue")
    assert drafted.exit_code == 0, drafted.output
    plan = years / "data" / "plans" / "2019.yaml"
    before = plan.read_bytes()
    carried = before.decode("utf-8").count("carried_from:")
    assert carried > 0
    run = zwgk(years, "import", str(T2019), "--year", "2019", "--force")
    assert run.exit_code == 2
    assert f"data/plans/2019.yaml 中有 {carried} 条由 zwgk plan next 结转的要求" in run.output
    assert "15.2.2018" in run.output and "--drop-carried" in run.output
    assert plan.read_bytes() == before
    # the year the table's title gives is checked the same way
    titled = zwgk(years, "import", str(T2019), "--force")
    assert titled.exit_code == 2 and plan.read_bytes() == before
    dropped = zwgk(years, "import", str(T2019), "--year", "2019", "--force", "--drop-carried")
    assert dropped.exit_code == 0, dropped.output
    assert "carried_from" not in plan.read_text(encoding="utf-8")
    # the other way round: plan next over an imported plan says what it replaces
    again = zwgk(years, "plan", "next", "--year", "2019", "--carry", "none", "--force")
    assert again.exit_code == 0, again.output
    assert "替换的 data/plans/2019.yaml 是 zwgk import 从新表导入的计划" in again.stdout
    redraft = zwgk(years, "plan", "next", "--year", "2019", "--carry", "none", "--force")
    assert "zwgk import" not in redraft.stdout


def test_a_title_naming_another_year_gets_a_review_note(years: Path) -> None:
    """--year 2020 for the table titled 2019: imported, with a note to check
    the title the notices print (review 18b, finding 9)."""
    run = zwgk(years, "import", str(T2019), "--year", "2020")
    assert run.exit_code == 0, run.output
    assert "写的是 2019 年，计划按 2020 年导入" in run.stdout
    plain = zwgk(years, "import", str(T2019), "--year", "2019")
    assert plain.exit_code == 0 and "计划按" not in plain.stdout


def test_previous_is_exported_and_not_copied_into_next_years_draft(years: Path) -> None:
    """`previous:` goes into the JSON export; plan next's draft, whose ids
    are last year's own, writes none and says so (review 18b, finding 6.9)."""
    assert zwgk(years, "import", str(T2019), "--year", "2019").exit_code == 0
    run = zwgk(years, "export", "--year", "2019", "--format", "json")
    assert run.exit_code == 0, run.output
    reqs = {r["id"]: r for task in json.loads(run.stdout)["tasks"] for r in task["requirements"]}
    assert reqs["57.1"]["previous"] == "56.1" and "previous" not in reqs["9.1"]
    drafted = zwgk(years, "plan", "next", "--year", "2020", "--carry", "none")
    assert drafted.exit_code == 0, drafted.output
    text = (years / "data" / "plans" / "2020.yaml").read_text(encoding="utf-8")
    assert "previous:" not in text.split("plan:", 1)[1]
    assert "不写 previous:" in text.split("plan:", 1)[0]


def test_a_one_plan_ledger_is_refused_with_the_way_to_move(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    run = zwgk(tmp_path, "import", str(T2019), "--year", "2019")
    assert run.exit_code == 2
    assert "data/tasks.yaml" in run.output and "zwgk plan migrate" in run.output
    assert not (tmp_path / "data" / "plans").exists()


def test_units_the_ledger_lacks_stop_the_import(years: Path, tmp_path: Path) -> None:
    table = tmp_path / "t2019.csv"
    text = T2019.read_text(encoding="utf-8")
    table.write_text(text.replace("县水务局、县环保局分别牵头", "县水利局、县环保局分别牵头"),
                     encoding="utf-8")  # fmt: skip
    units_before = (years / "data" / "units.yaml").read_bytes()
    run = zwgk(years, "import", str(table), "--year", "2019")
    assert run.exit_code == 2
    assert "data/units.yaml 中没有：县水利局" in run.output
    assert "zwgk units rename" in run.output
    assert "- {id: new-1, name: 县水利局, kind: other}" in run.output
    assert not (years / "data" / "plans" / "2019.yaml").exists()
    assert (years / "data" / "units.yaml").read_bytes() == units_before


def test_no_earlier_plan_writes_the_plan_unmatched(tmp_path: Path) -> None:
    (tmp_path / "data" / "plans").mkdir(parents=True)
    shutil.copy(REPO / "data" / "units.yaml", tmp_path / "data" / "units.yaml")
    run = zwgk(tmp_path, "import", str(T2019), "--year", "2019", "--format", "json")
    assert run.exit_code == 0, run.output
    doc = json.loads(run.stdout)
    assert (doc["matched_with"], doc["matching"]) == (None, None)
    assert "previous:" not in (tmp_path / "data/plans/2019.yaml").read_text(encoding="utf-8")
    text = zwgk(tmp_path, "import", str(T2019), "--force")
    assert "台账中没有 2019 年以前的计划：没有可比对的要求" in text.stdout
    # the ledger's own units.yaml is what a year's plan is matched against
    units = zwgk(
        tmp_path, "import", str(T2019), "--force", "--units", str(REPO / "data/units.yaml")
    )
    assert units.exit_code == 2 and "--units" in units.output


def test_outside_a_ledger_without_o_says_what_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ZWGK_ROOT", raising=False)
    run = zwgk(None, "import", str(T2019), "--year", "2019")
    assert run.exit_code == 2
    assert "没有给出 -o 草稿文件夹" in run.output and "-o" in run.output
