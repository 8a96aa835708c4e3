"""Hostile input: no file may crash zwgk. Every command ends in a message naming
the file (exit 1 or 2), never a traceback, and memory stays bounded."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI_TASKS, MINI_UNITS, line_of, write, zwgk
from zwgk.ledger.load import load_ledger
from zwgk.ledger.safefs import MAX_FILE
from zwgk.ledger.yamlio import YamlSyntaxError, parse

CORPUS = sorted((Path(__file__).parent / "hostile").glob("*.yaml"))
SLOTS = ["data/tasks.yaml", "data/units.yaml", "data/calendar.yaml",
         "data/progress/2018/jtj.yaml"]  # fmt: skip
PROGRESS = "data/progress/2018/jtj.yaml"
Build = Callable[..., Path]


def generated() -> dict[str, bytes]:
    """The cases too large to keep as files."""
    return {
        "deep-flow": b"[" * 100_000 + b"]" * 100_000,
        "deep-block": b"- " * 100_000 + b"x\n",
        "deep-indent": b"".join(b" " * i + b"a:\n" for i in range(0, 400, 2)),
        "huge-scalar": b"- note: " + b"x" * (MAX_FILE + 1) + b"\n",
        "many-aliases": b"- &a x\n" + b"- *a\n" * 10_000,
    }


def cases() -> list[tuple[str, bytes]]:
    return [(p.stem, p.read_bytes()) for p in CORPUS] + sorted(generated().items())


def mentions(output: str, rel: str) -> bool:
    """The message names the file, with a line when it has one."""
    return rel in output


RECORD = ["record", "1.1", "--unit", "jtj", "--progress", "--date", "2018-07-20"]


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize(("name", "raw"), cases(), ids=[n for n, _ in cases()])
def test_every_command_answers_with_a_message(
    mini: Build, slot: str, name: str, raw: bytes
) -> None:
    root = mini()
    path = root / slot
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    for args in (["validate"], ["status", "--as-of", "2018-08-01"], RECORD):
        run = zwgk(root, *args)  # raises on a traceback
        if slot == "data/calendar.yaml" and args[0] != "validate" and run.exit_code == 0:
            continue  # the calendar is only read for working-day arithmetic
        if args is RECORD and slot == PROGRESS and run.exit_code == 0:
            # A file that parses as a list may be appended to (its own mistakes
            # stay for validate to report): the old bytes stay a prefix.
            assert path.read_bytes().startswith(raw), name
            continue
        assert run.exit_code in (1, 2), (name, slot, args, run.output)
        assert slot in run.output, (name, slot, args, run.output)
        if args is RECORD and slot == PROGRESS:
            assert path.read_bytes() == raw  # nothing written to a file it refused


def test_syntax_findings_have_a_line(mini: Build) -> None:
    root = mini(progress={"2018/jtj.yaml": (CORPUS[0].parent / "unclosed.yaml").read_text()})
    run = zwgk(root, "validate", "--format", "json")
    finding = json.loads(run.stdout)["findings"][0]
    assert finding["code"] == "syntax" and finding["line"] >= 1 and finding["col"] >= 1


def test_dangerous_tags_are_refused_not_run(mini: Build, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'- req: !!python/object/apply:os.system ["touch {marker}"]\n'
    root = mini(progress={"2018/jtj.yaml": text})
    run = zwgk(root, "validate")
    assert run.exit_code == 1 and "syntax" in run.stdout and not marker.exists()


def test_aliases_and_size_are_refused_cheaply(mini: Build) -> None:
    for name in ("huge-scalar", "many-aliases", "deep-flow"):
        root = mini()
        (root / PROGRESS).parent.mkdir(parents=True, exist_ok=True)
        (root / PROGRESS).write_bytes(generated()[name])
        findings = load_ledger(root).findings
        assert [f.code for f in findings] == ["syntax"], name
    root = mini()
    (root / PROGRESS).write_bytes(generated()["huge-scalar"])
    assert "上限 16 MB" in load_ledger(root).findings[0].message


def test_bom_and_crlf_are_read_as_usual(mini: Build) -> None:
    text = '\ufeff- req: "1.1"\r\n  date: 2018-09-28\r\n  status: event\r\n  event: 文件公布\r\n'
    root = mini(progress={"2018/jtj.yaml": text})
    ledger = load_ledger(root)
    assert [f for f in ledger.findings if f.level == "error"] == []
    assert [(e.req, e.event) for e in ledger.entries] == [("1.1", "文件公布")]


# --- property-based ------------------------------------------------------------

YAMLISH = st.text(
    alphabet=st.sampled_from(list("-:[]{}!&*#|>'\"?,%@` \t\n\r\\ab1.2018中\u2028\x00")),
    max_size=200,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(YAMLISH, st.text(max_size=200)))
def test_the_parser_only_ever_raises_a_positioned_syntax_error(text: str) -> None:
    try:
        parse(text, "x.yaml")
    except YamlSyntaxError as exc:
        assert exc.path == "x.yaml" and exc.line >= 1 and exc.col >= 1


KEYS = ["req", "date", "status", "period", "note", "evidence", "event", "from", "to", "until",
        "approved_by", "unit", "by", "pii_ok", "colour"]  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.sampled_from(["1.1", "2018-07-20", "2018-02-30", "done", "event", "文件公布", "2018-Q3",
                     "long-term", "jtj", ""]),
    st.text(max_size=20),
)  # fmt: skip
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)),
    max_leaves=12)  # fmt: skip
ENTRIES = st.one_of(
    st.lists(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8), max_size=4), VALUES
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=ENTRIES)
def test_random_progress_files_never_crash_a_command(mini: Build, data: object) -> None:
    root = mini()
    write(root, PROGRESS, json.dumps(data, ensure_ascii=False))  # JSON is YAML
    for args in (["validate"], ["status", "--as-of", "2018-10-09", "--format", "json"], RECORD):
        run = zwgk(root, *args)
        assert run.exit_code in (0, 1, 2)
        if run.exit_code:
            assert re.search(r"data/(progress/2018/jtj|tasks|units)\.yaml", run.output), run.output


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=300))
def test_random_bytes_in_any_file_never_crash_validate(mini: Build, raw: bytes) -> None:
    root = mini()
    for slot in SLOTS:
        path = root / slot
        original = path.read_bytes() if path.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        run = zwgk(root, "validate")
        assert run.exit_code in (0, 1), run.output
        if run.exit_code:
            assert slot in run.output
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


def test_mini_files_are_as_expected() -> None:
    # The property tests start from the conftest ledger; keep it valid.
    assert parse(MINI_TASKS, "t")[1] == [] and parse(MINI_UNITS, "u")[1] == []


# --- limits: values that used to overflow or explode ---------------------------


@pytest.mark.parametrize("slot", ["data/tasks.yaml", PROGRESS])
def test_a_number_of_thousands_of_digits_is_a_finding_not_a_traceback(
    mini: Build, slot: str
) -> None:
    root = mini(
        progress={"2018/jtj.yaml": '- req: "1.1"\n  date: 2018-07-20\n  status: progress\n'}
    )
    path = root / slot
    if slot == PROGRESS:
        write(root, slot, path.read_text() + "  note: " + "1" * 5000 + "\n")
        line = 4
    else:
        write(
            root,
            slot,
            path.read_text().replace("  year: 2018\n", "  year: 2018" + "0" * 5000 + "\n"),
        )
        line = 3
    run = zwgk(root, "validate")
    assert run.exit_code == 1 and f"{slot}:{line}:" in run.stdout
    run = zwgk(root, "status", "--as-of", "2018-10-14")
    # an error in the plan is a data error (exit 1); so is a progress file that
    # cannot be read, here jtj's, who answers for every obligation of the plan
    assert run.exit_code == 1
    assert f"{slot}:{line}:" in run.output


OVERFLOWS = {
    # name: (old text of MINI_TASKS, new text, the line's needle, finding code)
    "start-9999": ("  year: 2018\n", "  year: 2018\n  start: 9999-12-01\n  end: 9999-12-31\n",
                   "start: 9999", "bad-value"),
    "start-0018": ("  year: 2018\n", "  year: 2018\n  start: 0018-01-01\n", "start: 0018",
                   "bad-value"),
    "year-18": ("  year: 2018\n", "  year: 18\n", "year: 18", "bad-value"),
    "year-9999": ("  year: 2018\n", "  year: 9999\n", "year: 9999", "bad-value"),
    "ten-years": ("  year: 2018\n", "  year: 2018\n  end: 2028-12-31\n", "end: 2028",
                  "bad-value"),
    "within-days": ("within: 3 workdays", "within: 999999999999 days", "within:", "bad-rule"),
    "within-hours": ("within: 3 workdays", "within: 99999999999 hours", "within:", "bad-rule"),
    "within-digits": ("within: 3 workdays", "within: " + "9" * 5000 + " days", "within:",
                      "bad-rule"),
    "grace": ("- after: 文件公布\n            within: 3 workdays",
              "- every: month\n            grace: 99999999999 days", "grace:", "bad-rule"),
    "lasting": ("- after: 文件公布\n            within: 3 workdays",
                "- lasting: " + "1" * 5000 + " days", "lasting:", "bad-rule"),
    "by-9999": ("- after: 文件公布\n            within: 3 workdays", "- by: 9999-12-31",
                "by: 9999", "bad-rule"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(OVERFLOWS))
def test_a_plan_date_or_time_out_of_bounds_is_a_finding(mini: Build, name: str) -> None:
    """Each used to end in an OverflowError/ValueError, or (a year typed 0018)
    in minutes of computing thousands of years of deadlines."""
    old, new, needle, code = OVERFLOWS[name]
    assert MINI_TASKS.count(old) == 1
    root = mini(tasks=MINI_TASKS.replace(old, new))
    line = line_of(root / "data/tasks.yaml", needle)
    run = zwgk(root, "validate", "--format", "json")
    found = [(f["line"], f["code"]) for f in json.loads(run.stdout)["findings"]]
    assert run.exit_code == 1 and (line, code) in found, found
    run = zwgk(root, "status", "--as-of", "2018-10-14")
    assert run.exit_code == 1 and f"data/tasks.yaml:{line}:" in run.output  # a data error


def test_an_event_whose_deadline_passes_year_9999_is_a_finding(mini: Build) -> None:
    entry = '- req: "1.1"\n  date: 9999-12-30\n  status: event\n  event: 文件公布\n'
    tasks = MINI_TASKS.replace("within: 3 workdays", "within: 5 days")
    root = mini(tasks=tasks, progress={"9999/jtj.yaml": entry})
    run = zwgk(root, "validate", "--format", "json")
    found = [(f["path"], f["line"], f["code"]) for f in json.loads(run.stdout)["findings"]]
    assert run.exit_code == 1 and ("data/progress/9999/jtj.yaml", 1, "calendar-year") in found
    assert "9999-12-31" in run.stdout
    # status ignores entries after its as-of date, so it is not stopped by one
    assert zwgk(root, "status", "--as-of", "2018-10-14").exit_code == 0
