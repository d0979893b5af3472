"""志愿服务记录证明 as .docx (the editable template) and as PDF (reportlab, embedded CJK fonts with fallback).

Both are filled from one context, so the Word and PDF certificates say the same thing. The ID number is printed
in full: the certificate is an official document handed to the volunteer themself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from community_desk.domain import volunteers as rules
from community_desk.exports.word import chinese_date, render
from community_desk.services.volunteer_dto import CertificateData

TEMPLATE = "volunteer_certificate.docx"
BLANK = "\u3000" * 6


def context(data: CertificateData) -> dict[str, Any]:
    return {
        "number": data.number,
        "name": data.name,
        "id_type": data.id_type,
        "id_number": data.id_number,
        "volunteer_number": data.volunteer_number,
        "period": f"{chinese_date(data.period_from)}至{chinese_date(data.period_to)}",
        "hours": rules.hours_text(data.minutes),
        "times": len(data.records),
        "content": data.content,
        "issuer": data.issuer,
        "responsible": data.responsible,
        "handler": data.handler,
        "issued_on": chinese_date(data.issued_on),
        "records": [
            {
                "date": f"{r.start:%Y-%m-%d}",
                "time": f"{r.start:%H:%M}–{r.end:%H:%M}" + ("(次日)" if r.end.date() != r.start.date() else ""),
                "hours": rules.hours_text(r.minutes),
                "category": r.category,
                "content": r.content,
            }
            for r in data.records
        ],
    }


def write_docx(data: CertificateData, out_path: Path) -> Path:
    return render(TEMPLATE, context(data), Path(out_path))


def write_pdf(data: CertificateData, out_path: Path) -> Path:
    """A4, the fields as a label/value table, the record list, signature lines and a seal space."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from community_desk.exports.files import replace_atomically
    from community_desk.exports.fonts import PDF_FONT, fallback_markup, register_pdf_fonts
    from community_desk.exports.pdf_pages import PDF_BUSY, PdfExportError

    register_pdf_fonts()
    values = context(data)
    body = ParagraphStyle("body", fontName=PDF_FONT, fontSize=11, leading=18)
    cell = ParagraphStyle("cell", fontName=PDF_FONT, fontSize=10, leading=14)
    title = ParagraphStyle("title", parent=body, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=8)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)

    def p(text: Any, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(fallback_markup(str(text)), style)

    fields = [
        [p("志愿者姓名"), p(values["name"]), p("志愿者编号"), p(values["volunteer_number"])],
        [p("证件类型"), p(values["id_type"]), p("证件号码"), p(values["id_number"])],
        [p("服务时间段"), p(values["period"]), "", ""],
        [p("累计服务时长"), p(f"{values['hours']} 小时（共 {values['times']} 次）"), "", ""],
        [p("服务内容/项目"), p(values["content"]), "", ""],
    ]
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
            ("BACKGROUND", (2, 0), (2, 1), colors.HexColor("#F2F2F2")),
        ]
        + [("SPAN", (1, row), (3, row)) for row in (2, 3, 4)]
    )
    width = A4[0] - 4.6 * cm
    story: list[Any] = [
        p("志愿服务记录证明", title),
        p(f"证明编号：{values['number']}", right),
        Spacer(1, 6),
        Table(fields, colWidths=[2.8 * cm, width / 2 - 2.8 * cm, 2.8 * cm, width / 2 - 2.8 * cm], style=grid),
        Spacer(1, 8),
        p(
            "兹证明以上志愿者在我单位参加志愿服务，服务记录真实、准确。本证明依据《志愿服务记录办法》"
            "（民发〔2015〕149号）出具。",
            body,
        ),
        Spacer(1, 6),
    ]
    rows = [[p(h) for h in ("日期", "时间", "时长(小时)", "类别", "服务内容")]]
    rows += [[p(r["date"]), p(r["time"]), p(r["hours"]), p(r["category"]), p(r["content"])] for r in values["records"]]
    story.append(
        Table(
            rows,
            colWidths=[2.4 * cm, 3.0 * cm, 2.0 * cm, 2.2 * cm, width - 9.6 * cm],
            repeatRows=1,
            style=TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
                ]
            ),
        )
    )
    story += [
        Spacer(1, 16),
        p(f"负责人（签名）：{values['responsible'] or BLANK}　　经办人（签名）：{values['handler'] or BLANK}", body),
        Spacer(1, 30),
        p("（盖章）", right),
        p(f"出具单位：{values['issuer']}", right),
        p(f"出具日期：{values['issued_on']}", right),
    ]

    def write(temp: Path) -> None:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=2.6 * cm,
            rightMargin=2.0 * cm,
            topMargin=2.5 * cm,
            bottomMargin=2.2 * cm,
            title="志愿服务记录证明",
        )
        document.build(story)

    return replace_atomically(Path(out_path), write, PdfExportError, PDF_BUSY, suffix=".tmp.pdf")
