"""The 网格 → 楼栋 → 单元 → 房号 → 户 tree, filled one level at a time when the clerk expands a node."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from community_desk.services.dto import TreeNode
from community_desk.services.registry import RegistryReader

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
_PLACEHOLDER = "…"


class AddressTreeModel(QStandardItemModel):
    """Only grids are loaded up front; each level below is one small SQL query on first expansion."""

    def __init__(self, reader: RegistryReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._as_of: date | None = None
        self.setHorizontalHeaderLabels([self.tr("地址")])

    def reload(self, as_of: date | None = None) -> list[TreeNode]:
        """Rebuilds the tree as of a date; returns the grids, which the filter row lists too."""
        self._as_of = as_of
        self.removeRows(0, self.rowCount())
        root = QStandardItem(self.tr("全部网格"))
        root.setEditable(False)
        self.appendRow(root)
        return self._fill(root, None)

    def ensure_loaded(self, index: QModelIndex) -> None:
        """Called on expansion: replaces the placeholder child with the real children."""
        item = self.itemFromIndex(index)
        if item is None or item.rowCount() != 1 or item.child(0).text() != _PLACEHOLDER:
            return
        item.removeRow(0)
        self._fill(item, item.data(NODE_ROLE))

    def _fill(self, parent: QStandardItem, node: TreeNode | None) -> list[TreeNode]:
        children = self._reader.children(node, self._as_of)
        for child in children:
            item = QStandardItem(self.tr("{0}（{1}人）").format(child.label, child.count))
            item.setEditable(False)
            item.setData(child, NODE_ROLE)
            if child.kind != "household":
                placeholder = QStandardItem(_PLACEHOLDER)
                placeholder.setEditable(False)
                item.appendRow(placeholder)
            parent.appendRow(item)
        return children

    @staticmethod
    def node(index: QModelIndex) -> TreeNode | None:
        return index.data(NODE_ROLE) if index.isValid() else None
