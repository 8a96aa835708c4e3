"""The Word notice and report in 公文 layout (GB/T 9704-2012), read back
from the .docx with python-docx and its XML: page, margins, fonts and sizes,
page numbers, tables, 署名 and 成文日期, 文号 and 版记, the notice's wording."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, zwgk
from reportkit import build

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AS_OF = "2018-10-14"
NOTICE = "督办通知-县教体局-jtj-2018-10-14.docx"
TEXT_TWIPS = 8844  # 156 mm


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    return build(tmp_path / "ledger")


def notice(ledger: Path, tmp_path: Path, *extra: str) -> Any:
    from docx import Document

    out = tmp_path / "notices"
    run = zwgk(ledger, "notice", "--unit", "县教体局", "--as-of", AS_OF, "-f", "docx",
               "-o", str(out), "--force", *extra)  # fmt: skip
    assert run.exit_code == 0, run.output
    return Document(str(out / NOTICE))


def report(ledger: Path, tmp_path: Path, *extra: str) -> Any:
    from docx import Document

    out = tmp_path / "周报.docx"
    run = zwgk(ledger, "report", "--as-of", AS_OF, "-f", "docx", "-o", str(out), "--force",
               *extra)  # fmt: skip
    assert run.exit_code == 0, run.output
    return Document(str(out))


def w(element: Any, attr: str) -> str | None:
    value: str | None = element.get(W + attr)
    return value


def style_font(doc: Any, name: str) -> tuple[str | None, str | None, float]:
    """A style's East-Asian and Latin font and its size in points."""
    rpr = doc.styles[name].element.find(W + "rPr")
    fonts = rpr.find(W + "rFonts")
    size = int(w(rpr.find(W + "sz"), "val") or 0) / 2
    return w(fonts, "eastAsia"), w(fonts, "ascii"), size


def mm(length: int) -> float:
    return round(length / 36000, 1)


def test_a4_with_the_standard_margins_and_22_lines(ledger: Path, tmp_path: Path) -> None:
    for doc in (notice(ledger, tmp_path), report(ledger, tmp_path)):
        section = doc.sections[0]
        assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
        margins = (section.top_margin, section.bottom_margin, section.left_margin,
                   section.right_margin)  # fmt: skip
        assert [mm(m) for m in margins] == [37, 35, 28, 26]
        # the 版心 is 156 mm × 225 mm
        grid = section._sectPr.find(W + "docGrid")
        assert w(grid, "linePitch") == "579"  # 225 mm / 22 lines = 28.95 pt
        spacing = doc.styles["Normal"].element.find(f"{W}pPr/{W}spacing")
        assert (w(spacing, "line"), w(spacing, "lineRule")) == ("579", "exact")
        # 28 characters of 16 pt in 156 mm (442.2 pt): each set 0.25 pt closer
        tighten = doc.styles["Normal"].element.find(f"{W}rPr/{W}spacing")
        assert 28 * (16 + int(w(tighten, "val") or 0) / 20) <= 156 * 72 / 25.4


def test_fonts_and_sizes_of_title_headings_and_body(ledger: Path, tmp_path: Path) -> None:
    doc = report(ledger, tmp_path)
    assert style_font(doc, "Normal") == ("仿宋_GB2312", "Times New Roman", 16)
    assert style_font(doc, "Title") == ("方正小标宋简体", "Times New Roman", 22)
    assert style_font(doc, "Heading 1") == ("黑体", "Times New Roman", 16)
    assert style_font(doc, "Heading 2") == ("楷体_GB2312", "Times New Roman", 16)
    for name in ("Title", "Heading 1", "Heading 2"):
        rpr = doc.styles[name].element.find(W + "rPr")
        assert rpr.find(W + "b") is None  # 公文 headings are not bold
        assert w(rpr.find(W + "color"), "val") == "000000"  # not Word's blue
        assert "Theme" not in " ".join(rpr.find(W + "rFonts").keys())
    title = [p for p in doc.paragraphs if p.style.name == "Title"]
    assert [p.text for p in title] == ["测试县政务公开任务分解表", "政务公开工作周报"]
    assert w(doc.styles["Title"].element.find(f"{W}pPr/{W}jc"), "val") == "center"
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "一、总体情况" and h1[2] == "三、逾期未完成事项"
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h2 and all(re.match(r"（[一二三四五六七八九十]+）", text) for text in h2), h2


