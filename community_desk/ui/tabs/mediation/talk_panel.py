"""恳谈登记: the quick form for walk-ins, calls and letters, the searchable list, and 人次 per month."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import mediation as rules
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import TalkInput, TalkQuery
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.models import TalkTableModel
from community_desk.ui.tabs.mediation.widgets import ResidentNameEdit, datetime_edit, moment_of, text_edit
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.code_combo import CodeComboBox

if TYPE_CHECKING:
    from community_desk.services.mediation import MediationService


def table_view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class TalkDialog(FormDialog):
    """恳谈/来访登记 — new, or editing one already entered (e.g. to record the follow-up result)."""

    def __init__(self, service: MediationService, parent: QWidget | None = None, talk_id: int | None = None) -> None:
        super().__init__(parent)
        self._service, self.talk_id = service, talk_id
        found = service.talk(talk_id) if talk_id is not None else None
        values = found.values if found else None
        self.setWindowTitle(self.tr("修改恳谈登记") if found else self.tr("恳谈/来访登记"))
        self.when = datetime_edit(self, values.talked_at if values else None)
        self.visitor = ResidentNameEdit(service, self)
        self.contact = QLineEdit(self)
        self.channel = CodeComboBox(rules.TALK_CHANNELS, self, editable=False)
        self.subject = text_edit(self)
        self.reply = text_edit(self)
        self.needs_followup = QCheckBox(self.tr("需要跟进"), self)
        self.followup_by = QLineEdit(self)
        self.result = text_edit(self, lines=2)
        self.followup_done = QCheckBox(self.tr("跟进已办结"), self)
        self.visitor.picked.connect(self._picked)
        self.needs_followup.toggled.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("日期时间"), self.when)
        form.addRow(self.tr("来访人"), self.visitor)
        form.addRow(self.tr("联系方式"), self.contact)
        form.addRow(self.tr("方式"), self.channel)
        form.addRow(self.tr("事由"), self.subject)
        form.addRow(self.tr("情绪疏导/答复"), self.reply)
        form.addRow("", self.needs_followup)
        form.addRow(self.tr("跟进人"), self.followup_by)
        form.addRow(self.tr("结果"), self.result)
        form.addRow("", self.followup_done)
        self.body.addLayout(form)
        if values is not None:
            self.visitor.setText(values.visitor_name)
            self.visitor.resident_id = values.resident_id
            self.contact.setText(values.contact)
            self.channel.set_code(values.channel)
            self.subject.setPlainText(values.subject)
            self.reply.setPlainText(values.reply)
            self.needs_followup.setChecked(values.needs_followup)
            self.followup_by.setText(values.followup_by)
            self.result.setPlainText(values.result)
            self.followup_done.setChecked(values.followup_done)
        elif talk_id is not None:
            self.refuse(self.tr("该登记已不存在（可能已被删除）"))
        self._update()
        self.fit_width(560)

    def _picked(self, resident) -> None:
        if resident is not None and not self.contact.text().strip():
            self.contact.setText(resident.extra.get("phone", ""))

    def _update(self) -> None:
        follow = self.needs_followup.isChecked()
        self.followup_by.setEnabled(follow)
        self.followup_done.setEnabled(follow)

    def data(self) -> TalkInput:
        return TalkInput(
            talked_at=moment_of(self.when),
            visitor_name=self.visitor.name(),
            channel=self.channel.code(),
            contact=self.contact.text(),
            resident_id=self.visitor.resident_id,
            subject=self.subject.toPlainText(),
            reply=self.reply.toPlainText(),
            needs_followup=self.needs_followup.isChecked(),
            followup_by=self.followup_by.text() if self.needs_followup.isChecked() else "",
            result=self.result.toPlainText(),
            followup_done=self.followup_done.isChecked(),
        )

    def save(self) -> None:
        if self.talk_id is None:
            self.talk_id = self._service.create_talk(self.data())
        else:
            self._service.update_talk(self.talk_id, self.data())

    def field_widget(self, field: str | None) -> QWidget | None:
        widgets = {"visitor_name": self.visitor, "channel": self.channel, "subject": self.subject}
        return widgets.get(field or "") or (self.followup_by if field == "followup_by" else None)


class TalkPanel(QWidget):
    """The 恳谈登记 sub-tab: filters over the list, the list, and a small 月份 → 人次 table beside it."""

    status_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: MediationService | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索来访人、电话、事由"))
        self.search.setClearButtonEnabled(True)
        self.month = QComboBox(self)
        self.needs_followup = QCheckBox(self.tr("需跟进"), self)
        self.followup_open = QCheckBox(self.tr("跟进未办结"), self)
        self.new_button = QPushButton(self.tr("新登记…"), self)
        self.edit_button = QPushButton(self.tr("查看/修改…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("月份"), self))
        bar.addWidget(self.month)
        for widget in (self.needs_followup, self.followup_open):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.model = TalkTableModel(self)
        self.table = table_view(self, "talkTable")
        self.table.setModel(self.model)
        for column, width in enumerate((130, 80, 50, 110, 260, 60, 70)):
            self.table.setColumnWidth(column, width)
        self.months = SimpleTableModel([self.tr("月份"), self.tr("人次")], self)
        self.month_table = table_view(self, "talkMonthTable")
        self.month_table.setModel(self.months)
        self.month_table.setColumnWidth(0, 80)
        self.month_table.setColumnWidth(1, 50)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.month_table)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 180])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.month.currentIndexChanged.connect(lambda _index: self.refresh())
        self.needs_followup.toggled.connect(lambda _on: self.refresh())
        self.followup_open.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(self.new_talk)
        self.edit_button.clicked.connect(self.edit_talk)
        self.delete_button.clicked.connect(self.delete_talk)
        self.table.doubleClicked.connect(lambda _index: self.edit_talk())

    def load(self, service: MediationService) -> None:
        self.service = service
        self.reload()

    def query(self) -> TalkQuery:
        return TalkQuery(
            text=self.search.text(),
            month=self.month.currentData() or "",
            needs_followup=self.needs_followup.isChecked(),
            followup_open=self.followup_open.isChecked(),
        )

    def reload(self) -> None:
        """Month list and counts, then the list itself."""
        if self.service is None:
            return
        counts = self.service.talk_counts_by_month()
        self.months.set_rows([(c.month, c.count) for c in counts])
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("全部"), "")
        this_month = date.today().strftime("%Y-%m")
        for month in dict.fromkeys([this_month, *(c.month for c in counts)]):
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(self.month.findData(current), 0))
        self.month.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.service is None:
            return
        service, query = self.service, self.query()
        self.model.set_source(lambda: service.talk_count(query), lambda o, n: service.talk_page(query, o, n))
        self.status_changed.emit(self.tr("恳谈登记：列表中 {0} 条").format(self.model.total))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def new_talk(self) -> None:
        if self.service is not None and TalkDialog(self.service, self).exec():
            self.reload()
            self.status_changed.emit(self.tr("已登记"))

    def edit_talk(self) -> None:
        talk_id = self.selected_id()
        if self.service is not None and talk_id is not None and TalkDialog(self.service, self, talk_id).exec():
            self.reload()

    def delete_talk(self) -> None:
        talk_id = self.selected_id()
        if self.service is None or talk_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除登记"),
            self.tr("确定删除这条恳谈登记吗？（审计日志中保留记录）"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_talk(talk_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("未能删除"), error.message)
        self.reload()
