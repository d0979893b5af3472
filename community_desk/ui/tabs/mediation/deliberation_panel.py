"""群议厅 (城乡社区协商) panel: the topic list with filters, a topic's timeline, one 下一步 button, and the bodies.

Reads go through DeliberationReader (plain sqlite3), so embedding the panel costs the window no SQLAlchemy
import; the write service and the dialogs load when the clerk first saves something. The data is read when the
panel is first shown, not when it is built, because it sits behind a tab the clerk may never open.
"""

from __future__ import annotations

import html
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import PROGRESS, STEP_TITLES, Step
from community_desk.services.deliberation_dto import TopicDetail, TopicQuery
from community_desk.services.deliberation_reader import DeliberationReader
from community_desk.ui.tabs.mediation.deliberation_bodies import BodiesPage
from community_desk.ui.tabs.mediation.deliberation_models import TopicTableModel
from community_desk.ui.widgets.code_combo import CodeComboBox

if TYPE_CHECKING:
    from community_desk.app import Services

STEP_COLORS = {Step.FEEDBACK: "#1b5e20", Step.REJECTED: "#8a8a8a", Step.VOTE: "#0d47a1"}


def _dialogs() -> ModuleType:
    """Step dialogs, imported on first use: the window shows sooner without them."""
    from community_desk.ui.tabs.mediation import deliberation_dialogs

    return deliberation_dialogs


def _prints() -> ModuleType:
    from community_desk.ui.tabs.mediation import report_actions

    return report_actions


def _forms() -> ModuleType:
    from community_desk.ui.tabs.mediation import deliberation_forms

    return deliberation_forms


