"""Entries are stored lean (a province's ledger holds a million): the fields
most leave out share one slot, and equal days and line numbers are one object
each, on every path — parsed fast, parsed carefully, or read from the cache —
while an entry still reads, compares and copies as the dataclass it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from zwgk.ledger.cache import pack_entries, unpack_entries
from zwgk.ledger.load import load_ledger
from zwgk.ledger.yamlio import fast_entries
from zwgk.model.plan import Entry

FIELDS = ["req", "date", "status", "unit", "path", "line", "period", "note", "evidence", "event",
          "from_date", "to_date", "until", "approved_by", "by", "pii_ok"]  # fmt: skip
DAY = dt.date(2018, 10, 9)


def full(**changes: object) -> Entry:
    """An entry with every field given."""
    fields: dict[str, object] = dict(
        req="1.1", date=DAY, status="extend", unit="jtj", path="data/progress/2018/jtj.yaml",
        line=300, period="2018", note="因故延期", evidence=("https://a.gov.cn/1",),
        event="文件公布", from_date=dt.date(2018, 10, 1), to_date=dt.date(2018, 10, 5),
        until=dt.date(2018, 11, 1), approved_by="县政务公开办", by="张三", pii_ok="公开电话",
    )  # fmt: skip
    fields.update(changes)
    return Entry(**fields)  # type: ignore[arg-type]


def test_an_entry_reads_compares_and_copies_as_the_dataclass_it_was() -> None:
    entry = full()
    assert [f.name for f in dataclasses.fields(Entry)] == FIELDS
    assert repr(entry).startswith(
        "Entry(req='1.1', date=datetime.date(2018, 10, 9), status='extend', unit='jtj', "
    )
    assert repr(entry).endswith("approved_by='县政务公开办', by='张三', pii_ok='公开电话')")
    assert entry == full() and entry != full(until=dt.date(2018, 11, 2))
    moved = dataclasses.replace(entry, path="REV:data/progress/2018/jtj.yaml")
    assert moved.until == entry.until and moved.pii_ok == "公开电话" and moved.path != entry.path
    with pytest.raises(TypeError):
        hash(entry)  # mutable, compared by value: unhashable, as before


def test_the_fields_most_entries_leave_out_share_one_slot() -> None:
    plain = Entry(req="1.1", date=DAY, status="done", unit="jtj", path="p.yaml", line=3)
    assert plain.extras is None and plain.until is None and plain.evidence == ()
    for evidence in [(), ("https://a.gov.cn/1",), ("https://a.gov.cn/1", "https://a.gov.cn/2")]:
        assert full(evidence=evidence).evidence == evidence
        assert full(evidence=evidence) == full(evidence=evidence)
    assert full(evidence=("a",)) != full(evidence=("a", "b")) != full(evidence=())
    assert full().extras == ("文件公布", dt.date(2018, 10, 1), dt.date(2018, 10, 5),
                             dt.date(2018, 11, 1), "县政务公开办", "张三", "公开电话")  # fmt: skip
    plain.pii_ok = "公开电话"  # settable, as a dataclass field is
    assert plain.pii_ok == "公开电话" and plain.extras is not None
    plain.pii_ok = None
    assert plain.extras is None
    assert plain == Entry(req="1.1", date=DAY, status="done", unit="jtj", path="p.yaml", line=3)


def test_every_field_round_trips_through_the_cache_columns() -> None:
    path, unit = "data/progress/2018/jtj.yaml", "jtj"
    entries = [
        full(),
        full(line=301, event=None, from_date=None, to_date=None, approved_by=None, by=None,
             pii_ok=None),  # only `until`
        Entry(req="2.1", date=DAY, status="done", unit=unit, path=path, line=302),
        full(line=303, until=None, period=None, note=None, evidence=()),
        full(line=304, evidence=("https://a.gov.cn/1", "https://a.gov.cn/2")),
    ]  # fmt: skip
    back = unpack_entries(pack_entries(entries), path, unit)
    assert back == entries
    assert [e.extras for e in back] == [e.extras for e in entries]
    assert back[2].extras is None
    assert unpack_entries(pack_entries([]), path, unit) == []


def _progress(year: int, count: int, careful: bool) -> str:
    """`count` entries of three lines, the same days and lines in every file;
    `careful`: a first entry the fast reader refuses (a flow mapping)."""
    lines = ["# 进展"]
    if careful:
        lines.append(f'- {{req: "1.1", date: {year}-10-08, status: progress}}')
    for i in range(count):
        lines += ['- req: "1.1"', f"  date: {year}-10-{1 + i % 9:02d}", "  status: done"]
    lines += ['- req: "1.1"', f"  date: {year}-10-02", "  status: extend",
              f"  until: {year}-11-01", "  approved_by: 县政务公开办"]  # fmt: skip
    return "\n".join(lines) + "\n"


@pytest.fixture
def ledger(mini: Callable[..., Path]) -> Path:
    """Two units over two years, each file reaching line 300 and more; hbj's
    files go the careful way, jtj's the fast."""
    progress = {
        f"{year}/{unit}.yaml": _progress(year, 110, careful=unit == "hbj")
        for year in (2018, 2019)
        for unit in ("jtj", "hbj")
    }
    assert fast_entries(progress["2018/jtj.yaml"]) is not None
    assert fast_entries(progress["2018/hbj.yaml"]) is None
    return mini(progress=progress)


