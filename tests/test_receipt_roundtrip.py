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
    out = root.parent / "回执"
    run = zwgk(root, "notice", "--unit", "县教体局", "--format", "xlsx", "-o", str(out),
               "--as-of", AS_OF)  # fmt: skip
    assert run.exit_code == 0, run.output
    (path,) = out.glob("*.xlsx")
    return path


def _fill(path: Path, answers: dict[str, dict[str, Any]]) -> None:
    """Fill the rows of `answers` (by requirement id) as a unit does in WPS:
    a text date, and an empty row inserted among the rows."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet: Any = book.worksheets[0]
    top = next(r for r in sheet.iter_rows() if any(c.value == "zwgk-key" for c in r))[0].row
    column: dict[str, int] = {key: i for i, (key, _, _) in enumerate(COLUMNS, 1)}
    for row in range(top + 1, sheet.max_row + 1):
        key = sheet.cell(row=row, column=column["key"]).value
        parsed = read_key(key) if isinstance(key, str) else None
        if parsed is None or parsed[0] not in answers:
            continue
        for name, value in answers[parsed[0]].items():
            sheet.cell(row=row, column=column[name]).value = value
    sheet.insert_rows(top + 2)  # an empty row after the first obligation
    book.save(path)


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
    })  # fmt: skip

    first = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF)
    assert first.exit_code == 0, first.output
    assert "待审批" in first.output  # 69.1 waits for the office
    after = _status(shipped)
    assert after[("21.1", "2018")] == "late"  # done 2018-10-12, due 2018-07-31
    assert after[("69.1", "2018-12-31")] == "open"  # a request is not an exemption
    written = (shipped / JTJ).read_text("utf-8")
    assert "2018-10-12" in written and "推进中" not in written
    assert "status: progress" in written and "status: exempt" not in written

    approved = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF,
                    "--approved-by", "县政府办公室")  # fmt: skip
    assert approved.exit_code == 0, approved.output
    assert _status(shipped)[("69.1", "2018-12-31")] == "exempt"
    text = (shipped / JTJ).read_text("utf-8")
    assert text.count("req: '21.1'") == written.count("req: '21.1'")  # not twice
    assert "approved_by: 县政府办公室" in text

    again = zwgk(shipped, "collect", str(path), "--yes", "--as-of", AS_OF,
                 "--approved-by", "县政府办公室")  # fmt: skip
    assert again.exit_code == 0, again.output
    assert (shipped / JTJ).read_text("utf-8") == text
    assert zwgk(shipped, "validate", "--as-of", AS_OF).exit_code == 0
