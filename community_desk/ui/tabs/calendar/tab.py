"""活动 tab: month grid (festivals, coloured events), the selected week's agenda, and a reminders banner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.events_dto import OccurrenceView
from community_desk.services.events_reads import EventReader
from community_desk.ui.tabs.calendar.models import AgendaModel, MonthModel
from community_desk.ui.tabs.calendar.month_view import MonthView

if TYPE_CHECKING:
    from community_desk.app import Services
    from community_desk.services.events import EventService


class CalendarTab(QWidget):
    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.reader = EventReader(services.database.path)  # plain sqlite3: no SQLAlchemy at start-up
        self.today = today or date.today()
        self.selected = self.today
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3e0; padding: 6px; border: 1px solid #ffb74d;")
        self.banner.hide()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("◀ 上月"), self.previous_month),
            (self.tr("今天"), self.go_today),
            (self.tr("下月 ▶"), self.next_month),
            (self.tr("新增活动"), self.add_on_selected),
            (self.tr("签到"), self.sign_in_selected),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.insertWidget(0, self.title, 1)
        self.month_model = MonthModel(self)
        self.month_view = MonthView(self.month_model)
        self.month_view.add_requested.connect(self.add_event)
        self.month_view.open_requested.connect(self.open_occurrence)
        self.month_view.clicked.connect(lambda index: self.select_day(self.month_model.day_at(index)))
        self.agenda_model = AgendaModel(self)
        self.agenda = QTableView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.agenda.horizontalHeader().setStretchLastSection(True)
        self.agenda.doubleClicked.connect(lambda index: self._open_agenda_row(index.row()))
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.month_view)
        splitter.addWidget(self.agenda)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.loaded = False  # filled on first show, like the 调解 tab: start-up reads only the registry

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.loaded = True
            self.show_month(self.today.year, self.today.month)
            self.show_reminders()
        super().showEvent(event)

    # --- navigation -------------------------------------------------------------------------------------------------
    def show_month(self, year: int, month: int) -> None:
        """One reader call for the month on screen; recurrences are expanded for that month only."""
        occurrences = self.reader.month_grid(year, month)
        self.month_model.set_month(year, month, occurrences)
        self.title.setText(self.tr("{0}年{1}月").format(year, month))
        self.select_day(
            self.selected if (self.selected.year, self.selected.month) == (year, month) else date(year, month, 1)
        )
        self.status_changed.emit(
            self.tr("本月 {0} 场活动").format(sum(1 for o in occurrences if o.start.month == month and not o.cancelled))
        )

    def previous_month(self) -> None:
        y, m = self.month_model.year, self.month_model.month
        self.show_month(y - 1 if m == 1 else y, 12 if m == 1 else m - 1)

    def next_month(self) -> None:
        y, m = self.month_model.year, self.month_model.month
        self.show_month(y + 1 if m == 12 else y, 1 if m == 12 else m + 1)

    def go_today(self) -> None:
        self.selected = self.today
        self.show_month(self.today.year, self.today.month)

    def select_day(self, day: date) -> None:
        self.selected = day
        index = self.month_model.index_of(day)
        if index.isValid():
            self.month_view.setCurrentIndex(index)
        monday = day - timedelta(days=day.weekday())
        week = [o for offset in range(7) for o in self.month_model.occurrences_on(monday + timedelta(days=offset))]
        self.agenda_model.set_rows(week)

    def reload_all(self) -> None:
        self.show_month(self.month_model.year, self.month_model.month)

    def show_reminders(self) -> None:
        reminders = self.reader.reminders(self.today)
        self.banner.setText("　".join(f"【{r.kind}】{r.text}" for r in reminders))
        self.banner.setVisible(bool(reminders))

    # --- actions ----------------------------------------------------------------------------------------------------
    def add_on_selected(self) -> None:
        self.add_event(self.selected)

    def add_event(self, day: date) -> None:
        from community_desk.ui.tabs.calendar.dialogs import EventDialog

        dialog = EventDialog(self.services.events, day=day, parent=self)
        if dialog.exec():
            self.selected = day
            self.reload_all()

    def open_occurrence(self, occ: OccurrenceView) -> None:
        from community_desk.ui.tabs.calendar.dialogs import EventDialog, offer_service_updates

        dialog = EventDialog(self.services.events, event_id=occ.event_id, parent=self)
        if dialog.exec():
            offer_service_updates(self, self.services.events, dialog.affected)
            self.reload_all()

    def _open_agenda_row(self, row: int) -> None:
        occ = self.agenda_model.occurrence(row)
        if occ is not None:
            self.open_occurrence(occ)

    def _agenda_menu(self, point: QPoint) -> None:
        occ = self.agenda_model.occurrence(self.agenda.indexAt(point).row())
        if occ is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("签到…"), lambda: self.open_attendance(occ))
        menu.addAction(self.tr("修改活动…"), lambda: self.open_occurrence(occ))
        if occ.recurring and not occ.cancelled:
            menu.addAction(self.tr("改期本场…"), lambda: self.move_occurrence(occ))
            menu.addAction(
                self.tr("取消本场"), lambda: self._write(lambda e: e.cancel_occurrence(occ.event_id, occ.original))
            )
        if occ.cancelled or occ.moved:
            menu.addAction(
                self.tr("恢复本场"), lambda: self._write(lambda e: e.restore_occurrence(occ.event_id, occ.original))
            )
        menu.exec(self.agenda.viewport().mapToGlobal(point))

    def move_occurrence(self, occ: OccurrenceView) -> None:
        """改期本场: one occurrence to another time; then the same 同步服务记录 question as a whole-event change."""
        from community_desk.ui.tabs.calendar.dialogs import offer_service_updates
        from community_desk.ui.tabs.calendar.move_dialog import MoveOccurrenceDialog

        dialog = MoveOccurrenceDialog(self.services.events, occ, parent=self)
        if dialog.exec():
            offer_service_updates(self, self.services.events, dialog.affected)
            self.reload_all()

    def _write(self, call: Callable[[EventService], object]) -> None:
        """One service call from a menu; a refusal is shown, never raised into Qt."""
        from community_desk.services.errors import UserError

        try:
            call(self.services.events)
        except UserError as error:
            QMessageBox.warning(self, self.tr("活动"), error.message)
        self.reload_all()

    def sign_in_selected(self) -> None:
        row = self.agenda.currentIndex().row()
        occ = self.agenda_model.occurrence(row) if row >= 0 else None
        if occ is None:
            day_occs = self.month_model.occurrences_on(self.selected)
            occ = day_occs[0] if day_occs else None
        if occ is None:
            self.status_changed.emit(self.tr("请先选择一场活动"))
            return
        self.open_attendance(occ)

    def open_attendance(self, occ: OccurrenceView) -> None:
        from community_desk.services.events_reads import resident_by_name
        from community_desk.ui.tabs.calendar.dialogs import AttendanceDialog

        events = self.services.events
        volunteers = [(v.id, v.name) for v in self.services.volunteers.volunteers()]
        dialog = AttendanceDialog(
            events, occ.event_id, occ.original, lambda name: resident_by_name(events, name), volunteers, parent=self
        )
        dialog.exec()
        self.reload_all()
