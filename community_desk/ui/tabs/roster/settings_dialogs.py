"""The edit dialogs of the 值班设置 page: a person, a leave, a shift type, one 放假安排 day and a run of days.

Each is a FormDialog: one service call on 保存, a refusal shown in red without closing, so nothing half-typed is lost.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from community_desk.domain.duty_days import DAY_HOLIDAY, DAY_KINDS, DAY_WORKDAY, WORKING_WEEKEND, DayOverride
from community_desk.domain.roster import LEADING_ROLES, STAFF_ROLES
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import ShiftTypeInput, ShiftTypeView, StaffInput, StaffView
from community_desk.services.roster_settings import UNAVAILABILITY_REASONS
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit

if TYPE_CHECKING:
    from community_desk.services.roster import RosterService

MAX_RANGE_DAYS = 366  # a 放假安排 run longer than a year is a typo in the year field


def time_of(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def time_edit(parent: QWidget, value: time) -> QTimeEdit:
    """HH:mm only: shifts and log entries are kept to the minute."""
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def _combo(parent: QWidget, items: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems(list(items))
    combo.setCurrentText(current)
    return combo


class StaffDialog(FormDialog):
    """新增/修改值班人员. Choosing a role ticks 可带班 for 书记/主任 and their deputies; the clerk may untick it."""

    def __init__(self, service: RosterService, parent: QWidget | None = None, staff: StaffView | None = None) -> None:
        super().__init__(parent)
        self._service, self._staff = service, staff
        self.staff_id: int | None = staff.id if staff else None
        self.setWindowTitle(self.tr("修改值班人员") if staff else self.tr("新增值班人员"))
        self.name = QLineEdit(staff.name if staff else "", self)
        self.role = _combo(self, STAFF_ROLES, staff.role if staff else "社区工作者")
        self.phone = QLineEdit(staff.phone if staff else "", self)
        self.can_lead = QCheckBox(self.tr("可担任带班领导"), self)
        self.can_lead.setChecked(staff.can_lead if staff else self.role.currentText() in LEADING_ROLES)
        self.active = QCheckBox(self.tr("在岗（参加排班）"), self)
        self.active.setChecked(staff.active if staff else True)
        self.notes = QLineEdit(staff.notes if staff else "", self)
        form = QFormLayout()
        for label, widget in ((self.tr("姓名"), self.name), (self.tr("职务"), self.role), (self.tr("电话"), self.phone),
                              ("", self.can_lead), ("", self.active), (self.tr("备注"), self.notes)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.role.currentTextChanged.connect(lambda role: self.can_lead.setChecked(role in LEADING_ROLES))
        self.fit_width(360)

    def save(self) -> None:
        data = StaffInput(self.name.text(), self.role.currentText(), self.phone.text(), self.can_lead.isChecked(),
                          self.active.isChecked(), self.notes.text())
        if self.staff_id is None:
            self.staff_id = self._service.add_staff(data)
        else:
            self._service.update_staff(self.staff_id, data)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"name": self.name, "role": self.role, "phone": self.phone}.get(field or "")


class UnavailabilityDialog(FormDialog):
    """登记请假/培训: the generator gives the person no shift that starts on these days."""

    def __init__(
        self, service: RosterService, people: list[StaffView], parent: QWidget | None = None,
        staff_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("登记请假/培训"))
        self.person = QComboBox(self)
        for person in people:
            label = person.name if person.active else self.tr("{0}（不在岗）").format(person.name)
            self.person.addItem(label, person.id)
        if staff_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(staff_id)))
        self.first = required_date_edit(self, not_after_today=False)
        self.last = required_date_edit(self, not_after_today=False)
        self.first.dateChanged.connect(lambda day: self.last.setDate(max(day, self.last.date())))
        self.reason = _combo(self, UNAVAILABILITY_REASONS, UNAVAILABILITY_REASONS[0])
        self.notes = QLineEdit(self)
        form = QFormLayout()
        for label, widget in ((self.tr("人员"), self.person), (self.tr("开始"), self.first),
                              (self.tr("结束"), self.last), (self.tr("原因"), self.reason),
                              (self.tr("备注"), self.notes)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.fit_width(340)

    def save(self) -> None:
        if self.person.currentIndex() < 0:
            raise UserError(self.tr("请先在「人员」中新增值班人员"), field="staff")
        self.unavailability_id = self._service.add_unavailability(
            int(self.person.currentData()), date_of(self.first), date_of(self.last), self.reason.currentText(),
            self.notes.text(),
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"staff": self.person, "last": self.last, "reason": self.reason}.get(field or "")


class ShiftTypeDialog(FormDialog):
    """新增/修改班次. An end not after the start means the next morning, which the 次日 hint makes visible."""

    def __init__(
        self, service: RosterService, parent: QWidget | None = None, shift_type: ShiftTypeView | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.shift_type_id: int | None = shift_type.id if shift_type else None
        self.setWindowTitle(self.tr("修改班次") if shift_type else self.tr("新增班次"))
        self.name = QLineEdit(shift_type.name if shift_type else "", self)
        self.start = time_edit(self, shift_type.start if shift_type else time(8, 30))
        self.end = time_edit(self, shift_type.end if shift_type else time(17, 30))
        self.next_day = QLabel(self.tr("次日"), self)
        self.next_day.setObjectName("nextDayHint")
        self.next_day.setStyleSheet("color: #a05a00; font-weight: bold;")
        hours = QHBoxLayout()
        for widget in (self.start, QLabel("–", self), self.next_day, self.end):
            hours.addWidget(widget)
        hours.addStretch(1)
        kinds = shift_type.day_kinds if shift_type else frozenset({DAY_WORKDAY})
        self.day_kinds = {kind: QCheckBox(kind, self) for kind in DAY_KINDS}
        days_row = QHBoxLayout()
        for kind, box in self.day_kinds.items():
            box.setChecked(kind in kinds)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.leaders = QSpinBox(self)
        self.leaders.setRange(0, 3)
        self.leaders.setValue(shift_type.leaders if shift_type else 1)
        self.staff = QSpinBox(self)
        self.staff.setRange(0, 5)
        self.staff.setValue(shift_type.staff if shift_type else 1)
        self.night = QCheckBox(self.tr("夜班（排班时单独均衡夜班次数）"), self)
        self.night.setChecked(shift_type.night if shift_type else False)
        self.active = QCheckBox(self.tr("启用"), self)
        self.active.setChecked(shift_type.active if shift_type else True)
        form = QFormLayout()
        for label, widget in ((self.tr("名称"), self.name), (self.tr("时间"), hours), (self.tr("适用日"), days_row),
                              (self.tr("带班领导（人）"), self.leaders), (self.tr("值班人员（人）"), self.staff),
                              ("", self.night), ("", self.active)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("结束时间不晚于开始时间即为次日结束；修改时间不影响已排好的班次。"), self))
        self.start.timeChanged.connect(self._show_next_day)
        self.end.timeChanged.connect(self._show_next_day)
        self._show_next_day()
        self.fit_width(420)

    def _show_next_day(self) -> None:
        self.next_day.setVisible(self.end.time() <= self.start.time())

    def save(self) -> None:
        data = ShiftTypeInput(
            self.name.text(), time_of(self.start), time_of(self.end),
            frozenset(kind for kind, box in self.day_kinds.items() if box.isChecked()),
            self.leaders.value(), self.staff.value(), self.night.isChecked(), self.active.isChecked(),
        )
        self.shift_type_id = self._service.save_shift_type(self.shift_type_id, data)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"name": self.name, "day_kinds": self.day_kinds[DAY_WORKDAY], "staff": self.staff}.get(field or "")


def _kind_and_name(parent: QWidget, kind: str, name: str) -> tuple[QComboBox, QComboBox]:
    """日别 plus an editable 名称 offering the usual names; picking 工作日 suggests 调休上班."""
    kinds = _combo(parent, DAY_KINDS, kind)
    names = QComboBox(parent)
    names.setEditable(True)
    names.addItems(["", "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", WORKING_WEEKEND])
    names.setEditText(name)

    def suggest(chosen: str) -> None:
        if chosen == DAY_WORKDAY and not names.currentText():
            names.setEditText(WORKING_WEEKEND)
        elif chosen != DAY_WORKDAY and names.currentText() == WORKING_WEEKEND:
            names.setEditText("")

    kinds.currentTextChanged.connect(suggest)
    return kinds, names


class OverrideDialog(FormDialog):
    """One day of the 放假安排 as the clerk reads it in the 国务院办公厅 notice; it wins over the library."""

    def __init__(
        self, service: RosterService, parent: QWidget | None = None, override: DayOverride | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("放假安排（单日）"))
        self.day = required_date_edit(self, override.day if override else day, not_after_today=False)
        self.kind, self.name = _kind_and_name(self, override.kind if override else DAY_HOLIDAY,
                                              override.name if override else "")
        form = QFormLayout()
        for label, widget in ((self.tr("日期"), self.day), (self.tr("日别"), self.kind), (self.tr("名称"), self.name)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.fit_width(320)

    def save(self) -> None:
        self.override = DayOverride(date_of(self.day), self.kind.currentText(), self.name.currentText())
        self._service.set_override(self.override)

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.kind if field == "kind" else None


class OverrideRangeDialog(FormDialog):
    """按日期段录入: a whole 假期 (e.g. 10月1日–7日 节假日 国庆节) in one go instead of seven single days."""

    def __init__(self, service: RosterService, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("按日期段录入放假安排"))
        start = date(year, 1, 1) if year and year != date.today().year else date.today()
        self.first = required_date_edit(self, start, not_after_today=False)
        self.last = required_date_edit(self, start, not_after_today=False)
        self.first.dateChanged.connect(lambda day: self.last.setDate(max(day, self.last.date())))
        self.kind, self.name = _kind_and_name(self, DAY_HOLIDAY, "")
        form = QFormLayout()
        for label, widget in ((self.tr("开始"), self.first), (self.tr("结束"), self.last), (self.tr("日别"), self.kind),
                              (self.tr("名称"), self.name)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("调休上班的周末请单独录入为「工作日」。"), self))
        self.fit_width(340)

    def save(self) -> None:
        first, last = date_of(self.first), date_of(self.last)
        if last < first:
            raise UserError(self.tr("结束日期不能早于开始日期"), field="last")
        if (last - first).days >= MAX_RANGE_DAYS:
            raise UserError(self.tr("一次最多录入 {0} 天").format(MAX_RANGE_DAYS), field="last")
        kind, name = self.kind.currentText(), self.name.currentText()
        self.days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        self._service.set_overrides([DayOverride(day, kind, name) for day in self.days])

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"last": self.last, "kind": self.kind}.get(field or "")
