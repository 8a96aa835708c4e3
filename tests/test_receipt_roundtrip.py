"""The 回执 round trip (issue 16): `zwgk notice --format xlsx` writes a unit's
workbook, the unit fills it as Excel or WPS leave it, `zwgk collect` reads it
back into progress entries, and `zwgk status` shows them. Collecting the same
file again adds nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import zwgk
from zwgk.model.receipt import COLUMNS, read_key

AS_OF = "2018-10-14"
JTJ = "data/progress/2018/jtj.yaml"


def _send(root: Path) -> Path:
    """The workbook `notice` writes for 县教体局."""
    out = root.with_name(root.name + "-回执")
    run = zwgk(root, "notice", "--unit", "县教体局", "--format", "xlsx", "-o", str(out),
               "--as-of", AS_OF)  # fmt: skip
    assert run.exit_code == 0, run.output
    (path,) = out.glob("*.xlsx")
    return path


def _fill(path: Path, answers: dict[str, dict[str, Any]], drop: str) -> None:
    """Fill the rows of `answers` (by requirement id) as a unit does in WPS:
    a text date; then, the sheet unprotected (a protected sheet refuses an
    inserted row), the obligation rows sorted the other way round, the row of
    `drop` left out and an empty row after the first one."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet: Any = book.worksheets[0]
    top = next(r for r in sheet.iter_rows() if any(c.value == "zwgk-key" for c in r))[0].row
    column: dict[str, int] = {key: i for i, (key, _, _) in enumerate(COLUMNS, 1)}
    rows: dict[str, list[Any]] = {}
    for row in range(top + 1, sheet.max_row + 1):
        key = sheet.cell(row=row, column=column["key"]).value
        parsed = read_key(key) if isinstance(key, str) else None
        if parsed is None:
            continue
        for name, value in answers.get(parsed[0], {}).items():
            sheet.cell(row=row, column=column[name]).value = value
        rows[parsed[0]] = [sheet.cell(row=row, column=c).value for c in range(1, len(COLUMNS) + 1)]
    assert drop in rows and len(rows) > 2
    sheet.protection.sheet = False
    kept = [values for req, values in reversed(rows.items()) if req != drop]
    empty: list[Any] = [None] * len(COLUMNS)
    # as many rows as before: the first kept one, an empty row, the others
    for offset, values in enumerate([kept[0], empty, *kept[1:]], 1):
        for c, value in enumerate(values, 1):
            sheet.cell(row=top + offset, column=c).value = value
    book.save(path)


def _statuses(root: Path) -> dict[str, list[str]]:
    """The status codes written to 县教体局's file, by requirement."""
    import yaml

    out: dict[str, list[str]] = {}
    for entry in yaml.safe_load((root / JTJ).read_text("utf-8")):
        out.setdefault(str(entry["req"]), []).append(entry["status"])
    return out


def _status(root: Path) -> dict[tuple[str, str | None], str]:
    run = zwgk(root, "status", "--unit", "jtj", "--format", "json", "--as-of", AS_OF)
    assert run.exit_code == 0, run.output
    return {(i["req"], i["period"]): i["status"] for i in json.loads(run.stdout)["items"]}


def test_notice_xlsx_filled_collected_and_collected_again(shipped: Path) -> None:
    before = _status(shipped)
    assert before[("21.1", "2018")] == "overdue"
    assert before[("69.1", "2018-12-31")] == "open"
    path = _send(shipped)
    _fill(path, {
        "21.1": {"answer": "已完成", "date": "2018.10.12",  # WPS keeps it as text
                 "evidence": "https://www.huantai.gov.cn/art/2018/10/12/art_1.html",
                 "note": "已在门户网站公开招生范围"},
        "48.1": {"answer": "推进中", "note": "正在梳理主动公开目录"},
        "69.1": {"answer": "申请不适用", "note": "本单位无此项宣传任务"},
    }, drop="12.1")  # fmt: skip

    first = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF)
    assert first.exit_code == 0, first.output
    assert "待审批" in first.output  # 69.1 waits for the office
    after = _status(shipped)
    assert after[("21.1", "2018")] == "late"  # done 2018-10-12, due 2018-07-31
    assert after[("69.1", "2018-12-31")] == "open"  # a request is not an exemption
    written = (shipped / JTJ).read_text("utf-8")
    assert "date: 2018-10-12" in written
    assert _statuses(shipped) == {"21.1": ["done"], "48.1": ["progress"]}

    approved = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF,
                    "--approved-by", "县政府办公室")  # fmt: skip
    assert approved.exit_code == 0, approved.output
    assert _status(shipped)[("69.1", "2018-12-31")] == "exempt"
    text = (shipped / JTJ).read_text("utf-8")
    assert _statuses(shipped) == {"21.1": ["done"], "48.1": ["progress"], "69.1": ["exempt"]}
    assert "approved_by: 县政府办公室" in text

    again = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF,
                 "--approved-by", "县政府办公室")  # fmt: skip
    assert again.exit_code == 0, again.output
    assert (shipped / JTJ).read_text("utf-8") == text
    assert zwgk(shipped, "validate", "--as-of", AS_OF).exit_code == 0


def test_a_formula_without_its_value_is_refused_as_such(shipped: Path) -> None:
    # openpyxl, as some tools, saves a formula without its result: read as
    # empty it would be "done, but no date"; the refusal says what it is.
    path = _send(shipped)
    _fill(path, {"21.1": {"answer": "已完成", "date": "=TODAY()"}}, drop="12.1")
    run = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF)
    assert run.exit_code == 1, run.output
    assert "“完成日期”列是公式，文件中没有保存它的值" in run.output
    assert "未填完成日期" not in run.output
    assert not (shipped / JTJ).exists()
