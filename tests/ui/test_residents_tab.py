"""The 居民 tab in the real main window: lazy table, search box, filters, deletion, remembered layout."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.ui.fonts import UI_FAMILY, install_application_font
from community_desk.ui.main_window import MainWindow
from community_desk.ui.models.resident_table import ResidentTableModel

NAMES = ["张三丰", "王䶮", "𠮷田丰", "李秀英", "赵大"]


def populate(services: Services, extra: int = 0) -> None:
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "3号楼")
    people = NAMES + [f"测试{i:03d}" for i in range(extra)]
    for index, name in enumerate(people):
        first17 = f"110105198001{index % 28 + 1:02d}{index % 900 + 100:03d}"
        head = ResidentInput(name=name, id_number=first17 + check_character(first17), phone=f"1390000{index:04d}")
        services.residents.create_household(HouseholdInput(building, "1", f"{101 + index}"), head, date(2020, 1, 1))


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    install_application_font(QApplication.instance())
    populate(services)
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.residents_tab.model.rowCount() == len(NAMES))
    return main


def shown_names(window: MainWindow) -> list[str]:
    model = window.residents_tab.model
    return [model.row_at(row).name for row in range(model.rowCount())]


def test_window_title_tabs_and_status_bar(window: MainWindow) -> None:
    assert window.windowTitle().startswith("社区工作台")
    assert window.tabs.tabText(0) == "居民"
    assert "共 5 户 5 人" in window.status_label.text()
    assert [a.text() for a in window.menuBar().actions()] == [
        "文件(&F)",
        "编辑(&E)",
        "视图(&V)",
        "工具(&T)",
        "帮助(&H)",
    ]


def test_window_font_resolves_to_bundled_cjk_family(window: MainWindow, tmp_path) -> None:
    assert QFontInfo(window.residents_tab.table.font()).family() == UI_FAMILY
    image = window.grab().toImage()
    assert image.width() > 800 and not image.isNull()
    window.grab().save(str(tmp_path / "window.png"))


def test_table_model_passes_qtmodeltester(window: MainWindow, qtmodeltester) -> None:
    qtmodeltester.check(window.residents_tab.model)
    qtmodeltester.check(window.residents_tab.proxy)


def test_search_box_filters_as_the_clerk_types(window: MainWindow, qtbot) -> None:
    tab = window.residents_tab
    with qtbot.waitSignal(tab.model.loaded, timeout=3000):
        qtbot.keyClicks(tab.filters.search, "zsf")
    assert shown_names(window) == ["张三丰"]
    tab.filters.search.clear()
    with qtbot.waitSignal(tab.model.loaded, timeout=3000):
        tab.filters.search.insert("𠮷")  # QTest cannot type characters beyond the BMP; an input method inserts them
    assert shown_names(window) == ["𠮷田丰"]
    assert "列表中 1 人" in window.status_label.text()


def test_ctrl_f_focuses_search(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.residents_tab.table.setFocus()
    qtbot.keyClick(window.residents_tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.residents_tab.filters.search


def test_clicking_a_header_sorts_the_whole_registry_in_sql(window: MainWindow, qtbot) -> None:
    tab = window.residents_tab
    with qtbot.waitSignal(tab.model.loaded, timeout=3000):
        tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert tab.model.query.sort_key == "name"
    assert shown_names(window)[:2] == ["李秀英", "王䶮"]
    with qtbot.waitSignal(tab.model.loaded, timeout=3000):
        tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_names(window)[0] == "𠮷田丰"


def test_lazy_model_pages_rows(services: Services, qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    populate(services, extra=25)
    owner = QWidget()
    qtbot.addWidget(owner)
    model = ResidentTableModel(services.registry, owner, page_size=10)
    with qtbot.waitSignal(model.loaded, timeout=3000) as loaded:
        model.reload()
    assert loaded.args == [30]
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 20)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 30)
    assert not model.canFetchMore()
    assert len({model.row_at(i).id for i in range(30)}) == 30


def test_filter_by_special_group(window: MainWindow, qtbot) -> None:
    tab = window.residents_tab
    wang = next(r for r in (tab.model.row_at(i) for i in range(5)) if r.name == "王䶮")
    window.services.special_groups.add_tag(wang.id, "低保", date(2024, 1, 1))
    combo = tab.filters.special_group
    with qtbot.waitSignal(tab.model.loaded, timeout=3000):
        combo.setCurrentIndex(combo.findData("低保"))
    assert shown_names(window) == ["王䶮"]
    assert tab.model.row_at(0).tags == "低保"


def test_delete_asks_and_no_keeps_the_resident(window: MainWindow, qtbot, monkeypatch) -> None:
    tab = window.residents_tab
    tab.table.selectRow(0)
    victim = tab.selected_resident_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    tab.act_delete.trigger()
    assert window.services.registry.resident(victim) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.model.loaded, timeout=3000):
        tab.act_delete.trigger()
    assert window.services.registry.resident(victim) is None
    assert tab.model.rowCount() == 4


def test_about_names_data_and_backup_folders(window: MainWindow) -> None:
    text = window.about_text()
    assert str(window.services.database.path) in text
    assert str(window.services.database.backup_dir) in text


def test_column_widths_are_remembered(window: MainWindow, services: Services, qtbot) -> None:
    window.residents_tab.table.setColumnWidth(0, 233)
    window.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.residents_tab.table.columnWidth(0) == 233


def answer_next_dialog(qtbot, fill) -> list[str]:
    """Fills and saves the next modal dialog the tab opens, the way a clerk would, from inside its exec().

    Returns the list that collects the error text of a refused save.
    """

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "the action opened no dialog"
        fill(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused: close it so the test fails on its assertions instead of hanging
            refused.append(dialog.error_label.text())
            dialog.reject()

    refused: list[str] = []

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, act)
    return refused


def test_clerk_adds_household_and_member_then_finds_them(window: MainWindow, qtbot) -> None:
    tab = window.residents_tab
    first17 = "11010519880808004"
    wife_id = first17 + check_character(first17)

    grid = window.services.registry.grids()[0]
    building = window.services.registry.buildings(grid.id)[0]

    def fill_household(dialog) -> None:
        dialog.address.select(grid.id, building.id)
        dialog.address.unit_edit.setText("3")
        dialog.address.room_edit.setText("1201")
        dialog.head_form.name_edit.setText("欧阳䶮")

    refused = answer_next_dialog(qtbot, fill_household)
    tab.act_new_household.trigger()
    assert refused == []
    assert tab.panel.household is not None and tab.panel.household.address == "3号楼3单元1201室"
    household_id = tab.panel.household.id

    def fill_member(dialog) -> None:
        dialog.form.name_edit.setText("司马𠮷")
        dialog.form.fields["id_number"].setText(wife_id)
        dialog.relation_combo.set_code("10")

    refused = answer_next_dialog(qtbot, fill_member)
    tab.act_new_member.trigger()
    members = window.services.registry.household(household_id).members
    assert [(m.name, m.relation, m.gender) for m in members] == [
        ("欧阳䶮", "户主", "未知的性别"),
        ("司马𠮷", "配偶", "女"),
    ]

    assert refused == []
    tab.filters.search.insert("司马")
    qtbot.waitUntil(lambda: shown_names(window) == ["司马𠮷"], timeout=3000)
    tab.filters.search.setText("䶮")
    qtbot.waitUntil(lambda: shown_names(window) == ["王䶮", "欧阳䶮"], timeout=3000)
    tab.filters.search.setText(wife_id[6:14])
    qtbot.waitUntil(lambda: shown_names(window) == ["司马𠮷"], timeout=3000)


def test_audit_log_dialog_shows_who_changed_what(window: MainWindow, qtbot, qtmodeltester) -> None:
    from community_desk.ui.audit_dialog import AuditDialog

    resident = window.residents_tab.model.row_at(0)
    window.services.residents.record_death(resident.id, date(2025, 3, 1))
    dialog = AuditDialog(window.services.registry, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    newest = [model.index(0, column).data() for column in range(model.columnCount())]
    assert newest[2] == "死亡"
    assert resident.name in newest[3]
    assert "date：2025-03-01" in newest[5]
    assert model.rowCount() == window.services.registry.audit_count()


def test_daily_chores_take_todays_backup(window: MainWindow, qtbot) -> None:
    from community_desk.db.backup import list_backups

    window.start_daily_chores()
    backups = window.services.database.backup_dir
    qtbot.waitUntil(lambda: [b.label for b in list_backups(backups)] == ["daily"], timeout=5000)


def test_restore_from_backup_reopens_the_window_on_the_restored_data(window: MainWindow, qtbot) -> None:
    from community_desk.db.backup import backup_database

    database = window.services.database
    saved = backup_database(database.path, tmp := database.path.parent / "saved")
    assert saved.parent == tmp
    victim = window.residents_tab.model.row_at(0)
    window.services.residents.remove_resident(victim.id)
    assert window.services.registry.resident(victim.id) is None

    window.restore_file(saved)
    qtbot.waitUntil(lambda: window.residents_tab.model.rowCount() == len(NAMES), timeout=5000)
    assert window.services.registry.resident(victim.id) is not None
    assert "已恢复" in window.statusBar().currentMessage()
    window.services.special_groups.add_tag(victim.id, "党员", date(2020, 1, 1))  # writes work on the reopened file


def test_household_card_exported_from_the_tab(window: MainWindow, qtbot, monkeypatch, tmp_path) -> None:
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "card.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    tab = window.residents_tab
    wang = next(i for i in range(tab.model.rowCount()) if tab.model.row_at(i).name == "王䶮")
    tab.table.selectRow(wang)
    qtbot.waitUntil(lambda: tab.panel.household is not None and tab.panel.household.members[0].name == "王䶮")
    tab.act_household_card.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    text = "\n".join(cell.text for table in Document(str(target)).tables for row in table.rows for cell in row.cells)
    assert "王䶮" in text
    assert "110105********" in text  # masked by default
