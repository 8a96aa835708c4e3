"""`zwgk validate`'s checks, one small ledger per case."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI_TASKS, MINI_UNITS, REPO
from zwgk.checks.registry import CHECKS, CODES, ENTRY_CHECKS, run_checks
from zwgk.ledger.load import load_ledger

Build = Callable[..., Path]
REQ_DUE = """        due:
          - after: 文件公布
            within: 3 workdays
"""


def found(root: Path) -> list[tuple[str, int, str]]:
    return [(f.path, f.line, f.code) for f in run_checks(load_ledger(root))]


def with_due(due: str) -> str:
    """The mini plan with its requirement's `due:` block replaced."""
    assert REQ_DUE in MINI_TASKS
    return MINI_TASKS.replace(REQ_DUE, due)


def test_mini_ledger_is_clean(mini: Build) -> None:
    assert found(mini()) == []


def test_registry_ids_are_unique_and_levels_known() -> None:
    ids = [check.id for check in CHECKS]
    assert len(ids) == len(set(ids))
    assert {check.level for check in CHECKS} <= {"error", "warning"}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # a requirement without a lead: reported at the requirement
        ("        lead: [jtj]\n", "", ("data/tasks.yaml", 16, "no-lead")),
        ("lead: [jtj]", "lead: []", ("data/tasks.yaml", 16, "no-lead")),
        # an undefined unit, at the line that names it
        ("lead: [jtj]", "lead: [jtx]", ("data/tasks.yaml", 18, "unknown-unit")),
        ("support: [relevant]", "support: [nobody]", ("data/tasks.yaml", 19, "unknown-unit")),
        # ids must be strings: 1.10 would read as 1.1
        ('id: "1.1"', "id: 1.10", ("data/tasks.yaml", 16, "non-string-id")),
        ("    title: 任务一\n", "", ("data/tasks.yaml", 11, "missing-field")),
        ("  - no: 1\n", "  - no: one\n", ("data/tasks.yaml", 11, "wrong-type")),
        ("    part: 一\n", "    part: 九\n", ("data/tasks.yaml", 11, "unknown-part")),
        ("    section: （一）\n", "    section: （二）\n", ("data/tasks.yaml", 11, "unknown-part")),
        ("mode: joint", "mode: both", ("data/tasks.yaml", 20, "bad-value")),
        ('id: "1.1"', 'id: "2.1"', ("data/tasks.yaml", 16, "requirement-numbering")),
        ("  year: 2018\n", "  year: 2018\n  year: 2019\n", ("data/tasks.yaml", 4, "duplicate-key")),
    ],
)
def test_plan_problems(mini: Build, old: str, new: str, expected: tuple[str, int, str]) -> None:
    assert MINI_TASKS.count(old) == 1
    assert found(mini(tasks=MINI_TASKS.replace(old, new))) == [expected]


def test_misspelt_key_is_unknown_and_the_field_missing(mini: Build) -> None:
    root = mini(tasks=MINI_TASKS.replace("title: 任务一", "titel: 任务一"))
    assert found(root) == [
        ("data/tasks.yaml", 11, "missing-field"),
        ("data/tasks.yaml", 12, "unknown-key"),
    ]


def test_unknown_unit_suggests_the_close_name(mini: Build) -> None:
    root = mini(tasks=MINI_TASKS.replace("lead: [jtj]", "lead: [县教体局]"))
    [finding] = run_checks(load_ledger(root))
    assert finding.code == "unknown-unit"
    assert "jtj" in finding.hint  # "县教体局" is jtj's name: write the id
    root = mini(tasks=MINI_TASKS.replace("lead: [jtj]", "lead: [县教育局]"))
    [finding] = run_checks(load_ledger(root))
    assert "县教体局 (jtj)" in finding.hint


def test_duplicate_task_and_requirement(mini: Build) -> None:
    task = MINI_TASKS[MINI_TASKS.index("  - no: 1\n") :]
    doubled = MINI_TASKS + task
    got = found(mini(tasks=doubled))
    assert ("data/tasks.yaml", 24, "duplicate-task") in got
    assert ("data/tasks.yaml", 29, "duplicate-requirement") in got


def test_vague_only_lead_warns(mini: Build) -> None:
    root = mini(tasks=MINI_TASKS.replace("lead: [jtj]", "lead: [relevant]"))
    assert found(root) == [("data/tasks.yaml", 18, "vague-lead")]


