"""`zwgk report`: the weekly report lists exactly what it should, and its
figures are the status JSON's for the same date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import write, zwgk
from reportkit import (
    AS_OF,
    COMPLETED,
    NOTE,
    OVERDUE,
    WEEK,
    build,
    html_rows,
    md_cells,
    md_grouped_rows,
    md_sections,
)
from zwgk.cli.period import choose, parse_month, parse_week
from zwgk.engine.report import period_of

D = dt.date


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return build(tmp_path / "ledger")


def status(root: Path, as_of: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(
        zwgk(root, "status", "--as-of", as_of, "--format", "json").stdout
    )
    return doc


def report(root: Path, *args: str) -> str:
    run = zwgk(root, "report", "--week", WEEK, *args)
    assert run.exit_code == 0, run.output
    return run.stdout


def test_markdown_lists_exactly_the_completed_and_overdue(ledger: Path) -> None:
    sections = md_sections(report(ledger))
    done = md_grouped_rows(sections["二、本期完成情况"])
    assert {(cells[0], unit, cells[1]) for unit, cells in done} == COMPLETED
    assert len(done) == len(COMPLETED)
    late = md_grouped_rows(sections["三、逾期未完成事项"])
    assert {(cells[0], unit, cells[1]) for unit, cells in late} == OVERDUE
    assert len(late) == len(OVERDUE)
    # The same sets as the status JSON for the as-of date.
    items = status(ledger, AS_OF)["items"]
    in_week = {
        (i["req"], i["unit_name"], i["period"] or "")
        for i in items
        if i["completed"]
        and "2018-10-08" <= i["completed"] <= AS_OF
        and i["recorded_this_year"] is None  # dated: a standing duty is never finished
    }
    assert in_week == COMPLETED
    assert {(i["req"], i["unit_name"], i["period"]) for i in items
            if i["status"] == "overdue"} == OVERDUE  # fmt: skip
    # Days late are counted to the as-of date.
    jan = next(cells for unit, cells in late if cells[1] == "2018-01")
    assert jan[3] == str((D(2018, 10, 14) - D(2018, 1, 31)).days)


def test_every_figure_equals_the_status_json(ledger: Path) -> None:
    sections = md_sections(report(ledger))
    rows = [md_cells(line) for line in sections["一、总体情况"] if line.startswith("| ")][1:]
    # The figures count the dated obligations by status, then the standing
    # duties reported on this year or not (issue 13: a standing duty has no
    # done-for-ever), as `status --format json`'s `dated` and `standing`.
    docs = [status(ledger, day) for day in (AS_OF, "2018-10-07")]
    now, before = ({**d["dated"], **{f"standing_{k}": n for k, n in d["standing"].items()}}
                   for d in docs)  # fmt: skip
    labels = {"有期限的义务": "obligations", "已完成": "done", "逾期完成": "late",
              "已逾期": "overdue", "即将到期": "due_soon", "未到期": "open", "不适用": "exempt",
              "常态工作有记录": "standing_recorded",
              "常态工作无记录": "standing_unrecorded"}  # fmt: skip
    seen = []
    for label, value_now, value_before, change in rows:
        code = labels[label]
        seen.append(code)
        assert (int(value_now), int(value_before)) == (now[code], before[code])
        delta = now[code] - before[code]
        assert change == (f"+{delta}" if delta > 0 else "±0" if delta == 0 else f"−{-delta}")
    assert seen == list(labels.values())
    # The per-unit table is `status --by unit` for the same date: its status
    # columns count dated obligations, then the standing duties.
    units = json.loads(
        zwgk(ledger, "status", "--as-of", AS_OF, "--by", "unit", "--format", "json").stdout
    )["units"]
    table = [md_cells(line) for line in sections["五、各单位完成情况"] if line.startswith("| ")]
    assert table[0][-2:] == ["有记录", "无记录"]
    got = {r[0]: tuple(int(c) for c in (*r[1:5], *r[7:9])) for r in table[1:]}
    assert got == {u["unit_name"]: (u["obligations"], u["dated_done"], u["dated_late"],
                                    u["dated_overdue"], u["standing_recorded"],
                                    u["standing_unrecorded"])
                   for u in units}  # fmt: skip
    assert table[1][0] == "县教体局"  # worst first: most overdue


def test_completion_and_on_time_rate_are_over_dated_obligations(ledger: Path) -> None:
    """As on the status screen: 2.2's standing duty, done on 10-10, is not a
    completed obligation (it has no natural "done"). Counting it gave 5/16
    (31.2%) and 3/14 (21.4%)."""
    sections = md_sections(report(ledger))
    dated = status(ledger, AS_OF)["dated"]
    assert (dated["completion"], dated["on_time_rate"]) == (0.2667, 0.1538)
    line = next(line for line in sections["一、总体情况"] if "完成率" in line)
    assert "已完成 4 项（含逾期完成），完成率 26.7%" in line and "按时完成率 15.4%" in line
    # The per-part completion follows the same rule: part 二's 2.2 standing duty is out.
    part = next(md_cells(row) for row in sections["六、分项推进情况"] if "第二部分" in row)
    assert part[1:] == ["3", "2", "1", "66.7%"]


def test_html_lists_the_same_rows(ledger: Path) -> None:
    html = report(ledger, "--format", "html")
    done = html_rows(html, "completed")
    assert {(cells[0], unit, cells[1]) for unit, cells in done} == COMPLETED
    late = html_rows(html, "overdue")
    assert {(cells[0], unit, cells[1]) for unit, cells in late} == OVERDUE
    now = status(ledger, AS_OF)["dated"]
    figures = {cells[0]: cells[1] for _, cells in html_rows(html, "figures")}
    assert figures["已逾期"] == str(now["overdue"]) and figures["已完成"] == str(now["done"])


def test_html_is_self_contained_and_printable(ledger: Path) -> None:
    html = report(ledger, "--format", "html")
    assert "<script" not in html and "src=" not in html and "@import" not in html
    assert "<link" not in html and "url(" not in html
    assert html.count("<svg") == 2  # overdue per unit, completion per part
    assert "@page { size: A4" in html and "counter(page)" in html
    assert '"Noto Sans CJK SC"' in html


def test_hostile_note_is_text_in_html_and_keeps_the_markdown_table(ledger: Path) -> None:
    html = report(ledger, "--format", "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html
    assert '<a href="https://example.gov.cn/a.html">' in html
    md = report(ledger)
    row = next(line for line in md.splitlines() if "&lt;script&gt;" in line)
    header = next(
        line for line in md.splitlines() if line.startswith("| 要求 | 周期 | 到期日 | 完成日")
    )
    assert len(md_cells(row)) == len(md_cells(header)) == 7
    assert md_cells(row)[5] == NOTE.replace("<", "&lt;").replace(">", "&gt;")
    assert "[https://example.gov.cn/a.html](https://example.gov.cn/a.html)" in row


def test_upcoming_and_parts(ledger: Path) -> None:
    sections = md_sections(report(ledger, "--as-of", "2018-10-10"))
    upcoming = [md_cells(x) for x in sections["四、14 天内到期事项"] if x.startswith("| 2018")]
    # 10-12 for both towns (suozhen is not done until 10-11); 10-31 is beyond 14 days.
    assert [(r[0], r[1], r[2], r[3]) for r in upcoming] == [
        ("2018-10-12", "2", "2.1", "少海街道"), ("2018-10-12", "2", "2.1", "索镇街道"),
    ]  # fmt: skip
    parts = [md_cells(x) for x in sections["六、分项推进情况"] if x.startswith("| 一") or
             x.startswith("| 二")]  # fmt: skip
    assert [p[0] for p in parts] == ["一、第一部分", "二、第二部分"]


def test_period_choice() -> None:
    assert parse_week("2018-W40") == period_of("week", D(2018, 10, 1))
    assert parse_week("2018-W40").end == D(2018, 10, 7)
    assert parse_month("2018-02").end == D(2018, 2, 28)
    assert parse_week("2018-W41").previous().id == "2018-W40"
    assert parse_month("2018-01").previous().id == "2017-12"
    today = D(2018, 10, 10)
    assert choose(None, None, None, today) == (period_of("week", today), today)
    assert choose("2018-W40", None, None, today)[1] == D(2018, 10, 7)  # as it stood at its end
    assert choose(None, "2018-10", None, today)[1] == today  # not over yet: today


@pytest.mark.parametrize(
    "args",
    [
        ["--week", "2018-40"],
        ["--week", "2018-W54"],
        ["--month", "2018-13"],
        ["--week", "2018-W40", "--month", "2018-10"],
        ["--week", "2018-W41", "--as-of", "2018-10-01"],
        ["--format", "docx"],  # docx needs -o
    ],
)
def test_bad_arguments_exit_2(ledger: Path, args: list[str]) -> None:
    run = zwgk(ledger, "report", *args)
    assert run.exit_code == 2
    assert "错误" in run.stderr or "Error" in run.output


def test_month_report(ledger: Path) -> None:
    text = zwgk(ledger, "report", "--month", "2018-10", "--as-of", "2018-10-31").stdout
    assert "政务公开工作月报" in text and "2018 年 10 月" in text
    assert "上期末 2018-09-30" in text


def test_english_report(ledger: Path) -> None:
    text = zwgk(ledger, "--lang", "en", "report", "--week", WEEK).stdout
    assert "weekly report" in text and "## 3. Overdue" in text


def test_template_override_and_misspelt_variable(ledger: Path) -> None:
    write(ledger, "templates/report.md.j2", "本周逾期 {{ report.figures.counts.overdue }} 项\n")
    run = zwgk(ledger, "report", "--week", WEEK)
    assert run.exit_code == 0 and run.stdout == f"本周逾期 {len(OVERDUE)} 项\n"
    # Other templates still come from the package.
    assert "<!DOCTYPE html>" in zwgk(ledger, "report", "--week", WEEK, "-f", "html").stdout
    write(ledger, "templates/report.md.j2", "第一行\n{{ report.figures.overdeu }}\n")
    run = zwgk(ledger, "report", "--week", WEEK)
    assert run.exit_code == 2
    assert "templates/report.md.j2:2:" in run.stderr and "overdeu" in run.stderr
    write(ledger, "templates/report.md.j2", "{% for x in report.units %}\n")
    run = zwgk(ledger, "report", "--week", WEEK)
    assert run.exit_code == 2 and "templates/report.md.j2:" in run.stderr


def test_docx_holds_the_same_overdue_rows(ledger: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "周报.docx"
    run = zwgk(ledger, "report", "--week", WEEK, "--format", "docx", "-o", str(out))
    assert run.exit_code == 0, run.output
    doc = Document(str(out))
    md_rows = md_grouped_rows(md_sections(report(ledger))["三、逾期未完成事项"])
    # Tables follow their headings; collect the overdue section's tables.
    headings = [p.text for p in doc.paragraphs if p.style is not None and
                p.style.name.startswith("Heading")]  # fmt: skip
    assert "三、逾期未完成事项" in headings
    rows = []
    for table in doc.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[:4] == ["要求", "周期", "到期日", "逾期天数"]:
            rows += [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[:4] for r in rows] == [cells[:4] for _, cells in md_rows]
    styles: Any = doc.styles
    east_asian = styles["Normal"].element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    )
    assert east_asian == "仿宋_GB2312"  # GB/T 9704 body font (issue 16)


def test_format_follows_the_output_suffix(ledger: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "周报.docx"
    assert zwgk(ledger, "report", "--week", WEEK, "-o", str(out)).exit_code == 0
    assert Document(str(out)).paragraphs  # a real Word file, not Markdown
    html = tmp_path / "周报.html"
    assert zwgk(ledger, "report", "--week", WEEK, "-o", str(html)).exit_code == 0
    assert html.read_text("utf-8").startswith("<!DOCTYPE html>")
    clash = zwgk(ledger, "report", "--week", WEEK, "-f", "md", "-o", str(tmp_path / "x.docx"))
    assert clash.exit_code == 2 and not (tmp_path / "x.docx").exists()


def test_as_of_must_fall_in_the_period(ledger: Path) -> None:
    run = zwgk(ledger, "report", "--month", "2018-09", "--as-of", "2018-12-20")
    assert run.exit_code == 2 and "2018-09-30" in run.stderr


@pytest.mark.parametrize("week", ["2018-w41", "2018W41", "2018-W41"])
def test_weeks_as_clerks_type_them(ledger: Path, week: str) -> None:
    assert "2018 年第 41 周" in zwgk(ledger, "report", "--week", week).stdout


@pytest.mark.parametrize(
    "args", [["--month", "0000-01"], ["--month", "9999-12"], ["--as-of", "9999-12-31"]]
)
def test_far_dates_are_refused_not_crashed(ledger: Path, args: list[str]) -> None:
    assert zwgk(ledger, "report", *args).exit_code == 2


def test_output_errors_are_messages(ledger: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    run = zwgk(ledger, "report", "--week", WEEK, "-o", str(blocker / "r.md"))
    assert run.exit_code == 2 and "r.md" in run.stderr
    run = zwgk(ledger, "report", "--week", WEEK, "-o", str(tmp_path))  # a folder, not a file
    assert run.exit_code == 2


def test_markdown_on_a_gbk_console(ledger: Path) -> None:
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "zwgk", "--root", str(ledger), "report", "--week", WEEK],
        capture_output=True,
        env={"PYTHONIOENCODING": "gbk", "PATH": "", "ZWGK_CACHE_DIR": os.environ["ZWGK_CACHE_DIR"]},
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("gbk", "replace")
    assert "政务公开工作周报" in result.stdout.decode("gbk")


def test_control_characters_do_not_break_word(ledger: Path, tmp_path: Path) -> None:
    write(ledger, "data/progress/2018/shaohai.yaml",
          '- req: "2.1"\n  date: 2018-10-12\n  status: done\n  note: "粘贴\\v内容"\n')  # fmt: skip
    out = tmp_path / "r.docx"
    assert zwgk(ledger, "report", "--week", WEEK, "-o", str(out)).exit_code == 0
    from docx import Document

    texts = [c.text for table in Document(str(out)).tables for row in table.rows
             for c in row.cells]  # fmt: skip
    assert "粘贴内容" in texts


def test_evidence_paths_link_from_where_the_report_is(ledger: Path) -> None:
    text = (ledger / "data/progress/2018/jtj.yaml").read_text("utf-8")
    text = text.replace("[https://example.gov.cn/a.html,", "[evidence/2018/公示 照片.pdf,")
    write(ledger, "data/progress/2018/jtj.yaml", text)
    out = ledger / "reports" / "周报.html"
    assert zwgk(ledger, "report", "--week", WEEK, "-o", str(out)).exit_code == 0
    html = out.read_text("utf-8")
    assert 'href="../evidence/2018/%E5%85%AC%E7%A4%BA%20%E7%85%A7%E7%89%87.pdf"' in html


def test_an_override_may_extend_the_builtin_and_errors_name_the_line(ledger: Path) -> None:
    write(ledger, "templates/report.md.j2",
          '{% extends "builtin/report.md.j2" %}\n{% block units %}## 各单位（略）\n\n'
          "{% endblock %}\n")  # fmt: skip
    text = zwgk(ledger, "report", "--week", WEEK).stdout
    assert "## 各单位（略）" in text and "## 三、逾期未完成事项" in text
    assert "## 五、各单位完成情况" not in text
    for body, message in (
        ('第一行\n{{ t("no.such.key") }}\n', "no.such.key"),
        ("{{ 1/0 }}\n", "division"),
        ('{% extends "report.md.j2" %}\n', "循环"),
        ('{% include "missing.j2" %}\n', "missing.j2"),
    ):
        write(ledger, "templates/report.md.j2", body)
        run = zwgk(ledger, "report", "--week", WEEK)
        assert run.exit_code == 2, body
        assert "templates/report.md.j2:" in run.stderr and message in run.stderr, body
    (ledger / "templates/report.md.j2").write_bytes("本周".encode("gbk"))
    run = zwgk(ledger, "report", "--week", WEEK)
    assert run.exit_code == 2 and "UTF-8" in run.stderr


def test_a_done_entry_on_a_standing_duty_is_recorded_not_completed(shipped: Path) -> None:
    """Issue 13: 1.1 for 县发改局 is a standing duty (a requirement with no
    date). Done on 2018-07-16, the report of that week said 已完成 1 and 持续推进
    1044 in its table, 有期限的义务已完成 0 项 in its sentence, and listed 1.1 as
    完成. Now the table counts dated obligations, then the standing duties."""
    run = zwgk(shipped, "record", "1.1", "--unit", "fagai", "--done", "--date", "2018-07-16")
    assert run.exit_code == 0, run.output
    run = zwgk(shipped, "report", "--week", "2018-W29", "--as-of", "2018-07-20")
    assert run.exit_code == 0, run.output
    sections = md_sections(run.stdout)
    lines = [line for line in sections["一、总体情况"] if line.startswith("| ")]
    rows = {r[0]: r[1:] for r in map(md_cells, lines)}
    assert rows["已完成"] == ["0", "0", "±0"] and rows["逾期完成"] == ["0", "0", "±0"]
    assert rows["常态工作有记录"] == ["1", "0", "+1"]
    assert rows["常态工作无记录"] == ["1044", "1045", "−1"]
    assert "持续推进" not in rows and "常态工作公示中" not in rows
    dated = status(shipped, "2018-07-20")["dated"]
    assert rows["有期限的义务"][0] == str(dated["obligations"])
    assert "已完成 0 项" in next(line for line in sections["一、总体情况"] if "完成率" in line)
    # The completed list holds dated obligations only.
    assert md_grouped_rows(sections["二、本期完成情况"]) == []
    assert "无。" in "\n".join(sections["二、本期完成情况"])
    # The unit table: 县发改局's 已完成 counts dated obligations; 有记录 1.
    table = [md_cells(line) for line in sections["五、各单位完成情况"] if line.startswith("| ")]
    fagai = next(r for r in table if r[0] == "县发改局")
    assert (fagai[2], fagai[7], fagai[8]) == ("0", "1", "33")


@pytest.mark.parametrize(
    "args",
    [["report", "--week", "2018-W41"], ["export", "--format", "csv", "--as-of", "2018-10-14"]],
    ids=["report", "export"],
)
def test_a_whole_document_stops_on_an_unread_file_with_its_own_fix(
    shipped: Path, args: list[str]
) -> None:
    """A report or an export is every unit's: one unit's file saved as GBK
    stops it (exit 2), the message without a stray space and the hint the
    file's own (fix-encoding), not only "run validate"."""
    (shipped / "data/progress/2018").mkdir(parents=True, exist_ok=True)
    (shipped / "data/progress/2018/jtj.yaml").write_bytes("- note: 已公开\n".encode("gbk"))
    run = zwgk(shipped, *args)
    assert run.exit_code == 2 and run.stdout == ""
    assert "台账有 1 处错误，无法继续。文件是 GBK（GB18030）编码" in run.stderr
    assert "提示：运行 zwgk fix-encoding data/progress/2018/jtj.yaml" in run.stderr
    assert "zwgk validate" not in run.stderr
    english = zwgk(shipped, "--lang", "en", *args)
    assert "cannot go on. the file is GBK" in english.stderr
    # A second bad file: the first one's fix, and validate for the other.
    (shipped / "data/progress/2018/hbj.yaml").write_text("- req: [\n", encoding="utf-8")
    run = zwgk(shipped, *args)
    assert "台账有 2 处错误" in run.stderr and "；其余 1 处运行 zwgk validate 查看" in run.stderr
