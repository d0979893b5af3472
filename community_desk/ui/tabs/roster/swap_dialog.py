"""Dialogs that change who is on a shift: 调班 (代班/互换), 安排人员, 换人, and the shift's history.

Each is a FormDialog: one service call on 保存, and a refusal stays in the dialog next to the field at fault.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain.roster import ROLE_LEADER, ROLE_STAFF
from community_desk.services.errors import UserError
from community_desk.services.roster import RosterService
from community_desk.services.roster_dto import PersonOnDuty, RosterPeriod, ShiftView, StaffView, SwapInput
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.tabs.roster.models import shift_label


def _people_combo(parent: QWidget, people: tuple[PersonOnDuty, ...], chosen: PersonOnDuty | None) -> QComboBox:
    combo = QComboBox(parent)
    for person in people:
        combo.addItem(f"{person.name}（{person.role}）", person.assignment_id)
    if chosen is not None:
        combo.setCurrentIndex(max(0, combo.findData(chosen.assignment_id)))
    return combo


def _staff_combo(parent: QWidget, staff: list[StaffView]) -> QComboBox:
    combo = QComboBox(parent)
    for member in staff:
        combo.addItem(f"{member.name}（{member.role}）", member.id)
    return combo


class SwapDialog(FormDialog):
    """调班: 代班 (the colleague takes the shift) or 互换 (the two exchange shifts of the shown period)."""

    def __init__(
        self,
        service: RosterService,
        period: RosterPeriod,
        shift: ShiftView,
        person: PersonOnDuty | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.period, self.shift = service, period, shift
        self.swap_id: int | None = None
        self.setWindowTitle(self.tr("调班 — {0}").format(shift_label(shift.day, shift.name)))
        staff = service.staff(active_only=True)
        self.requester = _people_combo(self, shift.people, person)
        self.swap_kind = QButtonGroup(self)
        self.stand_in = QRadioButton(self.tr("代班（对方替本人值此班）"), self)
        self.exchange = QRadioButton(self.tr("互换（两人交换班次）"), self)
        self.stand_in.setChecked(True)
        kinds = QHBoxLayout()
        for button in (self.stand_in, self.exchange):
            self.swap_kind.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.colleague = QComboBox(self)
        self._staff = staff
        self.their_shift = QComboBox(self)
        self.approver = QComboBox(self)
        self.approver.setEditable(True)
        self.approver.addItems([m.name for m in staff if m.can_lead])
        self.requested_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.requested_at.setCalendarPopup(True)
        self.requested_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("如：家中有事、外出培训"))
        form = QFormLayout()
        form.addRow(self.tr("班次"), QLabel(f"{shift_label(shift.day, shift.name)}  {shift.hours_label}", self))
        form.addRow(self.tr("申请人"), self.requester)
        form.addRow(self.tr("方式"), kinds)
        form.addRow(self.tr("调班对象"), self.colleague)
        form.addRow(self.tr("换得班次"), self.their_shift)
        form.addRow(self.tr("批准人"), self.approver)
        form.addRow(self.tr("申请时间"), self.requested_at)
        form.addRow(self.tr("事由"), self.reason)
        self.body.addLayout(form)
        self.requester.currentIndexChanged.connect(self._fill_colleagues)
        self.colleague.currentIndexChanged.connect(self._fill_their_shifts)
        self.exchange.toggled.connect(self._fill_their_shifts)
        self._fill_colleagues()
        self.fit_width(460)

    def _requester_staff_id(self) -> int | None:
        aid = self.requester.currentData()
        return next((p.staff_id for p in self.shift.people if p.assignment_id == aid), None)

    def _fill_colleagues(self) -> None:
        """Active staff except the requester and anyone already on this shift (the service refuses them)."""
        on_shift = {p.staff_id for p in self.shift.people}
        self.colleague.blockSignals(True)
        self.colleague.clear()
        for member in self._staff:
            if member.id not in on_shift:
                self.colleague.addItem(f"{member.name}（{member.role}）", member.id)
        self.colleague.blockSignals(False)
        self._fill_their_shifts()

    def _fill_their_shifts(self) -> None:
        """For 互换: the colleague's shifts in the period on screen, except shifts the requester is already on."""
        self.their_shift.clear()
        self.their_shift.setEnabled(self.exchange.isChecked())
        if not self.exchange.isChecked():
            return
        colleague, me = self.colleague.currentData(), self._requester_staff_id()
        for shift in self.period.shifts:
            if shift.id == self.shift.id or any(p.staff_id == me for p in shift.people):
                continue
            for person in shift.people:
                if person.staff_id == colleague:
                    label = shift_label(shift.day, shift.name)
                    self.their_shift.addItem(f"{label}（{person.role}）", person.assignment_id)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "approved_by": self.approver,
            "with_staff_id": self.colleague,
            "with_assignment_id": self.their_shift,
        }.get(field or "")

    def save(self) -> None:
        if self.requester.currentData() is None:
            raise UserError(self.tr("该班次没有可调班的人员"))
        if self.colleague.currentData() is None:
            raise UserError(self.tr("请选择调班对象"), field="with_staff_id")
        their = None
        if self.exchange.isChecked():
            their = self.their_shift.currentData()
            if their is None:
                raise UserError(self.tr("互换需选择对方在本期的一个班次"), field="with_assignment_id")
        when: datetime = self.requested_at.dateTime().toPython()
        self.swap_id = self.service.swap(
            SwapInput(
                assignment_id=self.requester.currentData(),
                with_staff_id=self.colleague.currentData(),
                approved_by=self.approver.currentText(),
                reason=self.reason.text(),
                with_assignment_id=their,
                requested_at=when.replace(second=0, microsecond=0),
            )
        )


