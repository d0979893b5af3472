"""The 调解 tab in the real main window: talks, a case from 受理 to 结案 through the dialogs, the banner, models."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.mediation_dto import CaseInput, MediatorInput, PartyInput, TalkInput
from community_desk.ui.fonts import install_application_font
from community_desk.ui.main_window import MainWindow
from community_desk.ui.tabs.mediation.case_dialog import CaseDialog, NewCaseDialog
from community_desk.ui.tabs.mediation.case_forms import PartyDialog
from community_desk.ui.tabs.mediation.models import ALARM_COLOR, WARNING_COLOR, CaseTableModel
from community_desk.ui.tabs.mediation.tab import MediationTab
from community_desk.ui.tabs.mediation.talk_panel import TalkDialog
from community_desk.ui.tabs.mediation.widgets import RecordDialog

ID_1980 = "11010519800307001" + check_character("11010519800307001")


def when_dialog_opens(handle: Callable[[QDialog], None]) -> None:
    """Runs `handle` on the modal dialog the next action opens; closes it if the handler fails."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def fill(dialog: RecordDialog, **values: str) -> None:
    for key, value in values.items():
        widget = dialog.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.findChild(QCheckBox, f"check_{value}").setChecked(True)


def save(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def resident(services: Services) -> int:
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "3号楼")
    head = ResidentInput(name="张建国", id_number=ID_1980, phone="13912345678")
    services.residents.create_household(HouseholdInput(building, "2", "501"), head, date(2015, 5, 1))
    return 1


@pytest.fixture
def window(qtbot: QtBot, services: Services, resident: int) -> MainWindow:
    install_application_font(QApplication.instance())
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    return main


def open_tab(window: MainWindow) -> MediationTab:
    tab = window.mediation_tab
    window.tabs.setCurrentWidget(tab)
    return tab


def test_tab_reads_nothing_until_first_shown(window: MainWindow) -> None:
    tab = window.mediation_tab
    assert tab.service is None
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "调解"
    open_tab(window)
    assert tab.service is not None
    assert [tab.inner.tabText(i) for i in range(3)] == ["恳谈登记", "调解案件", "调解员"]


