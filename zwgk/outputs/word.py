"""The report and the reminders as Word documents (python-docx) in the layout
of official documents, GB/T 9704-2012 《党政机关公文格式》, which offices edit,
stamp and circulate: A4 with the standard 版心 (156 mm × 225 mm), 22 lines of
28 characters of 3号 仿宋_GB2312, a 2号 方正小标宋简体 title, 黑体 and 楷体_GB2312
headings, page numbers "— 1 —" at the foot, 发文机关署名 and 成文日期 at the
end, and optionally a 文号 and a 版记 (抄送, 印发机关 and 印发日期)."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zwgk.engine.notice import Notice
from zwgk.engine.report import Line, Report
from zwgk.i18n import current_lang, t
from zwgk.outputs.outfiles import write_zipped
from zwgk.outputs.reportperiod import period_label
from zwgk.outputs.text import figure_label, iso, pct, signed, status_label, xml_safe

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import Table
    from docx.text.paragraph import Paragraph

_Element = Any
"""An lxml element (python-docx's oxml; lxml has no type stubs here)."""

# --- GB/T 9704-2012 measures ------------------------------------------------
# 5.2.1 纸张: A4. 5.2.2 版面: 天头（上白边）37 mm, 订口（左白边）28 mm, 版心
# 156 mm × 225 mm; so the bottom margin is 297 - 37 - 225 = 35 mm and the
# right one 210 - 28 - 156 = 26 mm.
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TEXT_WIDTH_MM = 156
TEXT_HEIGHT_MM = 225
LINES, CHARS = 22, 28
"""5.2.3: 一般每面排22行，每行排28个字。"""
TWIPS_PER_MM = 1440 / 25.4
TEXT_WIDTH_TWIPS = round(TEXT_WIDTH_MM * TWIPS_PER_MM)  # 8844
LINE_PITCH_TWIPS = int(TEXT_HEIGHT_MM * TWIPS_PER_MM / LINES)  # 579 = 28.95 pt
"""225 mm in 22 lines: the grid's line pitch and the body's exact line height
(offices' templates write linePitch 579 and 固定值 28.95 磅)."""

BODY_PT = 16.0  # 3号
TITLE_PT = 22.0  # 2号
FOLIO_PT = 14.0  # 4号: 页码 and 版记
TITLE_LINE_TWIPS = 700
"""A two-line title's lines 35 pt apart (固定值 35 磅, as offices' templates set
a 2号 title), off the line grid (LibreOffice would give each line two)."""
CHAR_TIGHTEN = math.ceil((BODY_PT - TEXT_WIDTH_MM * 72 / 25.4 / CHARS) * 20)
"""28 3号 characters in 156 mm: 15.79 pt a character, so each is set 0.25 pt
(5/20) closer (字符间距紧缩). Word's character grid (docGrid linesAndChars with
charSpace) would do this too, but LibreOffice and WPS round each 16 pt glyph
up to two 15.79 pt cells of such a grid and set 14 characters a line; the
grid here is of lines only, the 22 lines a page."""

# The fonts GB/T 9704 names (7.1 etc.), each with what an office machine
# without it shows. Word looks a missing font up by the altName list in the
# font table ("When an application cannot locate a font using the primary
# name … it should use each alternate name in turn", ECMA-376 17.8.3.1), then
# by panose/charset; the charset 86 (GB2312) keeps it Chinese either way.
# LibreOffice replaces these names by its own table (仿宋_GB2312 → FangSong…).
TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
SUB_HEADING_FONT = "楷体_GB2312"
FOLIO_FONT = "宋体"  # 7.5 页码: 4号半角宋体阿拉伯数字
LATIN_FONT = "Times New Roman"
FALLBACKS = {
    TITLE_FONT: ("宋体", "SimSun", "02010600030101010101", "roman"),
    BODY_FONT: ("仿宋", "FangSong", "02010609060101010101", "modern"),
    HEADING_FONT: ("SimHei", "黑体", "02010609060101010101", "modern"),
    SUB_HEADING_FONT: ("楷体", "KaiTi", "02010609060101010101", "modern"),
    FOLIO_FONT: ("SimSun", "宋体", "02010600030101010101", "auto"),
}
"""font: (alternative names, in order…, panose-1, family)."""

TABLE_PT = 12.0  # 小4: a table of up to six columns
WIDE_TABLE_PT = 10.5  # 5号: seven columns and more
CELL_MARGIN_TWIPS = 57
"""Cell margins left and right, 0.1 cm (Word's default 0.19 cm leaves a
nine-column table little room for its text)."""
CELL_PAD_TWIPS = 2 * CELL_MARGIN_TWIPS


@dataclass(frozen=True)
class Paper:
    """What a Word document carries besides the report or notice itself: the
    发文机关署名 (`issuer`), an optional 文号 above the title, and the 版记:
    抄送 units and the 印发机关 (印发日期 is the as-of date)."""

    issuer: str
    doc_no: str | None = None
    cc: tuple[str, ...] = ()
    printed_by: str | None = None


def long_date(day: dt.date) -> str:
    """2018年10月14日, as 公文 write it (GB/T 9704 7.3.5.1: 用阿拉伯数字将年、月、
    日标全, 年份应标全称, 月、日不编虚位)."""
    return t("output.long_date", y=day.year, m=day.month, d=day.day)


def text_width(text: str, latin: float = 0.5) -> float:
    """A line's width in ems: a Chinese character is one, a Latin one `latin`
    (Times New Roman's digits are half an em)."""
    lines = str(text).split("\n") or [""]
    return max(
        sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else latin for ch in line)
        for line in lines
    )


