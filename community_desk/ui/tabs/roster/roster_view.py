"""The 值班表 page: month/week navigation, the roster grid with drag-and-drop, and the conflicts, counts and
调班 lists under it. Every change is one service call followed by a reload of the period on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.errors import UserError
from community_desk.services.roster import RosterService
from community_desk.services.roster_dto import GenerateResult, PersonOnDuty, RosterPeriod, ShiftView
from community_desk.ui.background import run_in_background
from community_desk.ui.models.simple_table import ROW_KEY_ROLE, SimpleTableModel
from community_desk.ui.tabs.roster.log_dialog import DutyLogDialog
from community_desk.ui.tabs.roster.models import RosterTableModel, shift_label
from community_desk.ui.tabs.roster.period_display import (
    conflict_rows,
    count_rows,
    month_bounds,
    period_bounds,
    period_label,
    stepped_anchor,
    swap_rows,
)
from community_desk.ui.tabs.roster.roster_tables import RosterView, list_view
from community_desk.ui.tabs.roster.swap_dialog import AssignDialog, HistoryDialog, ReplaceDialog, SwapDialog


class RosterPage(QWidget):
    status_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: RosterService | None = None
        self.community = ""
        self.anchor = date.today()
        self.week_mode = False
        self.period: RosterPeriod | None = None
        self.generating = False
        self._build_toolbar()
        self.banner = QLabel(self)
        self.banner.setObjectName("rosterBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3e0; padding: 6px; border: 1px solid #ffb74d;")
        self.banner.hide()
        self.model = RosterTableModel(self)
        self.model.move_requested.connect(self.move_person, Qt.ConnectionType.QueuedConnection)
        self.view = RosterView(self.model, self)
        self.view.doubleClicked.connect(lambda index: self.open_log(self.model.shift_at(index)))
        self.view.customContextMenuRequested.connect(self._cell_menu)
        self.conflicts = SimpleTableModel(
            [self.tr("日期"), self.tr("班次"), self.tr("人员"), self.tr("类型"), self.tr("说明")], self
        )
        self.counts = SimpleTableModel(
            [
                self.tr("姓名"),
                self.tr("本期班次"),
                self.tr("本期夜班"),
                self.tr("本期节假日"),
                self.tr("本期周末"),
                self.tr("全年班次"),
                self.tr("全年夜班"),
                self.tr("全年节假日"),
            ],
            self,
        )
        self.swaps = SimpleTableModel(
            [
                self.tr("方式"),
                self.tr("申请人"),
                self.tr("调班对象"),
                self.tr("批准人"),
                self.tr("申请时间"),
                self.tr("内容"),
                self.tr("事由"),
            ],
            self,
        )
        self.conflict_view = list_view(self.conflicts, self)
        self.conflict_view.clicked.connect(self._select_conflict)
        self.bottom = QTabWidget(self)
        self.bottom.addTab(self.conflict_view, self.tr("冲突"))
        counts_view = list_view(self.counts, self)
        counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bottom.addTab(counts_view, self.tr("值班统计"))
        self.bottom.addTab(list_view(self.swaps, self), self.tr("调班记录"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 200])
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _build_toolbar(self) -> None:
        self.toolbar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ 上月"), self)
        self.current_button = QPushButton(self.tr("本月"), self)
        self.next_button = QPushButton(self.tr("下月 ▶"), self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.current_button.clicked.connect(self.go_today)
        self.picker = QDateEdit(self)
        self.picker.setDisplayFormat("yyyy年M月")
        self.picker.setCalendarPopup(True)
        self.picker.dateChanged.connect(self._picked)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.month_toggle = QToolButton(self)
        self.month_toggle.setText(self.tr("月"))
        self.week_toggle = QToolButton(self)
        self.week_toggle.setText(self.tr("周"))
        group = QButtonGroup(self)
        for button in (self.month_toggle, self.week_toggle):
            button.setCheckable(True)
            group.addButton(button)
        self.month_toggle.setChecked(True)
        self.week_toggle.toggled.connect(self.set_week_mode)
        self.generate_button = QPushButton(self.tr("生成本月值班表…"), self)
        self.holiday_button = QPushButton(self.tr("生成节假日值班…"), self)
        self.swap_button = QPushButton(self.tr("调班…"), self)
        self.log_button = QPushButton(self.tr("值班记录…"), self)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.generate_button.clicked.connect(self.generate_month)
        self.holiday_button.clicked.connect(self.generate_holiday)
        self.swap_button.clicked.connect(lambda: self.open_swap(self.selected_shift()))
        self.log_button.clicked.connect(lambda: self.open_log(self.selected_shift()))
        self.export_button.clicked.connect(lambda: self.export())
        for widget in (self.previous_button, self.current_button, self.next_button, self.picker, self.title):
            self.toolbar.addWidget(widget)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(self.month_toggle)
        self.toolbar.addWidget(self.week_toggle)
        self.toolbar.addStretch(1)
        for button in (
            self.generate_button,
            self.holiday_button,
            self.swap_button,
            self.log_button,
            self.export_button,
        ):
            self.toolbar.addWidget(button)

    # --- the period on screen -----------------------------------------------------------------------------------
    def load(self, service: RosterService, community: str) -> None:
        self.service, self.community = service, community
        self.refresh()

    def bounds(self) -> tuple[date, date]:
        return period_bounds(self.anchor, self.week_mode)

    def show_month(self, year: int, month: int) -> None:
        self.anchor = date(year, month, 1)
        self.refresh()

    def show_week(self, day: date) -> None:
        self.anchor = day
        self.week_toggle.setChecked(True)  # refreshes through set_week_mode when it was off
        self.refresh()

    def set_week_mode(self, on: bool) -> None:
        """The week shown is the one of the selected day, else the first week of the month on screen."""
        selected = self.model.day_at(self.view.currentIndex().row())
        if on and selected is not None:
            self.anchor = selected
        self.week_mode = on
        self.week_toggle.setChecked(on)
        self.month_toggle.setChecked(not on)
        unit = self.tr("周") if on else self.tr("月")
        self.previous_button.setText(self.tr("◀ 上{0}").format(unit))
        self.current_button.setText(self.tr("本{0}").format(unit))
        self.next_button.setText(self.tr("下{0} ▶").format(unit))
        self.refresh()

    def step(self, direction: int) -> None:
        self.anchor = stepped_anchor(self.anchor, self.week_mode, direction)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.refresh()

    def _picked(self, value: QDate) -> None:
        if (value.year(), value.month()) != (self.anchor.year, self.anchor.month):
            self.anchor = date(value.year(), value.month(), 1)
            self.refresh()

    def refresh(self) -> None:
        """One reader call for the period on screen; keeps the selected cell where it was."""
        if self.service is None:
            return
        first, last = self.bounds()
        kept = self.view.currentIndex()
        self.period = self.service.period(first, last)
        self.model.set_period(self.period)
        if kept.isValid() and kept.row() < self.model.rowCount() and kept.column() < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(kept.row(), kept.column()))
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(self.anchor.year, self.anchor.month, 1))
        self.picker.blockSignals(False)
        self.title.setText(period_label(first, last))
        self.generate_button.setText(self.tr("生成{0}月值班表…").format(self.anchor.month))
        self._fill_lists(self.period)
        missing = self.period.years_without_schedule
        self.banner.setVisible(bool(missing))
        self.banner.setText(self.missing_years_text(missing))
        people = sum(len(s.people) for s in self.period.shifts)
        text = self.tr("{0}：{1}个班次，{2}人次，冲突{3}处").format(
            period_label(first, last), len(self.period.shifts), people, len(self.period.conflicts)
        )
        self.status.setText(text)
        self.status_changed.emit(text)

    def _fill_lists(self, period: RosterPeriod) -> None:
        self.conflicts.set_rows(conflict_rows(period.conflicts), [c.shift_id for c in period.conflicts])
        self.bottom.setTabText(0, self.tr("冲突（{0}）").format(len(period.conflicts)))
        self.counts.set_rows(count_rows(period.counts), [c.staff_id for c in period.counts])
        assert self.service is not None
        swaps = self.service.swaps(period.first, period.last)
        self.swaps.set_rows(swap_rows(swaps), [s.id for s in swaps])

    def missing_years_text(self, years: tuple[int, ...]) -> str:
        return self.tr("{0}年的法定节假日安排尚未录入，已按普通周末处理，请在「人员与班次 → 放假安排」中录入").format(
            "、".join(str(y) for y in years)
        )

    def selected_shift(self) -> ShiftView | None:
        return self.model.shift_at(self.view.currentIndex())

    def _select_conflict(self, index: QModelIndex) -> None:
        shift_id = self.conflicts.data(self.conflicts.index(index.row(), 0), ROW_KEY_ROLE)
        target = self.model.index_of_shift(shift_id) if shift_id is not None else QModelIndex()
        if target.isValid():
            self.view.setCurrentIndex(target)
            self.view.scrollTo(target)

    # --- generating ---------------------------------------------------------------------------------------------
    def generate_month(self) -> None:
        first, last = month_bounds(self.anchor)
        self.generate(first, last, period_label(first, last))

    def generate_holiday(self) -> None:
        assert self.service is not None
        year = self.anchor.year
        periods = self.service.holiday_periods(year)
        if not periods:
            QMessageBox.information(self, self.tr("生成节假日值班"), self.tr("{0}年没有法定节假日安排").format(year))
            return
        labels = [f"{name}（{a.month}月{a.day}日–{b.month}月{b.day}日）" for name, a, b in periods]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("生成节假日值班"), self.tr("{0}年的节假日：").format(year), labels, 0, False
        )
        if ok and chosen in labels:
            name, first, last = periods[labels.index(chosen)]
            self.generate(first, last, name)

    def generate(self, first: date, last: date, label: str) -> None:
        """Confirms before replanning days that already have shifts, then plans in the background."""
        service = self.service
        assert service is not None
        if self.generating:
            return
        if service.shifts_between(first, last):
            answer = QMessageBox.question(
                self,
                self.tr("生成值班表"),
                self.tr(
                    "{0}已有值班表。重新生成将重排其余日子；有值班记录、调班或手工调整的日子保持不变。是否继续？"
                ).format(label),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.generating = True

        def failed(error: BaseException) -> None:
            self.generating = False
            QMessageBox.warning(self, self.tr("生成值班表"), str(error))

        run_in_background(
            self,
            lambda _progress: service.generate(first, last),
            on_success=lambda result: self._generated(result, label),
            on_failure=failed,
            title=self.tr("正在生成值班表…"),
        )

    def _generated(self, result: GenerateResult, label: str) -> None:
        self.generating = False
        self.refresh()
        lines = [
            self.tr("{0}值班表已生成：{1}个班次，{2}人次，缺{3}人次。").format(
                label, result.shifts, result.assignments, result.unfilled
            )
        ]
        if result.kept_days:
            days = "、".join(f"{d.month}月{d.day}日" for d in result.kept_days)
            lines.append(self.tr("保留未动的日子（有值班记录、调班或手工调整）：{0}").format(days))
        if result.unfilled:
            lines.append(self.tr("缺人的班次已列在「冲突」中，请手工安排。"))
        if result.years_without_schedule:
            lines.append(self.missing_years_text(result.years_without_schedule))
        QMessageBox.information(self, self.tr("生成值班表"), "\n\n".join(lines))

    # --- changes to a shift -------------------------------------------------------------------------------------
    def _call(self, title: str, action: object) -> bool:
        """Runs one service call; a refusal is shown, never raised."""
        try:
            action()  # type: ignore[operator]
        except UserError as error:
            QMessageBox.warning(self, title, str(error))
            self.refresh()
            return False
        self.refresh()
        return True

    def move_person(self, assignment_id: int, to_shift_id: int) -> None:
        service = self.service
        assert service is not None
        self._call(self.tr("调整值班"), lambda: service.move_assignment(assignment_id, to_shift_id))

    def remove_person(self, shift: ShiftView, person: PersonOnDuty) -> None:
        service = self.service
        assert service is not None
        answer = QMessageBox.question(
            self,
            self.tr("撤下"),
            self.tr("将 {0} 从 {1} 撤下？").format(person.name, shift_label(shift.day, shift.name)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._call(self.tr("撤下"), lambda: service.remove_assignment(person.assignment_id))

    def open_swap(self, shift: ShiftView | None, person: PersonOnDuty | None = None) -> SwapDialog | None:
        if shift is None or not shift.people or self.service is None or self.period is None:
            QMessageBox.information(self, self.tr("调班"), self.tr("请先在值班表中选中一个已排人员的班次"))
            return None
        dialog = SwapDialog(self.service, self.period, shift, person, self)
        if dialog.exec():
            self.refresh()
        return dialog

    def open_log(self, shift: ShiftView | None) -> None:
        if shift is None or self.service is None:
            QMessageBox.information(self, self.tr("值班记录"), self.tr("请先在值班表中选中一个班次"))
            return
        DutyLogDialog(self.service, shift.id, self.community, self).exec()
        self.refresh()

    def _remover(self, shift: ShiftView, person: PersonOnDuty) -> Callable[[], None]:
        """A slot per person: a lambda with a default argument would receive QAction.triggered's `checked`."""
        return lambda: self.remove_person(shift, person)

    def _run_dialog(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.refresh()

    def _cell_menu(self, pos: QPoint) -> None:
        shift = self.model.shift_at(self.view.indexAt(pos))
        if shift is not None and self.service is not None:
            self.cell_menu(shift).exec(self.view.viewport().mapToGlobal(pos))

    def cell_menu(self, shift: ShiftView) -> QMenu:
        """The right-click menu of a shift cell; 撤下 lists the people so the clerk picks who leaves."""
        service = self.service
        assert service is not None
        menu = QMenu(self)
        menu.addAction(self.tr("安排人员…"), lambda: self._run_dialog(AssignDialog(service, shift, self)))
        if shift.people:
            menu.addAction(self.tr("换人…"), lambda: self._run_dialog(ReplaceDialog(service, shift, None, self)))
            remove = menu.addMenu(self.tr("撤下…"))
            for person in shift.people:
                remove.addAction(person.name, self._remover(shift, person))
            menu.addAction(self.tr("调班…"), lambda: self.open_swap(shift))
        menu.addSeparator()
        menu.addAction(self.tr("值班记录…"), lambda: self.open_log(shift))
        menu.addAction(self.tr("查看历史"), lambda: HistoryDialog(service, shift, self).exec())
        return menu

    # --- export -------------------------------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> None:
        """PDF or Excel of the period on screen, written in the background; `path` skips the file dialog."""
        service = self.service
        if service is None:
            return
        first, last = self.bounds()
        if path is None:
            pdf, xlsx = self.tr("PDF 文件 (*.pdf)"), self.tr("Excel 工作簿 (*.xlsx)")
            name = Path.home() / f"值班表_{period_label(first, last)}.pdf"
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("导出值班表"), str(name), f"{pdf};;{xlsx}"
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() not in (".pdf", ".xlsx"):
                path = path.with_suffix(".xlsx" if chosen_filter == xlsx else ".pdf")
        target, community = path, self.community
        run_in_background(
            self,
            lambda _progress: service.export_roster(first, last, target, community),
            on_success=lambda _count: self.status_changed.emit(self.tr("已导出值班表：{0}").format(target)),
            on_failure=lambda error: QMessageBox.warning(self, self.tr("导出值班表"), str(error)),
        )
