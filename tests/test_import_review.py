"""The review report of `zwgk import` (issue 15, Build 7): per draft, the
counts a clerk checks (parts, tasks, requirements, units known and new, groups
meaning each member and vague ones, deadline rules) and every cell not
understood, under the row it came from, in text (both languages) and json."""

from __future__ import annotations

import json
from pathlib import Path

from test_import_layouts import _xlsx

from conftest import write, zwgk

UNITS = """units:
  - {id: czj, name: 区财政局, kind: department}
  - {id: sjj, name: 区审计局, kind: department}
groups: []
"""


def _table(tmp: Path) -> Path:
    # No title above the header: the whole table gets a note (row 0).
    return _xlsx(tmp / "区表.xlsx", [
        ["序号", "工作任务", "工作要求", "牵头单位", "责任单位", "完成时限"],
        ["一、推进财政信息公开"],
        [1, "推进预算公开", "公开部门预算。", "区财政局", "区审计局、区档案馆", "9月底前"],
        [2, "推进政策解读", "解读重要政策。", "各街道办事处", "区直有关单位", "及时"],
        [3, "推进办事公开", "公开办事指南。", "区财政局", None, "按月"],
    ], ["A2:F2"])  # fmt: skip


def _run(tmp: Path, *args: str, lang: str = "zh") -> tuple[str, Path]:
    units = write(tmp, "units.yaml", UNITS)
    draft = tmp / "draft"
    run = zwgk(None, "--lang", lang, "import", str(_table(tmp)), "-o", str(draft),
               "--units", str(units), "--year", "2021", "--force", *args)  # fmt: skip
    assert run.exit_code == 0, run.output
    return run.stdout, draft


def test_the_report_counts_units_and_groups_and_lists_notes_by_row(tmp_path: Path) -> None:
    out, _ = _run(tmp_path)
    lines = out.splitlines()
    assert "1 个部分、3 项任务、3 条要求、2 条期限规则" in lines[0]
    assert lines[1] == "责任单位：2 个已有单位，新增 1 个待核对"
    assert lines[2] == "单位组：2 个（各成员分别负责 1 个，泛指 1 个），新增 2 个待核对"
    head = lines.index("需要核对的 4 处，在 3 行：")
    rows = [
        line for line in lines[head + 1 :] if line.startswith("  ") and not line.startswith("    ")
    ]
    assert rows == ["  整表：", "  第 3 行：", "  第 4 行："]
    row4 = lines[lines.index("  第 4 行：") + 1 :]
    assert row4[0].startswith("    ") and "各街道办事处" in row4[0]
    assert row4[1].startswith("    ") and "区直有关单位" in row4[1]
    assert not row4[2].startswith("    ")


def test_the_report_in_english_and_json(tmp_path: Path) -> None:
    out, _ = _run(tmp_path, lang="en")
    assert "Units: 2 known, 1 new to review" in out
    assert "Groups: 2 (1 meaning each member, 1 vague), 2 new to review" in out
    assert "Notes to review: 4; rows with notes: 3" in out
    assert "  table:\n" in out and "  row 3:\n" in out
    report = json.loads(_run(tmp_path, "--format", "json")[0])
    assert (report["parts"], report["tasks"], report["requirements"], report["rules"]) == (
        1, 3, 3, 2,
    )  # fmt: skip
    assert report["units"] == {"known": 2, "new": 1}
    assert report["groups"] == {"total": 2, "each": 1, "vague": 1, "new": 2}
    assert [(r["row"], len(r["notes"])) for r in report["rows"]] == [(0, 1), (3, 1), (4, 2)]
    assert sum(len(r["notes"]) for r in report["rows"]) == len(report["notes"])


def test_the_report_as_markdown_for_the_office(tmp_path: Path) -> None:
    out, _ = _run(tmp_path, "--report", str(tmp_path / "核对.md"))
    assert f"已写入核对报告：{(tmp_path / '核对.md').as_posix()}" in out
    text = (tmp_path / "核对.md").read_text("utf-8")
    assert text.startswith("# 导入核对报告：2021年政务公开工作任务分解表\n\n- 已读取 ")
    assert "- 单位组：2 个（各成员分别负责 1 个，泛指 1 个），新增 2 个待核对\n" in text
    assert "## 需要核对的 4 处，在 3 行：\n\n### 整表\n\n- 表格没有标题行" in text
    part = text.split("### 第 4 行\n\n", 1)[1].splitlines()
    assert part[0].startswith("- “各街道办事处”") and part[1].startswith("- “区直有关单位”")


def test_the_report_is_never_written_into_data(shipped: Path) -> None:
    units = shipped / "data" / "units.yaml"
    table = _table(shipped)
    draft = shipped / "draft"
    for target in (shipped / "data" / "r.md", draft / "data" / "r.md"):
        run = zwgk(shipped, "import", str(table), "-o", str(draft), "--units", str(units),
                   "--year", "2021", "--report", str(target))  # fmt: skip
        assert run.exit_code == 2, run.output
        assert "输出文件不能写在那里" in run.output
        assert not target.exists() and not (draft / "data" / "tasks.yaml").exists()