LATIN_IN_TABLES = 0.55
"""Latin characters measured wider in tables than Times New Roman sets them:
where it is missing, wider fonts stand in (DejaVu Sans's digits are 0.64
em), and a date wrapped as 2018-07-/31 is worse than a little air."""


# --- XML helpers ------------------------------------------------------------


def _el(tag: str, **attrs: str | int) -> _Element:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element: _Element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def _replace(parent: _Element, child: _Element) -> _Element:
    """Put `child` into `parent`, instead of any element of its tag there."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    parent.append(child)
    return child


def _fonts(rpr: _Element, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Explicit fonts, no theme fonts (which would win over them)."""
    _replace(rpr, _el("w:rFonts", ascii=latin, hAnsi=latin, cs=latin, eastAsia=east_asian))


def _run_format(
    rpr: _Element, east_asian: str, size: float, latin: str = LATIN_FONT, tighten: int = 0
) -> None:
    """Fonts and size, in schema order (rFonts first, sz last of these)."""
    for child in list(rpr):
        rpr.remove(child)
    _fonts(rpr, east_asian, latin)
    rpr.append(_el("w:color", val="000000"))
    if tighten:
        rpr.append(_el("w:spacing", val=-tighten))
    rpr.append(_el("w:kern", val=0))
    rpr.append(_el("w:sz", val=round(size * 2)))
    rpr.append(_el("w:szCs", val=round(size * 2)))


def _style(doc: DocumentObject, name: str, kind: int = 1) -> Any:
    from docx.enum.style import WD_STYLE_TYPE

    styles: Any = doc.styles
    try:
        return styles[name]
    except KeyError:
        return styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH if kind == 1 else kind)


def _para_style(
    doc: DocumentObject,
    name: str,
    east_asian: str,
    size: float,
    *,
    align: str | None = None,
    first_line_chars: int = 0,
    exact: int | None = LINE_PITCH_TWIPS,
    grid: bool = True,
    keep_next: bool = False,
    outline: int | None = None,
    tighten: int = 0,
) -> Any:
    """A paragraph style rebuilt from nothing: no colours, themes, borders or
    spacing left from python-docx's template (its headings are blue Calibri)."""
    style = _style(doc, name)
    element = style.element
    for tag in ("w:pPr", "w:rPr"):
        for old in element.findall(_qn(tag)):
            element.remove(old)
    style.base_style = None
    ppr = _el("w:pPr")
    if keep_next:
        ppr.append(_el("w:keepNext"))
    ppr.append(_el("w:widowControl", val=0))
    if not grid:
        ppr.append(_el("w:snapToGrid", val=0))
    if exact is None:
        ppr.append(_el("w:spacing", before=0, after=0, line=240, lineRule="auto"))
    else:
        ppr.append(_el("w:spacing", before=0, after=0, line=exact, lineRule="exact"))
    if first_line_chars:
        ppr.append(
            _el("w:ind", firstLineChars=first_line_chars * 100,
                firstLine=round(first_line_chars * size * 20))
        )  # fmt: skip
    if align:
        ppr.append(_el("w:jc", val=align))
    if outline is not None:
        ppr.append(_el("w:outlineLvl", val=outline))
    rpr = _el("w:rPr")
    _run_format(rpr, east_asian, size, tighten=tighten)
    if not grid:
        rpr.insert(1, _el("w:snapToGrid", val=0))
    element.append(ppr)
    element.append(rpr)
    return style


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    result: str = qn(tag)
    return result