@pytest.mark.parametrize(
    ("due", "line"),
    [
        ("        due:\n          - every: fortnight\n", 22),
        ("        due:\n          - every: month\n            grace: 3 weeks\n", 23),
        ("        due:\n          - every: month\n            on: '07-31'\n", 23),
        ("        due:\n          - every: year\n            on: '02-30'\n", 23),
        ("        due:\n          - by: 2018-02-30\n", 22),
        ("        due:\n          - rrule: FREQ=SOMETIMES\n", 22),
        ("        due:\n          - at_least: 0\n            per: year\n", 22),
        ("        due:\n          - at_least: 2\n", 22),
        ("        due:\n          - after: 文件公布\n", 22),
        ("        due:\n          - after: 文件公布\n            within: 3 fortnights\n", 23),
        ("        due:\n          - lasting: forever\n", 22),
        ("        due:\n          - basis: 及时\n", 22),
        ("        due:\n          - by: 2018-12-31\n            every: month\n", 22),
        # Only the RRULE part: DTSTART is the plan start, no zones, days not hours.
        ("        due:\n          - rrule: \"DTSTART;TZID=Asia/Shanghai:20180101T000000\\n"
         "RRULE:FREQ=MONTHLY\"\n", 22),
        ("        due:\n          - rrule: FREQ=SECONDLY\n", 22),
        ("        due:\n          - rrule: FREQ=HOURLY;COUNT=3\n", 22),
        # Nothing due inside the plan period (a plan of 2018).
        ("        due:\n          - rrule: FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\n", 22),
        ("        due:\n          - by: 2017-12-31\n", 22),
    ],
)  # fmt: skip
def test_malformed_rules(mini: Build, due: str, line: int) -> None:
    got = found(mini(tasks=with_due(due)))
    assert len(got) == 1
    path, got_line, code = got[0]
    assert (path, got_line) == ("data/tasks.yaml", line)
    assert code in {"bad-rule", "bad-date", "rule-outside-plan"}


@pytest.mark.parametrize(
    "due",
    [
        "        due:\n          - every: month\n            grace: 5 workdays\n",
        "        due:\n          - every: year\n            on: '07-31'\n",
        "        due:\n          - by: 2018-12-31\n",
        "        due:\n          - rrule: FREQ=MONTHLY;BYMONTHDAY=25\n",
        "        due:\n          - at_least: 2\n            per: quarter\n",
        "        due:\n          - after: 决定作出\n            within: 24 hours\n",
        "        due:\n          - lasting: 10 days\n          - lasting: long-term\n",
    ],
)
def test_wellformed_rules(mini: Build, due: str) -> None:
    assert found(mini(tasks=with_due(due))) == []


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("members: [suozhen]", "members: [suozen]", "group-members"),
        ("members: [suozhen]", "members: []", "group-members"),
        ("{id: hbj, name: 县环保局", "{id: HBJ, name: 县环保局", "bad-id"),
        # the whole string is the id: a file name with a newline is no id
        ("{id: hbj, name: 县环保局", '{id: "hbj\\n", name: 县环保局', "bad-id"),
        # names Windows keeps for devices cannot name a progress file
        ("{id: hbj, name: 县环保局", "{id: con, name: 县环保局", "bad-id"),
        ("{id: hbj, name: 县环保局", "{id: com1, name: 县环保局", "bad-id"),
        ("{id: towns, name:", "{id: lpt9, name:", "bad-id"),
        ("kind: town}", "kind: village}", "bad-value"),
        ("{id: hbj, name: 县环保局", "{id: hbj, name: 县教体局", "duplicate-name"),
    ],
)
def test_units_problems(mini: Build, old: str, new: str, code: str) -> None:
    assert MINI_UNITS.count(old) == 1
    got = found(mini(units=MINI_UNITS.replace(old, new)))
    assert [c for _, _, c in got] == [code]
    assert got[0][0] == "data/units.yaml"


@pytest.mark.parametrize(
    ("units", "tasks", "progress", "expected"),
    [
        # a name that looks like another: zero width space, word joiner, BOM
        (("name: 县环保局", "name: 县环保局\u200b"), None, None, ("data/units.yaml", 3)),
        (("name: 县环保局", "name: 县\u2060环保局"), None, None, ("data/units.yaml", 3)),
        (("[县教育体育局]", "[县教育体育局\ufeff]"), None, None, ("data/units.yaml", 2)),
        # bidi controls reorder what a reviewer sees
        (("name: 索镇街道", "name: \u202e索镇街道"), None, None, ("data/units.yaml", 4)),
        (("name: 各镇（街道）", "name: 各镇\u2067（街道）"), None, None, ("data/units.yaml", 6)),
        (None, ('id: "1.1"', 'id: "1.1\u200d"'), None, ("data/tasks.yaml", 16)),
        (None, None, '- req: "1.1\u200e"\n  date: 2018-07-20\n  status: progress\n',
         ("data/progress/2018/jtj.yaml", 1)),
    ],
)  # fmt: skip
def test_invisible_characters_in_names_and_ids(
    mini: Build,
    units: tuple[str, str] | None,
    tasks: tuple[str, str] | None,
    progress: str | None,
    expected: tuple[str, int],
) -> None:
    root = mini(
        units=MINI_UNITS.replace(*units) if units else MINI_UNITS,
        tasks=MINI_TASKS.replace(*tasks) if tasks else MINI_TASKS,
        progress={"2018/jtj.yaml": progress} if progress else None,
    )
    findings = [f for f in run_checks(load_ledger(root)) if f.code == "invisible-char"]
    assert [(f.path, f.line, f.level) for f in findings] == [(*expected, "error")]
    assert "<U+" in findings[0].message


