"""The search box and filter row above the registry table; emits one ResidentQuery when anything changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from community_desk.domain import codes
from community_desk.domain.residents import ELDERLY_THRESHOLDS
from community_desk.services.dto import NamedId, ResidentQuery

SEARCH_DELAY_MS = 250  # results follow typing without a query per keystroke


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("registrySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音首字母、证件号、电话、地址（Ctrl+F）"))
        self.search.setMinimumWidth(320)
        self.grid = QComboBox()
        self.grid.setObjectName("gridFilter")
        self.special_group = QComboBox()
        self.special_group.setObjectName("groupFilter")
        self.special_group.addItem(self.tr("全部人群"), None)
        for threshold in ELDERLY_THRESHOLDS:
            self.special_group.addItem(self.tr("高龄 {0}岁以上").format(threshold), f"高龄{threshold}")
        for group in codes.SPECIAL_GROUPS:
            self.special_group.addItem(group.name, group.code)
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.addItem(self.tr("全部类别"), None)
        for category in codes.PERSON_CATEGORIES:
            self.category.addItem(category.name, category.code)
        self.history = QCheckBox(self.tr("截至"))
        self.history.setToolTip(self.tr("查看过去某一天的居民登记情况"))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setMaximumDate(QDate.currentDate())
        self.as_of.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(QLabel(self.tr("网格")))
        layout.addWidget(self.grid)
        layout.addWidget(QLabel(self.tr("人群")))
        layout.addWidget(self.special_group)
        layout.addWidget(QLabel(self.tr("类别")))
        layout.addWidget(self.category)
        layout.addWidget(self.history)
        layout.addWidget(self.as_of)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        for combo in (self.grid, self.special_group, self.category):
            combo.currentIndexChanged.connect(self.changed)
        self.history.toggled.connect(self.as_of.setEnabled)
        self.history.toggled.connect(self.changed)
        self.as_of.dateChanged.connect(self.changed)
        self.set_grids([])

    def set_grids(self, grids: list[NamedId]) -> None:
        current = self.grid.currentData()
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.addItem(self.tr("全部网格"), None)
        for grid in grids:
            self.grid.addItem(grid.name, grid.id)
        index = self.grid.findData(current)
        self.grid.setCurrentIndex(max(index, 0))
        self.grid.blockSignals(False)

    def as_of_date(self) -> date | None:
        return self.as_of.date().toPython() if self.history.isChecked() else None

    def apply(self, query: ResidentQuery) -> ResidentQuery:
        """`query` with the filter row's values; the tree's place and the sort order are kept."""
        return ResidentQuery(
            text=self.search.text().strip(),
            grid_id=self.grid.currentData(),
            building_id=query.building_id,
            unit=query.unit,
            room=query.room,
            household_id=query.household_id,
            special_group=self.special_group.currentData(),
            category=self.category.currentData(),
            as_of=self.as_of_date(),
            sort_key=query.sort_key,
            descending=query.descending,
        )