# --- the document -----------------------------------------------------------

BODY, TITLE, H1, H2, TABLE_TEXT, FOLIO = (
    "Normal", "Title", "Heading 1", "Heading 2", "GW Table", "GW Folio",
)  # fmt: skip


def _document() -> DocumentObject:
    from docx import Document
    from docx.shared import Mm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = Mm(15)
    # 7.5 页码: 一字线上距版心下边缘7 mm; the 4号 line is about 5 mm high.
    section.footer_distance = Mm(MARGINS_MM["bottom"] - 7 - 6)
    _grid(section._sectPr)
    _defaults(doc)
    _para_style(doc, BODY, BODY_FONT, BODY_PT, align="both", first_line_chars=2,
                tighten=CHAR_TIGHTEN)  # fmt: skip
    _para_style(doc, TITLE, TITLE_FONT, TITLE_PT, align="center", exact=TITLE_LINE_TWIPS,
                grid=False)  # fmt: skip
    _para_style(doc, H1, HEADING_FONT, BODY_PT, first_line_chars=2, keep_next=True, outline=0,
                tighten=CHAR_TIGHTEN)  # fmt: skip
    _para_style(doc, H2, SUB_HEADING_FONT, BODY_PT, first_line_chars=2, keep_next=True,
                outline=1, tighten=CHAR_TIGHTEN)  # fmt: skip
    _para_style(doc, TABLE_TEXT, BODY_FONT, TABLE_PT, exact=None, grid=False)
    _para_style(doc, FOLIO, FOLIO_FONT, FOLIO_PT, exact=None, grid=False)
    _font_table(doc)
    _page_numbers(doc)
    return doc


def _grid(sect_pr: _Element) -> None:
    """5.2.3: 22 lines a page, as Word's 文档网格 (只指定行网格); the 28
    characters a line are CHAR_TIGHTEN's."""
    _replace(sect_pr, _el("w:docGrid", type="lines", linePitch=LINE_PITCH_TWIPS))


def _defaults(doc: DocumentObject) -> None:
    """The document defaults name explicit fonts too: the template's theme
    fonts (Calibri, ＭＳ 明朝) would otherwise show wherever a style says none."""
    styles_element: Any = doc.styles.element
    rpr = styles_element.find(f"{_qn('w:docDefaults')}/{_qn('w:rPrDefault')}/{_qn('w:rPr')}")
    if rpr is not None:
        _run_format(rpr, BODY_FONT, BODY_PT)