ENTRY = '- req: "1.1"\n  date: 2018-07-20\n  status: done\n'
APPROVED = "  approved_by: 县政府办公室\n  note: 系统升级\n"  # an extension needs both


@pytest.mark.parametrize(
    ("rel", "text", "expected"),
    [
        ("2018/jtj.yaml", ENTRY, []),
        ("2018/jtj.yaml", ENTRY.replace('"1.1"', '"1.2"'), [(1, "unknown-requirement")]),
        ("2018/hbj.yaml", ENTRY, [(1, "not-responsible")]),
        ("2018/jtx.yaml", ENTRY, [(1, "progress-unit")]),
        ("2018/jtj.yaml", ENTRY + "  unit: hbj\n", [(4, "unit-mismatch")]),
        ("2018/jtj.yaml", ENTRY.replace("done", "event"), [(1, "event-without-name")]),
        (
            "2018/jtj.yaml",
            ENTRY.replace("done", "event") + "  event: 文件印发\n",
            [(1, "unknown-event")],
        ),
        ("2018/jtj.yaml", ENTRY.replace("done", "event") + "  event: 文件公布\n", []),
        ("2018/jtj.yaml", ENTRY.replace("2018-07-20", "2018-07-32"), [(2, "bad-date")]),
        ("2018/jtj.yaml", ENTRY.replace("done", "finished"), [(3, "bad-value")]),
        ("2018/jtj.yaml", ENTRY.replace("done", "extend") + APPROVED, [(1, "entry-fields")]),
        ("2018/jtj.yaml", ENTRY + "  from: 2018-07-20\n  to: 2018-07-10\n", [(1, "entry-fields")]),
        ("2019/jtj.yaml", ENTRY, [(1, "wrong-year")]),
        ("2018/jtj.yaml", ENTRY + "  colour: red\n", [(4, "unknown-key")]),
        ("2018/jtj.yaml", "- req: [1.1\n", [(2, "syntax")]),
        ("2018/jtj.yaml", "req: '1.1'\n", [(1, "wrong-type")]),
        # A period must name an instance: here, an event already recorded.
        ("2018/jtj.yaml", ENTRY + "  period: 2018-07-01\n", [(1, "unknown-period")]),
        (
            "2018/jtj.yaml",
            ENTRY.replace("2018-07-20", "2018-07-01").replace("done", "event")
            + "  event: 文件公布\n"
            + ENTRY
            + "  period: 2018-07-01\n",  # an unquoted date is read as the event's date
            [],
        ),
        (
            "2018/jtj.yaml",
            ENTRY
            + "  period: 2018-07-22\n"
            + ENTRY.replace("2018-07-20", "2018-07-22").replace("done", "event")
            + "  event: 文件公布\n",  # done before the event it names
            [(1, "unknown-period")],
        ),
    ],
)
def test_progress_problems(
    mini: Build, rel: str, text: str, expected: list[tuple[int, str]]
) -> None:
    root = mini(progress={rel: text})
    got = found(root)
    assert [(line, code) for _, line, code in got] == expected
    assert all(path == f"data/progress/{rel}" for path, _, _ in got)


def test_support_unit_may_record(mini: Build) -> None:
    tasks = MINI_TASKS.replace("support: [relevant]", "support: [towns]")
    assert found(mini(tasks=tasks, progress={"2018/suozhen.yaml": ENTRY})) == []


def test_findings_are_sorted_by_file_and_line(mini: Build) -> None:
    """What the readers found first (the cause of what follows), then what
    the checks found; each by file and line."""
    tasks = MINI_TASKS.replace("lead: [jtj]", "lead: []").replace("title: 任务一", "titel: x")
    root = mini(tasks=tasks, progress={"2018/hbj.yaml": ENTRY})
    got = found(root)
    read = [f for f in got if CODES[f[2]].subject == "reading"]
    assert got == sorted(read) + sorted(f for f in got if f not in read)
    assert read and read != got
    codes = {code for _, _, code in got}
    assert codes == {"no-lead", "unknown-key", "missing-field", "not-responsible"}