def test_fallback_fonts_are_declared_in_the_font_table(ledger: Path, tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    doc = notice(ledger, tmp_path)
    table = parse_xml(doc.part.part_related_by(RT.FONT_TABLE).blob)
    fonts = {w(f, "name"): f for f in table.findall(W + "font")}
    for name, fallback in (("方正小标宋简体", "宋体"), ("仿宋_GB2312", "仿宋"),
                           ("楷体_GB2312", "楷体"), ("黑体", "SimHei")):  # fmt: skip
        alt = w(fonts[name].find(W + "altName"), "val") or ""
        assert fallback in alt.split(","), (name, alt)
        assert w(fonts[name].find(W + "charset"), "val") == "86"  # GB2312


def footer_text(footer: Any) -> tuple[str, str, str | None]:
    p = footer.paragraphs[0]._p
    texts = "".join(t.text or "" for t in p.iter(W + "t"))
    instr = "".join(t.text or "" for t in p.iter(W + "instrText"))
    return texts, instr.strip(), w(p.find(f"{W}pPr/{W}jc"), "val")


def test_page_numbers_in_the_footer_between_dashes(ledger: Path, tmp_path: Path) -> None:
    doc = notice(ledger, tmp_path)
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    # odd pages right, even pages left (GB/T 9704 7.5)
    assert footer_text(section.footer) == ("— 1 —", "PAGE", "right")
    assert footer_text(section.even_page_footer) == ("— 1 —", "PAGE", "left")
    rpr = section.footer.paragraphs[0].style.element.find(W + "rPr")
    assert w(rpr.find(W + "sz"), "val") == "28"  # 4号, 14 pt


def cell_props(cell: Any) -> tuple[int, str | None]:
    tcw = cell._tc.find(f"{W}tcPr/{W}tcW")
    jc = cell.paragraphs[0]._p.find(f"{W}pPr/{W}jc")
    return int(w(tcw, "w") or 0), None if jc is None else w(jc, "val")


def test_tables_by_content_with_repeated_header(ledger: Path, tmp_path: Path) -> None:
    doc = notice(ledger, tmp_path)
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["序号", "要求", "要求内容", "周期", "到期日", "状态"]
    tbl = table._tbl
    grid = [int(w(col, "w") or 0) for col in tbl.tblGrid.findall(W + "gridCol")]
    assert sum(grid) == TEXT_TWIPS
    assert w(tbl.tblPr.find(W + "tblW"), "w") == str(TEXT_TWIPS)
    text_column = grid[2]
    assert text_column == max(grid) and text_column > 2 * grid[3] and grid[0] < grid[4]
    for r, row in enumerate(table.rows):
        tr_pr = row._tr.find(W + "trPr")
        assert tr_pr.find(W + "cantSplit") is not None
        assert (tr_pr.find(W + "tblHeader") is not None) == (r == 0)
        widths = [cell_props(c)[0] for c in row.cells]
        assert widths == grid  # every cell's own width, as LibreOffice reads it
    body = table.rows[1].cells
    assert cell_props(body[0])[1] == "center"  # 序号
    assert cell_props(body[4])[1] == "center"  # 到期日
    assert cell_props(body[2])[1] is None  # 要求内容, left
    assert not list(tbl.iter(W + "shd"))
    for border in tbl.tblPr.find(W + "tblBorders"):
        assert (w(border, "val"), w(border, "color")) == ("single", "000000")


def test_report_tables_fill_the_text_width(ledger: Path, tmp_path: Path) -> None:
    doc = report(ledger, tmp_path)
    for table in doc.tables:
        grid = [int(w(col, "w") or 0) for col in table._tbl.tblGrid.findall(W + "gridCol")]
        assert sum(grid) == TEXT_TWIPS, [c.text for c in table.rows[0].cells]
        assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None


def test_signature_and_date_at_the_end(ledger: Path, tmp_path: Path) -> None:
    doc = notice(ledger, tmp_path, "--issuer", "桓台县人民政府办公室")
    texts = [p.text for p in doc.paragraphs if p.text]
    assert texts[-2:] == ["桓台县人民政府办公室", "2018年10月14日"]
    date = next(p for p in doc.paragraphs if p.text == "2018年10月14日")
    assert w(date._p.find(f"{W}pPr/{W}jc"), "val") == "right"
    assert w(date._p.find(f"{W}pPr/{W}ind"), "right") == str(4 * 16 * 20)  # 右空四字
    signed = report(ledger, tmp_path, "--issuer", "县政务公开办")
    assert [p.text for p in signed.paragraphs if p.text][-2:] == ["县政务公开办",
                                                                   "2018年10月14日"]  # fmt: skip


def keeps(paragraph: Any) -> tuple[bool, bool]:
    """(与下段同页 keepNext, 段中不分页 keepLines) as the paragraph sets them."""
    fmt = paragraph.paragraph_format
    return bool(fmt.keep_with_next), bool(fmt.keep_together)


def test_signature_and_date_kept_on_the_page_of_the_text(ledger: Path, tmp_path: Path) -> None:
    """GB/T 9704 7.3.5.1: the 署名 and 成文日期 never stand alone on a page of
    their own; the table's last row, 特此通知, the blank lines and the 署名 are
    kept with what follows them, down to the date."""
    doc = notice(ledger, tmp_path)
    paragraphs = doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "特此通知。")
    closing = paragraphs[start:]
    closing = closing[: next(i for i, p in enumerate(closing) if p.text == "2018年10月14日") + 1]
    assert [p.text for p in closing] == ["特此通知。", "", "", "县政府办公室", "2018年10月14日"]
    assert [keeps(p) for p in closing] == [(True, True)] * 4 + [(False, True)]
    table = doc.tables[0]
    assert all(keeps(p) == (True, True) for c in table.rows[-1].cells for p in c.paragraphs)
    assert not any(keeps(p)[0] for c in table.rows[1].cells for p in c.paragraphs)
    assert not keeps(next(p for p in paragraphs if p.text.startswith("根据")))[0]
    signed = report(ledger, tmp_path)
    texts = [p.text for p in signed.paragraphs]
    end = texts.index("2018年10月14日")
    assert [keeps(p) for p in signed.paragraphs[end - 3 : end + 1]] == [(True, True)] * 3 + [
        (False, True)
    ]
    last = signed.tables[-1]
    assert all(keeps(p)[0] for c in last.rows[-1].cells for p in c.paragraphs)