def _font_table(doc: DocumentObject) -> None:
    """Declare each 公文 font with its fallbacks in the font table (see FALLBACKS)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    part = doc.part.part_related_by(RT.FONT_TABLE)
    root = parse_xml(part.blob)
    for name, (*alternatives, panose, family) in FALLBACKS.items():
        for old in root.findall(_qn("w:font")):
            if old.get(_qn("w:name")) == name:
                root.remove(old)
        font = _el("w:font", name=name)
        font.append(_el("w:altName", val=",".join(alternatives)))
        font.append(_el("w:panose1", val=panose))
        font.append(_el("w:charset", val="86"))  # GB2312
        font.append(_el("w:family", val=family))
        font.append(_el("w:pitch", val="variable" if family == "roman" else "fixed"))
        root.append(font)
    part._blob = _xml_bytes(root)


def _xml_bytes(root: _Element) -> bytes:
    from docx.opc.oxml import serialize_part_xml

    data: bytes = serialize_part_xml(root)
    return data


def _page_numbers(doc: DocumentObject) -> None:
    """7.5 页码: 4号 "— 1 —" under the 版心; 单页码居右空一字，双页码居左空一字
    (odd pages right, even pages left, one character from the edge), so the
    footers differ on odd and even pages, as printed double-sided."""
    settings: Any = doc.settings
    settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    one_char = round(FOLIO_PT * 20)
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = _style(doc, FOLIO)
        ppr = paragraph._p.get_or_add_pPr()
        ppr.append(_el("w:ind", **{side: one_char}))
        ppr.append(_el("w:jc", val=side))
        _page_field(paragraph)


def _page_field(paragraph: Paragraph) -> None:
    """— PAGE —: the em dashes (一字线) around a PAGE field."""
    p = paragraph._p

    def run(*children: _Element) -> None:
        r = _el("w:r")
        rpr = _el("w:rPr")
        rpr.append(_el("w:rFonts", hint="eastAsia"))
        r.append(rpr)
        for child in children:
            r.append(child)
        p.append(r)

    def text(value: str) -> _Element:
        element = _el("w:t")
        element.text = value
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return element

    instr = _el("w:instrText")
    instr.text = " PAGE "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run(text("— "))
    run(_el("w:fldChar", fldCharType="begin"))
    run(instr)
    run(_el("w:fldChar", fldCharType="separate"))
    run(text("1"))
    run(_el("w:fldChar", fldCharType="end"))
    run(text(" —"))


def _align(paragraph: Paragraph, how: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if how == "center" else WD_ALIGN_PARAGRAPH.RIGHT


def _para(doc: DocumentObject, text: str, style: str = BODY, **ind: int) -> Paragraph:
    paragraph = doc.add_paragraph(xml_safe(text), style=_style(doc, style))
    if ind:
        paragraph._p.get_or_add_pPr().append(_el("w:ind", **ind))
    return paragraph


def _blank(doc: DocumentObject) -> None:
    doc.add_paragraph(style=_style(doc, BODY))


def _title(doc: DocumentObject, text: str, paper: Paper) -> None:
    """文号 (when given) on a line above, centred; the title; a blank line."""
    if paper.doc_no:
        _align(_para(doc, paper.doc_no, firstLine=0, firstLineChars=0), "center")
        _blank(doc)
    for line in text.split("\n"):
        _para(doc, line, TITLE)
    _blank(doc)


def _heading(doc: DocumentObject, text: str, level: int) -> Paragraph:
    return _para(doc, text, H1 if level == 1 else H2)


SUB_NUMBERS = "一二三四五六七八九十"


def _sub_number(i: int) -> str:
    """（一）… for the level-2 headings: 一 to 九十九 in Chinese, (1) … in English."""
    if current_lang() != "zh" or not 0 < i < 100:
        return t("output.sub_number", n=i)
    tens, ones = divmod(i, 10)
    words = ("" if tens < 2 else SUB_NUMBERS[tens - 1]) + ("十" if tens else "")
    words += SUB_NUMBERS[ones - 1] if ones else ""
    return t("output.sub_number", n=words)


def _closing(doc: DocumentObject, issuer: str, day: dt.date, text_kept: int = 1) -> None:
    """7.3.5.2 (不加盖印章的公文): 发文机关署名 and 成文日期 under the text, the
    date 右空四字, the issuer centred over the date. 7.3.5.1 wants them on the
    page of the text (不得采取标识"此页无正文"的方法): the last `text_kept`
    blocks of the text (a paragraph, or a table's last row), the blank lines
    and the 署名 are each kept with the next paragraph, so a page break falls
    before them, never between the text and the 署名 or the date."""
    _keep_with_next(_last_blocks(doc, text_kept))
    date = long_date(day)
    _blank(doc)
    _blank(doc)
    right = 4 * BODY_PT * 20
    shift = max(0.0, (text_width(date) - text_width(issuer)) / 2) * BODY_PT * 20
    closing = doc.paragraphs[-2:]
    for text, indent in ((issuer, right + shift), (date, right)):
        paragraph = _para(doc, text, firstLine=0, firstLineChars=0, right=round(indent))
        _align(paragraph, "right")
        closing.append(paragraph)
    _keep_with_next(closing[:-1])
    _keep_with_next(closing[-1:], with_next=False)


def _last_blocks(doc: DocumentObject, n: int) -> list[Paragraph]:
    """The paragraphs of the document's last `n` blocks: a paragraph, or the
    paragraphs of a table's last row (Word keeps a row with the next
    paragraph when the row's paragraphs are kept with it)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks = list(doc.iter_inner_content())[-n:] if n else []
    out: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Table):
            out.extend(p for cell in block.rows[-1].cells for p in cell.paragraphs)
        elif isinstance(block, Paragraph):
            out.append(block)
    return out


def _keep_with_next(paragraphs: list[Paragraph], with_next: bool = True) -> None:
    """段中不分页 on each paragraph, and 与下段同页 unless `with_next` is false."""
    for paragraph in paragraphs:
        fmt = paragraph.paragraph_format
        fmt.keep_together = True
        if with_next:
            fmt.keep_with_next = True


def _save(doc: DocumentObject, path: Path) -> None:
    write_zipped(path, doc.save)


