"""调解 tab (敞心阁): 恳谈登记, 调解案件 and 调解员 in an inner tab widget, with overdue cases and 回访 in a banner.

Nothing is read until the tab is first shown, so the window starts without the mediation service (which needs
SQLAlchemy for its writes); each later showing refreshes the banner, since the clock moves with the calendar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from community_desk.services.mediation_dto import CaseAlert
from community_desk.ui.tabs.mediation.deliberation_panel import DeliberationPanel
from community_desk.ui.tabs.mediation.lists import CasePanel, MediatorPanel
from community_desk.ui.tabs.mediation.talk_panel import TalkPanel

if TYPE_CHECKING:
    from community_desk.app import Services
    from community_desk.services.mediation import MediationService

BANNER_STYLE = "QFrame#mediationBanner { background: #fff4e5; border: 1px solid #f0b46a; border-radius: 4px; }"
BANNER_ITEMS = 4  # cases named per kind; the rest are one click away in the filtered list
KIND_FILTERS = {"已超期": "已超期", "即将超期": "即将超期", "回访逾期": "待回访", "待回访": "待回访"}


class AlertBanner(QFrame):
    """Cases past the 30-day clock and overdue 回访, listed at the top of the tab (never a popup)."""

    case_clicked = Signal(int)
    filter_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediationBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("mediationBannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        self.alerts: list[CaseAlert] = []
        self.hide()

    def show_alerts(self, alerts: list[CaseAlert]) -> None:
        self.alerts = alerts
        lines = []
        for kind in ("已超期", "回访逾期", "即将超期", "待回访"):
            found = [a for a in alerts if a.kind == kind]
            if not found:
                continue
            color = "#c62828" if kind in ("已超期", "回访逾期") else "#b35c00"
            items = "；".join(
                f"<a href='case:{a.case_id}'>{a.number}</a> {a.parties}（{a.text}）" for a in found[:BANNER_ITEMS]
            )
            more = self.tr(" … <a href='filter:{0}'>全部 {1} 件</a>").format(KIND_FILTERS[kind], len(found))
            title = self.tr("<b style='color:{0}'>{1} {2} 件</b>：").format(color, kind, len(found))
            lines.append(title + items + (more if len(found) > BANNER_ITEMS else ""))
        self.label.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def _link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "case":
            self.case_clicked.emit(int(value))
        elif kind == "filter":
            self.filter_clicked.emit(value)


class MediationTab(QWidget):
    """The 调解 tab; the lead adds the 群议厅 page to `inner` as a fourth tab."""

    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.service: MediationService | None = None
        self.setObjectName("mediationTab")
        self.banner = AlertBanner(self)
        self.talks = TalkPanel(self)
        self.cases = CasePanel(self)
        self.mediators = MediatorPanel(self)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("mediationInnerTabs")
        self.inner.addTab(self.talks, self.tr("恳谈登记"))
        self.inner.addTab(self.cases, self.tr("调解案件"))
        self.inner.addTab(self.mediators, self.tr("调解员"))
        self.deliberation = DeliberationPanel(services, self)
        self.inner.addTab(self.deliberation, self.tr("群议厅"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.inner, 1)
        self.talks.status_changed.connect(self.status_changed)
        self.cases.status_changed.connect(self.status_changed)
        self.deliberation.status_changed.connect(self.status_changed)
        self.cases.open_requested.connect(self.open_case)
        self.cases.new_button.clicked.connect(self.new_case)
        self.banner.case_clicked.connect(self.open_case)
        self.banner.filter_clicked.connect(self.show_filtered)
        self._build_actions()

    def _build_actions(self) -> None:
        self.act_new = QAction(self.tr("新建（恳谈登记/案件/调解员）"), self)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(self.new_item)
        self.addAction(self.act_new)
        self.act_new_talk = QAction(self.tr("恳谈/来访登记…"), self)
        self.act_new_talk.triggered.connect(lambda: self._in_front(self.talks, self.talks.new_talk))
        self.act_new_case = QAction(self.tr("受理调解案件…"), self)
        self.act_new_case.triggered.connect(lambda: self._in_front(self.cases, self.new_case))
        self.act_new_mediator = QAction(self.tr("新增调解员…"), self)
        self.act_new_mediator.triggered.connect(lambda: self._in_front(self.mediators, self.mediators.new_mediator))
        self.act_refresh = QAction(self.tr("刷新调解"), self)
        self.act_refresh.triggered.connect(self.reload_all)
        self.act_export_stats = QAction(self.tr("导出调解统计（Excel）…"), self)
        self.act_export_stats.triggered.connect(self.export_statistics)
        corner = QToolButton(self.inner)
        corner.setObjectName("mediationExportStats")
        corner.setDefaultAction(self.act_export_stats)
        self.inner.setCornerWidget(corner)
        for view, slot in ((self.cases.table, self.cases.open_selected), (self.talks.table, self.talks.edit_talk)):
            open_action = QAction(self)
            open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
            open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            open_action.triggered.connect(slot)
            view.addAction(open_action)

    def edit_actions(self) -> list[QAction]:
        """For the main window's 编辑 menu (no shortcuts: Ctrl+N is act_new, which follows the list in front)."""
        return [self.act_new_talk, self.act_new_case, self.act_new_mediator]

    def export_actions(self) -> list[QAction]:
        """For a 文件/导出 menu of the main window (the tab also shows it beside its inner tabs)."""
        return [self.act_export_stats]

    def _in_front(self, panel: QWidget, action) -> None:
        self.ensure_loaded()
        self.inner.setCurrentWidget(panel)
        action()

    # --- loading --------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        self.refresh_alerts()

    def ensure_loaded(self) -> None:
        """The first use creates the mediation service and fills the lists."""
        if self.service is None:
            self.service = self.services.mediation
            for panel in (self.talks, self.cases, self.mediators):
                panel.load(self.service)

    def refresh_alerts(self) -> None:
        if self.service is not None:
            self.banner.show_alerts(self.service.alerts())

    def reload_all(self) -> None:
        if self.service is None:
            return
        self.talks.reload()
        self.cases.refresh()
        self.mediators.refresh()
        self.refresh_alerts()

    # --- actions ----------------------------------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N: a talk, a case or a mediator, whichever list is in front."""
        current = self.inner.currentWidget()
        if current is self.talks:
            self.talks.new_talk()
        elif current is self.cases:
            self.new_case()
        elif current is self.mediators:
            self.mediators.new_mediator()

    def new_case(self) -> None:
        if self.service is None:
            return
        from community_desk.ui.tabs.mediation.case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.service, self)
        if dialog.exec() and dialog.case_id is not None:
            self.reload_all()
            self.status_changed.emit(self.tr("已受理案件"))
            self.open_case(dialog.case_id)

    def open_case(self, case_id: int) -> None:
        if self.service is None:
            return
        from community_desk.ui.tabs.mediation.case_dialog import CaseDialog

        dialog = CaseDialog(self.service, case_id, self)
        dialog.exec()
        if dialog.changed:
            self.reload_all()

    def export_statistics(self) -> None:
        """人民调解登记表 + 月度统计表 of a month or a quarter, for the 街道/司法所."""
        from community_desk.ui.tabs.mediation.report_actions import export_mediation_statistics

        export_mediation_statistics(self, self.services, self.status_changed.emit)

    def show_filtered(self, name: str) -> None:
        self.inner.setCurrentWidget(self.cases)
        self.cases.set_filter(name)
