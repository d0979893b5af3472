"""The 月度工作报告 (and 季报/年报) as an editable Word file, from templates/monthly_report.docx (docxtpl).

The template (built by make_monthly_report.py, editable in Word) loops over report_sections.sections(), so the .docx
says exactly what the PDF and the preview say; the header fields and the main figures are offered as plain
variables too, for a clerk who rewrites the template in their own words. Charts are report_charts.chart_png
pictures inserted as docxtpl InlineImage.

An InlineImage must be made from the very DocxTemplate that renders it, so this module opens the template itself
instead of calling word.render; it renders just as strictly (a name the code does not supply is an error, values
are escaped), gives characters beyond U+FFFF their SimSun-ExtB runs and saves atomically with word's helpers.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import Environment, StrictUndefined, TemplateError, UndefinedError

from community_desk.domain.report import Report
from community_desk.domain.report_sections import charts, sections
from community_desk.exports.report_charts import chart_png, fitting_height
from community_desk.exports.report_html import header_fields
from community_desk.exports.word import (
    WordExportError,
    clean_text,
    save_atomic,
    template_path,
    use_supplementary_font,
)

TEMPLATE = "monthly_report.docx"
CHART_WIDTH_CM = 15.5  # of the 16.4 cm text width
CHART_PIXELS = 1200


def _figures(report: Report) -> dict[str, Any]:
    """The main figures under plain names, for a template that writes them into sentences of its own."""
    p, d, m = report.figures.population, report.figures.duty, report.figures.mediation
    v, e = report.figures.volunteers, report.figures.events
    return {
        "households": p.households,
        "residents": p.residents,
        "moved_in": p.moved_in,
        "moved_out": p.moved_out,
        "births": p.births,
        "deaths": p.deaths,
        "aged_80": p.aged_80,
        "aged_90": p.aged_90,
        "shifts": d.shifts,
        "calls": d.calls,
        "visits": d.visits,
        "incidents": d.incidents,
        "open_handover_items": d.open_handover_items,
        "talks": m.talks,
        "received": m.received,
        "succeeded": m.succeeded,
        "concluded": m.concluded,
        "success_rate": m.success_rate_text,
        "amount": m.amount_text,
        "prevented_cases": m.prevented_cases,
        "prevented_people": m.prevented_people,
        "follow_up_visits": m.follow_up_visits,
        "topics": m.topics,
        "resolutions": m.resolutions,
        "carried_out": m.carried_out,
        "active_volunteers": v.active_volunteers,
        "services": v.services,
        "volunteer_hours": v.hours_text,
        "events": e.events,
        "participants": e.participants,
    }


def report_context(report: Report, pictures: Mapping[str, Any]) -> dict[str, Any]:
    """What the template reads (make_monthly_report.py lists it); `pictures` maps a chart key to its picture."""
    fields = dict(header_fields(report))
    return {
        "community": report.community,
        "title": report.title,
        "period_title": report.period.title,
        "period": fields["报表期间"],
        "compiled_by": fields["编制人"],
        "compiled_on": fields["编制日期"],
        "status": fields["状态"],
        "draft": not report.final,
        "sections": [
            {
                "heading": section.heading,
                "paragraphs": list(section.paragraphs),
                "tables": [{"headers": list(t.headers), "rows": [list(row) for row in t.rows]} for t in section.tables],
                "charts": [pictures[key] for key in section.charts if key in pictures],
            }
            for section in sections(report)
        ],
        "plan": report.text.plan,
        "problems": report.text.problems,
        "next_month": report.period.next_period().label,
        "figures": _figures(report),
    }


def write_report_docx(report: Report, target: Path) -> None:
    """Fills the template and writes it beside `target`, then moves it into place (never half a file)."""
    template = DocxTemplate(template_path(TEMPLATE))
    pictures = {}
    for chart in charts(report.figures):
        height = fitting_height(chart, CHART_PIXELS)
        png = io.BytesIO(chart_png(chart, CHART_PIXELS, height))
        pictures[chart.key] = InlineImage(template, png, width=Cm(CHART_WIDTH_CM))
    environment = Environment(undefined=StrictUndefined, autoescape=True)
    try:
        template.render(clean_text(report_context(report, pictures)), jinja_env=environment, autoescape=True)
    except UndefinedError as error:
        raise WordExportError(f"Word模板 {TEMPLATE} 使用了程序未提供的内容：{error}") from error
    except TemplateError as error:
        raise WordExportError(f"Word模板 {TEMPLATE} 的标记有误：{error}") from error
    document = template.docx
    use_supplementary_font(document.element.body)
    for section in document.sections:
        for part in (section.header, section.footer):
            use_supplementary_font(part._element)
    save_atomic(template, Path(target))
