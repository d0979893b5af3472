"""值班记录 of one shift (domain.md §2): calls and visits, 突发事件, 巡查情况, 交接班事项, 备注 and the two signatures.

Entries and handover items are written the moment they are added, so a crash or a forgotten 保存 loses none of them;
the free-text boxes are written on 保存 (or before an export), and closing with unsaved text asks first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain.calendar import WEEKDAY_NAMES
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import (
    DutyLogInput,
    DutyLogView,
    HandoverItemView,
    LogEntryView,
    PersonOnDuty,
)
from community_desk.services.roster_duty_log import ENTRY_KINDS
from community_desk.ui.background import run_in_background
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.residents.form_dialog import ERROR_STYLE
from community_desk.ui.tabs.roster.log_entries import (
    KIND_INCIDENT,
    EntryDialog,
    HandoverDialog,
    _EntriesPage,
    plain_text_box,
)

if TYPE_CHECKING:
    from community_desk.services.roster import RosterService


def _people_text(people: tuple[PersonOnDuty, ...], swapped: str, missing: str) -> str:
    return (
        "、".join(
            f"{p.name}（{p.phone}）{swapped if p.by_swap else ''}"
            if p.phone
            else f"{p.name}{swapped if p.by_swap else ''}"
            for p in people
        )
        or missing
    )


class DutyLogDialog(QDialog):
    """The 值班记录 of one shift, filled in during or after it and printed as the day's sheet."""

    def __init__(self, service: RosterService, shift_id: int, community: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self.shift_id, self._community = service, shift_id, community
        log = service.duty_log(shift_id)
        if log is None:
            raise UserError(self.tr("该班次已不存在，请刷新值班表"))
        self.log: DutyLogView = log
        shift = log.shift
        self.setWindowTitle(self.tr("值班记录 — {0}月{1}日 {2}").format(shift.day.month, shift.day.day, shift.name))
        self.header = QLabel(self)
        self.header.setObjectName("dutyLogHeader")
        self.header.setWordWrap(True)
        header_box = QGroupBox(self.tr("班次"), self)
        QVBoxLayout(header_box).addWidget(self.header)
        self.calls = _EntriesPage(self, ENTRY_KINDS[:2], self.tr("来电来访人"), "dutyLogCalls")
        self.incidents = _EntriesPage(self, (KIND_INCIDENT,), self.tr("涉及人员"), "dutyLogIncidents")
        self.pages = QTabWidget(self)
        self.pages.addTab(self.calls, "")
        self.pages.addTab(self.incidents, "")
        self.pages.addTab(self._patrol_page(), self.tr("巡查情况"))
        self.pages.addTab(self._handover_page(), "")
        self.notes = plain_text_box(self, log.data.notes)
        self.pages.addTab(self._wrap(self.notes), self.tr("备注"))
        self.handed_over_by = self._signature(log.data.handed_over_by)
        self.taken_over_by = self._signature(log.data.taken_over_by)
        signatures = QHBoxLayout()
        for label, widget in ((self.tr("交班人"), self.handed_over_by), (self.tr("接班人"), self.taken_over_by)):
            signatures.addWidget(QLabel(label, self))
            signatures.addWidget(widget, 1)
        self.message = QLabel(self)
        self.message.setObjectName("dutyLogMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setDefault(True)
        self.export_button = QPushButton(self.tr("导出 Word…"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(header_box)
        layout.addWidget(self.pages, 1)
        layout.addLayout(signatures)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self._choose_export)
        self.close_button.clicked.connect(self.reject)
        self._saved = self.current_input()
        self.reload()
        self.resize(920, 640)

    # --- building -----------------------------------------------------------------------------------------------
    def _wrap(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget)
        return page

    def _patrol_page(self) -> QWidget:
        self.patrol_doorstep = plain_text_box(self, self.log.data.patrol_doorstep)
        self.patrol_safety = plain_text_box(self, self.log.data.patrol_safety)
        return self._wrap(
            QLabel(self.tr("门前三包"), self),
            self.patrol_doorstep,
            QLabel(self.tr("四防（防火 防盗 防破坏 防治安灾害事故）"), self),
            self.patrol_safety,
        )

    def _handover_page(self) -> QWidget:
        self.handover_model = SimpleTableModel(
            (self.tr("状态"), self.tr("提出班次"), self.tr("事项"), self.tr("办结情况")), self
        )
        self.handover_table = table_view(self, "dutyLogHandover")
        self.handover_table.setModel(self.handover_model)
        for column, width in enumerate((90, 130, 330)):
            self.handover_table.setColumnWidth(column, width)
        self.raise_button = QPushButton(self.tr("新增事项…"), self)
        self.close_item_button = QPushButton(self.tr("办结…"), self)
        self.raise_button.clicked.connect(self.raise_item)
        self.close_item_button.clicked.connect(lambda: self.close_item(self.current_item()))
        bar = QHBoxLayout()
        bar.addWidget(self.raise_button)
        bar.addWidget(self.close_item_button)
        bar.addWidget(QLabel(self.tr("未办结的事项会一直转到以后的班次，直到某一班办结。"), self))
        bar.addStretch(1)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.handover_table, 1)
        return page

    def _signature(self, value: str) -> QComboBox:
        """Editable: the names on this and the neighbouring shifts are offered, anyone may be typed."""
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(["", *self._nearby_names()])
        combo.setEditText(value)
        return combo

    def _nearby_names(self) -> list[str]:
        shift = self.log.shift
        around = self._service.shifts_between(shift.day - timedelta(days=1), shift.day + timedelta(days=1))
        ordered = sorted(around, key=lambda s: s.starts_at)
        at = next((i for i, s in enumerate(ordered) if s.id == shift.id), 0)
        names = [p.name for s in (shift, *ordered[max(0, at - 1) : at], *ordered[at + 1 : at + 2]) for p in s.people]
        return list(dict.fromkeys(names))

    # --- showing ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Entries and handover items again from the database; the text boxes keep what is being typed."""
        log = self._service.duty_log(self.shift_id)
        if log is None:
            self.show_error(self.tr("该班次已不存在，请刷新值班表"))
            return
        self.log = log
        shift = log.shift
        day = f"{shift.day.year}年{shift.day.month}月{shift.day.day}日 星期{WEEKDAY_NAMES[shift.day.weekday()]}"
        swapped, missing = self.tr("（调班）"), self.tr("未排")
        self.header.setText(
            self.tr("日期：{0} {1}　　班次：{2} {3}\n带班领导：{4}\n值班人员：{5}").format(
                day,
                shift.day_name,
                shift.name,
                shift.hours_label,
                _people_text(shift.leaders, swapped, missing),
                _people_text(shift.staff, swapped, missing),
            )
        )
        self.pages.setTabText(0, self.tr("来电来访（{0}）").format(self.calls.show_entries(log.entries)))
        self.pages.setTabText(1, self.tr("突发事件（{0}）").format(self.incidents.show_entries(log.entries)))
        rows: list[tuple[str, ...]] = []
        items: list[HandoverItemView] = []
        for item in log.carried_in:
            rows.append((self.tr("上班遗留"), item.opened_shift, item.text, self.tr("未办结")))
            items.append(item)
        for item in log.raised_here:
            state = self.tr("已办结 {0}").format(item.closing_note) if item.closed else self.tr("未办结")
            rows.append((self.tr("本班新增"), item.opened_shift, item.text, state))
            items.append(item)
        for item in log.closed_here:
            rows.append(
                (self.tr("本班办结"), item.opened_shift, item.text, self.tr("已办结 {0}").format(item.closing_note))
            )
            items.append(item)
        self.handover_model.set_rows(rows, items)
        still_open = sum(not item.closed for item in items)
        self.pages.setTabText(3, self.tr("交接班事项（{0} 项未办结）").format(still_open))

    def current_item(self) -> HandoverItemView | None:
        index = self.handover_table.currentIndex()
        item = self.handover_model.key(index.row()) if index.isValid() else None
        return item if isinstance(item, HandoverItemView) else None

    def show_error(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)

    def show_status(self, message: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(message)

    # --- writing ------------------------------------------------------------------------------------------------
    def edit_entry(self, entry: LogEntryView | None, kind: str) -> EntryDialog | None:
        dialog = EntryDialog(self._service, self.shift_id, self, entry, kind)
        if dialog.exec():
            self.reload()
            self.show_status(self.tr("已保存{0}记录").format(dialog.kind.currentText()))
        return dialog

    def delete_entry(self, entry: LogEntryView | None) -> None:
        if entry is None:
            return
        question = self.tr("删除这条{0}记录吗？\n{1} {2} {3}").format(
            entry.kind, f"{entry.at:%H:%M}", entry.person, entry.matter[:30]
        )
        if QMessageBox.question(self, self.tr("请确认"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_entry(entry.id)
        except UserError as error:
            self.show_error(error.message)
            return
        self.reload()
        self.show_status(self.tr("已删除{0}记录").format(entry.kind))

    def raise_item(self) -> HandoverDialog:
        dialog = HandoverDialog(self._service, self.shift_id, self)
        if dialog.exec():
            self.reload()
            self.show_status(self.tr("已新增交接事项，以后的班次会看到它直到办结"))
        return dialog

    def close_item(self, item: HandoverItemView | None) -> HandoverDialog | None:
        if item is None or item.closed:
            self.show_error(self.tr("请先选中一项未办结的交接事项"))
            return None
        dialog = HandoverDialog(self._service, self.shift_id, self, item)
        if dialog.exec():
            self.reload()
            self.show_status(self.tr("交接事项已在本班办结"))
        return dialog

    def current_input(self) -> DutyLogInput:
        return DutyLogInput(
            self.patrol_doorstep.toPlainText(),
            self.patrol_safety.toPlainText(),
            self.notes.toPlainText(),
            self.handed_over_by.currentText(),
            self.taken_over_by.currentText(),
        )

    def save(self) -> bool:
        data = self.current_input()
        try:
            self._service.save_log(self.shift_id, data)
        except UserError as error:
            self.show_error(error.message)
            return False
        self._saved = data
        self.show_status(self.tr("已保存 {0:%H:%M}").format(datetime.now().time()))
        return True

    def reject(self) -> None:
        """Closing with unsaved text offers to save it rather than dropping an evening's notes."""
        if self.current_input() != self._saved:
            answer = QMessageBox.question(
                self,
                self.tr("尚未保存"),
                self.tr("值班记录有未保存的修改，保存吗？"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                return
        super().reject()

    # --- export -------------------------------------------------------------------------------------------------
    def _choose_export(self) -> None:
        shift = self.log.shift
        suggested = Path.home() / f"值班记录_{shift.day:%Y%m%d}_{shift.name}.docx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出值班记录"), str(suggested), self.tr("Word 文档 (*.docx)")
        )
        if path:
            self.export_docx(Path(path))

    def export_docx(self, path: Path) -> None:
        """Saves the text first, so the sheet shows what is on screen; the file is written off the UI thread."""
        if not self.save():
            return
        path = path if path.suffix.lower() == ".docx" else path.with_suffix(".docx")
        self.export_button.setEnabled(False)
        self.show_status(self.tr("正在导出…"))

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            self.show_status(self.tr("已导出到 {0}").format(written))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.show_error(self.tr("未导出：{0}").format(error))

        service, shift_id, community = self._service, self.shift_id, self._community
        run_in_background(
            self,
            lambda _progress: service.export_duty_log(shift_id, path, community),
            on_success=done,
            on_failure=failed,
            title=self.tr("正在导出值班记录…"),
        )
