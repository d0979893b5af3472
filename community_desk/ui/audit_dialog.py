"""工具 → 审计日志: who changed what and when, newest first, with the values before and after."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from community_desk.services.dto import AuditView
from community_desk.services.registry import RegistryReader
from community_desk.ui.models.simple_table import SimpleTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


def readable(values_json: str) -> str:
    """{"phone": "138…"} → phone：138…; audit rows keep JSON so nothing is lost, this is only for display."""
    if not values_json:
        return ""
    try:
        values = json.loads(values_json)
    except ValueError:
        return values_json
    return "；".join(f"{key}：{value}" for key, value in values.items())


class AuditTableModel(SimpleTableModel):
    """The audit log, newest first, fetched PAGE rows at a time as the clerk scrolls."""

    PAGE = 200

    def __init__(self, reader: RegistryReader, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("时间"),
                self.tr("操作人"),
                self.tr("操作"),
                self.tr("摘要"),
                self.tr("修改前"),
                self.tr("修改后"),
            ],
            parent,
        )
        self._reader = reader
        self._total = reader.audit_count()
        self._actions = {
            "create": self.tr("新增"),
            "update": self.tr("修改"),
            "delete": self.tr("删除"),
            "move": self.tr("转户"),
            "close": self.tr("注销"),
            "move_out": self.tr("迁出"),
            "death": self.tr("死亡"),
            "demo": self.tr("演示数据"),
        }

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self.rowCount() < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        entries = self._reader.audit_log(limit=self.PAGE, offset=self.rowCount())
        if not entries:
            self._total = self.rowCount()
            return
        self.append_rows([self._display(entry) for entry in entries], [entry.id for entry in entries])

    def _display(self, entry: AuditView) -> tuple[str, ...]:
        return (
            entry.at.strftime("%Y-%m-%d %H:%M:%S"),
            entry.actor,
            self._actions.get(entry.action, entry.action),
            entry.summary,
            readable(entry.before),
            readable(entry.after),
        )


class AuditDialog(QDialog):
    def __init__(self, reader: RegistryReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("审计日志"))
        self.resize(1100, 600)
        self.model = AuditTableModel(reader, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 90, 60, 330, 210)):
            self.view.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
