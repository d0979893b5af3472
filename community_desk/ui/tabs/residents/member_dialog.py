"""Add a member to a household (迁入/出生), or edit one with their 特殊人群 tags and history."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import codes
from community_desk.domain.residents import EventKind
from community_desk.services.dto import ResidentDetail
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit
from community_desk.ui.tabs.residents.member_form import MemberForm
from community_desk.ui.tabs.residents.tag_dialog import TagsPanel
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import to_qdate

if TYPE_CHECKING:
    from community_desk.app import Services


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _read_only_table(model: SimpleTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setMinimumSectionSize(80)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MemberDialog(FormDialog):
    """New member when `household_id` is given (→ add_member), else edits `resident_id` (→ update_resident).

    After 保存: `resident_id` is the person's id; `warnings` holds what the service flagged (edit only).
    """

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        household_id: int | None = None,
        resident_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        if (household_id is None) == (resident_id is None):
            raise ValueError("MemberDialog needs exactly one of household_id (new member) or resident_id (edit)")
        self._services = services
        self.household_id = household_id
        self.resident_id = resident_id
        self.warnings: tuple[str, ...] = ()
        self.detail: ResidentDetail | None = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold;")
        self.body.addWidget(self.header)
        self.form = MemberForm(self)
        if household_id is not None:
            self._build_new(household_id)
        else:
            self._build_edit(resident_id)  # type: ignore[arg-type]
        self.fit_width(880)
        self.form.name_edit.setFocus()

    # --- new member ---------------------------------------------------------------------------------------
    def _build_new(self, household_id: int) -> None:
        self.setWindowTitle(self.tr("添加成员"))
        household = self._services.registry.household(household_id)
        self.relation_combo = CodeComboBox(codes.RELATIONS, self, blank=True)
        self.move_in_radio = QRadioButton(self.tr("迁入"), self)
        self.birth_radio = QRadioButton(self.tr("出生"), self)
        self.move_in_radio.setChecked(True)
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.move_in_radio)
        self._kind_group.addButton(self.birth_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.move_in_radio)
        kinds.addWidget(self.birth_radio)
        kinds.addStretch(1)
        self.date_edit = required_date_edit(self)
        form = QFormLayout()
        form.addRow(self.tr("与户主关系"), self.relation_combo)
        form.addRow(self.tr("登记方式"), kinds)
        form.addRow(self.tr("日期"), self.date_edit)
        entry = QGroupBox(self.tr("入户登记"), self)
        entry.setLayout(form)
        basic = QGroupBox(self.tr("基本信息"), self)
        QVBoxLayout(basic).addWidget(self.form)
        self.body.addWidget(entry)
        self.body.addWidget(basic, 1)
        self.birth_radio.toggled.connect(lambda _checked: self._follow_birth_date())
        self.form.birth_date_changed.connect(lambda _value: self._follow_birth_date())
        if household is None:
            self.refuse(self.tr("该户已不存在（可能已被他人删除）"))
            return
        self.header.setText(self.tr("户 {0}　{1}").format(household.household_no, household.address))
        if not any(m.relation_code == codes.HEAD_RELATION for m in household.members):
            self.relation_combo.set_code(codes.HEAD_RELATION)

    def _follow_birth_date(self) -> None:
        """A birth is registered on the day of birth; the service refuses any other date."""
        birth = self.form.birth_date_edit.date_value()
        if self.birth_radio.isChecked() and birth is not None:
            self.date_edit.setDate(to_qdate(birth))

    # --- edit ---------------------------------------------------------------------------------------------
    def _build_edit(self, resident_id: int) -> None:
        self.setWindowTitle(self.tr("居民信息"))
        self.tabs = QTabWidget(self)
        basic = QWidget(self.tabs)
        basic_layout = QVBoxLayout(basic)
        self.relation_label = QLabel(basic)
        self.relation_label.setWordWrap(True)
        basic_layout.addWidget(self.relation_label)
        basic_layout.addWidget(self.form, 1)
        self.tags_panel = TagsPanel(self._services, resident_id, self.tabs)
        self.memberships_model = SimpleTableModel(
            [self.tr("户号"), self.tr("住址"), self.tr("与户主关系"), self.tr("入户日期"), self.tr("离户日期")], self
        )
        self.events_model = SimpleTableModel(
            [self.tr("日期"), self.tr("事项"), self.tr("户号"), self.tr("说明"), self.tr("登记人")], self
        )
        history = QWidget(self.tabs)
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(QLabel(self.tr("入户经历"), history))
        history_layout.addWidget(_read_only_table(self.memberships_model, history), 1)
        history_layout.addWidget(QLabel(self.tr("变动记录"), history))
        history_layout.addWidget(_read_only_table(self.events_model, history), 1)
        self.tabs.addTab(basic, self.tr("基本信息"))
        self.tabs.addTab(self.tags_panel, self.tr("特殊人群"))
        self.tabs.addTab(history, self.tr("历史"))
        self.body.addWidget(self.tabs, 1)

        detail = self.detail = self._services.registry.resident(resident_id)
        if detail is None:
            self.refuse(self.tr("该居民已不存在（可能已被他人删除）"))
            return
        self.form.set_value(detail.values)
        self.tags_panel.set_tags(detail.tags)
        self.memberships_model.set_rows(
            [(m.household_no, m.address, m.relation, _iso(m.start_date), _iso(m.end_date)) for m in detail.memberships]
        )
        self.events_model.set_rows(
            [(_iso(e.event_date), e.kind, e.household_no, e.detail, e.recorded_by) for e in detail.events]
        )
        self.header.setText(self._describe_place(detail))
        relation = codes.RELATIONS.name_of(detail.relation) or self.tr("（无）")
        self.relation_label.setText(
            self.tr("与户主关系：{0}　（关系变更请通过“户内变更”办理，以保留历史）").format(relation)
        )

    def _describe_place(self, detail: ResidentDetail) -> str:
        name = detail.values.name
        if detail.death_date is not None:
            return self.tr("{0}　已故（{1}）").format(name, detail.death_date.isoformat())
        if detail.household_id is None:
            return self.tr("{0}　目前不在任何户中（已迁出）").format(name)
        current = next((m for m in detail.memberships if m.end_date is None), None)
        address = current.address if current else ""
        return self.tr("{0}　户 {1}　{2}").format(name, detail.household_no, address)

    # --- save ---------------------------------------------------------------------------------------------
    def save(self) -> None:
        data = self.form.value()
        residents = self._services.residents
        if self.household_id is not None:
            kind = EventKind.BIRTH if self.birth_radio.isChecked() else EventKind.MOVE_IN
            self.resident_id = residents.add_member(
                self.household_id, data, self.relation_combo.code(), date_of(self.date_edit), kind
            )
            return
        assert self.resident_id is not None
        self.warnings = tuple(residents.update_resident(self.resident_id, data))
        if self.warnings:
            QMessageBox.information(
                self,
                self.tr("已保存，请核对"),
                self.tr("已保存。以下情况请核对证件：\n{0}").format("\n".join(self.warnings)),
            )

    def field_widget(self, field: str | None) -> QWidget | None:
        if self.household_id is not None and field == "relation":
            return self.relation_combo
        if self.household_id is not None and field == "date":
            return self.date_edit
        return self.form.fields.get(field or "")
