"""A report made ready for the screen off the UI thread: its HTML and its chart pictures (Pillow)."""

from __future__ import annotations

from dataclasses import dataclass

from community_desk.domain.report import Report
from community_desk.domain.report_sections import charts
from community_desk.exports.report_html import report_html


@dataclass(frozen=True)
class RenderedReport:
    """A report with its HTML and chart pictures, made off the UI thread."""

    report: Report
    html: str
    charts: dict[str, bytes]


def render(report: Report) -> RenderedReport:
    from community_desk.exports.report_charts import chart_png, fitting_height  # Pillow: with the first report

    pictures = {chart.key: chart_png(chart, height=fitting_height(chart)) for chart in charts(report.figures)}
    return RenderedReport(report, report_html(report), pictures)
