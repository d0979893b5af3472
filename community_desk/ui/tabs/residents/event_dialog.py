"""Dated changes to a member: 迁出, 死亡, 户内变更 (new relation) and 转户 (to another household)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from community_desk.domain import codes
from community_desk.services.errors import UserError
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit
from community_desk.ui.widgets.code_combo import CodeComboBox

if TYPE_CHECKING:
    from community_desk.app import Services

MOVE_OUT, DEATH, CHANGE, TRANSFER = "迁出", "死亡", "户内变更", "转户"
EVENT_KINDS: tuple[str, ...] = (MOVE_OUT, DEATH, CHANGE, TRANSFER)
SEARCH_DELAY_MS = 250


class EventDialog(FormDialog):
    """One form per kind of change; the date defaults to today and cannot lie in the future."""

    def __init__(self, services: Services, resident_id: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kind = str(kind)
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {kind!r}; expected one of {EVENT_KINDS}")
        self._services = services
        self.resident_id = resident_id
        self.kind = kind
        self._current_household: int | None = None
        titles = {
            MOVE_OUT: self.tr("迁出登记"),
            DEATH: self.tr("死亡登记"),
            CHANGE: self.tr("户内变更（与户主关系）"),
            TRANSFER: self.tr("转户（移到本社区其他户）"),
        }
        self.setWindowTitle(titles[kind])
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold;")
        self.body.addWidget(self.header)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.date_edit = required_date_edit(self)
        self.detail_edit = QLineEdit(self)
        self.relation_combo = CodeComboBox(codes.RELATIONS, self, blank=True)
        self.search_edit = QLineEdit(self)
        self.results = QListWidget(self)
        {MOVE_OUT: self._build_move_out, DEATH: self._build_death, CHANGE: self._build_change,
         TRANSFER: self._build_transfer}[kind]()  # fmt: skip
        for widget in (self.detail_edit, self.relation_combo, self.search_edit, self.results):
            if widget.parentWidget() is self and self.form.indexOf(widget) < 0:
                widget.hide()  # not used by this kind; a child outside any layout would float at (0, 0)
        self._load_resident()
        self.fit_width(560 if kind == TRANSFER else 460)

    # --- per kind -----------------------------------------------------------------------------------------
    def _build_move_out(self) -> None:
        self.form.addRow(self.tr("迁出日期"), self.date_edit)
        self.detail_edit.setPlaceholderText(self.tr("如：迁往XX市XX区"))
        self.form.addRow(self.tr("迁往何处"), self.detail_edit)

    def _build_death(self) -> None:
        self.form.addRow(self.tr("死亡日期"), self.date_edit)
        self.form.addRow(self.tr("备注"), self.detail_edit)

    def _build_change(self) -> None:
        self.form.addRow(self.tr("新的与户主关系"), self.relation_combo)
        self.form.addRow(self.tr("变更日期"), self.date_edit)

    def _build_transfer(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("输入户号、住址或户主姓名查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.results.setMinimumHeight(160)
        picker = QWidget(self)
        column = QVBoxLayout(picker)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_edit)
        column.addWidget(self.results)
        self.form.addRow(self.tr("转入户"), picker)
        self.form.addRow(self.tr("在新户中与户主关系"), self.relation_combo)
        self.form.addRow(self.tr("转户日期"), self.date_edit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())

    def _load_resident(self) -> None:
        detail = self._services.registry.resident(self.resident_id)
        if detail is None:
            self.refuse(self.tr("该居民已不存在（可能已被他人删除）"))
            return
        if detail.household_id is None:
            self.header.setText(detail.values.name)
            self.refuse(self.tr("{0} 目前不在任何户中（已迁出或已故）").format(detail.values.name))
            return
        self._current_household = detail.household_id
        current = next((m for m in detail.memberships if m.end_date is None), None)
        relation = codes.RELATIONS.name_of(detail.relation)
        address = current.address if current else ""
        self.header.setText(
            self.tr("{0}　现户：{1} {2}（{3}）").format(detail.values.name, detail.household_no, address, relation)
        )

    # --- household picker ---------------------------------------------------------------------------------
    def search(self) -> None:
        """Fill the list from what was typed; the member's own household is left out."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self.results.clear()
        if not text:
            return
        for household in self._services.registry.find_households(text):
            if household.id == self._current_household:
                continue
            item = QListWidgetItem(household.name, self.results)
            item.setData(Qt.ItemDataRole.UserRole, household.id)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)

    def picked_household(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- save ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        on = date_of(self.date_edit)
        residents = self._services.residents
        if self.kind == MOVE_OUT:
            residents.move_out(self.resident_id, on, self.detail_edit.text())
        elif self.kind == DEATH:
            residents.record_death(self.resident_id, on, self.detail_edit.text())
        elif self.kind == CHANGE:
            residents.change_relation(self.resident_id, self.relation_combo.code(), on)
        else:
            target = self.picked_household()
            if target is None:
                raise UserError(self.tr("请先查找并选中要转入的户"), field="household")
            residents.move_member(self.resident_id, target, self.relation_combo.code(), on)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "date": self.date_edit,
            "relation": self.relation_combo,
            "household": self.search_edit,
        }.get(field or "")
