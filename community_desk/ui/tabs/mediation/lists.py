"""The 调解案件 list with its status filters, and the 调解员 list with its small dialog."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import mediation as rules
from community_desk.services.mediation_dto import CASE_FILTERS, CaseQuery, MediatorInput, MediatorView
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.models import CaseTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.mediation.widgets import ResidentNameEdit
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.code_combo import CodeComboBox

if TYPE_CHECKING:
    from community_desk.services.mediation import MediationService


class CasePanel(QWidget):
    """调解案件: search, a status filter (seven statuses and 即将超期/已超期/待回访) and the lazy case list."""

    status_changed = Signal(str)
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: MediationService | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索卷号、当事人、简要情况"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("caseStatusFilter")
        self.status.addItem(self.tr("全部状态"), "")
        for name in CASE_FILTERS:
            self.status.addItem(name, name)
        self.new_button = QPushButton(self.tr("受理新案件…"), self)
        self.open_button = QPushButton(self.tr("打开案件…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("状态"), self))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        self.model = CaseTableModel(self)
        self.table = table_view(self, "caseTable")
        self.table.setModel(self.model)
        for column, width in enumerate((190, 90, 140, 170, 120, 150, 90)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.status.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)

    def load(self, service: MediationService) -> None:
        self.service = service
        self.refresh()

    def set_filter(self, name: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(name), 0))

    def refresh(self) -> None:
        if self.service is None:
            return
        service = self.service
        query = CaseQuery(text=self.search.text(), status=self.status.currentData() or "", today=date.today())
        self.model.set_source(lambda: service.case_count(query), lambda o, n: service.case_page(query, o, n))
        self.status_changed.emit(self.tr("调解案件：列表中 {0} 件").format(self.model.total))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None:
            self.open_requested.emit(case_id)


class MediatorDialog(FormDialog):
    def __init__(self, service: MediationService, parent: QWidget | None = None, mediator: MediatorView | None = None):
        super().__init__(parent)
        self._service, self._mediator = service, mediator
        self.setWindowTitle(self.tr("修改调解员") if mediator else self.tr("新增调解员"))
        self.name = ResidentNameEdit(service, self)
        self.kind = CodeComboBox(rules.MEDIATOR_KINDS, self, blank=True, editable=False)
        self.phone = QLineEdit(self)
        self.active = QCheckBox(self.tr("在任"), self)
        self.active.setChecked(True)
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("类别"), self.kind)
        form.addRow(self.tr("电话"), self.phone)
        form.addRow("", self.active)
        form.addRow(self.tr("备注"), self.note)
        self.body.addLayout(form)
        self.name.picked.connect(
            lambda r: r is not None and not self.phone.text() and self.phone.setText(r.extra.get("phone", ""))
        )
        if mediator is not None:
            self.name.setText(mediator.name)
            self.name.resident_id = mediator.resident_id
            self.kind.set_code(mediator.kind)
            self.phone.setText(mediator.phone)
            self.active.setChecked(mediator.active)
            self.note.setText(mediator.note)
        self.fit_width(420)

    def save(self) -> None:
        data = MediatorInput(
            self.name.name(),
            self.kind.code(),
            self.phone.text(),
            self.active.isChecked(),
            self.name.resident_id,
            self.note.text(),
        )
        if self._mediator is None:
            self._service.create_mediator(data)
        else:
            self._service.update_mediator(self._mediator.id, data)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"name": self.name, "kind": self.kind}.get(field or "")


class MediatorPanel(QWidget):
    """调解员: who can be named on a case; a retired mediator stays listed (old cases name them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: MediationService | None = None
        self.mediators: list[MediatorView] = []
        self.model = SimpleTableModel(
            [
                self.tr("姓名"),
                self.tr("类别"),
                self.tr("电话"),
                self.tr("状态"),
                self.tr("居民档案"),
                self.tr("经办案件"),
                self.tr("在办案件"),
                self.tr("备注"),
            ],
            self,
        )
        self.table = table_view(self, "mediatorTable")
        self.table.setModel(self.model)
        self.new_button = QPushButton(self.tr("新增调解员…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_mediator)
        self.edit_button.clicked.connect(self.edit_mediator)
        self.table.doubleClicked.connect(lambda _index: self.edit_mediator())

    def load(self, service: MediationService) -> None:
        self.service = service
        self.refresh()

    def refresh(self) -> None:
        if self.service is None:
            return
        self.mediators = self.service.mediators()
        self.model.set_rows(
            [
                (
                    m.name,
                    m.kind,
                    m.phone,
                    self.tr("在任") if m.active else self.tr("已离任"),
                    self.tr("已关联") if m.resident_id else "",
                    m.cases,
                    m.open_cases,
                    m.note,
                )
                for m in self.mediators
            ],
            [m.id for m in self.mediators],
        )

    def new_mediator(self) -> None:
        if self.service is not None and MediatorDialog(self.service, self).exec():
            self.refresh()

    def edit_mediator(self) -> None:
        index = self.table.currentIndex()
        if self.service is None or not index.isValid():
            return
        if MediatorDialog(self.service, self, self.mediators[index.row()]).exec():
            self.refresh()
