"""`zwgk export --format csv|xlsx|ics`: obligations for Excel and calendars."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import write, zwgk
from reportkit import AS_OF, build
from zwgk.outputs.sheets import FORMULA_START, csv_text, defuse


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return build(tmp_path / "ledger")


def csv_rows(root: Path, tmp_path: Path) -> list[list[str]]:
    out = tmp_path / "义务.csv"
    run = zwgk(root, "export", "--format", "csv", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_lists_every_obligation_with_its_status(ledger: Path, tmp_path: Path) -> None:
    rows = csv_rows(ledger, tmp_path)
    header, body = rows[0], rows[1:]
    assert header[:3] == ["任务", "要求", "部分"] and "状态代码" in header
    items = json.loads(zwgk(ledger, "status", "--as-of", AS_OF, "--format", "json").stdout)["items"]
    code = header.index("状态代码")
    assert [(r[1], r[4], r[6], r[code]) for r in body] == [
        (i["req"], i["unit"], i["period"] or "", i["status"]) for i in items
    ]


def test_xlsx_reopens_with_the_csv_rows(ledger: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "义务.xlsx"
    run = zwgk(ledger, "export", "--format", "xlsx", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.output
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
    got = [["" if v is None else (v.date().isoformat() if hasattr(v, "date") else str(v))
            for v in row] for row in sheet.iter_rows(values_only=True)]  # fmt: skip
    assert got == csv_rows(ledger, tmp_path)
    width = sheet.column_dimensions["N"].width  # the requirement text
    assert width is not None and 20 < width <= 82


def test_ics_has_one_event_per_dated_obligation(ledger: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "due.ics"
    assert (
        zwgk(ledger, "export", "--format", "ics", "--as-of", AS_OF, "-o", str(out)).exit_code == 0
    )
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    items = json.loads(zwgk(ledger, "status", "--as-of", AS_OF, "--format", "json").stdout)["items"]
    dated = [i for i in items if i["due"]]
    assert len(events) == len(dated)
    assert sorted(e.decoded("dtstart").isoformat() for e in events) == sorted(
        i["due"] for i in dated
    )
    assert len({str(e["uid"]) for e in events}) == len(events)
    first = next(e for e in events if "1.1" in str(e["summary"]) and "2018-01" in str(e["uid"]))
    assert str(first["summary"]) == "【已逾期】1.1 县教体局"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
     ("县教体局", "县教体局"), (3, 3), (None, None)],
)  # fmt: skip
def test_formula_injection_is_defused(value: object, expected: object) -> None:
    assert defuse(value) == expected


def test_the_csv_writer_defuses_every_cell_as_defuse_does() -> None:
    """csv_text writes the rule inline (a call per cell is a city export's
    tenth): it must say exactly what `defuse` says, for every formula start."""
    cells = [f"{start}x" for start in FORMULA_START] + ["县教体局", "'=已转义", "x=1", 3, None]
    back = next(csv.reader(io.StringIO(csv_text([cells], "\r\n"), newline="")))
    assert back == ["" if cell is None else str(defuse(cell)) for cell in cells]


def test_a_formula_in_a_unit_name_stays_text(ledger: Path, tmp_path: Path) -> None:
    text = (ledger / "data/units.yaml").read_text("utf-8").replace("县环保局", "=cmd|' /C calc'!A0")
    write(ledger, "data/units.yaml", text)
    rows = csv_rows(ledger, tmp_path)
    assert any(r[5] == "'=cmd|' /C calc'!A0" for r in rows)


def test_binary_formats_need_a_file(ledger: Path) -> None:
    run = zwgk(ledger, "export", "--format", "xlsx")
    assert run.exit_code == 2 and "-o" in run.stderr


def test_xlsx_keeps_formula_text_as_text(ledger: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    text = (ledger / "data/units.yaml").read_text("utf-8").replace("县环保局", "=1+1")
    write(ledger, "data/units.yaml", text)
    out = tmp_path / "x.xlsx"
    assert zwgk(ledger, "export", "-f", "xlsx", "--as-of", AS_OF, "-o", str(out)).exit_code == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    cells = [row[5] for row in sheet.iter_rows(min_row=2) if row[5].value == "=1+1"]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_two_rules_with_one_period_id_get_two_uids(ledger: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    tasks = (
        (ledger / "data/tasks.yaml")
        .read_text("utf-8")
        .replace(
            "due: [{every: month, basis: 按月}]",
            "due: [{every: year, basis: x}, {at_least: 2, per: year, basis: y}]",
        )
    )
    write(ledger, "data/tasks.yaml", tasks)
    out = tmp_path / "due.ics"
    assert zwgk(ledger, "export", "-f", "ics", "--as-of", AS_OF, "-o", str(out)).exit_code == 0
    uids = [str(e["uid"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert len(uids) == len(set(uids)) and sum("1.1-jtj-2018-" in u for u in uids) == 2


def test_control_characters_do_not_break_xlsx(ledger: Path, tmp_path: Path) -> None:
    tasks = (ledger / "data/tasks.yaml").read_text("utf-8")
    write(ledger, "data/tasks.yaml", tasks.replace("按月公开教育信息。", '"按月\\v公开"'))
    out = tmp_path / "x.xlsx"
    run = zwgk(ledger, "export", "-f", "xlsx", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.output


def test_status_csv_defuses_formulas_like_every_csv(ledger: Path) -> None:
    text = (ledger / "data/units.yaml").read_text("utf-8").replace("县环保局", "=cmd|' /C calc'!A0")
    write(ledger, "data/units.yaml", text)

    def status_csv(*by: str) -> list[dict[str, str]]:
        run = zwgk(ledger, "status", "--as-of", AS_OF, "-f", "csv", *by)
        return list(csv.DictReader(io.StringIO(run.stdout)))

    for rows in (status_csv(), status_csv("--by", "unit")):
        names = {r["unit"]: r["unit_name"] for r in rows}
        assert names["hbj"] == "'=cmd|' /C calc'!A0" and names["jtj"] == "县教体局"
    rows = status_csv()
    items = json.loads(zwgk(ledger, "status", "--as-of", AS_OF, "-f", "json").stdout)["items"]
    untouched = ("task", "req", "unit", "period", "due", "status", "completed", "last_entry")
    assert [[r[k] for k in untouched] for r in rows] == [
        ["" if i[k] is None else str(i[k]) for k in untouched] for i in items
    ]


@pytest.mark.parametrize(
    "title",
    ["测试县\\n政务\\rEND:VCALENDAR\\r\\nBEGIN:VTODO", "测试县\\rEND:VCALENDAR\\rBEGIN:VTODO"],
)
def test_line_breaks_in_titles_and_texts_stay_inside_their_ics_value(
    ledger: Path, tmp_path: Path, title: str
) -> None:
    from icalendar import Calendar

    tasks = (ledger / "data/tasks.yaml").read_text("utf-8")
    tasks = tasks.replace("title: 测试县政务公开任务分解表", f'title: "{title}"')
    tasks = tasks.replace("按月公开教育信息。", '"按月\\r公开\\u2028BEGIN:VEVENT\\x85X"')
    write(ledger, "data/tasks.yaml", tasks)  # fmt: skip
    out = tmp_path / "due.ics"
    run = zwgk(ledger, "export", "-f", "ics", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.output
    raw = out.read_bytes()
    lines = raw.split(b"\r\n")
    assert b"\r" not in b"".join(lines) and b"\n" not in b"".join(lines)
    assert not any(ln.startswith((b"END:VCALENDAR", b"BEGIN:VTODO")) for ln in lines[:-2])
    cal = Calendar.from_ical(raw)
    # An X- property reads back as written: the breaks escaped inside one value.
    assert r"\nEND:VCALENDAR\nBEGIN:VTODO" in str(cal["x-wr-calname"])
    events = list(cal.walk("VEVENT"))
    assert not list(cal.walk("VTODO"))
    assert "按月\n公开\nBEGIN:VEVENT\nX" in str(events[0]["description"])


def test_an_extension_to_the_last_day_is_an_ics_event(ledger: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    write(ledger, "data/progress/2018/shaohai.yaml", '- req: "2.1"\n  date: 2018-10-01\n'
          "  status: extend\n  until: 9999-12-31\n  approved_by: 县政府办公室\n")  # fmt: skip
    out = tmp_path / "due.ics"
    run = zwgk(ledger, "export", "-f", "ics", "--as-of", AS_OF, "-o", str(out))
    assert run.exit_code == 0, run.output
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    last = [e for e in events if "2.1-shaohai" in str(e["uid"])]
    assert len(last) == 1 and last[0].decoded("dtstart").isoformat() == "9999-12-31"
    assert "dtend" not in last[0]  # one all-day event (RFC 5545 3.6.1)
    assert all("dtend" in e for e in events if e is not last[0])


def test_the_export_words_a_standing_duty_as_the_status_screen(
    shipped: Path, tmp_path: Path
) -> None:
    """Issue 13: done on 2018-07-16, 1.1 (a standing duty) for 县发改局 was 已完成
    in the exported sheet, and one not reported on 持续推进: they say 有记录 /
    无记录; the status code column keeps the engine's code."""
    write(shipped, "data/progress/2018/fagai.yaml",
          '- req: "1.1"\n  date: 2018-07-16\n  status: done\n')  # fmt: skip
    out = tmp_path / "义务.csv"
    run = zwgk(shipped, "export", "--format", "csv", "--as-of", "2018-07-20", "-o", str(out))
    assert run.exit_code == 0, run.output
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    header = rows[0]
    req, unit, words, code = (header.index(h) for h in ("要求", "单位编号", "状态", "状态代码"))
    got = {r[unit]: (r[words], r[code]) for r in rows[1:] if r[req] == "1.1"}
    assert got["fagai"] == ("有记录", "done") and got["ngb"] == ("无记录", "ongoing")
