"""A read-only table of display strings: short lists in full, or a base for paged lists (append_rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SimpleTableModel(QAbstractTableModel):
    """Rows of display strings with an optional key per row (e.g. a resident id) under ROW_KEY_ROLE."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[object] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        """New column headers (the rows are replaced too, by the caller's next set_rows)."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows, self._keys = [], []
        self.endResetModel()

    @staticmethod
    def _texts(rows: Sequence[Sequence[object]]) -> list[tuple[str, ...]]:
        return [tuple("" if value is None else str(value) for value in row) for row in rows]

    def set_rows(self, rows: Sequence[Sequence[object]], keys: Sequence[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = self._texts(rows)
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Sequence[object]], keys: Sequence[object] | None = None) -> None:
        """Adds rows at the end (for subclasses that page with fetchMore)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(self._texts(rows))
        self._keys.extend(keys if keys is not None else [None] * len(rows))
        self.endInsertRows()

    def key(self, row: int) -> object:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == ROW_KEY_ROLE:
            return self._keys[index.row()]
        return None
