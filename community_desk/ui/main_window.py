"""Main window: tabs, menus, status bar, remembered geometry. It knows tab classes, not their insides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from community_desk import APP_NAME, APP_TITLE, __version__
from community_desk.app import Services, open_database
from community_desk.db.backup import BackupError, backup_database, daily_backup, restore_database
from community_desk.domain import codes
from community_desk.domain.idcard import InvalidIdNumber, parse_id_number
from community_desk.ui.background import run_in_background, show_error
from community_desk.ui.tabs.calendar.tab import CalendarTab
from community_desk.ui.tabs.mediation.tab import MediationTab
from community_desk.ui.tabs.reports.tab import ReportsTab
from community_desk.ui.tabs.residents.tab import ResidentsTab
from community_desk.ui.tabs.roster.tab import RosterTab
from community_desk.ui.tabs.volunteers.tab import VolunteersTab


def app_settings() -> QSettings:
    """INI settings in the user's config folder (tests point QSettings.setPath elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_TITLE} — {services.community_name()}")
        self.resize(1360, 820)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(QLabel(str(services.database.path)))
        self._build_tabs()
        self._build_menus()
        self._restore_state()

    # --- tabs ---------------------------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.residents_tab = ResidentsTab(self.services)
        self.roster_tab = RosterTab(self.services)
        self.mediation_tab = MediationTab(self.services)
        self.calendar_tab = CalendarTab(self.services)
        self.volunteers_tab = VolunteersTab(self.services)
        self.reports_tab = ReportsTab(self.services)
        self._tab_status: dict[QWidget, str] = {}
        for tab, title in (
            (self.residents_tab, self.tr("居民")),
            (self.roster_tab, self.tr("值班")),
            (self.mediation_tab, self.tr("调解")),
            (self.volunteers_tab, self.tr("志愿")),
            (self.calendar_tab, self.tr("活动")),
            (self.reports_tab, self.tr("报表")),
        ):
            tab.status_changed.connect(lambda text, tab=tab: self._show_tab_status(tab, text))
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(
            lambda _index: self.status_label.setText(self._tab_status.get(self.tabs.currentWidget(), ""))
        )

    def refresh_current_tab(self) -> None:
        if self.tabs.currentWidget() is self.mediation_tab:
            self.mediation_tab.reload_all()
        elif self.tabs.currentWidget() is self.roster_tab:
            self.roster_tab.reload_all()
        elif self.tabs.currentWidget() is self.reports_tab:
            self.reports_tab.reload_all()
        else:
            self.residents_tab.reload_all()

    def _show_tab_status(self, tab: QWidget, text: str) -> None:
        """Each tab keeps its own status line; the bar shows the one in front."""
        self._tab_status[tab] = text
        if self.tabs.currentWidget() is tab:
            self.status_label.setText(text)

    # --- menus --------------------------------------------------------------------------------------------
    def _menu_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.residents_tab.act_import)
        file_menu.addAction(self.residents_tab.act_export)
        file_menu.addActions(self.mediation_tab.export_actions())
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("立即备份数据库"), self.backup_now, "Ctrl+Shift+B")
        self._menu_action(file_menu, self.tr("打开备份文件夹"), self.open_backup_folder)
        self._menu_action(file_menu, self.tr("从备份恢复…"), self.restore_from_backup)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)

        tab = self.residents_tab
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addActions(tab.household_actions())
        edit_menu.addSeparator()
        edit_menu.addActions([tab.act_new_member, *tab.member_actions()])
        edit_menu.addSeparator()
        edit_menu.addActions(self.mediation_tab.edit_actions())

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addAction(tab.act_search)
        self._menu_action(view_menu, self.tr("刷新"), self.refresh_current_tab, QKeySequence.StandardKey.Refresh)

        tools_menu = bar.addMenu(self.tr("工具(&T)"))
        self._menu_action(tools_menu, self.tr("审计日志…"), self.show_audit_log)
        self._menu_action(tools_menu, self.tr("身份证号校验…"), self.check_id_number)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._menu_action(help_menu, self.tr("关于社区工作台"), self.show_about)

    # --- file ---------------------------------------------------------------------------------------------
    def backup_now(self) -> None:
        database = self.services.database

        def work(_progress: object) -> Path:
            return backup_database(database.path, database.backup_dir, label="manual")

        run_in_background(
            self,
            work,
            on_success=lambda path: self.notify(self.tr("已备份并通过完整性检查：{0}").format(path)),
            title=self.tr("正在备份数据库…"),
        )

    def start_daily_chores(self) -> None:
        """After the window shows: today's checked backup, and loading the write layer before the first save."""
        database, services = self.services.database, self.services

        def chores(_progress: object) -> Path | None:
            made = daily_backup(database.path, database.backup_dir)
            services.residents  # noqa: B018 - imports SQLAlchemy and the models off the UI thread
            return made

        def done(made: Path | None) -> None:
            if made is not None:
                self.notify(self.tr("今日自动备份已完成：{0}").format(made.name))

        run_in_background(self, chores, on_success=done)

    def notify(self, message: str) -> None:
        """A message over the status bar for a while; the registry counts come back afterwards."""
        self.statusBar().showMessage(message, 10000)

    def open_backup_folder(self) -> None:
        folder = self.services.database.backup_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_from_backup(self) -> None:
        database = self.services.database
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(database.backup_dir), self.tr("数据库备份 (*.sqlite3 *.db)")
        )
        if not source:
            return
        answer = QMessageBox.question(
            self,
            self.tr("从备份恢复"),
            self.tr("用备份“{0}”替换当前数据？\n当前数据会先自动备份。").format(Path(source).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_file(Path(source))

    def restore_file(self, source: Path) -> None:
        """Closes our connections, restores, and reopens on the restored file (the lock stays ours)."""
        database = self.services.database
        database.dispose()
        try:
            kept = restore_database(source, database.path, database.backup_dir)
        except BackupError as error:
            show_error(self, error)
            return
        reopened = open_database(database.path, exclusive=False)
        reopened.lock, database.lock = database.lock, None
        self.services = Services(reopened)
        old_tabs = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.clear()
        for old in old_tabs:
            old.deleteLater()
        self.menuBar().clear()
        self._build_tabs()
        self._build_menus()
        self.notify(self.tr("已恢复；原数据已备份为 {0}").format(kept.name))

    # --- tools and help -----------------------------------------------------------------------------------
    def show_audit_log(self) -> None:
        from community_desk.ui.audit_dialog import AuditDialog  # rarely opened: not loaded at start-up

        AuditDialog(self.services.registry, self).exec()

    def check_id_number(self) -> None:
        number, ok = QInputDialog.getText(self, self.tr("身份证号校验"), self.tr("公民身份号码："))
        if not ok or not number.strip():
            return
        try:
            info = parse_id_number(number)
        except InvalidIdNumber as error:
            QMessageBox.warning(self, self.tr("号码无效"), str(error))
            return
        lines = [self.tr("号码：{0}").format(info.number)]
        if info.upgraded_from:
            lines.append(self.tr("（由15位旧号码升级）"))
        if info.birth_date:
            lines.append(self.tr("出生日期：{0}").format(info.birth_date.isoformat()))
        if info.sex:
            lines.append(self.tr("性别：{0}").format(codes.GENDERS.name_of(info.sex)))
        QMessageBox.information(self, self.tr("号码有效"), "\n".join(lines))

    def about_text(self) -> str:
        database = self.services.database
        return self.tr(
            "<h3>社区工作台 {0}</h3><p>离线的社区居委会办公软件：居民、值班、调解、志愿、活动。</p>"
            "<p>数据文件：{1}<br>备份文件夹：{2}</p><p>数据只保存在本机，不连接互联网。</p>"
        ).format(__version__, database.path, database.backup_dir)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于社区工作台"), self.about_text())

    # --- state --------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = settings.value("residents/header")
        if isinstance(header, QByteArray):
            self.residents_tab.table.horizontalHeader().restoreState(header)
        splitter = settings.value("residents/splitter")
        if isinstance(splitter, QByteArray):
            self.residents_tab.splitter.restoreState(splitter)

    def save_state(self) -> None:
        settings = app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("residents/header", self.residents_tab.table.horizontalHeader().saveState())
        settings.setValue("residents/splitter", self.residents_tab.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
