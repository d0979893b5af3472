"""A date field that may be left empty (出生日期 unknown, no 结束日期 yet), which a plain QDateEdit cannot be."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QSizePolicy, QToolButton, QWidget

DISPLAY_FORMAT = "yyyy-MM-dd"
# The value one day before the real range stands for "empty"; Qt shows specialValueText for it.
EMPTY = QDate(1899, 12, 31)
FIRST = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _BlankableDateEdit(QDateEdit):
    """Shows nothing while at the sentinel; the first key or the calendar starts from a sensible date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_date: QDate | None = None  # where typing/the calendar begins when empty; None = today
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(EMPTY)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def _start(self) -> QDate:
        start = self.start_date or QDate.currentDate()
        return min(max(start, FIRST), self.maximumDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing into the blank field would otherwise edit the hidden sentinel year 1899."""
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        opens_calendar = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)  # Alt+↓ only opens the popup
        if self.is_empty() and not opens_calendar and (event.text().isdigit() or event.key() in arrows):
            self.setDate(self._start())
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the calendar on this month, not on December 1899, while the field is empty."""
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_empty():
            start = self._start()
            self.calendarWidget().setCurrentPage(start.year(), start.month())
        return super().eventFilter(watched, event)


class OptionalDateEdit(QWidget):
    """yyyy-MM-dd with a calendar and a 清除 button; `date_value()` is None while blank."""

    date_changed = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None, *, value: date | None = None) -> None:
        super().__init__(parent)
        self.edit = _BlankableDateEdit(self)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("清除"))
        self.clear_button.setToolTip(self.tr("清空此日期"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(lambda: self.set_date_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self._last: date | None = None
        self.edit.dateChanged.connect(self._on_changed)
        self.set_date_value(value)

    def date_value(self) -> date | None:
        return None if self.edit.is_empty() else to_date(self.edit.date())

    def set_date_value(self, value: date | None) -> None:
        self.edit.setDate(EMPTY if value is None else to_qdate(value))
        self._on_changed()

    def set_maximum(self, value: date) -> None:
        """E.g. today for a birth date; the blank sentinel stays allowed."""
        self.edit.setMaximumDate(to_qdate(value))

    def set_start_date(self, value: date | None) -> None:
        """Where the calendar opens and typing begins while blank (e.g. 1980 for adults)."""
        self.edit.start_date = to_qdate(value) if value else None

    def _on_changed(self, *_: object) -> None:
        self.clear_button.setEnabled(not self.edit.is_empty())
        value = self.date_value()
        if value != self._last:
            self._last = value
            self.date_changed.emit(value)
