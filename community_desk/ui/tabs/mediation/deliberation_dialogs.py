"""群议厅 step dialogs: one per step of a topic, each saving with exactly one service call.

The panel opens only the dialog of the next allowed step; the service checks the order again when saving, so
a topic moved on meanwhile in another window is refused with the reason shown inline.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import PROGRESS, STEP_TITLES, DeliberationRuleError, Step
from community_desk.services.deliberation_dto import MeetingInput, Participant, PartyView, TopicDetail
from community_desk.ui.tabs.mediation.deliberation_forms import Named
from community_desk.ui.tabs.mediation.deliberation_widgets import PeoplePicker, clamp_start, count_box, hint, text_box
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import OptionalDateEdit, to_qdate

if TYPE_CHECKING:
    from community_desk.app import Services

VIEW_PARTIES = ("居民代表", "利益相关方", "社区干部", "专家/部门")


class StepDialog(FormDialog):
    """One step of a topic: dated no earlier than the step before and no later than today."""

    step: str = ""

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.topic = topic
        self.setWindowTitle(self.tr("{0} — 议题{1}").format(STEP_TITLES[self.step], topic.number))
        header = QLabel(f"{topic.number}　{topic.title}", self)
        header.setStyleSheet("font-weight: bold;")
        header.setWordWrap(True)
        self.body.addWidget(header)
        self.form = QFormLayout()
        self._place_form(self.form)
        self.date_edit = required_date_edit(self, clamp_start(date.today(), topic.last_date))
        self.date_edit.setMinimumDate(to_qdate(min(topic.last_date, date.today())))
        self.fit_width(520)

    def _place_form(self, form: QFormLayout) -> None:
        self.body.addLayout(form)

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.fields().get(field or "")

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit}


class AcceptDialog(StepDialog):
    step = Step.ACCEPTED

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.note_edit = text_box(self, self.tr("如：经社区两委会议研究，列入协商议题"))
        self.form.addRow(self.tr("确定日期"), self.date_edit)
        self.form.addRow(self.tr("说明"), self.note_edit)

    def save(self) -> None:
        self._services.deliberation.accept(self.topic.id, date_of(self.date_edit), self.note_edit.toPlainText())


class MeetingDialog(StepDialog):
    """协商会议: when and where, who took part by role, and what each side said."""

    step = Step.MEETING

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.place_edit = QLineEdit(rules.DEFAULT_PLACE, self)
        self.body_combo = CodeComboBox(
            [Named(str(b.id), b.name) for b in services.deliberation.bodies()],
            self, blank=True, blank_text=self.tr("（专题协商，不属于议事机构例会）"), editable=False,
        )  # fmt: skip
        self.host_edit = QLineEdit(self)
        self.attendance_spin = count_box(self)
        self.attendance_spin.setSuffix(self.tr(" 人"))
        self.note_edit = text_box(self, self.tr("会议过程、达成的共识"))
        self.participants = PeoplePicker(services.registry, self, roles=rules.PARTICIPANT_ROLES)
        self.participants.chosen.model().rowsInserted.connect(lambda *_: self._at_least_listed())
        self.view_edits = {party: text_box(self, lines=2) for party in VIEW_PARTIES}
        self.form.addRow(self.tr("会议日期"), self.date_edit)
        self.form.addRow(self.tr("会议地点"), self.place_edit)
        self.form.addRow(self.tr("议事机构"), self.body_combo)
        self.form.addRow(self.tr("主持人"), self.host_edit)
        self.form.addRow(self.tr("出席人数"), self.attendance_spin)
        self.form.addRow(self.tr("会议情况"), self.note_edit)
        people, views = QWidget(self.tabs), QWidget(self.tabs)
        QFormLayout(people).addRow(self.tr("参加人"), self.participants)
        view_form = QFormLayout(views)
        for party, edit in self.view_edits.items():
            view_form.addRow(self.tr("{0}意见").format(party), edit)
        self.tabs.addTab(people, self.tr("参加人"))
        self.tabs.addTab(views, self.tr("各方意见"))
        self.fit_width(640)

    def _place_form(self, form: QFormLayout) -> None:
        """The meeting's particulars, its participants and the views each get a tab."""
        self.tabs = QTabWidget(self)
        basics = QWidget(self.tabs)
        basics.setLayout(form)
        self.tabs.addTab(basics, self.tr("会议"))
        self.body.addWidget(self.tabs)

    def _at_least_listed(self) -> None:
        listed = len(self.participants.entries())
        if self.attendance_spin.value() < listed:
            self.attendance_spin.setValue(listed)

    def save(self) -> None:
        self._services.deliberation.hold_meeting(
            self.topic.id,
            MeetingInput(
                held_on=date_of(self.date_edit),
                place=self.place_edit.text(),
                host=self.host_edit.text(),
                attendance=self.attendance_spin.value(),
                body_id=int(self.body_combo.code()) if self.body_combo.code() else None,
                participants=tuple(
                    Participant(role, person.name, person.resident_id) for role, person in self.participants.entries()
                ),
                views=tuple(PartyView(party, edit.toPlainText()) for party, edit in self.view_edits.items()),
                note=self.note_edit.toPlainText(),
            ),
        )

    def fields(self) -> dict[str, QWidget]:
        return {
            "date": self.date_edit, "place": self.place_edit, "host": self.host_edit, "body": self.body_combo,
            "attendance": self.attendance_spin, "participants": self.participants.search_edit,
            "people": self.participants.search_edit, "views": self.view_edits[VIEW_PARTIES[0]],
        }  # fmt: skip