# --- tables -----------------------------------------------------------------

TEXT_SHARE = 0.45
"""The least part of the width the wrapping columns (要求内容) are given while
narrow columns can still wrap between words."""
RIGID_EMS = 8.0
"""A column whose cells are all at most this wide (ids, dates, counts, unit
names, short statuses) keeps its cells on one line; wider ones wrap."""


def column_widths(headers: list[str], rows: list[list[str]], size: float) -> list[int]:
    """Column widths in twips from their content, summing to the 版心 width:
    narrow columns as wide as their longest cell, the rest of the width shared
    by the wrapping columns in proportion to their longest cell. A header
    wider than four characters may wrap to two lines; when the wrapping
    columns would get less than TEXT_SHARE of the width, narrow cells of
    several words (已逾期 75 天) wrap between their words too."""
    em = size * 20
    total = TEXT_WIDTH_TWIPS
    pad = 0.5 * em + CELL_PAD_TWIPS
    natural, least, rigid, words = [], [], [], []
    for i, header in enumerate(headers):
        body = max((text_width(row[i], LATIN_IN_TABLES) for row in rows), default=0.0)
        word = max((text_width(w, LATIN_IN_TABLES) for row in rows
                    for w in row[i].split()), default=0.0)  # fmt: skip
        head = text_width(header, LATIN_IN_TABLES)
        head_need = math.ceil(head / 2) if head > 4 else head
        is_rigid = body <= RIGID_EMS
        natural.append(max(body, head_need) * em + pad)
        least.append(max(head_need, body if is_rigid else 4.0) * em + pad)
        words.append(max(head_need, word) * em + pad)
        rigid.append(is_rigid)
    wrap = [i for i, r in enumerate(rigid) if not r]
    if wrap and total - sum(least[i] for i in range(len(headers)) if rigid[i]) < TEXT_SHARE * total:
        least = [words[i] if rigid[i] else w for i, w in enumerate(least)]
        natural = [min(natural[i], words[i]) if rigid[i] else w for i, w in enumerate(natural)]
    widths: list[float]
    if sum(natural) <= total:
        grow = wrap or list(range(len(headers)))
        extra = total - sum(natural)
        share = sum(natural[i] for i in grow)
        widths = [w + (extra * w / share if i in grow else 0.0) for i, w in enumerate(natural)]
    else:
        room = total - sum(least[i] for i, r in enumerate(rigid) if r)
        if not wrap or room < sum(least[i] for i in wrap):
            scale = total / sum(least)
            widths = [w * scale for w in least]
        else:
            widths = list(least)
            want = sum(natural[i] for i in wrap)
            # shared in proportion to content, never under a column's least
            for i in wrap:
                widths[i] = max(least[i], room * natural[i] / want)
            over = sum(widths) - total
            if over > 0:
                loose = [i for i in wrap if widths[i] > least[i]]
                slack = sum(widths[i] - least[i] for i in loose)
                for i in loose:
                    widths[i] -= over * (widths[i] - least[i]) / slack
    rounded = [round(w) for w in widths]
    rounded[rounded.index(max(rounded))] += total - sum(rounded)
    return rounded


