"""受理 a new case, and the case dialog: 基本信息, 当事人, 调解员, 调查记录, 调解记录, 结果与协议, 回访, 时间线.

In the case dialog each button is its own clerk action, saved at once and audited (like the tag panel of the
居民 tab); the dialog then re-reads the case so every tab shows what is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import CaseDetail
from community_desk.ui.background import run_in_background, show_error
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.case_forms import CaseForm, MediatorChecklist, PartiesEditor
from community_desk.ui.tabs.mediation.outcome_page import OutcomePage, records_page
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.residents.form_dialog import FormDialog, focus_field

if TYPE_CHECKING:
    from community_desk.services.mediation import MediationService


class NewCaseDialog(FormDialog):
    """受理登记: 基本信息, both sides and the mediators; the 卷号 is given on 保存."""

    def __init__(self, service: MediationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.case_id: int | None = None
        self.setWindowTitle(self.tr("受理人民调解案件"))
        self.number = QLabel(self)
        self.form = CaseForm(self)
        self.parties = PartiesEditor(service, self)
        self.mediators = MediatorChecklist(self)
        self.mediators.set_mediators(service.mediators(active_only=True), [])
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("基本信息"))
        self.tabs.addTab(self.parties, self.tr("当事人"))
        self.tabs.addTab(self.mediators, self.tr("调解员"))
        self.body.addWidget(self.number)
        self.body.addWidget(self.tabs)
        self.form.accepted_on.dateChanged.connect(lambda _day: self._show_number())
        self._show_number()
        self.fit_width(680)

    def _show_number(self) -> None:
        year = self.form.values().accepted_on.year
        self.number.setText(self.tr("卷号（保存时自动编号）：{0}").format(self._service.next_case_number(year)))

    def save(self) -> None:
        self.case_id = self._service.create_case(self.form.values(), self.parties.parties, self.mediators.chosen())

    def field_widget(self, field: str | None) -> QWidget | None:
        if field == "parties":
            return self.parties.view
        if field == "mediators":
            return self.mediators
        return self.form.field_widget(field)


class CaseDialog(QDialog):
    """One case, every part of it; opens on a tab (e.g. 回访 from the banner)."""

    def __init__(self, service: MediationService, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self.case_id = service, case_id
        self.detail: CaseDetail | None = None
        self.changed = False
        self.header = QLabel(self)
        self.header.setObjectName("caseHeader")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.form = CaseForm(self)
        self.save_basic = QPushButton(self.tr("保存基本信息"), self)
        self.form.level.setEnabled(False)
        self.form.level.setToolTip(self.tr("在“结果与协议”中用“移交上级调处…”改变层级"))
        self.parties = PartiesEditor(service, self)
        self.save_parties = QPushButton(self.tr("保存当事人"), self)
        self.mediators = MediatorChecklist(self)
        self.save_mediators = QPushButton(self.tr("保存调解员"), self)
        self.investigations, self.add_investigation = records_page(
            self,
            [self.tr("时间"), self.tr("地点"), self.tr("调查人"), self.tr("被调查人"), self.tr("内容")],
            self.tr("添加调查记录…"),
        )
        self.sessions, self.add_session = records_page(
            self,
            [
                self.tr("时间"),
                self.tr("地点"),
                self.tr("参加人"),
                self.tr("调解员"),
                self.tr("当事人陈述"),
                self.tr("调解过程"),
                self.tr("结果"),
            ],
            self.tr("添加调解记录…"),
        )
        self.outcome = OutcomePage(service, self)
        self.visits, self.add_visit = records_page(
            self,
            [self.tr("回访日期"), self.tr("回访人"), self.tr("履行情况"), self.tr("当事人意见")],
            self.tr("添加回访记录…"),
        )
        self.visit_due = QLabel(self)
        self.timeline = SimpleTableModel([self.tr("日期"), self.tr("时间"), self.tr("事项"), self.tr("内容")], self)
        timeline_view = table_view(self, "timelineTable")
        timeline_view.setModel(self.timeline)
        timeline_view.setColumnWidth(0, 95)
        timeline_view.setColumnWidth(1, 50)
        for title, widgets in (
            (self.tr("基本信息"), [self.form, self.save_basic]),
            (self.tr("当事人"), [self.parties, self.save_parties]),
            (self.tr("调解员"), [self.mediators, self.save_mediators]),
            (self.tr("调查记录"), [self.investigations.parentWidget()]),
            (self.tr("调解记录"), [self.sessions.parentWidget()]),
            (self.tr("结果与协议"), [self.outcome]),
            (self.tr("回访"), [self.visit_due, self.visits.parentWidget()]),
            (self.tr("时间线"), [timeline_view]),
        ):
            self.tabs.addTab(self._page(widgets), title)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        self.print_file = QPushButton(self.tr("打印卷宗…"), self)
        self.print_file.setToolTip(self.tr("封面、卷内目录和全部文书，保存为 Word 或 PDF"))
        self.form_menu = QMenu(self)
        self.make_form = QPushButton(self.tr("生成文书"), self)
        self.make_form.setMenu(self.form_menu)
        self.export_status = QLabel(self)
        close.addButton(self.print_file, QDialogButtonBox.ButtonRole.ActionRole)
        close.addButton(self.make_form, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_file.clicked.connect(self.print_case_file)
        self.form_menu.aboutToShow.connect(self._fill_form_menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.export_status)
        layout.addWidget(close)
        self.save_basic.clicked.connect(
            lambda: self._act(lambda: service.update_case(case_id, self.form.values()), self.form.field_widget)
        )
        self.save_parties.clicked.connect(lambda: self._act(lambda: service.set_parties(case_id, self.parties.parties)))
        self.save_mediators.clicked.connect(
            lambda: self._act(lambda: service.set_mediators(case_id, self.mediators.chosen()))
        )
        self.add_investigation.clicked.connect(lambda: self._record(self.outcome.investigation_dialog))
        self.add_session.clicked.connect(lambda: self._record(self.outcome.session_dialog))
        self.add_visit.clicked.connect(lambda: self._record(self.outcome.visit_dialog))
        self.outcome.done.connect(self._changed)
        self.resize(900, 640)
        self.reload()

    def _page(self, widgets: list[QWidget]) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for widget in widgets:
            if isinstance(widget, QPushButton):
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(widget)
                layout.addLayout(row)
            else:
                layout.addWidget(widget, 1 if not isinstance(widget, QLabel) else 0)
        return page

    def reload(self) -> None:
        detail = self._service.case(self.case_id)
        self.detail = detail
        if detail is None:
            self.setWindowTitle(self.tr("调解案件"))
            self.header.setText(self.tr("该案件已不存在（可能已被删除）"))
            self.tabs.setEnabled(False)
            return
        self.setWindowTitle(self.tr("调解案件 {0}").format(detail.number))
        clock = (
            self.tr("，已用 {0} 天（期限 {1}）{2}").format(detail.days, detail.deadline.isoformat(), detail.clock.value)
            if detail.days is not None
            else ""
        )
        self.header.setText(self.tr("<b>{0}</b>　状态：{1}{2}").format(detail.number, detail.status, clock))
        self.form.set_values(detail.values)
        self.parties.set_parties([p.values for p in detail.parties])
        self.mediators.set_mediators(self._service.mediators(), [m.id for m in detail.mediators])
        self.investigations.model().set_rows(
            [
                (
                    i.values.at.strftime("%Y-%m-%d %H:%M"),
                    i.values.place,
                    i.values.investigator,
                    i.values.subject,
                    i.values.content,
                )
                for i in detail.investigations
            ]
        )
        self.sessions.model().set_rows(
            [
                (
                    s.values.at.strftime("%Y-%m-%d %H:%M"),
                    s.values.place,
                    s.values.attendees,
                    s.values.mediators,
                    s.values.statements,
                    s.values.process,
                    s.values.result,
                )
                for s in detail.sessions
            ]
        )
        self.visits.model().set_rows(
            [
                (v.values.visited_on.isoformat(), v.values.visitor, v.values.performance, v.values.opinion)
                for v in detail.visits
            ]
        )
        due = detail.followup_due
        self.visit_due.setText(
            self.tr("应回访日期：{0} {1}").format(due.isoformat(), detail.visit.value)
            if due
            else self.tr("达成协议后30天内回访。")
        )
        self.timeline.set_rows([(e.on.isoformat(), e.time, e.kind, e.text) for e in detail.timeline])
        self.outcome.show_case(detail)
        final = detail.status in ("已结案", "调解不成", "终止")
        self.add_session.setEnabled(not final)
        self.add_visit.setEnabled(detail.outcome in ("书面协议", "口头协议"))

    def _act(self, action, field_widget=None) -> bool:
        try:
            action()
        except UserError as error:
            QMessageBox.warning(self, self.tr("未能保存"), error.message)
            widget = field_widget(error.field) if field_widget else None
            if widget is not None:
                focus_field(widget)
            return False
        self._changed()
        return True

    def _record(self, make_dialog) -> None:
        if make_dialog(self).exec():
            self._changed()

    def _changed(self) -> None:
        self.changed = True
        self.reload()

    def open_tab(self, title: str) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)

    # --- 卷宗 and single forms ----------------------------------------------------------------------------------
    def _save_path(self, title: str, name: str, filters: str) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(self, title, name, filters)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() not in (".docx", ".pdf"):  # the file type chosen in the dialog decides
            path = path.with_name(path.name + (".pdf" if "pdf" in chosen.lower() else ".docx"))
        return path

    def _export(self, work, busy: str, title: str | None) -> None:
        self.export_status.setText(busy)

        def failed(error: BaseException) -> None:
            self.export_status.setText("")
            show_error(self, error)

        run_in_background(
            self,
            work,
            on_success=lambda written: self.export_status.setText(self.tr("已生成：{0}").format(written)),
            on_failure=failed,
            title=title,
        )

    def print_case_file(self) -> None:
        """The whole 卷宗 (cover, 卷内目录, every form) as .docx or .pdf, written in the background."""
        if self.detail is None:
            return
        from community_desk.services.case_documents import for_mediation, suggested_file_name

        path = self._save_path(
            self.tr("打印卷宗"),
            suggested_file_name(self.detail.number),
            self.tr("Word 文档 (*.docx);;PDF 文件 (*.pdf)"),
        )
        if path is None:
            return
        documents, case_id = for_mediation(self._service), self.case_id
        busy = self.tr("正在生成卷宗…")
        self._export(lambda progress: documents.export(case_id, path, progress=progress.report), busy, busy)

    def _fill_form_menu(self) -> None:
        from community_desk.services.case_documents import for_mediation

        self.form_menu.clear()
        try:
            forms = for_mediation(self._service).forms(self.case_id)
        except UserError as error:
            self.form_menu.addAction(error.message).setEnabled(False)
            return
        for bookmark, label in forms:
            self.form_menu.addAction(label, lambda b=bookmark, t=label: self.export_form(b, t))

    def export_form(self, bookmark: str, label: str) -> None:
        """One form of the 卷宗 (e.g. the 协议书 for signing) as its own .docx."""
        if self.detail is None:
            return
        from community_desk.services.case_documents import for_mediation

        name = f"{label}_{self.detail.number}.docx"
        path = self._save_path(self.tr("生成文书"), name, self.tr("Word 文档 (*.docx)"))
        if path is None:
            return
        documents, case_id = for_mediation(self._service), self.case_id
        self._export(lambda _progress: documents.export_form(case_id, bookmark, path), self.tr("正在生成文书…"), None)