def test_word_report_says_its_date_in_the_text_and_credits_no_program(
    ledger: Path, tmp_path: Path
) -> None:
    """A 公文 signed by the office carries no "由 zwgk 生成" above its 署名; the
    first paragraph says 数据截至. The HTML report keeps its credit."""
    doc = report(ledger, tmp_path, "--issuer", "县政务公开办")
    texts = [p.text for p in doc.paragraphs if p.text]
    assert not any("zwgk" in text for text in texts)
    opening = next(text for text in texts if text.startswith("报告期"))
    assert opening.endswith("数据截至2018年10月14日。")
    assert texts[-3:] == ["六、分项推进情况", "县政务公开办", "2018年10月14日"]
    html = zwgk(ledger, "report", "--as-of", AS_OF, "-f", "html")
    assert "由 zwgk 根据台账生成" in html.stdout


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ([], "截至 2018-10-14，县环保局没有已逾期或即将到期的事项，无需督办"),
        (["-f", "docx", "-o", "out"], "截至 2018-10-14，县环保局没有已逾期或即将到期的事项"),
        (["-f", "xlsx", "-o", "out"], "截至 2018-10-14，县环保局没有待办事项，无需回执"),
    ],
    ids=["md", "docx", "xlsx"],
)
def test_a_named_unit_with_nothing_is_named_beside_the_others_notices(
    ledger: Path, tmp_path: Path, extra: list[str], said: str
) -> None:
    extra = [str(tmp_path / "out") if a == "out" else a for a in extra]
    run = zwgk(ledger, "notice", "--unit", "县环保局", "--unit", "县教体局", "--as-of", AS_OF,
               *extra)  # fmt: skip
    assert run.exit_code == 0, run.output
    assert said in run.stderr and "县教体局没有" not in run.stderr
    assert "没有单位" not in run.stderr
    if extra:
        assert "已写入 1 份" in run.stderr
        assert [p.name for p in (tmp_path / "out").iterdir()] == [
            p.name for p in (tmp_path / "out").iterdir() if "县教体局" in p.name
        ]


def record_block(doc: Any) -> list[str] | None:
    """The 版记: the table floating at the foot of the page, as its lines."""
    for table in doc.tables:
        if table._tbl.tblPr.find(W + "tblpPr") is not None:
            return [row.cells[0].text for row in table.rows]
    return None


