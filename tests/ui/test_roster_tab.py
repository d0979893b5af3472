"""The 值班 tab: generate a month and a holiday break, move people by drag-and-drop, see conflicts, 调班, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.domain.roster_conflicts import CONFLICT_REST
from community_desk.services.roster_dto import ShiftView, StaffInput
from community_desk.ui.tabs.roster.models import FIXED_COLUMNS, RosterTableModel, missing
from community_desk.ui.tabs.roster.roster_view import RosterPage
from community_desk.ui.tabs.roster.swap_dialog import AssignDialog, HistoryDialog, SwapDialog
from community_desk.ui.tabs.roster.tab import RosterTab

LEADERS = ("王书记", "李主任", "赵副主任", "钱副书记")
STAFF = ("王䶮", "孙丽", "周吉", "吴敏", "郑强", "冯雪", "陈晨", "褚娜")


def _add_staff(services: Services) -> dict[str, int]:
    roster = services.roster
    ids = {}
    for i, name in enumerate(LEADERS + STAFF):
        role = ("书记", "主任", "副主任", "副书记")[i] if i < 4 else "网格员"
        ids[name] = roster.add_staff(StaffInput(name, role, phone=f"1380000{i:04d}", can_lead=i < 4))
    return ids


def _open_tab(services: Services, qtbot: QtBot) -> RosterTab:
    tab = RosterTab(services)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    assert tab.ensure_loaded() is tab.service
    tab.roster_page.show_month(2026, 10)
    return tab


def _cell(page: RosterPage, shift: ShiftView) -> str:
    return page.model.index_of_shift(shift.id).data()


def _shift(page: RosterPage, day: date, name: str) -> ShiftView:
    assert page.period is not None
    return next(s for s in page.period.shifts if s.day == day and s.name == name)


def test_generate_holiday_then_month_fills_every_shift(
    services: Services, qtbot: QtBot, monkeypatch, qtmodeltester
) -> None:
    _add_staff(services)
    tab = _open_tab(services, qtbot)
    page = tab.roster_page
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[-1], True))  # 国庆节

    page.generate_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    assert asked == []  # an empty month is planned without asking
    assert "49个班次" in told[0] and "111人次" in told[0] and "缺0人次" in told[0]
    assert page.status.text() == "2026年10月：49个班次，111人次，冲突0处"

    page.holiday_button.click()  # replanning days that have shifts asks first
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    assert "国庆节" in asked[0] and "保持不变" in asked[0]
    assert told[1].startswith("国庆节值班表已生成")

    model = page.model
    qtmodeltester.check(model)
    first = model.index_of_day(date(2026, 10, 1))
    assert "国庆节" in model.index(first.row(), 2).data()
    holiday = _shift(page, date(2026, 10, 1), "节假日全天")
    text = _cell(page, holiday)
    assert text.splitlines()[0] == "★" + holiday.leaders[0].name and len(text.splitlines()) == 3
    assert all(missing(s) == 0 for s in page.period.shifts)
    assert not any("缺" in (model.index(r, c).data() or "") for r in range(model.rowCount())
                   for c in range(FIXED_COLUMNS, model.columnCount()))
    saturday = model.index_of_day(date(2026, 10, 10))  # 调休上班
    assert model.index(saturday.row(), 2).data() == "调休上班"
    assert page.counts.rowCount() == 12
    names = {page.counts.index(r, 0).data() for r in range(12)}
    assert names == set(LEADERS + STAFF)
    total = sum(int(page.counts.index(r, 1).data()) for r in range(12))
    assert total == 111

    page.show_week(date(2026, 10, 14))
    assert model.rowCount() == 7 and model.day_at(0) == date(2026, 10, 12)
    assert page.title.text() == "2026年10月12日至10月18日"


def test_drag_and_drop_moves_the_chosen_person_and_keeps_history(
    services: Services, qtbot: QtBot, qtmodeltester
) -> None:
    _add_staff(services)
    services.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    tab = _open_tab(services, qtbot)
    page = tab.roster_page
    model = page.model
    qtmodeltester.check(model)
    source = _shift(page, date(2026, 10, 1), "节假日全天")
    target = _shift(page, date(2026, 10, 12), "工作日白班")
    moving = source.staff[1]
    offered: list[tuple[int, int]] = []

    def choose(src: ShiftView, dst: ShiftView):  # what the drop menu "移动哪一位？" answers
        offered.append((src.id, dst.id))
        return next(p for p in src.people if p.assignment_id == moving.assignment_id)

    model.choose_person = choose
    mime = model.mimeData([model.index_of_shift(source.id)])
    assert mime is not None
    date_cell = model.index(model.index_of_shift(target.id).row(), 0)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, date_cell)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of_shift(source.id))
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of_shift(target.id))
    assert offered == [(source.id, target.id)]
    qtbot.waitUntil(lambda: moving.name in _cell(page, _shift(page, date(2026, 10, 12), "工作日白班")))
    assert moving.name not in _cell(page, _shift(page, date(2026, 10, 1), "节假日全天"))

    ended = [r for r in services.roster.history(source.id) if r.assignment_id == moving.assignment_id]
    assert len(ended) == 1 and not ended[0].current
    dialog = HistoryDialog(services.roster, target, page)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount())]
    assert [moving.name, "值班人员", "手工", "是"] in [row[:4] for row in rows]
    assert len(rows) == 3

    alone = _shift(page, date(2026, 10, 12), "夜间")  # a known person travels in the drag: no question asked
    person = alone.staff[0]
    model.choose_person = None
    drop = model.mime_for(alone.id, person.assignment_id)
    assert model.dropMimeData(drop, Qt.DropAction.MoveAction, -1, -1, model.index_of_shift(source.id))
    qtbot.waitUntil(lambda: person.name in _cell(page, _shift(page, date(2026, 10, 1), "节假日全天")))


def test_manual_change_breaking_the_rest_rule_is_listed_as_a_conflict(services: Services, qtbot: QtBot) -> None:
    _add_staff(services)
    services.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    tab = _open_tab(services, qtbot)
    page = tab.roster_page
    night = _shift(page, date(2026, 10, 12), "夜间")
    tired = night.staff[0]
    next_day = _shift(page, date(2026, 10, 13), "工作日白班")
    assert page.conflicts.rowCount() == 0

    dialog = AssignDialog(services.roster, next_day, page)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(tired.staff_id))
    dialog.role.setCurrentText("值班人员")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() and dialog.error_label.isHidden(), dialog.error_label.text()
    page.refresh()

    rows = [[page.conflicts.index(r, c).data() for c in range(5)] for r in range(page.conflicts.rowCount())]
    assert ["10月13日", "工作日白班", tired.name, CONFLICT_REST] in [row[:4] for row in rows]
    assert any("夜班后应休息" in row[4] for row in rows)
    cell = page.model.index_of_shift(next_day.id)
    assert "夜班后应休息" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.bottom.tabText(0) == f"冲突（{len(rows)}）"

    row = next(i for i, r in enumerate(rows) if r[3] == CONFLICT_REST)
    page.conflict_view.clicked.emit(page.conflicts.index(row, 0))  # a click on a conflict selects its cell
    assert page.selected_shift() is not None and page.selected_shift().id == next_day.id


def test_swap_dialog_records_stand_in_and_exchange(services: Services, qtbot: QtBot, monkeypatch) -> None:
    ids = _add_staff(services)
    services.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    tab = _open_tab(services, qtbot)
    page = tab.roster_page
    fill: list = []

    def fake_exec(dialog: SwapDialog) -> int:
        qtbot.addWidget(dialog)
        fill.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(SwapDialog, "exec", fake_exec)

    day_shift = _shift(page, date(2026, 10, 12), "工作日白班")
    requester = day_shift.staff[0]
    busy = {p.staff_id for s in page.period.shifts if s.day == date(2026, 10, 12) for p in s.people}
    stand_in = next(name for name in STAFF if ids[name] not in busy)
    refused: list[str] = []

    def stand_in_form(dialog: SwapDialog) -> None:
        assert dialog.requester.currentData() == requester.assignment_id
        dialog.colleague.setCurrentIndex(dialog.colleague.findData(ids[stand_in]))
        dialog.approver.setCurrentText("")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no 批准人: refused, the dialog stays
        refused.append(dialog.error_label.text())
        assert not dialog.result()
        dialog.approver.setCurrentText("王书记")
        dialog.reason.setText("家中有事")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    fill.append(stand_in_form)
    assert page.open_swap(day_shift, requester) is not None
    assert refused == ["请填写批准人"]
    text = _cell(page, _shift(page, date(2026, 10, 12), "工作日白班"))
    assert stand_in in text and requester.name not in text
    assert page.swaps.rowCount() == 1
    assert page.swaps.index(0, 0).data() == "代班" and page.swaps.index(0, 6).data() == "家中有事"

    night = _shift(page, date(2026, 10, 14), "夜间")
    leader = night.leaders[0]
    other = next(name for name in LEADERS if ids[name] != leader.staff_id)
    chosen: list[str] = []

    def exchange_form(dialog: SwapDialog) -> None:
        dialog.exchange.setChecked(True)
        dialog.colleague.setCurrentIndex(dialog.colleague.findData(ids[other]))
        assert dialog.their_shift.count() > 0
        chosen.append(dialog.their_shift.currentText())
        dialog.approver.setCurrentText("李主任")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.error_label.isHidden(), dialog.error_label.text()

    fill.append(exchange_form)
    page.open_swap(night, leader)
    assert "★" + other in _cell(page, _shift(page, date(2026, 10, 14), "夜间"))
    their_day, their_name = chosen[0].split("（")[0].split(" ")
    month, day = their_day.rstrip("日").split("月")
    theirs = _shift(page, date(2026, int(month), int(day)), their_name)
    assert leader.name in _cell(page, theirs) and other not in _cell(page, theirs)
    kinds = sorted(page.swaps.index(r, 0).data() for r in range(page.swaps.rowCount()))
    assert kinds == ["互换", "代班"]


def test_export_pdf_and_xlsx_of_the_month_on_screen(services: Services, qtbot: QtBot, tmp_path: Path) -> None:
    _add_staff(services)
    services.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    tab = _open_tab(services, qtbot)
    page = tab.roster_page
    pdf, xlsx = tmp_path / "值班表_2026年10月.pdf", tmp_path / "值班表_2026年10月.xlsx"
    for path in (pdf, xlsx):
        with qtbot.waitSignal(page.status_changed, timeout=20000, check_params_cb=lambda text: "已导出" in text):
            page.export(path)
        assert path.stat().st_size > 1000
    text = "".join(page_.extract_text() for page_ in PdfReader(pdf).pages)
    assert "王书记" in text and "国庆节" in text
    cells = {str(c.value) for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row if c.value}
    assert any("王书记" in value for value in cells)


def test_model_is_empty_and_sane_before_a_period_is_set(qtmodeltester) -> None:
    model = RosterTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.shift_at(model.index(0, 3)) is None


def test_context_menu_takes_a_person_off_after_confirmation(services: Services, qtbot: QtBot, monkeypatch) -> None:
    _add_staff(services)
    services.roster.generate(date(2026, 10, 1), date(2026, 10, 31))
    tab = _open_tab(services, qtbot)
    page = tab.roster_page
    shift = _shift(page, date(2026, 10, 1), "节假日全天")
    leaving = shift.staff[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    menu = page.cell_menu(shift)
    offered = [a.text() for a in menu.actions() if a.text()]
    assert offered == ["安排人员…", "换人…", "撤下…", "调班…", "值班记录…", "查看历史"]
    remove = next(a.menu() for a in menu.actions() if a.text() == "撤下…")
    assert [a.text() for a in remove.actions()] == [p.name for p in shift.people]
    next(a for a in remove.actions() if a.text() == leaving.name).trigger()
    text = _cell(page, _shift(page, date(2026, 10, 1), "节假日全天"))
    assert leaving.name not in text and "缺1人" in text
    assert page.conflicts.rowCount() == 1 and "缺值班人员1人" in page.conflicts.index(0, 4).data()
