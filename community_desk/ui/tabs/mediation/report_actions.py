"""What the 调解 tab and the 群议厅 panel do for papers: 调解统计 (Excel) for a month or a quarter, a topic's
协商议事记录 / 决议公示 (Word) and the year's 群议厅台账 (Excel).

Kept apart from tab.py and deliberation_panel.py so those stay about lists and steps; the writing runs through
ui.background with a progress dialog, and a refusal (no passed vote …) is shown before the clerk picks a file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain.mediation_stats import Period
from community_desk.services.errors import UserError
from community_desk.ui.background import run_in_background, show_error

if TYPE_CHECKING:
    from community_desk.app import Services
    from community_desk.services.deliberation_dto import TopicDetail

Notify = Callable[[str], None]
MONTH, QUARTER = "month", "quarter"


def previous_month(today: date) -> QDate:
    """Reports are usually made early in the month for the month before."""
    first = QDate(today.year, today.month, 1)
    return first.addMonths(-1)


class PeriodDialog(QDialog):
    """统计期间: a month (default: last month) or the quarter that month falls in."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出调解统计"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("按月"), MONTH)
        self.kind_combo.addItem(self.tr("按季度"), QUARTER)
        self.month_edit = QDateEdit(previous_month(today or date.today()), self)
        self.month_edit.setDisplayFormat("yyyy年M月")
        self.month_edit.setCalendarPopup(False)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("选择保存位置…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("统计方式"), self.kind_combo)
        form.addRow(self.tr("月份"), self.month_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_hint())
        self.month_edit.dateChanged.connect(lambda _d: self._update_hint())
        self._update_hint()

    def period(self) -> Period:
        month = self.month_edit.date()
        if self.kind_combo.currentData() == QUARTER:
            return Period.quarter(f"{month.year()}-Q{(month.month() - 1) // 3 + 1}")
        return Period.month(f"{month.year()}-{month.month():02d}")

    def _update_hint(self) -> None:
        period = self.period()
        self.hint.setText(
            self.tr(
                "统计{0}受理的案件（{1}至{2}），办理情况截至期末；含“人民调解登记表”和“月度统计表”两个工作表。"
            ).format(period.label, period.start.isoformat(), period.end.isoformat())
        )


def export_mediation_statistics(parent: QWidget, services: Services, notify: Notify) -> None:
    """Asks for the period and the file, then writes the workbook in the background."""
    from community_desk.services.mediation_reports import MediationReports

    dialog = PeriodDialog(parent)
    if not dialog.exec():
        return
    period = dialog.period()
    suggested = f"人民调解统计_{period.key}.xlsx"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report_actions", "保存调解统计"),
        suggested,
        QCoreApplication.translate("report_actions", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return
    reports = MediationReports(services.database.path)
    run_in_background(
        parent,
        lambda progress: reports.export(period, Path(path), progress=progress.report),
        on_success=lambda result: notify(
            QCoreApplication.translate("report_actions", "已导出{0}调解统计（受理 {1} 件）：{2}").format(
                result.period.label, result.cases, result.path
            )
        ),
        title=QCoreApplication.translate("report_actions", "正在导出调解统计…"),
    )


# --- 群议厅 -----------------------------------------------------------------------------------------------------------
def print_topic_form(parent: QWidget, services: Services, detail: TopicDetail, form: str, notify: Notify) -> None:
    """协商议事记录 or 决议公示 of the topic as .docx; a refusal is explained before any file is chosen."""
    from community_desk.services.deliberation_prints import RECORD, DeliberationPrints, suggested_file_name

    prints = DeliberationPrints(services.database.path)
    try:  # a quick read: the same checks the printing makes, so the clerk learns at once why not
        if form == RECORD:
            prints.record_context(detail.id)
        else:
            prints.notice_context(detail.id)
    except UserError as error:
        show_error(parent, error)
        return
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report_actions", "保存{0}").format(form),
        suggested_file_name(form, detail.number, detail.title),
        QCoreApplication.translate("report_actions", "Word 文档 (*.docx)"),
    )
    if not path:
        return
    run_in_background(
        parent,
        lambda _progress: prints.print_form(detail.id, form, Path(path)),
        on_success=lambda written: notify(
            QCoreApplication.translate("report_actions", "已导出{0}：{1}").format(form, written)
        ),
        title=QCoreApplication.translate("report_actions", "正在生成{0}…").format(form),
    )


def export_deliberation_ledger(parent: QWidget, services: Services, year: int, notify: Notify) -> None:
    from community_desk.services.deliberation_prints import DeliberationPrints

    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report_actions", "保存群议厅台账"),
        f"群议厅台账_{year}.xlsx",
        QCoreApplication.translate("report_actions", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return
    prints = DeliberationPrints(services.database.path)
    run_in_background(
        parent,
        lambda _progress: prints.export_ledger(year, Path(path)),
        on_success=lambda result: notify(
            QCoreApplication.translate("report_actions", "已导出{0}年群议厅台账（{1} 个议题）：{2}").format(
                year, result[1], result[0]
            )
        ),
        title=QCoreApplication.translate("report_actions", "正在导出群议厅台账…"),
    )
