"""The event dialog (add/edit, one-off or weekly course) and the occurrence's 报名/签到 dialog."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

from community_desk.domain import calendar as rules
from community_desk.services.errors import UserError
from community_desk.services.events import EventService
from community_desk.services.events_dto import AffectedRecord, EventInput
from community_desk.ui.models.simple_table import ROW_KEY_ROLE, SimpleTableModel
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.date_edit import to_date, to_qdate


def _date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value))
    return edit


def _time_edit(parent: QWidget, value: time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class EventDialog(FormDialog):
    """新增/修改活动. After a save, `affected` holds service records whose times no longer match."""

    def __init__(
        self, service: EventService, day: date | None = None, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.event_id = service, event_id
        self.saved_id: int | None = event_id
        self.affected: list[AffectedRecord] = []
        self.setWindowTitle(self.tr("修改活动") if event_id else self.tr("新增活动"))
        form = QFormLayout()
        self.body.addLayout(form)
        self.name = QLineEdit(self)
        self.category = QComboBox(self)
        self.category.addItems(rules.CATEGORIES)
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(rules.ROOMS)
        self.day = _date_edit(self, day or date.today())
        self.start = _time_edit(self, time(9))
        self.end = _time_edit(self, time(10, 30))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        self.weekday_boxes = [QCheckBox(f"周{n}", self) for n in rules.WEEKDAY_NAMES]
        weekdays = QHBoxLayout()
        for box in self.weekday_boxes:
            weekdays.addWidget(box)
        self.repeat_until = _date_edit(self, (day or date.today()).replace(month=12, day=31))
        self.organiser = QLineEdit(self)
        self.audience = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 9999)
        self.capacity.setSpecialValueText(self.tr("不限"))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)
        self.press = QPlainTextEdit(self)
        self.press.setMaximumHeight(80)
        for label, widget in (
            (self.tr("名称"), self.name),
            (self.tr("类别"), self.category),
            (self.tr("地点"), self.place),
            (self.tr("日期"), self.day),
            (self.tr("时间"), times),
            (self.tr("每周重复"), weekdays),
            (self.tr("重复至"), self.repeat_until),
            (self.tr("组织者"), self.organiser),
            (self.tr("对象"), self.audience),
            (self.tr("名额"), self.capacity),
            (self.tr("备注"), self.notes),
            (self.tr("新闻稿"), self.press),
        ):
            form.addRow(label, widget)
        if event_id is not None:
            self._load(event_id)
        self.fit_width(520)

    def _load(self, event_id: int) -> None:
        detail = self.service.event(event_id)
        if detail is None:
            self.refuse(self.tr("该活动已不存在（可能已被删除）"))
            return
        d = detail.data
        self.name.setText(d.name)
        self.category.setCurrentText(d.category)
        self.place.setCurrentText(d.place)
        self.day.setDate(to_qdate(d.start.date()))
        self.start.setTime(QTime(d.start.hour, d.start.minute))
        self.end.setTime(QTime(d.end.hour, d.end.minute))
        for i, box in enumerate(self.weekday_boxes):
            box.setChecked(i in d.weekdays)
        if d.repeat_until:
            self.repeat_until.setDate(to_qdate(d.repeat_until))
        self.organiser.setText(d.organiser)
        self.audience.setText(d.audience)
        self.capacity.setValue(d.capacity or 0)
        self.notes.setPlainText(d.notes)
        self.press.setPlainText(d.press_text)

    def data(self) -> EventInput:
        day = to_date(self.day.date())
        weekdays = frozenset(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())
        return EventInput(
            name=self.name.text(),
            category=self.category.currentText(),
            place=self.place.currentText(),
            start=datetime.combine(day, _time(self.start)),
            end=datetime.combine(day, _time(self.end)),
            organiser=self.organiser.text(),
            audience=self.audience.text(),
            capacity=self.capacity.value() or None,
            notes=self.notes.toPlainText(),
            press_text=self.press.toPlainText(),
            weekdays=weekdays,
            repeat_until=to_date(self.repeat_until.date()) if weekdays else None,
        )

    def save(self) -> None:
        if self.event_id is None:
            self.saved_id = self.service.create_event(self.data())
        else:
            self.affected = self.service.update_event(self.event_id, self.data())

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "name": self.name,
            "category": self.category,
            "place": self.place,
            "end": self.end,
            "repeat_until": self.repeat_until,
            "capacity": self.capacity,
        }.get(field or "")


def offer_service_updates(parent: QWidget, service: EventService, affected: list[AffectedRecord]) -> None:
    """Changing an event's times asks before touching the volunteers' service records copied from them."""
    if not affected:
        return
    names = "、".join(sorted({a.name for a in affected}))
    answer = QMessageBox.question(
        parent,
        parent.tr("同步服务记录"),
        parent.tr("活动时间已改变。是否同时更新 {0} 条志愿服务记录（{1}）？").format(len(affected), names),
    )
    if answer == QMessageBox.StandardButton.Yes:
        service.update_service_records(affected)


class AttendanceDialog(FormDialog):
    """签到 for one occurrence: residents (by name from the registry, or typed) and volunteers."""

    def __init__(
        self,
        service: EventService,
        event_id: int,
        day: date,
        residents_finder=None,
        volunteers: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.event_id, self.day = service, event_id, day
        self._find = residents_finder
        detail = service.event(event_id)
        self.setWindowTitle(self.tr("签到 — {0} {1}").format(detail.data.name if detail else "", day.isoformat()))
        self.model = SimpleTableModel(
            [self.tr("姓名"), self.tr("身份"), self.tr("签到时间"), self.tr("服务记录")], self
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("居民姓名"))
        self.volunteer = QComboBox(self)
        self.volunteer.addItem(self.tr("（选择志愿者）"), None)
        for vid, name in volunteers or []:
            self.volunteer.addItem(name, vid)
        add_resident = QPushButton(self.tr("居民签到"), self)
        add_volunteer = QPushButton(self.tr("志愿者签到"), self)
        add_resident.clicked.connect(self.sign_in_resident)
        add_volunteer.clicked.connect(self.sign_in_volunteer)
        for widget in (self.person, add_resident, self.volunteer, add_volunteer):
            row.addWidget(widget)
        self.body.addLayout(row)
        self.save_button.setText(self.tr("关闭"))
        self.reload()
        self.fit_width(560)

    def reload(self) -> None:
        people = self.service.attendance(self.event_id, self.day)
        self.model.set_rows(
            [
                (
                    p.name,
                    "志愿者" if p.volunteer_id else "居民",
                    f"{p.at:%H:%M}",
                    "已记录" if p.service_record_id else "",
                )
                for p in people
            ],
            [p.id for p in people],
        )

    def _run(self, call) -> None:
        self.clear_error()
        try:
            call()
        except UserError as error:
            self.show_error(error.message)
            return
        self.reload()

    def sign_in_resident(self) -> None:
        name = self.person.text().strip()
        resident_id = self._find(name) if self._find and name else None
        self._run(lambda: self.service.sign_in(self.event_id, self.day, name, resident_id=resident_id))
        self.person.clear()

    def sign_in_volunteer(self) -> None:
        vid = self.volunteer.currentData()
        if vid is None:
            self.show_error(self.tr("请选择志愿者"))
            return
        self._run(lambda: self.service.sign_in(self.event_id, self.day, volunteer_id=vid))

    def selected_key(self) -> object:
        index = self.table.currentIndex()
        return index.data(ROW_KEY_ROLE) if index.isValid() else None

    def save(self) -> None:
        """Sign-ins are saved as they are made; 关闭 only closes."""
