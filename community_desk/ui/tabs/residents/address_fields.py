"""网格 → 楼栋（院） → 单元 → 房号 pickers, with 新建网格…/新建楼栋… for the address that is not on file yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from community_desk.services.errors import UserError

if TYPE_CHECKING:
    from community_desk.app import Services


class AddressFields(QWidget):
    """The address half of a household form. Creating a grid or building is its own user action (own
    transaction), taken at once, so a clerk can add the missing 楼栋 without losing what the form holds."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        # Created in tab order: each combo, then its 新建… button.
        self.grid_combo = QComboBox(self)
        self.grid_combo.setPlaceholderText(self.tr("（请先新建网格）"))
        self.new_grid_button = QPushButton(self.tr("新建网格…"), self)
        self.building_combo = QComboBox(self)
        self.building_combo.setPlaceholderText(self.tr("（请选择或新建楼栋）"))
        self.new_building_button = QPushButton(self.tr("新建楼栋…"), self)
        for combo in (self.grid_combo, self.building_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for button in (self.new_grid_button, self.new_building_button):
            button.setAutoDefault(False)  # Enter in the dialog saves; it never opens a 新建 prompt
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setPlaceholderText(self.tr("如 2，院落可留空"))
        self.room_edit = QLineEdit(self)
        self.room_edit.setPlaceholderText(self.tr("如 501"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("网格"), _with_button(self.grid_combo, self.new_grid_button))
        form.addRow(self.tr("楼栋（院）"), _with_button(self.building_combo, self.new_building_button))
        form.addRow(self.tr("单元"), self.unit_edit)
        form.addRow(self.tr("房号"), self.room_edit)

        self.grid_combo.currentIndexChanged.connect(lambda _index: self._load_buildings())
        self.building_combo.currentIndexChanged.connect(lambda _index: self._on_building_changed())
        self.unit_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.room_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.new_grid_button.clicked.connect(self.create_grid)
        self.new_building_button.clicked.connect(self.create_building)
        self._load_grids()

    # --- values -------------------------------------------------------------------------------------------
    def grid_id(self) -> int | None:
        return self.grid_combo.currentData()

    def building_id(self) -> int | None:
        return self.building_combo.currentData()

    def unit(self) -> str:
        return self.unit_edit.text()

    def room(self) -> str:
        return self.room_edit.text()

    def key(self) -> tuple[int | None, str, str]:
        """What decides the address, to tell whether it changed."""
        return self.building_id(), self.unit().strip(), self.room().strip()

    def select(
        self,
        grid_id: int | None = None,
        building_id: int | None = None,
        unit: str | None = None,
        room: str | None = None,
    ) -> None:
        """Pre-select the caller's address (e.g. the tree node the clerk stood on); a building alone is enough."""
        if grid_id is None and building_id is not None:
            grid_id = self._grid_of(building_id)
        if grid_id is not None:
            self.grid_combo.setCurrentIndex(self.grid_combo.findData(grid_id))
        if building_id is not None:
            self.building_combo.setCurrentIndex(self.building_combo.findData(building_id))
        if unit is not None:
            self.unit_edit.setText(unit)
        if room is not None:
            self.room_edit.setText(room)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "grid": self.grid_combo,
            "building": self.building_combo,
            "unit": self.unit_edit,
            "room": self.room_edit,
        }.get(field or "")

    # --- user actions -------------------------------------------------------------------------------------
    def create_grid(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新建网格"), self.tr("网格名称："))
        if not ok or not name.strip():
            return
        try:
            grid_id = self._services.residents.create_grid(name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("未能新建网格"), error.message)
            return
        self._load_grids()
        self.grid_combo.setCurrentIndex(self.grid_combo.findData(grid_id))
        self.building_combo.setFocus()

    def create_building(self) -> None:
        grid_id = self.grid_id()
        if grid_id is None:
            QMessageBox.information(self, self.tr("新建楼栋"), self.tr("请先选择或新建网格。"))
            return
        prompt = self.tr("{0} 新的楼栋（院）名称，如“3号楼”“幸福院”：").format(self.grid_combo.currentText())
        name, ok = QInputDialog.getText(self, self.tr("新建楼栋（院）"), prompt)
        if not ok or not name.strip():
            return
        try:
            building_id = self._services.residents.create_building(grid_id, name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("未能新建楼栋"), error.message)
            return
        self._load_buildings()
        self.building_combo.setCurrentIndex(self.building_combo.findData(building_id))
        self.unit_edit.setFocus()

    # --- loading ------------------------------------------------------------------------------------------
    def _load_grids(self) -> None:
        current = self.grid_id()
        self.grid_combo.blockSignals(True)
        self.grid_combo.clear()
        for grid in self._services.registry.grids():
            self.grid_combo.addItem(grid.name, grid.id)
        index = self.grid_combo.findData(current) if current is not None else -1
        self.grid_combo.setCurrentIndex(index if index >= 0 else (0 if self.grid_combo.count() else -1))
        self.grid_combo.blockSignals(False)
        self._load_buildings()

    def _load_buildings(self) -> None:
        current = self.building_id()
        grid_id = self.grid_id()
        self.building_combo.blockSignals(True)
        self.building_combo.clear()
        if grid_id is not None:
            for building in self._services.registry.buildings(grid_id):
                self.building_combo.addItem(building.name, building.id)
        index = self.building_combo.findData(current) if current is not None else -1
        self.building_combo.setCurrentIndex(index)
        self.building_combo.blockSignals(False)
        self.new_building_button.setEnabled(grid_id is not None)
        self.changed.emit()

    def _on_building_changed(self) -> None:
        self.changed.emit()

    def _grid_of(self, building_id: int) -> int | None:
        for grid in self._services.registry.grids():
            if any(b.id == building_id for b in self._services.registry.buildings(grid.id)):
                return grid.id
        return None


def _with_button(field: QWidget, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    row.addWidget(button)
    return box
