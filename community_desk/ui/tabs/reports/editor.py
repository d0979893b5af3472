"""The part of the report the secretary types: 编制人, 编制日期, 下月工作计划 and 存在问题.

Kept apart from the tab so the tab stays about periods and actions; `dirty` lets the tab offer to save before
the clerk moves to another period.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from community_desk.domain.report import ReportPeriod, ReportText
from community_desk.ui.widgets.date_edit import OptionalDateEdit


class ReportTextEditor(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compiled_by = QLineEdit(self)
        self.compiled_by.setPlaceholderText(self.tr("如：王书记"))
        self.compiled_on = OptionalDateEdit(self)
        self.plan_label = QLabel(self.tr("下月工作计划"), self)
        self.plan = QPlainTextEdit(self)
        self.plan.setPlaceholderText(self.tr("每行一项，打印时逐行列出"))
        self.problems = QPlainTextEdit(self)
        self.problems.setPlaceholderText(self.tr("每行一项"))
        self.save_button = QPushButton(self.tr("保存文字"), self)
        self.save_button.setObjectName("reportSaveText")
        self.save_button.clicked.connect(self.save_requested)
        form = QFormLayout()
        form.addRow(self.tr("编制人"), self.compiled_by)
        form.addRow(self.tr("编制日期"), self.compiled_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plan, 3)
        layout.addWidget(QLabel(self.tr("存在问题"), self))
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.save_button)
        self.dirty = False
        for signal in (self.compiled_by.textEdited, self.compiled_on.date_changed, self.plan.textChanged,
                       self.problems.textChanged):  # fmt: skip
            signal.connect(self._touched)

    def _touched(self, *_: object) -> None:
        self.dirty = True
        self.save_button.setEnabled(not self.plan.isReadOnly())

    def show_text(self, period: ReportPeriod, text: ReportText, *, read_only: bool) -> None:
        """Fills the fields from a report; a final report's text is shown but cannot be edited."""
        self.plan_label.setText(self.tr("{0}工作计划").format(period.next_period().label))
        self.compiled_by.setText(text.compiled_by)
        self.compiled_on.set_date_value(text.compiled_on)
        self.plan.setPlainText(text.plan)
        self.problems.setPlainText(text.problems)
        self.compiled_by.setReadOnly(read_only)
        self.compiled_on.setEnabled(not read_only)
        self.plan.setReadOnly(read_only)
        self.problems.setReadOnly(read_only)
        self.dirty = False
        self.save_button.setEnabled(False)

    def text(self) -> ReportText:
        return ReportText(
            plan=self.plan.toPlainText(),
            problems=self.problems.toPlainText(),
            compiled_by=self.compiled_by.text(),
            compiled_on=self.compiled_on.date_value(),
        )