def _table(doc: DocumentObject, headers: list[str], rows: list[list[str]]) -> Table:
    """A plain table across the 版心: black single borders, no shading, widths
    by content (set on the table, its grid and every cell, which Word and
    LibreOffice each read), the header row repeated on every page, no row
    split across pages, short cells (numbers, dates) centred."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Pt, Twips

    headers = [xml_safe(h) for h in headers]
    rows = [[xml_safe(c) for c in row] for row in rows]
    size = TABLE_PT if len(headers) <= 6 else WIDE_TABLE_PT
    widths = column_widths(headers, rows, size)
    centred = [
        all(text_width(row[i], LATIN_IN_TABLES) <= RIGID_EMS for row in rows)
        for i in range(len(headers))
    ]
    table: Table = doc.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = _style(doc, "Table Grid")
    tbl_pr = table._tbl.tblPr
    _replace(tbl_pr, _el("w:tblW", w=TEXT_WIDTH_TWIPS, type="dxa"))
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="single", sz=4, space=0, color="000000"))
    _replace(tbl_pr, borders)
    _replace(tbl_pr, _el("w:tblLayout", type="fixed"))
    margins = _el("w:tblCellMar")
    margins.append(_el("w:left", w=CELL_MARGIN_TWIPS, type="dxa"))
    margins.append(_el("w:right", w=CELL_MARGIN_TWIPS, type="dxa"))
    _replace(tbl_pr, margins)
    _order(tbl_pr, TBL_PR_ORDER)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)
    style = _style(doc, TABLE_TEXT)
    for r, (row, texts) in enumerate(zip(table.rows, [headers, *rows], strict=True)):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(_el("w:cantSplit"))
        if r == 0:
            tr_pr.append(_el("w:tblHeader"))
        for c, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
            cell.width = Twips(widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.style = style
            if r == 0 or centred[c]:
                _align(paragraph, "center")
            for k, line in enumerate(text.split("\n")):
                if k:
                    paragraph = cell.add_paragraph(style=style)
                    if centred[c]:
                        _align(paragraph, "center")
                run = paragraph.add_run(line)
                if r == 0:
                    _fonts(run._r.get_or_add_rPr(), HEADING_FONT)
                    run.font.size = Pt(size)
                elif size != TABLE_PT:
                    run.font.size = Pt(size)
    return table


TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                "shd", "tblLayout", "tblCellMar", "tblLook")  # fmt: skip


def _order(parent: _Element, order: tuple[str, ...]) -> None:
    """Children in the schema's order (Word refuses a file otherwise)."""
    rank = {_qn(f"w:{tag}"): i for i, tag in enumerate(order)}
    children = sorted(parent, key=lambda child: rank.get(child.tag, len(order)))
    for child in children:
        parent.remove(child)
        parent.append(child)


def _record_block(doc: DocumentObject, paper: Paper, day: dt.date) -> None:
    """7.4 版记 at the foot of the last page: 抄送 (左右各空一字; 抄送机关间用
    逗号隔开，最后一个抄送机关后标句号; 回行时与冒号后的首字对齐) and 印发机关
    (左空一字) with 印发日期 (右空一字, 后加"印发"), 4号仿宋, between rules as
    long as the 版记: the first and last thick (0.35 mm), the middle thin
    (0.25 mm). A table floating at the bottom of the 版心 holds them, so they
    stand at the foot of the page whatever the text above them."""
    from docx.shared import Pt, Twips

    lines: list[str] = []
    if paper.cc:
        lines.append(t("output.cc", units=t("output.cc_sep").join(paper.cc)))
    if paper.printed_by:
        lines.append(f"{paper.printed_by}\t{t('output.printed_on', date=long_date(day))}")
    if not lines:
        return
    table: Table = doc.add_table(rows=len(lines), cols=1)
    tbl_pr = table._tbl.tblPr
    # Placed from the page's left edge, not the margin: LibreOffice floats a
    # table as wide as the text area only when so anchored (it lays out any
    # other such table inline, so the 版记 would follow the text).
    tbl_pr.append(_el("w:tblpPr", leftFromText=0, rightFromText=0, topFromText=0,
                      bottomFromText=0, vertAnchor="margin", horzAnchor="page",
                      tblpX=round(MARGINS_MM["left"] * TWIPS_PER_MM),
                      tblpYSpec="bottom"))  # fmt: skip
    tbl_pr.append(_el("w:tblOverlap", val="never"))
    _replace(tbl_pr, _el("w:tblW", w=TEXT_WIDTH_TWIPS, type="dxa"))
    borders = _el("w:tblBorders")
    thick, thin = 8, 6  # eighths of a point: 1 pt ≈ 0.35 mm, 0.75 pt ≈ 0.25 mm
    for side, sz in (("top", thick), ("left", 0), ("bottom", thick), ("right", 0),
                     ("insideH", thin), ("insideV", 0)):  # fmt: skip
        borders.append(_el(f"w:{side}", val="single" if sz else "nil", sz=sz, space=0,
                           color="000000"))  # fmt: skip
    _replace(tbl_pr, borders)
    _replace(tbl_pr, _el("w:tblLayout", type="fixed"))
    margins = _el("w:tblCellMar")
    margins.append(_el("w:left", w=0, type="dxa"))
    margins.append(_el("w:right", w=0, type="dxa"))
    _replace(tbl_pr, margins)
    _order(tbl_pr, TBL_PR_ORDER)
    table.columns[0].width = Twips(TEXT_WIDTH_TWIPS)
    one = round(FOLIO_PT * 20)
    style = _style(doc, TABLE_TEXT)
    for row, text in zip(table.rows, lines, strict=True):
        row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
        cell = row.cells[0]
        cell.width = Twips(TEXT_WIDTH_TWIPS)
        paragraph = cell.paragraphs[0]
        paragraph.style = style
        ppr = paragraph._p.get_or_add_pPr()
        if "\t" in text:
            tabs = _el("w:tabs")
            tabs.append(_el("w:tab", val="right", pos=TEXT_WIDTH_TWIPS - one))
            ppr.append(tabs)
            ppr.append(_el("w:spacing", before=60, after=60))
            ppr.append(_el("w:ind", left=one))
        else:
            hang = round(text_width(t("output.cc", units="")) * FOLIO_PT * 20)
            ppr.append(_el("w:spacing", before=60, after=60))
            ppr.append(_el("w:ind", left=one + hang, right=one, hanging=hang))
        run = paragraph.add_run(text)
        run.font.size = Pt(FOLIO_PT)
    # A table cannot end a document; the paragraph after it is a hair high.
    end = doc.add_paragraph(style=style)
    end._p.get_or_add_pPr().append(_el("w:spacing", before=0, after=0, line=20,
                                       lineRule="exact"))  # fmt: skip


