"""Table models of the 调解 tab: talks and cases page in from SQL as the view scrolls (canFetchMore/fetchMore).

A page of talks or cases is a few milliseconds of SQL (hundreds of rows a year), so pages are read on the UI
thread; the registry's background paging is for 100,000 residents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from community_desk.domain.mediation import Clock, VisitState
from community_desk.services.mediation_dto import CaseRow, TalkView

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")
WARNING_COLOR = QColor("#e07b00")  # orange: 20 days or more
ALARM_COLOR = QColor("#c62828")  # red: past the deadline
CLOCK_COLORS = {Clock.WARNING: WARNING_COLOR, Clock.OVERDUE: ALARM_COLOR}


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else ""
    return str(value)


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one query, PAGE at a time; `set_source` starts a new query (count + first page)."""

    PAGE = 200
    loaded = Signal(int)  # total rows of the current query

    def __init__(self, headers: Sequence[str], parent: QObject | None = None, page_size: int | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[T] = []
        self._total = 0
        self._page = page_size or self.PAGE
        self._fetch: Callable[[int, int], list[T]] = lambda _offset, _limit: []

    @property
    def total(self) -> int:
        return self._total

    def set_source(self, count: Callable[[], int], fetch: Callable[[int, int], list[T]]) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._total = count()
        self._rows = fetch(0, self._page)
        self.endResetModel()
        self.loaded.emit(self._total)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        rows = self._fetch(len(self._rows), self._page)
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() >= len(self._headers):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.decoration(row, index.column(), role)
            return tip if tip is not None else self.cell(row, index.column())
        if role == ROW_ID_ROLE:
            return getattr(row, "id", None)
        return self.decoration(row, index.column(), role)

    # --- for subclasses -----------------------------------------------------------------------------------
    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def decoration(self, row: T, column: int, role: int) -> Any:
        return None


class TalkTableModel(PagedTableModel[TalkView]):
    def __init__(self, parent: QObject | None = None, page_size: int | None = None) -> None:
        headers = [
            self.tr("日期时间"),
            self.tr("来访人"),
            self.tr("方式"),
            self.tr("联系方式"),
            self.tr("事由"),
            self.tr("需跟进"),
            self.tr("跟进人"),
            self.tr("结果"),
        ]
        super().__init__(headers, parent, page_size)

    def cell(self, row: TalkView, column: int) -> str:
        v = row.values
        follow = (self.tr("已办结") if v.followup_done else self.tr("待跟进")) if v.needs_followup else ""
        values = (v.talked_at, v.visitor_name, v.channel, v.contact, v.subject, follow, v.followup_by, v.result)
        return text_of(values[column])

    def decoration(self, row: TalkView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and row.followup_open:
            return QBrush(WARNING_COLOR)
        return None


class CaseTableModel(PagedTableModel[CaseRow]):
    DAYS_COLUMN = 6

    def __init__(self, parent: QObject | None = None, page_size: int | None = None) -> None:
        headers = [
            self.tr("卷号"),
            self.tr("受理日期"),
            self.tr("类型"),
            self.tr("当事人"),
            self.tr("调解员"),
            self.tr("状态"),
            self.tr("已用天数"),
            self.tr("结果"),
        ]
        super().__init__(headers, parent, page_size)

    def cell(self, row: CaseRow, column: int) -> str:
        if column == self.DAYS_COLUMN:
            if row.days is None:
                return ""
            return f"{row.days}" + (self.tr("（延期）") if row.extended else "")
        status = row.status + (f"·{row.visit.value}" if row.visit in (VisitState.DUE, VisitState.OVERDUE) else "")
        values = (row.number, row.accepted_on, row.dispute_type, row.parties, row.mediators, status, "", row.outcome)
        return text_of(values[column])

    def decoration(self, row: CaseRow, column: int, role: int) -> Any:
        color = CLOCK_COLORS.get(row.clock)
        if column == self.DAYS_COLUMN and color is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(color)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if column == 5 and role == Qt.ItemDataRole.ForegroundRole and row.visit == VisitState.OVERDUE:
            return QBrush(ALARM_COLOR)
        if column == self.DAYS_COLUMN and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == self.DAYS_COLUMN and role == Qt.ItemDataRole.ToolTipRole and row.days is not None:
            return self.tr("期限：{0} {1}").format(row.deadline.isoformat(), row.clock.value)
        return None
