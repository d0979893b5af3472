"""值班表 exports: the printable roster of a week or a month (A4 landscape PDF) and the same roster as .xlsx.

The PDF is the sheet pinned on the office wall: a row per day, a column per shift type, each cell naming the
带班领导 first (★, in red) and then the 值班人员, each with a phone number; a shift not yet fully staffed says
缺N人 in red. After the table come the 值班人员通讯录 and each person's count of shifts in the period. A month
runs onto two pages with the header row repeated; the footer numbers the pages 第N页/共M页.

The workbook has one row per person on a shift (and one 缺N人 row per short-staffed shift, so an unfilled shift
is never missing from the list) and a 统计 sheet with each person's counts for the period and the year.

No Qt and no database here: the service hands over a RosterPeriod and the staff list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from community_desk.domain.calendar import WEEKDAY_NAMES
from community_desk.domain.duty_days import DAY_WORKDAY
from community_desk.domain.roster import ROLE_LEADER, ROLE_STAFF, DutyCounts
from community_desk.exports.excel import ExcelColumn, ExcelTable, write_tables
from community_desk.exports.word import chinese_date
from community_desk.services.roster_dto import PersonOnDuty, RosterPeriod, ShiftView, StaffView

LEADER_MARK = "★"
SWAP_MARK = "（调）"
RED = "#c62828"
OFF_DAY_FILL = "#fbe9e7"  # 休息日 and 节假日 rows
HEADER_FILL = "#e0e0e0"
GRID_COLOUR = "#666666"
SOURCE_SWAP = "调班"

ROSTER_COLUMNS = (
    ExcelColumn("日期", 11.5, "date", free_text=False),
    ExcelColumn("星期", 6),
    ExcelColumn("日别", 14),
    ExcelColumn("班次", 10),
    ExcelColumn("时间", 16),
    ExcelColumn("岗位", 10),
    ExcelColumn("姓名", 10),
    ExcelColumn("联系电话", 14, "text"),
    ExcelColumn("来源", 7),
    ExcelColumn("备注", 10),
)
COUNT_HEADERS = ("班次", "夜班", "节假日", "周末")
COUNTS_COLUMNS = (
    ExcelColumn("序号", 6, "number", free_text=False),
    ExcelColumn("姓名", 10),
    *(ExcelColumn(f"本期{h}", 8, "number", free_text=False) for h in COUNT_HEADERS),
    *(ExcelColumn(f"全年{h}", 8, "number", free_text=False) for h in COUNT_HEADERS),
)


# --- shared wording ----------------------------------------------------------------------------------------------
def period_label(first: date, last: date) -> str:
    """2026年11月 for a whole month, else 2026年11月2日至11月8日 (the year repeated only when it changes)."""
    next_day = date.fromordinal(last.toordinal() + 1)
    if first.day == 1 and next_day.day == 1 and (first.year, first.month) == (last.year, last.month):
        return f"{first.year}年{first.month}月"
    end = chinese_date(last) if last.year != first.year else f"{last.month}月{last.day}日"
    return f"{chinese_date(first)}至{end}"


def roster_title(period: RosterPeriod, community: str = "") -> str:
    """示范社区 2026年11月 值班表."""
    return " ".join(part for part in (community, period_label(period.first, period.last), "值班表") if part)


def day_label(day: date) -> str:
    return f"{day.month}月{day.day}日"


def weekday_label(day: date) -> str:
    return f"周{WEEKDAY_NAMES[day.weekday()]}"


def day_kind_label(kind: str, name: str, short: bool = False) -> str:
    """工作日 / 休息日 / 节假日 春节 / 调休上班; `short`: the name alone when there is one (春节)."""
    if not name:
        return kind
    return name if short or kind == DAY_WORKDAY else f"{kind} {name}"


def shortage(shift: ShiftView) -> tuple[int, int]:
    """(leaders missing, staff missing)."""
    return max(0, shift.needed_leaders - len(shift.leaders)), max(0, shift.needed_staff - len(shift.staff))


def shortage_text(shift: ShiftView) -> str:
    """缺1人, 缺2人（含带班领导）, or blank for a fully staffed shift."""
    leaders, staff = shortage(shift)
    if not leaders + staff:
        return ""
    return f"缺{leaders + staff}人" + ("（含带班领导）" if leaders else "")


def count_values(counts: DutyCounts) -> tuple[int, int, int, int]:
    """班次, 夜班, 节假日, 周末 — in COUNT_HEADERS order (周末: shifts on an ordinary 休息日)."""
    return counts.shifts, counts.nights, counts.holidays, counts.rest_days


def shift_columns(period: RosterPeriod) -> list[tuple[int, str, str]]:
    """(shift type id, name, hours) per column: the period's shift types in order, then any type a shift of the
    period still has but the list lacks (a type retired after the roster was made), so no shift goes unprinted."""
    columns = [(t.id, t.name, t.hours_label) for t in period.shift_types]
    known = {t.id for t in period.shift_types}
    for shift in sorted(period.shifts, key=lambda s: s.starts_at.time()):
        if shift.shift_type_id not in known:
            known.add(shift.shift_type_id)
            columns.append((shift.shift_type_id, shift.name, shift.hours_label))
    return columns


def _listed_staff(period: RosterPeriod, staff: Sequence[StaffView]) -> list[StaffView]:
    """Active staff, and anyone no longer active who still has a shift in the period."""
    on_duty = {p.staff_id for s in period.shifts for p in s.people}
    return [s for s in staff if s.active or s.id in on_duty]


# --- PDF ---------------------------------------------------------------------------------------------------------
def write_roster_pdf(
    path: Path, period: RosterPeriod, staff: Sequence[StaffView], community: str = "", title: str = ""
) -> int:
    """A4 landscape roster of the period; returns the page count. Written to a temporary file and moved into place."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from community_desk.exports.files import replace_atomically
    from community_desk.exports.fonts import PDF_FONT, draw_string, fallback_markup, register_pdf_fonts
    from community_desk.exports.pdf_pages import PDF_BUSY, PdfExportError, numbered_canvas

    register_pdf_fonts()
    title = title or roster_title(period, community)
    page_width, page_height = landscape(A4)
    margin = 1.2 * cm
    width = page_width - 2 * margin
    compact = len(period.days) > 10  # a month: one line for the 带班领导, one for the 值班人员
    size = 8 if compact else 9.5
    cell = ParagraphStyle("cell", fontName=PDF_FONT, fontSize=size, leading=size * 1.3)
    centred = ParagraphStyle("centred", parent=cell, alignment=TA_CENTER)
    header = ParagraphStyle("header", parent=centred, fontSize=9.5, leading=12)
    heading = ParagraphStyle("title", fontName=PDF_FONT, fontSize=16, leading=22, alignment=TA_CENTER)
    subheading = ParagraphStyle("sub", fontName=PDF_FONT, fontSize=11, leading=16, spaceBefore=8, spaceAfter=4)
    note = ParagraphStyle("note", parent=cell, fontSize=9, leading=12, alignment=TA_CENTER)

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(fallback_markup(text), style)

    def red(text: str) -> str:
        return f'<font color="{RED}">{fallback_markup(text)}</font>'

    def person(who: PersonOnDuty) -> str:
        name = fallback_markup(who.name + (SWAP_MARK if who.by_swap else ""))
        phone = f' <font size="{size - 0.5}">{fallback_markup(who.phone)}</font>' if who.phone else ""
        if who.is_leader:
            return f'<font color="{RED}"><b>{LEADER_MARK}{name}</b></font>{phone}'
        return f"{name}{phone}"

    def shift_cell(shift: ShiftView | None) -> Any:
        if shift is None:
            return p("—", centred)
        lines = [person(who) for who in shift.leaders]
        staff_names = [person(who) for who in shift.staff]
        if compact:
            lines += ["　".join(staff_names)] if staff_names else []
        else:
            lines += staff_names
        missing = shortage_text(shift)
        if missing:
            lines.append(red(missing))
        return Paragraph("<br/>".join(lines) or "", cell)

    columns = shift_columns(period)
    fixed = [1.9 * cm, 1.2 * cm, 2.2 * cm]
    shift_width = (width - sum(fixed)) / max(1, len(columns))
    rows: list[list[Any]] = [
        [p("日期", header), p("星期", header), p("日别", header)]
        + [Paragraph(fallback_markup(name) + "<br/>" + fallback_markup(hours), header) for _id, name, hours in columns]
    ]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),  # else Table sets Helvetica, a font the PDF would not embed
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(GRID_COLOUR)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    by_day: dict[date, list[ShiftView]] = {}
    for shift in period.shifts:
        by_day.setdefault(shift.day, []).append(shift)
    for row_number, duty_day in enumerate(period.days, start=1):
        by_type = {s.shift_type_id: s for s in by_day.get(duty_day.day, [])}
        cells = [shift_cell(by_type.get(type_id)) for type_id, _name, _hours in columns]
        kind = day_kind_label(duty_day.kind, duty_day.name, short=True)
        off = duty_day.kind != DAY_WORKDAY
        rows.append(
            [p(day_label(duty_day.day), centred), p(weekday_label(duty_day.day), centred),
             Paragraph(red(kind) if off else fallback_markup(kind), centred), *cells]
        )  # fmt: skip
        if off:
            style.append(("BACKGROUND", (0, row_number), (-1, row_number), colors.HexColor(OFF_DAY_FILL)))
    roster = Table(rows, colWidths=[*fixed, *([shift_width] * len(columns))], repeatRows=1, style=TableStyle(style))

    story: list[Any] = [p(title, heading), Spacer(1, 4)]
    if period.years_without_schedule:
        years = "、".join(f"{y}年" for y in period.years_without_schedule)
        story.append(Paragraph(red(f"注意：{years}的法定节假日和调休安排尚未录入，本表按普通周末排班。"), note))
    story += [Spacer(1, 4), roster]
    story += _staff_section(period, staff, p, subheading, width, colors)

    pages: list[int] = []
    printed = chinese_date(date.today())

    def footer(canvas: Canvas, total: int) -> None:
        y = 0.7 * cm
        canvas.setFillColor(colors.HexColor(RED))
        draw_string(canvas, margin, y, LEADER_MARK, 8.5)
        canvas.setFillColor(colors.black)
        legend = f"为带班领导　{SWAP_MARK}为调班　缺N人为尚未排满　　{title}"
        draw_string(canvas, margin + 9, y, legend, 8.5)
        draw_string(canvas, page_width / 2 + 2 * cm, y, f"打印日期：{printed}", 8.5)
        canvas.setFont(PDF_FONT, 8.5)
        canvas.drawRightString(page_width - margin, y, f"第{canvas.getPageNumber()}页/共{total}页")
        pages.append(total)

    def write(temp: Path) -> None:
        document = SimpleDocTemplate(
            str(temp), pagesize=(page_width, page_height), leftMargin=margin, rightMargin=margin,
            topMargin=1.0 * cm, bottomMargin=1.3 * cm, title=title, author=community, subject="值班表",
            creator="社区工作台", initialFontName=PDF_FONT,
        )  # fmt: skip
        document.build(story, canvasmaker=numbered_canvas(footer))

    replace_atomically(Path(path), write, PdfExportError, PDF_BUSY, suffix=".tmp.pdf")
    return pages[-1]


