"""The month grid: a QTableView whose delegate paints the day number, the festival and coloured event chips."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from community_desk.domain import calendar as rules
from community_desk.services.events_dto import OccurrenceView
from community_desk.ui.tabs.calendar.models import FESTIVAL_ROLE, IN_MONTH_ROLE, OCCURRENCES_ROLE, MonthModel

CHIP_HEIGHT = 16
HEADER_HEIGHT = 18


class DayDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        rect: QRect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if option.state & option.state.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, QColor("#e3f2fd"))
        elif background is not None:
            painter.fillRect(rect, background)
        in_month = bool(index.data(IN_MONTH_ROLE))
        painter.setPen(QColor("#222222" if in_month else "#aaaaaa"))
        painter.drawText(
            rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data()
        )
        festival = index.data(FESTIVAL_ROLE)
        if festival:
            painter.setPen(QColor("#c62828"))
            painter.drawText(
                rect.adjusted(24, 2, -4, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, festival
            )
        occs: list[OccurrenceView] = index.data(OCCURRENCES_ROLE) or []
        room = max(0, (rect.height() - HEADER_HEIGHT) // CHIP_HEIGHT)
        shown = occs if len(occs) <= room else occs[: max(0, room - 1)]
        for i, occ in enumerate(shown):
            chip = QRect(
                rect.left() + 2, rect.top() + HEADER_HEIGHT + i * CHIP_HEIGHT, rect.width() - 4, CHIP_HEIGHT - 2
            )
            colour = QColor(rules.CATEGORY_COLOURS.get(occ.category, "#607d8b"))
            if occ.cancelled:
                colour = QColor("#bdbdbd")
            painter.fillRect(chip, colour)
            painter.setPen(QColor("white"))
            font = painter.font()
            font.setStrikeOut(occ.cancelled)
            painter.setFont(font)
            painter.drawText(chip.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, f"{occ.start:%H:%M} {occ.name}")
        if len(shown) < len(occs):
            painter.setPen(QColor("#555555"))
            y = rect.top() + HEADER_HEIGHT + len(shown) * CHIP_HEIGHT
            painter.drawText(
                QRect(rect.left() + 4, y, rect.width() - 8, CHIP_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                f"还有 {len(occs) - len(shown)} 项…",
            )
        painter.restore()


class MonthView(QTableView):
    """Click a day to select it, double-click an empty spot to add, double-click a chip to open that event."""

    add_requested = Signal(date)
    open_requested = Signal(object)  # OccurrenceView

    def __init__(self, model: MonthModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(DayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setMinimumHeight(6 * (HEADER_HEIGHT + 3 * CHIP_HEIGHT))

    def month_model(self) -> MonthModel:
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    def occurrence_at(self, point: QPoint) -> OccurrenceView | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        slot = (point.y() - rect.top() - HEADER_HEIGHT) // CHIP_HEIGHT
        occs = self.month_model().occurrences_on(self.month_model().day_at(index))
        return occs[slot] if point.y() >= rect.top() + HEADER_HEIGHT and 0 <= slot < len(occs) else None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            return
        occ = self.occurrence_at(point)
        if occ is not None:
            self.open_requested.emit(occ)
        else:
            self.add_requested.emit(self.month_model().day_at(index))
