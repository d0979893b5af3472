"""The 月度工作报告 (and 季报/年报) as an A4 PDF, laid out with reportlab platypus.

Same margins as the program's other PDFs (case_file_pdf.MARGINS), the bundled CJK fonts embedded as subsets with
BabelStone Han for characters Micro Hei lacks (fallback_markup). Every page has the community's name and the
report's title in its header and "第 N 页 共 M 页" in its footer; the total is known only at the end, so pages are
kept until then (as roster.py does). A 草稿 carries a light diagonal 草稿 across every page and a red
status line, so a draft printed by mistake cannot pass for the finalised report.

The wording is report_sections.sections(); this module only lays it out: headings, paragraphs, tables sized to their
content within the text width, and the charts (report_charts.chart_png) scaled to the text width.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from community_desk.domain import report_sections as domain
from community_desk.domain.report import Report, ReportStatus
from community_desk.domain.report_sections import charts, sections
from community_desk.exports.case_file_pdf import MARGINS
from community_desk.exports.fonts import PDF_FONT, draw_string, fallback_markup, register_pdf_fonts
from community_desk.exports.pdf_pages import PdfExportError, numbered_canvas, save_pdf_bytes
from community_desk.exports.report_charts import chart_png, fitting_height
from community_desk.exports.report_html import header_fields

PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
HEADER_Y = PAGE_HEIGHT - 1.5 * cm
FOOTER_Y = 1.2 * cm
RED = "#c62828"
GREY = colors.HexColor("#666666")
HEADER_FILL = colors.HexColor("#eeeeee")
GRID = colors.HexColor("#888888")
CELL_PADDING = 4  # points, each side
LABEL_WIDTH = 2.3 * cm  # 社区名称 … in the header block
CHART_PIXELS = 1200  # across the text width: about 190 dpi on paper

# wordWrap CJK: lines break between Chinese characters but not inside a number, and never before 。 or ）.
TITLE = ParagraphStyle("title", fontName=PDF_FONT, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=10)
HEADING = ParagraphStyle(
    "heading", fontName=PDF_FONT, fontSize=13.5, leading=20, spaceBefore=12, spaceAfter=4, keepWithNext=1
)
BODY = ParagraphStyle(
    "body", fontName=PDF_FONT, fontSize=11, leading=19, firstLineIndent=22, alignment=TA_JUSTIFY, wordWrap="CJK"
)
CELL = ParagraphStyle("cell", fontName=PDF_FONT, fontSize=9.5, leading=13, wordWrap="CJK")
CELL_CENTRED = ParagraphStyle("cell_centred", parent=CELL, alignment=TA_CENTER)


def _page_number(canvas: Canvas, total: int) -> None:
    canvas.setFont(PDF_FONT, 9)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, f"第 {canvas.getPageNumber()} 页 共 {total} 页")


class _Document(BaseDocTemplate):
    """One page template: the header drawn before the text, a 草稿 watermark over it (drafts only)."""

    def __init__(self, target: io.BytesIO, report: Report) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGINS["left"],
            rightMargin=MARGINS["right"],
            topMargin=MARGINS["top"],
            bottomMargin=MARGINS["bottom"],
            title=report.title,
            author=report.community,
            subject=report.period.title,
            creator="社区工作台",
            initialFontName=PDF_FONT,  # else every page names Helvetica, a font the PDF does not embed
        )
        self.report = report
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, 0, 0, 0, 0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._header, onPageEnd=self._watermark)])

    def _header(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        left, right = MARGINS["left"], PAGE_WIDTH - MARGINS["right"]
        draw_string(canvas, left, HEADER_Y, self.report.community, 9)
        title = self.report.period.title + ("" if self.report.final else "（草稿）")
        draw_string(canvas, right - stringWidth(title, PDF_FONT, 9), HEADER_Y, title, 9)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(left, HEADER_Y - 4, right, HEADER_Y - 4)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        """Drawn last and translucent, so it shows across the charts too and the text stays readable."""
        if self.report.final:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.6, 0.6, 0.6, alpha=0.18))
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(40)
        canvas.setFont(PDF_FONT, 130)
        canvas.drawCentredString(0, -45, ReportStatus.DRAFT.value)
        canvas.restoreState()


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(fallback_markup(text), style)


def _header_block(report: Report) -> Table:
    """社区名称 | … | 报表期间 | …, 编制人 | … | 编制日期 | …, 状态 across the row (red for a 草稿)."""
    fields = header_fields(report)
    value_width = (TEXT_WIDTH - 2 * LABEL_WIDTH) / 2
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),  # else Table sets Helvetica, a font the PDF would not embed
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for index in range(0, len(fields), 2):
        pair = fields[index : index + 2]
        row: list[Any] = []
        for label, value in pair:
            shown = fallback_markup(value)
            if label == "状态" and not report.final:
                shown = f'<font color="{RED}">{shown}</font>'
            style.append(("BACKGROUND", (len(row), len(rows)), (len(row), len(rows)), HEADER_FILL))
            row += [_p(label, CELL_CENTRED), Paragraph(shown, CELL)]
        if len(pair) == 1:
            row += ["", ""]
            style.append(("SPAN", (1, len(rows)), (3, len(rows))))
        rows.append(row)
    return Table(rows, colWidths=[LABEL_WIDTH, value_width, LABEL_WIDTH, value_width], style=TableStyle(style))


def _column_widths(table: domain.Table) -> list[float]:
    """Each column as wide as its longest cell; a narrow table widened to 60 % of the text, a wide one shrunk."""
    natural = []
    for column in range(len(table.headers)):
        cells = [table.headers[column], *(row[column] for row in table.rows)]
        natural.append(max(stringWidth(cell, PDF_FONT, CELL.fontSize) for cell in cells) + 2 * CELL_PADDING + 2)
    total = sum(natural)
    target = min(max(total, 0.6 * TEXT_WIDTH), TEXT_WIDTH)
    return [width * target / total for width in natural]


def _table(table: domain.Table) -> Table:
    rows = [[_p(cell, CELL_CENTRED) for cell in table.headers]]
    rows += [[_p(cell, CELL_CENTRED if index else CELL) for index, cell in enumerate(row)] for row in table.rows]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
    )
    return Table(rows, colWidths=_column_widths(table), repeatRows=1, style=style, spaceBefore=6, spaceAfter=6)


def _story(report: Report) -> list[Flowable]:
    drawn = {chart.key: chart for chart in charts(report.figures)}
    story: list[Flowable] = [_p(report.title, TITLE), _header_block(report), Spacer(1, 6)]
    for section in sections(report):
        story.append(_p(section.heading, HEADING))
        story += [_p(text) for text in section.paragraphs]
        story += [_table(table) for table in section.tables]
        for key in section.charts:
            if key in drawn:
                height = fitting_height(drawn[key])
                png = io.BytesIO(chart_png(drawn[key], CHART_PIXELS, height))
                story += [Spacer(1, 6), Image(png, width=TEXT_WIDTH, height=TEXT_WIDTH * height / CHART_PIXELS)]
    return story


def _render(report: Report) -> bytes:
    """The finished PDF in memory."""
    register_pdf_fonts()
    buffer = io.BytesIO()
    try:
        _Document(buffer, report).build(_story(report), canvasmaker=numbered_canvas(_page_number))
    except LayoutError as error:
        raise PdfExportError(f"报告中有内容过长，无法排入一页：{error}") from error
    return buffer.getvalue()


def write_report_pdf(report: Report, target: Path) -> None:
    """Lays the report out in memory, then saves it atomically."""
    save_pdf_bytes(_render(report), target)
