"""值班设置 (people, leave, shift types, the 放假安排 override table) and one shift's 值班记录 with its export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from docx import Document
from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.services.roster import RosterService
from community_desk.services.roster_dto import ShiftView, StaffInput
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.tabs.roster.log_dialog import DutyLogDialog
from community_desk.ui.tabs.roster.log_entries import EntryDialog, HandoverDialog
from community_desk.ui.tabs.roster.settings import RosterSettingsPanel
from community_desk.ui.tabs.roster.settings_dialogs import (
    OverrideDialog,
    OverrideRangeDialog,
    ShiftTypeDialog,
    StaffDialog,
    UnavailabilityDialog,
)


def _save(dialog: FormDialog) -> None:
    dialog.save_button.click()


def _answer_next_dialog(kind: type[QWidget], fill: Callable[[QWidget], None]) -> None:
    """The panel opens its dialogs with exec(); fill the one that appears and press 保存 from inside the loop."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        fill(dialog)

    QTimer.singleShot(0, act)


def _panel(services: Services, qtbot: QtBot) -> RosterSettingsPanel:
    panel = RosterSettingsPanel()
    qtbot.addWidget(panel)
    panel.load(services.roster)
    panel.show()
    return panel


def _column(panel_model: object, column: int) -> list[str]:
    model = panel_model
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def _staffed(roster: RosterService) -> list[int]:
    people = [("王书记", "书记"), ("李主任", "主任"), ("赵副主任", "副主任")]
    people += [(f"网格员{i}", "网格员") for i in range(6)]
    return [
        roster.add_staff(StaffInput(name, role, f"1380000{i:04d}", can_lead=role != "网格员"))
        for i, (name, role) in enumerate(people)
    ]


def test_add_person_through_the_dialog_lists_them_and_defaults_can_lead_from_the_role(
    services: Services, qtbot: QtBot, qtmodeltester
) -> None:
    panel = _panel(services, qtbot)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffDialog)
        dialog.name.setText("刘主任")
        dialog.role.setCurrentText("网格员")
        assert not dialog.can_lead.isChecked()
        dialog.role.setCurrentText("主任")
        assert dialog.can_lead.isChecked()
        dialog.phone.setText("0571-88001234")
        _save(dialog)

    _answer_next_dialog(StaffDialog, fill)
    with qtbot.waitSignal(panel.changed):
        panel.staff.new_staff()
    assert _column(panel.staff.model, 0) == ["刘主任"]
    assert [panel.staff.model.index(0, c).data() for c in range(5)] == ["刘主任", "主任", "0571-88001234", "是", "是"]
    assert panel.leave.person.findText("刘主任") >= 0  # the leave page's list follows
    qtmodeltester.check(panel.staff.model)


def test_bad_phone_shows_the_chinese_error_and_keeps_the_dialog_open(services: Services, qtbot: QtBot) -> None:
    dialog = StaffDialog(services.roster)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("张三")
    dialog.phone.setText("电话13800")
    _save(dialog)
    assert dialog.isVisible() and not dialog.result()
    assert "联系电话只能包含数字" in dialog.error_label.text()
    assert services.roster.staff() == []


def test_register_leave_for_a_person_then_delete_it(
    services: Services, qtbot: QtBot, qtmodeltester, monkeypatch
) -> None:
    wang, li, *_ = _staffed(services.roster)
    panel = _panel(services, qtbot)
    panel.pages.setCurrentWidget(panel.leave)
    panel.leave.person.setCurrentIndex(panel.leave.person.findData(li))
    year = date.today().year

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, UnavailabilityDialog)
        assert dialog.person.currentData() == li  # the page's chosen person is preselected
        dialog.first.setDate(QDate(year, 11, 2))
        dialog.last.setDate(QDate(year, 11, 6))
        dialog.reason.setCurrentText("培训")
        dialog.notes.setText("区党校")
        _save(dialog)

    _answer_next_dialog(UnavailabilityDialog, fill)
    panel.leave.new_leave()
    assert [panel.leave.model.index(0, c).data() for c in range(5)] == [
        "李主任",
        f"{year}-11-02",
        f"{year}-11-06",
        "培训",
        "区党校",
    ]
    panel.leave.person.setCurrentIndex(panel.leave.person.findData(wang))
    assert panel.leave.model.rowCount() == 0
    panel.leave.person.setCurrentIndex(0)  # 全部人员
    assert panel.leave.model.rowCount() == 1
    qtmodeltester.check(panel.leave.model)

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    panel.leave.table.selectRow(0)
    panel.leave.delete_selected()
    assert panel.leave.model.rowCount() == 0
    assert services.roster.unavailability(date(year, 1, 1), date(year, 12, 31)) == []