# --- the documents ----------------------------------------------------------


def _status_text(ln: Line) -> str:
    if ln.days_late:
        return t("report.late_by", status=status_label(ln.status), n=ln.days_late)
    return status_label(ln.status)


def _due(ln: Line) -> str:
    """The due date, and the last working day before it when it is a day off
    (as the Markdown and HTML templates say it)."""
    if ln.moved and ln.last_workday is not None:
        return iso(ln.due) + t("notice.last_workday", day=iso(ln.last_workday))
    return iso(ln.due)


def _left(ln: Line) -> str:
    """A notice's status cell: calendar days late, or working days left."""
    if ln.status == "overdue":
        return t("notice.days_late", n=ln.days_late)
    if ln.days_left is None:
        return t("status.due_on", due=iso(ln.due))
    return t("notice.days_left", n=ln.days_left)


def _texts(lines: tuple[Line, ...]) -> list[str]:
    """Requirement texts of consecutive rows, 同上 where a row repeats the one above."""
    out = []
    for i, ln in enumerate(lines):
        same = i > 0 and lines[i - 1].req == ln.req
        out.append(t("report.same_as_above") if same else ln.text)
    return out


def write_report(
    report: Report, path: Path, incomplete: str | None = None, paper: Paper | None = None
) -> None:
    """The same sections, in the same order, as the Markdown and HTML reports;
    `incomplete`: what a report made with `--ignore-errors` says of itself."""
    paper = paper or Paper(issuer=t("notice.default_issuer"))
    doc = _document()
    p = report.period
    _title(doc, f"{report.plan_title}\n{t('report.title_' + p.kind)}", paper)
    _para(
        doc,
        t(
            "report.period_line_docx",
            label=period_label(p),
            start=long_date(p.start),
            end=long_date(p.end),
            as_of=long_date(report.as_of),
        ),
    )
    if incomplete:
        _para(doc, incomplete)

    _heading(doc, t("report.h_figures"), level=1)
    f = report.figures
    _para(
        doc,
        t(
            "report.figures_line",
            total=f.total,
            exempt=f.counts["exempt"],
            completed=f.completed,
            completion=pct(f.completion),
            overdue=f.counts["overdue"],
            on_time=pct(f.on_time_rate),
        ),
    )
    _table(
        doc,
        [
            t("report.col_figure"),
            t("report.col_now", date=iso(report.as_of)),
            t("report.col_before", date=iso(report.previous.as_of)),
            t("report.col_change"),
        ],
        [
            [
                figure_label(c.code),
                str(c.now),
                str(c.before),
                signed(c.delta),
            ]
            for c in report.changes
        ],
    )

    _heading(doc, t("report.h_completed"), level=1)
    if not report.completed:
        _para(doc, t("report.none"))
    for i, group in enumerate(report.completed, 1):
        _heading(doc, _sub_number(i) + t("report.group_heading", unit=group.unit_name,
                                         n=len(group.lines)), 2)  # fmt: skip
        headers = ["col.req", "col.period", "col.due", "col.completed", "col.status", "col.note",
                   "col.evidence"]  # fmt: skip
        _table(
            doc,
            [t(h) for h in headers],
            [
                [
                    ln.req,
                    ln.period or "",
                    iso(ln.due),
                    iso(ln.completed),
                    _status_text(ln),
                    ln.note or "",
                    "\n".join(ln.evidence),
                ]
                for ln in group.lines
            ],
        )

    _heading(doc, t("report.h_overdue"), level=1)
    if not report.overdue:
        _para(doc, t("report.none"))
    for i, group in enumerate(report.overdue, 1):
        _heading(doc, _sub_number(i) + t("report.group_heading", unit=group.unit_name,
                                         n=len(group.lines)), 2)  # fmt: skip
        _table(
            doc,
            [t(h) for h in ("col.req", "col.period", "col.due", "col.days_late", "col.text")],
            [
                [ln.req, ln.period or "", iso(ln.due), str(ln.days_late), text]
                for ln, text in zip(group.lines, _texts(group.lines), strict=True)
            ],
        )

    _heading(doc, t("report.h_upcoming", n=report.upcoming_days), level=1)
    if not report.upcoming:
        _para(doc, t("report.none"))
    else:
        headers = ["col.due", "col.days_left", "col.req", "col.unit", "col.period", "col.text"]
        _table(
            doc,
            [t(h) for h in headers],
            [
                [
                    _due(ln),
                    "-" if ln.days_left is None else str(ln.days_left),
                    ln.req,
                    ln.unit_name,
                    ln.period or "",
                    ln.text,
                ]
                for ln in report.upcoming
            ],
        )

    _heading(doc, t("report.h_units"), level=1)
    _table(
        doc,
        [
            t("col.unit"),
            t("col.obligations"),
            status_label("done"),
            status_label("late"),
            status_label("overdue"),
            status_label("due_soon"),
            t("col.on_time_rate"),
            status_label("recorded"),
            status_label("unrecorded"),
        ],
        [
            [
                u.unit_name,
                str(u.obligations),
                str(u.dated["done"]),
                str(u.dated["late"]),
                str(u.dated["overdue"]),
                str(u.dated["due_soon"]),
                pct(u.on_time_rate),
                str(u.standing.recorded),
                str(u.standing.unrecorded),
            ]
            for u in report.units
        ],
    )

    _heading(doc, t("report.h_parts"), level=1)
    _table(
        doc,
        [
            t("col.part"),
            t("col.obligations"),
            t("report.completed"),
            status_label("overdue"),
            t("col.completion"),
        ],
        [
            [
                f"{part.no}、{part.title}",
                str(part.obligations),
                str(part.completed),
                str(part.overdue),
                pct(part.completion),
            ]
            for part in report.parts
        ],
    )
    # No "generated by zwgk" line above the 署名 (the Markdown and HTML forms
    # keep theirs): the text's first paragraph says 数据截至, as a 公文 does.
    _closing(doc, paper.issuer, report.as_of)
    _record_block(doc, paper, report.as_of)
    _save(doc, path)


