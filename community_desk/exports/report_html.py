"""The 月度工作报告 as HTML for the print preview (QTextDocument), and the header block every output shares.

QTextDocument understands a small subset of HTML 4 and CSS, so the markup is plain: headings, paragraphs, tables
with border/cellpadding attributes, and each chart as <img src="chart:KEY">, whose picture the UI registers as a
document image resource (chart_png) under that URL. The wording comes from report_sections.sections(); every piece
of text is escaped, so whatever the secretary types ("<", "&") shows as typed. No Qt here.
"""

from __future__ import annotations

from html import escape

from community_desk.domain.report import Report
from community_desk.domain.report_sections import Table, charts, sections
from community_desk.exports.word import chinese_date

CHART_URL_PREFIX = "chart:"
CHART_WIDTH = 600  # pixels on screen; no height, so Qt keeps the picture's own proportions whatever its size
DRAFT_COLOUR = "#c62828"
HEADER_FILL = "#eeeeee"


def status_text(report: Report) -> str:
    """草稿 says the figures may still change; 定稿 says when it was frozen."""
    if not report.final:
        return "草稿（未定稿，数字以定稿为准）"
    return f"定稿（{chinese_date(report.finalised_at.date())}）" if report.finalised_at else "定稿"


def header_fields(report: Report) -> tuple[tuple[str, str], ...]:
    """社区名称 / 报表期间 / 编制人 / 编制日期 / 状态, in the order the PDF, the .docx and the preview print them."""
    return (
        ("社区名称", report.community),
        ("报表期间", f"{report.period.label}（{report.period.kind.value}）"),
        ("编制人", report.text.compiled_by),
        ("编制日期", chinese_date(report.text.compiled_on)),
        ("状态", status_text(report)),
    )


TABLE_OPEN = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse"'


def _table(table: Table) -> str:
    """Header row shaded; the first column (a label) left, figures centred."""
    head = "".join(f'<th bgcolor="{HEADER_FILL}">{escape(cell)}</th>' for cell in table.headers)
    rows = [f"<tr>{head}</tr>"]
    for row in table.rows:
        cells = (f'<td align="{"center" if index else "left"}">{escape(cell)}</td>' for index, cell in enumerate(row))
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"{TABLE_OPEN}>{''.join(rows)}</table>"


def report_html(report: Report) -> str:
    """The whole report as one HTML page; charts are <img src="chart:KEY"> (see the module docstring)."""
    drawn = {chart.key: chart for chart in charts(report.figures)}
    fields = header_fields(report)
    header_rows = []
    for index in range(0, len(fields), 2):
        cells = ""
        for label, value in fields[index : index + 2]:
            shown = escape(value)
            if label == "状态" and not report.final:
                shown = f'<span style="color: {DRAFT_COLOUR}; font-weight: bold">{shown}</span>'
            span = ' colspan="3"' if len(fields[index : index + 2]) == 1 else ""
            cells += f'<td bgcolor="{HEADER_FILL}" width="15%">{escape(label)}</td><td{span}>{shown}</td>'
        header_rows.append(f"<tr>{cells}</tr>")
    parts = [
        "<html><head><meta charset='utf-8'></head><body>",
        f'<h1 align="center">{escape(report.title)}</h1>',
        f'{TABLE_OPEN} width="100%">{"".join(header_rows)}</table>',
    ]
    for section in sections(report):
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts += [f"<p>{escape(text)}</p>" for text in section.paragraphs]
        for table in section.tables:
            parts.append(_table(table))
        for key in section.charts:
            if key in drawn:
                parts.append(
                    f'<p align="center"><img src="{escape(CHART_URL_PREFIX + key)}" alt="{escape(drawn[key].title)}" '
                    f'width="{CHART_WIDTH}"></p>'
                )
    parts.append("</body></html>")
    return "\n".join(parts)
