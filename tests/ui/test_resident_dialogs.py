"""Registry dialogs as a clerk uses them: type, click 保存, and see what was stored or why it was refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.domain import codes
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.ui.tabs.residents.dialogs import (
    EditHouseholdDialog,
    EndTagDialog,
    EventDialog,
    MemberDialog,
    NewHouseholdDialog,
    TagDialog,
)
from community_desk.ui.tabs.residents.member_form import MemberForm
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import OptionalDateEdit

# Showing a dialog or a popup on the offscreen platform makes Qt say "This plugin does not support
# propagateSizeHints()/raise()/grabbing the keyboard": about the test platform, not the dialogs.


def id_number(first17: str) -> str:
    return first17 + check_character(first17)


MALE_1990 = id_number("11010519900307001")  # 1990-03-07, odd order digit → 男
FEMALE_1985 = id_number("11010519850612002")
CHILD_2020 = id_number("11010520200105003")


def wrong_check(number: str) -> str:
    wrong = "0" if number[-1] != "0" else "1"
    return number[:-1] + wrong


@pytest.fixture
def place(services: Services) -> tuple[int, int]:
    grid = services.residents.create_grid("第一网格")
    return grid, services.residents.create_building(grid, "3号楼")


@pytest.fixture
def household(services: Services, place: tuple[int, int]) -> int:
    head = ResidentInput(name="张建国", id_number=MALE_1990)
    return services.residents.create_household(HouseholdInput(place[1], "2", "501"), head, date(2015, 5, 1))


def head_of(services: Services, household_id: int) -> int:
    detail = services.registry.household(household_id)
    assert detail is not None
    return next(m.resident_id for m in detail.members if m.relation_code == codes.HEAD_RELATION)


def save(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_in_window(qtbot: QtBot, widget: QWidget) -> QDialog:
    """A widget in a shown window, so a completer popup can open; keep the window referenced."""
    window = QDialog()
    QVBoxLayout(window).addWidget(widget)
    open_dialog(qtbot, window)
    widget.setFocus()
    return window


# --- widgets ----------------------------------------------------------------------------------------------
def test_code_combo_shows_names_returns_codes(qtbot: QtBot) -> None:
    combo = CodeComboBox(codes.ETHNICITIES, blank=True)
    qtbot.addWidget(combo)
    assert combo.code() == ""
    combo.set_code("05")
    assert combo.currentText() == "维吾尔族" and combo.code() == "05"
    combo.setEditText("汉")  # a unique partial name or a short form, as clerks type it
    assert combo.code() == "01"
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "汉族"
    combo.setEditText("56")  # a code works too
    assert combo.code() == "56"
    combo.setEditText("不存在的民族")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "汉族", "unknown text is put back to the current choice"


def test_code_combo_completer_matches_names_anywhere_and_codes(qtbot: QtBot) -> None:
    combo = CodeComboBox(codes.ETHNICITIES, blank=True)
    window = shown_in_window(qtbot, combo)
    combo.lineEdit().insert("吾尔")  # the middle of 维吾尔族 (QTest cannot type CJK)
    popup = combo.completer().popup()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["维吾尔族"]

    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "03")
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (combo.currentText(), combo.code()) == ("回族", "03"), "the field shows the name, never 回族 03"
    assert window.result() == 0, "choosing from the popup does not also press the dialog's default button"


def test_optional_date_edit_can_be_blank(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.date_value() is None
    assert edit.edit.text().strip() == ""
    edit.set_date_value(date(1990, 3, 7))
    assert edit.date_value() == date(1990, 3, 7)
    assert edit.edit.text() == "1990-03-07"
    qtbot.mouseClick(edit.clear_button, Qt.MouseButton.LeftButton)
    assert edit.date_value() is None


def test_typing_into_a_blank_date_starts_from_a_real_year(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.set_start_date(date(1970, 1, 1))
    qtbot.keyClick(edit.edit, Qt.Key.Key_Up)
    value = edit.date_value()
    assert value is not None and value.year >= 1970


# --- member form: live ID check ---------------------------------------------------------------------------
@pytest.fixture
def form(qtbot: QtBot) -> MemberForm:
    widget = MemberForm()
    qtbot.addWidget(widget)
    return widget


def test_live_id_check_fills_birth_date_and_gender(qtbot: QtBot, form: MemberForm) -> None:
    qtbot.keyClicks(form.id_number_edit, MALE_1990)
    qtbot.waitUntil(lambda: "✓" in form.id_hint.text())
    assert form.id_hint.text() == "✓ 出生日期 1990-03-07，男"
    assert form.birth_date_edit.date_value() == date(1990, 3, 7)
    assert form.gender_combo.code() == "1"


def test_live_id_check_shows_wrong_check_character(qtbot: QtBot, form: MemberForm) -> None:
    qtbot.keyClicks(form.id_number_edit, wrong_check(MALE_1990))
    qtbot.waitUntil(lambda: "校验位" in form.id_hint.text())
    assert f"校验位应为{MALE_1990[-1]}" in form.id_hint.text()
    assert form.birth_date_edit.date_value() is None, "an invalid number fills nothing"


def test_typed_birth_date_is_kept_and_the_disagreement_shown(form: MemberForm) -> None:
    form.birth_date_edit.set_date_value(date(1990, 3, 8))
    form.gender_combo.set_code("2")
    form.id_number_edit.setText(MALE_1990)
    form.check_id()
    assert form.birth_date_edit.date_value() == date(1990, 3, 8)
    assert form.gender_combo.code() == "2"
    assert "出生日期与身份证号不符" in form.id_hint.text()
    assert "性别与身份证号不符" in form.id_hint.text()
    assert "c25e00" in form.id_hint.styleSheet()  # orange, not the green ✓


def test_values_filled_from_one_number_follow_a_corrected_number(form: MemberForm) -> None:
    form.id_number_edit.setText(MALE_1990)
    form.check_id()
    form.id_number_edit.setText(FEMALE_1985)
    form.check_id()
    assert form.birth_date_edit.date_value() == date(1985, 6, 12)
    assert form.gender_combo.code() == "2"


def test_fifteen_digit_number_says_what_it_becomes(form: MemberForm) -> None:
    form.id_number_edit.setText("110105900307001")
    form.check_id()
    assert "15位" in form.id_hint.text()
    assert MALE_1990 in form.id_hint.text()
    assert form.birth_date_edit.date_value() == date(1990, 3, 7)


def test_floating_population_fields_follow_the_category(form: MemberForm) -> None:
    assert not form.arrived_on_edit.isEnabled() and not form.stay_reason_edit.isEnabled()
    form.category_combo.set_code("2")
    assert form.arrived_on_edit.isEnabled() and form.stay_reason_edit.isEnabled()
    form.arrived_on_edit.set_date_value(date(2024, 3, 1))
    form.stay_reason_edit.setText("务工")
    value = form.value()
    assert (value.arrived_on, value.stay_reason) == (date(2024, 3, 1), "务工")
    form.category_combo.set_code("1")
    assert not form.arrived_on_edit.isEnabled()
    assert (form.value().arrived_on, form.value().stay_reason) == (None, "")


def test_form_round_trips_a_resident_input(form: MemberForm) -> None:
    data = ResidentInput(
        name="𠮷田",
        id_number=FEMALE_1985,
        gender="2",
        birth_date=date(1985, 6, 12),
        ethnicity="03",
        phone="13800138000",
        political_status="01",
        education="20",
        marital_status="20",
        military_service="0",
        category="2",
        arrived_on=date(2023, 1, 2),
        stay_reason="就学",
        note="备注",
    )
    form.set_value(data)
    assert form.value() == data


# --- households ---------------------------------------------------------------------------------------------
def test_new_household_dialog_creates_household_with_rare_named_head(
    qtbot: QtBot,
    services: Services,
    place: tuple[int, int],
) -> None:
    grid, building = place
    dialog = open_dialog(qtbot, NewHouseholdDialog(services, grid_id=grid, building_id=building, unit="2", room="501"))
    assert dialog.address.building_combo.currentText() == "3号楼"
    assert dialog.address.unit_edit.text() == "2"
    form = dialog.head_form
    form.name_edit.setText("王䶮")
    qtbot.keyClicks(form.id_number_edit, MALE_1990)
    qtbot.keyClicks(form.phone_edit, "13800138000")
    dialog.fields.residence_combo.set_code("2")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.registry.household(dialog.household_id)
    assert detail is not None
    assert detail.address == "3号楼2单元501室"
    assert detail.residence_nature == "2"
    assert [(m.name, m.relation) for m in detail.members] == [("王䶮", "户主")]
    head = services.registry.resident(detail.members[0].resident_id)
    assert head is not None
    assert head.values.birth_date == date(1990, 3, 7) and head.values.gender == "1"


def test_refused_save_shows_reason_inline_and_stores_nothing(
    qtbot: QtBot,
    services: Services,
    place: tuple[int, int],
) -> None:
    dialog = open_dialog(qtbot, NewHouseholdDialog(services, building_id=place[1]))
    dialog.head_form.name_edit.setText("李四")
    dialog.head_form.id_number_edit.setText(wrong_check(FEMALE_1985))
    save(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert "校验位" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.head_form.id_number_edit
    assert dialog.household_id is None
    assert services.registry.counts().households == 0


def test_new_household_needs_a_building(qtbot: QtBot, services: Services) -> None:
    dialog = open_dialog(qtbot, NewHouseholdDialog(services))
    dialog.head_form.name_edit.setText("李四")
    save(qtbot, dialog)
    assert "楼栋" in dialog.error_label.text()
    assert services.registry.counts().households == 0


def test_new_grid_and_building_buttons_create_and_select_them(
    qtbot: QtBot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = iter([("第二网格", True), ("幸福院", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog = open_dialog(qtbot, NewHouseholdDialog(services))
    qtbot.mouseClick(dialog.address.new_grid_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.address.new_building_button, Qt.MouseButton.LeftButton)
    assert dialog.address.grid_combo.currentText() == "第二网格"
    assert dialog.address.building_combo.currentText() == "幸福院"
    assert [g.name for g in services.registry.grids()] == ["第二网格"]


def test_duplicate_grid_name_is_explained_not_crashed(
    qtbot: QtBot,
    services: Services,
    place: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("第一网格", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    dialog = open_dialog(qtbot, NewHouseholdDialog(services))
    qtbot.mouseClick(dialog.address.new_grid_button, Qt.MouseButton.LeftButton)
    assert warnings and "已存在" in warnings[0]
    assert len(services.registry.grids()) == 1


def test_edit_household_dialog_moves_the_address_on_the_given_date(
    qtbot: QtBot,
    services: Services,
    household: int,
    place: tuple[int, int],
) -> None:
    other = services.residents.create_building(place[0], "5号楼")
    dialog = open_dialog(qtbot, EditHouseholdDialog(services, household))
    assert dialog.address.room_edit.text() == "501"
    assert not dialog.changed_on_edit.isEnabled(), "the date only matters when the address changes"
    dialog.address.building_combo.setCurrentIndex(dialog.address.building_combo.findData(other))
    assert dialog.changed_on_edit.isEnabled()
    dialog.changed_on_edit.setDate(QDate(2024, 6, 1))
    save(qtbot, dialog)

    detail = services.registry.household(household)
    assert detail is not None and detail.address == "5号楼2单元501室"
    change = next(e for e in detail.events if e.kind == "地址变更")
    assert change.event_date == date(2024, 6, 1)


# --- members ----------------------------------------------------------------------------------------------
def test_member_dialog_adds_a_birth_on_the_birth_date(qtbot: QtBot, services: Services, household: int) -> None:
    dialog = open_dialog(qtbot, MemberDialog(services, household_id=household))
    assert dialog.relation_combo.code() == "", "the household already has its 户主"
    dialog.relation_combo.set_code("30")
    dialog.birth_radio.setChecked(True)
    dialog.form.name_edit.setText("𠮷田")
    qtbot.keyClicks(dialog.form.id_number_edit, CHILD_2020)
    dialog.form.check_id()
    assert dialog.date_edit.date() == QDate(2020, 1, 5)
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.registry.household(household)
    assert detail is not None
    assert ("𠮷田", "女") in [(m.name, m.relation) for m in detail.members]
    child = services.registry.resident(dialog.resident_id)
    assert child is not None and child.values.name == "𠮷田"
    assert [e.kind for e in child.events] == ["出生"]


def test_fifteen_digit_number_is_stored_upgraded(qtbot: QtBot, services: Services, household: int) -> None:
    dialog = open_dialog(qtbot, MemberDialog(services, household_id=household))
    dialog.relation_combo.set_code("12")
    dialog.form.name_edit.setText("李梅")
    qtbot.keyClicks(dialog.form.id_number_edit, "110105850612002")
    qtbot.waitUntil(lambda: "15位" in dialog.form.id_hint.text())
    save(qtbot, dialog)

    stored = services.registry.resident(dialog.resident_id)
    assert stored is not None
    assert stored.values.id_number == FEMALE_1985
    assert (stored.values.birth_date, stored.values.gender) == (date(1985, 6, 12), "2")


def test_member_dialog_refuses_a_second_head_and_points_at_the_relation(
    qtbot: QtBot,
    services: Services,
    household: int,
) -> None:
    dialog = open_dialog(qtbot, MemberDialog(services, household_id=household))
    dialog.relation_combo.set_code(codes.HEAD_RELATION)
    dialog.form.name_edit.setText("李梅")
    save(qtbot, dialog)
    assert "已有户主" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.relation_combo
    detail = services.registry.household(household)
    assert detail is not None and len(detail.members) == 1


def test_enter_saves_and_escape_cancels(qtbot: QtBot, services: Services, household: int) -> None:
    dialog = open_dialog(qtbot, MemberDialog(services, household_id=household))
    dialog.relation_combo.set_code("10")
    dialog.form.name_edit.setText("李梅")
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted

    other = open_dialog(qtbot, MemberDialog(services, household_id=household))
    other.form.name_edit.setText("不保存")
    qtbot.keyClick(other.form.name_edit, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected
    detail = services.registry.household(household)
    assert detail is not None and sorted(m.name for m in detail.members) == ["张建国", "李梅"]


def test_member_dialog_edits_and_reports_warnings_after_saving(
    qtbot: QtBot,
    services: Services,
    household: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    resident = head_of(services, household)
    dialog = open_dialog(qtbot, MemberDialog(services, resident_id=resident))
    assert dialog.form.name_edit.text() == "张建国"
    assert "户主" in dialog.relation_label.text() and "户内变更" in dialog.relation_label.text()
    dialog.form.name_edit.setText("张建国䶮")
    dialog.form.birth_date_edit.set_date_value(date(1990, 3, 9))
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.registry.resident(resident)
    assert stored is not None and stored.values.name == "张建国䶮"
    assert stored.values.birth_date == date(1990, 3, 9)
    assert shown and "出生日期与身份证号不符" in shown[0]


def test_member_dialog_history_tab_lists_memberships_and_events(
    qtbot: QtBot,
    services: Services,
    household: int,
) -> None:
    dialog = open_dialog(qtbot, MemberDialog(services, resident_id=head_of(services, household)))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["基本信息", "特殊人群", "历史"]
    assert dialog.memberships_model.rowCount() == 1
    assert dialog.events_model.index(0, 1).data() == "迁入"


def test_tag_added_and_ended_through_the_member_dialog(
    qtbot: QtBot,
    services: Services,
    household: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def add_disability(self: TagDialog) -> int:
        self.kind_combo.set_code("残疾")
        self.disability_combo.set_code("肢体")
        self.grade_combo.set_code("2")
        self.start_edit.setDate(QDate(2020, 1, 1))
        save(qtbot, self)
        return self.result()

    def end_today(self: EndTagDialog) -> int:
        save(qtbot, self)
        return self.result()

    monkeypatch.setattr(TagDialog, "exec", add_disability)
    monkeypatch.setattr(EndTagDialog, "exec", end_today)
    resident = head_of(services, household)
    dialog = open_dialog(qtbot, MemberDialog(services, resident_id=resident))
    panel = dialog.tags_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "肢体 二级"

    panel.select_row(0)
    assert panel.end_button.isEnabled()
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    stored = services.registry.resident(resident)
    assert stored is not None
    [tag] = stored.tags
    assert (tag.kind, tag.detail, tag.start_date, tag.end_date) == ("残疾", "肢体 二级", date(2020, 1, 1), date.today())
    assert panel.model.index(0, 3).data() == date.today().isoformat()


def test_tag_dialog_asks_disability_details_only_for_disability(
    qtbot: QtBot,
    services: Services,
    household: int,
) -> None:
    resident = head_of(services, household)
    dialog = open_dialog(qtbot, TagDialog(services, resident))
    save(qtbot, dialog)
    assert "类别" in dialog.error_label.text(), "a tag without a kind is refused"
    assert not dialog.disability_combo.isVisibleTo(dialog)
    dialog.kind_combo.set_code("残疾")
    assert dialog.disability_combo.isVisibleTo(dialog)
    dialog.kind_combo.set_code("低保")
    assert not dialog.disability_combo.isVisibleTo(dialog)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.registry.resident(resident)
    assert stored is not None and [(t.kind, t.detail) for t in stored.tags] == [("低保", "")]


def test_deleting_a_tag_asks_first(
    qtbot: QtBot,
    services: Services,
    household: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resident = head_of(services, household)
    services.special_groups.add_tag(resident, "低保", date(2021, 1, 1))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    dialog = open_dialog(qtbot, MemberDialog(services, resident_id=resident))
    panel = dialog.tags_panel
    panel.select_row(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1, "answered 否: nothing removed"
    panel.select_row(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    stored = services.registry.resident(resident)
    assert stored is not None and stored.tags == ()


# --- dated changes ----------------------------------------------------------------------------------------
@pytest.fixture
def spouse(services: Services, household: int) -> int:
    return services.residents.add_member(household, ResidentInput(name="王䶮", gender="2"), "12", date(2016, 1, 1))


def test_move_out_removes_the_member_from_the_household(
    qtbot: QtBot,
    services: Services,
    household: int,
    spouse: int,
) -> None:
    dialog = open_dialog(qtbot, EventDialog(services, spouse, "迁出"))
    assert "王䶮" in dialog.header.text() and "3号楼2单元501室" in dialog.header.text()
    assert dialog.date_edit.maximumDate() == QDate.currentDate()
    dialog.detail_edit.setText("迁往天津市")  # QTest.keyClicks cannot type CJK
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.registry.household(household)
    assert detail is not None and [m.name for m in detail.members] == ["张建国"]
    moved = services.registry.resident(spouse)
    assert moved is not None and moved.household_id is None
    assert moved.events[0].kind == "迁出" and moved.events[0].detail == "迁往天津市"


def test_head_cannot_move_out_while_others_remain(
    qtbot: QtBot,
    services: Services,
    household: int,
    spouse: int,
) -> None:
    dialog = open_dialog(qtbot, EventDialog(services, head_of(services, household), "迁出"))
    save(qtbot, dialog)
    assert "户内变更" in dialog.error_label.text()
    detail = services.registry.household(household)
    assert detail is not None and len(detail.members) == 2


def test_death_is_recorded(qtbot: QtBot, services: Services, household: int, spouse: int) -> None:
    dialog = open_dialog(qtbot, EventDialog(services, spouse, "死亡"))
    dialog.date_edit.setDate(QDate.currentDate().addDays(-3))
    save(qtbot, dialog)
    stored = services.registry.resident(spouse)
    assert stored is not None and stored.death_date == date.today() - timedelta(days=3)


def test_change_relation_within_the_household(qtbot: QtBot, services: Services, household: int, spouse: int) -> None:
    dialog = open_dialog(qtbot, EventDialog(services, spouse, "户内变更"))
    dialog.relation_combo.set_code("10")
    save(qtbot, dialog)
    detail = services.registry.household(household)
    assert detail is not None
    assert {m.name: m.relation for m in detail.members}["王䶮"] == "配偶"


def test_transfer_picks_the_target_household_from_a_search(
    qtbot: QtBot,
    services: Services,
    household: int,
    spouse: int,
    place: tuple[int, int],
) -> None:
    other = services.residents.create_household(
        HouseholdInput(place[1], "1", "101"), ResidentInput(name="赵大"), date(2018, 1, 1)
    )
    dialog = open_dialog(qtbot, EventDialog(services, spouse, "转户"))
    save(qtbot, dialog)
    assert "请先查找并选中" in dialog.error_label.text()

    dialog.search_edit.setText("赵大")  # typing: the list follows after a short pause
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert dialog.picked_household() == other
    dialog.relation_combo.set_code("99")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    target = services.registry.household(other)
    assert target is not None and sorted(m.name for m in target.members) == ["王䶮", "赵大"]


def test_event_dialog_search_leaves_out_the_current_household(
    qtbot: QtBot,
    services: Services,
    household: int,
    spouse: int,
) -> None:
    dialog = open_dialog(qtbot, EventDialog(services, spouse, "转户"))
    dialog.search_edit.setText("张建国")
    dialog.search()
    assert dialog.results.count() == 0
