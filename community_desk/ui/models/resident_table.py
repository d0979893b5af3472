"""The registry table: a lazy model that pages rows from SQL in the background as the view scrolls."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from community_desk.services.dto import RegistryCounts, ResidentQuery, ResidentRow
from community_desk.services.registry import RegistryReader
from community_desk.ui.background import run_in_background

ModelIndex = QModelIndex | QPersistentModelIndex
# Registry table columns, in display order: ResidentRow attributes, also the sort keys the SQL understands.
COLUMN_KEYS: tuple[str, ...] = (
    "name",
    "gender",
    "birth_date",
    "age",
    "id_number",
    "relation",
    "household_no",
    "grid",
    "address",
    "phone",
    "category",
    "tags",
    "warning",
)
UNSORTABLE = {"tags", "warning"}
WARNING_BRUSH = QBrush(QColor("#b35c00"))
RESIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HOUSEHOLD_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _display(row: ResidentRow, key: str) -> str:
    value = getattr(row, key)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ResidentTableModel(QAbstractTableModel):
    """Rows arrive PAGE at a time; a new query replaces them once its first page and count are ready.

    Every load carries a generation number, so an answer to an outdated query (the clerk typed on) is dropped.
    """

    PAGE = 500
    loaded = Signal(int)  # total rows matching the current query
    failed = Signal(str)

    def __init__(self, reader: RegistryReader, parent_widget: QWidget, page_size: int | None = None) -> None:
        super().__init__(parent_widget)
        self._reader = reader
        self._widget = parent_widget
        self._page = page_size or self.PAGE
        self._rows: list[ResidentRow] = []
        self._total = 0
        self._query = ResidentQuery()
        self._generation = 0
        self._fetching = False
        self._headers = (
            self.tr("姓名"),
            self.tr("性别"),
            self.tr("出生日期"),
            self.tr("年龄"),
            self.tr("证件号码"),
            self.tr("与户主关系"),
            self.tr("户号"),
            self.tr("网格"),
            self.tr("现住址"),
            self.tr("联系电话"),
            self.tr("人员类别"),
            self.tr("特殊人群"),
            self.tr("核对"),
        )
        self._page_in = False
        self._count_in: int | None = None
        self.summary: RegistryCounts | None = None  # the whole registry on the query's date, for the status bar

    # --- query ------------------------------------------------------------------------------------------
    @property
    def query(self) -> ResidentQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ResidentQuery) -> None:
        """Starts loading `query`; the old rows stay visible until the new ones arrive.

        The first page and the count run side by side (SQLite releases the GIL while it works), so rows
        appear as soon as the page is read; `loaded` is emitted once both are in.
        """
        self._query = query
        self._generation += 1
        generation = self._generation
        self._page_in, self._count_in = False, None
        reader, page = self._reader, self._page
        for work, arrived in (
            (lambda _progress: reader.page(query, 0, page), self._first_page_arrived),
            (lambda _progress: (reader.count(query), reader.counts(query.as_of)), self._count_arrived),
        ):
            run_in_background(
                self._widget,
                work,
                on_success=lambda result, arrived=arrived: arrived(generation, result),
                on_failure=lambda error: self._failed(generation, error),
                owner=self,
            )

    def reload(self) -> None:
        self.set_query(self._query)

    def _first_page_arrived(self, generation: int, rows: list[ResidentRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._total = self._count_in if self._count_in is not None else len(rows)
        self._fetching = False
        self._page_in = True
        self.endResetModel()
        self._announce()

    def _count_arrived(self, generation: int, counts: tuple[int, RegistryCounts]) -> None:
        if generation != self._generation:
            return
        self._count_in, self.summary = counts
        total = self._count_in
        if self._page_in:
            self._total = total
            self._announce()

    def _announce(self) -> None:
        if self._page_in and self._count_in is not None:
            self.loaded.emit(self._total)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self.failed.emit(str(error))

    # --- lazy paging --------------------------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, offset = self._generation, self._query, len(self._rows)
        reader, page = self._reader, self._page
        run_in_background(
            self._widget,
            lambda _progress: reader.page(query, offset, page),
            on_success=lambda rows: self._append(generation, offset, rows),
            on_failure=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _append(self, generation: int, offset: int, rows: list[ResidentRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # the registry shrank under us; stop asking for more
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # --- Qt model -----------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMN_KEYS):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "warning":
                return "⚠" if row.warning else ""
            return _display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("warning", "name", "id_number") and row.warning:
            return row.warning
        if role == Qt.ItemDataRole.ForegroundRole and key == "warning" and row.warning:
            return WARNING_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("age", "gender", "warning"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == RESIDENT_ID_ROLE:
            return row.id
        if role == HOUSEHOLD_ID_ROLE:
            return row.household_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is an ORDER BY on the whole registry, not a shuffle of the rows already fetched."""
        if not 0 <= column < len(COLUMN_KEYS):
            return
        key = COLUMN_KEYS[column]
        if key in UNSORTABLE:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort_key, self._query.descending):
            self.set_query(replace(self._query, sort_key=key, descending=descending))

    def row_at(self, row: int) -> ResidentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class RegistryProxyModel(QSortFilterProxyModel):
    """Sits between view and model; hands sorting down to SQL instead of sorting fetched rows in memory."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
