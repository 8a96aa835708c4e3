"""Progress files: the fast path reads exactly what the full parser reads."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import count_calls
from zwgk.ledger.load import DiskFiles, read_progress
from zwgk.ledger.progress import fast_read, read_entries
from zwgk.ledger.yamlio import YamlSyntaxError, dump_entry, fast_entries, flow_value, parse

PATH, UNIT = "data/progress/2018/jtj.yaml", "jtj"


def careful(text: str) -> tuple[list[object], int] | None:
    """What the full parser makes of a file: entries and how many findings."""
    try:
        data, problems = parse(text, PATH)
    except YamlSyntaxError:
        return None
    entries, findings = read_entries(data, PATH, UNIT)
    return list(entries), len(problems) + len(findings)


def quick(text: str) -> list[object] | None:
    found = fast_read(text, PATH, UNIT)
    return None if found is None else list(found)


def agree(text: str) -> None:
    """Wherever the fast path answers, it says what the careful one says, and
    only for files the careful one reads without a finding."""
    fast = quick(text)
    if fast is None:
        return
    slow = careful(text)
    assert slow is not None, text
    assert slow == (fast, 0), text


DATES = st.dates(dt.date(2017, 1, 1), dt.date(2023, 12, 31))
TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["已公开", "2018年已公开", "3月", "true", "no", "~", "null", "21.10", "1e3",
                     "0x1F", "12:30", "a: b", "a #b", "#c", "'q'", '"d"', "- x", "*x", "&y",
                     "!tag", "%", "@", "`", "1_000", "2018-02-30", "2018-07-20", ".5", "+1",
                     "-1", "｜全角", "x\u2028y", "tab\there", " lead", "trail ", ""]),
)  # fmt: skip
ENTRY = st.fixed_dictionaries(
    {"req": st.sampled_from(["21.1", "1.1", "21.10"]), "date": DATES,
     "status": st.sampled_from(["done", "progress", "event", "extend", "exempt", "blocked"])},
    optional={"period": st.one_of(st.sampled_from(["2018", "2018-07", "2018-Q3"]), DATES),
              "note": TEXTS, "evidence": st.lists(TEXTS, max_size=3), "event": TEXTS,
              "from": DATES, "to": DATES, "until": DATES, "approved_by": TEXTS,
              "by": TEXTS, "pii_ok": TEXTS},
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(ENTRY, max_size=5))
def test_files_written_by_record_read_the_same_both_ways(entries: list[dict[str, object]]) -> None:
    agree("".join(dump_entry(e) for e in entries))


@settings(max_examples=150, deadline=None)
@given(st.lists(ENTRY, min_size=1, max_size=4))
def test_a_file_saved_with_windows_line_ends_reads_as_the_same_file(
    entries: list[dict[str, object]],
) -> None:
    text = "".join(dump_entry(e) for e in entries)
    windows = text.replace("\n", "\r\n")
    agree(windows)
    assert quick(windows) == quick(text)


def test_windows_line_ends_take_the_fast_path_and_a_lone_cr_does_not() -> None:
    text = "- req: '21.1'\n  date: 2018-07-20\n  status: done\n  note: |\n    公开\n    归档\n"
    windows = text.replace("\n", "\r\n")
    assert quick(windows) is not None
    assert quick(windows) == quick(text)
    assert fast_entries(text.replace("\n", "\r", 1)) is None


def test_what_record_writes_takes_the_fast_path() -> None:
    typical = [
        {"req": "21.1", "date": dt.date(2018, 7, 20), "status": "done",
         "note": "已在县政府门户网站公开2018年招生信息", "evidence": ["https://a.gov.cn/1.html"]},
        {"req": "23.1", "date": dt.date(2018, 8, 2), "status": "done", "period": "2018-07",
         "note": "3月数据已补发"},
        {"req": "28.1", "date": dt.date(2018, 9, 28), "status": "event", "event": "文件公布"},
        {"req": "4.1", "date": dt.date(2018, 5, 11), "status": "done",
         "from": dt.date(2018, 5, 1), "to": dt.date(2018, 5, 11)},
        {"req": "48.1", "date": dt.date(2018, 11, 20), "status": "extend",
         "until": dt.date(2019, 1, 31), "approved_by": "县政府办公室"},
    ]  # fmt: skip
    text = "".join(dump_entry(e) for e in typical)
    fast = quick(text)
    assert fast is not None and careful(text) == (fast, 0)


LINES = st.sampled_from([
    "- req: '1.1'", "- req: \"1.1\"", "- req: 1.1", "- req: 1.10", "  date: 2018-07-20",
    "  date: '2018-07-20'", "  date: 2018-02-30", "  status: done", "  status: event",
    "  status: Done", "  event: 文件公布", "  note: 已公开", "  note: a # comment",
    "  note: 'it''s'", "  note: \"q\\\"x\"", "  note:", "  evidence:", "  - https://a.cn/1",
    "    - https://a.cn/2", "  evidence: [a, b]", "  period: 2018", "  period: '2018-07'",
    "  period: 2018-09-28", "  unit: jtj", "  unit: hbj", "  colour: red", "# 注释",
    "  # 缩进的注释", "", "   ", "-", "- ", "---", "  from: 2018-07-01", "  to: 2018-07-10",
    "  note: yes", "  note: ~", "  by: 张三", "  note: |", "    多行", "\tdate: x",
    "  note: &a x", "  note: *a", "  note: !!str 5", "  status: done  ",
    # the shapes clerks write besides: flow lists, quotes with escapes,
    # comments after values, `|` and `>` blocks
    "  evidence: [https://a.cn/1]", "  evidence: [a, 'b', \"c\"]", "  evidence: []",
    "  evidence: [a,]", "  evidence: [a: b]", "  evidence: [a:]", "  evidence: [a, [b]]",
    "  evidence: ['a, b']", "  evidence: [~, null]", "  evidence: [1, true]",
    "  evidence: [a] # 链接", "  evidence: [a]x", "  evidence:  # 链接", "  evidence: [",
    "  status: done  # 已核实", "  status: done #x", "  note: 'a' # b", "  note: 'a' b",
    "  note: \"a\\nb\"", "  note: \"a\\tb\"", "  note: \"\\u4e2d\\x41\\/\"",
    "  note: \"\\e\\0\\N\"", "  note: \"\\x01\"", "  note: \"\\ud800\"",
    "  note: \"a\" # c", "  note: \"a\\\"", "  note: |-", "  note: |+", "  note: >",
    "  note: >-", "  note: |2", "  note: | # c", "      更深", "     五格", "   三格",
    "    - 四格项", "  note:   ", "  evidence:   ", "  -   三格后的项", "    -  x",
])  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(LINES, max_size=14))
def test_arbitrary_lines_never_disagree(lines: list[str]) -> None:
    agree("\n".join(lines) + "\n")


def test_a_key_with_only_spaces_after_it_reads_as_empty() -> None:
    """`note:` followed by spaces (an editor that keeps them) is null, as the
    loader reads it; the fast reader once failed on it (IndexError)."""
    text = "- req: '1.1'\n  date: 2018-07-20\n  status: done\n  note:   \n"
    fast = quick(text)
    assert fast is not None and fast[0].note is None  # type: ignore[attr-defined]
    agree(text)


def test_the_plain_shape_takes_the_fast_path() -> None:
    text = (
        "# 县教体局 2018\n- req: '21.1'\n  date: 2018-07-20\n  status: done\n"
        "  note: 已在门户网站公开\n  evidence:\n  - https://www.huantai.gov.cn/a.html\n"
        '\n- req: "28.1"\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n'
    )
    fast = quick(text)
    assert fast is not None and careful(text) == (fast, 0)
    assert [e.line for e in fast] == [2, 9]  # type: ignore[attr-defined]


def test_anything_unusual_takes_the_careful_path(tmp_path: Path) -> None:
    head = "- req: '1.1'\n  date: 2018-07-20\n  status: done\n"
    for text in ("- {req: '1.1', date: 2018-07-20, status: done}\n",
                 head + "  note: &a x\n", head + "  note: !!str 5\n",
                 head + "  note: \"two\n    lines\"\n", head + "  note: |\n    x"):  # fmt: skip
        assert quick(text) is None
    # A file with a finding is read the careful way, findings and all.
    path = tmp_path / PATH
    path.parent.mkdir(parents=True)
    path.write_text("- req: 1.10\n  date: 2018-07-20\n  status: done\n", "utf-8")
    entries, findings = read_progress(DiskFiles(tmp_path), PATH)
    assert entries == [] and [f.code for f in findings] == ["non-string-id"]


def styled(entry: dict[str, object], styles: list[int]) -> str:
    """One entry written as clerks write it, each value in a chosen style:
    quoted either way, a `|` or `>` block, a comment after it, a list in flow
    style or as a block list indented by two or four."""
    out = []
    for n, (key, value) in enumerate(entry.items()):
        style = styles[n % len(styles)]
        lead = "- " if n == 0 else "  "
        if isinstance(value, list):
            items = [flow_value(v) for v in value]
            if style % 3 == 0:
                out.append(f"{lead}{key}: [{', '.join(items)}]" + ("  # 链接" if style % 2 else ""))
            else:
                pad = "  " if style % 3 == 1 else "    "
                out.append(f"{lead}{key}:" + "".join(f"\n{pad}- {i}" for i in items))
            continue
        text = flow_value(value)
        if isinstance(value, str) and style == 1:
            text = json.dumps(value, ensure_ascii=style % 2 == 0)
        elif isinstance(value, str) and style == 2:
            text = "'" + value.replace("'", "''") + "'"
        elif isinstance(value, str) and style in (3, 4) and value.strip() == value and value:
            block = "".join(f"\n    {line}" for line in value.split("\n"))
            text = ("|-" if style == 3 else ">-") + block
        elif style == 5:
            text += "  # 已核实"
        out.append(f"{lead}{key}: {text}")
    return "\n".join(out) + "\n"


NOTES = st.one_of(TEXTS, st.sampled_from(["第一行\n第二行", "a\n\nb", "引号\"和'撇", "反斜杠\\"]))
CLERK_ENTRY = st.fixed_dictionaries(
    {"req": st.sampled_from(["21.1", "1.1", "21.10"]), "date": DATES,
     "status": st.sampled_from(["done", "progress", "event", "extend", "exempt", "blocked"])},
    optional={"period": st.sampled_from(["2018", "2018-07", "2018-Q3"]), "note": NOTES,
              "evidence": st.lists(NOTES, max_size=3), "event": NOTES, "from": DATES,
              "approved_by": NOTES, "by": NOTES},
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(CLERK_ENTRY, st.lists(st.integers(0, 6), min_size=1, max_size=4)),
                max_size=4))  # fmt: skip
def test_the_shapes_clerks_write_read_the_same_both_ways(
    written: list[tuple[dict[str, object], list[int]]],
) -> None:
    agree("".join(styled(entry, styles) for entry, styles in written))


def test_the_shapes_clerks_write_take_the_fast_path() -> None:
    text = (
        "# 县教体局 2018\n"
        '- req: "21.1"\n  date: 2018-07-20\n  status: done  # 已核实\n'
        '  note: "已公开，见\\"政务公开\\"栏目"\n  evidence: [https://a.gov.cn/1.html]\n'
        "- req: '23.1'\n  date: 2018-08-02\n  status: progress\n  note: |\n"
        "    第一行\n    第二行\n  evidence:\n    - https://a.gov.cn/2.html\n"
        "\n- req: '28.1'  # 文件公布\n  date: 2018-09-28\n  status: event\n"
        "  event: 文件公布\n  note: >-\n    折叠的\n    一段话\n"
        "  evidence: ['https://a.gov.cn/3.html', https://a.gov.cn/4.html]\n"
    )
    fast = quick(text)
    assert fast is not None and careful(text) == (fast, 0)
    assert [(e.line, e.note, e.evidence) for e in fast] == [  # type: ignore[attr-defined]
        (2, '已公开，见"政务公开"栏目', ("https://a.gov.cn/1.html",)),
        (7, "第一行\n第二行\n", ("https://a.gov.cn/2.html",)),
        (16, "折叠的 一段话", ("https://a.gov.cn/3.html", "https://a.gov.cn/4.html")),
    ]


def test_a_clerks_file_is_not_handed_to_the_yaml_loader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flow lists, quotes, comments and blocks stay on the fast path: the
    loader is never called for them (and still is for a file with an anchor)."""
    import zwgk.ledger.yamlio as yamlio

    calls = count_calls(monkeypatch, yamlio, "parse", lambda text, path: path)
    path = tmp_path / PATH
    path.parent.mkdir(parents=True)
    text = "".join(
        styled({"req": "21.1", "date": dt.date(2018, 7, 1 + n), "status": "done",
                "note": "第一行\n第二行" if n in (1, 3, 4) else "已公开，'见'网站",
                "evidence": ["https://a.gov.cn/1.html"]}, [n])
        for n in range(7)
    )  # fmt: skip
    path.write_text(text, "utf-8")
    entries, findings = read_progress(DiskFiles(tmp_path), PATH)
    assert len(entries) == 7 and findings == [] and not calls
    path.write_text(text + "- req: '1.1'\n  date: 2018-07-20\n  status: done\n  note: &a x\n")
    entries, findings = read_progress(DiskFiles(tmp_path), PATH)
    assert len(entries) == 8 and findings == [] and calls == {PATH: 1}


