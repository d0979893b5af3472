"""活动 exports: the year's 活动台账 (.xlsx) and a printable A4 month calendar (.pdf, bundled CJK fonts)."""

from __future__ import annotations

import calendar as pycal
from datetime import date, timedelta
from pathlib import Path

from community_desk.domain import calendar as rules
from community_desk.exports.excel import ExcelColumn, ExcelTable, write_table
from community_desk.services.events_dto import OccurrenceView

LEDGER = ExcelTable(
    sheet_name="活动台账",
    title="社区活动台账",
    subtitle=(),
    columns=(
        ExcelColumn("日期", 12, "date"),
        ExcelColumn("时间", 12),
        ExcelColumn("活动名称", 28),
        ExcelColumn("类别", 10),
        ExcelColumn("地点", 12),
        ExcelColumn("组织者", 14),
        ExcelColumn("报名人数", 10, "number"),
        ExcelColumn("参与人数", 10, "number"),
    ),
)


def write_ledger(path: Path, year: int, occurrences: list[OccurrenceView], community: str = "") -> int:
    """One row per held occurrence (cancelled ones are left out); 参与人数 counts sign-ins."""
    held = [o for o in occurrences if not o.cancelled and o.start.year == year]
    table = ExcelTable(LEDGER.sheet_name, f"{year}年{LEDGER.title}", (community, f"共 {len(held)} 场"), LEDGER.columns)
    rows = (
        (
            o.start.date(),
            f"{o.start:%H:%M}–{o.end:%H:%M}",
            o.name,
            o.category,
            o.place,
            o.organiser,
            o.signups,
            o.attendance,
        )
        for o in held
    )
    return write_table(path, table, rows)


def write_month_pdf(path: Path, year: int, month: int, occurrences: list[OccurrenceView], community: str = "") -> None:
    """A4 landscape grid, Monday first, festivals in red, up to six events per day then 另有N项."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from community_desk.exports.fonts import draw_string, register_pdf_fonts

    register_pdf_fonts()
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.setTitle(f"{year}年{month}月活动安排")
    margin, top_band = 28.0, 60.0
    draw_string(canvas, margin, height - 36, f"{community}{year}年{month}月活动安排", 16)
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    weeks = (pycal.monthrange(year, month)[1] + first.weekday() + 6) // 7
    cell_w = (width - 2 * margin) / 7
    cell_h = (height - margin - top_band - 16) / weeks
    grid_top = height - top_band - 16
    for col, name in enumerate(rules.WEEKDAY_NAMES):
        draw_string(canvas, margin + col * cell_w + cell_w / 2 - 10, grid_top + 4, f"周{name}", 10)
    festivals: dict[date, str] = {}
    for y in {year - 1, year, year + 1}:
        for festival in rules.festivals(y):
            festivals[festival.day] = festivals.get(festival.day, "") + festival.name
    by_day: dict[date, list[OccurrenceView]] = {}
    for occ in occurrences:
        by_day.setdefault(occ.start.date(), []).append(occ)
    for week in range(weeks):
        for col in range(7):
            day = start + timedelta(days=week * 7 + col)
            x, y = margin + col * cell_w, grid_top - (week + 1) * cell_h
            canvas.setStrokeColor(HexColor("#888888"))
            canvas.rect(x, y, cell_w, cell_h)
            if day.month != month:
                continue
            draw_string(canvas, x + 3, y + cell_h - 12, str(day.day), 10)
            if day in festivals:
                canvas.setFillColor(HexColor("#c62828"))
                draw_string(canvas, x + 22, y + cell_h - 12, festivals[day], 8)
                canvas.setFillColor(HexColor("#000000"))
            lines = [f"{o.start:%H:%M} {o.name}" for o in by_day.get(day, []) if not o.cancelled]
            room = max(0, int((cell_h - 18) // 10))
            if len(lines) > room:
                lines = [*lines[: room - 1], f"另有{len(lines) - room + 1}项"]
            for i, line in enumerate(lines):
                draw_string(canvas, x + 3, y + cell_h - 24 - i * 10, _fit(line, cell_w - 6), 7)
    canvas.showPage()
    canvas.save()


def _fit(text: str, width: float, size: float = 7) -> str:
    """Cut a line to the cell's width (CJK glyphs are about one em wide)."""
    limit = max(4, int(width // size))
    return text if len(text) <= limit else text[: limit - 1] + "…"
