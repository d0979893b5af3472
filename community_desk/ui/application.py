"""Starts the window: Qt application, bundled fonts, translations, database, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from community_desk import APP_NAME, APP_TITLE, __version__
from community_desk.app import Services, open_database
from community_desk.db.backup import BackupError
from community_desk.db.lock import DatabaseInUse
from community_desk.ui.fonts import install_application_font
from community_desk.ui.i18n import install_translator
from community_desk.ui.main_window import MainWindow

SMOKE_ENV_VAR = "COMMUNITY_DESK_SMOKE"  # set by CI and installer/build.py: start, show the registry, quit


def _quit_when_registry_shows(app: QApplication, window: MainWindow) -> None:
    """Smoke test of an installed or frozen build: prove the window came up with data, then leave."""

    def loaded(total: int) -> None:
        print(f"smoke ok: {total} residents listed in “{window.windowTitle()}”", flush=True)
        app.quit()

    window.residents_tab.model.loaded.connect(loaded)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    install_application_font(app)
    install_translator(app)
    return app


def run(db_path: Path, *, demo: bool = False) -> int:
    app = make_application()
    if demo:
        from community_desk.cli import ensure_demo_database

        try:
            ensure_demo_database(db_path)
        except DatabaseInUse as error:
            QMessageBox.critical(None, APP_TITLE, str(error))
            return 1
    try:
        database = open_database(db_path)
    except DatabaseInUse as error:
        QMessageBox.critical(None, APP_TITLE, str(error))
        return 1
    except BackupError as error:
        QMessageBox.critical(None, APP_TITLE, app.tr("数据库升级前的备份失败，未做任何改动：{0}").format(error))
        return 1
    try:
        window = MainWindow(Services(database))
        window.show()
        window.start_daily_chores()
        if os.environ.get(SMOKE_ENV_VAR):
            _quit_when_registry_shows(app, window)
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a running backup finishes before its database closes
        database.close()