def test_add_a_shift_type_and_edit_one_into_a_night(services: Services, qtbot: QtBot, qtmodeltester) -> None:
    panel = _panel(services, qtbot)
    before = panel.shift_types.model.rowCount()
    dialog = ShiftTypeDialog(services.roster, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("周末值守")
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(17, 0))
    assert not dialog.next_day.isVisible()
    dialog.day_kinds["工作日"].setChecked(False)
    dialog.day_kinds["休息日"].setChecked(True)
    _save(dialog)
    assert dialog.result(), dialog.error_label.text()
    panel.refresh()
    assert panel.shift_types.model.rowCount() == before + 1
    row = _column(panel.shift_types.model, 0).index("周末值守")
    assert [panel.shift_types.model.index(row, c).data() for c in range(7)] == [
        "周末值守",
        "09:00–17:00",
        "休息日",
        "1",
        "1",
        "否",
        "是",
    ]

    panel.shift_types.table.selectRow(row)
    editing = ShiftTypeDialog(services.roster, panel, panel.shift_types.current_key())  # type: ignore[arg-type]
    qtbot.addWidget(editing)
    editing.show()
    editing.name.setText("周末夜间")
    editing.start.setTime(QTime(18, 0))
    editing.end.setTime(QTime(8, 0))
    assert editing.next_day.isVisible()
    editing.night.setChecked(True)
    _save(editing)
    assert editing.result(), editing.error_label.text()
    panel.refresh()
    assert panel.shift_types.model.index(row, 0).data() == "周末夜间"
    assert panel.shift_types.model.index(row, 1).data() == "18:00–次日08:00"
    assert panel.shift_types.model.index(row, 5).data() == "是"
    qtmodeltester.check(panel.shift_types.model)


def test_override_for_a_year_beyond_the_library_is_listed_as_manual(
    services: Services, qtbot: QtBot, qtmodeltester, monkeypatch
) -> None:
    panel = _panel(services, qtbot)
    holidays = panel.holidays
    panel.pages.setCurrentWidget(holidays)
    holidays.year.setValue(2026)
    assert holidays.hint.isHidden()
    assert "库" in _column(holidays.model, 3)
    holidays.year.setValue(2027)
    assert holidays.hint.isVisible()
    assert "chinese-calendar 尚无 2027 年的放假安排" in holidays.hint.text()
    assert holidays.model.rowCount() == 0

    dialog = OverrideDialog(services.roster, panel, day=date(2027, 10, 1))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentText("节假日")
    dialog.name.setEditText("国庆节")
    _save(dialog)
    assert dialog.result(), dialog.error_label.text()
    holidays.refresh()
    assert [holidays.model.index(0, c).data() for c in range(4)] == ["2027-10-01 周五", "节假日", "国庆节", "手工"]

    ranged = OverrideRangeDialog(services.roster, panel, 2027)
    qtbot.addWidget(ranged)
    ranged.first.setDate(QDate(2027, 10, 2))
    ranged.last.setDate(QDate(2027, 10, 7))
    ranged.name.setEditText("国庆节")
    _save(ranged)
    assert ranged.result(), ranged.error_label.text()
    holidays.refresh()
    assert holidays.model.rowCount() == 7 and set(_column(holidays.model, 3)) == {"手工"}
    assert services.roster.days(date(2027, 10, 7), date(2027, 10, 7))[0].name == "国庆节"
    qtmodeltester.check(holidays.model)

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    holidays.table.selectRow(0)
    holidays.delete_selected()
    assert holidays.model.rowCount() == 6 and date(2027, 10, 1) not in services.roster.overrides()


def _month_shifts(services: Services) -> list[ShiftView]:
    roster = services.roster
    _staffed(roster)
    roster.generate(date(2026, 11, 1), date(2026, 11, 30))
    return sorted(roster.month(2026, 11).shifts, key=lambda s: s.starts_at)


def _log_dialog(services: Services, qtbot: QtBot, shift: ShiftView) -> DutyLogDialog:
    dialog = DutyLogDialog(services.roster, shift.id, "幸福里社区")
    qtbot.addWidget(dialog)
    return dialog


def _entry(dialog: DutyLogDialog, kind: str, at: QTime, person: str, matter: str, people: int = 1) -> None:
    entry = EntryDialog(dialog._service, dialog.shift_id, dialog, kind=kind)
    entry.at.setTime(at)
    entry.person.setText(person)
    entry.matter.setPlainText(matter)
    entry.handling.setPlainText("已登记并转交")
    entry.people.setValue(people)
    _save(entry)
    assert entry.result(), entry.error_label.text()
    dialog.reload()


