"""The report and the reminders as Word documents (python-docx), which offices
edit, stamp and circulate: A4, headings, tables, and a Chinese font set for
East Asian text (宋体 body, 黑体 headings) so Word does not fall back to a
Western font."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from zwgk.engine.notice import Notice
from zwgk.engine.report import Line, Report
from zwgk.i18n import t
from zwgk.outputs.outfiles import write_zipped
from zwgk.outputs.reportperiod import period_label
from zwgk.outputs.text import figure_label, iso, pct, signed, status_label, xml_safe

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import Table
    from docx.text.paragraph import Paragraph

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"


def _document() -> DocumentObject:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    for name, east_asian, size in (
        ("Normal", BODY_FONT, 10.5),
        ("Title", HEADING_FONT, 18),
        ("Heading 1", HEADING_FONT, 14),
        ("Heading 2", HEADING_FONT, 12),
    ):
        style: Any = doc.styles[name]
        style.font.name = LATIN_FONT
        style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)
    return doc


def _para(doc: DocumentObject, text: str) -> Paragraph:
    return doc.add_paragraph(xml_safe(text))


def _heading(doc: DocumentObject, text: str, level: int) -> Paragraph:
    heading: Paragraph = doc.add_heading(xml_safe(text), level=level)
    return heading


def _table(doc: DocumentObject, headers: list[str], rows: list[list[str]]) -> Table:
    table: Table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = xml_safe(text)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        for cell, text in zip(cells, row, strict=True):
            cell.text = xml_safe(text)
    return table


def _save(doc: DocumentObject, path: Path) -> None:
    write_zipped(path, doc.save)


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


def write_report(report: Report, path: Path, incomplete: str | None = None) -> None:
    """The same sections, in the same order, as the Markdown and HTML reports;
    `incomplete`: what a report made with `--ignore-errors` says of itself."""
    doc = _document()
    p = report.period
    _heading(doc, f"{report.plan_title}\n{t('report.title_' + p.kind)}", level=0)
    _para(
        doc,
        t(
            "report.period_line",
            label=period_label(p),
            start=iso(p.start),
            end=iso(p.end),
            as_of=iso(report.as_of),
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
    for group in report.completed:
        _heading(doc, t("report.group_heading", unit=group.unit_name, n=len(group.lines)), 2)
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
    for group in report.overdue:
        _heading(doc, t("report.group_heading", unit=group.unit_name, n=len(group.lines)), 2)
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
    _para(doc, t("report.generated", as_of=iso(report.as_of)))
    _save(doc, path)


def write_notice(notice: Notice, path: Path) -> None:
    """One reminder, laid out as an official notice: title, addressee, body,
    the table of obligations, reply date, issuer and date."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = _document()
    title = _heading(doc, t("notice.title"), level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, t("notice.to", unit=notice.unit_name))
    _para(
        doc,
        t(
            "notice.body",
            plan=notice.plan_title,
            as_of=iso(notice.as_of),
            overdue=notice.overdue,
            due_soon=notice.due_soon,
            reply_by=iso(notice.reply_by),
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
    _para(doc, t("notice.reply", reply_by=iso(notice.reply_by)))
    for text in (notice.issuer, iso(notice.as_of)):
        _para(doc, text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save(doc, path)
