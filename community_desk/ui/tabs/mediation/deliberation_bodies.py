"""议事机构与会议: the standing bodies with their members, and the meeting calendar by month."""

from __future__ import annotations

from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.deliberation_dto import BodyMemberView, BodyView
from community_desk.services.deliberation_reader import DeliberationReader
from community_desk.services.errors import UserError
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.deliberation_models import MeetingCalendarModel

if TYPE_CHECKING:
    from community_desk.app import Services


def _forms() -> ModuleType:
    """The dialogs, imported on first use so the tab shows without them."""
    from community_desk.ui.tabs.mediation import deliberation_forms

    return deliberation_forms


def _table(parent: QWidget, model: SimpleTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class BodiesPage(QWidget):
    """Bodies on the left, the selected body's members beside them, meetings of a year underneath."""

    changed = Signal(str)  # a status message after a save

    def __init__(self, services: Services, reader: DeliberationReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reader = reader
        self._bodies: list[BodyView] = []
        self._members: list[BodyMemberView] = []
        self.bodies_model = SimpleTableModel(
            [self.tr("议事机构"), self.tr("类别"), self.tr("在任成员"), self.tr("议事周期")], self
        )
        self.bodies_view = _table(self, self.bodies_model)
        self.members_model = SimpleTableModel(
            [self.tr("姓名"), self.tr("职务"), self.tr("任职日期"), self.tr("离任日期"), self.tr("来源")], self
        )
        self.members_view = _table(self, self.members_model)
        self.new_body_button = QPushButton(self.tr("新建机构…"), self)
        self.add_member_button = QPushButton(self.tr("添加成员…"), self)
        self.end_member_button = QPushButton(self.tr("离任…"), self)
        self.remove_member_button = QPushButton(self.tr("删除"), self)
        self.year_combo = QComboBox(self)
        self.month_combo = QComboBox(self)
        self.month_combo.addItem(self.tr("全年"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("{0}月").format(month), month)
        self.add_meeting_button = QPushButton(self.tr("登记会议…"), self)
        self.calendar_model = MeetingCalendarModel(self)
        self.calendar = QTreeView(self)
        self.calendar.setModel(self.calendar_model)
        self.calendar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar.setAlternatingRowColors(True)
        self._layout()
        self.new_body_button.clicked.connect(self.new_body)
        self.add_member_button.clicked.connect(self.add_member)
        self.end_member_button.clicked.connect(self.end_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.add_meeting_button.clicked.connect(self.add_meeting)
        self.bodies_view.selectionModel().selectionChanged.connect(lambda *_: self._load_members())
        self.members_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._load_meetings())
        self.month_combo.currentIndexChanged.connect(lambda _i: self._load_meetings())
        self._update_buttons()

    def _layout(self) -> None:
        left, right, bottom = QWidget(self), QWidget(self), QWidget(self)
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("议事机构"), left))
        column.addWidget(self.bodies_view, 1)
        column.addWidget(self.new_body_button, 0, Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout(right)
        column.addWidget(QLabel(self.tr("成员（在任在前，离任的保留为历史）"), right))
        column.addWidget(self.members_view, 1)
        row = QHBoxLayout()
        for button in (self.add_member_button, self.end_member_button, self.remove_member_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column = QVBoxLayout(bottom)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("会议日历"), bottom))
        row.addWidget(self.year_combo)
        row.addWidget(self.month_combo)
        row.addStretch(1)
        row.addWidget(self.add_meeting_button)
        column.addLayout(row)
        column.addWidget(self.calendar, 1)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(right)
        top.setSizes([420, 560])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([300, 360])
        QVBoxLayout(self).addWidget(split)

    # --- loading ------------------------------------------------------------------------------------------------
    def refresh(self, years: list[int]) -> None:
        """Re-reads bodies (keeping the selection) and the calendar for the chosen year."""
        selected = self.selected_body()
        self._bodies = self._reader.bodies()
        self.bodies_model.set_rows(
            [(b.name, b.kind, b.members, b.note) for b in self._bodies], [b.id for b in self._bodies]
        )
        ids = [b.id for b in self._bodies]
        row = ids.index(selected.id) if selected and selected.id in ids else (0 if ids else -1)
        if row >= 0:
            self.bodies_view.selectRow(row)
        self._load_members()
        chosen = self.year_combo.currentData() or date.today().year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted({*years, date.today().year}, reverse=True):
            self.year_combo.addItem(self.tr("{0}年").format(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)
        self._load_meetings()

    def _load_members(self) -> None:
        body = self.selected_body()
        self._members = self._reader.members(body.id) if body else []
        self.members_model.set_rows(
            [
                (m.name, m.role, m.since.isoformat(), m.until.isoformat() if m.until else "",
                 self.tr("居民库") if m.resident_id is not None else self.tr("手写"))
                for m in self._members
            ],
            [m.id for m in self._members],
        )  # fmt: skip
        self._update_buttons()

    def _load_meetings(self) -> None:
        year = self.year_combo.currentData()
        if year is None:
            return
        self.calendar_model.set_meetings(self._reader.meetings(year, self.month_combo.currentData() or None))
        self.calendar.expandAll()
        for column, width in enumerate((150, 150, 90, 80, 50)):
            self.calendar.setColumnWidth(column, width)

    def selected_body(self) -> BodyView | None:
        rows = self.bodies_view.selectionModel().selectedRows() if self.bodies_view.selectionModel() else []
        return self._bodies[rows[0].row()] if rows and rows[0].row() < len(self._bodies) else None

    def selected_member(self) -> BodyMemberView | None:
        rows = self.members_view.selectionModel().selectedRows()
        return self._members[rows[0].row()] if rows and rows[0].row() < len(self._members) else None

    def _update_buttons(self) -> None:
        member = self.selected_member()
        self.add_member_button.setEnabled(self.selected_body() is not None)
        self.end_member_button.setEnabled(member is not None and member.until is None)
        self.remove_member_button.setEnabled(member is not None)

    # --- user actions -------------------------------------------------------------------------------------------
    def _after(self, dialog: QDialog, message: str) -> None:
        if dialog.exec():
            self.refresh(self._reader.years())
            self.changed.emit(message)

    def new_body(self) -> None:
        self._after(_forms().BodyDialog(self._services, self), self.tr("已新建议事机构"))

    def add_member(self) -> None:
        body = self.selected_body()
        if body is not None:
            self._after(_forms().BodyMemberDialog(self._services, body, self), self.tr("已添加成员"))

    def end_member(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._after(_forms().EndMemberDialog(self._services, member, self), self.tr("已登记离任"))

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除成员"),
            self.tr("确定删除“{0}”的任职记录吗？删除后不留历史；成员离任请用“离任…”。").format(member.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.deliberation.remove_member(member.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("未能删除"), error.message)
        self.refresh(self._reader.years())

    def add_meeting(self) -> None:
        dialog = _forms().CalendarMeetingDialog(self._services, self.selected_body(), self)
        self._after(dialog, self.tr("已登记会议"))
