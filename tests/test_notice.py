"""`zwgk notice`: a reminder per unit with overdue or due-soon obligations."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import zwgk
from reportkit import build, md_cells


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return build(tmp_path / "ledger")


def test_one_unit_to_the_screen(ledger: Path) -> None:
    # Friday 2018-09-28 + 3 working days: Sat 29 and Sun 30 were make-up workdays.
    run = zwgk(ledger, "notice", "--unit", "县教体局", "--as-of", "2018-09-28")
    assert run.exit_code == 0, run.output
    text = run.stdout
    assert text.startswith("# 督办通知\n") and "县教体局：" in text
    assert "2018-10-08 前" in text and "反馈截止日期：2018-10-08" in text
    rows = [md_cells(line) for line in text.splitlines() if line.startswith("| ") and
            line[2].isdigit()]  # fmt: skip
    # January to August are overdue on 09-28; September is due on Sunday
    # 09-30, two make-up workdays (29, 30) away.
    assert [r[3] for r in rows] == [f"2018-{m:02d}" for m in range(1, 10)]
    assert rows[0][5] == "已逾期 240 天" and rows[-1][5] == "剩 2 个工作日"
    assert rows[0][2] == "按月公开教育信息。" and rows[1][2] == "同上"
    assert "县政府办公室" in text


def test_reply_days_and_issuer(ledger: Path) -> None:
    run = zwgk(ledger, "notice", "--unit", "jtj", "--as-of", "2018-09-28", "--reply-days", "5",
               "--issuer", "桓台县人民政府办公室")  # fmt: skip
    assert "反馈截止日期：2018-10-10" in run.stdout and "桓台县人民政府办公室" in run.stdout


def test_all_units_one_file_each(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "通知"
    run = zwgk(ledger, "notice", "--all", "--as-of", "2018-10-14", "-o", str(out))
    assert run.exit_code == 0, run.output
    # 县教体局 (months), 少海街道 (2.1 due 10-12); 索镇街道 and 县环保局 are done.
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["督办通知-县教体局-jtj-2018-10-14.md", "督办通知-少海街道-shaohai-2018-10-14.md"]
    )
    html = zwgk(ledger, "notice", "--all", "--as-of", "2018-10-14", "-f", "html", "-o", str(out))
    assert html.exit_code == 0
    page = (out / "督办通知-少海街道-shaohai-2018-10-14.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "少海街道" in page


def test_docx_notice(ledger: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "docx"
    run = zwgk(ledger, "notice", "--unit", "少海街道", "--as-of", "2018-10-14", "-f", "docx",
               "-o", str(out))  # fmt: skip
    assert run.exit_code == 0, run.output
    doc = Document(str(out / "督办通知-少海街道-shaohai-2018-10-14.docx"))
    assert doc.paragraphs[0].text == "督办通知"
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows[1][1:] == ["2.1", "各镇（街道）在10月12日前完成公示。", "2018-10-12",
                           "2018-10-12", "已逾期 2 天"]  # fmt: skip


def test_nothing_to_chase(ledger: Path) -> None:
    run = zwgk(ledger, "notice", "--unit", "县环保局", "--as-of", "2018-10-14")
    assert run.exit_code == 0 and run.stdout == "" and "无需督办" in run.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],  # neither --unit nor --all
        ["--unit", "县教育局"],
        ["--all", "-f", "docx"],  # docx needs -o
        ["--all", "-f", "html", "--as-of", "2018-10-14"],  # two pages on one screen
    ],
)
def test_usage_errors(ledger: Path, args: list[str]) -> None:
    assert zwgk(ledger, "notice", *args).exit_code == 2


def test_a_co_lead_is_told_of_its_joint_obligations(ledger: Path) -> None:
    tasks = (ledger / "data/tasks.yaml").read_text("utf-8") + (
        '      - id: "2.3"\n        text: 两局共同完成。\n        lead: [jtj, hbj]\n'
        "        support: []\n        mode: joint\n        due: [{by: 2018-10-01, basis: x}]\n"
    )
    (ledger / "data/tasks.yaml").write_text(tasks, "utf-8")
    run = zwgk(ledger, "notice", "--unit", "县环保局", "--as-of", "2018-10-14")
    assert run.exit_code == 0, run.output
    assert "县环保局：" in run.stdout and "县教体局：" not in run.stdout
    assert "| 2.3 |" in run.stdout


def test_reply_days_accepts_a_d_suffix(ledger: Path) -> None:
    run = zwgk(ledger, "notice", "--unit", "jtj", "--as-of", "2018-09-28", "--reply-days", "3d")
    assert run.exit_code == 0 and "2018-10-08" in run.stdout


def test_output_must_be_a_folder(ledger: Path, tmp_path: Path) -> None:
    run = zwgk(ledger, "notice", "--all", "--as-of", "2018-10-14", "-o", str(tmp_path / "x.docx"))
    assert run.exit_code == 2 and not (tmp_path / "x.docx").exists()


def test_year_end_notice_names_the_last_working_day(shipped: Path) -> None:
    # Due Monday 2018-12-31, a holiday; Saturday 12-29 is the make-up workday
    # before it: 21, 24-28 and 29 are the 7 working days left on 12-20.
    run = zwgk(shipped, "notice", "--unit", "县教体局", "--as-of", "2018-12-20")
    assert run.exit_code == 0, run.output
    rows = [md_cells(line) for line in run.stdout.splitlines() if line.startswith("| ") and
            line[2].isdigit()]  # fmt: skip
    year_end = [r for r in rows if r[4].startswith("2018-12-31")]
    assert [r[1] for r in year_end] == ["12.1", "48.1", "69.1"]
    assert {(r[4], r[5]) for r in year_end} == {("2018-12-31（最后工作日 2018-12-29）",
                                                 "剩 7 个工作日")}  # fmt: skip
    english = zwgk(shipped, "--lang", "en", "notice", "--unit", "jtj", "--as-of", "2018-12-20")
    assert "2018-12-31 (last working day 2018-12-29) | 7 working days left |" in english.stdout


GBK_JTJ = '- req: "21.1"\n  note: 已公开\n'.encode("gbk")


def test_a_unread_file_stops_only_the_notices_that_depend_on_it(shipped: Path) -> None:
    """jtj's file saved as GBK: 县环保局's notice owes nothing to jtj's
    entries and is written as usual; jtj's own, and --all, would list what
    may be done or miss what is overdue: none is written (exit 2), the file
    named with its own fix."""
    from conftest import REPO

    args = ("notice", "--as-of", "2018-10-14")
    clean = zwgk(REPO, *args, "--unit", "hbj")
    (shipped / "data/progress/2018").mkdir(parents=True, exist_ok=True)
    (shipped / "data/progress/2018/jtj.yaml").write_bytes(GBK_JTJ)
    other = zwgk(shipped, *args, "--unit", "hbj")
    assert other.exit_code == 0 and other.stdout == clean.stdout and clean.stdout
    assert "data/progress/2018/jtj.yaml" in other.stderr
    assert "县教体局的进展记录没有全部读出；以下所列义务都不取决于这些记录" in other.stderr
    for unit in (["--unit", "县教体局"], ["--all"]):
        run = zwgk(shipped, *args, *unit)
        assert run.exit_code == 2 and run.stdout == "", unit
        assert "县教体局的催办通知取决于读不出来的进展记录" in run.stderr, unit
        assert "无法继续。文件是 GBK" in run.stderr
        assert "zwgk fix-encoding data/progress/2018/jtj.yaml" in run.stderr
