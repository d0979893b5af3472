"""The table views of the 值班表 page: the roster grid, which takes drag-and-drop and asks whom to move, and the
read-only lists under it. Only view behaviour lives here; what the cells say comes from the models.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QDrag
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from community_desk.services.roster_dto import PersonOnDuty, ShiftView
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.roster.models import FIXED_COLUMNS, RosterTableModel, shift_label


class RosterView(QTableView):
    """Drag a person from one shift cell onto another; a cell with several people asks which one on the drop."""

    def __init__(self, model: RosterTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        model.choose_person = self.choose_person
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        model.modelReset.connect(self._fit_columns)

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(self.model().columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents if column < FIXED_COLUMNS else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Own drag: Qt's default would "clear" the source cell after a move, which a read-only model refuses."""
        model = self.model()
        assert isinstance(model, RosterTableModel)
        mime = model.mimeData([i for i in self.selectedIndexes() if model.shift_at(i) is not None])
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def choose_person(self, source: ShiftView, target: ShiftView) -> PersonOnDuty | None:
        menu = QMenu(self)
        title = menu.addAction(self.tr("移动哪一位到 {0}？").format(shift_label(target.day, target.name)))
        title.setEnabled(False)
        menu.addSeparator()
        for person in source.people:
            menu.addAction(f"{person.name}（{person.role}）").setData(person.assignment_id)
        chosen = menu.exec(QCursor.pos())
        if chosen is None or chosen.data() is None:
            return None
        return next(p for p in source.people if p.assignment_id == chosen.data())


def list_view(model: SimpleTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
