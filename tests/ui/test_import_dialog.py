"""导入居民台账 in the window: the mapping is shown, the import runs in the background, refusals are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import ResidentQuery
from community_desk.services.imports import preview_import
from community_desk.ui.tabs.residents.import_dialog import ImportDialog

GOOD = "11010519800101001" + check_character("11010519800101001")
WRONG_CHECK = GOOD[:-1] + ("0" if GOOD[-1] != "0" else "1")


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    """A small 台账: a title row, the header on row 2, one good household and one bad row."""
    book = Workbook()
    sheet = book.active
    sheet.append(["示范社区居民台账"])
    sheet.append(["户号", "网格", "楼栋", "单元", "房号", "姓名", "与户主关系", "身份证号", "联系电话"])
    sheet.append(["H100001", "第一网格", "3号楼", "1", "501", "王䶮", "户主", GOOD, "13900001111"])
    sheet.append(["H100002", "第一网格", "3号楼", "1", "502", "𠮷田", "户主", WRONG_CHECK, ""])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    return path


def test_mapping_is_guessed_and_shown_before_anything_is_written(
    services: Services, qtbot: QtBot, ledger: Path
) -> None:
    dialog = ImportDialog(services, preview_import(ledger))
    qtbot.addWidget(dialog)
    mapping = dialog.mapping()
    assert mapping[5] == "name"
    assert dialog.start_button.isEnabled()
    assert services.registry.count(ResidentQuery()) == 0
    dialog.mapping_combos[5].setCurrentIndex(0)  # the clerk un-maps 姓名: import must not start
    assert not dialog.start_button.isEnabled()
    assert "姓名" in dialog.warning.text()


def test_import_runs_and_lists_refused_rows(services: Services, qtbot: QtBot, ledger: Path, tmp_path: Path) -> None:
    dialog = ImportDialog(services, preview_import(ledger))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert "导入 1 行，跳过 0 行，错误 1 行" in dialog.summary.text()
    assert dialog.issues.rowCount() == 1
    assert dialog.issues.index(0, 0).data() == "4"
    assert "校验位" in dialog.issues.index(0, 1).data()
    assert [row.name for row in services.registry.page(ResidentQuery(), 0, 10)] == ["王䶮"]

    errors = tmp_path / "错误.xlsx"
    dialog.save_errors_to(errors)
    values = [[cell.value for cell in row] for row in load_workbook(errors).active.iter_rows()]
    assert any("𠮷田" in row and WRONG_CHECK in row for row in values)