def test_duty_log_keeps_entries_and_patrol_and_counts_them_for_the_month(
    services: Services, qtbot: QtBot, qtmodeltester, monkeypatch
) -> None:
    shift = _month_shifts(services)[2]
    dialog = _log_dialog(services, qtbot, shift)
    dialog.show()
    assert dialog.windowTitle() == f"值班记录 — {shift.day.month}月{shift.day.day}日 {shift.name}"
    assert shift.leaders[0].name in dialog.header.text() and shift.leaders[0].phone in dialog.header.text()
    _entry(dialog, "来电", QTime(9, 30), "居民甲", "咨询低保申请材料")
    _entry(dialog, "来访", QTime(10, 15), "3号楼住户", "反映楼道堆物", people=3)
    _entry(dialog, "突发事件", QTime(11, 0), "", "5号楼水管爆裂，已关总阀")
    assert dialog.calls.model.rowCount() == 2 and dialog.incidents.model.rowCount() == 1
    assert dialog.pages.tabText(0) == "来电来访（2）" and dialog.pages.tabText(1) == "突发事件（1）"
    qtmodeltester.check(dialog.calls.model)
    dialog.patrol_doorstep.setPlainText("门前整洁，无乱堆乱放")
    dialog.patrol_safety.setPlainText("消防通道畅通，无隐患")
    dialog.handed_over_by.setEditText(shift.people[0].name)
    dialog.save_button.click()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text))
    dialog.close_button.click()  # everything saved: closes without asking
    assert not dialog.isVisible() and asked == []

    again = _log_dialog(services, qtbot, shift)
    assert again.patrol_doorstep.toPlainText() == "门前整洁，无乱堆乱放"
    assert again.patrol_safety.toPlainText() == "消防通道畅通，无隐患"
    assert again.handed_over_by.currentText() == shift.people[0].name
    assert _column(again.calls.model, 4) == ["咨询低保申请材料", "反映楼道堆物"]
    assert _column(again.calls.model, 6) == ["1", "3"]
    figures = services.roster.month_figures(2026, 11)
    assert (figures.calls, figures.visits, figures.incidents) == (1, 3, 1)


def test_handover_item_carries_to_the_next_shift_until_closed_there(services: Services, qtbot: QtBot) -> None:
    shifts = _month_shifts(services)
    first = _log_dialog(services, qtbot, shifts[0])
    raising = HandoverDialog(services.roster, shifts[0].id, first)
    raising.text.setPlainText("3号楼漏水待物业处理")
    _save(raising)
    assert raising.result(), raising.error_label.text()
    first.reload()
    assert _column(first.handover_model, 0) == ["本班新增"]

    second = _log_dialog(services, qtbot, shifts[1])
    assert _column(second.handover_model, 2) == ["3号楼漏水待物业处理"]
    assert _column(second.handover_model, 0) == ["上班遗留"]
    assert second.handover_model.index(0, 1).data() == f"{shifts[0].day.month}月{shifts[0].day.day}日 {shifts[0].name}"
    second.handover_table.selectRow(0)
    closing = HandoverDialog(services.roster, shifts[1].id, second, second.current_item())
    closing.text.setPlainText("物业已修复")
    _save(closing)
    assert closing.result(), closing.error_label.text()
    second.reload()
    assert [second.handover_model.index(0, c).data() for c in (0, 3)] == ["本班办结", "已办结 物业已修复"]
    assert second.pages.tabText(3) == "交接班事项（0 项未办结）"

    third = _log_dialog(services, qtbot, shifts[2])
    assert third.handover_model.rowCount() == 0


def test_export_docx_writes_the_sheet_with_the_matter(services: Services, qtbot: QtBot, tmp_path: Path) -> None:
    shift = _month_shifts(services)[0]
    dialog = _log_dialog(services, qtbot, shift)
    _entry(dialog, "来电", QTime(20, 5), "居民乙", "询问疫苗接种时间")
    dialog.patrol_safety.setPlainText("夜间巡查正常")  # unsaved: the export saves it first
    out = tmp_path / "值班记录.docx"
    dialog.export_docx(out)
    qtbot.waitUntil(lambda: "已导出" in dialog.message.text() or "未导出" in dialog.message.text(), timeout=10000)
    assert "已导出" in dialog.message.text(), dialog.message.text()
    text = "\n".join(cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells)
    text += "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "询问疫苗接种时间" in text and "夜间巡查正常" in text
    assert services.roster.duty_log(shift.id).data.patrol_safety == "夜间巡查正常"  # type: ignore[union-attr]
    assert time(20, 5) in [e.at for e in services.roster.duty_log(shift.id).entries]  # type: ignore[union-attr]
