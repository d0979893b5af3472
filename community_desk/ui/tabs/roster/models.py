"""The roster grid as a Qt model: a row per day, a column per shift type, people one per line in each cell.

The model never calls the service. A drop is decoded here (which person, which target shift) and handed on as
`move_requested`, so the page makes the one service call and reloads; a test can drive the same path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from community_desk.domain.duty_days import DAY_HOLIDAY, DAY_REST, DutyDay
from community_desk.services.roster_dto import ConflictView, PersonOnDuty, RosterPeriod, ShiftView

ModelIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-community-desk-duty-assignment"
SHIFT_ROLE = Qt.ItemDataRole.UserRole + 1
FIXED_COLUMNS = 3  # 日期 | 星期 | 日别
WEEKDAYS = "一二三四五六日"

HOLIDAY_TINT = QColor("#fde4e4")
REST_TINT = QColor("#eeeeee")
WORKING_WEEKEND_TINT = QColor("#e8f0fe")  # 调休上班: a Saturday the office is open, so it should not look like one off
CONFLICT_TEXT = QColor("#b00020")

# (source shift, target shift) -> the person to move, or None when the clerk cancelled the choice.
PersonChooser = Callable[[ShiftView, ShiftView], PersonOnDuty | None]


def shift_label(day: date, name: str) -> str:
    """How the service names a shift in messages: "11月3日 夜间"."""
    return f"{day.month}月{day.day}日 {name}"


def day_kind_text(day: DutyDay) -> str:
    """工作日 / 休息日 / 节假日 春节 / 调休上班."""
    if not day.name:
        return day.kind
    return day.name if day.name == "调休上班" else f"{day.kind} {day.name}"


def person_line(person: PersonOnDuty) -> str:
    """★ marks the 带班领导; a trailing ⇄ shows the person is there by a 调班."""
    return ("★" if person.is_leader else "") + person.name + (" ⇄" if person.by_swap else "")


def missing(shift: ShiftView) -> int:
    return max(0, shift.needed_leaders - len(shift.leaders)) + max(0, shift.needed_staff - len(shift.staff))


class RosterTableModel(QAbstractTableModel):
    """Read-only except for drag-and-drop of people between shift cells."""

    move_requested = Signal(int, int)  # assignment id, target shift id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[DutyDay] = []
        self._columns: list[tuple[int, str, str]] = []  # shift type id, name, hours
        self._shifts: dict[tuple[date, int], ShiftView] = {}
        self._by_id: dict[int, ShiftView] = {}
        self._conflicts: dict[int, list[ConflictView]] = {}
        self.choose_person: PersonChooser | None = None  # asked on a drop from a cell with several people

    # --- filling ------------------------------------------------------------------------------------------------
    def set_period(self, period: RosterPeriod) -> None:
        self.beginResetModel()
        self._days = list(period.days)
        self._columns = [(t.id, t.name, t.hours_label) for t in period.shift_types]
        known = {t.id for t in period.shift_types}
        for shift in sorted(period.shifts, key=lambda s: s.starts_at.time()):  # a retired type still has shifts
            if shift.shift_type_id not in known:
                known.add(shift.shift_type_id)
                self._columns.append((shift.shift_type_id, shift.name, shift.hours_label))
        self._shifts = {(s.day, s.shift_type_id): s for s in period.shifts}
        self._by_id = {s.id: s for s in period.shifts}
        self._conflicts = {}
        for conflict in period.conflicts:
            if conflict.shift_id is not None:
                self._conflicts.setdefault(conflict.shift_id, []).append(conflict)
        self.endResetModel()

    def shift_at(self, index: ModelIndex) -> ShiftView | None:
        if not index.isValid() or index.column() < FIXED_COLUMNS or index.row() >= len(self._days):
            return None
        column = index.column() - FIXED_COLUMNS
        if column >= len(self._columns):
            return None
        return self._shifts.get((self._days[index.row()].day, self._columns[column][0]))

    def shift_by_id(self, shift_id: int) -> ShiftView | None:
        return self._by_id.get(shift_id)

    def day_at(self, row: int) -> date | None:
        return self._days[row].day if 0 <= row < len(self._days) else None

    def index_of_shift(self, shift_id: int) -> QModelIndex:
        shift = self._by_id.get(shift_id)
        if shift is None:
            return QModelIndex()
        row = next(i for i, d in enumerate(self._days) if d.day == shift.day)
        column = next(i for i, c in enumerate(self._columns) if c[0] == shift.shift_type_id)
        return self.index(row, FIXED_COLUMNS + column)

    def index_of_day(self, day: date) -> QModelIndex:
        row = next((i for i, d in enumerate(self._days) if d.day == day), -1)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    # --- Qt model -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED_COLUMNS:
                return (self.tr("日期"), self.tr("星期"), self.tr("日别"))[section]
            _, name, hours = self._columns[section - FIXED_COLUMNS]
            return f"{name}\n{hours}"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._days) or index.column() >= self.columnCount():
            return None
        day = self._days[index.row()]
        if index.column() < FIXED_COLUMNS:
            return self._day_data(day, index.column(), role)
        return self._shift_data(day, self.shift_at(index), role)

    def _day_data(self, day: DutyDay, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("{0}月{1}日").format(day.day.month, day.day.day)
            if column == 1:
                return self.tr("周{0}").format(WEEKDAYS[day.day.weekday()])
            return day_kind_text(day)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(day)
        if role == Qt.ItemDataRole.ForegroundRole and day.kind == DAY_HOLIDAY:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _shift_data(self, day: DutyDay, shift: ShiftView | None, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(day)
        if shift is None:
            return None
        conflicts = self._conflicts.get(shift.id, [])
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [person_line(p) for p in shift.people]
            if short := missing(shift):
                lines.append(self.tr("缺{0}人").format(short))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [shift_label(shift.day, shift.name) + " " + shift.hours_label]
            lines += [f"{p.role}：{p.name} {p.phone}".rstrip() for p in shift.people]
            if shift.has_log:
                lines.append(self.tr("已填写值班记录"))
            lines += ["⚠ " + c.message for c in conflicts]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and (conflicts or missing(shift)):
            return QBrush(CONFLICT_TEXT)
        if role == Qt.ItemDataRole.FontRole and shift.has_log:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SHIFT_ROLE:
            return shift.id
        return None

    @staticmethod
    def _tint(day: DutyDay) -> QBrush | None:
        if day.kind == DAY_HOLIDAY:
            return QBrush(HOLIDAY_TINT)
        if day.kind == DAY_REST:
            return QBrush(REST_TINT)
        if day.name:
            return QBrush(WORKING_WEEKEND_TINT)
        return None

    # --- drag and drop ------------------------------------------------------------------------------------------
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        shift = self.shift_at(index)
        if shift is not None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if shift.people:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    @staticmethod
    def mime_for(shift_id: int, assignment_id: int | None = None) -> QMimeData:
        """The drag payload: the source shift, and the person when already known (else asked on the drop)."""
        mime = QMimeData()
        payload = {"shift_id": shift_id, "assignment_id": assignment_id}
        mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return mime

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        shifts = [s for s in (self.shift_at(i) for i in indexes) if s is not None and s.people]
        if not shifts:
            return None
        only = shifts[0].people[0].assignment_id if len(shifts[0].people) == 1 else None
        return self.mime_for(shifts[0].id, only)

    def _decode(self, data: QMimeData) -> tuple[ShiftView, int | None] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            source = self._by_id.get(int(payload["shift_id"]))
            assignment_id = payload.get("assignment_id")
        except (ValueError, KeyError, TypeError):
            return None
        return (source, None if assignment_id is None else int(assignment_id)) if source else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        target = self.shift_at(parent)
        decoded = self._decode(data)
        return target is not None and decoded is not None and decoded[0].id != target.id

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        """Ask which person when the source cell has several; the move itself is the page's service call."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        decoded, target = self._decode(data), self.shift_at(parent)
        assert decoded is not None and target is not None  # checked by canDropMimeData
        source, assignment_id = decoded
        if assignment_id is None:
            person = self.choose_person(source, target) if self.choose_person else None
            if person is None:
                return False
            assignment_id = person.assignment_id
        self.move_requested.emit(assignment_id, target.id)
        return True
