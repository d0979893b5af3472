"""群议厅 panel as a clerk uses it: a topic walked through every step by its dialogs, filters, bodies, calendar."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.services.deliberation_dto import MeetingInput, TopicInput, TopicQuery
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.ui.tabs.mediation import deliberation_dialogs as steps
from community_desk.ui.tabs.mediation import deliberation_forms as forms
from community_desk.ui.tabs.mediation.deliberation_models import TopicTableModel
from community_desk.ui.tabs.mediation.deliberation_panel import DeliberationPanel
from community_desk.ui.tabs.residents.form_dialog import FormDialog

BASE = date.today() - timedelta(days=60)


def qdate(days: int) -> QDate:
    on = BASE + timedelta(days=days)
    return QDate(on.year, on.month, on.day)


@pytest.fixture
def resident(services: Services) -> int:
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "3号楼")
    household = services.residents.create_household(
        HouseholdInput(building, "1", "101"), ResidentInput(name="王䶮"), date(2020, 1, 1)
    )
    detail = services.registry.household(household)
    assert detail is not None
    return detail.members[0].resident_id


@pytest.fixture
def panel(qtbot: QtBot, services: Services) -> DeliberationPanel:
    widget = DeliberationPanel(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def answering(monkeypatch: pytest.MonkeyPatch, fillers: dict[type, Callable[[FormDialog], None]]) -> list[FormDialog]:
    """Replaces exec() of the given dialog classes: fill the form, press 保存, report the result."""
    opened: list[FormDialog] = []

    def exec_(self: FormDialog) -> int:
        opened.append(self)
        fillers[type(self)](self)
        self.save_button.click()
        return self.result()

    for cls in fillers:
        monkeypatch.setattr(cls, "exec", exec_)
    return opened


def fill_topic(d: forms.TopicDialog) -> None:
    d.title_edit.setText("3号楼加装电梯")
    d.category_combo.set_code("加装电梯")
    d.source_combo.set_code("联名")
    assert d._form.isRowVisible(d.signers_spin)
    d.signers_spin.setValue(18)
    d.proposers.search_edit.setText("王䶮")
    d.proposers.search()
    d.proposers.add_selected()
    d.proposers.search_edit.setText("孙三")
    d.proposers.add_typed()
    d.date_edit.setDate(qdate(0))


def fill_meeting(d: steps.MeetingDialog) -> None:
    d.date_edit.setDate(qdate(5))
    d.host_edit.setText("李书记")
    d.participants.role_combo.set_code("居民代表")
    d.participants.search_edit.setText("王䶮")
    d.participants.search()
    d.participants.add_selected()
    assert d.attendance_spin.value() == 1  # raised to the people listed
    d.attendance_spin.setValue(12)
    d.view_edits["利益相关方"].setPlainText("一楼住户担心采光")


def fill_vote(d: steps.VoteDialog) -> None:
    assert d.present_spin.value() == 12  # the meeting's attendance
    d.date_edit.setDate(qdate(5))
    d.for_spin.setValue(7)
    d.against_spin.setValue(3)
    d.abstain_spin.setValue(2)
    assert d.outcome_label.text() == "需赞成7票，通过"


def fill_publicity(d: steps.PublicityDialog) -> None:
    d.date_edit.setDate(qdate(7))
    assert d.end_edit.date() == qdate(12)  # start + 5: the first day is not counted


def fill_implementation(d: steps.ImplementationDialog) -> None:
    assert d.date_edit.minimumDate() == qdate(13)
    d.date_edit.setDate(qdate(13))
    d.responsible_edit.setText("电梯公司")


def fill_feedback(d: steps.FeedbackDialog) -> None:
    d.date_edit.setDate(qdate(40))
    d.text_edit.setPlainText("楼道张贴结果，入户回访")
    d.satisfied_spin.setValue(30)
    d.fairly_spin.setValue(5)
    d.dissatisfied_spin.setValue(1)
    assert d.rate_label.text() == "97.2%"


def dated(days: int, **texts: str) -> Callable[[FormDialog], None]:
    def fill(d: FormDialog) -> None:
        d.date_edit.setDate(qdate(days))
        for name, text in texts.items():
            getattr(d, name).setPlainText(text)

    return fill


def test_new_topic_walks_every_step_through_the_dialogs(
    qtbot: QtBot, panel: DeliberationPanel, services: Services, resident: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = answering(
        monkeypatch,
        {
            forms.TopicDialog: fill_topic,
            steps.AcceptDialog: dated(1),
            steps.MeetingDialog: fill_meeting,
            steps.VoteDialog: fill_vote,
            steps.ResolutionDialog: dated(6, text_edit="同意加装"),
            steps.PublicityDialog: fill_publicity,
            steps.ImplementationDialog: fill_implementation,
            steps.ProgressDialog: dated(20, text_edit="井道完工"),
            steps.FeedbackDialog: fill_feedback,
        },
    )
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and panel.current_topic() is not None
    buttons = []
    for _ in range(7):
        buttons.append(panel.next_button.text())
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        if panel.current_topic().step == "落实":  # type: ignore[union-attr]
            assert panel.progress_button.isEnabled()
            qtbot.mouseClick(panel.progress_button, Qt.MouseButton.LeftButton)
    assert buttons == [
        "下一步：议题确定…", "下一步：协商会议…", "下一步：表决…", "下一步：形成决议…", "下一步：决议公示…",
        "下一步：组织落实…", "下一步：结果反馈…",
    ]  # fmt: skip
    assert all(d.result() == QDialog.DialogCode.Accepted for d in opened) and len(opened) == 9

    detail = panel.current_topic()
    assert detail is not None and (detail.step, detail.status) == ("反馈", "已办结")
    assert detail.proposers[0].resident_id == resident and detail.source_label == "联名18人"
    assert not panel.next_button.isEnabled() and panel.next_button.text() == "已办结"
    text = panel.timeline.toPlainText()
    titles = ["议题征集", "议题确定", "协商会议", "表决", "形成决议", "决议公示", "组织落实", "落实进展", "结果反馈"]
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles)
    assert "一楼住户担心采光" in text and "满意率97.2%" in text
    assert panel.model.index(0, 4).data() == "反馈" and panel.model.index(0, 6).data() == "已办结"


def walk_to_failed_vote(services: Services) -> int:
    svc = services.deliberation
    topic = svc.propose(TopicInput("物业费上调方案", "物业", "上级交办"), BASE)
    svc.accept(topic, BASE + timedelta(days=1))
    svc.hold_meeting(topic, MeetingInput(BASE + timedelta(days=2), host="李书记", attendance=10))
    svc.vote(topic, BASE + timedelta(days=2), 10, 5, 1, 4)  # 5 of 10 is not more than half
    return topic


def test_failed_vote_offers_only_a_new_meeting_or_closing(
    qtbot: QtBot, panel: DeliberationPanel, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk_to_failed_vote(services)
    panel.refresh()
    assert panel.model.index(0, 4).data() == "表决（未通过）"
    assert panel.next_button.menu() is not None
    assert [a.text() for a in panel.next_actions()] == ["重新协商…", "结束为未通过…"]
    answering(monkeypatch, {steps.RejectDialog: dated(3, note_edit="多数居民不同意")})
    panel.next_actions()[1].trigger()
    detail = panel.current_topic()
    assert detail is not None and (detail.step, detail.status) == ("未通过", "未通过")
    assert panel.next_button.text() == "已结束" and not panel.next_button.isEnabled()


def test_only_the_next_step_can_be_opened(
    panel: DeliberationPanel, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.deliberation.propose(TopicInput("广场舞噪音", "污染", "居民提议"), BASE)
    panel.refresh()
    opened = answering(monkeypatch, {cls: lambda d: None for cls in steps.STEP_DIALOGS.values()})
    for step in ("协商", "表决", "决议", "公示", "落实", "进展", "反馈", "未通过"):
        panel.open_step(step)
    assert opened == []
    assert not panel.progress_button.isEnabled()


def test_refused_vote_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, services: Services) -> None:
    topic = walk_to_failed_vote(services)
    services.deliberation.hold_meeting(topic, MeetingInput(BASE + timedelta(days=3), host="李书记", attendance=10))
    detail = services.deliberation.topic(topic)
    assert detail is not None
    dialog = steps.VoteDialog(services, detail)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(qdate(3))
    dialog.for_spin.setValue(8)
    dialog.against_spin.setValue(3)
    assert "超过了出席人数10人" in dialog.outcome_label.text()
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "超过了出席人数10人" in dialog.error_label.text()
    after = services.deliberation.topic(topic)
    assert after is not None and after.step == "协商"


def test_filters_narrow_the_topic_list(panel: DeliberationPanel, services: Services) -> None:
    svc = services.deliberation
    svc.propose(TopicInput("停车位划线", "停车", "居民提议"), date(2025, 5, 1))
    accepted = svc.propose(TopicInput("供暖不热", "采暖", "网格员收集"), BASE)
    svc.propose(TopicInput("非机动车棚", "停车", "联名", signers=8), BASE)
    svc.accept(accepted, BASE)
    panel.refresh()
    assert panel.model.rowCount() == 3
    panel.category_filter.set_code("停车")
    assert sorted(panel.model.row_at(r).title for r in range(panel.model.rowCount())) == ["停车位划线", "非机动车棚"]
    panel.year_filter.setCurrentIndex(panel.year_filter.findData(2025))
    assert [panel.model.row_at(r).title for r in range(panel.model.rowCount())] == ["停车位划线"]
    panel.category_filter.set_code("")
    panel.year_filter.setCurrentIndex(0)
    panel.step_filter.setCurrentIndex(panel.step_filter.findData("确定"))
    assert [panel.model.row_at(r).title for r in range(panel.model.rowCount())] == ["供暖不热"]
    panel.step_filter.setCurrentIndex(0)
    panel.search_edit.setText("车棚")
    assert [panel.model.row_at(r).source for r in range(panel.model.rowCount())] == ["联名8人"]


def test_topic_table_model_passes_qtmodeltester(qtbot: QtBot, services: Services, qtmodeltester) -> None:
    for n in range(5):
        services.deliberation.propose(TopicInput(f"议题{n}", "其他", "居民提议"), BASE + timedelta(days=n))
    from community_desk.services.deliberation_reader import DeliberationReader

    model = TopicTableModel(DeliberationReader(services.database.path), page_size=2)
    model.set_query(TopicQuery(sort_key="number", descending=False))
    assert model.rowCount() == 2 and model.canFetchMore()
    model.sort(0, Qt.SortOrder.DescendingOrder)  # an ORDER BY over every topic, not only the fetched ones
    assert model.row_at(0).number.endswith("-005")  # type: ignore[union-attr]
    assert model.row_of(-1) is None and model.rowCount() == 5  # looking for a topic fetched every page
    model.set_query(TopicQuery())
    qtmodeltester.check(model)  # last: the tester stays attached, and a later reset would fetch inside its check


def test_bodies_members_and_calendar_through_the_dialogs(
    qtbot: QtBot, panel: DeliberationPanel, services: Services, resident: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    topic = services.deliberation.propose(TopicInput("楼道堆物清理", "其他", "网格员收集"), BASE)
    panel.refresh()
    page = panel.bodies_page
    panel.tabs.setCurrentWidget(page)

    def body(d: forms.BodyDialog) -> None:
        d.name_edit.setText("示范社区居民议事会")
        d.kind_combo.set_code("居民议事会")
        d.note_edit.setText("每月一次")

    def member(d: forms.BodyMemberDialog) -> None:
        d.person.search_edit.setText("王䶮")
        d.person.search()
        d.person.add_selected()
        d.role_combo.set_code("召集人")
        d.since_edit.setDate(QDate(2025, 1, 1))

    def meeting(d: forms.CalendarMeetingDialog) -> None:
        d.date_edit.setDate(qdate(2))
        d.attendance_spin.setValue(15)
        d.topics.item(0).setCheckState(Qt.CheckState.Checked)

    answering(monkeypatch, {forms.BodyDialog: body, forms.BodyMemberDialog: member,
                            forms.CalendarMeetingDialog: meeting, forms.EndMemberDialog: lambda d: None})  # fmt: skip
    qtbot.mouseClick(page.new_body_button, Qt.MouseButton.LeftButton)
    assert page.bodies_model.rowCount() == 1 and page.selected_body() is not None
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    assert page.members_model.index(0, 0).data() == "王䶮" and page.members_model.index(0, 4).data() == "居民库"
    page.members_view.selectRow(0)
    assert page.end_member_button.isEnabled()
    qtbot.mouseClick(page.end_member_button, Qt.MouseButton.LeftButton)
    assert page.members_model.index(0, 3).data() == date.today().isoformat()

    qtbot.mouseClick(page.add_meeting_button, Qt.MouseButton.LeftButton)
    page.year_combo.setCurrentIndex(page.year_combo.findData((BASE + timedelta(days=2)).year))
    calendar = page.calendar_model
    month = calendar.index(0, 0)
    held = BASE + timedelta(days=2)
    assert month.data() == f"{held.year}年{held.month}月（1次）"
    assert calendar.index(0, 5, month).data() == "楼道堆物清理"
    assert calendar.index(0, 1, month).data() == "示范社区居民议事会"
    detail = services.deliberation.topic(topic)
    assert detail is not None and detail.step == "征集"


def test_panel_imports_no_sqlalchemy() -> None:
    code = "import sys; import community_desk.ui.tabs.mediation.deliberation_panel; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd())
    assert out.stdout.strip() == "False"


def test_screenshot_with_demo_data(qtbot: QtBot, services: Services) -> None:
    from community_desk.services.demo import generate_demo
    from community_desk.ui.fonts import install_application_font

    install_application_font(QApplication.instance())
    factory = services.database.session_factory
    generate_demo(factory, households=60, today=date.today())  # includes the 群议厅 demo
    panel = DeliberationPanel(services)
    qtbot.addWidget(panel)
    panel.resize(1300, 760)
    panel.show()
    assert panel.model.rowCount() == 12
    done = next(r for r in range(12) if panel.model.row_at(r).status == "已办结")  # type: ignore[union-attr]
    panel.table.selectRow(done)
    assert "结果反馈" in panel.timeline.toPlainText()
    qtbot.wait(20)  # let the detail side lay out its new text before the picture is taken
    image = panel.grab()
    assert not image.isNull() and image.width() >= 1200
    image.save("/tmp/deliberation.png")