class VoteDialog(StepDialog):
    """表决: the counts, with the outcome shown as they are typed (abstentions count as present)."""

    step = Step.VOTE

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.present_spin = count_box(self, topic.last_attendance or 0)
        self.for_spin, self.against_spin, self.abstain_spin = count_box(self), count_box(self), count_box(self)
        self.note_edit = text_box(self, lines=2)
        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)
        self.form.addRow(self.tr("表决日期"), self.date_edit)
        self.form.addRow(self.tr("通过比例"), QLabel(topic.threshold_name, self))
        self.form.addRow(self.tr("出席人数"), self.present_spin)
        self.form.addRow(self.tr("赞成"), self.for_spin)
        self.form.addRow(self.tr("反对"), self.against_spin)
        self.form.addRow(self.tr("弃权"), self.abstain_spin)
        self.form.addRow(self.tr("结果"), self.outcome_label)
        self.form.addRow(self.tr("说明"), self.note_edit)
        for spin in (self.present_spin, self.for_spin, self.against_spin, self.abstain_spin):
            spin.valueChanged.connect(lambda _v: self._show_outcome())
        self._show_outcome()

    def _show_outcome(self) -> None:
        try:
            outcome = rules.count_vote(*self.counts(), self.topic.threshold)
        except DeliberationRuleError as error:
            self.outcome_label.setText(error.message)
            self.outcome_label.setStyleSheet("color: #b00020;")
            return
        verdict = self.tr("通过") if outcome.passed else self.tr("未通过")
        self.outcome_label.setText(self.tr("需赞成{0}票，{1}").format(outcome.required, verdict))
        self.outcome_label.setStyleSheet("color: #1b5e20; font-weight: bold;" if outcome.passed else "color: #b35c00;")

    def counts(self) -> tuple[int, int, int, int]:
        spins = (self.present_spin, self.for_spin, self.against_spin, self.abstain_spin)
        present, votes_for, against, abstain = (spin.value() for spin in spins)
        return present, votes_for, against, abstain

    def save(self) -> None:
        self._services.deliberation.vote(
            self.topic.id, date_of(self.date_edit), *self.counts(), self.note_edit.toPlainText()
        )

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit, "present": self.present_spin, "votes": self.for_spin}


class ResolutionDialog(StepDialog):
    step = Step.RESOLUTION

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.text_edit = text_box(self, self.tr("决议的具体内容"), lines=6)
        self.form.addRow(self.tr("决议日期"), self.date_edit)
        self.form.addRow(self.tr("决议内容"), self.text_edit)

    def save(self) -> None:
        self._services.deliberation.resolve(self.topic.id, date_of(self.date_edit), self.text_edit.toPlainText())

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit, "text": self.text_edit}


class PublicityDialog(StepDialog):
    """公示: the end date follows the start so the period is never shorter than the rule allows."""

    step = Step.PUBLICITY

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.end_edit = required_date_edit(self, not_after_today=False)
        self.place_edit = QLineEdit(self.tr("社区公示栏"), self)
        self.note_edit = text_box(self, lines=2)
        self.form.addRow(self.tr("公示开始"), self.date_edit)
        self.form.addRow(self.tr("公示结束"), self.end_edit)
        self.form.addRow(self.tr("公示地点"), self.place_edit)
        self.form.addRow(self.tr("说明"), self.note_edit)
        self.form.addRow(
            hint(self, self.tr("公示期不少于{0}天，开始当日不计入：结束日期不早于开始日期后第{0}天。").format(
                rules.MIN_PUBLICITY_DAYS))
        )  # fmt: skip
        self._earliest = rules.earliest_publicity_end(date_of(self.date_edit))
        self.end_edit.setMinimumDate(to_qdate(self._earliest))
        self.end_edit.setDate(to_qdate(self._earliest))
        self.date_edit.dateChanged.connect(lambda _d: self._follow_start())

    def _follow_start(self) -> None:
        """The end keeps to the shortest period until the clerk picks a later end of their own."""
        earliest = rules.earliest_publicity_end(date_of(self.date_edit))
        shortest = date_of(self.end_edit) == self._earliest
        self._earliest = earliest
        self.end_edit.setMinimumDate(to_qdate(earliest))
        if shortest or date_of(self.end_edit) < earliest:
            self.end_edit.setDate(to_qdate(earliest))

    def save(self) -> None:
        self._services.deliberation.publish(
            self.topic.id, date_of(self.date_edit), date_of(self.end_edit), self.place_edit.text(),
            self.note_edit.toPlainText(),
        )  # fmt: skip

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit, "end": self.end_edit, "place": self.place_edit}


