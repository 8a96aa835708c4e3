#!/usr/bin/env python3
"""Write a synthetic city-scale ledger for the benchmarks.

    python3 bench/generate.py OUT [--entries 100000] [--units 100] [--years 5] [--seed 1]

The plan is the shipped 2018 Huantai plan, stretched over `--years` years; the
shipped units are kept and synthetic departments (测试单位001 …) added up to
`--units`, so 县政府各部门 grows with them. Progress entries are spread over the
years in the DESIGN.md layout, data/progress/YYYY/UNIT.yaml, written in the same
shape `zwgk record` writes: each names a requirement its unit is responsible
for, with done/progress/event entries, periods and notes like real ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.entries, args.units, args.years, random.Random(args.seed))
    print(
        f"wrote {args.entries} entries for {args.units} units over {args.years} years to {args.out}"
    )
    return 0


def generate(out: Path, entries: int, units: int, years: int, rng: random.Random) -> None:
    sys.path.insert(0, str(REPO))
    from zwgk.ledger.load import load_ledger

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

    ledger = load_ledger(out, with_progress=False)
    assert ledger.plan is not None
    directory = ledger.directory
    first = ledger.plan.info.effective or ledger.plan.info.start
    duties: dict[str, list[tuple[str, str | None]]] = {uid: [] for uid in directory.units}
    lasting: dict[str, int | None] = {}
    for req in ledger.plan.requirements():
        event = next((r.event for r in req.due if r.kind == "after"), None)
        monthly = any(r.kind == "every" and r.period == "month" for r in req.due)
        for rule in req.due:
            if rule.kind == "lasting":
                lasting[req.id] = rule.days
        for uid in directory.expand_all((*req.lead, *req.support)):
            duties[uid].append((req.id, event if event else ("month" if monthly else None)))
    unit_ids = [uid for uid in directory.units if duties[uid]]
    per_file: dict[tuple[int, str], list[str]] = {}
    notes = ["已在县政府门户网站公开", "已通过政务新媒体发布", "已召开新闻发布会解读",
             "已报送县政府办公室", "正在整理材料", "已完成年度公示"]  # fmt: skip
    for n in range(entries):
        uid = unit_ids[n % len(unit_ids)]
        req_id, kind = rng.choice(duties[uid])
        year = 2018 + rng.randrange(years)
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        if day < first:  # no work is recorded for the plan before it took effect
            day += first - dt.date(first.year, 1, 1)
        lines = [f"- req: '{req_id}'", f"  date: {day.isoformat()}"]
        if kind not in (None, "month") and rng.random() < 0.5:
            lines += ["  status: event", f"  event: {kind}"]
        else:
            lines.append(f"  status: {rng.choice(['done', 'done', 'progress'])}")
            if kind == "month" and rng.random() < 0.3:
                lines.append(f"  period: '{day.year}-{day.month:02d}'")
            if req_id in lasting:  # a publicity window, as a clerk records one
                days = lasting[req_id]
                lines.append(f"  from: {(day - dt.timedelta(days=days or 30)).isoformat()}")
                if days:
                    lines.append(f"  to: {(day - dt.timedelta(days=1)).isoformat()}")
            lines.append(f"  note: {rng.choice(notes)}（第{n}条）")
            if rng.random() < 0.5:
                lines += ["  evidence:", f"  - https://www.example.gov.cn/art/{year}/{n}.html"]
        per_file.setdefault((year, uid), []).append("\n".join(lines) + "\n")
    for (year, uid), items in per_file.items():
        folder = out / "data" / "progress" / str(year)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{uid}.yaml").write_text("".join(items), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
