"""导出名册: pick a 街道 profile, see the first rows as they will appear, write the .xlsx in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.app import Services
from community_desk.services.exports import ExportResult
from community_desk.ui.background import run_in_background
from community_desk.ui.models.simple_table import SimpleTableModel

PREVIEW_ROWS = 20


class ExportDialog(QDialog):
    """Masked by default; showing full numbers is a deliberate tick that the export log records."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        grid_id: int | None = None,
        as_of: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("导出居民名册（Excel）"))
        self.resize(1100, 620)

        self.profile_combo = QComboBox(self)
        self._descriptions = {info.key: info.description for info in services.exports.profiles()}
        for key in self._descriptions:
            self.profile_combo.addItem(key, key)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.grid_combo = QComboBox(self)
        self.grid_combo.addItem(self.tr("全部网格"), None)
        for grid in services.registry.grids():
            self.grid_combo.addItem(grid.name, grid.id)
        self.grid_combo.setCurrentIndex(max(self.grid_combo.findData(grid_id), 0))
        self.as_of_check = QCheckBox(self.tr("截至日期"), self)
        self.as_of_edit = QDateEdit(QDate.currentDate(), self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setMaximumDate(QDate.currentDate())
        self.as_of_edit.setEnabled(False)
        if as_of is not None:
            self.as_of_check.setChecked(True)
            self.as_of_edit.setDate(QDate(as_of.year, as_of.month, as_of.day))
            self.as_of_edit.setEnabled(True)
        self.unmasked_check = QCheckBox(self.tr("导出完整的证件号码和电话（仅限上报需要，将记入导出日志）"), self)

        self.preview = SimpleTableModel([], self)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.preview)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.count_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("名册"), self.profile_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("网格"), self.grid_combo)
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(self.as_of_check)
        as_of_row.addWidget(self.as_of_edit)
        as_of_row.addStretch(1)
        form.addRow(self.tr("时间"), as_of_row)
        form.addRow("", self.unmasked_check)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.export_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("预览（前{0}行，与文件中一致）").format(PREVIEW_ROWS), self))
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh_preview)
        for signal in (
            self.profile_combo.currentIndexChanged,
            self.grid_combo.currentIndexChanged,
            self.as_of_check.toggled,
            self.as_of_edit.dateChanged,
            self.unmasked_check.toggled,
        ):
            signal.connect(self._refresh_timer.start)
        self.as_of_check.toggled.connect(self.as_of_edit.setEnabled)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self._generation = 0
        self.refresh_preview()

    # --- choices ------------------------------------------------------------------------------------------
    def profile(self) -> str:
        return self.profile_combo.currentData()

    def grid_id(self) -> int | None:
        return self.grid_combo.currentData()

    def as_of(self) -> date | None:
        return self.as_of_edit.date().toPython() if self.as_of_check.isChecked() else None

    def masked(self) -> bool:
        return not self.unmasked_check.isChecked()

    # --- preview ------------------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Headers, first rows and the row count, read in the background as the clerk changes a choice."""
        self._generation += 1
        generation = self._generation
        exports, profile, grid_id, as_of, masked = (
            self.services.exports,
            self.profile(),
            self.grid_id(),
            self.as_of(),
            self.masked(),
        )
        self.description.setText(self._descriptions.get(profile, ""))

        def work(_progress: object) -> tuple[list[str], list[list[str]], int]:
            headers, rows = exports.preview(profile, grid_id, as_of, PREVIEW_ROWS, masked=masked)
            return headers, rows, exports.count(profile, grid_id, as_of)

        def show(result: tuple[list[str], list[list[str]], int]) -> None:
            if generation != self._generation:
                return
            headers, rows, total = result
            self.preview.set_headers(headers)
            self.preview.set_rows(rows)
            self.preview_view.resizeColumnsToContents()
            self.count_label.setText(self.tr("共 {0} 行").format(total))

        run_in_background(self, work, on_success=show)

    # --- export -------------------------------------------------------------------------------------------
    def choose_file_and_export(self) -> None:
        suggested = f"{self.profile()}_{date.today().strftime('%Y%m%d')}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存名册"), suggested, self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        exports, profile, grid_id, as_of, masked = (
            self.services.exports,
            self.profile(),
            self.grid_id(),
            self.as_of(),
            self.masked(),
        )
        self.export_button.setEnabled(False)

        def done(result: ExportResult) -> None:
            self.export_button.setEnabled(True)
            self.result = result
            if result.masked:
                kind = self.tr("已隐藏证件号和电话中间几位")
            else:
                kind = self.tr("含完整证件号和电话，已记入导出日志")
            self.status.setText(self.tr("已导出 {0} 行到 {1}（{2}）").format(result.rows, result.path, kind))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("未导出：{0}").format(error))

        run_in_background(
            self,
            lambda progress: exports.export_residents(
                profile, target, grid_id=grid_id, as_of=as_of, masked=masked, progress=progress.report
            ),
            on_success=done,
            on_failure=failed,
            title=self.tr("正在导出名册…"),
        )
