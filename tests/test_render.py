"""Template filters: what ledger text may do inside Markdown and HTML."""

from __future__ import annotations

import pytest

from zwgk.render import builtin_dir, href, md, md_link, pct, short, signed


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
    ],
)
def test_only_web_and_ledger_links_are_linked(value: str, expected: str | None) -> None:
    assert href(value) == expected


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
    ]  # fmt: skip
