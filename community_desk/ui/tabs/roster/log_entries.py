"""The parts of the 值班记录 that write one row at a time: the 来电来访/突发事件 tables with their 新增/修改/删除, the
form for one entry and the form that raises or 办结 a handover item.

Each row is written through the service the moment its form is saved, unlike the free-text boxes that the
DutyLogDialog keeps until 保存; that is why they live apart from it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.roster_dto import HandoverItemView, LogEntryInput, LogEntryView
from community_desk.services.roster_duty_log import ENTRY_KINDS
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.tabs.roster.settings_dialogs import time_edit, time_of

if TYPE_CHECKING:
    from community_desk.services.roster import RosterService
    from community_desk.ui.tabs.roster.log_dialog import DutyLogDialog

KIND_INCIDENT = ENTRY_KINDS[2]  # 突发事件: counted once each, whatever the 人次


def plain_text_box(parent: QWidget, text: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class EntryDialog(FormDialog):
    """登记/修改 one 来电, 来访 or 突发事件; a group visit is one entry with its 人次."""

    def __init__(
        self,
        service: RosterService,
        shift_id: int,
        parent: QWidget | None = None,
        entry: LogEntryView | None = None,
        kind: str = ENTRY_KINDS[0],
    ) -> None:
        super().__init__(parent)
        self._service, self._shift_id = service, shift_id
        self.entry_id: int | None = entry.id if entry else None
        self.setWindowTitle(self.tr("修改记录") if entry else self.tr("新增记录"))
        self.kind = QComboBox(self)
        self.kind.addItems(list(ENTRY_KINDS))
        self.kind.setCurrentText(entry.kind if entry else kind)
        self.at = time_edit(self, entry.at if entry else datetime.now().time())
        self.person = QLineEdit(entry.person if entry else "", self)
        self.phone = QLineEdit(entry.phone if entry else "", self)
        self.matter = plain_text_box(self, entry.matter if entry else "")
        self.handling = plain_text_box(self, entry.handling if entry else "")
        self.people = QSpinBox(self)
        self.people.setRange(1, 999)
        self.people.setValue(entry.people if entry else 1)
        self.person_label = QLabel(self)
        form = QFormLayout()
        for label, widget in (
            (self.tr("类别"), self.kind),
            (self.tr("时间"), self.at),
            (self.person_label, self.person),
            (self.tr("电话"), self.phone),
            (self.tr("事由"), self.matter),
            (self.tr("处理情况"), self.handling),
            (self.tr("人次"), self.people),
        ):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.kind.currentTextChanged.connect(self._follow_kind)
        self._follow_kind(self.kind.currentText())
        self.fit_width(440)
        self.resize(self.width(), 460)  # the two text boxes would otherwise ask for most of the screen

    def _follow_kind(self, kind: str) -> None:
        """An incident has people involved rather than a caller, and no 人次."""
        incident = kind == KIND_INCIDENT
        self.person_label.setText(self.tr("涉及人员") if incident else self.tr("来电来访人"))
        self.people.setEnabled(not incident)

    def save(self) -> None:
        data = LogEntryInput(
            self.kind.currentText(),
            time_of(self.at),
            self.person.text(),
            self.matter.toPlainText(),
            self.handling.toPlainText(),
            self.phone.text(),
            self.people.value(),
        )
        if self.entry_id is None:
            self.entry_id = self._service.add_entry(self._shift_id, data)
        else:
            self._service.update_entry(self.entry_id, data)

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "kind": self.kind,
            "person": self.person,
            "matter": self.matter,
            "people": self.people,
            "phone": self.phone,
        }.get(field or "")


class HandoverDialog(FormDialog):
    """新增交接事项 (no item) or 办结 an open one on this shift with a note of how it was dealt with."""

    def __init__(
        self, service: RosterService, shift_id: int, parent: QWidget | None = None, item: HandoverItemView | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._shift_id, self._item = service, shift_id, item
        self.setWindowTitle(self.tr("办结交接事项") if item else self.tr("新增交接事项"))
        self.text = plain_text_box(self)
        form = QFormLayout()
        if item is not None:
            shown = QLabel(self.tr("{0}（{1} 提出）").format(item.text, item.opened_shift), self)
            shown.setWordWrap(True)
            form.addRow(self.tr("事项"), shown)
            form.addRow(self.tr("办结情况"), self.text)
            self.save_button.setText(self.tr("办结"))
        else:
            form.addRow(self.tr("事项"), self.text)
        self.body.addLayout(form)
        self.fit_width(420)

    def save(self) -> None:
        if self._item is None:
            self.item_id = self._service.raise_handover(self._shift_id, self.text.toPlainText())
        else:
            self._service.close_handover(self._item.id, self._shift_id, self.text.toPlainText())

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.text if field == "text" else None


class _EntriesPage(QWidget):
    """A table of the shift's entries of some kinds, with 新增/修改/删除 writing straight through the service."""

    def __init__(self, owner: DutyLogDialog, kinds: tuple[str, ...], person_header: str, name: str) -> None:
        super().__init__(owner)
        self._owner, self.kinds = owner, kinds
        self.model = SimpleTableModel(
            (
                self.tr("时间"),
                self.tr("类别"),
                person_header,
                self.tr("电话"),
                self.tr("事由"),
                self.tr("处理情况"),
                self.tr("人次"),
            ),
            self,
        )
        self.table: QTableView = table_view(self, name)
        self.table.setModel(self.model)
        for column, width in enumerate((50, 50, 110, 105, 220, 190)):
            self.table.setColumnWidth(column, width)
        for column in (1, 6):  # one kind only: no 类别 to tell apart, and an incident has no 人次
            self.table.setColumnHidden(column, len(kinds) == 1)
        self.new_button = QPushButton(self.tr("新增…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(lambda: self._owner.edit_entry(None, self.kinds[0]))
        self.edit_button.clicked.connect(lambda: self._owner.edit_entry(self.current(), self.kinds[0]))
        self.delete_button.clicked.connect(lambda: self._owner.delete_entry(self.current()))
        self.table.doubleClicked.connect(lambda _index: self._owner.edit_entry(self.current(), self.kinds[0]))

    def show_entries(self, entries: tuple[LogEntryView, ...]) -> int:
        rows = [e for e in entries if e.kind in self.kinds]
        self.model.set_rows(
            [
                (
                    f"{e.at:%H:%M}",
                    e.kind,
                    e.person,
                    e.phone,
                    e.matter.replace("\n", " "),
                    e.handling.replace("\n", " "),
                    e.people,
                )
                for e in rows
            ],
            rows,
        )
        return len(rows)

    def current(self) -> LogEntryView | None:
        index = self.table.currentIndex()
        entry = self.model.key(index.row()) if index.isValid() else None
        return entry if isinstance(entry, LogEntryView) else None
