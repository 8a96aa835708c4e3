"""Fuzzing the shipped ledger: damaged copies of data/tasks.yaml, data/units.yaml
and a realistic progress file must never crash or hang `validate` or `status`.

Each example applies one to three mutations (a flipped byte, a deleted or
duplicated line, a renamed key, a value of another type) to one file of a
fresh copy and runs both commands in-process. The normal suite runs a fixed,
reproducible set (`derandomize`); `ZWGK_FUZZ_EXAMPLES=500` runs a deeper one,
and `ZWGK_FUZZ_SEED=N` other examples.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import REPO, hang_guard
from zwgk.cli.app import whole_app

EXAMPLES = int(os.environ.get("ZWGK_FUZZ_EXAMPLES", "60"))
SEED = os.environ.get("ZWGK_FUZZ_SEED")
"""Unset: the same examples every run (CI). A number: other examples, still
reproducible with that number."""
HANG_SECONDS = 20
"""A run over the shipped ledger takes well under a second; twenty means a hang."""
PROGRESS = "data/progress/2018/czj.yaml"
FILES = ["data/tasks.yaml", "data/units.yaml", PROGRESS]


def progress_text() -> str:
    """A year of 县财政局's entries, in every shape DESIGN.md shows: monthly
    completions (one late, one naming its period), an event and its
    interpretation, the two meetings of an at-least rule, an exemption, an
    extension, work in progress, evidence lists, a comment."""
    out = ["# 县财政局 2018 年进展记录", ""]
    for month in range(1, 10):
        day = dt.date(2018, month, 28 if month != 7 else 5)
        if month == 7:
            day = dt.date(2018, 8, 5)  # July's, late
        out += ['- req: "26.1"', f"  date: {day.isoformat()}", "  status: done"]
        if month in (4, 7):  # the plan takes effect 2018-04-01: no March instance
            out.append(f'  period: "2018-{month:02d}"')
        url = f"https://www.huantai.gov.cn/art/2018/{month}/28/art_{month}.html"
        out += [f"  note: 已公开2018年{month}月县管国有企业财务信息", "  evidence:", f"    - {url}"]
    out += [
        '- req: "28.1"', "  date: 2018-09-28", "  status: event", "  event: 文件公布",
        "  note: 《关于进一步加强财政资金管理的通知》印发",
        '- req: "28.1"', "  date: 2018-10-08", "  status: done",
        "  note: 解读材料已在政府门户网站发布",
        "  evidence: https://www.huantai.gov.cn/art/2018/10/8/art_9.html",
        '- req: "12.1"', "  date: 2018-04-12", "  status: done",
        "  note: 邀请人大代表列席局办公会议",
        '- req: "12.1"', "  date: 2018-09-14", "  status: done", "  by: 王芳",
        '- req: "47.1"', "  date: 2018-03-01", "  status: exempt",
        "  note: 本单位无技术服务资质类事项", "  approved_by: 县政府办公室",
        '- req: "48.1"', "  date: 2018-11-20", "  status: extend", "  until: 2019-01-31",
        "  approved_by: 县政府办公室", "  note: 信息系统升级，需延期",
        '- req: "48.1"', "  date: 2018-06-30", "  status: progress",
        "  note: 正在梳理中介服务事项清单", "  unit: czj",
        '- req: "26.1"', "  date: 2018-10-09", "  status: blocked", "  note: '系统升级，暂停发布'",
    ]  # fmt: skip
    return "\n".join(out) + "\n"


def ledger(folder: Path) -> Path:
    shutil.copytree(REPO / "data", folder / "data")
    path = folder / PROGRESS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(progress_text(), encoding="utf-8")
    return folder


# --- mutations -----------------------------------------------------------------

KEYS = ["id", "no", "req", "date", "status", "lead", "support", "mode", "due", "every", "on",
        "by", "after", "within", "grace", "lasting", "at_least", "per", "rrule", "year", "start",
        "end", "units", "groups", "members", "kind", "vague", "changes", "period", "event",
        "until", "from", "to", "evidence", "note", "unit", "tasks", "parts", "plan", "colour",
        "重名", "", "<<", "?"]  # fmt: skip
VALUES = ["[a, b]", "[]", "{k: v}", "{}", "12345", "-1", "0", "2018-07-20", "2018-02-30",
          "9999-12-31", "0001-01-01", "null", "~", "true", "1.5", "'2018'", "\"21.1\"", "x: y",
          "- x", "|", ">", "&a x", "*a", "!!str 1", "\"\\u0000\"", "1e400", ".nan", "0x1F",
          "99999999999999999999", "'" + "x" * 300 + "'", "文件公布", "jtj", "towns", "each",
          "month", "2018-Q3", "2018-W27", "3 workdays", "999999999 days", "long-term",
          "FREQ=DAILY", "FREQ=MONTHLY;BYMONTHDAY=31", "07-31", "02-29"]  # fmt: skip


def extremes(value: str) -> list[str]:
    """Values of the same shape as `value` at or past the edges: where
    overflows and runaway loops live."""
    value = value.strip().strip("'\"")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return ["9999-12-31", "9999-12-01", "0001-01-01", "0018-01-01", "2018-02-30", "2100-01-01"]
    if re.fullmatch(r"\d+", value):
        return ["0", "-1", "9999", "0018", "99999999999999999999", "1" * 5000, "0x" + "f" * 900]
    duration = re.fullmatch(r"\d+ *(\w+)", value)
    if duration:
        unit = duration.group(1)
        return [f"0 {unit}", f"999999999999 {unit}", f"{'9' * 5000} {unit}", f"3660 {unit}"]
    if re.fullmatch(r"\d+(\.\d+)+", value):  # a requirement id
        return ['"21.²"', '"21.' + "1" * 5000 + '"', '"21."', '".1"', '"21.1.1"', '"٢١.١"']
    if re.fullmatch(r"\d{2}-\d{2}", value):
        return ["02-29", "02-30", "13-01", "00-00", "12-31"]
    return ["", "x" * 5000, '"\\u202e"', "'\t'", "文件公布" * 500]


@st.composite
def mutation(draw: st.DrawFn, text: str) -> tuple[str, str]:
    """One change to `text`, of a kind a careless or hostile edit makes:
    (the new text, what was done)."""
    lines = text.split("\n")
    # Comments and blank lines are left alone: changing them tests nothing.
    content = [n for n, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    kinds = ["flip", "delete", "duplicate", "rename", "value", "scalar", "extreme"]
    kind = draw(st.sampled_from(kinds))
    i = content[draw(st.integers(0, len(content) - 1))] if content else 0
    if not lines[i]:
        return text, "nothing"
    if kind == "flip":
        line = bytearray(lines[i].encode("utf-8", errors="surrogateescape"))
        line[draw(st.integers(0, len(line) - 1))] ^= draw(st.integers(1, 255))
        lines[i] = line.decode("utf-8", errors="surrogateescape")
    elif kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    else:
        # A key first, then one of its lines: the rare keys that carry dates
        # and numbers (year, start, within, grace, on) are drawn as often as
        # the hundreds of titles and texts.
        by_key: dict[str, list[int]] = {}
        for n in content:
            if ":" in lines[n]:
                by_key.setdefault(lines[n].partition(":")[0].strip(" -"), []).append(n)
        if not by_key:
            return text, "nothing"
        keyed = by_key[draw(st.sampled_from(sorted(by_key)))]
        i = keyed[draw(st.integers(0, len(keyed) - 1))]
        head, _, value = lines[i].partition(":")
        indent = head[: len(head) - len(head.lstrip(" -"))]
        key = head[len(indent) :]
        if kind == "rename":
            key = draw(st.sampled_from(KEYS))
        elif kind == "value":
            value = " " + draw(st.sampled_from(VALUES))
        elif kind == "extreme":
            value = " " + draw(st.sampled_from(extremes(value)))
        else:  # a scalar where a list or mapping was, or the reverse
            value = draw(st.sampled_from([" x", " 1", " 2018-07-20", "", " [x]", " {a: 1}"]))
        lines[i] = f"{indent}{key}:{value}"
    shown = lines[i] if i < len(lines) else ""
    return "\n".join(lines), f"{kind} line {i + 1}: {shown[:80]!r}"


class Damage(NamedTuple):
    rel: str
    text: str
    steps: tuple[str, ...]

    def __repr__(self) -> str:  # what hypothesis prints for a failing example
        return f"Damage({self.rel!r}, steps={list(self.steps)!r})"


@st.composite
def damaged(draw: st.DrawFn) -> Damage:
    """A file of the ledger with one to three mutations."""
    rel = draw(st.sampled_from(FILES))
    text = progress_text() if rel == PROGRESS else (REPO / rel).read_text(encoding="utf-8")
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        text, step = draw(mutation(text))
        steps.append(step)
    return Damage(rel, text, tuple(steps))


# --- the property ----------------------------------------------------------------


def run(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(whole_app(), ["--root", str(root), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{args}: {result.exception!r}"
    )
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, output)
    return result.exit_code, output


def test_the_unmutated_ledger_is_clean() -> None:
    """The fuzz test starts from files that validate and compute: a mutation
    that is reported is a mutation that was read, not one base error again."""
    with tempfile.TemporaryDirectory() as folder:
        root = ledger(Path(folder))
        assert run(root, "validate")[0] == 0
        code, output = run(root, "status", "--as-of", "2018-10-14", "--format", "json")
        done = [i for i in json.loads(output)["items"] if i["unit"] == "czj" and i["completed"]]
        # January-March's entries predate the plan (effective 2018-04-01): they close nothing.
        assert code == 0 and len(done) >= 9, done


@seed(int(SEED or 0))
@settings(
    max_examples=EXAMPLES,
    derandomize=SEED is None,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(case=damaged())
def test_a_damaged_ledger_never_crashes_or_hangs(case: Damage) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = ledger(Path(folder))
        path = root / case.rel
        path.write_bytes(case.text.encode("utf-8", errors="surrogateescape"))
        with hang_guard(HANG_SECONDS):
            validated, found = run(root, "validate")
            code, output = run(root, "status", "--as-of", "2018-10-14")
        if validated:
            assert found.strip()  # a failing validate says why
        if code == 2:
            assert "data/" in output, output  # a stopped status names the file
