"""A small ledger with known entries for report, notice and export tests, and
readers that pull the rows back out of each output format."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import write

UNITS = """\
units:
  - {id: jtj, name: 县教体局, kind: department}
  - {id: hbj, name: 县环保局, kind: department}
  - {id: suozhen, name: 索镇街道, kind: town}
  - {id: shaohai, name: 少海街道, kind: town}
groups:
  - {id: towns, name: 各镇（街道）, members: [suozhen, shaohai]}
"""

TASKS = """\
plan: {title: 测试县政务公开任务分解表, year: 2018}
parts:
  - {no: 一, title: 第一部分}
  - {no: 二, title: 第二部分}
tasks:
  - no: 1
    title: 按月公开
    part: 一
    requirements:
      - id: "1.1"
        text: 按月公开教育信息。
        lead: [jtj]
        support: []
        mode: joint
        due: [{every: month, basis: 按月}]
  - no: 2
    title: 年底前完成
    part: 二
    requirements:
      - id: "2.1"
        text: 各镇（街道）在10月12日前完成公示。
        lead: [towns]
        support: []
        mode: each
        due: [{by: 2018-10-12, basis: 10月12日前}]
      - id: "2.2"
        text: 文件公布后3个工作日内发布解读。
        lead: [hbj]
        support: []
        mode: joint
        due: [{after: 文件公布, within: 3 workdays, basis: 文件公布后3个工作日内}]
"""

NOTE = "已公开 <script>alert(1)</script> | 见网站"
PROGRESS = {
    "2018/jtj.yaml": f"""\
- req: "1.1"
  date: 2018-10-09
  status: done
  note: "{NOTE}"
  evidence: [https://example.gov.cn/a.html, "javascript:alert(1)"]
- req: "1.1"
  date: 2018-10-10
  status: done
  period: "2018-08"
""",
    "2018/suozhen.yaml": """\
- req: "2.1"
  date: 2018-10-11
  status: done
""",
    "2018/hbj.yaml": """\
- req: "2.2"
  date: 2018-09-28
  status: event
  event: 文件公布
- req: "2.2"
  date: 2018-10-10
  status: done
""",
}
WEEK = "2018-W41"  # Monday 2018-10-08 to Sunday 2018-10-14
AS_OF = "2018-10-14"

# What the week should show, worked out by hand.
COMPLETED = {
    ("1.1", "县教体局", "2018-10"),  # done 10-09, on time
    ("1.1", "县教体局", "2018-08"),  # named period, done 10-10: late
    ("2.1", "索镇街道", "2018-10-12"),
    ("2.2", "县环保局", "2018-09-28"),  # event due 10-08 (National Day), done 10-10: late
    # Not 2.2's undated obligation (done 10-10): a standing duty is never
    # finished; the figures count it as 有记录 (issue 13).
}
OVERDUE = {("1.1", "县教体局", f"2018-{m:02d}") for m in (1, 2, 3, 4, 5, 6, 7, 9)} | {
    ("2.1", "少海街道", "2018-10-12")
}


def build(root: Path) -> Path:
    write(root, "data/units.yaml", UNITS)
    write(root, "data/tasks.yaml", TASKS)
    for rel, text in PROGRESS.items():
        write(root, f"data/progress/{rel}", text)
    return root


def md_sections(text: str) -> dict[str, list[str]]:
    """`## heading` → its lines."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:]
            out[current] = []
        elif current:
            out[current].append(line)
    return out


def md_cells(line: str) -> list[str]:
    """The cells of a Markdown table row, honouring `\\|` escapes."""
    inner = line.strip()[1:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


def md_grouped_rows(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(unit heading, cells) for every data row under `### unit（n 项）` headings."""
    rows: list[tuple[str, list[str]]] = []
    unit = ""
    for line in lines:
        if line.startswith("### "):
            unit = re.sub(r"（\d+ 项）$", "", line[4:])
        elif line.startswith("|") and not line.startswith("|---") and unit:
            cells = md_cells(line)
            if cells[0] not in ("要求", "req"):
                rows.append((unit, cells))
    return rows


class HtmlTables(HTMLParser):
    """Rows of every table, with the id of its section and the h3 above it."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, list[str]]] = []
        self.section = ""
        self.heading = ""
        self._h3: list[str] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.section = dict(attrs).get("id") or ""
            self.heading = ""
        elif tag == "h3":
            self._h3 = []
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._h3 is not None:
            self.heading = re.sub(r"（\d+ 项）$", "", "".join(self._h3))
            self._h3 = None
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append((self.section, self.heading, self._row))
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif self._h3 is not None:
            self._h3.append(data)


def html_rows(text: str, section: str) -> list[tuple[str, list[str]]]:
    parser = HtmlTables()
    parser.feed(text)
    return [(h, cells) for s, h, cells in parser.rows if s == section and cells and
            cells[0] not in ("要求", "req", "指标", "单位", "部分", "到期日")]  # fmt: skip