def _staff_section(period: RosterPeriod, staff: Sequence[StaffView], p: Any, subheading: Any, width: float,
                   colors: Any) -> list[Any]:  # fmt: skip
    """值班人员通讯录 with each person's counts for the period, two people across to save paper."""
    from reportlab.platypus import KeepTogether, Table, TableStyle

    from community_desk.exports.fonts import PDF_FONT

    counts = {c.staff_id: c.period for c in period.counts}
    people = _listed_staff(period, staff)
    listed = {s.id for s in people}
    extra = [c for c in period.counts if c.staff_id not in listed]  # counted but not in the staff list handed over
    if not people and not extra:
        return []
    headers = ["姓名", "职务", "联系电话", *COUNT_HEADERS]
    entries = [
        [s.name, s.role + ("（可带班）" if s.can_lead else ""), s.phone,
         *(count_values(counts[s.id]) if s.id in counts else ("", "", "", ""))]
        for s in people
    ] + [[c.name, "", "", *count_values(c.period)] for c in extra]  # fmt: skip
    across = 2 if len(entries) > 4 else 1
    half = (len(entries) + across - 1) // across
    columns = [entries[i * half : (i + 1) * half] for i in range(across)]
    rows = [[p(h) for _ in range(across) for h in headers]]
    for index in range(half):
        row: list[Any] = []
        for column in columns:
            entry = column[index] if index < len(column) else [""] * len(headers)
            row += [p(str(value)) for value in entry]
        rows.append(row)
    block = (width - (across - 1) * 8) / across
    own = [0.15, 0.23, 0.2, 0.105, 0.105, 0.105, 0.105]
    widths: list[float] = []
    for number in range(across):
        widths += [block * share for share in own]
        if number < across - 1:
            widths[-1] += 8  # the gap sits inside the last column of the left half
    style = [
        ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(GRID_COLOUR)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    table = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))
    heading = p(f"值班人员通讯录及本期值班次数（{period_label(period.first, period.last)}）", subheading)
    return [KeepTogether([heading, table])]


