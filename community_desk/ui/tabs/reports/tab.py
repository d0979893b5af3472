"""报表 tab: pick a period, preview its report, type the text, 定稿/重新打开, print and save as Word or PDF.

Nothing is read until the tab is first shown, so the window starts without the report service (which needs
SQLAlchemy for its writes). A draft's figures are computed from the whole database, which can take a second,
so the report is fetched (and its charts drawn) in the background; an answer for a period the clerk has since
left is dropped. Printing uses the preview's own QTextDocument, so paper and screen agree.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain.mediation_stats import QUARTER_NAMES
from community_desk.domain.report import Report, ReportKind, ReportPeriod, last_completed_month
from community_desk.exports.report_html import CHART_URL_PREFIX, report_html
from community_desk.services.errors import UserError
from community_desk.ui.background import run_in_background, show_error
from community_desk.ui.tabs.reports.editor import ReportTextEditor
from community_desk.ui.tabs.reports.models import PeriodListModel
from community_desk.ui.tabs.reports.printing import preview_dialog, print_with_dialog
from community_desk.ui.tabs.reports.rendering import RenderedReport, render

if TYPE_CHECKING:
    from community_desk.app import Services
    from community_desk.services.reports import ReportListRow, ReportService

DRAFT_STYLE = "background: #fff3e0; padding: 6px; border: 1px solid #ffb74d;"
FINAL_STYLE = "background: #e8f5e9; padding: 6px; border: 1px solid #81c784;"


class ReportsTab(QWidget):
    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service: ReportService | None = None
        self.today = today or date.today()
        self.period = last_completed_month(self.today)
        self.rendered: RenderedReport | None = None  # the report on screen, once computed
        self.stored: dict[ReportPeriod, ReportListRow] = {}
        self._generation = 0
        self.setObjectName("reportsTab")
        self._build_selectors()
        self._build_actions()
        self.banner = QLabel(self)
        self.banner.setObjectName("reportStatus")
        self.banner.setWordWrap(True)
        self.periods = PeriodListModel(self)
        self.period_view = QTableView(self)
        self.period_view.setModel(self.periods)
        self.period_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.period_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.period_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.period_view.verticalHeader().hide()
        self.period_view.verticalHeader().setDefaultSectionSize(self.period_view.fontMetrics().height() + 8)
        self.period_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.period_view.horizontalHeader().setStretchLastSection(True)
        self.period_view.clicked.connect(self._period_clicked)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenLinks(False)
        self.editor = ReportTextEditor(self)
        self.editor.save_requested.connect(self.save_text)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.period_view, self.preview, self.editor):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 680, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    def _build_selectors(self) -> None:
        self.kind_combo = QComboBox(self)
        for kind, text in zip(ReportKind, (self.tr("月报"), self.tr("季报"), self.tr("年报")), strict=True):
            self.kind_combo.addItem(text, kind.value)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setSuffix(self.tr("年"))
        self.number_combo = QComboBox(self)
        self.number_combo.setMinimumContentsLength(5)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.year_spin.valueChanged.connect(lambda _v: self._selectors_changed())
        self.number_combo.currentIndexChanged.connect(lambda _i: self._selectors_changed())
        self.toolbar = QHBoxLayout()
        for widget in (self.kind_combo, self.year_spin, self.number_combo):
            self.toolbar.addWidget(widget)
        self.toolbar.addSpacing(12)
        self.toolbar.addWidget(self.title, 1)

    def _build_actions(self) -> None:
        self.finalise_button = QPushButton(self.tr("定稿…"), self)
        self.reopen_button = QPushButton(self.tr("重新打开…"), self)
        self.preview_button = QPushButton(self.tr("打印预览…"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.word_button = QPushButton(self.tr("另存为 Word…"), self)
        self.pdf_button = QPushButton(self.tr("另存为 PDF…"), self)
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_report)
        self.word_button.clicked.connect(lambda: self.save_as(".docx"))
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        for button in (self.finalise_button, self.reopen_button):
            self.toolbar.addWidget(button)
        self.toolbar.addSpacing(12)
        for button in (self.preview_button, self.print_button, self.word_button, self.pdf_button):
            self.toolbar.addWidget(button)

    @property
    def report(self) -> Report | None:
        return self.rendered.report if self.rendered is not None else None

    # --- the period on screen -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the tab recomputes a draft (other tabs may have changed the figures meanwhile)."""
        super().showEvent(event)
        if self.service is None:
            self.ensure_loaded()
        elif self.report is not None and not self.report.final and not self.editor.dirty:
            self.load_report()

    def ensure_loaded(self) -> ReportService:
        if self.service is None:
            self.service = self.services.reports
            self.show_period(self.period)
        return self.service

    def reload_all(self) -> None:
        """After an outside change: the list and the report on screen are read again."""
        if self.service is not None:
            self.show_period(self.period)

    def show_period(self, period: ReportPeriod) -> None:
        """Shows `period`: selectors, the year's list, then the report once it is computed."""
        service = self.ensure_loaded()
        self._offer_to_save()
        self.period = period
        self._sync_selectors()
        self.stored = {row.period: row for row in service.reports(period.year)}
        self.periods.set_year(period.year, list(self.stored.values()), self.today)
        self.period_view.selectRow(self.periods.row_of(period))
        self.title.setText(period.title)
        self.load_report()

    def load_report(self) -> None:
        service, period = self.ensure_loaded(), self.period
        self._generation += 1
        generation = self._generation
        self.rendered = None
        self._update_actions()
        self._set_banner(self.tr("正在计算{0}的数字…").format(period.label), DRAFT_STYLE)
        run_in_background(
            self,
            lambda _progress: render(service.report(period)),
            on_success=lambda rendered: self._show_report(generation, rendered),
            on_failure=lambda error: self._load_failed(generation, error),
        )

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._set_banner(self.tr("未能计算{0}的数字：{1}").format(self.period.label, error), DRAFT_STYLE)
            show_error(self, error)

    def _show_report(self, generation: int, rendered: RenderedReport) -> None:
        if generation != self._generation:
            return  # the clerk moved on to another period meanwhile
        report = rendered.report
        self.rendered = rendered
        document = self.preview.document()
        for key, png in rendered.charts.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL_PREFIX + key), QImage.fromData(png)
            )
        self.preview.setHtml(rendered.html)
        self.editor.show_text(report.period, report.text, read_only=report.final)
        if report.final:
            row = self.stored.get(report.period)
            when = f"{report.finalised_at:%Y-%m-%d %H:%M}" if report.finalised_at else ""
            who = row.finalised_by if row is not None else ""
            self._set_banner(
                self.tr("已定稿（{0}）：数字已冻结，重新打印结果不变").format("，".join(p for p in (when, who) if p)),
                FINAL_STYLE,
            )
        else:
            self._set_banner(self.tr("草稿：数字按截至期末的当前数据实时计算"), DRAFT_STYLE)
        self._update_actions()

    def _set_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.status_changed.emit(f"{self.period.title}：{text}")

    def _update_actions(self) -> None:
        ready = self.report is not None
        final = ready and self.report.final
        self.finalise_button.setEnabled(ready and not final)
        self.reopen_button.setEnabled(final)
        for button in (self.preview_button, self.print_button, self.word_button, self.pdf_button):
            button.setEnabled(ready)
        self.editor.setEnabled(ready)

    # --- selectors ----------------------------------------------------------------------------------------------
    def _fill_numbers(self, kind: ReportKind) -> None:
        self.number_combo.clear()
        if kind is ReportKind.MONTH:
            for month in range(1, 13):
                self.number_combo.addItem(self.tr("{0}月").format(month), month)
        elif kind is ReportKind.QUARTER:
            for quarter, name in enumerate(QUARTER_NAMES, start=1):
                self.number_combo.addItem(self.tr("第{0}季度").format(name), quarter)
        else:
            self.number_combo.addItem(self.tr("全年"), 1)
        self.number_combo.setEnabled(kind is not ReportKind.YEAR)

    def _sync_selectors(self) -> None:
        blockers = [QSignalBlocker(w) for w in (self.kind_combo, self.year_spin, self.number_combo)]
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self.period.kind.value))
        self._fill_numbers(self.period.kind)
        self.year_spin.setValue(self.period.year)
        self.number_combo.setCurrentIndex(self.number_combo.findData(self.period.number))
        del blockers

    def selected_kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def selected_period(self) -> ReportPeriod:
        return ReportPeriod(self.selected_kind(), self.year_spin.value(), self.number_combo.currentData() or 1)

    def _kind_changed(self) -> None:
        """A new kind keeps the time of year: October becomes the fourth quarter, and back to its first month."""
        kind = self.selected_kind()
        month = self.period.months()[-1].number if kind is ReportKind.QUARTER else self.period.months()[0].number
        number = {ReportKind.MONTH: month, ReportKind.QUARTER: (month - 1) // 3 + 1, ReportKind.YEAR: 1}[kind]
        self.show_period(ReportPeriod(kind, self.year_spin.value(), number))

    def _selectors_changed(self) -> None:
        if self.number_combo.currentData() is not None:
            self.show_period(self.selected_period())

    def _period_clicked(self, index: QModelIndex) -> None:
        period = self.periods.period(index.row())
        if period is not None and period != self.period:
            self.show_period(period)

    # --- text -----------------------------------------------------------------------------------------------------
    def _offer_to_save(self) -> None:
        """Typed text is not lost by looking at another period."""
        if not self.editor.dirty or self.report is None or self.report.final:
            return
        answer = QMessageBox.question(
            self,
            self.tr("保存文字"),
            self.tr("{0}的工作计划和存在问题已修改，是否保存？").format(self.period.label),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_text()
        self.editor.dirty = False

    def save_text(self) -> bool:
        """Saves the typed text; the preview shows it at once (the figures did not change)."""
        service, report = self.ensure_loaded(), self.report
        if report is None:
            return False
        text = self.editor.text()
        try:
            service.save_text(report.period, text)
        except UserError as error:
            show_error(self, error)
            return False
        self.editor.dirty = False
        self.editor.save_button.setEnabled(False)
        if self.rendered is not None and self.rendered.report is report:  # still on screen: only the text changed
            saved = replace(report, text=text.checked())
            self._show_report(self._generation, RenderedReport(saved, report_html(saved), self.rendered.charts))
            self.status_changed.emit(self.tr("已保存{0}的文字").format(report.period.label))
        return True

    # --- 定稿 / 重新打开 ------------------------------------------------------------------------------------------
    def finalise(self) -> None:
        service, report = self.ensure_loaded(), self.report
        if report is None or report.final:
            return
        answer = QMessageBox.question(
            self,
            self.tr("定稿"),
            self.tr("将{0}定稿？\n定稿后数字和文字冻结，以后打印结果不变；如需修改须“重新打开”并说明原因。").format(
                report.period.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.editor.dirty and not self.save_text():
            return
        period = report.period
        self._generation += 1
        generation = self._generation

        def done(rendered: RenderedReport) -> None:
            self.stored = {row.period: row for row in service.reports(period.year)}
            self.periods.set_year(period.year, list(self.stored.values()), self.today)
            self.period_view.selectRow(self.periods.row_of(period))
            self._show_report(generation, rendered)

        run_in_background(
            self,
            lambda _progress: render(service.finalise(period)),
            on_success=done,
            title=self.tr("正在定稿…"),
        )

    def reopen(self) -> None:
        service, report = self.ensure_loaded(), self.report
        if report is None or not report.final:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("重新打开"),
            self.tr("重新打开后数字将按当前数据重新计算，文字可以修改。\n此操作将记入审计日志，请填写原因（必填）："),
        )
        if not ok:
            return
        try:
            service.reopen(report.period, reason)
        except UserError as error:
            show_error(self, error)
            return
        self.show_period(report.period)
        self.status_changed.emit(self.tr("{0}已重新打开：{1}").format(report.period.label, reason.strip()))

    # --- paper ----------------------------------------------------------------------------------------------------
    def print_preview(self) -> None:
        if self.report is not None:
            preview_dialog(self.preview.document(), self.report.community, self.report.period.title, self).exec()

    def print_report(self) -> None:
        if self.report is not None:
            print_with_dialog(self.preview.document(), self.report.community, self.report.period.title, self)

    def save_as(self, suffix: str) -> None:
        """Asks for the file (default 2026年10月工作报告.pdf), then writes it in the background."""
        service, report = self.ensure_loaded(), self.report
        if report is None:
            return
        kind = self.tr("Word 文档 (*.docx)") if suffix == ".docx" else self.tr("PDF 文件 (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(Path.home() / f"{report.period.title}{suffix}"), kind
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        run_in_background(
            self,
            lambda _progress: service.export(report.period, target),
            on_success=lambda path: self.status_changed.emit(self.tr("已保存：{0}").format(path)),
            title=self.tr("正在生成{0}…").format(target.name),
        )
