"""Shared fixtures: every test gets a fresh temporary database; Qt runs offscreen with settings in tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from community_desk.app import Database, Services, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "office.sqlite3", exclusive=False)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Window geometry and column widths go to a temp folder, never to the developer's real settings."""
    settings_dir = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(settings_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(settings_dir / "data"))  # user export profiles, never the real ones
    monkeypatch.setenv("COMMUNITY_DESK_LANG", "zh_CN")
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency; this keeps domain tests importable
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
