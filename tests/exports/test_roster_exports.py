"""值班表 (.pdf landscape, .xlsx) and the day's 值班记录 (.docx), built from hand-made DTOs and read back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

from community_desk.domain.duty_days import DAY_HOLIDAY, DAY_REST, DAY_WORKDAY, WORKING_WEEKEND, DutyDay
from community_desk.domain.roster import ROLE_LEADER, ROLE_STAFF, DutyCounts
from community_desk.exports import word
from community_desk.exports.duty_log import TEMPLATE, context, write_duty_log_docx
from community_desk.exports.roster import write_roster_pdf, write_roster_xlsx
from community_desk.services.roster_dto import (
    DutyLogInput,
    DutyLogView,
    HandoverItemView,
    LogEntryView,
    PersonCounts,
    PersonOnDuty,
    RosterPeriod,
    ShiftTypeView,
    ShiftView,
    StaffView,
)

COMMUNITY = "示范社区"
LEADERS = [(1, "张书记", "13800000001"), (2, "李主任", "13800000002"), (3, "王䶮", "13800000003")]
STAFF = [(4, "𠮷祥", "13900000004"), (5, "赵敏", "13900000005"), (6, "钱多多", "13900000006"),
         (7, "孙小梅", "13900000007"), (8, "周建国", "13900000008"), (9, "吴桐", "13900000009")]  # fmt: skip
DAY_SHIFT = ShiftTypeView(1, "白班", time(8, 30), time(17, 30), frozenset({DAY_WORKDAY}), 1, 1, False, True)
NIGHT = ShiftTypeView(2, "夜间", time(17, 30), time(8, 30), frozenset({DAY_WORKDAY}), 1, 2, True, True)
FULL_DAY = ShiftTypeView(3, "全天", time(8), time(8), frozenset({DAY_REST, DAY_HOLIDAY}), 1, 2, True, True)
TYPES = (DAY_SHIFT, NIGHT, FULL_DAY)
# February 2026: 春节 15–23 February, Saturdays 14 and 28 February are 调休上班.
SPRING_FESTIVAL = {date(2026, 2, 15) + timedelta(days=i) for i in range(9)}
WORKING_SATURDAYS = {date(2026, 2, 14), date(2026, 2, 28)}
SHORT_DAY = date(2026, 2, 3)  # its night shift lacks one 值班人员
SWAP_DAY = date(2026, 2, 4)  # its day shift's 值班人员 is there by a 调班


def staff_list() -> list[StaffView]:
    people = [StaffView(i, n, "主任" if i < 4 else "社区工作者", p, i < 4, True, "") for i, n, p in LEADERS + STAFF]
    return [*people, StaffView(10, "郑离职", "委员", "13700000010", False, False, "")]  # inactive, never on duty


def duty_day(day: date) -> DutyDay:
    if day in SPRING_FESTIVAL:
        return DutyDay(day, DAY_HOLIDAY, "春节", "library")
    if day in WORKING_SATURDAYS:
        return DutyDay(day, DAY_WORKDAY, WORKING_WEEKEND, "library")
    return DutyDay(day, DAY_REST if day.weekday() >= 5 else DAY_WORKDAY, "", "weekend")


def person(entry: tuple[int, str, str], role: str, serial: int, by_swap: bool = False) -> PersonOnDuty:
    staff_id, name, phone = entry
    return PersonOnDuty(serial, staff_id, name, phone, role, by_swap)


def build_period(first: date, last: date) -> RosterPeriod:
    """Round-robin roster: every shift type whose day kinds include the day, one leader and its staff each."""
    days = tuple(duty_day(first + timedelta(days=i)) for i in range((last - first).days + 1))
    shifts: list[ShiftView] = []
    tally: dict[int, list[int]] = {}
    serial = leader_turn = staff_turn = 0
    for d in days:
        for shift_type in TYPES:
            if d.kind not in shift_type.day_kinds:
                continue
            starts = datetime.combine(d.day, shift_type.start)
            ends = datetime.combine(d.day + timedelta(days=shift_type.end <= shift_type.start), shift_type.end)
            leader = person(LEADERS[leader_turn % len(LEADERS)], ROLE_LEADER, serial := serial + 1)
            leader_turn += 1
            wanted = shift_type.staff - (d.day == SHORT_DAY and shift_type is NIGHT)
            crew = []
            for _ in range(wanted):
                swap = d.day == SWAP_DAY and shift_type is DAY_SHIFT
                crew.append(person(STAFF[staff_turn % len(STAFF)], ROLE_STAFF, serial := serial + 1, swap))
                staff_turn += 1
            shifts.append(ShiftView(serial, d.day, shift_type.id, shift_type.name, starts, ends, d.kind, d.name,
                                    (leader,), tuple(crew), 1, shift_type.staff, False))  # fmt: skip
            for who in (leader, *crew):
                counts = tally.setdefault(who.staff_id, [0, 0, 0, 0])
                counts[0] += 1
                counts[1] += shift_type.night
                counts[2] += d.kind == DAY_HOLIDAY
                counts[3] += d.kind == DAY_REST
    names = {i: n for i, n, _p in LEADERS + STAFF}
    counts = tuple(
        PersonCounts(i, names[i], DutyCounts(*c), DutyCounts(c[0] + 10, c[1] + 3, c[2] + 1, c[3] + 2))
        for i, c in sorted(tally.items())
    )
    return RosterPeriod(first, last, days, TYPES, tuple(shifts), (), counts, ())


@pytest.fixture
def month() -> RosterPeriod:
    return build_period(date(2026, 2, 1), date(2026, 2, 28))


@pytest.fixture
def week() -> RosterPeriod:
    return build_period(date(2026, 2, 2), date(2026, 2, 8))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# --- PDF ---------------------------------------------------------------------------------------------------------
def test_month_pdf_is_landscape_on_two_pages_with_every_name_phone_and_mark(month: RosterPeriod, tmp_path: Path):
    out = tmp_path / "值班表.pdf"
    pages = write_roster_pdf(out, month, staff_list(), COMMUNITY)
    reader = PdfReader(out)
    assert pages == len(reader.pages) == 2
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height
    text = pdf_text(out)
    for needed in ("示范社区 2026年2月 值班表", "2月3日", "周二", "春节", WORKING_WEEKEND, "夜间", "17:30–次日08:30",
                   "★张书记", "王䶮", "𠮷祥", "13900000004", "13800000003", "缺1人",
                   "值班人员通讯录", "第1页/共2页", "第2页/共2页", "打印日期"):  # fmt: skip
        assert needed in text, needed
    assert text.count("缺1人") == 1
    swapped = next(p for s in month.shifts for p in s.people if p.by_swap)
    assert f"{swapped.name}（调）" in text and text.count("（调）") == 1 + 2  # the person, the legend on each page
    assert "郑离职" not in text  # inactive and never on duty: not in the 通讯录
    assert text.count("日期") >= 2  # the header row is repeated on the second page
    assert "日期" in reader.pages[1].extract_text()


def test_pdf_embeds_both_fonts(month: RosterPeriod, tmp_path: Path):
    out = tmp_path / "值班表.pdf"
    write_roster_pdf(out, month, staff_list(), COMMUNITY)
    embedded = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.add(str(font["/BaseFont"]))
        assert all("Helvetica" not in str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values())
    assert any("WenQuanYiMicroHei" in name for name in embedded) and any("BabelStoneHan" in name for name in embedded)


def test_week_pdf_fits_one_page_and_title_can_be_overridden(week: RosterPeriod, tmp_path: Path):
    out = tmp_path / "周值班表.pdf"
    assert write_roster_pdf(out, week, staff_list(), COMMUNITY) == 1
    text = pdf_text(out)
    assert "示范社区 2026年2月2日至2月8日 值班表" in text and "第1页/共1页" in text
    assert "休息日" in text and "缺1人" in text
    custom = tmp_path / "custom.pdf"
    write_roster_pdf(custom, week, staff_list(), COMMUNITY, title="春节前值班安排")
    assert "春节前值班安排" in pdf_text(custom) and "2026年2月2日至2月8日 值班表" not in pdf_text(custom)


# --- xlsx --------------------------------------------------------------------------------------------------------
def test_xlsx_has_a_row_per_person_on_shift_and_phones_as_text(month: RosterPeriod, tmp_path: Path):
    out = tmp_path / "值班表.xlsx"
    written = write_roster_xlsx(out, month, staff_list(), COMMUNITY)
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["值班表", "统计"]
    sheet = workbook["值班表"]
    assert sheet.cell(1, 1).value == "示范社区2026年2月值班表"
    assert [c.value for c in sheet[3]] == ["日期", "星期", "日别", "班次", "时间", "岗位", "姓名", "联系电话", "来源",
                                           "备注"]  # fmt: skip
    rows = list(sheet.iter_rows(min_row=4))
    people = sum(len(s.people) for s in month.shifts)
    assert written == len(rows) == people + 1  # and one 缺1人 row for the short shift
    named = [r for r in rows if r[6].value]
    assert len(named) == people
    for row in named:
        assert row[7].data_type == "s" and row[7].number_format == "@" and row[7].value.startswith("1")
    rare = next(r for r in named if r[6].value == "𠮷祥")
    assert rare[7].value == "13900000004"
    short = next(r for r in rows if not r[6].value)
    assert short[9].value == "缺1人" and short[3].value == "夜间" and short[1].value == "周二"
    assert short[0].value.date() == SHORT_DAY and short[4].value == "17:30–次日08:30"
    swapped = [r for r in named if r[8].value == "调班"]
    assert [(r[0].value.date(), r[5].value) for r in swapped] == [(SWAP_DAY, ROLE_STAFF)]
    festival = next(r for r in named if r[0].value.date() == date(2026, 2, 17))
    assert festival[2].value == "节假日 春节" and festival[3].value == "全天"
    assert next(r for r in named if r[0].value.date() == date(2026, 2, 14))[2].value == WORKING_WEEKEND
    assert {r[5].value for r in named} == {ROLE_LEADER, ROLE_STAFF}


def test_xlsx_statistics_sheet_has_period_and_year_counts(month: RosterPeriod, tmp_path: Path):
    out = tmp_path / "值班表.xlsx"
    write_roster_xlsx(out, month, staff_list(), COMMUNITY)
    sheet = load_workbook(out)["统计"]
    assert [c.value for c in sheet[3]][2:] == ["本期班次", "本期夜班", "本期节假日", "本期周末",
                                              "全年班次", "全年夜班", "全年节假日", "全年周末"]  # fmt: skip
    rows = {r[1]: r[2:] for r in sheet.iter_rows(min_row=4, values_only=True)}
    for counts in month.counts:
        p, y = counts.period, counts.year
        assert rows[counts.name] == (p.shifts, p.nights, p.holidays, p.rest_days, y.shifts, y.nights, y.holidays,
                                     y.rest_days)  # fmt: skip
    # 28 days: 12 holiday/weekend days with one 全天 shift (1 leader), 16 working days with 白班 and 夜间
    leader_shifts = sum(rows[name][0] for _i, name, _p in LEADERS)
    assert leader_shifts == 12 + 16 * 2
    assert sum(rows[name][2] for _i, name, _p in LEADERS) == 9  # 春节 is nine days, one 带班领导 a day


# --- 值班记录 .docx ----------------------------------------------------------------------------------------------
def duty_log(empty: bool = False) -> DutyLogView:
    period = build_period(date(2026, 2, 3), date(2026, 2, 3))
    night = next(s for s in period.shifts if s.name == "夜间")
    if empty:
        return DutyLogView(night, DutyLogInput(), (), (), (), ())
    entries = (
        LogEntryView(1, "来电", time(18, 5), "刘阿姨", "13512345678", "楼道灯坏了", "已联系物业维修", 1),
        LogEntryView(2, "来访", time(19, 40), "陈先生等3人", "", "咨询独生子女证补办", "告知所需材料", 3),
        LogEntryView(3, "突发事件", time(22, 15), "巡查发现", "", "3号楼电动车充电冒烟", "切断电源，无人员受伤", 1),
    )  # fmt: skip
    carried = HandoverItemView(11, "5号楼下水道堵塞待疏通", date(2026, 2, 1), "2月1日 全天", False, None, "")
    raised = HandoverItemView(12, "次日上午回访刘阿姨", date(2026, 2, 3), "2月3日 夜间", False, None, "")
    closed = HandoverItemView(13, "小区东门监控故障", date(2026, 1, 30), "1月30日 夜间", True, date(2026, 2, 3),
                              "已更换摄像头")  # fmt: skip
    data = DutyLogInput("门前三包落实到位，无乱堆乱放", "消防通道畅通，门窗已锁好", "夜间巡查两次", "𠮷祥", "赵敏")
    return DutyLogView(night, data, entries, (carried,), (raised,), (closed,))


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_template_declares_only_what_the_code_supplies():
    assert word.template_variables(TEMPLATE) == set(context(duty_log(), COMMUNITY))


def test_duty_log_docx_holds_every_field(tmp_path: Path):
    log = duty_log()
    out = write_duty_log_docx(tmp_path / "值班记录.docx", log, COMMUNITY)
    text = docx_text(out)
    leader, crew = log.shift.leaders[0].name, [p.name for p in log.shift.staff]
    for needed in ("示范社区值班记录", "2026年2月3日 星期二", "夜间", "17:30–次日08:30", leader, *crew,
                   "刘阿姨", "13512345678", "来访", "陈先生等3人", *(e.matter for e in log.entries),
                   *(e.handling for e in log.entries), "门前三包", "门前三包落实到位，无乱堆乱放", "四防",
                   "（防火 防盗 防破坏\n防治安灾害事故）", "消防通道畅通，门窗已锁好", "5号楼下水道堵塞待疏通",
                   "2月1日 全天", "次日上午回访刘阿姨", "小区东门监控故障", "已更换摄像头", "夜间巡查两次",
                   "交班人（签字）：𠮷祥",
                   "接班人（签字）：赵敏", "来电 1 人次，来访 3 人次", "22:15"):  # fmt: skip
        assert needed in text, needed
    assert "{{" not in text and "{%" not in text
    calls = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "时间" and len(t.columns) == 7)
    assert len(calls.rows) == 3  # header and the 来电 and 来访 rows; the 突发事件 is not among them
    assert "3号楼电动车充电冒烟" not in "".join(c.text for r in calls.rows for c in r.cells)


def test_duty_log_rare_characters_get_the_extension_b_font(tmp_path: Path):
    out = write_duty_log_docx(tmp_path / "值班记录.docx", duty_log(), COMMUNITY)
    body = Document(str(out)).element.body
    fonts = [r for r in body.iter(qn("w:r")) if "𠮷" in "".join(t.text or "" for t in r.iter(qn("w:t")))]
    assert fonts and all(r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia"))
                         == word.SUPPLEMENTARY_FONT for r in fonts)  # fmt: skip


def test_empty_log_prints_none_rows(tmp_path: Path):
    out = write_duty_log_docx(tmp_path / "空.docx", duty_log(empty=True), "")
    document = Document(str(out))
    tables = document.tables
    calls, incidents = tables[1], tables[2]
    assert calls.rows[1].cells[0].text == "无" and len(calls.rows) == 2
    assert [c.text for c in incidents.rows[1].cells] == ["无", "", ""] and len(incidents.rows) == 2
    handover = tables[4]
    assert [(r.cells[0].text, r.cells[1].text) for r in handover.rows[1:]] == [
        ("上班遗留", "无"),
        ("本班新增", "无"),
        ("本班办结", "无"),
    ]
    assert document.paragraphs[0].text == "值班记录"


def test_a_clerks_own_template_is_used(tmp_path: Path):
    own = tmp_path / "own.docx"
    document = Document()
    document.add_paragraph("{{ community }}专用值班单 {{ date }} 交班：{{ handed_over_by }}")
    document.save(str(own))
    out = write_duty_log_docx(tmp_path / "out.docx", duty_log(), COMMUNITY, template=own)
    assert "示范社区专用值班单 2026年2月3日 星期二 交班：𠮷祥" in docx_text(out)
