"""The 值班 service on a real database: generating, keeping edited days, manual changes as conflicts, 调班 history,
值班记录 with handover items carried forward, the monthly figures, the CLI and the demo office."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from community_desk.app import Services
from community_desk.cli import main
from community_desk.db.models import AuditEntry
from community_desk.domain import roster as rules
from community_desk.domain.duty_days import DAY_HOLIDAY, DayOverride
from community_desk.domain.roster_conflicts import CONFLICT_REST, CONFLICT_SHORT
from community_desk.services.errors import UserError
from community_desk.services.roster import RosterService
from community_desk.services.roster_dto import DutyLogInput, LogEntryInput, ShiftTypeInput, StaffInput, SwapInput

LEADERS = ("王书记", "李主任", "赵副主任", "钱副书记")
STAFF = ("孙网格", "周网格", "吴网格", "郑网格", "冯网格", "陈网格", "褚网格", "𠮷卫东")


@pytest.fixture
def roster(services: Services) -> RosterService:
    service = services.roster
    for index, name in enumerate(LEADERS + STAFF):
        leads = name in LEADERS
        service.add_staff(StaffInput(name, "主任" if leads else "网格员", f"1390000{index:04d}", can_lead=leads))
    return service


def _ids(service: RosterService) -> dict[str, int]:
    return {p.name: p.id for p in service.staff()}


def _audits(services: Services) -> int:
    with services.database.session_factory() as session:
        return session.scalar(select(func.count(AuditEntry.id)))


def test_generate_october_fills_every_shift_with_holidays_and_one_audit_row(services, roster) -> None:
    before = _audits(services)
    result = roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    period = roster.month(2026, 10)
    assert _audits(services) == before + 1
    assert result.unfilled == 0 and result.kept_days == ()
    assert result.shifts == len(period.shifts) > 31
    first = period.shifts_on(date(2026, 10, 1))
    assert [s.name for s in first] == ["节假日全天"] and first[0].day_name == "国庆节"
    assert all(len(s.leaders) == s.needed_leaders and len(s.staff) == s.needed_staff for s in period.shifts)
    assert period.conflicts == ()
    nights = [c.period.nights for c in period.counts if c.name in STAFF]
    assert max(nights) - min(nights) <= 1
    assert {c.name for c in period.counts} == set(LEADERS + STAFF)


def test_regenerating_keeps_days_with_a_record_or_a_manual_change(roster) -> None:
    roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    period = roster.month(2026, 11)
    logged, moved = period.shifts[0], period.shifts[5]
    roster.add_entry(logged.id, LogEntryInput("来电", time(9, 5), "居民甲", "咨询低保"))
    spare = next(p for p in _ids(roster).values() if p not in {q.staff_id for q in moved.people})
    roster.move_assignment(moved.staff[0].assignment_id, moved.id, staff_id=spare)
    result = roster.generate(date(2026, 11, 1), date(2026, 11, 30), seed=7)
    assert set(result.kept_days) == {logged.day, moved.day}
    again = roster.month(2026, 11)
    assert again.shifts_on(logged.day)[0].id == logged.id  # the shift and its record survived
    assert spare in {p.staff_id for p in again.shifts_on(moved.day)[0].people if p.assignment_id}
    # With four leaders the kept day can leave a neighbouring night without a legal leader: shown, never forced.
    assert all(c.kind == CONFLICT_SHORT for c in again.conflicts)
    assert len(again.conflicts) == result.unfilled


def test_a_manual_change_that_breaks_the_rest_rule_is_kept_and_shown(roster) -> None:
    roster.generate(date(2026, 11, 2), date(2026, 11, 6))
    period = roster.period(date(2026, 11, 2), date(2026, 11, 6))
    night = next(s for s in period.shifts if s.name == "夜间" and s.day == date(2026, 11, 2))
    next_day = next(s for s in period.shifts if s.name == "工作日白班" and s.day == date(2026, 11, 3))
    worker = night.staff[0]
    roster.assign(next_day.id, worker.staff_id, rules.ROLE_STAFF)
    conflicts = roster.period(date(2026, 11, 2), date(2026, 11, 6)).conflicts
    rest = [c for c in conflicts if c.kind == CONFLICT_REST]
    assert rest and rest[0].staff_name == worker.name and worker.name in rest[0].message
    with pytest.raises(UserError, match="已在"):
        roster.assign(next_day.id, worker.staff_id, rules.ROLE_STAFF)


def test_leave_is_respected_and_a_year_without_library_data_uses_the_override_table(roster) -> None:
    ids = _ids(roster)
    roster.add_unavailability(ids["孙网格"], date(2027, 10, 1), date(2027, 10, 10), "培训")
    result = roster.generate(date(2027, 10, 1), date(2027, 10, 31))
    assert result.years_without_schedule == (2027,)
    assert roster.month(2027, 10).shifts_on(date(2027, 10, 1))[0].day_name == ""  # a plain Friday without overrides
    roster.set_overrides([DayOverride(date(2027, 10, day), DAY_HOLIDAY, "国庆节") for day in range(1, 8)])
    result = roster.generate(date(2027, 10, 1), date(2027, 10, 31))
    period = roster.month(2027, 10)
    assert result.years_without_schedule == ()
    assert [(s.name, s.day_name) for s in period.shifts_on(date(2027, 10, 1))] == [("节假日全天", "国庆节")]
    away = ids["孙网格"]
    on_leave = [s for s in period.shifts if s.day <= date(2027, 10, 10) and away in {p.staff_id for p in s.people}]
    assert on_leave == []
    with pytest.raises(UserError, match="结束日期"):
        roster.add_unavailability(ids["孙网格"], date(2027, 10, 5), date(2027, 10, 1), "请假")


def test_swaps_keep_the_original_assignment_in_the_history(roster) -> None:
    roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    period = roster.month(2026, 11)
    mine = period.shifts[3].staff[0]
    theirs_shift = next(s for s in period.shifts[10:] if mine.staff_id not in {p.staff_id for p in s.people})
    theirs = theirs_shift.staff[0]
    with pytest.raises(UserError, match="批准人"):
        roster.swap(SwapInput(mine.assignment_id, theirs.staff_id, " "))
    roster.swap(SwapInput(mine.assignment_id, theirs.staff_id, "王书记", "家中有事", theirs.assignment_id,
                          datetime(2026, 10, 30, 9, 0)))  # fmt: skip
    after = roster.month(2026, 11)
    first = next(s for s in after.shifts if s.id == period.shifts[3].id)
    second = next(s for s in after.shifts if s.id == theirs_shift.id)
    assert theirs.name in [p.name for p in first.staff] and mine.name in [p.name for p in second.staff]
    assert any(p.by_swap for p in first.staff)
    history = roster.history(first.id)
    ended = [h for h in history if h.name == mine.name]
    assert ended and not ended[0].current and "→" in ended[0].swap_summary
    assert [h.source for h in history if h.current and h.name == theirs.name] == ["调班"]
    swaps = roster.swaps(date(2026, 11, 1), date(2026, 11, 30))
    assert [(w.kind, w.requested_by, w.with_staff, w.approved_by) for w in swaps] == [
        ("互换", mine.name, theirs.name, "王书记")
    ]
    assert swaps[0].requested_at == datetime(2026, 10, 30, 9, 0)


def test_handover_items_carry_forward_until_closed_and_feed_the_month_figures(roster) -> None:
    roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    shifts = roster.month(2026, 11).shifts
    roster.add_entry(shifts[0].id, LogEntryInput("来电", time(9, 0), "居民甲", "咨询高龄津贴", "已解答"))
    roster.add_entry(shifts[1].id, LogEntryInput("来访", time(20, 0), "居民乙", "反映噪音", "已登记", people=3))
    roster.add_entry(shifts[1].id, LogEntryInput("突发事件", time(22, 0), "", "电梯困人", "已解困"))
    with pytest.raises(UserError, match="事由"):
        roster.add_entry(shifts[1].id, LogEntryInput("来电", time(9, 0), "居民丙", " "))
    roster.save_log(shifts[1].id, DutyLogInput("门前整洁", "四防无异常", "", "孙网格", "周网格"))
    item = roster.raise_handover(shifts[1].id, "5号楼漏水待物业回复")
    raised_on = roster.duty_log(shifts[1].id)
    assert [i.text for i in raised_on.raised_here] == ["5号楼漏水待物业回复"]
    assert raised_on.data.patrol_doorstep == "门前整洁" and raised_on.data.handed_over_by == "孙网格"
    for later in shifts[2:4]:
        assert [i.id for i in roster.duty_log(later.id).carried_in] == [item]
    with pytest.raises(UserError, match="更早"):
        roster.close_handover(item, shifts[0].id, "")
    roster.close_handover(item, shifts[4].id, "物业已修好")
    closed = roster.duty_log(shifts[4].id)
    assert closed.carried_in == () and closed.closed_here[0].closing_note == "物业已修好"
    assert roster.duty_log(shifts[5].id).carried_in == ()
    open_item = roster.raise_handover(shifts[-1].id, "月底未办结事项")
    figures = roster.month_figures(2026, 11)
    assert (figures.shifts, figures.calls, figures.visits, figures.incidents) == (len(shifts), 1, 3, 1)
    assert figures.open_handover_items == 1
    roster.generate(date(2026, 12, 1), date(2026, 12, 1))
    roster.close_handover(open_item, roster.month(2026, 12).shifts[0].id)
    assert roster.month_figures(2026, 11).open_handover_items == 1  # it was still open when November ended
    assert roster.month_figures(2026, 12).open_handover_items == 0


def test_shift_types_validate_and_keep_old_shifts_unchanged(roster) -> None:
    roster.generate(date(2026, 11, 2), date(2026, 11, 2))
    day = roster.shift_types()[0]
    with pytest.raises(UserError, match="已有名为"):
        roster.save_shift_type(None, ShiftTypeInput("夜间", time(8), time(9), frozenset({"工作日"}), 1, 1, False))
    with pytest.raises(UserError, match="至少"):
        roster.save_shift_type(None, ShiftTypeInput("空班", time(8), time(9), frozenset({"工作日"}), 0, 0, False))
    roster.save_shift_type(day.id, ShiftTypeInput("白班", time(9), time(18), day.day_kinds, 1, 2, False))
    kept = roster.period(date(2026, 11, 2), date(2026, 11, 2)).shifts[0]
    assert (kept.name, kept.hours_label) == ("工作日白班", "08:30–17:30")
    assert roster.shift_types()[0].hours_label == "09:00–18:00"
    assert roster.shift_types()[1].hours_label == "17:30–次日08:30"


def test_staff_input_is_checked(roster) -> None:
    with pytest.raises(UserError, match="联系电话") as error:
        roster.add_staff(StaffInput("新人", "网格员", "abc"))
    assert error.value.field == "phone"
    with pytest.raises(UserError, match="职务"):
        roster.add_staff(StaffInput("新人", "队长"))


def test_cli_generates_and_exports_a_month(services, roster, tmp_path: Path, capsys) -> None:
    db = str(services.database.path)
    assert main(["roster", "generate", "--month", "2026-10", "--db", db]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("2026年10月值班表已生成") and "𠮷卫东" in line and "\n" not in line
    pdf, xlsx = tmp_path / "roster.pdf", tmp_path / "roster.xlsx"
    assert main(["export", "roster", "--month", "2026-10", "--out", str(pdf), "--db", db]) == 0
    assert main(["export", "roster", "--month", "2026-10", "--out", str(xlsx), "--db", db]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "国庆节" in text and "王书记" in text
    sheet = load_workbook(xlsx).worksheets[0]
    assert any(cell.value == "13900000000" for row in sheet.iter_rows() for cell in row)
    assert main(["export", "roster", "--month", "2026-10", "--out", str(tmp_path / "x.doc"), "--db", db]) == 1
    assert main(["roster", "generate", "--month", "2026/10", "--db", db]) == 1
    assert "YYYY-MM" in capsys.readouterr().err


def test_demo_office_has_a_lived_in_year(services: Services) -> None:
    from community_desk.services.demo import generate_demo

    today = date(2026, 11, 23)
    generate_demo(services.database.session_factory, households=40, today=today)
    roster = services.roster
    staff = roster.staff()
    assert len(staff) == 15 and sum(p.can_lead for p in staff) == 4 and "王䶮" in {p.name for p in staff}
    for month in range(1, 13):
        period = roster.month(2026, month)
        assert period.shifts and all(len(s.people) == s.needed_leaders + s.needed_staff for s in period.shifts)
    figures = roster.month_figures(2026, 10)
    assert figures.calls > 20 and figures.visits > 10
    assert len(roster.swaps(date(2025, 12, 1), date(2026, 12, 31))) >= 4
    past = roster.month(2026, 10).shifts[0]
    log = roster.duty_log(past.id)
    assert log.data.patrol_safety and log.data.handed_over_by
    assert roster.month(2026, 12).shifts  # next month is planned already
