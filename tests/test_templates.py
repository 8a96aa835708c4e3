"""Template filters: what ledger text may do inside Markdown and HTML."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest

from conftest import count_calls, write, zwgk
from reportkit import AS_OF, WEEK, build
from zwgk.errors import ZwgkError
from zwgk.outputs import templates
from zwgk.outputs.templates import COMPILED, builtin_dir, compiled_modules, render
from zwgk.outputs.text import href, md, md_link, pct, short, signed


def test_md_escapes_table_and_markup_characters() -> None:
    assert md("a | b") == "a \\| b"
    assert md("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert md("第一行\n第二行") == "第一行 第二行"
    assert md("*粗* _斜_ [链接](x) `代码` # 标题") == (
        "\\*粗\\* \\_斜\\_ \\[链接\\](x) \\`代码\\` \\# 标题"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.huantai.gov.cn/a b.html", "https://www.huantai.gov.cn/a%20b.html"),
        ("evidence/2018/公示.pdf", "evidence/2018/%E5%85%AC%E7%A4%BA.pdf"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("//evil.example/x", None),
        ("../../../etc/passwd", None),
        ("evidence/../../outside.pdf", None),
        ("%2e%2e/%2e%2e/etc/passwd", None),
        ("..\\..\\windows\\win.ini", None),
    ],
)
def test_only_web_and_ledger_links_are_linked(value: str, expected: str | None) -> None:
    assert href(value) == expected


def test_md_makes_mentions_and_control_characters_inert() -> None:
    assert md("请 @all 和 @huantai/office 注意，抄送 a@b.cn") == (
        "请 ＠all 和 ＠huantai/office 注意，抄送 a＠b.cn"
    )
    # shown as escapes (whose backslash Markdown then escapes), never sent raw
    assert md("\x1b]0;x\x07红\x9b31m\u202e") == r"\\x1b\]0;x\\x07红\\x9b31m\\u202e"


def test_md_link_does_not_link_outside_the_ledger() -> None:
    assert md_link("../../../etc/passwd") == "../../../etc/passwd"
    assert md_link("evidence/../evidence/a.pdf") == (
        "[evidence/../evidence/a.pdf](evidence/../evidence/a.pdf)"  # stays inside: linked
    )


def test_md_link_cannot_break_out_of_its_cell() -> None:
    assert md_link("https://x.cn/a|b)c") == "[https://x.cn/a\\|b)c](https://x.cn/a%7Cb%29c)"
    assert md_link("javascript:alert(1)") == "javascript:alert(1)"


def test_numbers() -> None:
    assert [pct(None), pct(0.0), pct(0.6667), pct(1.0)] == ["-", "0%", "66.7%", "100%"]
    assert [signed(3), signed(0), signed(-2)] == ["+3", "±0", "−2"]
    assert short("一" * 50, 10) == "一" * 9 + "…" and short("短", 10) == "短"


def test_builtin_templates_exist() -> None:
    names = sorted(p.name for p in builtin_dir().glob("*.j2"))
    assert names == [
        "diff.md.j2", "notice.html.j2", "notice.md.j2", "report.html.j2", "report.md.j2",
        "rollup.html.j2",
    ]  # fmt: skip


def test_templates_read_only_data_whatever_the_context_holds(tmp_path: Path) -> None:
    """A value that leads to a path, a module or a function's insides gives the
    template nothing, even when zwgk itself passed it in."""
    secret = write(tmp_path, "secret.txt", "TOKEN-123\n")
    for body, value in (
        ("{{ x.read_text() }}", secret),
        ("{{ x.environ }}", os),
        ("{{ x.__code__ }}", render),
        ("{{ (x.parent / 'secret.txt').read_text() }}", tmp_path / "templates"),
    ):
        write(tmp_path, "templates/x.md.j2", "第一行\n" + body + "\n")
        with pytest.raises(ZwgkError) as caught:
            render("x.md.j2", tmp_path, x=value)
        assert (caught.value.path, caught.value.line, caught.value.exit_code) == (
            "templates/x.md.j2", 2, 2,
        ), body  # fmt: skip
        assert "TOKEN" not in caught.value.message
    # Plain data stays readable; an object of another library does not.
    write(tmp_path, "templates/x.md.j2", "{{ x.day.isoformat() }} {{ x.names[0].upper() }}\n")
    day = dt.date(2018, 1, 2)
    assert render("x.md.j2", tmp_path, x={"day": day, "names": ["a"]}) == "2018-01-02 A\n"
    with pytest.raises(ZwgkError):
        render("x.md.j2", tmp_path, x=SimpleNamespace(day=day, names=["a"]))


@pytest.mark.parametrize(
    ("allowed", "refused"),
    [
        ('"x"|center(10000)', '"x"|center(10001)'),
        ('"x"|indent(10000, true)', '"x"|indent(10001, true)'),
        ('"{:>10000}".format(1)', '"{:>10001}".format(1)'),
        ('"{:>{w}}".format(1, w=10000)', '"{:>{w}}".format(1, w=10001)'),
        ('"{x:.10000f}".format_map({"x": 1})', '"{x:.10001f}".format_map({"x": 1})'),
        ('"%10000s" % 1', '"%10001s" % 1'),
        ('"%(a)10000s" % {"a": 1}', '"%*s" % (3, 1)'),
        ('"%.10000f"|format(1)', '"%.10001f"|format(1)'),
        ('"x".rjust(10000)', '"x".zfill(10001)'),
        ('"ab" * 5000000', '"ab" * 5000001'),
        ("[0] * 10000000", "10000001 * [0]"),
        ('("x" * 10000).replace("x", "x" * 1000)', '("x" * 10000).replace("x", "x" * 1001)'),
        ('("x" * 10000)|replace("x", "x" * 1000)', '("x" * 10000)|replace("x", "x" * 1001)'),
        ('(["x" * 1000000] * 10)|join', '(["x" * 1000000] * 10)|join("-")'),
        ("[1]|slice(10000)|list", "[1]|slice(10001)|list"),
        ("[1]|batch(10000, 0)|list", "[1]|batch(10001, 0)|list"),
        ("2 ** 14000", "3 ** 30000000"),
        ("10 ** 4000 * 10 ** 300", "10 ** 4000 * 10 ** 301"),
    ],
)
def test_templates_are_bounded(tmp_path: Path, allowed: str, refused: str) -> None:
    """Each limit lets a template go up to it and refuses the step past it,
    naming the template and line; nothing is built first (or folded at compile
    time, outside the checks)."""
    write(tmp_path, "templates/x.md.j2", "第一行\n{{ (" + allowed + ") is not none }}\n")
    assert render("x.md.j2", tmp_path) == "第一行\nTrue\n"
    write(tmp_path, "templates/x.md.j2", "第一行\n{{ (" + refused + ") is not none }}\n")
    with pytest.raises(ZwgkError) as caught:
        render("x.md.j2", tmp_path)
    error = caught.value
    assert (error.path, error.line, error.exit_code) == ("templates/x.md.j2", 2, 2)
    assert "计算量超出限制" in error.message, error.message


def test_ranges_share_one_budget_per_render(tmp_path: Path) -> None:
    """Ten ranges of 100,000 fit in one render, an eleventh does not; the next
    render has its own budget. Loops over the report's values are not counted."""
    ten = "{% for i in 'abcdefghij' %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    write(tmp_path, "templates/x.md.j2", ten + "{{ xs|length }}\n")
    for _ in range(2):
        assert render("x.md.j2", tmp_path, xs=list(range(2_000_000))) == "2000000\n"
    write(tmp_path, "templates/x.md.j2", ten + "\n{{ range(1)|list }}\n")
    with pytest.raises(ZwgkError) as caught:
        render("x.md.j2", tmp_path)
    assert (caught.value.line, caught.value.exit_code) == (2, 2)


