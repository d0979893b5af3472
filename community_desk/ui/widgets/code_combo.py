"""A drop-down over a national code list: clerks see and type names (汉族), the program reads codes ("01")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeLike(Protocol):
    code: str
    name: str


def _code_of(codes: Iterable[CodeLike], text: str) -> str | None:
    """A CodeList also knows aliases (汉 → 01, 党员 → 01); a plain list of codes does not."""
    lookup = getattr(codes, "code_of", None)
    return lookup(text) if callable(lookup) else None


class CodeComboBox(QComboBox):
    """Shows names, returns codes; typing 汉 offers 汉族, typing 01 offers 汉族 too (the completer matches anywhere).

    Text that matches nothing is put back to the current choice when editing finishes, so what the clerk sees
    is always what `code()` returns.
    """

    def __init__(
        self,
        codes: Iterable[CodeLike],
        parent: QWidget | None = None,
        *,
        blank: bool = False,
        blank_text: str = "",
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._code_list = codes
        self._codes = [(c.code, c.name) for c in codes]
        self._blank = blank
        if blank:
            self.addItem(blank_text, "")
        for code, name in self._codes:
            self.addItem(name, code)
            self.setItemData(self.count() - 1, f"{name} {code}", SEARCH_ROLE)
        self.setMaxVisibleItems(15)
        self.setEditable(editable)
        if editable:
            self._install_completer()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)

    # --- public -------------------------------------------------------------------------------------------
    def code(self) -> str:
        """The code of what the clerk sees; "" for the blank entry."""
        index = self._resolve(self.currentText()) if self.isEditable() else None
        if index is None:
            index = self.currentIndex()
        value = self.itemData(index, CODE_ROLE) if index >= 0 else None
        return value or ""

    def set_code(self, code: str | None) -> None:
        """Select `code`; empty selects the blank entry (or nothing).

        A stored code the list does not know (an old import) is added as itself rather than dropped, so
        saving the form does not silently erase it; the service then names it as the field to correct.
        """
        index = self.findData(code or "", CODE_ROLE) if (code or self._blank) else -1
        if index < 0 and code:
            self.addItem(code, code)
            self.setItemData(self.count() - 1, code, SEARCH_ROLE)
            index = self.count() - 1
        self.setCurrentIndex(index)
        if self.isEditable():
            self.setEditText(self.itemText(index) if index >= 0 else "")

    def name(self) -> str:
        index = self.findData(self.code(), CODE_ROLE)
        return self.itemText(index) if index >= 0 else ""

    # --- completion ---------------------------------------------------------------------------------------
    def _install_completer(self) -> None:
        """Filter the combo's own items on "name code" ourselves; Qt's completer only matches its one role,
        and completing on that role would put "汉族 01" into the field."""
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._filter = QSortFilterProxyModel(self)
        self._filter.setSourceModel(self.model())
        self._filter.setFilterRole(SEARCH_ROLE)
        self._filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer = QCompleter(self)
        completer.setModel(self._filter)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._filter_completions)
        self.lineEdit().editingFinished.connect(self._settle_text)

    def _filter_completions(self, text: str) -> None:
        self._filter.setFilterFixedString(text.strip())
        if text.strip() and self._filter.rowCount():
            self.completer().complete()
        else:
            self.completer().popup().hide()

    def _settle_text(self) -> None:
        """Turn typed text into a real choice, or put the current choice back."""
        index = self._resolve(self.currentText())
        if index is None:
            index = self.currentIndex()
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index) if index >= 0 else "")

    def _resolve(self, text: str) -> int | None:
        """Exact name, exact code, an alias, then a single partial match; None when ambiguous or unknown."""
        text = text.strip()
        if not text:
            return self.findData("", CODE_ROLE) if self._blank else None
        for role in (Qt.ItemDataRole.DisplayRole, CODE_ROLE):
            index = self.findData(text, role, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                return index
        alias = _code_of(self._code_list, text)
        if alias:
            return self.findData(alias, CODE_ROLE)
        partial = [i for i in range(self.count()) if text.casefold() in (self.itemText(i) or "").casefold()]
        if len(partial) == 1:
            return partial[0]
        return None