class ImplementationDialog(StepDialog):
    """落实: may start the day after 公示 ends; until then the dialog says when."""

    step = Step.IMPLEMENTATION

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.responsible_edit = QLineEdit(self)
        self.responsible_edit.setPlaceholderText(self.tr("如：物业公司、社区居委会"))
        self.deadline_edit = OptionalDateEdit(self)
        self.note_edit = text_box(self, self.tr("落实措施"))
        self.form.addRow(self.tr("开始落实"), self.date_edit)
        self.form.addRow(self.tr("责任方"), self.responsible_edit)
        self.form.addRow(self.tr("完成期限"), self.deadline_edit)
        self.form.addRow(self.tr("落实措施"), self.note_edit)
        if topic.publicity_end is not None:
            first = topic.publicity_end + timedelta(days=1)
            if first > date.today():
                self.refuse(self.tr("公示期至{0}，期满后（{1}起）方可组织落实").format(topic.publicity_end, first))
            else:
                self.date_edit.setMinimumDate(to_qdate(first))

    def save(self) -> None:
        self._services.deliberation.implement(
            self.topic.id, date_of(self.date_edit), self.responsible_edit.text(), self.deadline_edit.date_value(),
            self.note_edit.toPlainText(),
        )  # fmt: skip

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit, "responsible": self.responsible_edit, "deadline": self.deadline_edit}


class ProgressDialog(StepDialog):
    step = PROGRESS

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.text_edit = text_box(self, self.tr("进展情况"), lines=4)
        self.form.addRow(self.tr("日期"), self.date_edit)
        self.form.addRow(self.tr("进展情况"), self.text_edit)

    def save(self) -> None:
        self._services.deliberation.add_progress(self.topic.id, date_of(self.date_edit), self.text_edit.toPlainText())

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit, "text": self.text_edit}


class FeedbackDialog(StepDialog):
    """反馈 to residents, with their satisfaction counted; the topic is then 已办结."""

    step = Step.FEEDBACK

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.text_edit = text_box(self, self.tr("如：在公示栏和居民微信群公布落实结果，网格员入户回访"))
        self.satisfied_spin, self.fairly_spin, self.dissatisfied_spin = (
            count_box(self),
            count_box(self),
            count_box(self),
        )
        self.rate_label = QLabel(self)
        self.form.addRow(self.tr("反馈日期"), self.date_edit)
        self.form.addRow(self.tr("反馈情况"), self.text_edit)
        self.form.addRow(self.tr("满意"), self.satisfied_spin)
        self.form.addRow(self.tr("基本满意"), self.fairly_spin)
        self.form.addRow(self.tr("不满意"), self.dissatisfied_spin)
        self.form.addRow(self.tr("满意率"), self.rate_label)
        for spin in (self.satisfied_spin, self.fairly_spin, self.dissatisfied_spin):
            spin.valueChanged.connect(lambda _v: self._show_rate())
        self._show_rate()

    def counts(self) -> tuple[int, int, int]:
        return self.satisfied_spin.value(), self.fairly_spin.value(), self.dissatisfied_spin.value()

    def _show_rate(self) -> None:
        rate = rules.percent(rules.satisfaction_rate(*self.counts()))
        self.rate_label.setText(rate or self.tr("（未统计）"))

    def save(self) -> None:
        self._services.deliberation.feedback(
            self.topic.id, date_of(self.date_edit), self.text_edit.toPlainText(), *self.counts()
        )

    def fields(self) -> dict[str, QWidget]:
        return {"date": self.date_edit, "text": self.text_edit, "satisfaction": self.satisfied_spin}


class RejectDialog(StepDialog):
    step = Step.REJECTED

    def __init__(self, services: Services, topic: TopicDetail, parent: QWidget | None = None) -> None:
        super().__init__(services, topic, parent)
        self.note_edit = text_box(self, self.tr("如：多数居民不同意，暂不实施"))
        self.form.addRow(self.tr("结束日期"), self.date_edit)
        self.form.addRow(self.tr("说明"), self.note_edit)

    def save(self) -> None:
        self._services.deliberation.close_rejected(self.topic.id, date_of(self.date_edit), self.note_edit.toPlainText())


STEP_DIALOGS: dict[str, type[StepDialog]] = {
    dialog.step: dialog
    for dialog in (AcceptDialog, MeetingDialog, VoteDialog, ResolutionDialog, PublicityDialog,
                   ImplementationDialog, ProgressDialog, FeedbackDialog, RejectDialog)
}  # fmt: skip
