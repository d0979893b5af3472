"""The year's periods (12 months, 4 quarters, the year) with each one's status, as a read-only list model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from community_desk.domain.report import ReportKind, ReportPeriod, ReportStatus
from community_desk.ui.models.simple_table import ROW_KEY_ROLE, ModelIndex, SimpleTableModel

if TYPE_CHECKING:
    from community_desk.services.reports import ReportListRow

FINAL_TEXT = QColor("#1b5e20")
NOT_YET_TEXT = QColor("#9e9e9e")  # a period that has not ended: its figures are still moving


def year_periods(year: int) -> list[ReportPeriod]:
    """The order of the list: months, then quarters, then the year."""
    months = [ReportPeriod.month(year, month) for month in range(1, 13)]
    return [*months, *(ReportPeriod.quarter(year, q) for q in range(1, 5)), ReportPeriod.whole_year(year)]


def short_label(period: ReportPeriod) -> str:
    """The label without the year, which the list's year box already shows: 10月 / 第四季度 / 全年."""
    if period.kind is ReportKind.YEAR:
        return "全年"
    return period.label.removeprefix(f"{period.year}年")


class PeriodListModel(SimpleTableModel):
    """期间 | 状态 | 定稿时间 | 定稿人; a period never saved is a 草稿 like one with saved text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("期间"), self.tr("状态"), self.tr("定稿时间"), self.tr("定稿人")], parent)
        self._final: set[ReportPeriod] = set()
        self._today = date.today()

    def set_year(self, year: int, stored: Sequence[ReportListRow], today: date | None = None) -> None:
        self._today = today or date.today()
        final = {row.period: row for row in stored if row.status is ReportStatus.FINAL}
        self._final = set(final)
        periods = year_periods(year)
        rows = []
        for period in periods:
            row = final.get(period)
            if row is None:
                rows.append((short_label(period), ReportStatus.DRAFT.value, "", ""))
            else:
                when = f"{row.finalised_at:%Y-%m-%d %H:%M}" if row.finalised_at else ""
                rows.append((short_label(period), ReportStatus.FINAL.value, when, row.finalised_by))
        self.set_rows(rows, periods)

    def period(self, row: int) -> ReportPeriod | None:
        key = self.key(row)
        return key if isinstance(key, ReportPeriod) else None

    def row_of(self, period: ReportPeriod) -> int:
        return next((row for row in range(self.rowCount()) if self.key(row) == period), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        period = self.period(index.row()) if index.isValid() else None
        if period is None or index.column() >= self.columnCount():
            return super().data(index, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            if period in self._final:
                return QBrush(FINAL_TEXT)
            if period.last >= self._today:
                return QBrush(NOT_YET_TEXT)
        if role == Qt.ItemDataRole.FontRole and period.kind is not ReportKind.MONTH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and period.last >= self._today and period not in self._final:
            return self.tr("{0}尚未结束，数字还会变化").format(period.label)
        if role == ROW_KEY_ROLE:
            return period
        return super().data(index, role)
