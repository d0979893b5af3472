"""改期本场: move one occurrence of an event to another date/time, leaving the rest of the series alone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from community_desk.services.events import EventService
from community_desk.services.events_dto import AffectedRecord, OccurrenceView
from community_desk.ui.tabs.calendar.dialogs import _date_edit, _time, _time_edit
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.date_edit import to_date


class MoveOccurrenceDialog(FormDialog):
    """Date + start/end prefilled with the occurrence's current times; a refusal (room clash…) stays inline.

    After a save, `affected` holds the volunteers' service records whose times no longer match.
    """

    def __init__(self, service: EventService, occ: OccurrenceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.occ = service, occ
        self.affected: list[AffectedRecord] = []
        self.setWindowTitle(self.tr("改期本场 — {0}").format(occ.name))
        form = QFormLayout()
        self.body.addLayout(form)
        self.day = _date_edit(self, occ.start.date())
        self.start = _time_edit(self, occ.start.time())
        self.end = _time_edit(self, occ.end.time())
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        form.addRow(self.tr("原定"), QLabel(f"{occ.original:%Y-%m-%d}", self))
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("时间"), times)
        self.fit_width(360)

    def save(self) -> None:
        day = to_date(self.day.date())
        self.affected = self.service.move_occurrence(
            self.occ.event_id,
            self.occ.original,
            datetime.combine(day, _time(self.start)),
            datetime.combine(day, _time(self.end)),
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"start": self.start, "end": self.end, "day": self.day}.get(field or "")