RECORD_ORDER = ("req", "date", "status", "period", "event", "from", "to", "until", "note",
                "evidence", "approved_by", "by", "pii_ok")  # fmt: skip


def in_record_order(entry: dict[str, object]) -> dict[str, object]:
    """The entry's keys in the order `record` writes them (`entry_mapping`),
    the shape the fast reader matches whole (`yamlio._COMMON`)."""
    return {key: entry[key] for key in RECORD_ORDER if key in entry}


@settings(max_examples=300, deadline=None)
@given(st.lists(ENTRY, max_size=5))
def test_entries_in_records_order_read_the_same_both_ways(entries: list[dict[str, object]]) -> None:
    agree("".join(dump_entry(in_record_order(e)) for e in entries))


GAPS = ["", "\n", "# 注释\n", "\n# 注释\n\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(CLERK_ENTRY, st.lists(st.integers(0, 6), min_size=1, max_size=4)),
                max_size=4),
       st.lists(st.sampled_from(GAPS), min_size=5, max_size=5))  # fmt: skip
def test_clerks_shapes_in_records_order_read_the_same_both_ways(
    written: list[tuple[dict[str, object], list[int]]], gaps: list[str]
) -> None:
    agree("".join(gaps[n] + styled(in_record_order(e), s) for n, (e, s) in enumerate(written)))


