"""导入居民台账: check the column mapping, choose what happens to people already on file, import in one go.

Nothing is written until 开始导入; the import is one transaction (all rows or none), runs in the background
with 取消, and every refused row comes back with its row number and reason, ready to save as an .xlsx.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.app import Services
from community_desk.domain.import_rules import FIELD_LABELS, REQUIRED_FIELDS
from community_desk.services.imports import ImportPreview, ImportResult, write_error_workbook
from community_desk.ui.background import run_in_background, show_error
from community_desk.ui.models.simple_table import SimpleTableModel

SAMPLES_SHOWN = 3


class ImportDialog(QDialog):
    """Opened on a preview (file already read); `result` holds the outcome once the import ran."""

    def __init__(self, services: Services, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.preview = preview
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("导入居民台账 — {0}").format(preview.path.name))
        self.resize(980, 720)

        info = QLabel(
            self.tr(
                "工作表“{0}”，表头在第{1}行，共{2}行数据。请核对每一列对应的字段，不需要的列选“（不导入）”。"
            ).format(preview.sheet, preview.header_row, preview.total_rows),
            self,
        )
        info.setWordWrap(True)
        self.mapping_combos: dict[int, QComboBox] = {}
        mapping_box = QWidget()
        grid = QGridLayout(mapping_box)
        for column, text in enumerate((self.tr("表中的列"), self.tr("示例"), self.tr("导入为"))):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        for index, heading in enumerate(preview.headers):
            samples = [row[index] for row in preview.sample_rows if index < len(row) and row[index]][:SAMPLES_SHOWN]
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for key, label in FIELD_LABELS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(index)), 0))
            combo.currentIndexChanged.connect(self._check_required)
            self.mapping_combos[index] = combo
            grid.addWidget(QLabel(heading or self.tr("（空白表头）")), index + 1, 0)
            sample = QLabel("、".join(samples))
            sample.setStyleSheet("color: #555;")
            grid.addWidget(sample, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(mapping_box)
        scroll.setWidgetResizable(True)

        self.skip_radio = QRadioButton(self.tr("跳过（保持库中原样）"), self)
        self.update_radio = QRadioButton(self.tr("用表中有变化的字段更新（记入审计日志）"), self)
        self.skip_radio.setChecked(True)
        existing = QButtonGroup(self)
        existing.addButton(self.skip_radio)
        existing.addButton(self.update_radio)
        self.moved_in_edit = QDateEdit(QDate.currentDate(), self)
        self.moved_in_edit.setCalendarPopup(True)
        self.moved_in_edit.setDisplayFormat("yyyy-MM-dd")
        self.moved_in_edit.setMaximumDate(QDate.currentDate())
        self.dry_run_check = QCheckBox(self.tr("只检查，不写入数据库"), self)
        options = QGroupBox(self.tr("选项"), self)
        options_layout = QVBoxLayout(options)
        existing_row = QHBoxLayout()
        existing_row.addWidget(QLabel(self.tr("身份证号已在库中的居民：")))
        existing_row.addWidget(self.skip_radio)
        existing_row.addWidget(self.update_radio)
        existing_row.addStretch(1)
        options_layout.addLayout(existing_row)
        moved_row = QHBoxLayout()
        moved_row.addWidget(QLabel(self.tr("表中没有迁入日期时，按此日期登记迁入：")))
        moved_row.addWidget(self.moved_in_edit)
        moved_row.addStretch(1)
        options_layout.addLayout(moved_row)
        options_layout.addWidget(self.dry_run_check)

        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.issues = SimpleTableModel([self.tr("行号"), self.tr("原因")], self)
        self.issues_view = QTableView(self)
        self.issues_view.setModel(self.issues)
        self.issues_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_view.horizontalHeader().setStretchLastSection(True)
        self.issues_view.verticalHeader().hide()
        self.issues_view.hide()

        self.start_button = QPushButton(self.tr("开始导入"), self)
        self.start_button.setDefault(True)
        self.save_errors_button = QPushButton(self.tr("保存错误清单…"), self)
        self.save_errors_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_errors_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.start)
        self.save_errors_button.clicked.connect(self.save_errors)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(scroll, 3)
        layout.addWidget(options)
        layout.addWidget(self.warning)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues_view, 2)
        layout.addWidget(buttons)
        self._check_required()

    def mapping(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in self.mapping_combos.items()}

    def _check_required(self) -> None:
        chosen = set(self.mapping().values())
        missing = [FIELD_LABELS[key] for key in REQUIRED_FIELDS if key not in chosen]
        self.warning.setText(self.tr("请为“{0}”指定对应的列").format("、".join(missing)) if missing else "")
        self.start_button.setEnabled(not missing)

    def start(self) -> None:
        importer, path, mapping = self.services.imports, self.preview.path, self.mapping()
        on_existing = "update" if self.update_radio.isChecked() else "skip"
        dry_run, moved_in_on = self.dry_run_check.isChecked(), self.moved_in_edit.date().toPython()
        self.start_button.setEnabled(False)
        run_in_background(
            self,
            lambda progress: importer.run(
                path,
                mapping,
                on_existing=on_existing,
                dry_run=dry_run,
                moved_in_on=moved_in_on,
                progress=progress.report,
                header_row=self.preview.header_row,
            ),
            on_success=self._finished,
            on_failure=self._failed,
            title=self.tr("正在导入居民台账…"),
        )

    def _finished(self, result: ImportResult) -> None:
        self.result = result
        self.start_button.setEnabled(True)
        prefix = self.tr("（只检查，未写入）") if result.dry_run else ""
        self.summary.setText(prefix + result.summary())
        self.issues.set_rows([(issue.row, issue.reason) for issue in result.errors])
        self.issues_view.setVisible(bool(result.errors))
        self.save_errors_button.setEnabled(bool(result.errors))

    def _failed(self, error: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.summary.setText(self.tr("未导入，数据库没有改动。"))
        show_error(self, error)

    def save_errors(self) -> None:
        if self.result is None:
            return
        suggested = str(self.preview.path.with_name(f"{self.preview.path.stem}_错误清单.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存错误清单"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            self.save_errors_to(Path(path))

    def save_errors_to(self, target: Path) -> None:
        assert self.result is not None
        write_error_workbook(self.result, target)
        self.summary.setText(self.summary.text() + self.tr("　错误清单已保存：{0}").format(target))
