"""值班设置: the people who take shifts, their leave, the shift types and the year's 放假安排.

Four pages behind one panel so the roster tab shows a single 设置 page; every write emits `changed` (the roster
view recounts and re-checks) and a status line saying what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain.calendar import WEEKDAY_NAMES
from community_desk.domain.duty_days import (
    DAY_HOLIDAY,
    DAY_KINDS,
    SOURCE_LIBRARY,
    SOURCE_OVERRIDE,
    SOURCE_WEEKEND,
    WORKING_WEEKEND,
    DayOverride,
    DutyDay,
)
from community_desk.services.roster_dto import ShiftTypeView, StaffView, UnavailabilityView
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.roster.settings_dialogs import (
    OverrideDialog,
    OverrideRangeDialog,
    ShiftTypeDialog,
    StaffDialog,
    UnavailabilityDialog,
)

if TYPE_CHECKING:
    from community_desk.services.roster import RosterService


def _day_text(day: date) -> str:
    return f"{day:%Y-%m-%d} 周{WEEKDAY_NAMES[day.weekday()]}"


class _Section(QWidget):
    """A page with a button bar over one table; the panel hands it the service and forwards its signals."""

    changed = Signal()
    status_changed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: RosterService | None = None
        self.model = SimpleTableModel((), self)
        self.table: QTableView = table_view(self, name)
        self.table.setModel(self.model)
        self.bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        self.bar.addWidget(button)
        return button

    def current_key(self) -> object:
        index = self.table.currentIndex()
        return self.model.key(index.row()) if index.isValid() else None

    def yes_no(self, value: bool) -> str:
        return self.tr("是") if value else self.tr("否")

    def done(self, message: str) -> None:
        self.changed.emit()
        self.status_changed.emit(message)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("请确认"), question)
        return answer == QMessageBox.StandardButton.Yes

    def refresh(self) -> None:
        raise NotImplementedError


class StaffSection(_Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rosterStaffTable", parent)
        self.model.set_headers((self.tr("姓名"), self.tr("职务"), self.tr("电话"), self.tr("可带班"), self.tr("在岗"),
                                self.tr("备注")))
        self.new_button = self.add_button(self.tr("新增…"), self.new_staff)
        self.edit_button = self.add_button(self.tr("修改…"), self.edit_selected)
        self.bar.addStretch(1)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for column, width in enumerate((90, 90, 130, 60, 50)):
            self.table.setColumnWidth(column, width)

    def refresh(self) -> None:
        if self.service is None:
            return
        people = self.service.staff()
        self.model.set_rows([(p.name, p.role, p.phone, self.yes_no(p.can_lead), self.yes_no(p.active), p.notes)
                             for p in people], people)

    def new_staff(self) -> StaffDialog | None:
        if self.service is None:
            return None
        dialog = StaffDialog(self.service, self)
        if dialog.exec():
            self.done(self.tr("已新增值班人员 {0}").format(dialog.name.text().strip()))
        return dialog

    def edit_selected(self) -> None:
        person = self.current_key()
        if self.service is None or not isinstance(person, StaffView):
            return
        dialog = StaffDialog(self.service, self, person)
        if dialog.exec():
            self.done(self.tr("已修改值班人员 {0}").format(dialog.name.text().strip()))


class LeaveSection(_Section):
    """请假/培训 from January of last year to December of next: enough to plan ahead and to look back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rosterLeaveTable", parent)
        self.model.set_headers((self.tr("人员"), self.tr("开始"), self.tr("结束"), self.tr("原因"), self.tr("备注")))
        self.person = QComboBox(self)
        self.person.setMinimumContentsLength(8)
        self.bar.addWidget(QLabel(self.tr("人员"), self))
        self.bar.addWidget(self.person)
        self.new_button = self.add_button(self.tr("登记…"), self.new_leave)
        self.delete_button = self.add_button(self.tr("删除"), self.delete_selected)
        self.bar.addStretch(1)
        self.person.currentIndexChanged.connect(lambda _index: self._show_rows())
        for column, width in enumerate((90, 100, 100, 60)):
            self.table.setColumnWidth(column, width)
        self._people: list[StaffView] = []
        self._rows: list[UnavailabilityView] = []

    def refresh(self) -> None:
        if self.service is None:
            return
        year = date.today().year
        self._people = self.service.staff()
        self._rows = self.service.unavailability(date(year - 1, 1, 1), date(year + 1, 12, 31))
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("全部人员"), None)
        for person in self._people:
            self.person.addItem(person.name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self._show_rows()

    def _show_rows(self) -> None:
        chosen = self.person.currentData()
        rows = [r for r in self._rows if chosen is None or r.staff_id == chosen]
        self.model.set_rows([(r.staff_name, r.first.isoformat(), r.last.isoformat(), r.reason, r.notes) for r in rows],
                            rows)

    def new_leave(self) -> None:
        if self.service is None:
            return
        dialog = UnavailabilityDialog(self.service, self._people, self, self.person.currentData())
        if dialog.exec():
            self.done(self.tr("已登记 {0} {1}").format(dialog.person.currentText(), dialog.reason.currentText()))

    def delete_selected(self) -> None:
        row = self.current_key()
        if self.service is None or not isinstance(row, UnavailabilityView):
            return
        span = self.tr("{0} {1} {2} 至 {3}").format(row.staff_name, row.reason, row.first.isoformat(),
                                                   row.last.isoformat())
        if self.confirm(self.tr("删除这条登记吗？\n{0}").format(span)):
            self.service.delete_unavailability(row.id)
            self.done(self.tr("已删除 {0}").format(span))


class ShiftTypeSection(_Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rosterShiftTypeTable", parent)
        self.model.set_headers((self.tr("班次"), self.tr("时间"), self.tr("适用日"), self.tr("带班领导"),
                                self.tr("值班人员"), self.tr("夜班"), self.tr("启用")))
        self.new_button = self.add_button(self.tr("新增…"), lambda: self._edit(None))
        self.edit_button = self.add_button(self.tr("修改…"), self.edit_selected)
        self.bar.addStretch(1)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for column, width in enumerate((100, 130, 170, 70, 70, 50)):
            self.table.setColumnWidth(column, width)

    def refresh(self) -> None:
        if self.service is None:
            return
        types = self.service.shift_types()
        self.model.set_rows([(t.name, t.hours_label, "、".join(k for k in DAY_KINDS if k in t.day_kinds), t.leaders,
                              t.staff, self.yes_no(t.night), self.yes_no(t.active)) for t in types], types)

    def edit_selected(self) -> None:
        shift_type = self.current_key()
        if isinstance(shift_type, ShiftTypeView):
            self._edit(shift_type)

    def _edit(self, shift_type: ShiftTypeView | None) -> ShiftTypeDialog | None:
        if self.service is None:
            return None
        dialog = ShiftTypeDialog(self.service, self, shift_type)
        if dialog.exec():
            self.done(self.tr("已保存班次 {0}（新排的班次按新设置）").format(dialog.name.text().strip()))
        return dialog


class HolidaySection(_Section):
    """The year's days that are not ordinary — 法定节假日 and 调休上班 — as the generator will see them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rosterHolidayTable", parent)
        self.model.set_headers((self.tr("日期"), self.tr("日别"), self.tr("名称"), self.tr("来源")))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.bar.addWidget(self.year)
        self.new_button = self.add_button(self.tr("新增…"), self.new_day)
        self.range_button = self.add_button(self.tr("按日期段录入…"), self.new_range)
        self.edit_button = self.add_button(self.tr("修改…"), self.edit_selected)
        self.delete_button = self.add_button(self.tr("删除"), self.delete_selected)
        self.bar.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setObjectName("holidayHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a05a00; font-weight: bold;")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.hint)
        legend = self.tr("来源：库 = chinese-calendar 收录的放假安排；手工 = 在此录入（优先于库），删除只撤销手工录入")
        layout.addWidget(QLabel(legend, self))
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for column, width in enumerate((130, 70, 110)):
            self.table.setColumnWidth(column, width)

    def refresh(self) -> None:
        if self.service is None:
            return
        year = self.year.value()
        days = self.service.days(date(year, 1, 1), date(year, 12, 31))
        shown = [d for d in days if d.source == SOURCE_OVERRIDE or d.kind == DAY_HOLIDAY or d.name == WORKING_WEEKEND]
        self.model.set_rows([(_day_text(d.day), d.kind, d.name, self._source_label(d.source)) for d in shown],
                            shown)
        if any(d.source == SOURCE_LIBRARY for d in days):
            self.hint.hide()
            return
        notice = self.tr("chinese-calendar 尚无 {0} 年的放假安排，请按国务院办公厅通知逐日录入").format(year)
        if shown:
            notice += self.tr("（已手工录入 {0} 天，请核对是否齐全）").format(len(shown))
        self.hint.setText(notice)
        self.hint.show()

    def _source_label(self, source: str) -> str:
        labels = {SOURCE_LIBRARY: self.tr("库"), SOURCE_OVERRIDE: self.tr("手工"), SOURCE_WEEKEND: self.tr("周末推算")}
        return labels[source]

    def new_day(self) -> None:
        if self.service is not None:
            year = self.year.value()
            dialog = OverrideDialog(self.service, self, day=date(year, 1, 1) if year != date.today().year else None)
            if dialog.exec():
                self._show_year(dialog.override.day.year)
                self.done(self.tr("已设置 {0} 为{1}").format(_day_text(dialog.override.day), dialog.override.kind))

    def new_range(self) -> None:
        if self.service is None:
            return
        dialog = OverrideRangeDialog(self.service, self, self.year.value())
        if dialog.exec():
            self._show_year(dialog.days[0].year)
            self.done(self.tr("已录入 {0} 至 {1} 共 {2} 天").format(dialog.days[0].isoformat(),
                                                                dialog.days[-1].isoformat(), len(dialog.days)))

    def edit_selected(self) -> None:
        day = self.current_key()
        if self.service is None or not isinstance(day, DutyDay):
            return
        dialog = OverrideDialog(self.service, self, DayOverride(day.day, day.kind, day.name))
        if dialog.exec():
            self._show_year(dialog.override.day.year)
            self.done(self.tr("已设置 {0} 为{1}").format(_day_text(dialog.override.day), dialog.override.kind))

    def delete_selected(self) -> None:
        day = self.current_key()
        if self.service is None or not isinstance(day, DutyDay):
            return
        if day.source != SOURCE_OVERRIDE:
            self.status_changed.emit(self.tr("{0} 来自 chinese-calendar，不能删除；如需更正请「修改…」").format(
                _day_text(day.day)))
            return
        if self.confirm(self.tr("撤销 {0} 的手工设置（{1} {2}）吗？").format(_day_text(day.day), day.kind, day.name)):
            self.service.delete_override(day.day)
            self.done(self.tr("已撤销 {0} 的手工设置").format(_day_text(day.day)))

    def _show_year(self, year: int) -> None:
        """Jump to the year just edited; `done` then refreshes the table once."""
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)


class RosterSettingsPanel(QWidget):
    """人员 / 请假培训 / 班次设置 / 放假安排; loads only when the tab hands it a service."""

    changed = Signal()
    status_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = StaffSection(self)
        self.leave = LeaveSection(self)
        self.shift_types = ShiftTypeSection(self)
        self.holidays = HolidaySection(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("rosterSettingsPages")
        for section, title in ((self.staff, self.tr("人员")), (self.leave, self.tr("请假/培训")),
                               (self.shift_types, self.tr("班次设置")), (self.holidays, self.tr("放假安排"))):
            self.pages.addTab(section, title)
            section.changed.connect(self._after_write)
            section.status_changed.connect(self.status_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    @property
    def sections(self) -> tuple[_Section, ...]:
        return (self.staff, self.leave, self.shift_types, self.holidays)

    def load(self, service: RosterService) -> None:
        for section in self.sections:
            section.service = service
        self.refresh()

    def refresh(self) -> None:
        for section in self.sections:
            section.refresh()

    def _after_write(self) -> None:
        """A new person shows up in the leave page's list too, so every page reloads."""
        self.refresh()
        self.changed.emit()
