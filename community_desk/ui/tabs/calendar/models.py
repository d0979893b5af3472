"""The month grid as a 6×7 table model (a QTableView paints it) and the week's agenda list.

The model holds one month's occurrences grouped by day; switching months is one reader call plus a reset.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from community_desk.domain import calendar as rules
from community_desk.services.events_dto import OccurrenceView

ModelIndex = QModelIndex | QPersistentModelIndex
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
OCCURRENCES_ROLE = Qt.ItemDataRole.UserRole + 2
FESTIVAL_ROLE = Qt.ItemDataRole.UserRole + 3
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4
HEADERS = tuple(f"周{d}" for d in rules.WEEKDAY_NAMES)


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the grid always shows six whole weeks."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = date.today().year, date.today().month
        self._by_day: dict[date, list[OccurrenceView]] = {}
        self._festivals: dict[date, str] = {}
        self._festival_year: int | None = None
        self._festival_cache: dict[int, dict[date, str]] = {}

    def set_month(self, year: int, month: int, occurrences: list[OccurrenceView]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        by_day: dict[date, list[OccurrenceView]] = defaultdict(list)
        for occ in occurrences:
            by_day[occ.start.date()].append(occ)
        self._by_day = dict(by_day)
        self._festivals = {}
        for y in {year - 1, year, year + 1}:
            self._festivals.update(self._festivals_of(y))
        self.endResetModel()

    def _festivals_of(self, year: int) -> dict[date, str]:
        if year not in self._festival_cache:  # the lunar conversion is cached per year: month switches stay cheap
            found: dict[date, list[str]] = defaultdict(list)
            for festival in rules.festivals(year):
                found[festival.day].append(festival.name)
            self._festival_cache[year] = {d: "、".join(n) for d, n in found.items()}
        return self._festival_cache[year]

    def day_at(self, index: ModelIndex) -> date:
        return grid_start(self.year, self.month) + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - grid_start(self.year, self.month)).days
        return self.index(offset // 7, offset % 7) if 0 <= offset < 42 else QModelIndex()

    def occurrences_on(self, day: date) -> list[OccurrenceView]:
        return self._by_day.get(day, [])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.day_at(index)
        occs = self._by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self._festivals.get(day, "")] + [
                f"{o.start:%H:%M} {o.name}（{o.place}）{'［已取消］' if o.cancelled else ''}" for o in occs
            ]
            return "\n".join(line for line in lines if line) or None
        if role == DATE_ROLE:
            return day
        if role == OCCURRENCES_ROLE:
            return occs
        if role == FESTIVAL_ROLE:
            return self._festivals.get(day, "")
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == Qt.ItemDataRole.BackgroundRole and day == date.today():
            return QColor("#fff8e1")
        return None


class AgendaModel(QAbstractTableModel):
    """The week's (or any span's) occurrences as a list: 日期, 时间, 名称, 类别, 地点, 报名/签到."""

    HEADERS = ("日期", "时间", "活动", "类别", "地点", "报名", "签到")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OccurrenceView] = []

    def set_rows(self, rows: list[OccurrenceView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def occurrence(self, row: int) -> OccurrenceView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.HEADERS):
            return None
        o = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = "（已取消）" if o.cancelled else "（已调整）" if o.moved else ""
            capacity = f"{o.signups}/{o.capacity}" if o.capacity is not None else str(o.signups)
            return (
                f"{o.start:%m-%d} 周{rules.WEEKDAY_NAMES[o.start.weekday()]}",
                f"{o.start:%H:%M}–{o.end:%H:%M}",
                o.name + status,
                o.category,
                o.place,
                capacity,
                str(o.attendance),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor(rules.CATEGORY_COLOURS.get(o.category, "#333333"))
        return None
