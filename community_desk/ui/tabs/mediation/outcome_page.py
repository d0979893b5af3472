"""结果与协议: where a case moves through its statuses, and the small dialogs for each dated record.

Buttons follow the workflow (domain.mediation.TRANSITIONS): only the next legal steps are enabled, and a step
that still lacks something (no agreement text, no routes told) is refused with the service's Chinese reason.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import mediation as rules
from community_desk.services.mediation_dto import (
    AgreementInput,
    CaseDetail,
    ExtensionInput,
    InvestigationInput,
    SessionInput,
    VisitInput,
)
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.mediation.widgets import Field, RecordDialog

if TYPE_CHECKING:
    from community_desk.services.mediation import MediationService


def records_page(parent: QWidget, headers: list[str], add_text: str) -> tuple[QTableView, QPushButton]:
    """A table of one kind of record with an 添加… button under it, in a page widget (the view's parent)."""
    page = QWidget(parent)
    view = table_view(page, "")
    view.setModel(SimpleTableModel(headers, view))
    view.setColumnWidth(0, 130)
    add = QPushButton(add_text, page)
    add.setAutoDefault(False)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(add)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    layout.addLayout(row)
    return view, add


class OutcomePage(QWidget):
    """Status, the workflow buttons, the agreement as stored, and 延期 / 移交 of an open case."""

    done = Signal()  # something was saved: the case dialog re-reads the case

    def __init__(self, service: MediationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.detail: CaseDetail | None = None
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("status", self.tr("状态")),
            ("outcome", self.tr("调解结果")),
            ("agreed_on", self.tr("协议日期")),
            ("content", self.tr("达成协议的内容")),
            ("method", self.tr("履行方式")),
            ("due", self.tr("履行期限")),
            ("routes", self.tr("告知途径")),
            ("reason", self.tr("终止原因")),
            ("closed", self.tr("结案日期")),
            ("deadline", self.tr("调解期限")),
            ("level", self.tr("调处层级")),
        ):
            label = QLabel(self)
            label.setWordWrap(True)
            self.labels[key] = label
            self.facts.addRow(title, label)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, (key, text) in enumerate(
            (
                ("调解中", self.tr("开始调解…")),
                ("已达成协议", self.tr("记录协议…")),
                ("调解不成", self.tr("调解不成…")),
                ("终止", self.tr("终止调解…")),
                ("履行中", self.tr("改为履行中…")),
                ("已结案", self.tr("结案…")),
                ("extension", self.tr("延期…")),
                ("escalation", self.tr("移交上级调处…")),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"step_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, key=key: self.step(key))
            self.buttons[key] = button
            grid.addWidget(button, index // 4, index % 4)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addStretch(1)
        layout.addLayout(grid)

    def show_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        text = {
            "status": detail.status,
            "outcome": rules.OUTCOMES.name_of(detail.outcome),
            "agreed_on": detail.agreed_on.isoformat() if detail.agreed_on else "",
            "content": detail.agreement_content,
            "method": detail.performance_method,
            "due": detail.performance_due.isoformat() if detail.performance_due else "",
            "routes": "、".join(detail.routes_told),
            "reason": detail.termination_reason,
            "closed": detail.closed_on.isoformat() if detail.closed_on else "",
            "deadline": f"{detail.deadline.isoformat()} {detail.clock.value}".strip(),
            "level": detail.values.escalation_level,
        }
        for key, label in self.labels.items():
            label.setText(text[key])
        open_case = detail.status in rules.OPEN_STATUSES
        for key, button in self.buttons.items():
            button.setEnabled(key in detail.allowed or (key in ("extension", "escalation") and open_case))

    # --- the dialogs ------------------------------------------------------------------------------------------
    def _dialog(self, title: str, fields: list[Field], save) -> RecordDialog:
        return RecordDialog(title, fields, save, self.window())

    def step(self, key: str) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = self._step_dialog(key, detail)
        if dialog is not None and dialog.exec():
            self.done.emit()

    def _step_dialog(self, key: str, detail: CaseDetail) -> RecordDialog | None:
        s, case_id, today = self._service, detail.id, date.today()
        on, note = Field("on", self.tr("日期"), "date", value=today), Field("note", self.tr("说明"), "text")
        if key in ("调解中", "履行中", "已结案"):
            title = {"调解中": self.tr("开始调解"), "履行中": self.tr("改为履行中"), "已结案": self.tr("结案")}[key]
            return self._dialog(title, [on, note], lambda on, note: s.change_status(case_id, key, on, note))
        if key == "已达成协议":
            fields = [
                Field("kind", self.tr("协议形式"), "codes", rules.AGREEMENT_KINDS, rules.WRITTEN),
                Field("agreed_on", self.tr("协议日期"), "date", value=today),
                Field("content", self.tr("达成协议的内容"), "text"),
                Field("performance_method", self.tr("履行方式")),
                Field("performance_due", self.tr("履行期限"), "date", value=today + timedelta(days=15)),
                Field("followup_days", self.tr("协议后几天回访"), "int", value=rules.FOLLOWUP_DAYS),
            ]
            return self._dialog(
                self.tr("记录协议"), fields, lambda **v: s.record_agreement(case_id, AgreementInput(**v))
            )
        if key == "调解不成":
            fields = [Field("routes", self.tr("已告知途径"), "checks", rules.ROUTES, ()), on, note]
            return self._dialog(
                self.tr("调解不成"), fields, lambda routes, on, note: s.record_failure(case_id, routes, on, note)
            )
        if key == "终止":
            fields = [Field("reason", self.tr("终止原因"), "text"), on]
            return self._dialog(self.tr("终止调解"), fields, lambda reason, on: s.terminate(case_id, reason, on))
        if key == "extension":
            fields = [
                Field("agreed_on", self.tr("双方同意日期"), "date", value=today),
                Field("new_deadline", self.tr("新的期限"), "date", value=detail.deadline + timedelta(days=15)),
                note,
            ]
            return self._dialog(
                self.tr("延期（须双方当事人同意）"),
                fields,
                lambda agreed_on, new_deadline, note: s.add_extension(
                    case_id, ExtensionInput(agreed_on, new_deadline, note)
                ),
            )
        if key == "escalation":
            fields = [Field("level", self.tr("移交至"), "codes", rules.ESCALATION_LEVELS, None), on, note]
            return self._dialog(
                self.tr("移交上级调处"), fields, lambda level, on, note: s.escalate(case_id, level, on, note)
            )
        return None

    def investigation_dialog(self, parent: QWidget) -> RecordDialog:
        case_id, s = self._case_id(), self._service
        fields = [
            Field("at", self.tr("时间"), "datetime"),
            Field("place", self.tr("地点")),
            Field("investigator", self.tr("调查人")),
            Field("subject", self.tr("被调查人")),
            Field("content", self.tr("内容"), "text"),
        ]
        return RecordDialog(
            self.tr("调查记录"), fields, lambda **v: s.add_investigation(case_id, InvestigationInput(**v)), parent
        )

    def session_dialog(self, parent: QWidget) -> RecordDialog:
        case_id, s = self._case_id(), self._service
        names = "、".join(m.name for m in self.detail.mediators) if self.detail else ""
        fields = [
            Field("at", self.tr("时间"), "datetime", value=datetime.now()),
            Field("place", self.tr("地点"), value="敞心阁"),
            Field("attendees", self.tr("参加人")),
            Field("mediators", self.tr("调解员"), value=names),
            Field("statements", self.tr("当事人陈述"), "text"),
            Field("process", self.tr("调解过程"), "text"),
            Field("result", self.tr("结果"), "text"),
        ]
        return RecordDialog(self.tr("调解记录"), fields, lambda **v: s.add_session(case_id, SessionInput(**v)), parent)

    def visit_dialog(self, parent: QWidget) -> RecordDialog:
        case_id, s = self._case_id(), self._service
        fields = [
            Field("visited_on", self.tr("回访日期"), "date"),
            Field("visitor", self.tr("回访人")),
            Field("performance", self.tr("履行情况"), "text"),
            Field("opinion", self.tr("当事人意见"), "text"),
        ]
        return RecordDialog(self.tr("回访记录"), fields, lambda **v: s.add_visit(case_id, VisitInput(**v)), parent)

    def _case_id(self) -> int:
        assert self.detail is not None
        return self.detail.id
