"""The parts of a case the clerk fills in (基本信息, 当事人, 调解员), shared by the 受理 and case dialogs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import codes
from community_desk.domain import mediation as rules
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import CaseInput, MediatorView, PartyInput
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.widgets import ResidentNameEdit, date_edit, text_edit
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import to_date, to_qdate

if TYPE_CHECKING:
    from community_desk.services.mediation import MediationService


class CaseForm(QWidget):
    """基本信息: everything of a case but its parties, mediators and what happened later."""

    def __init__(self, parent: QWidget | None = None, values: CaseInput | None = None) -> None:
        super().__init__(parent)
        self.accepted_on = date_edit(self)
        self.accepted_on.setMaximumDate(QDate.currentDate())
        self.source = CodeComboBox(rules.CASE_SOURCES, self, editable=False)
        self.dispute_type = CodeComboBox(rules.DISPUTE_TYPES, self, editable=False)
        self.subtype = QComboBox(self)
        self.subtype.setEditable(True)
        self.subtype.addItems(["", *rules.SUBTYPE_TYPES])
        self.summary = text_edit(self, lines=4)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("元，可保留两位小数"))
        self.prevented_cases = QSpinBox(self)
        self.prevented_people = QSpinBox(self)
        for spin in (self.prevented_cases, self.prevented_people):
            spin.setRange(0, 9999)
        self.prevented_petition = QCheckBox(self.tr("防止群体性上访"), self)
        self.level = CodeComboBox(rules.ESCALATION_LEVELS, self, editable=False)
        self.joint_notes = text_edit(self, lines=2)
        self.retention = CodeComboBox(rules.RETENTION_PERIODS, self, editable=False)
        prevented = QHBoxLayout()
        for widget in (
            self.prevented_cases,
            QLabel(self.tr("件"), self),
            self.prevented_people,
            QLabel(self.tr("人"), self),
            self.prevented_petition,
        ):
            prevented.addWidget(widget)
        prevented.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("受理日期"), self.accepted_on)
        self.form.addRow(self.tr("案件来源"), self.source)
        self.form.addRow(self.tr("纠纷类型"), self.dispute_type)
        self.form.addRow(self.tr("细类"), self.subtype)
        self.form.addRow(self.tr("纠纷简要情况"), self.summary)
        self.form.addRow(self.tr("涉及金额（元）"), self.amount)
        self.form.addRow(self.tr("防止民间纠纷激化"), prevented)
        self.form.addRow(self.tr("调处层级"), self.level)
        self.form.addRow(self.tr("联席会议"), self.joint_notes)
        self.form.addRow(self.tr("保管期限"), self.retention)
        self.subtype.currentTextChanged.connect(self._suggest_type)
        self.set_values(values or CaseInput(date.today(), rules.CASE_SOURCES.codes()[0], "", ""))

    def _suggest_type(self, subtype: str) -> None:
        suggested = rules.SUBTYPE_TYPES.get(subtype.strip())
        if suggested:
            self.dispute_type.set_code(suggested)

    def set_values(self, values: CaseInput) -> None:
        self.accepted_on.setDate(to_qdate(values.accepted_on))
        self.source.set_code(values.source)
        self.dispute_type.set_code(values.dispute_type or None)
        self.subtype.setCurrentText(values.subtype)
        self.summary.setPlainText(values.summary)
        amount = Decimal(values.amount or 0)
        self.amount.setText(f"{amount:.2f}" if amount else "")
        self.prevented_cases.setValue(values.prevented_cases)
        self.prevented_people.setValue(values.prevented_people)
        self.prevented_petition.setChecked(values.prevented_petition)
        self.level.set_code(values.escalation_level)
        self.joint_notes.setPlainText(values.joint_meeting_notes)
        self.retention.set_code(values.retention)

    def values(self) -> CaseInput:
        return CaseInput(
            accepted_on=to_date(self.accepted_on.date()),
            source=self.source.code(),
            dispute_type=self.dispute_type.code(),
            summary=self.summary.toPlainText(),
            subtype=self.subtype.currentText(),
            amount=self.amount.text().strip(),
            prevented_cases=self.prevented_cases.value(),
            prevented_people=self.prevented_people.value(),
            prevented_petition=self.prevented_petition.isChecked(),
            escalation_level=self.level.code(),
            joint_meeting_notes=self.joint_notes.toPlainText(),
            retention=self.retention.code(),
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "source": self.source,
            "dispute_type": self.dispute_type,
            "summary": self.summary,
            "amount": self.amount,
            "prevented_cases": self.prevented_cases,
            "accepted_on": self.accepted_on,
            "escalation_level": self.level,
        }.get(field or "")


class PartyDialog(FormDialog):
    """One 当事人: pick a resident to prefill from the registry, or type a person who does not live here."""

    def __init__(self, service: MediationService, party: PartyInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("当事人（{0}）").format(party.role))
        self.party = party
        self.name = ResidentNameEdit(service, self)
        self.linked = QLabel(self)
        self.linked.setStyleSheet("color: #2e7d32;")
        self.gender = CodeComboBox([c for c in codes.GENDERS if c.code in ("1", "2")], self, blank=True, editable=False)
        self.age = QSpinBox(self)
        self.age.setRange(0, 130)
        self.age.setSpecialValueText(self.tr("未填"))
        self.id_number = QLineEdit(self)
        self.ethnicity = CodeComboBox(codes.ETHNICITIES, self, blank=True)
        self.occupation = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow("", self.linked)
        form.addRow(self.tr("性别"), self.gender)
        form.addRow(self.tr("年龄"), self.age)
        form.addRow(self.tr("身份证号"), self.id_number)
        form.addRow(self.tr("民族"), self.ethnicity)
        form.addRow(self.tr("职业"), self.occupation)
        form.addRow(self.tr("住址"), self.address)
        form.addRow(self.tr("电话"), self.phone)
        self.body.addLayout(form)
        self.name.picked.connect(self._picked)
        self._fill(party)
        self.fit_width(480)

    def _fill(self, party: PartyInput) -> None:
        self.name.setText(party.name)
        self.name.resident_id = party.resident_id
        self.gender.set_code(party.gender or None)
        self.age.setValue(party.age or 0)
        self.id_number.setText(party.id_number)
        self.ethnicity.set_code(party.ethnicity or None)
        self.occupation.setText(party.occupation)
        self.address.setText(party.address)
        self.phone.setText(party.phone)
        self._show_link()

    def _show_link(self) -> None:
        self.linked.setText(self.tr("已关联本社区居民，信息取自居民档案") if self.name.resident_id else "")

    def _picked(self, resident) -> None:
        if resident is not None:
            prefilled = self._service.party_from_resident(resident.id, self.party.role)
            if prefilled is not None:
                self._fill(prefilled)
        self._show_link()

    def save(self) -> None:
        """Collected, not written: the case dialog saves all parties in one action."""
        self.party = replace(
            self.party,
            name=self.name.name(),
            resident_id=self.name.resident_id,
            gender=self.gender.code(),
            age=self.age.value() or None,
            id_number=self.id_number.text().strip(),
            ethnicity=self.ethnicity.code(),
            occupation=self.occupation.text().strip(),
            address=self.address.text().strip(),
            phone=self.phone.text().strip(),
        )
        if not self.party.name:
            raise UserError(self.tr("请填写姓名"), field="name")

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.name if field == "name" else None


class PartiesEditor(QWidget):
    """The list of 申请人/被申请人 with 添加/修改/删除; nothing is written until the owner saves `parties`."""

    def __init__(self, service: MediationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.parties: list[PartyInput] = []
        self.model = SimpleTableModel(
            [
                self.tr("类别"),
                self.tr("姓名"),
                self.tr("性别"),
                self.tr("年龄"),
                self.tr("电话"),
                self.tr("住址"),
                self.tr("居民档案"),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("partiesTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_applicant = QPushButton(self.tr("添加申请人…"), self)
        self.add_respondent = QPushButton(self.tr("添加被申请人…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.remove_button = QPushButton(self.tr("移除"), self)
        buttons = QHBoxLayout()
        for button in (self.add_applicant, self.add_respondent, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_applicant.clicked.connect(lambda: self.add("申请人"))
        self.add_respondent.clicked.connect(lambda: self.add("被申请人"))
        self.edit_button.clicked.connect(self.edit)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.remove_button.clicked.connect(self.remove)

    def set_parties(self, parties: list[PartyInput]) -> None:
        self.parties = list(parties)
        self.model.set_rows(
            [
                (
                    p.role,
                    p.name,
                    codes.GENDERS.name_of(p.gender),
                    p.age or "",
                    p.phone,
                    p.address,
                    self.tr("已关联") if p.resident_id else "",
                )
                for p in self.parties
            ]
        )

    def add(self, role: str) -> PartyInput | None:
        dialog = PartyDialog(self._service, PartyInput(role), self)
        if dialog.exec():
            self.set_parties([*self.parties, dialog.party])
            return dialog.party
        return None

    def _row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def edit(self) -> None:
        row = self._row()
        if 0 <= row < len(self.parties):
            dialog = PartyDialog(self._service, self.parties[row], self)
            if dialog.exec():
                self.set_parties([dialog.party if i == row else p for i, p in enumerate(self.parties)])

    def remove(self) -> None:
        row = self._row()
        if 0 <= row < len(self.parties):
            self.set_parties([p for i, p in enumerate(self.parties) if i != row])


class MediatorChecklist(QListView):
    """Tick 1–3 mediators; retired ones show only when the case already names them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediatorChecklist")
        self.items = QStandardItemModel(self)
        self.setModel(self.items)

    def set_mediators(self, mediators: list[MediatorView], chosen: list[int]) -> None:
        self.items.clear()
        for mediator in mediators:
            if not mediator.active and mediator.id not in chosen:
                continue
            item = QStandardItem(f"{mediator.name}（{mediator.kind}）")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(mediator.id, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if mediator.id in chosen else Qt.CheckState.Unchecked)
            self.items.appendRow(item)

    def chosen(self) -> list[int]:
        return [
            self.items.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.items.rowCount())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def check(self, mediator_id: int) -> None:
        for row in range(self.items.rowCount()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == mediator_id:
                self.items.item(row).setCheckState(Qt.CheckState.Checked)
