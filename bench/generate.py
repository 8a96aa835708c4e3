#!/usr/bin/env python3
"""Write a synthetic city-scale ledger for the benchmarks.

    python3 bench/generate.py OUT [--entries 100000] [--units 100] [--years 5] [--seed 1]
                                  [--git] [--revision-adds PCT]

The plan is the shipped 2018 Huantai plan, stretched over `--years` years; the
shipped units are kept and synthetic departments (测试单位001 …) added up to
`--units`, so 县政府各部门 grows with them. Progress entries are spread over the
years in the DESIGN.md layout, data/progress/YYYY/UNIT.yaml: each names a
requirement its unit is responsible for.

The files are written the way real ones come about, not in the shape a fast
reader likes best: most entries as `zwgk record` appends them (its own dumper,
`yamlio.dump_entry`), the rest typed by clerks in their editors — `"21.1"` in
double quotes, `evidence: [url]` flow lists and indented block lists, `|`
multi-line notes, comments, files saved by Windows editors with CRLF line
breaks and a byte-order mark. Besides done and progress entries there are
events, extensions (`extend` with `until` and `approved_by`), exemptions
(`exempt` with `approved_by`) and publicity windows (`from`/`to`). The
proportions are at `Mix` below. Every ledger it writes passes `zwgk validate`
(warnings aside: a done entry repeated for one instance is `done-twice`, as in
life).

`--git` makes OUT a git repository holding the ledger as one commit;
`--revision-adds PCT` then appends PCT % more entries to existing files, as
`record` appends them, spread over the units, in a second commit: `zwgk diff
HEAD~1 HEAD` is then "one revision adds PCT %".
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parents[1]
BOM = "\ufeff"


class Mix:
    """How often each shape occurs. Judgement calls, not measured figures:
    the README's own examples and what `record` writes set the shapes; the
    shares are a guess at a county office where most entries go through
    `record` and some clerks edit their files by hand."""

    BY_RECORD = 0.6
    """Entries appended by `zwgk record`; the rest typed by hand."""
    EVENT = 0.4
    """Of entries for a requirement with an `after:` rule: the event itself."""
    EXTEND = 0.05
    """Of entries for a requirement with a dated instance not yet extended: 延期
    (with `until`, `note`, `approved_by`). Most requirements of the plan have
    no deadline to move (8 of 81 in the shipped one), and each instance is
    extended once, so extensions are rarer than this over the ledger."""
    EXEMPT = 0.01
    """不适用 (with `note`, `approved_by`)."""
    BLOCKED = 0.02
    PROGRESS = 0.25
    """The rest of the entries are done."""
    PERIOD = 0.3
    """Of entries for a monthly requirement: naming the month."""
    EVIDENCE = 0.5
    TWO_LINKS = 0.2
    """Of entries with evidence: two links instead of one."""
    FLOW_LIST = 0.7
    """Of hand-typed evidence: `[url]`; the rest an indented block list."""
    MULTILINE_NOTE = 0.15
    """Of hand-typed notes: a `|` block of two or three lines."""
    QUOTED_NOTE = 0.2
    """Of hand-typed one-line notes: in double quotes."""
    DATE_COMMENT = 0.15
    """Of hand-typed entries: a comment after the date."""
    COMMENT_LINE = 0.05
    """Of hand-typed entries: a comment line before the entry."""
    HEADER_COMMENT = 0.3
    """Of files: a comment line at the top (who keeps the file)."""
    WINDOWS = 0.2
    """Of files: saved by a Windows editor, CRLF line breaks …"""
    BOM = 0.5
    """… and of those, with a UTF-8 byte-order mark (Notepad before 2019)."""


NOTES = ["已在县政府门户网站公开", "已通过政务新媒体发布", "已召开新闻发布会解读",
         "已报送县政府办公室", "正在整理材料", "已完成年度公示"]  # fmt: skip
MORE = ["经分管领导审核后发布", "同步推送至政务微博", "相关材料已归档",
        "下一步将持续更新"]  # fmt: skip
REASONS = ["信息系统升级改造，需延期", "上级文件尚未印发，需延期", "数据核实中，需延期"]
EXEMPT_REASONS = ["本单位无此项职能", "本年度未发生相关事项"]
APPROVERS = ["县政府办公室", "县政务公开办", "分管副县长"]
COMMENTS = ["# 经办人已核对", "# 补录", "# 以网站发布日期为准"]


class Duty(NamedTuple):
    req: str
    event: str | None
    """The event an `after:` rule of the requirement waits for."""
    monthly: bool
    lasting: int | bool | None
    """Days a `lasting:` rule asks (None for long-term); False without one."""
    instances: list[Any]
    """Its dated instances (engine/deadlines.py), for extensions."""
    each: bool = False
    """mode: each — every lead unit has its own instances to extend."""


class Plan(NamedTuple):
    first: dt.date
    duties: dict[str, list[Duty]]
    units: list[str]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--git", action="store_true", help="make OUT a git repository")
    parser.add_argument(
        "--revision-adds",
        type=float,
        metavar="PCT",
        help="with --git: a second commit appending PCT %% more entries",
    )
    args = parser.parse_args()
    if args.revision_adds is not None and not args.git:
        parser.error("--revision-adds needs --git")
    rng = random.Random(args.seed)
    generate(args.out, args.entries, args.units, args.years, rng)
    print(f"wrote {args.entries} entries for {args.units} units over {args.years} years "
          f"to {args.out}")  # fmt: skip
    if args.git:
        commit(args.out, "ledger")
        if args.revision_adds is not None:
            added = append_revision(args.out, round(args.entries * args.revision_adds / 100), rng)
            commit(args.out, "one revision")
            print(f"second commit appends {added} entries")
    return 0


def generate(out: Path, entries: int, units: int, years: int, rng: random.Random) -> None:
    if out.exists():
        shutil.rmtree(out)
    (out / "data").mkdir(parents=True)
    tasks = (REPO / "data/tasks.yaml").read_text("utf-8")
    end = dt.date(2018 + years - 1, 12, 31)
    tasks = tasks.replace("  end: 2018-12-31", f"  end: {end.isoformat()}", 1)
    (out / "data/tasks.yaml").write_text(tasks, "utf-8")
    shipped = (REPO / "data/units.yaml").read_text("utf-8")
    have = len(re.findall(r"^  - \{?id: ", shipped.split("groups:")[0], re.MULTILINE))
    extra = "".join(
        f"  - {{id: t{i:03d}, name: 测试单位{i:03d}, kind: department}}\n"
        for i in range(1, max(0, units - have) + 1)
    )
    head, sep, rest = shipped.partition("groups:")
    (out / "data/units.yaml").write_text(head + extra + sep + rest, "utf-8")

    plan = read_plan(out)
    per_file: dict[tuple[int, str], list[str]] = {}
    extended: set[tuple[str, str, str]] = set()
    for n in range(entries):
        uid = plan.units[n % len(plan.units)]
        duty = rng.choice(plan.duties[uid])
        day = some_day(plan, years, rng)
        item, when = entry(n, uid, duty, day, rng, extended, plan.first)
        per_file.setdefault((when.year, uid), []).append(item)
    for (year, uid), items in per_file.items():
        folder = out / "data" / "progress" / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        header = ""
        if rng.random() < Mix.HEADER_COMMENT:
            header = f"# {uid} {year} 年政务公开工作进展\n"
        text = header + "".join(items)
        if rng.random() < Mix.WINDOWS:
            text = text.replace("\n", "\r\n")
            if rng.random() < Mix.BOM:
                text = BOM + text
        with open(folder / f"{uid}.yaml", "w", encoding="utf-8", newline="") as f:
            f.write(text)


def read_plan(out: Path) -> Plan:
    sys.path.insert(0, str(REPO))
    from zwgk.engine.deadlines import instances
    from zwgk.ledger.load import load_ledger

    ledger = load_ledger(out, with_progress=False)
    assert ledger.plan is not None
    directory = ledger.directory
    info = ledger.plan.info
    duties: dict[str, list[Duty]] = {uid: [] for uid in directory.units}
    for req in ledger.plan.requirements():
        event = next((r.event for r in req.due if r.kind == "after"), None)
        monthly = any(r.kind == "every" and r.period == "month" for r in req.due)
        lasting: int | bool | None = False
        dated = []
        for rule in req.due:
            if rule.kind == "lasting":
                lasting = rule.days
            dated += instances(rule, info, ledger.calendar)
        duty = Duty(req.id, event, monthly, lasting, dated, req.mode == "each")
        for uid in directory.expand_all((*req.lead, *req.support)):
            duties[uid].append(duty)
    units = [uid for uid in directory.units if duties[uid]]
    return Plan(info.effective or info.start, duties, units)


def some_day(plan: Plan, years: int, rng: random.Random) -> dt.date:
    year = 2018 + rng.randrange(years)
    day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    if day < plan.first:  # no work is recorded for the plan before it took effect
        day += plan.first - dt.date(plan.first.year, 1, 1)
    return day


def entry(
    n: int,
    uid: str,
    duty: Duty,
    day: dt.date,
    rng: random.Random,
    extended: set[tuple[str, str, str]],
    first: dt.date,
    by_record: bool | None = None,
    approvals: bool = True,
) -> tuple[str, dt.date]:
    """One entry as text (ending in a line break) and its date, which may
    differ from `day` for an extension (dated before the due date it moves).
    Without `approvals`, no extension or exemption."""
    fields: dict[str, Any] = {"req": duty.req, "date": day}
    roll = rng.random()
    if duty.event and roll < Mix.EVENT:
        fields.update(status="event", event=duty.event)
    elif (
        approvals
        and roll < Mix.EXTEND
        and (instance := open_instance(uid, duty, extended, first, rng))
    ):
        # Each instance is extended once, by a date after its due date, on a
        # day of its window: an extension names what it moves and is asked
        # for in time (`extension-not-later`, `late-extension`).
        extended.add((uid if duty.each else "", duty.req, instance.period))
        start = max(instance.start, first, dt.date(instance.due.year, 1, 1))
        day = start + dt.timedelta(days=rng.randrange((instance.due - start).days + 1))
        until = instance.due + dt.timedelta(days=rng.choice((15, 30, 60)))
        fields.update(date=day, status="extend", period=instance.period, until=until,
                      note=rng.choice(REASONS), approved_by=rng.choice(APPROVERS))  # fmt: skip
    elif approvals and Mix.EXTEND <= roll < Mix.EXTEND + Mix.EXEMPT:
        fields.update(status="exempt", note=rng.choice(EXEMPT_REASONS),
                      approved_by=rng.choice(APPROVERS))  # fmt: skip
    else:
        roll = rng.random()
        status = "blocked" if roll < Mix.BLOCKED else "progress" if roll < Mix.PROGRESS else "done"
        fields["status"] = status
        if duty.monthly and rng.random() < Mix.PERIOD:
            fields["period"] = f"{day.year}-{day.month:02d}"
        if duty.lasting is not False and status == "done":  # a publicity window
            days = duty.lasting
            fields["from"] = day - dt.timedelta(days=days or 30)
            if days:
                fields["to"] = day - dt.timedelta(days=1)
        fields["note"] = f"{rng.choice(NOTES)}（第{n}条）"
        if rng.random() < Mix.EVIDENCE:
            links = 2 if rng.random() < Mix.TWO_LINKS else 1
            fields["evidence"] = [
                f"https://www.example.gov.cn/art/{day.year}/{n}_{i}.html" for i in range(links)
            ]
    if by_record is None:
        by_record = rng.random() < Mix.BY_RECORD
    return (recorded(fields) if by_record else typed(fields, rng)), day


def open_instance(
    uid: str, duty: Duty, extended: set[tuple[str, str, str]], first: dt.date, rng: random.Random
) -> Any:
    who = uid if duty.each else ""
    left = [
        i
        for i in duty.instances
        if (who, duty.req, i.period) not in extended and i.due >= max(first, i.start)
    ]
    return rng.choice(left) if left else None


ORDER = ("req", "date", "status", "period", "event", "from", "to", "until", "note",
         "evidence", "approved_by")  # fmt: skip


def recorded(fields: dict[str, Any]) -> str:
    """As `zwgk record` appends it."""
    from zwgk.ledger.yamlio import dump_entry

    return str(dump_entry({key: fields[key] for key in ORDER if key in fields}))


def typed(fields: dict[str, Any], rng: random.Random) -> str:
    """As a clerk types it in an editor, after the README's example."""
    lines = []
    if rng.random() < Mix.COMMENT_LINE:
        lines.append(rng.choice(COMMENTS))
    lines.append(f'- req: "{fields["req"]}"')
    comment = "  # 公开日期" if rng.random() < Mix.DATE_COMMENT else ""
    lines.append(f"  date: {fields['date'].isoformat()}{comment}")
    lines.append(f"  status: {fields['status']}")
    for key in ("period", "event", "from", "to", "until"):
        value = fields.get(key)
        if isinstance(value, dt.date):
            lines.append(f"  {key}: {value.isoformat()}")
        elif value is not None:
            lines.append(f'  {key}: "{value}"' if key == "period" else f"  {key}: {value}")
    note = fields.get("note")
    if note is not None and rng.random() < Mix.MULTILINE_NOTE:
        lines.append("  note: |")
        lines += [f"    {line}" for line in [note, *rng.sample(MORE, rng.randint(1, 2))]]
    elif note is not None:
        lines.append(f'  note: "{note}"' if rng.random() < Mix.QUOTED_NOTE else f"  note: {note}")
    links = fields.get("evidence")
    if links and rng.random() < Mix.FLOW_LIST:
        lines.append(f"  evidence: [{', '.join(links)}]")
    elif links:
        lines += ["  evidence:", *(f"    - {link}" for link in links)]
    if "approved_by" in fields:
        lines.append(f"  approved_by: {fields['approved_by']}")
    return "\n".join(lines) + "\n"