class DeliberationPanel(QWidget):
    """Topics on the left, the selected topic's particulars and timeline on the right; bodies on a second tab."""

    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliberationPanel")
        self.services = services
        self.reader = DeliberationReader(services.database.path)
        self._detail: TopicDetail | None = None
        self._loaded = False
        self.step_filter = QComboBox(self)
        self.step_filter.addItem(self.tr("全部步骤"), "")
        for step in Step:
            self.step_filter.addItem(step.value, step.value)
        self.category_filter = CodeComboBox(
            rules.CATEGORIES, self, blank=True, blank_text=self.tr("全部类别"), editable=False
        )
        self.year_filter = QComboBox(self)
        for combo in (self.step_filter, self.year_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("按议题名称或编号查找"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("新建议题…"), self)
        self.model = TopicTableModel(self.reader, self)
        self.table = QTableView(self)
        self.table.setObjectName("deliberationTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((72, 190, 72, 84, 100, 88, 60)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.timeline = QTextBrowser(self)
        self.timeline.setObjectName("deliberationTimeline")
        self.next_button = QPushButton(self.tr("下一步…"), self)
        self.next_button.setObjectName("deliberationNext")
        self.progress_button = QPushButton(self.tr("记录落实进展…"), self)
        self.edit_button = QPushButton(self.tr("修改议题…"), self)
        self._next_menu = QMenu(self)
        self.print_button = QPushButton(self.tr("打印/导出…"), self)
        self.print_button.setObjectName("deliberationPrint")
        self.act_print_record = QAction(self.tr("打印协商议事记录…"), self)
        self.act_print_notice = QAction(self.tr("打印决议公示…"), self)
        self.act_export_ledger = QAction(self.tr("导出群议厅台账…"), self)
        print_menu = QMenu(self)
        print_menu.addActions([self.act_print_record, self.act_print_notice])
        print_menu.addSeparator()
        print_menu.addAction(self.act_export_ledger)
        self.print_button.setMenu(print_menu)
        self.bodies_page = BodiesPage(services, self.reader, self)
        self._layout()
        self._connect()
        self._show_topic(None)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((self.tr("步骤"), self.step_filter), (self.tr("类别"), self.category_filter),
                              (self.tr("年份"), self.year_filter)):  # fmt: skip
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.new_button)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.info_label)
        column.addWidget(self.timeline, 1)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.progress_button, self.edit_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([690, 470])
        topics = QWidget(self)
        page = QVBoxLayout(topics)
        page.addLayout(filters)
        page.addWidget(splitter, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(topics, self.tr("议题"))
        self.tabs.addTab(self.bodies_page, self.tr("议事机构与会议"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _connect(self) -> None:
        for combo in (self.step_filter, self.category_filter, self.year_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search_edit.textChanged.connect(lambda _t: self.apply_filters())
        self.new_button.clicked.connect(self.new_topic)
        self.next_button.clicked.connect(self._next_clicked)
        self.progress_button.clicked.connect(lambda: self.open_step(PROGRESS))
        self.edit_button.clicked.connect(self.edit_topic)
        self.act_print_record.triggered.connect(lambda: self.print_form("协商议事记录"))
        self.act_print_notice.triggered.connect(lambda: self.print_form("决议公示"))
        self.act_export_ledger.triggered.connect(self.export_ledger)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_changed(current.row()))
        self.model.modelReset.connect(lambda: self._show_topic(None))
        self.bodies_page.changed.connect(self.status_changed.emit)

    # --- loading ------------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Re-reads years, topics and bodies; keeps (or moves to) the selected topic."""
        self._loaded = True
        keep = select_id if select_id is not None else (self._detail.id if self._detail else None)
        year = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("全部年份"), 0)
        years = self.reader.years()
        for value in years:
            self.year_filter.addItem(self.tr("{0}年").format(value), value)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year or 0)))
        self.year_filter.blockSignals(False)
        self.apply_filters(keep)
        self.bodies_page.refresh(years)

    def query(self) -> TopicQuery:
        return TopicQuery(
            step=self.step_filter.currentData() or None,
            category=self.category_filter.code() or None,
            year=self.year_filter.currentData() or None,
            text=self.search_edit.text().strip(),
            sort_key=self.model.query.sort_key,
            descending=self.model.query.descending,
        )

    def apply_filters(self, select_id: int | None = None) -> None:
        self.model.set_query(self.query())
        self.status_changed.emit(self.tr("群议厅：{0} 个议题").format(self.model.total))
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)

    def _row_changed(self, row: int) -> None:
        topic = self.model.row_at(row)
        self._show_topic(self.reader.topic(topic.id) if topic else None)

    def current_topic(self) -> TopicDetail | None:
        return self._detail

    # --- detail -------------------------------------------------------------------------------------------------
    def _show_topic(self, detail: TopicDetail | None) -> None:
        self._detail = detail
        self.edit_button.setEnabled(detail is not None)
        self.progress_button.setEnabled(detail is not None and detail.can_add_progress)
        self._next_menu.clear()
        self.next_button.setMenu(None)
        kinds = {entry.kind for entry in detail.timeline} if detail else set()
        self.act_print_record.setEnabled(Step.MEETING in kinds)  # a 协商会议 was held
        self.act_print_notice.setEnabled(Step.RESOLUTION in kinds)  # a vote passed and the 决议 is recorded
        if detail is None:
            self.title_label.setText(self.tr("请选择议题"))
            self.info_label.clear()
            self.timeline.clear()
            self.next_button.setText(self.tr("下一步…"))
            self.next_button.setEnabled(False)
            return
        self.title_label.setText(f"{detail.number}　{detail.title}")
        self.info_label.setText(self._info_html(detail))
        self.timeline.setHtml(self._timeline_html(detail))
        steps = detail.next_steps
        self.next_button.setEnabled(bool(steps))
        if not steps:
            self.next_button.setText(self.tr("已办结") if detail.step == Step.FEEDBACK else self.tr("已结束"))
        elif len(steps) == 1:
            self.next_button.setText(self.tr("下一步：{0}…").format(STEP_TITLES[steps[0]]))
        else:  # after a failed vote: back to 协商, or close as 未通过
            self.next_button.setText(self.tr("下一步（表决未通过）"))
            labels = {Step.MEETING: self.tr("重新协商…"), Step.REJECTED: self.tr("结束为未通过…")}
            for step in steps:
                action = self._next_menu.addAction(labels.get(Step(step), STEP_TITLES[step]))
                action.setData(step)
                action.triggered.connect(lambda _checked=False, step=step: self.open_step(step))
            self.next_button.setMenu(self._next_menu)

    def next_actions(self) -> list[QAction]:
        """The choices behind 下一步 when there is more than one (after a failed vote)."""
        return list(self._next_menu.actions())

    def _info_html(self, d: TopicDetail) -> str:
        e = html.escape
        proposers = "、".join(p.name for p in d.proposers) or self.tr("（未填）")
        parts = [
            self.tr("类别：{0}").format(e(d.category)),
            self.tr("来源：{0}").format(e(d.source_label)),
            self.tr("提议人：{0}").format(e(proposers)),
            self.tr("通过比例：{0}").format(e(d.threshold_name)),
            self.tr("状态：{0}").format(e(d.status)),
        ]
        text = "　".join(parts[:3]) + "<br>" + "　".join(parts[3:])
        return text + (f"<br><span style='color:#555'>{e(d.description)}</span>" if d.description else "")

    def _timeline_html(self, d: TopicDetail) -> str:
        e = html.escape
        rows = []
        for entry in d.timeline:
            color = STEP_COLORS.get(entry.kind, "#333")
            lines = [f"<b style='color:{color}'>{e(entry.title)}</b>　{e(entry.summary)}"]
            lines += [f"<span style='color:#555'>{e(label)}：{e(text)}</span>" for label, text in entry.details]
            when = (
                f"<td style='padding:4px 10px 4px 0; white-space:nowrap; color:#555'>{entry.on_date.isoformat()}</td>"
            )
            rows.append(f"<tr>{when}<td style='padding:4px 0'>{'<br>'.join(lines)}</td></tr>")
        if d.next_steps:
            waiting = self.tr("待办：{0}").format("／".join(STEP_TITLES[s] for s in d.next_steps))
            rows.append(f"<tr><td></td><td style='padding:6px 0; color:#b35c00'>{e(waiting)}</td></tr>")
        return "<table cellspacing='0'>" + "".join(rows) + "</table>"

    # --- user actions -------------------------------------------------------------------------------------------
    def _next_clicked(self) -> None:
        if self._detail is not None and len(self._detail.next_steps) == 1:
            self.open_step(self._detail.next_steps[0])

    def open_step(self, step: str) -> None:
        """Opens the dialog of `step`, which must be the next allowed one (or a 落实 progress note)."""
        detail = self._detail
        if detail is None:
            return
        allowed = step in detail.next_steps or (step == PROGRESS and detail.can_add_progress)
        if not allowed:
            return
        dialog = _dialogs().STEP_DIALOGS[step](self.services, detail, self)
        if dialog.exec():
            self.refresh(detail.id)
            self.status_changed.emit(self.tr("议题{0}：已记录“{1}”").format(detail.number, STEP_TITLES[step]))

    def new_topic(self) -> None:
        dialog = _forms().TopicDialog(self.services, None, self)
        if dialog.exec():
            self.refresh(dialog.topic_id)
            self.status_changed.emit(self.tr("已新建议题"))

    def edit_topic(self) -> None:
        if self._detail is not None and _forms().TopicDialog(self.services, self._detail, self).exec():
            self.refresh(self._detail.id)

    def print_form(self, form: str) -> None:
        """协商议事记录 or 决议公示 of the selected topic (Word)."""
        if self._detail is not None:
            _prints().print_topic_form(self, self.services, self._detail, form, self.status_changed.emit)

    def export_ledger(self) -> None:
        """The 台账 of the year chosen in the filter (else of the selected topic, else this year)."""
        year = self.year_filter.currentData() or (int(self._detail.number[:4]) if self._detail else date.today().year)
        _prints().export_deliberation_ledger(self, self.services, year, self.status_changed.emit)