def notice_counts(notice: Notice) -> str:
    """你单位有3项已逾期、1项即将到期: only the counts there are."""
    parts = []
    if notice.overdue:
        parts.append(t("notice.count_overdue", n=notice.overdue))
    if notice.due_soon:
        parts.append(t("notice.count_due_soon", n=notice.due_soon))
    return t("notice.your_unit", counts=t("notice.count_sep").join(parts))


def write_notice(notice: Notice, path: Path, paper: Paper | None = None) -> None:
    """One reminder laid out as a 督办通知: 文号, title, 主送 (the unit), the
    text with the counts and the reply date, the table of obligations, 特此通知,
    署名 and 成文日期, 版记."""
    paper = paper or Paper(issuer=notice.issuer)
    doc = _document()
    _title(doc, t("notice.title"), paper)
    _para(doc, t("notice.to", unit=notice.unit_name), firstLine=0, firstLineChars=0)
    _para(
        doc,
        t(
            "notice.docx_body",
            plan=notice.plan_title,
            as_of=long_date(notice.as_of),
            counts=notice_counts(notice),
            reply_by=long_date(notice.reply_by),
            issuer=notice.issuer,
        ),
    )
    headers = ["col.no", "col.req", "col.text", "col.period", "col.due", "col.status"]
    _table(
        doc,
        [t(h) for h in headers],
        [
            [
                str(i),
                ln.req,
                text,
                ln.period or "",
                _due(ln),
                _left(ln),
            ]
            for i, (ln, text) in enumerate(zip(notice.lines, _texts(notice.lines), strict=True), 1)
        ],
    )
    _para(doc, t("notice.so_notified"))
    _closing(doc, notice.issuer, notice.as_of, text_kept=2)
    _record_block(doc, paper, notice.as_of)
    _save(doc, path)
