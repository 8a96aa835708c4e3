"""The YAML gateway: positions, YAML 1.2 booleans, impossible dates, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import REPO
from zwgk.ledger.yamlio import Mapping, NoAppend, Sequence, YamlSyntaxError, load, parse


def test_positions_of_values_keys_and_items() -> None:
    data, problems = parse("a: 1\nlist:\n  - x\n  - {b: 2}\n", "f.yaml")
    assert problems == []
    assert isinstance(data, Mapping)
    assert data.pos("a") == (1, 4)
    assert data.key_pos["list"] == (2, 1)
    items = data["list"]
    assert isinstance(items, Sequence)
    assert items.pos(0) == (3, 5)
    assert items[1].line == 4 and items[1].pos("b") == (4, 9)


def test_no_and_on_are_strings_true_and_false_are_booleans() -> None:
    data, _ = parse("no: 一\non: '07-31'\nx: yes\ny: true\nz: False\n", "f.yaml")
    assert data == {"no": "一", "on": "07-31", "x": "yes", "y": True, "z": False}


def test_dates_and_impossible_dates() -> None:
    data, _ = parse("a: 2018-07-31\nb: 2018-02-30\n", "f.yaml")
    assert data["a"] == dt.date(2018, 7, 31)
    assert data["b"] == "2018-02-30"  # kept as text; the schema reports it


def test_duplicate_keys_are_reported_with_their_line() -> None:
    _, problems = parse("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert [(p.line, p.col, p.code) for p in problems] == [(3, 1, "duplicate-key")]


def test_syntax_error_has_the_parsers_position() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        parse("a: 1\nb: [1, 2\nc: 3\n", "data/tasks.yaml")
    assert info.value.path == "data/tasks.yaml"
    assert info.value.line == 3


def test_python_tags_are_refused() -> None:
    with pytest.raises(YamlSyntaxError) as info:
        parse("a: !!python/object/apply:os.system ['echo hi']\n", "f.yaml")
    assert info.value.line == 1


def test_invalid_utf8_names_line(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"a: 1\nb: \xff\xfe\n")
    with pytest.raises(YamlSyntaxError) as info:
        load(path, "x.yaml")
    assert (info.value.line, info.value.col) == (2, 4)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("\ufeffa: 县教体局\n".encode())
    data, _ = load(path, "x.yaml")
    assert data == {"a": "县教体局"}


def test_nothing_else_imports_yaml() -> None:
    yamlio = REPO / "zwgk" / "ledger" / "yamlio.py"
    offenders = [
        p.relative_to(REPO).as_posix()
        for p in (REPO / "zwgk").rglob("*.py")
        if p != yamlio and "import yaml" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
    assert "yaml.load(" not in yamlio.read_text(encoding="utf-8")


ITEM = "- req: '1.1'\n  note: 新\n"


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("", ITEM),
        ("- a\n...\n# end\n", "- a\n" + ITEM + "...\n# end\n"),
        ("- a", "- a\n" + ITEM),
        ("- a\r\n", "- a\r\n" + ITEM.replace("\n", "\r\n")),
        ("- a\r- b\r", "- a\r- b\r" + ITEM.replace("\n", "\r")),
        ("  - a\n", "  - a\n  - req: '1.1'\n    note: 新\n"),
        ("--- [ ]  # none\n", "---   # none\n" + ITEM),
        ("[a]\n", NoAppend("shape")),
        ("a: 1\n", NoAppend("shape")),
        ("'- a'\n", NoAppend("shape")),
        # a block at the end with no final line break (Notepad): the line break
        # the append adds would join the block, so the header strips it
        ("- note: |\n    a", "- note: |-\n    a\n" + ITEM),
        (
            "- note: |\r\n    a\r\n- note: |\r\n    b",
            "- note: |\r\n    a\r\n- note: |-\r\n    b\r\n" + ITEM.replace("\n", "\r\n"),
        ),
        ("- note: >+ # 说明\n    a\n    b", "- note: >- # 说明\n    a\n    b\n" + ITEM),
        ("- note: |2\n      a", "- note: |2-\n      a\n" + ITEM),
        ("- note: |\n    a\n# end", "- note: |\n    a\n# end\n" + ITEM),  # not the block's
        # kept trailing spaces: no header says the old note as it was
        ("- note: |+\n    a\n  ", NoAppend("old-changes")),
    ],
)
def test_appended_item_keeps_the_text_and_reads_back(text: str, result: str | NoAppend) -> None:
    from zwgk.ledger.yamlio import appended_item

    assert appended_item(text, ITEM, "f.yaml") == result


def test_appended_item_refuses_what_does_not_parse() -> None:
    from zwgk.ledger.yamlio import appended_item

    with pytest.raises(YamlSyntaxError):
        appended_item("- [\n", ITEM, "f.yaml")


@pytest.mark.parametrize(
    "number",
    ["1" * 5000, "0x" + "f" * 5000, "0b" + "1" * 200, "1:" + "59:" * 300 + "1"],
    ids=["decimal", "hex", "binary", "base-60"],
)
def test_a_number_too_long_to_hold_is_a_syntax_error_at_its_line(number: str) -> None:
    # Python refuses to convert more than 4,300 digits (a ValueError), and a
    # short hex or base-60 text can hold a value no message can print.
    with pytest.raises(YamlSyntaxError) as caught:
        parse(f"- req: '1.1'\n  note: {number}\n", "p.yaml")
    assert (caught.value.line, caught.value.col) == (2, 9)
    assert "100" in caught.value.message


def test_the_fast_path_leaves_a_long_number_to_the_parser() -> None:
    from zwgk.ledger.yamlio import fast_entries

    text = '- req: "1.1"\n  note: ' + "1" * 5000 + "\n"
    assert fast_entries(text) is None
    assert fast_entries('- req: "1.1"\n  note: ' + "1" * 18 + "\n") == [
        (1, {"req": "1.1", "note": int("1" * 18)})
    ]
