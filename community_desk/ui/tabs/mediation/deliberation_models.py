"""Models behind the 群议厅 views: the paged topic list and the meeting calendar grouped by month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from community_desk.domain.deliberation import Status
from community_desk.services.deliberation_dto import MeetingRow, TopicQuery, TopicRow
from community_desk.services.deliberation_reader import DeliberationReader

ModelIndex = QModelIndex | QPersistentModelIndex
TOPIC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Columns in display order: TopicRow attributes, which are also the sort keys the SQL understands.
COLUMN_KEYS: tuple[str, ...] = ("number", "title", "category", "source", "step", "last_date", "status")
STATUS_BRUSHES = {Status.DONE: QBrush(QColor("#1b5e20")), Status.REJECTED: QBrush(QColor("#8a8a8a"))}


class TopicTableModel(QAbstractTableModel):
    """Topics a page at a time from plain SQL; sorting is an ORDER BY, so it covers rows not fetched yet.

    A community has tens of topics a year, so pages are read on the UI thread: each is one indexed query of
    well under a millisecond, cheaper than a round trip through the thread pool.
    """

    PAGE = 200
    loaded = Signal(int)  # topics matching the current query

    def __init__(self, reader: DeliberationReader, parent: QObject | None = None, page_size: int | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._page = page_size or self.PAGE
        self._rows: list[TopicRow] = []
        self._total = 0
        self._query = TopicQuery()
        self._headers = (
            self.tr("编号"),
            self.tr("议题"),
            self.tr("类别"),
            self.tr("来源"),
            self.tr("当前步骤"),
            self.tr("最近日期"),
            self.tr("状态"),
        )

    @property
    def query(self) -> TopicQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: TopicQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._total = self._reader.topic_count(query)
        self._rows = self._reader.topics(query, 0, self._page)
        self.endResetModel()
        self.loaded.emit(self._total)

    def reload(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        rows = self._reader.topics(self._query, len(self._rows), self._page)
        if not rows:
            self._total = len(self._rows)  # topics were removed meanwhile; stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMN_KEYS):
            return None
        row = self._rows[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(row, key)
            return value.isoformat() if isinstance(value, date) else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("status", "step"):
            return STATUS_BRUSHES.get(row.status)
        if role == TOPIC_ID_ROLE:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_KEYS):
            return
        key, descending = COLUMN_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort_key, self._query.descending):
            self.set_query(replace(self._query, sort_key=key, descending=descending))

    def row_at(self, row: int) -> TopicRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, topic_id: int) -> int | None:
        """Where a topic is in the fetched rows (fetching further pages until found or exhausted)."""
        while True:
            for number, row in enumerate(self._rows):
                if row.id == topic_id:
                    return number
            if not self.canFetchMore():
                return None
            self.fetchMore()


class MeetingCalendarModel(QStandardItemModel):
    """Meetings grouped under their month (2026年11月（3次）), newest month first, days in order within it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("议事机构"), self.tr("地点"), self.tr("主持人"), self.tr("出席"), self.tr("议题")]
        )

    def set_meetings(self, meetings: Sequence[MeetingRow]) -> None:
        self.clear()
        self._set_headers()
        months: dict[tuple[int, int], list[MeetingRow]] = {}
        for meeting in meetings:
            months.setdefault((meeting.held_on.year, meeting.held_on.month), []).append(meeting)
        for (year, month), rows in sorted(months.items(), reverse=True):
            header = QStandardItem(self.tr("{0}年{1}月（{2}次）").format(year, month, len(rows)))
            header.setEditable(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for meeting in rows:
                cells = (
                    meeting.held_on.isoformat(), meeting.body or self.tr("专题协商"), meeting.place, meeting.host,
                    str(meeting.attendance), meeting.topics,
                )  # fmt: skip
                items = [QStandardItem(text) for text in cells]
                for item in items:
                    item.setEditable(False)
                    item.setToolTip(meeting.note or item.text())
                header.appendRow(items)
            filler = [QStandardItem("") for _ in range(self.columnCount() - 1)]
            for item in filler:
                item.setEditable(False)
            self.appendRow([header, *filler])

    def month_count(self) -> int:
        return self.rowCount()