def test_bounded_formatting_still_escapes_html(tmp_path: Path) -> None:
    """`Markup.format` keeps escaping its values under the bounded formatter."""
    write(tmp_path, "templates/x.html.j2", '{{ ("<i>{}</i>"|safe).format("<b>") }}\n')
    assert render("x.html.j2", tmp_path) == "<i>&lt;b&gt;</i>\n"


def test_what_a_template_writes_is_bounded(tmp_path: Path) -> None:
    """Pieces each within the limits, repeated by a loop, stop at the output
    limit instead of filling the memory."""
    write(tmp_path, "templates/x.md.j2", '{% for i in range(30) %}{{ "x" * 10000000 }}{% endfor %}')
    with pytest.raises(ZwgkError) as caught:
        render("x.md.j2", tmp_path)
    assert (caught.value.path, caught.value.exit_code) == ("templates/x.md.j2", 2)
    assert "200,000,000" in caught.value.message


# --- the built-in templates, compiled ahead ---------------------------------------


def test_the_precompiled_templates_are_those_of_templates() -> None:
    """Each module in zwgk/outputs/compiled/ is what Jinja makes of its template
    today; none is left over. On a failure: python3 scripts/compile_templates.py"""
    wanted = dict(compiled_modules())
    assert set(COMPILED.glob("*.py")) == set(wanted)
    for path, text in wanted.items():
        assert path.read_text(encoding="utf-8") == text, path.name


