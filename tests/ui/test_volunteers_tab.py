"""The 志愿 tab: register a volunteer through the dialog, record a team outing, issue a certificate; models."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from docx import Document
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.services.dto import NamedId
from community_desk.services.volunteer_dto import ServiceRecordInput, TeamInput, VolunteerInput
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.tabs.volunteers.dialogs import CertificateDialog, VolunteerDialog
from community_desk.ui.tabs.volunteers.models import ServiceTableModel, VolunteerTableModel
from community_desk.ui.tabs.volunteers.record_dialogs import OutingDialog
from community_desk.ui.tabs.volunteers.tab import VolunteersTab


def _click_save(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_register_outing_and_certificate_through_the_dialogs(
    services: Services, qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:
    vs = services.volunteers
    team = vs.create_team(TeamInput("绿色志愿者服务队"))
    other = vs.create_volunteer(VolunteerInput(name="李四", registered_on=date(2026, 1, 2)), (team,))
    tab = VolunteersTab(services)
    qtbot.addWidget(tab)
    tab.show()

    dialog = VolunteerDialog(vs, tab)
    qtbot.addWidget(dialog)
    dialog.name.setText("王䶮")
    dialog.id_number.setText("110101199003071234")
    dialog.phone.setText("13812345678")
    dialog.team_checks[team].setChecked(True)
    _click_save(qtbot, dialog)
    assert dialog.result() and dialog.error_label.isHidden()
    row = vs.volunteer(dialog.volunteer_id)
    assert row is not None and row.name == "王䶮" and row.teams == "绿色志愿者服务队"

    outing = OutingDialog(vs, tab)
    qtbot.addWidget(outing)
    qtmodeltester.check(outing.members_model)
    assert outing.members_model.rowCount() == 2
    outing.fields.start.setDateTime(QDateTime(2026, 3, 5, 20, 0, 0))
    outing.fields.end.setDateTime(QDateTime(2026, 3, 5, 22, 0, 0))
    outing.fields.content.setText("学雷锋日清理楼道")
    outing.fields.category.set_code("环境保护")
    late = next(r for r in range(2) if "李四" in outing.member_label(r))
    outing.set_member_times(late, "21:00", "00:30")  # stayed past midnight
    _click_save(qtbot, outing)
    assert outing.error_label.isHidden(), outing.error_label.text()
    minutes = {r.volunteer_name: r.minutes for r in vs.service_records(team_id=team)}
    assert minutes == {"王䶮": 120, "李四": 210}
    assert other

    again = OutingDialog(vs, tab)  # the same outing twice is refused and nothing is written
    qtbot.addWidget(again)
    again.fields.start.setDateTime(QDateTime(2026, 3, 5, 20, 0, 0))
    again.fields.end.setDateTime(QDateTime(2026, 3, 5, 22, 0, 0))
    again.fields.content.setText("重复")
    again.fields.category.set_code("环境保护")
    _click_save(qtbot, again)
    assert "时间不能重叠" in again.error_label.text()
    assert len(vs.service_records()) == 2

    volunteer = vs.volunteer(dialog.volunteer_id)
    assert volunteer is not None
    certificate = CertificateDialog(vs, volunteer, tab)
    qtbot.addWidget(certificate)
    out = tmp_path / "证明.docx"
    certificate.path.setText(str(out))
    certificate.responsible.setText("李书记")
    _click_save(qtbot, certificate)
    assert certificate.error_label.isHidden(), certificate.error_label.text()
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert certificate.data.number in text and "李书记" in text
    tab.reload_all()
    assert tab.volunteers.model.rowCount() == 2


def test_linking_a_resident_disables_the_personal_fields(services: Services, qtbot: QtBot) -> None:
    dialog = VolunteerDialog(services.volunteers)
    qtbot.addWidget(dialog)
    assert dialog.id_number.isEnabled()
    dialog.name.choose(NamedId(1, "张三"))
    assert not dialog.id_number.isEnabled() and not dialog.phone.isEnabled()


def test_models_pass_qtmodeltester(services: Services, qtbot: QtBot, qtmodeltester) -> None:
    vs = services.volunteers
    ids = [vs.create_volunteer(VolunteerInput(name=f"志愿者{i}", registered_on=date(2026, 1, 1))) for i in range(5)]
    for index, vid in enumerate(ids):
        vs.record_service(
            vid,
            ServiceRecordInput(datetime(2026, 2, 1 + index, 9), datetime(2026, 2, 1 + index, 11), "巡逻", "治安巡逻"),
        )
    volunteers = VolunteerTableModel(page_size=2)
    volunteers.set_source(lambda: vs.count_volunteers(), lambda o, n: vs.volunteer_page("", o, n))
    records = ServiceTableModel(page_size=2)
    records.set_records(vs.service_records())
    qtmodeltester.check(volunteers)
    qtmodeltester.check(records)


def test_tab_module_does_not_import_sqlalchemy() -> None:
    code = "import sys; import community_desk.ui.tabs.volunteers.tab; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd())
    assert out.stdout.strip() == "False"


def test_screenshot_with_demo_data(services: Services, qtbot: QtBot) -> None:
    from community_desk.services.demo import generate_demo
    from community_desk.ui.fonts import install_application_font

    install_application_font(QApplication.instance())
    generate_demo(services.database.session_factory, households=200, today=date.today())
    tab = VolunteersTab(services)
    qtbot.addWidget(tab)
    tab.resize(1300, 760)
    tab.show()
    assert tab.volunteers.model.total == 120
    tab.inner.setCurrentWidget(tab.stats)
    assert tab.stats.stars.rowCount() == 120 and tab.stats.hours.rowCount() > 10
    qtbot.wait(20)
    for name, page in (("volunteers", tab.volunteers), ("volunteer_stats", tab.stats)):
        tab.inner.setCurrentWidget(page)
        qtbot.wait(10)
        image = tab.grab()
        assert not image.isNull()
        image.save(f"/tmp/{name}.png")


def test_tab_exports_the_roster_masked_in_the_background(services: Services, qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    services.volunteers.create_volunteer(
        VolunteerInput(name="张三", id_number="110101199003071234", phone="13812345678", registered_on=date(2026, 1, 2))
    )
    tab = VolunteersTab(services)
    qtbot.addWidget(tab)
    out = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(tab.status_changed, timeout=5000, check_params_cb=lambda text: "已导出" in text):
        tab.export("花名册", out)
    assert load_workbook(out)["志愿者花名册"].cell(4, 7).value == "110101********1234"


def test_record_dialog_crosses_midnight_and_edits(services: Services, qtbot: QtBot) -> None:
    from community_desk.ui.tabs.volunteers.record_dialogs import ServiceRecordDialog

    vs = services.volunteers
    vid = vs.create_volunteer(VolunteerInput(name="张三", registered_on=date(2026, 1, 2)))
    dialog = ServiceRecordDialog(vs, volunteer_id=vid)
    qtbot.addWidget(dialog)
    dialog.fields.start.setDateTime(QDateTime(2026, 1, 31, 23, 0, 0))
    dialog.fields.end.setDateTime(QDateTime(2026, 2, 1, 1, 30, 0))
    dialog.fields.content.setText("除夕夜巡逻")
    dialog.fields.category.set_code("治安巡逻")
    dialog.fields.confirmed_by.setText("张主任")
    _click_save(qtbot, dialog)
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    record = vs.service_record(dialog.record_id)
    assert record is not None and record.minutes == 150
    edit = ServiceRecordDialog(vs, record=record)
    qtbot.addWidget(edit)
    edit.fields.end.setDateTime(QDateTime(2026, 1, 31, 22, 0, 0))
    _click_save(qtbot, edit)
    assert "结束时间应晚于开始时间" in edit.error_label.text()