def append_revision(out: Path, count: int, rng: random.Random) -> int:
    """Append `count` entries to existing progress files as `record` does
    (its dumper, the file's own line breaks), spread over the units: the
    bytes already there stay as they are."""
    plan = read_plan(out)
    files = sorted((out / "data" / "progress").glob("*/*.yaml"))
    by_unit: dict[str, list[Path]] = {}
    for path in files:
        by_unit.setdefault(path.stem, []).append(path)
    units = sorted(by_unit)
    added: dict[Path, list[str]] = {}
    for n in range(count):
        uid = units[n % len(units)]
        path = rng.choice(by_unit[uid])
        year = int(path.parent.name)
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        day = max(day, plan.first)
        duty = rng.choice(plan.duties[uid])
        # what a revision adds day to day: no extension or exemption, whose
        # validity depends on what the older entries already moved
        text, _ = entry(10**9 + n, uid, duty, day, rng, set(), plan.first, True, False)
        added.setdefault(path, []).append(text)
    for path, items in added.items():
        old = path.read_bytes().decode("utf-8")
        end = "\r\n" if "\r\n" in old else "\n"
        new = "".join(items).replace("\n", end)
        if not old.endswith(("\n", "\r")):
            new = end + new
        with open(path, "a", encoding="utf-8", newline="") as f:
            f.write(new)
    return count


def commit(out: Path, message: str) -> None:
    when = "2023-01-01T00:00:00"
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com",
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}  # fmt: skip

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(out), *args], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    if not (out / ".git").exists():
        git("init", "-q", "-b", "main")
        git("config", "commit.gpgsign", "false")
        git("config", "core.autocrlf", "false")
    git("add", "-A")
    git("commit", "-q", "--no-verify", "-m", message)


if __name__ == "__main__":
    sys.exit(main())
