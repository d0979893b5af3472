"""Right-hand panel: the selected household's card — address, members and dated history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QTableView, QVBoxLayout, QWidget

from community_desk.domain import codes
from community_desk.services.dto import HouseholdDetail
from community_desk.services.registry import RegistryReader
from community_desk.ui.models.simple_table import SimpleTableModel


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


class HouseholdPanel(QWidget):
    member_activated = Signal(int)  # resident id

    def __init__(self, reader: RegistryReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self.household: HouseholdDetail | None = None
        self.title = QLabel(self.tr("未选择户"))
        self.title.setObjectName("householdTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.members = SimpleTableModel(
            [self.tr("姓名"), self.tr("与户主关系"), self.tr("性别"), self.tr("出生日期"), self.tr("入户日期")], self
        )
        self.members_view = self._table(self.members)
        self.members_view.doubleClicked.connect(self._open_member)
        self.history = SimpleTableModel([self.tr("日期"), self.tr("事项"), self.tr("居民"), self.tr("说明")], self)
        self.history_view = self._table(self.history)

        members_box = QGroupBox(self.tr("户内成员"))
        QVBoxLayout(members_box).addWidget(self.members_view)
        history_box = QGroupBox(self.tr("变动记录"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(members_box, 3)
        layout.addWidget(history_box, 2)

    @staticmethod
    def _table(model: SimpleTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    def show_household(self, household_id: int | None, as_of: date | None = None) -> None:
        detail = self._reader.household(household_id, as_of) if household_id is not None else None
        self.household = detail
        if detail is None:
            self.title.setText(self.tr("未选择户"))
            self.info.clear()
            self.members.set_rows([])
            self.history.set_rows([])
            return
        self.title.setText(self.tr("户号 {0}　{1}").format(detail.household_no, detail.address))
        closed = self.tr("　已注销于 {0}").format(_iso(detail.closed_on)) if detail.closed_on else ""
        self.info.setText(
            self.tr("网格：{0}　建户：{1}　居住性质：{2}{3}").format(
                detail.grid,
                _iso(detail.created_on),
                codes.RESIDENCE_NATURES.name_of(detail.residence_nature) or "—",
                closed,
            )
        )
        self.members.set_rows(
            [(m.name, m.relation, m.gender, _iso(m.birth_date), _iso(m.since)) for m in detail.members],
            [m.resident_id for m in detail.members],
        )
        self.history.set_rows([(_iso(e.event_date), e.kind, e.resident_name, e.detail) for e in detail.events])
        self.members_view.resizeColumnsToContents()

    def _open_member(self) -> None:
        index = self.members_view.currentIndex()
        key = self.members.key(index.row()) if index.isValid() else None
        if isinstance(key, int):
            self.member_activated.emit(key)
