"""居民 tab: address tree, searchable registry table, household card, and the actions a clerk takes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget

from community_desk.app import Services
from community_desk.services.dto import NamedId, TreeNode
from community_desk.services.errors import UserError
from community_desk.ui.background import run_in_background, show_error
from community_desk.ui.models.address_tree import AddressTreeModel
from community_desk.ui.models.resident_table import RegistryProxyModel, ResidentTableModel
from community_desk.ui.tabs.residents.filters import FilterBar
from community_desk.ui.tabs.residents.household_panel import HouseholdPanel
from community_desk.ui.tabs.residents.registry_views import address_tree, registry_table

if TYPE_CHECKING:
    from community_desk.services.imports import ImportPreview


def _dialogs() -> ModuleType:
    """The dialogs module, imported when first needed: the window shows ~13 ms sooner without it."""
    from community_desk.ui.tabs.residents import dialogs

    return dialogs


class ResidentsTab(QWidget):
    """Everything the clerk does with households and members; every change goes through a dialog or a confirm."""

    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("residentsTab")
        self.filters = FilterBar()
        self.tree_model = AddressTreeModel(services.registry, self)
        self.tree = address_tree(self.tree_model)
        self.tree.expanded.connect(self.tree_model.ensure_loaded)
        self.tree.customContextMenuRequested.connect(self._tree_menu)

        self.model = ResidentTableModel(services.registry, self)
        self.proxy = RegistryProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = registry_table(self.proxy)

        self.panel = HouseholdPanel(services.registry)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("residentsSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 820, 330])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

        self._build_actions()
        self.filters.changed.connect(self.refresh_table)
        self.tree.selectionModel().currentChanged.connect(self._tree_moved)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.panel.member_activated.connect(self.edit_member)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda message: self.status_changed.emit(self.tr("查询失败：{0}").format(message)))
        self.model.modelReset.connect(self._restore_selection)
        self._selected_resident: int | None = None
        self.reload_all()

    # --- actions ------------------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new_household = self._action(self.tr("新建户…"), self.new_household, QKeySequence.StandardKey.New)
        self.act_new_member = self._action(self.tr("新增成员…"), self.new_member, "Ctrl+M")
        self.act_edit = self._action(self.tr("查看/编辑居民…"), self.edit_member)
        self.act_edit_household = self._action(self.tr("修改户信息…"), self.edit_household)
        self.act_move_out = self._action(self.tr("迁出…"), lambda: self.record_event("迁出"))
        self.act_death = self._action(self.tr("死亡登记…"), lambda: self.record_event("死亡"))
        self.act_relation = self._action(self.tr("户内变更…"), lambda: self.record_event("户内变更"))
        self.act_transfer = self._action(self.tr("转到其他户…"), lambda: self.record_event("转户"))
        self.act_delete = self._action(
            self.tr("删除居民（录入错误）…"), self.delete_member, QKeySequence.StandardKey.Delete
        )
        self.act_remove_household = self._action(self.tr("删除/注销户…"), self.remove_household)
        self.act_household_card = self._action(self.tr("导出一户一档（Word）…"), self.export_household_card)
        self.act_export = self._action(self.tr("导出居民名册（Excel）…"), self.export_registry, "Ctrl+E")
        self.act_import = self._action(self.tr("导入居民台账（Excel/CSV）…"), self.import_registry, "Ctrl+I")
        self.act_search = self._action(self.tr("搜索"), self.focus_search, QKeySequence.StandardKey.Find)
        self.act_search.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.edit_member)
        self.table.addAction(open_action)

    def member_actions(self) -> list[QAction]:
        return [self.act_edit, self.act_move_out, self.act_death, self.act_relation, self.act_transfer, self.act_delete]

    def household_actions(self) -> list[QAction]:
        return [
            self.act_new_household,
            self.act_new_member,
            self.act_edit_household,
            self.act_remove_household,
            self.act_household_card,
        ]

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addActions(self.member_actions())
        menu.addSeparator()
        menu.addActions(self.household_actions())
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _tree_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addActions(self.household_actions())
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # --- loading ------------------------------------------------------------------------------------------
    def reload_all(self) -> None:
        grids = self.tree_model.reload(self.filters.as_of_date())
        self.filters.set_grids([NamedId(node.grid_id or 0, node.label) for node in grids])
        self.tree.expand(self.tree_model.index(0, 0))
        self.refresh_table()

    def refresh_table(self) -> None:
        query = self.filters.apply(self.model.query)
        if query.as_of != self.model.query.as_of:
            self.tree_model.reload(query.as_of)
            self.tree.expand(self.tree_model.index(0, 0))
            query = replace(query, building_id=None, unit=None, room=None, household_id=None)
        self.model.set_query(query)

    def _tree_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node: TreeNode | None = AddressTreeModel.node(current)
        query = replace(
            self.model.query,
            grid_id=node.grid_id if node else None,
            building_id=node.building_id if node else None,
            unit=node.unit if node and node.kind in ("unit", "room", "household") else None,
            room=node.room if node and node.kind in ("room", "household") else None,
            household_id=node.household_id if node else None,
        )
        self.filters.grid.blockSignals(True)
        self.filters.grid.setCurrentIndex(max(self.filters.grid.findData(query.grid_id), 0))
        self.filters.grid.blockSignals(False)
        self.model.set_query(query)
        if node is not None and node.household_id is not None:
            self.panel.show_household(node.household_id, query.as_of)

    def _loaded(self, total: int) -> None:
        counts = self.model.summary
        if counts is None:
            return
        when = self.model.query.as_of.isoformat() if self.model.query.as_of else self.tr("当前")
        self.status_changed.emit(
            self.tr("{0}：共 {1} 户 {2} 人，{3} 个网格　|　列表中 {4} 人").format(
                when, counts.households, counts.residents, counts.grids, total
            )
        )

    def _restore_selection(self) -> None:
        if self.model.rowCount() == 0:
            return
        row = 0
        for candidate in range(self.model.rowCount()):
            found = self.model.row_at(candidate)
            if found is not None and found.id == self._selected_resident:
                row = candidate
                break
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_changed, Qt.ConnectionType.UniqueConnection)
        self._row_changed(self.table.currentIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.model.row_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if row is None:
            return
        self._selected_resident = row.id
        if self.panel.household is None or self.panel.household.id != row.household_id:
            self.panel.show_household(row.household_id, self.model.query.as_of)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- selection helpers --------------------------------------------------------------------------------
    def selected_resident_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None
        return row.id if row else None

    def selected_household_id(self) -> int | None:
        node = AddressTreeModel.node(self.tree.currentIndex())
        if node is not None and node.household_id is not None:
            return node.household_id
        return self.panel.household.id if self.panel.household else None

    def _after_change(self, resident_id: int | None = None) -> None:
        if resident_id is not None:
            self._selected_resident = resident_id
        household = self.panel.household.id if self.panel.household else None
        self.tree_model.reload(self.filters.as_of_date())
        self.tree.expand(self.tree_model.index(0, 0))
        self.model.reload()
        self.panel.show_household(household, self.model.query.as_of)

    def _need(self, value: int | None, message: str) -> int | None:
        if value is None:
            QMessageBox.information(self, self.tr("请先选择"), message)
        return value

    # --- user actions -------------------------------------------------------------------------------------
    def new_household(self) -> None:
        node = AddressTreeModel.node(self.tree.currentIndex())
        dialog = _dialogs().NewHouseholdDialog(
            self.services,
            self,
            grid_id=node.grid_id if node else None,
            building_id=node.building_id if node else None,
            unit=node.unit if node else None,
            room=node.room if node else None,
        )
        if dialog.exec():
            self.panel.show_household(dialog.household_id)
            self._after_change()
            self.status_changed.emit(self.tr("已新建户"))

    def new_member(self) -> None:
        household_id = self._need(self.selected_household_id(), self.tr("请先在左侧或右侧选择一户。"))
        if household_id is None:
            return
        dialog = _dialogs().MemberDialog(self.services, self, household_id=household_id)
        if dialog.exec():
            self._after_change(getattr(dialog, "resident_id", None))

    def edit_member(self, resident_id: int | None = None) -> None:
        resident_id = resident_id if isinstance(resident_id, int) else self.selected_resident_id()
        if self._need(resident_id, self.tr("请先在列表中选择一位居民。")) is None:
            return
        dialog = _dialogs().MemberDialog(self.services, self, resident_id=resident_id)
        dialog.exec()
        self._after_change(resident_id)

    def edit_household(self) -> None:
        household_id = self._need(self.selected_household_id(), self.tr("请先选择一户。"))
        if household_id is not None and _dialogs().EditHouseholdDialog(self.services, household_id, self).exec():
            self._after_change()

    def record_event(self, kind: str) -> None:
        resident_id = self._need(self.selected_resident_id(), self.tr("请先在列表中选择一位居民。"))
        if resident_id is not None and _dialogs().EventDialog(self.services, resident_id, kind, self).exec():
            self._after_change()

    def delete_member(self) -> None:
        resident_id = self._need(self.selected_resident_id(), self.tr("请先在列表中选择一位居民。"))
        row = self.model.row_at(self.proxy.mapToSource(self.table.currentIndex()).row())
        if resident_id is None or row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除居民"),
            self.tr(
                "确定删除“{0}”（{1}）吗？\n\n删除只用于录入错误的记录，其变动历史也一并删除（审计日志中保留）。"
                "\n居民搬走请用“迁出”，去世请用“死亡登记”。"
            ).format(row.name, row.household_no),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.residents.remove_resident(resident_id)
        except UserError as error:
            show_error(self, error)
            return
        self._after_change()
        self.status_changed.emit(self.tr("已删除 {0}").format(row.name))

    def import_registry(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择居民台账"), "", self.tr("台账 (*.xlsx *.xls *.xlsm *.ods *.csv);;所有文件 (*)")
        )
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        """Reads the file in the background, then shows the mapping to check before anything is written."""
        from community_desk.services.imports import preview_import

        run_in_background(
            self, lambda _progress: preview_import(path), on_success=self._show_import, title=self.tr("正在读取台账…")
        )

    def _show_import(self, preview: ImportPreview) -> None:
        from community_desk.ui.tabs.residents.import_dialog import ImportDialog

        dialog = ImportDialog(self.services, preview, self)
        dialog.exec()
        if dialog.result is not None and not dialog.result.dry_run:
            self._after_change()

    def export_registry(self) -> None:
        from community_desk.ui.tabs.residents.export_dialog import ExportDialog

        query = self.model.query
        ExportDialog(self.services, self, grid_id=query.grid_id, as_of=query.as_of).exec()

    def export_household_card(self) -> None:
        """一户一档 as .docx, IDs and phones masked (an unmasked card is a deliberate CLI choice)."""
        household_id = self._need(self.selected_household_id(), self.tr("请先选择一户。"))
        detail = self.services.registry.household(household_id) if household_id is not None else None
        if detail is None:
            return
        from community_desk.services.household_card import suggested_file_name

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出一户一档"), suggested_file_name(detail.household_no), self.tr("Word 文档 (*.docx)")
        )
        if not path:
            return
        cards = self.services.household_cards
        run_in_background(
            self,
            lambda progress: cards.export([detail.id], Path(path), progress=progress.report),
            on_success=lambda written: self.status_changed.emit(self.tr("已导出：{0}").format(written)),
            title=self.tr("正在导出一户一档…"),
        )

    def remove_household(self) -> None:
        household_id = self._need(self.selected_household_id(), self.tr("请先选择一户。"))
        if household_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除/注销户"),
            self.tr("从未有成员的户将被删除；有过成员的户将注销（历史保留）。继续吗？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.residents.remove_household(household_id)
        except UserError as error:
            show_error(self, error)
            return
        self.panel.show_household(None)
        self._after_change()
