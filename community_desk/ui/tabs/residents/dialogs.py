"""Registry dialogs: new/edit household here; members, tags and dated changes in their own modules.

Each dialog makes exactly one service call on 保存; a refusal keeps it open with the reason shown inline.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from community_desk.domain import codes
from community_desk.services.dto import HouseholdInput
from community_desk.services.errors import UserError
from community_desk.ui.tabs.residents.address_fields import AddressFields
from community_desk.ui.tabs.residents.event_dialog import EVENT_KINDS, EventDialog
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit
from community_desk.ui.tabs.residents.member_dialog import MemberDialog
from community_desk.ui.tabs.residents.member_form import MemberForm
from community_desk.ui.tabs.residents.tag_dialog import EndTagDialog, TagDialog
from community_desk.ui.widgets.code_combo import CodeComboBox

if TYPE_CHECKING:
    from community_desk.app import Services

__all__ = [
    "EVENT_KINDS",
    "EditHouseholdDialog",
    "EndTagDialog",
    "EventDialog",
    "MemberDialog",
    "MemberForm",
    "NewHouseholdDialog",
    "TagDialog",
]


class _HouseholdFields:
    """户号, 居住性质 (and 备注): the non-address fields both household dialogs share."""

    def __init__(self, owner: QWidget) -> None:
        self.household_no_edit = QLineEdit(owner)
        self.household_no_edit.setMaxLength(20)
        self.residence_combo = CodeComboBox(codes.RESIDENCE_NATURES, owner, blank=True)
        self.note_edit = QLineEdit(owner)

    def to_input(self, address: AddressFields) -> HouseholdInput:
        building_id = address.building_id()
        if building_id is None:
            raise UserError(
                QCoreApplication.translate("HouseholdDialog", "请选择楼栋（院）；没有的话点“新建楼栋…”"),
                field="building",
            )
        return HouseholdInput(
            building_id=building_id,
            unit=address.unit(),
            room=address.room(),
            household_no=self.household_no_edit.text(),
            residence_nature=self.residence_combo.code(),
            note=self.note_edit.text(),
        )


def _address_box(title: str, address: AddressFields, right: QFormLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # spare height goes to the member
    column = QVBoxLayout()
    column.addLayout(right)
    column.addStretch(1)
    row = QHBoxLayout(box)
    row.addWidget(address, 1, Qt.AlignmentFlag.AlignTop)
    row.addSpacing(24)  # not setSpacing(): nested form layouts would inherit it as their row spacing
    row.addLayout(column, 1)
    return box


def _right_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


class NewHouseholdDialog(FormDialog):
    """新建户: address, 户号, 居住性质, 迁入日期 and the 户主 — a household never exists without its head."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        grid_id: int | None = None,
        building_id: int | None = None,
        unit: str | None = None,
        room: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.household_id: int | None = None
        self.setWindowTitle(self.tr("新建户"))
        self.address = AddressFields(services, self)
        self.address.select(grid_id, building_id, unit, room)
        self.fields = _HouseholdFields(self)
        self.fields.household_no_edit.setPlaceholderText(self.tr("留空自动编号"))
        self.moved_in_edit = required_date_edit(self)
        right = _right_form()
        right.addRow(self.tr("户号"), self.fields.household_no_edit)
        right.addRow(self.tr("居住性质"), self.fields.residence_combo)
        right.addRow(self.tr("迁入日期"), self.moved_in_edit)
        right.addRow(self.tr("备注"), self.fields.note_edit)
        QWidget.setTabOrder(self.moved_in_edit, self.fields.note_edit)
        self.head_form = MemberForm(self)
        head_box = QGroupBox(self.tr("户主信息"))
        QHBoxLayout(head_box).addWidget(self.head_form)
        self.body.addWidget(_address_box(self.tr("住址"), self.address, right))
        self.body.addWidget(head_box, 1)
        self.fit_width(900)
        self.head_form.name_edit.setFocus()

    def save(self) -> None:
        data = self.fields.to_input(self.address)
        self.household_id = self._services.residents.create_household(
            data, self.head_form.value(), date_of(self.moved_in_edit)
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        if field == "household_no":
            return self.fields.household_no_edit
        if field == "date":
            return self.moved_in_edit
        return self.address.field_widget(field) or self.head_form.fields.get(field or "")


class EditHouseholdDialog(FormDialog):
    """修改户: a changed address is kept as a dated 地址变更, so the 变更日期 matters only then."""

    def __init__(self, services: Services, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.household_id = household_id
        self.setWindowTitle(self.tr("修改户信息"))
        self.address = AddressFields(services, self)
        self.fields = _HouseholdFields(self)
        self.fields.household_no_edit.setPlaceholderText(self.tr("留空保持原户号"))
        self.changed_on_edit = required_date_edit(self)
        self.changed_on_edit.setToolTip(self.tr("住址改动时，记入“地址变更”的日期"))
        right = _right_form()
        right.addRow(self.tr("户号"), self.fields.household_no_edit)
        right.addRow(self.tr("居住性质"), self.fields.residence_combo)
        right.addRow(self.tr("变更日期"), self.changed_on_edit)
        right.addRow(self.tr("备注"), self.fields.note_edit)
        QWidget.setTabOrder(self.changed_on_edit, self.fields.note_edit)
        self.body.addWidget(_address_box(self.tr("住址"), self.address, right))
        self.body.addStretch(1)
        self.fit_width(760)

        detail = services.registry.household(household_id)
        self._original: tuple[int | None, str, str] | None = None
        if detail is None:
            self.refuse(self.tr("该户已不存在（可能已被他人删除）"))
            return
        self.address.select(detail.grid_id, detail.building_id, detail.unit, detail.room)
        self.fields.household_no_edit.setText(detail.household_no)
        self.fields.residence_combo.set_code(detail.residence_nature)
        self.fields.note_edit.setText(detail.note)
        self._original = self.address.key()
        self.address.changed.connect(self._update_date_enabled)
        self._update_date_enabled()

    def address_changed(self) -> bool:
        return self._original is not None and self.address.key() != self._original

    def _update_date_enabled(self) -> None:
        self.changed_on_edit.setEnabled(self.address_changed())

    def save(self) -> None:
        data = self.fields.to_input(self.address)
        on: date | None = date_of(self.changed_on_edit) if self.address_changed() else None
        self._services.residents.update_household(self.household_id, data, on)

    def field_widget(self, field: str | None) -> QWidget | None:
        if field == "household_no":
            return self.fields.household_no_edit
        if field == "date":
            return self.changed_on_edit
        return self.address.field_widget(field)