def _compiles(monkeypatch: pytest.MonkeyPatch) -> Counter[Any]:
    """The templates Jinja compiles from their source, by name."""
    return count_calls(
        monkeypatch, jinja2.Environment, "compile", lambda env, source, name=None, *rest: name
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_builtin_report_is_not_compiled_and_reads_as_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, fmt: str
) -> None:
    root = build(tmp_path / "ledger")
    progress = root / "data/progress/2018/jtj.yaml"  # evidence kept in the ledger
    text = progress.read_text("utf-8")
    progress.write_text(
        text.replace("[https://example.gov.cn/a.html,", "[evidence/a.pdf,"), "utf-8"
    )
    args = ["--lang", lang, "report", "--week", WEEK, "--format", fmt, "-o"]
    compiles = _compiles(monkeypatch)
    assert zwgk(root, *args, str(root / "reports/precompiled")).exit_code == 0
    assert not compiles
    monkeypatch.setattr(templates, "COMPILED", tmp_path / "none")
    assert zwgk(root, *args, str(root / "reports/compiled")).exit_code == 0
    assert compiles == {f"report.{fmt}.j2": 1}
    precompiled = (root / "reports/precompiled").read_bytes()
    assert precompiled == (root / "reports/compiled").read_bytes()
    assert b"../evidence/a.pdf" in precompiled  # linked from reports/ to the ledger


def test_a_ledger_template_is_compiled_from_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build(tmp_path / "ledger")
    write(
        root,
        "templates/report.md.j2",
        '{% extends "builtin/report.md.j2" %}{% block units %}## 略\n{% endblock %}\n',
    )
    compiles = _compiles(monkeypatch)
    text = zwgk(root, "report", "--week", WEEK).stdout
    assert "## 略" in text and "## 三、逾期未完成事项" in text
    assert compiles == {"report.md.j2": 1}  # the ledger's; the built-in one it extends is not


def test_a_builtin_template_changed_since_it_was_compiled_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited template in a source checkout, or another Jinja: what the
    precompiled code was not made from is not run."""
    root = build(tmp_path / "ledger")
    shutil.copytree(builtin_dir(), tmp_path / "builtin")
    edited = tmp_path / "builtin/report.md.j2"
    text = edited.read_text("utf-8").replace("{% block units %}", "改过\n{% block units %}")
    edited.write_text(text, "utf-8")
    monkeypatch.setattr(templates, "builtin_dir", lambda: tmp_path / "builtin")
    compiles = _compiles(monkeypatch)
    assert "改过" in zwgk(root, "report", "--week", WEEK).stdout
    assert compiles == {"report.md.j2": 1}
    monkeypatch.setattr(jinja2, "__version__", "0.0")
    assert zwgk(root, "notice", "--unit", "jtj", "--as-of", AS_OF).exit_code == 0
    assert compiles["notice.md.j2"] == 1  # unchanged, but compiled by another Jinja
