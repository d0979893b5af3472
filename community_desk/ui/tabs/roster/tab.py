"""值班 tab: the 值班表 page and the 人员与班次 settings in an inner tab widget.

Nothing is read until the tab is first shown, so the window starts without the roster service (which needs
SQLAlchemy for its writes). A change in the settings (a new person, leave, a shift type, a 放假安排 day) changes
what the roster shows, so it reloads the roster page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from community_desk.ui.tabs.roster.roster_view import RosterPage
from community_desk.ui.tabs.roster.settings import RosterSettingsPanel

if TYPE_CHECKING:
    from community_desk.app import Services
    from community_desk.services.roster import RosterService


class RosterTab(QWidget):
    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service: RosterService | None = None
        self.setObjectName("rosterTab")
        self.roster_page = RosterPage(self)
        self.settings = RosterSettingsPanel(self)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("rosterInnerTabs")
        self.inner.addTab(self.roster_page, self.tr("值班表"))
        self.inner.addTab(self.settings, self.tr("人员与班次"))
        for page in (self.roster_page, self.settings):
            page.status_changed.connect(self.status_changed)
        self.settings.changed.connect(self.roster_page.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> RosterService:
        if self.service is None:
            self.service = self.services.roster
            self.roster_page.load(self.service, self.services.community_name())
            self.settings.load(self.service)
        return self.service

    def reload_all(self) -> None:
        """After an outside change (a restore, demo data): both pages read again."""
        if self.service is None:
            return
        self.roster_page.refresh()
        self.settings.refresh()
