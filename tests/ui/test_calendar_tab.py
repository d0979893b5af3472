"""活动 tab: add an event through the dialog, see it on the month grid, sign a resident in; models are sound."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.events_dto import EventInput
from community_desk.services.events_reads import resident_by_name
from community_desk.ui.tabs.calendar.dialogs import AttendanceDialog, EventDialog
from community_desk.ui.tabs.calendar.tab import CalendarTab

TODAY = date(2026, 10, 12)


def _resident(services: Services, name: str, birth: str) -> int:
    body = f"110105{birth}001"
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "1号楼")
    head = ResidentInput(name=name, id_number=body + check_character(body))
    services.residents.create_household(HouseholdInput(building, "1", "101"), head, date(2015, 5, 1))
    return services.registry.find_households(name)[0].id


def _tab(services: Services, qtbot: QtBot) -> CalendarTab:
    tab = CalendarTab(services, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1000, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_add_an_event_through_the_dialog_and_sign_in_a_resident(services: Services, qtbot: QtBot) -> None:
    _resident(services, "王秀英", "19360301")
    tab = _tab(services, qtbot)
    assert "重阳节（10月18日）前走访90岁以上老人 1 位：王秀英" in tab.banner.text()
    dialog = EventDialog(services.events, day=date(2026, 10, 14), parent=tab)
    qtbot.addWidget(dialog)
    dialog.name.setText("重阳敬老茶话会")
    dialog.category.setCurrentText("节日")
    dialog.place.setCurrentText("多功能厅")
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(16, 0))
    dialog.capacity.setValue(30)
    dialog.accept()
    assert dialog.result() == EventDialog.DialogCode.Accepted and dialog.saved_id is not None
    tab.reload_all()
    (occ,) = tab.month_model.occurrences_on(date(2026, 10, 14))
    assert occ.name == "重阳敬老茶话会" and occ.start == datetime(2026, 10, 14, 14)
    assert tab.month_model.index_of(date(2026, 10, 14)).data().startswith("14")
    tab.select_day(date(2026, 10, 14))
    assert tab.agenda_model.rowCount() == 1

    clash = EventDialog(services.events, day=date(2026, 10, 14), parent=tab)
    qtbot.addWidget(clash)
    clash.name.setText("书画课")
    clash.place.setCurrentText("多功能厅")
    clash.start.setTime(QTime(15, 0))
    clash.end.setTime(QTime(17, 0))
    clash.accept()
    assert "已安排「重阳敬老茶话会」" in clash.error_label.text()

    signin = AttendanceDialog(
        services.events,
        occ.event_id,
        occ.original,
        lambda name: resident_by_name(services.events, name),
        [],
        parent=tab,
    )
    qtbot.addWidget(signin)
    signin.person.setText("王秀英")
    signin.sign_in_resident()
    assert signin.model.rowCount() == 1
    assert services.events.attendance(occ.event_id, occ.original)[0].resident_id is not None


def test_month_navigation_and_festivals(services: Services, qtbot: QtBot) -> None:
    tab = _tab(services, qtbot)
    assert tab.title.text() == "2026年10月"
    tab.next_month()
    tab.previous_month()
    tab.previous_month()
    assert tab.title.text() == "2026年9月"
    from community_desk.ui.tabs.calendar.models import FESTIVAL_ROLE

    assert tab.month_model.index_of(date(2026, 9, 25)).data(FESTIVAL_ROLE) == "中秋节"


def test_models_pass_qtmodeltester(services: Services, qtbot: QtBot, qtmodeltester) -> None:
    services.events.create_event(
        EventInput(
            "舞蹈课",
            "文化",
            "舞蹈室",
            datetime(2026, 10, 5, 19),
            datetime(2026, 10, 5, 20),
            weekdays=frozenset({0, 2, 4}),
            repeat_until=date(2026, 12, 31),
        )
    )
    tab = _tab(services, qtbot)
    qtmodeltester.check(tab.month_model)
    qtmodeltester.check(tab.agenda_model)


def test_tab_screenshot_with_demo_like_data(services: Services, qtbot: QtBot, tmp_path: Path) -> None:
    events = services.events
    events.create_event(
        EventInput(
            "舞蹈课",
            "文化",
            "舞蹈室",
            datetime(2026, 10, 5, 19),
            datetime(2026, 10, 5, 20, 30),
            weekdays=frozenset({0, 2, 4}),
            repeat_until=date(2026, 12, 31),
        )
    )
    events.cancel_occurrence(1, date(2026, 10, 7))
    events.create_event(
        EventInput("重阳敬老宴", "节日", "多功能厅", datetime(2026, 10, 18, 11), datetime(2026, 10, 18, 13))
    )
    events.create_event(
        EventInput("党员主题党日", "党建", "党员活动室", datetime(2026, 10, 10, 9), datetime(2026, 10, 10, 11))
    )
    events.create_event(EventInput("义诊", "便民服务", "户外", datetime(2026, 10, 10, 9), datetime(2026, 10, 10, 11)))
    tab = _tab(services, qtbot)
    qtbot.wait(50)  # the banner appears on first show; let the layout settle before the picture
    image = tab.grab()
    path = tmp_path / "calendar_tab.png"
    assert image.save(str(path))
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if out.is_dir():
        image.save(str(out / "calendar_tab.png"))
    assert QDate(2026, 10, 1).isValid()


def test_tab_module_does_not_import_sqlalchemy() -> None:
    import subprocess
    import sys

    code = "import sys; import community_desk.ui.tabs.calendar.tab; print('sqlalchemy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_changed_times_ask_before_updating_volunteer_records(services: Services, qtbot: QtBot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from community_desk.services.volunteer_dto import VolunteerInput
    from community_desk.ui.tabs.calendar.dialogs import offer_service_updates

    body = "11010519900307001"
    vid = services.volunteers.create_volunteer(
        VolunteerInput(
            name="陈志愿", id_number=body + check_character(body), gender="1", registered_on=date(2026, 1, 5)
        )
    )
    events = services.events
    eid = events.create_event(
        EventInput("清洁家园", "志愿服务", "户外", datetime(2026, 10, 10, 9), datetime(2026, 10, 10, 11))
    )
    events.sign_in(eid, date(2026, 10, 10), volunteer_id=vid)
    dialog = EventDialog(events, event_id=eid)
    qtbot.addWidget(dialog)
    dialog.end.setTime(QTime(12, 0))
    dialog.accept()
    assert len(dialog.affected) == 1
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    offer_service_updates(parent, events, dialog.affected)
    assert "1 条志愿服务记录（陈志愿）" in asked[0]
    record_id = events.attendance(eid, date(2026, 10, 10))[0].service_record_id
    assert services.volunteers.service_record(record_id).end == datetime(2026, 10, 10, 12)


def _weekly_dance(services: Services) -> int:
    return services.events.create_event(
        EventInput(
            "舞蹈课",
            "文化",
            "舞蹈室",
            datetime(2026, 10, 5, 19),
            datetime(2026, 10, 5, 20),
            weekdays=frozenset({0, 2}),
            repeat_until=date(2026, 12, 31),
        )
    )


def _drive_move(monkeypatch, day: QDate, start: QTime, end: QTime, seen: list) -> None:
    from community_desk.ui.tabs.calendar.move_dialog import MoveOccurrenceDialog

    def fake_exec(dialog: MoveOccurrenceDialog) -> int:
        seen.append((dialog.day.date(), dialog.start.time(), dialog.end.time()))
        dialog.day.setDate(day)
        dialog.start.setTime(start)
        dialog.end.setTime(end)
        dialog.accept()
        seen.append(dialog.error_label.text())
        return dialog.result()

    monkeypatch.setattr(MoveOccurrenceDialog, "exec", fake_exec)


def test_move_one_occurrence_through_the_dialog(services: Services, qtbot: QtBot, monkeypatch) -> None:
    eid = _weekly_dance(services)
    tab = _tab(services, qtbot)
    tab.select_day(date(2026, 10, 14))
    row = next(
        i for i in range(tab.agenda_model.rowCount()) if tab.agenda_model.occurrence(i).original == date(2026, 10, 14)
    )
    seen: list = []
    _drive_move(monkeypatch, QDate(2026, 10, 16), QTime(18, 0), QTime(19, 30), seen)
    tab.move_occurrence(tab.agenda_model.occurrence(row))
    assert seen[0] == (QDate(2026, 10, 14), QTime(19, 0), QTime(20, 0))  # prefilled with the current times
    assert seen[1] == ""
    assert not [o for o in tab.month_model.occurrences_on(date(2026, 10, 14)) if o.event_id == eid]
    (moved,) = tab.month_model.occurrences_on(date(2026, 10, 16))
    assert moved.moved and moved.original == date(2026, 10, 14) and moved.start == datetime(2026, 10, 16, 18)
    assert [o.start for o in tab.month_model.occurrences_on(date(2026, 10, 12))] == [datetime(2026, 10, 12, 19)]
    assert any(o.original == date(2026, 10, 14) for o in tab.agenda_model._rows)


def test_moving_an_occurrence_into_a_booked_room_is_refused(services: Services, qtbot: QtBot, monkeypatch) -> None:
    eid = _weekly_dance(services)
    services.events.create_event(
        EventInput("广场舞排练", "文化", "舞蹈室", datetime(2026, 10, 16, 18), datetime(2026, 10, 16, 20))
    )
    tab = _tab(services, qtbot)
    (occ,) = [o for o in tab.month_model.occurrences_on(date(2026, 10, 14)) if o.event_id == eid]
    seen: list = []
    _drive_move(monkeypatch, QDate(2026, 10, 16), QTime(19, 0), QTime(20, 0), seen)
    tab.move_occurrence(occ)
    assert "已安排「广场舞排练」" in seen[1]
    assert [o.event_id for o in tab.month_model.occurrences_on(date(2026, 10, 14))] == [eid]
    assert [o.name for o in tab.month_model.occurrences_on(date(2026, 10, 16))] == ["广场舞排练"]
    assert not services.events.between(date(2026, 10, 14), date(2026, 10, 14))[0].moved