def test_empty_unit_and_group_lists_are_fine(mini: Build) -> None:
    units = "units:\n  - {id: jtj, name: 县教体局, kind: department}\ngroups: []\n"
    assert (
        found(mini(units=units, tasks=MINI_TASKS.replace("support: [relevant]", "support: []")))
        == []
    )


def test_findings_of_one_kind_in_a_file_are_capped_with_a_count(mini: Build) -> None:
    """200,000 unknown keys took validate minutes to print, one by one."""
    from zwgk.checks.cap import MOST_OF_A_KIND

    keys = "".join(f"  colour{i}: x\n" for i in range(MOST_OF_A_KIND + 150))
    entry = '- req: "1.1"\n  date: 2018-07-20\n  status: progress\n' + keys
    root = mini(progress={"2018/jtj.yaml": entry, "2018/hbj.yaml": entry})
    findings = run_checks(load_ledger(root))
    for path in ("data/progress/2018/jtj.yaml", "data/progress/2018/hbj.yaml"):
        unknown = [f for f in findings if f.path == path and f.code == "unknown-key"]
        assert len(unknown) == MOST_OF_A_KIND + 1
        assert "colour" in unknown[0].message and "150" in unknown[-1].message
        assert unknown[-1].line == 4 + MOST_OF_A_KIND  # where the first left out is
    # other kinds in the same file are still all listed
    assert [f.code for f in findings if f.code != "unknown-key"] == ["not-responsible"]


def test_a_year_folder_of_odd_digits_is_no_crash(mini: Build) -> None:
    """isdigit() holds for "²", which int() refuses: validate ended in a ValueError."""
    entry = '- req: "1.1"\n  date: 2018-07-20\n  status: progress\n'
    root = mini(progress={"²/jtj.yaml": entry})
    findings = run_checks(load_ledger(root))
    assert [f for f in findings if f.code == "wrong-year"] == []


CODE = re.compile(r"[a-z]+(-[a-z0-9]+)*")
# The calls that give a finding its code (as a literal argument).
EMITTERS = {"Finding", "add", "error", "warning", "skip", "NotRead", "Problem", "_check",
            "_entry_check"}  # fmt: skip


LEVELS = ("error", "warning")


def emitted_codes() -> dict[str, set[str]]:
    """Every code literal given to a finding in zwgk (an argument of a call
    that makes one, or a value assigned to a name `code`), with the levels it
    is given where the call says (`.error(`, `Finding(..., "warning", ...)`)."""
    found: dict[str, set[str]] = {}
    # The layers that find problems (outputs, tables and cli report none).
    layers = ("model", "ledger", "engine", "checks", "review")
    for path in (p for layer in layers for p in (REPO / "zwgk" / layer).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            literals: list[ast.expr] = []
            level = None
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in EMITTERS:
                    literals = list(node.args)
                    given = [a.value for a in literals if isinstance(a, ast.Constant)]
                    level = (
                        name if name in LEVELS else next((v for v in given if v in LEVELS), None)
                    )
            elif isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "code" for target in node.targets
            ):
                literals = [node.value]
            for arg in literals:
                value = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(value, str) and CODE.fullmatch(value) and value not in LEVELS:
                    found.setdefault(value, set()).update([level] if level else [])
    return found


def test_every_code_emitted_is_in_the_registry() -> None:
    emitted = emitted_codes()
    assert {"bad-change", "calendar-weekday", "missing-file", "not-owner"} <= set(emitted)
    assert set(emitted) - set(CODES) == set()
    assert set(CODES) - set(emitted) == set()  # no code listed that nothing emits
    for code, levels in emitted.items():
        assert levels <= {CODES[code].level}, code


def test_every_check_has_the_level_of_its_code() -> None:
    for check in CHECKS:
        assert check.level == CODES[check.id].level
    for entry_check in ENTRY_CHECKS:
        assert entry_check.level == CODES[entry_check.id].level


def readme_codes() -> set[str]:
    """The codes in the first column of the README's table of validate's checks."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("What it checks:") :].split("\n\n")[1]
    rows = [line.split("|")[1] for line in table.splitlines()[2:]]
    return {code for row in rows for code in re.findall(r"`([^`]+)`", row)}


def test_the_readme_lists_every_finding_code() -> None:
    """The README's table and the registry (which the test above holds to what
    the code emits) name the same codes."""
    assert {"syntax", "missing-file", "wrong-type", "no-lead", "bad-signature"} <= set(CODES)
    assert sorted(readme_codes() - set(CODES)) == []  # documented, never emitted
    assert sorted(set(CODES) - readme_codes()) == []  # emitted, not documented