def test_doc_number_and_record_block_when_given(ledger: Path, tmp_path: Path) -> None:
    plain = notice(ledger, tmp_path)
    assert plain.paragraphs[0].text == "督办通知"
    assert record_block(plain) is None
    assert not any("抄送" in p.text for p in plain.paragraphs)
    doc = notice(ledger, tmp_path, "--doc-no", "桓政办字〔2018〕12号", "--cc", "县委办、县人大办",
                 "--cc", "县政协办", "--printed-by", "县政府办公室")  # fmt: skip
    assert doc.paragraphs[0].text == "桓政办字〔2018〕12号"
    assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == ["督办通知"]
    block = doc.tables[-1]
    assert record_block(doc) == ["抄送：县委办，县人大办，县政协办。",
                                 "县政府办公室\t2018年10月14日印发"]  # fmt: skip
    pos = block._tbl.tblPr.find(W + "tblpPr")
    assert (w(pos, "vertAnchor"), w(pos, "tblpYSpec")) == ("margin", "bottom")
    borders = {b.tag[len(W) :]: (w(b, "val"), w(b, "sz")) for b in
               block._tbl.tblPr.find(W + "tblBorders")}  # fmt: skip
    assert borders["top"] == borders["bottom"] == ("single", "8")  # thick rules
    assert borders["insideH"] == ("single", "6")  # the thin one between
    only_printer = report(ledger, tmp_path, "--printed-by", "县政府办公室")
    assert record_block(only_printer) == ["县政府办公室\t2018年10月14日印发"]


@pytest.mark.parametrize(
    "args",
    [
        ["notice", "--unit", "县教体局", "--doc-no", "X〔2018〕1号"],
        ["notice", "--unit", "县教体局", "-f", "html", "--cc", "县委办"],
        ["report", "--printed-by", "县政府办公室"],
        ["report", "-f", "html", "--issuer", "县政府办公室"],
    ],
)
def test_word_only_options_with_another_format_are_usage_errors(
    ledger: Path, args: list[str]
) -> None:
    run = zwgk(ledger, *args, "--as-of", AS_OF)
    assert run.exit_code == 2 and "docx" in run.stderr and run.stdout == ""


def test_notice_reads_as_a_reminder_to_the_unit(ledger: Path, tmp_path: Path) -> None:
    doc = notice(ledger, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert "县教体局：" in texts
    body = next(text for text in texts if text.startswith("根据"))
    assert "截至2018年10月14日，你单位有" in body and "项已逾期" in body
    assert "请于2018年10月17日前" in body and "反馈县政府办公室" in body
    assert not re.search(r"(?<!\d)0项", body)  # a count of none is not said
    assert "没有单位" not in "".join(texts)


def test_no_reminder_to_a_named_unit_says_which(ledger: Path) -> None:
    run = zwgk(ledger, "notice", "--unit", "县环保局", "--as-of", AS_OF)
    assert run.exit_code == 0 and "县环保局没有已逾期" in run.stderr
    assert "没有单位" not in run.stderr


def test_libreoffice_prints_the_notice_on_a4(ledger: Path, tmp_path: Path) -> None:
    """Only where LibreOffice is installed: the notice converts to an A4 PDF of
    a page or two."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    notice(ledger, tmp_path, "--cc", "县委办", "--printed-by", "县政府办公室")
    source = tmp_path / "notices" / NOTICE
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    pdf = (tmp_path / NOTICE).with_suffix(".pdf").read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert 1 <= pages <= 3 and boxes
    assert all(round(float(x)) == 595 and round(float(y)) == 842 for x, y in boxes)


def test_libreoffice_keeps_the_signature_on_the_page_of_the_text(tmp_path: Path) -> None:
    """Only where LibreOffice and poppler are installed: the shipped ledger's
    notice to 县环保局 (eight rows, a 文号 and a 版记) fills its first page;
    the signature's page also holds 特此通知 and the table's last row, rather
    than the 署名 and 成文日期 alone on page 2 (GB/T 9704 7.3.5.1)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice or poppler is not installed")
    out = tmp_path / "notices"
    run = zwgk(REPO, "notice", "--unit", "县环保局", "--as-of", AS_OF, "-f", "docx", "-o",
               str(out), "--doc-no", "桓政办字〔2018〕12号", "--cc", "县委办、县人大办",
               "--printed-by", "县政府办公室")  # fmt: skip
    assert run.exit_code == 0, run.output
    (source,) = out.glob("*.docx")
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    pdf = tmp_path / (source.stem + ".pdf")
    text = subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout  # fmt: skip
    pages = text.split("\f")
    last = next(page for page in reversed(pages) if page.strip())
    assert len([page for page in pages if page.strip()]) == 2
    assert "特此通知" in last and "2018-Q3" in last
