"""特殊人群 tags: the list shown in a member's dialog, and the small add/end dialogs behind its buttons.

Each button is its own user action, saved at once: a tag is a dated fact about the person, not part of the
member form the clerk may still cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import codes
from community_desk.services.dto import TagView
from community_desk.services.errors import UserError
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import OptionalDateEdit, to_qdate

if TYPE_CHECKING:
    from community_desk.app import Services

DISABILITY = "残疾"


class TagDialog(FormDialog):
    """添加特殊人群标记; for 残疾 the 类别 and 等级 are kept as the detail ("肢体 二级")."""

    def __init__(
        self, services: Services, resident_id: int, parent: QWidget | None = None, *, include_sensitive: bool = True
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._resident_id = resident_id
        self.tag_id: int | None = None
        self.setWindowTitle(self.tr("添加特殊人群标记"))
        groups = [g for g in codes.SPECIAL_GROUPS if include_sensitive or g.code not in codes.SENSITIVE_GROUPS]
        self.kind_combo = CodeComboBox(groups, self, blank=True)
        self.disability_combo = CodeComboBox(codes.DISABILITY_CATEGORIES, self, blank=True)
        self.grade_combo = CodeComboBox(codes.DISABILITY_GRADES, self, blank=True)
        disability_row = QWidget(self)
        row = QHBoxLayout(disability_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("类别"), disability_row))
        row.addWidget(self.disability_combo, 1)
        row.addWidget(QLabel(self.tr("等级"), disability_row))
        row.addWidget(self.grade_combo, 1)
        self.start_edit = required_date_edit(self)
        self.end_edit = OptionalDateEdit(self)
        self.note_edit = QLineEdit(self)
        self._form = QFormLayout()
        self._form.addRow(self.tr("人群类别"), self.kind_combo)
        self._form.addRow(self.tr("残疾情况"), disability_row)
        self._form.addRow(self.tr("开始日期"), self.start_edit)
        self._form.addRow(self.tr("结束日期"), self.end_edit)
        self._form.addRow(self.tr("备注"), self.note_edit)
        self._disability_row = disability_row
        self.body.addLayout(self._form)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._update_disability())
        self._update_disability()
        self.fit_width(480)

    def _update_disability(self) -> None:
        self._form.setRowVisible(self._disability_row, self.kind_combo.code() == DISABILITY)

    def detail(self) -> str:
        if self.kind_combo.code() != DISABILITY:
            return ""
        return " ".join(part for part in (self.disability_combo.name(), self.grade_combo.name()) if part)

    def save(self) -> None:
        self.tag_id = self._services.special_groups.add_tag(
            self._resident_id,
            self.kind_combo.code(),
            date_of(self.start_edit),
            self.end_edit.date_value(),
            detail=self.detail(),
            note=self.note_edit.text(),
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"kind": self.kind_combo, "end_date": self.end_edit, "start_date": self.start_edit}.get(field or "")


class EndTagDialog(FormDialog):
    """结束标记: the person leaves the group on a date; the tag stays in their history."""

    def __init__(self, services: Services, tag: TagView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tag = tag
        self.setWindowTitle(self.tr("结束特殊人群标记"))
        self.end_edit = required_date_edit(self, not_after_today=False)
        self.end_edit.setMinimumDate(to_qdate(tag.start_date + timedelta(days=1)))
        self.end_edit.setDate(to_qdate(max(date.today(), tag.start_date + timedelta(days=1))))
        form = QFormLayout()
        label = f"{tag.kind} {tag.detail}".strip()
        form.addRow(self.tr("标记"), QLabel(self.tr("{0}（{1}起）").format(label, tag.start_date.isoformat())))
        form.addRow(self.tr("结束日期"), self.end_edit)
        self.body.addLayout(form)
        self.fit_width(380)

    def save(self) -> None:
        self._services.special_groups.end_tag(self._tag.id, date_of(self.end_edit))

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.end_edit if field == "end_date" else None


class TagsPanel(QWidget):
    """A member's tags with 添加…/结束…/删除, each saved immediately and the list re-read after."""

    def __init__(self, services: Services, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._resident_id = resident_id
        self._tags: list[TagView] = []
        self.model = SimpleTableModel(
            [self.tr("类别"), self.tr("详情"), self.tr("开始日期"), self.tr("结束日期"), self.tr("备注")], self
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setMinimumSectionSize(80)
        self.add_button = QPushButton(self.tr("添加…"), self)
        self.end_button = QPushButton(self.tr("结束…"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add_tag)
        self.end_button.clicked.connect(self.end_tag)
        self.remove_button.clicked.connect(self.remove_tag)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.end_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("标记的添加、结束和删除会立即保存。不再属于某类人群时请用“结束…”，以保留历史。"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_tags(self, tags: Sequence[TagView]) -> None:
        self._tags = list(tags)
        self.model.set_rows(
            [(t.kind, t.detail, t.start_date.isoformat(), t.end_date.isoformat() if t.end_date else "", t.note)
             for t in self._tags],
            [t.id for t in self._tags],
        )  # fmt: skip
        self._update_buttons()

    def refresh(self) -> None:
        detail = self._services.registry.resident(self._resident_id)
        self.set_tags(detail.tags if detail else ())

    def selected_tag(self) -> TagView | None:
        rows = self.view.selectionModel().selectedRows()
        return self._tags[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    # --- user actions -------------------------------------------------------------------------------------
    def add_tag(self) -> None:
        if TagDialog(self._services, self._resident_id, self).exec():
            self.refresh()

    def end_tag(self) -> None:
        tag = self.selected_tag()
        if tag is not None and EndTagDialog(self._services, tag, self).exec():
            self.refresh()

    def remove_tag(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除标记"),
            self.tr("确定删除“{0}”标记吗？删除后不留历史；只是不再属于该人群时，请用“结束…”。").format(tag.kind),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.special_groups.remove_tag(tag.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("未能删除"), error.message)
        self.refresh()

    def _update_buttons(self) -> None:
        tag = self.selected_tag()
        self.end_button.setEnabled(tag is not None and tag.end_date is None)
        self.remove_button.setEnabled(tag is not None)
