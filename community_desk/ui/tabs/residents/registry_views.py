"""How the 居民 tab's address tree and registry table are set up: read-only, row selection, sorting, widths.

Plain view configuration with no user strings, kept apart from ResidentsTab, which wires these views to its
models' signals, context menus and actions.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView


def address_tree(model: QAbstractItemModel) -> QTreeView:
    """The address tree (网格, 楼栋, 单元, 室, 户); the tab connects expanding (lazy loading) and its context menu."""
    tree = QTreeView()
    tree.setObjectName("addressTree")
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return tree


def registry_table(model: QAbstractItemModel) -> QTableView:
    """The registry list: sorted by 现住址, one selected row at a time, column widths that fit the usual content."""
    table = QTableView()
    table.setObjectName("registryTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(8, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    for column, width in enumerate((90, 44, 90, 44, 165, 80, 80, 80, 170, 105, 80, 140)):
        table.setColumnWidth(column, width)
    return table