def test_entries_in_records_order_are_read_whole_not_line_by_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What `record` writes, and the clerks' shapes in its order, are matched
    an entry at a time; the line scanner reads only what differs."""
    import zwgk.ledger.yamlio as yamlio

    scanned = count_calls(monkeypatch, yamlio, "_scan", lambda text, first, entries: text)
    text = "# 县教体局\n\n" + "".join(
        styled(in_record_order({"req": "21.1", "date": dt.date(2018, 7, 1 + n), "status": "done",
                                "note": "已公开", "evidence": ["https://a.gov.cn/1.html"]}), [n])
        for n in (0, 1, 2, 5, 6)
    ) + (
        "- req: '23.1'\n  date: 2018-08-02\n  status: progress\n  note: |\n    第一行\n"
        "    第二行\n  evidence:\n    - https://a.gov.cn/2.html\n\n"
        "- req: '1.1'\n  date: 2018-07-20\n  note: x\n  status: done\n"
    )  # fmt: skip
    fast = quick(text)
    assert fast is not None and careful(text) == (fast, 0) and len(fast) == 7
    assert fast[5].note == "第一行\n第二行\n"  # type: ignore[attr-defined]
    assert fast[0].line == 3  # type: ignore[attr-defined]
    # (with the empty line before it)
    assert scanned == {"\n- req: '1.1'\n  date: 2018-07-20\n  note: x\n  status: done\n": 1}


def test_a_list_item_with_more_spaces_after_its_dash_reads_as_the_loader_reads_it() -> None:
    text = "- req: '1.1'\n  date: 2018-07-20\n  status: done\n  evidence:\n  -   https://a.cn/1\n"
    fast = quick(text)
    assert fast is not None and fast[0].evidence == ("https://a.cn/1",)  # type: ignore[attr-defined]
    agree(text)


def test_the_fast_path_packs_columns_without_building_entries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker sends the cache's columns: built straight from the parsed
    fields, no entry made on the way; the entries built from them are the
    careful reader's."""
    from zwgk.ledger.cache import entries_of
    from zwgk.ledger.progress import fast_columns
    from zwgk.model.plan import Entry

    text = ('- req: "1.1"\n  date: 2018-10-08\n  status: done\n  evidence: [a]\n'
            "- req: '1.2'\n  date: 2018-10-09\n  status: extend\n  until: 2018-11-01\n"
            "  approved_by: 县政务公开办\n")  # fmt: skip
    built: list[object] = []
    real = Entry.__init__

    def counted(self: Entry, *args: object, **kwargs: object) -> None:
        built.append(self)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Entry, "__init__", counted)
    columns = fast_columns(text, UNIT)
    assert columns is not None and built == []
    assert careful(text) == (entries_of(columns, PATH, UNIT), 0)