class AssignDialog(FormDialog):
    """安排人员: put a person on the shift by hand; a broken rule shows as a conflict afterwards, not a refusal."""

    def __init__(self, service: RosterService, shift: ShiftView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.shift = service, shift
        self.setWindowTitle(self.tr("安排人员 — {0}").format(shift_label(shift.day, shift.name)))
        on_shift = {p.staff_id for p in shift.people}
        self.person = _staff_combo(self, [m for m in service.staff(active_only=True) if m.id not in on_shift])
        self.role = QComboBox(self)
        self.role.addItems([ROLE_STAFF, ROLE_LEADER])
        if len(shift.leaders) < shift.needed_leaders:
            self.role.setCurrentText(ROLE_LEADER)
        form = QFormLayout()
        form.addRow(self.tr("人员"), self.person)
        form.addRow(self.tr("岗位"), self.role)
        self.body.addLayout(form)
        self.fit_width(360)

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.role if field == "role" else self.person

    def save(self) -> None:
        if self.person.currentData() is None:
            raise UserError(self.tr("没有可安排的在岗人员"))
        self.service.assign(self.shift.id, self.person.currentData(), self.role.currentText())


class ReplaceDialog(FormDialog):
    """换人: the chosen person leaves the shift and the replacement takes the same seat (带班领导 or 值班人员)."""

    def __init__(
        self, service: RosterService, shift: ShiftView, person: PersonOnDuty | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.shift = service, shift
        self.setWindowTitle(self.tr("换人 — {0}").format(shift_label(shift.day, shift.name)))
        on_shift = {p.staff_id for p in shift.people}
        self.current = _people_combo(self, shift.people, person)
        self.replacement = _staff_combo(self, [m for m in service.staff(active_only=True) if m.id not in on_shift])
        form = QFormLayout()
        form.addRow(self.tr("换下"), self.current)
        form.addRow(self.tr("换上"), self.replacement)
        self.body.addLayout(form)
        self.fit_width(360)

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.replacement

    def save(self) -> None:
        if self.current.currentData() is None or self.replacement.currentData() is None:
            raise UserError(self.tr("请选择换下和换上的人员"))
        self.service.move_assignment(self.current.currentData(), self.shift.id, self.replacement.currentData())


class HistoryDialog(QDialog):
    """Every assignment the shift ever had, ended ones included: who was put there, how, and by which 调班."""

    def __init__(self, service: RosterService, shift: ShiftView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("值班历史 — {0}").format(shift_label(shift.day, shift.name)))
        self.model = SimpleTableModel(
            [self.tr("姓名"), self.tr("岗位"), self.tr("来源"), self.tr("当前"), self.tr("时间"), self.tr("调班说明")],
            self,
        )
        self.model.set_rows(
            [
                (
                    row.name,
                    row.role,
                    row.source,
                    self.tr("是") if row.current else self.tr("已撤下"),
                    f"{row.created_at:%Y-%m-%d %H:%M}",
                    row.swap_summary,
                )
                for row in service.history(shift.id)
            ]
        )
        view = QTableView(self)
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(720, 320)
