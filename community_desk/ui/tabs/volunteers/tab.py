"""志愿 tab: 志愿者, 服务记录, 队伍 and 统计 in an inner tab widget, plus the two Excel exports.

Nothing is read until the tab is first shown, so the window starts without the volunteer service (which needs
SQLAlchemy for its writes); a write on any page refreshes all pages, since hours show on each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.ui.background import run_in_background
from community_desk.ui.tabs.volunteers.panels import ServicePanel, StatsPanel, TeamPanel, VolunteerPanel

if TYPE_CHECKING:
    from community_desk.app import Services
    from community_desk.services.volunteers import VolunteerService


class VolunteersTab(QWidget):
    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service: VolunteerService | None = None
        self.setObjectName("volunteersTab")
        self.volunteers = VolunteerPanel(self)
        self.records = ServicePanel(self)
        self.teams = TeamPanel(self)
        self.stats = StatsPanel(self)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("volunteerInnerTabs")
        self.panels = (self.volunteers, self.records, self.teams, self.stats)
        for panel, title in zip(self.panels, (self.tr("志愿者"), self.tr("服务记录"), self.tr("队伍"), self.tr("统计")),
                                strict=True):
            self.inner.addTab(panel, title)
            panel.status_changed.connect(self.status_changed)
            panel.changed.connect(self.reload_all)
        self.roster_button = QPushButton(self.tr("导出志愿者花名册…"), self)
        self.hours_button = QPushButton(self.tr("导出服务时长统计…"), self)
        self.unmasked = QCheckBox(self.tr("显示完整证件号和电话"), self)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for widget in (self.unmasked, self.roster_button, self.hours_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inner, 1)
        layout.addLayout(bar)
        self.roster_button.clicked.connect(lambda: self.export("花名册"))
        self.hours_button.clicked.connect(lambda: self.export("时长统计"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> VolunteerService:
        if self.service is None:
            self.service = self.services.volunteers
            for panel in self.panels:
                panel.load(self.service)
        return self.service

    def reload_all(self) -> None:
        if self.service is None:
            return
        for panel in self.panels:
            panel.refresh()

    def export(self, kind: str, path: Path | None = None) -> None:
        """Writes the workbook in the background; `path` skips the file dialog (tests, scripted use)."""
        service = self.ensure_loaded()
        if path is None:
            name = f"志愿者{kind}_{date.today():%Y%m%d}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出"), str(Path.home() / name),
                                                    self.tr("Excel 工作簿 (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        unmasked, year = self.unmasked.isChecked(), self.stats.year.value()
        target = path

        def work(_progress: object) -> int:
            if kind == "花名册":
                return service.export_roster(target, unmasked=unmasked)
            return service.export_hours(target, year)

        run_in_background(
            self, work,
            on_success=lambda count: self.status_changed.emit(self.tr("已导出 {0} 行：{1}").format(count, target)),
            on_failure=lambda error: QMessageBox.warning(self, self.tr("导出"), str(error)),
        )