def _assert_shared(entries: list[Entry]) -> None:
    """Equal days are one date object, equal line numbers one int object."""
    for values in (
        [e.date for e in entries],
        [e.until for e in entries if e.until is not None],
        [e.line for e in entries],
    ):
        assert len({id(v) for v in values}) == len(set(values)), values[:3]


def test_days_and_line_numbers_are_shared_on_every_path(
    ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZWGK_NO_CACHE", "1")
    cold = load_ledger(ledger).entries
    monkeypatch.delenv("ZWGK_NO_CACHE")
    first = load_ledger(ledger).entries  # parses, fills the cache
    warm = load_ledger(ledger).entries  # from the cache only
    assert len(cold) == 4 * 111 + 2 and max(e.line for e in cold) > 300
    assert cold == first == warm
    assert [e.extras for e in cold] == [e.extras for e in warm]
    for entries in (cold, warm):
        _assert_shared(entries)


def test_each_rare_field_reads_and_writes_its_own_place() -> None:
    """The seven share one slot: each must read back what was set on it,
    and only it (a field at another's index would read the other's value)."""
    import datetime as dt

    from zwgk.model.plan import EXTRAS

    values = {"event": "文件公布", "from_date": dt.date(2018, 7, 1),
              "to_date": dt.date(2018, 7, 11), "until": dt.date(2019, 1, 15),
              "approved_by": "县政务公开办", "by": "张三", "pii_ok": "已核实"}  # fmt: skip
    assert set(values) == set(EXTRAS)
    for name, value in values.items():
        entry = Entry(req="1.1", date=dt.date(2018, 7, 1), status="done", unit="jtj",
                      path="p.yaml", line=1)  # fmt: skip
        setattr(entry, name, value)
        assert [getattr(entry, other) for other in EXTRAS] == [
            value if other == name else None for other in EXTRAS
        ]
        setattr(entry, name, None)
        assert entry.extras is None
    whole = Entry(req="1.1", date=dt.date(2018, 7, 1), status="done", unit="jtj", path="p.yaml",
                  line=1, event="文件公布", from_date=dt.date(2018, 7, 1),
                  to_date=dt.date(2018, 7, 11), until=dt.date(2019, 1, 15),
                  approved_by="县政务公开办", by="张三", pii_ok="已核实")  # fmt: skip
    assert {name: getattr(whole, name) for name in EXTRAS} == values  # as the constructor put them