def test_register_a_talk_for_a_resident(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_tab(window)
    tab.inner.setCurrentWidget(tab.talks)
    tab.talks.table.setFocus()

    def register(dialog: QDialog) -> None:
        assert isinstance(dialog, TalkDialog)
        qtbot.keyClicks(dialog.visitor, "zjg")
        label = dialog.visitor.completer().completionModel().index(0, 0).data()
        dialog.visitor.completer().activated[str].emit(label)
        assert (dialog.visitor.resident_id, dialog.contact.text()) == (1, "13912345678")
        dialog.subject.setPlainText("楼上夜间噪音")
        dialog.needs_followup.setChecked(True)
        save(qtbot, dialog)
        assert dialog.error_label.text() == "需要跟进时请填写跟进人"
        dialog.followup_by.setText("网格员小李")
        save(qtbot, dialog)

    when_dialog_opens(register)
    tab.act_new.trigger()
    assert tab.talks.model.rowCount() == 1
    talk = tab.talks.model.row_at(0).values
    assert (talk.visitor_name, talk.resident_id, talk.followup_by) == ("张建国", 1, "网格员小李")
    assert tab.talks.months.rowCount() == 1 and tab.talks.months.index(0, 1).data() == "1"
    tab.talks.followup_open.setChecked(True)
    assert tab.talks.model.rowCount() == 1


def test_a_case_from_acceptance_to_closing_through_the_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_tab(window)
    service = tab.service
    mediator = service.create_mediator(MediatorInput("周调解", "专职调解员"))
    dialog = NewCaseDialog(service, tab)
    qtbot.addWidget(dialog)
    assert dialog.number.text().endswith(f"（{date.today().year}）本社区人调字第1号")
    dialog.form.subtype.setCurrentText("漏水")
    assert dialog.form.dispute_type.code() == "邻里"
    dialog.form.summary.setPlainText("楼上漏水")
    dialog.form.amount.setText("1234.56")

    def applicant(party: QDialog) -> None:
        assert isinstance(party, PartyDialog)
        party._picked(service.find_residents("张建国")[0])  # what picking from the drop-down does
        assert party.phone.text() == "13912345678" and party.linked.text()
        save(qtbot, party)

    def respondent(party: QDialog) -> None:
        party.name.setText("李四")
        party.age.setValue(50)
        save(qtbot, party)

    when_dialog_opens(applicant)
    dialog.parties.add_applicant.click()
    when_dialog_opens(respondent)
    dialog.parties.add_respondent.click()
    dialog.mediators.check(mediator)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    case = CaseDialog(service, dialog.case_id, tab)
    qtbot.addWidget(case)
    assert case.detail.amount_fen == 123456 and case.detail.parties[0].values.resident_id == 1

    def record(expected_title: str, **values: str) -> Callable[[QDialog], None]:
        def handle(record_dialog: QDialog) -> None:
            assert record_dialog.windowTitle() == expected_title
            fill(record_dialog, **values)
            save(qtbot, record_dialog)
            assert record_dialog.result() == QDialog.DialogCode.Accepted, record_dialog.error_label.text()

        return handle

    when_dialog_opens(record("调解记录", process="释法说理", result="同意修复"))
    case.add_session.click()
    assert case.detail.status == "调解中"
    when_dialog_opens(record("记录协议", content="李四三日内修复水管"))
    case.outcome.buttons["已达成协议"].click()
    assert case.detail.status == "已达成协议" and case.detail.followup_due == date.today() + timedelta(days=30)
    when_dialog_opens(record("回访记录", visitor="周调解", performance="已修好", opinion="满意"))
    case.add_visit.click()
    when_dialog_opens(record("改为履行中"))
    case.outcome.buttons["履行中"].click()
    when_dialog_opens(record("结案", note="协议履行完毕"))
    case.outcome.buttons["已结案"].click()
    assert case.detail.status == "已结案"
    assert not any(button.isEnabled() for button in case.outcome.buttons.values())
    kinds = [case.timeline.index(row, 2).data() for row in range(case.timeline.rowCount())]
    assert kinds[0] == "受理" and kinds[-1] == "结案" and {"调解", "回访"} <= set(kinds)
    case.reject()
    tab.reload_all()
    assert tab.cases.model.row_at(0).status == "已结案"


def test_overdue_case_is_listed_in_the_banner_on_opening(window: MainWindow, services: Services) -> None:
    old = services.mediation.create_case(
        CaseInput(date.today() - timedelta(days=40), "当事人申请", "邻里", "噪音"),
        [PartyInput("申请人", "王五"), PartyInput("被申请人", "赵六")],
    )
    tab = open_tab(window)
    assert tab.banner.isVisible()
    text = tab.banner.label.text()
    assert "已超期 1 件" in text and services.mediation.case(old).number in text and "王五 与 赵六" in text
    row = tab.cases.model.row_at(0)
    assert row.days == 40
    assert tab.cases.model.index(0, CaseTableModel.DAYS_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color() == (
        ALARM_COLOR
    )


def test_days_turn_orange_at_20_and_status_filter_narrows_the_list(window: MainWindow, services: Services) -> None:
    parties = [PartyInput("申请人", "王五"), PartyInput("被申请人", "赵六")]
    for days in (5, 20):
        services.mediation.create_case(CaseInput(date.today() - timedelta(days=days), "主动调解", "物业", "x"), parties)
    tab = open_tab(window)
    tab.inner.setCurrentWidget(tab.cases)
    colors = {
        tab.cases.model.row_at(r).days: tab.cases.model.index(r, 6).data(Qt.ItemDataRole.ForegroundRole)
        for r in range(2)
    }
    assert colors[5] is None and colors[20].color() == QColor(WARNING_COLOR)
    assert "即将超期" in tab.banner.label.text()
    tab.cases.set_filter("即将超期")
    assert tab.cases.model.rowCount() == 1 and tab.cases.model.row_at(0).days == 20


def test_ctrl_n_opens_the_form_of_the_list_in_front(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_tab(window)
    tab.inner.setCurrentWidget(tab.cases)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.cases.table.setFocus()
    opened: list[str] = []
    when_dialog_opens(lambda dialog: opened.append(type(dialog).__name__))
    qtbot.keyClick(tab.cases.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["NewCaseDialog"]
    tab.inner.setCurrentWidget(tab.talks)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.talks.table.setFocus()
    when_dialog_opens(lambda dialog: opened.append(type(dialog).__name__))
    qtbot.keyClick(tab.talks.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["NewCaseDialog", "TalkDialog"]


def test_enter_opens_the_selected_case(window: MainWindow, services: Services, qtbot: QtBot) -> None:
    parties = [PartyInput("申请人", "王五"), PartyInput("被申请人", "赵六")]
    services.mediation.create_case(CaseInput(date.today(), "主动调解", "物业", "停车"), parties)
    tab = open_tab(window)
    tab.inner.setCurrentWidget(tab.cases)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.cases.table.setFocus()
    tab.cases.table.selectRow(0)
    titles: list[str] = []
    when_dialog_opens(lambda dialog: titles.append(dialog.windowTitle()))
    qtbot.keyClick(tab.cases.table, Qt.Key.Key_Return)
    assert titles == [f"调解案件 （{date.today().year}）本社区人调字第1号"]


def test_table_models_pass_qtmodeltester(window: MainWindow, services: Services, qtmodeltester) -> None:
    service = services.mediation
    for hour in range(3):
        service.create_talk(TalkInput(datetime(2026, 11, 2, 9 + hour), f"来访人{hour}", subject="咨询"))
    service.create_mediator(MediatorInput("周调解", "专职调解员"))
    service.create_case(
        CaseInput(date.today() - timedelta(days=3), "当事人申请", "邻里", "噪音"),
        [PartyInput("申请人", "王五"), PartyInput("被申请人", "赵六")],
        [1],
    )
    tab = open_tab(window)
    for model in (tab.talks.model, tab.talks.months, tab.cases.model, tab.mediators.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_tab_with_demo_data_renders(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    from community_desk.services.demo import generate_demo

    install_application_font(QApplication.instance())
    generate_demo(services.database.session_factory, households=80)
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    tab = open_tab(main)
    tab.inner.setCurrentWidget(tab.cases)
    assert tab.cases.model.rowCount() >= 40 and tab.banner.isVisible()
    image = tab.grab()
    assert not image.isNull() and image.save(str(tmp_path / "mediation_tab.png"))
