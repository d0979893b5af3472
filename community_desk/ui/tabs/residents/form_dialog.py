"""What every registry dialog shares: 保存/取消, one service call on 保存, refusals shown inline, never a crash."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.errors import UserError
from community_desk.ui.widgets.date_edit import to_date, to_qdate

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def required_date_edit(parent: QWidget, value: date | None = None, *, not_after_today: bool = True) -> QDateEdit:
    """A date that must be given (迁入日期, 迁出日期…): calendar popup, ISO display, no future dates."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    if not_after_today:
        edit.setMaximumDate(QDate.currentDate())
    edit.setDate(to_qdate(value or date.today()))
    return edit


def date_of(edit: QDateEdit) -> date:
    return to_date(edit.date())


class FormDialog(QDialog):
    """Subclasses put their fields in `self.body` and implement `save()` with exactly one service call.

    `accept()` runs `save()`; a UserError keeps the dialog open with the message in red and the cursor in
    the field at fault, so nothing is written unless the service call went through.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    # --- to implement -------------------------------------------------------------------------------------
    def save(self) -> None:
        """Make the one service call; raise UserError to refuse."""
        raise NotImplementedError

    def field_widget(self, field: str | None) -> QWidget | None:
        """The input a service error's `.field` points at, to put the cursor there."""
        return None

    # --- shared -------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_error()
        try:
            self.save()
        except UserError as error:
            self.show_error(error.message, error.field)
            return
        super().accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.field_widget(field)
        if widget is not None:
            focus_field(widget)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def fit_width(self, width: int) -> None:
        """Open wide enough for two columns of fields without squeezing labels; height follows the content."""
        hint = self.sizeHint()
        self.resize(max(width, hint.width()), hint.height())

    def refuse(self, message: str) -> None:
        """For a dialog opened on something that no longer exists: say so and offer only 取消."""
        self.show_error(message)
        self.save_button.setEnabled(False)


def focus_field(widget: QWidget) -> None:
    """Bring the field's tab into view, focus it and select its text so retyping replaces it."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QTabWidget):
            for index in range(ancestor.count()):
                if ancestor.widget(index).isAncestorOf(widget):
                    ancestor.setCurrentIndex(index)
        ancestor = ancestor.parentWidget()
    widget.setFocus()
    target = widget.focusProxy() or widget
    if isinstance(target, QLineEdit):
        target.selectAll()
    elif isinstance(target, QComboBox) and target.isEditable():
        target.lineEdit().selectAll()
    elif isinstance(target, QAbstractSpinBox):
        target.selectAll()