# --- xlsx --------------------------------------------------------------------------------------------------------
def write_roster_xlsx(path: Path, period: RosterPeriod, staff: Sequence[StaffView], community: str = "") -> int:
    """Sheet 值班表 (a row per person on a shift, a 缺N人 row per short-staffed shift) and 统计; returns the rows of
    值班表."""
    label = period_label(period.first, period.last)
    unit = f"填报单位：{community}居民委员会" if community else ""
    filled = f"制表日期：{chinese_date(date.today())}"
    kinds = {d.day: d for d in period.days}
    roster = ExcelTable("值班表", f"{community}{label}值班表", (unit, f"共{len(period.shifts)}个班次", filled),
                        ROSTER_COLUMNS)  # fmt: skip
    rows: list[tuple[object, ...]] = []
    for shift in sorted(period.shifts, key=lambda s: (s.starts_at, s.name)):
        duty_day = kinds.get(shift.day)
        kind = (
            day_kind_label(duty_day.kind, duty_day.name) if duty_day else day_kind_label(shift.day_kind, shift.day_name)
        )
        head = (shift.day, weekday_label(shift.day), kind, shift.name, shift.hours_label)
        for who in shift.people:
            rows.append((*head, who.role, who.name, who.phone, SOURCE_SWAP if who.by_swap else "", ""))
        leaders, staff_missing = shortage(shift)
        if leaders or staff_missing:
            role = ROLE_LEADER if leaders else ROLE_STAFF
            rows.append((*head, role, "", "", "", shortage_text(shift)))
    year = period.first.year
    stats = ExcelTable("统计", f"{community}值班次数统计（本期：{label}；全年：{year}年）", (unit, filled),
                       COUNTS_COLUMNS)  # fmt: skip
    position = {s.id: index for index, s in enumerate(staff)}  # the staff list's order, others after it
    order = sorted(period.counts, key=lambda c: position.get(c.staff_id, len(position)))
    stat_rows = [
        (index, c.name, *count_values(c.period), *count_values(c.year)) for index, c in enumerate(order, start=1)
    ]
    return write_tables(Path(path), [(roster, rows), (stats, stat_rows)])[0]
