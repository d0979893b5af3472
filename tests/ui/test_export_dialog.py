"""导出居民名册 from the window: preview matches the profile, the file is written and masked by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.services.demo import generate_demo
from community_desk.ui.tabs.residents.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> ExportDialog:
    generate_demo(services.database.session_factory, households=20)
    opened = ExportDialog(services)
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.preview.rowCount() > 0, timeout=5000)
    return opened


def test_preview_shows_the_profile_columns_and_masked_ids(dialog: ExportDialog) -> None:
    horizontal = Qt.Orientation.Horizontal
    headers = [dialog.preview.headerData(i, horizontal) for i in range(dialog.preview.columnCount())]
    assert dialog.profile() == "居民信息采集表"
    assert "姓名" in headers
    id_column = next(i for i, h in enumerate(headers) if "身份" in h or "证件号" in h)
    assert "********" in dialog.preview.index(0, id_column).data()
    assert dialog.count_label.text().startswith("共 ")


def test_export_writes_a_masked_workbook(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "名册.xlsx"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert target.exists()
    assert "已导出" in dialog.status.text()
    sheet = load_workbook(target).worksheets[0]
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert any("示范社区" in text for text in texts)
    assert any("********" in text for text in texts)
    assert dialog.services.exports.recent_exports()[0].masked is True
