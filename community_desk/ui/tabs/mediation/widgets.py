"""Small pieces the 调解 dialogs share: a name box that finds residents as the clerk types, and a generic
form dialog for the dated records of a case (调查, 调解, 延期, 回访 …) built from a list of fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from community_desk.domain.codes import CodeList
from community_desk.services.dto import NamedId
from community_desk.services.mediation_reads import MediationReader
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import to_date, to_qdate


def datetime_edit(parent: QWidget, value: datetime | None = None) -> QDateTimeEdit:
    """Date with time to the minute (恳谈, 调查, 调解); never later than now."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(3600))
    moment = (value or datetime.now()).replace(second=0, microsecond=0)
    edit.setDateTime(QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute)))
    return edit


def date_edit(parent: QWidget, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(to_qdate(value or date.today()))
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def text_edit(parent: QWidget, text: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class ResidentNameEdit(QLineEdit):
    """Type a name (or pinyin initials, phone): matching residents drop down; picking one links the resident.

    Typing anything after a pick drops the link, so a free-typed name is never taken for a resident.
    """

    picked = Signal(object)  # NamedId | None

    def __init__(self, reader: MediationReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._found: dict[str, NamedId] = {}
        self.resident_id: int | None = None
        self.setPlaceholderText(self.tr("输入姓名、拼音首字母或电话查找居民，也可直接填写"))
        self._list = QStringListModel(self)
        completer = QCompleter(self._list, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[str].connect(self._choose)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)

    def _search(self, text: str) -> None:
        if self.resident_id is not None:
            self.resident_id = None
            self.picked.emit(None)
        found = self._reader.find_residents(text, limit=20) if text.strip() else []
        self._found = {self.label(r): r for r in found}
        self._list.setStringList(list(self._found))
        if found:
            self.completer().complete()

    @staticmethod
    def label(resident: NamedId) -> str:
        return " ".join(
            p for p in (resident.name, resident.extra.get("address", ""), resident.extra.get("phone", "")) if p
        )

    def _choose(self, label: str) -> None:
        resident = self._found.get(label)
        if resident is None:
            return
        self.choose(resident)

    def choose(self, resident: NamedId) -> None:
        self.resident_id = resident.id
        self.setText(resident.name)
        self.picked.emit(resident)

    def name(self) -> str:
        return self.text().strip()


@dataclass(frozen=True)
class Field:
    """One input of a RecordDialog: key (the keyword its value goes to), label, kind, options."""

    key: str
    label: str
    kind: str = "line"  # line | text | date | datetime | codes (combo) | checks (several codes) | int
    codes: CodeList | None = None
    value: Any = None


class RecordDialog(FormDialog):
    """A FormDialog whose fields come from a list; 保存 hands their values to `save` as keywords."""

    def __init__(
        self, title: str, fields: Sequence[Field], save: Callable[..., object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for field in fields:
            widget = self._widget(field)
            self.widgets[field.key] = widget
            form.addRow(field.label, widget)
        self.body.addLayout(form)
        self.fit_width(520)

    def _widget(self, field: Field) -> QWidget:
        if field.kind == "text":
            return text_edit(self, field.value or "", 4)
        if field.kind == "date":
            return date_edit(self, field.value)
        if field.kind == "datetime":
            return datetime_edit(self, field.value)
        if field.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(0, 3650)
            spin.setValue(field.value or 0)
            return spin
        if field.kind == "codes" and field.codes is not None:
            combo = CodeComboBox(field.codes, self, blank=field.value is None, editable=False)
            combo.set_code(field.value)
            return combo
        if field.kind == "checks" and field.codes is not None:
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for code in field.codes:
                check = QCheckBox(code.name, box)
                check.setObjectName(f"check_{code.code}")
                check.setChecked(code.code in (field.value or ()))
                row.addWidget(check)
            row.addStretch(1)
            return box
        return QLineEdit(field.value or "", self)

    def value(self, key: str) -> Any:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
            return moment_of(widget)
        if isinstance(widget, QDateEdit):
            return to_date(widget.date())
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, CodeComboBox):
            return widget.code()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return [
            check.objectName().removeprefix("check_") for check in widget.findChildren(QCheckBox) if check.isChecked()
        ]

    def save(self) -> None:
        self._save(**{key: self.value(key) for key in self.widgets})

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.widgets.get(field or "")
