"""Inputs the 群议厅 dialogs share: a people picker over the registry (or typed names) and a date row."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.deliberation_dto import PersonRef
from community_desk.services.dto import ResidentQuery
from community_desk.ui.widgets.code_combo import CodeComboBox, CodeLike

if TYPE_CHECKING:
    from community_desk.services.registry import RegistryReader

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole
ROLE_ROLE = Qt.ItemDataRole.UserRole + 1
HINT_STYLE = "color: #555;"


class PeoplePicker(QWidget):
    """Residents found by a registry search, or a name typed in for people outside the registry.

    With `roles`, each person is added under the role chosen beside the search (参加人 by 身份); with `single`,
    adding replaces the one person held (a body's member).
    """

    def __init__(
        self,
        registry: RegistryReader,
        parent: QWidget | None = None,
        *,
        roles: Iterable[CodeLike] | None = None,
        single: bool = False,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._single = single
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("输入姓名、拼音首字母或证件号查找居民；居民库外的人直接输入姓名"))
        self.search_edit.setClearButtonEnabled(True)
        self.role_combo = CodeComboBox(roles, self, editable=False) if roles is not None else None
        self.results = QListWidget(self)
        self.results.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("添加选中居民"), self)
        self.add_typed_button = QPushButton(self.tr("按输入的姓名添加"), self)
        self.chosen = QListWidget(self)
        self.chosen.setMaximumHeight(70 if single else 130)
        self.remove_button = QPushButton(self.tr("移除"), self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if self.role_combo is not None:
            top.addWidget(self.role_combo)
        top.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.add_typed_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.results)
        layout.addLayout(buttons)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.add_typed_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)

    def search(self) -> None:
        """Up to 20 residents matching the text, shown with their address so namesakes can be told apart."""
        self._timer.stop()
        self.results.clear()
        text = self.search_edit.text().strip()
        if not text:
            return
        for row in self._registry.page(ResidentQuery(text=text), 0, SEARCH_LIMIT):
            item = QListWidgetItem(f"{row.name}　{row.address}", self.results)
            item.setData(PERSON_ROLE, PersonRef(row.name, row.id))
        if self.results.count():
            self.results.setCurrentRow(0)

    def add_selected(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.add(item.data(PERSON_ROLE))

    def add_typed(self) -> None:
        name = self.search_edit.text().strip()
        if name:
            self.add(PersonRef(name))
            self.search_edit.clear()

    def add(self, person: PersonRef, role: str | None = None) -> None:
        role = role if role is not None else (self.role_combo.code() if self.role_combo is not None else "")
        if self._single:
            self.chosen.clear()
        if (role, person) in self.entries():
            return
        mark = "" if person.resident_id is not None else self.tr("（手写）")
        item = QListWidgetItem(f"{role}：{person.name}{mark}" if role else f"{person.name}{mark}", self.chosen)
        item.setData(PERSON_ROLE, person)
        item.setData(ROLE_ROLE, role)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def entries(self) -> list[tuple[str, PersonRef]]:
        items = (self.chosen.item(i) for i in range(self.chosen.count()))
        return [(item.data(ROLE_ROLE), item.data(PERSON_ROLE)) for item in items]

    def people(self) -> tuple[PersonRef, ...]:
        return tuple(person for _, person in self.entries())

    def set_people(self, people: Iterable[PersonRef]) -> None:
        self.chosen.clear()
        for person in people:
            self.add(person, role="")


def clamp_start(value: date, earliest: date | None) -> date:
    """A default date for the next step: today, but never before the step it follows."""
    return max(value, earliest) if earliest else value


def text_box(parent: QWidget, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A few lines of text; Tab moves on to the next field instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def count_box(parent: QWidget, value: int = 0) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 9999)
    spin.setValue(value)
    return spin


def hint(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label
