"""Editor schemas: generated from zwgk/ledger/fields.py, committed under schemas/, and
in agreement with what zwgk itself reads."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from conftest import REPO, edit, write, zwgk
from zwgk.ledger.jsonschemas import SCHEMAS, generated, modeline
from zwgk.ledger.yamlio import parse


def _as_editor_sees(value: Any) -> Any:
    """Parsed YAML as a YAML language server hands it to the schema: dates are
    text, mappings and lists are plain."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _as_editor_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_editor_sees(v) for v in value]
    return value


def _validator(name: str) -> Draft7Validator:
    schema = json.loads((REPO / SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def _errors(name: str, path: Path) -> list[str]:
    data, _ = parse(path.read_text("utf-8"), path.name)
    return [e.message for e in _validator(name).iter_errors(_as_editor_sees(data))]


def test_committed_schemas_are_the_generated_ones() -> None:
    """Change fields.py and forget `python -m zwgk.ledger.jsonschemas`: this fails."""
    committed = {p.name: p.read_text("utf-8") for p in (REPO / SCHEMAS).glob("*.json")}
    assert committed == generated()


def test_shipped_plan_files_validate(tmp_path: Path) -> None:
    assert _errors("tasks", REPO / "data/tasks.yaml") == []
    assert _errors("units", REPO / "data/units.yaml") == []


def test_progress_written_by_zwgk_validates(shipped: Path) -> None:
    for args in (
        ["21.1", "--unit", "jtj", "--done", "--date", "2018-07-20", "--note", "已公开",
         "--evidence", "https://example.gov.cn/a.html"],
        ["28.1", "--unit", "jtj", "--event", "文件公布", "--date", "2018-09-28"],
        ["48.1", "--unit", "jtj", "--extend", "--until", "2019-01-31", "--date", "2018-11-20",
         "--approved-by", "县政府办公室", "--note", "系统升级"],
        ["15.2", "--unit", "czj", "--done", "--date", "2018-08-03", "--period", "2018-07"],
    ):  # fmt: skip
        assert zwgk(shipped, "record", *args).exit_code == 0
    files = sorted((shipped / "data/progress").rglob("*.yaml"))
    assert [f.name for f in files] == ["czj.yaml", "jtj.yaml"]
    for path in files:
        assert _errors("progress", path) == []


def test_shipped_files_point_editors_at_the_schemas() -> None:
    for rel, name in (("data/tasks.yaml", "tasks"), ("data/units.yaml", "units")):
        first = (REPO / rel).read_text("utf-8").splitlines()[0]
        assert first == modeline(f"{name}.schema.json", rel)
        target = (REPO / rel).parent / first.split("$schema=")[1]
        assert target.resolve() == (REPO / SCHEMAS / f"{name}.schema.json").resolve()


# Mistakes an editor should underline as the clerk types; zwgk validate must
# reject each as well (the schema adds nothing zwgk does not enforce).
RULE_21 = '          - every: year\n            on: "07-31"\n            basis: 每年7月底前\n'
MODE_21 = (
    "        lead: [jtj]\n        support: []\n        mode: joint\n        due:\n          - every"
)
PLAN_MISTAKES = [
    (RULE_21, RULE_21 + "            by: 2018-07-31\n"),  # two kinds in one rule
    (RULE_21, RULE_21.replace("every: year", "every: fortnight")),
    (RULE_21, RULE_21.replace('"07-31"', '"7月31日"')),
    (MODE_21, MODE_21.replace("joint", "both")),
    ("    title: 推进医疗卫生领域信息公开", "    titel: 推进医疗卫生领域信息公开"),
    ('      - id: "21.1"\n', '      - id: "21.1"\n        lead_unit: jtj\n'),
]


@pytest.mark.parametrize(("old", "new"), PLAN_MISTAKES)
def test_plan_mistakes_are_caught_by_both(shipped: Path, old: str, new: str) -> None:
    edit(shipped, "data/tasks.yaml", old, new)
    assert _errors("tasks", shipped / "data/tasks.yaml") != []
    assert zwgk(shipped, "validate").exit_code == 1


@pytest.mark.parametrize(
    ("entry", "ok"),
    [
        ("- {req: '21.1', date: 2018-07-20, status: done}", True),
        ("- {req: '21.1', date: 2018-07-20, status: done, period: 2018}", True),
        ("- {req: '21.1', date: 2018-07-20, status: done, evidence: https://a.cn/x}", True),
        ("- {req: '21.1', date: 2018-07-20, status: done, note: }", True),
        ("- {req: '21.1', date: 2018-07-20, status: finished}", False),
        ("- {req: '21.1', date: 2018-07-20}", False),
        ("- {req: '21.1', date: 2018-07-20, status: done, remark: x}", False),
        ("- {req: '21.1', date: 20180720, status: done}", False),
        ("- {req: '21.1', date: 2018-07-20, status: done, evidence: [1]}", False),
    ],
)
def test_entries_agree_with_zwgk(shipped: Path, entry: str, ok: bool) -> None:
    path = write(shipped, "data/progress/2018/jtj.yaml", entry + "\n")
    assert (_errors("progress", path) == []) is ok
    assert (zwgk(shipped, "validate").exit_code == 0) is ok


@pytest.mark.parametrize(
    ("change", "ok"),
    [
        ("{on: 2018-07-01, rename: hbj, to: sthjj, name: 县生态环境局}", True),
        ("{on: 2018-07-01, merge: [gsj, zhijian], into: gsj}", False),  # into itself
        ("{on: 2018-07-01, merge: [gsj, zhijian], into: hbj, basis: 文号}", True),
        ("{on: 2018-07-01, rename: hbj, merge: [gsj, zhijian], into: jtj}", False),
        ("{on: 2018-07-01, rename: hbj}", False),
        ("{rename: hbj, to: jtj}", False),
    ],
)
def test_changes_agree_with_zwgk(shipped: Path, change: str, ok: bool) -> None:
    edit(shipped, "data/units.yaml", "changes: []", f"changes:\n  - {change}")
    schema_ok = _errors("units", shipped / "data/units.yaml") == []
    zwgk_ok = zwgk(shipped, "validate").exit_code == 0
    if change.endswith("into: gsj}"):
        # A schema sees shape only: merging a unit into itself is validate's to refuse.
        assert schema_ok and not zwgk_ok
        return
    assert schema_ok is ok
    assert zwgk_ok is ok
