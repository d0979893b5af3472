"""群议厅 records other than steps: 新建/修改议题, 议事机构, their members and calendar meetings.

Each dialog makes exactly one service call on 保存; a refusal keeps it open with the reason shown inline.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from community_desk.domain import deliberation as rules
from community_desk.services.deliberation_dto import (
    BodyMemberView,
    BodyView,
    MeetingInput,
    MemberInput,
    TopicDetail,
    TopicInput,
    TopicQuery,
)
from community_desk.services.errors import UserError
from community_desk.ui.tabs.mediation.deliberation_widgets import PeoplePicker, count_box, text_box
from community_desk.ui.tabs.residents.form_dialog import FormDialog, date_of, required_date_edit
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import OptionalDateEdit, to_qdate

if TYPE_CHECKING:
    from community_desk.app import Services


class TopicDialog(FormDialog):
    """新建议题 (议题征集) or 修改议题; 联名 asks for the number of signers."""

    def __init__(self, services: Services, topic: TopicDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._topic = topic
        self.topic_id: int | None = topic.id if topic else None
        self.setWindowTitle(self.tr("修改议题") if topic else self.tr("新建议题（议题征集）"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.category_combo = CodeComboBox(rules.CATEGORIES, self, blank=True)
        self.source_combo = CodeComboBox(rules.SOURCES, self, blank=True)
        self.signers_spin = count_box(self)
        self.signers_spin.setSuffix(self.tr(" 人"))
        self.proposers = PeoplePicker(services.registry, self)
        self.threshold_combo = CodeComboBox(rules.THRESHOLDS, self, editable=False)
        self.threshold_combo.set_code(rules.DEFAULT_THRESHOLD)
        self.description_edit = text_box(self, self.tr("议题的具体情况、居民诉求"))
        self.date_edit = required_date_edit(self)
        self._form = QFormLayout()
        self._form.addRow(self.tr("议题名称"), self.title_edit)
        self._form.addRow(self.tr("议题类别"), self.category_combo)
        self._form.addRow(self.tr("议题来源"), self.source_combo)
        self._form.addRow(self.tr("联名人数"), self.signers_spin)
        self._form.addRow(self.tr("提议人"), self.proposers)
        self._form.addRow(self.tr("表决通过比例"), self.threshold_combo)
        self._form.addRow(self.tr("议题说明"), self.description_edit)
        if topic is None:
            self._form.addRow(self.tr("征集日期"), self.date_edit)
        else:
            self.date_edit.hide()
            self._fill(topic)
        self.body.addLayout(self._form)
        self.source_combo.currentIndexChanged.connect(lambda _i: self._update_signers())
        self._update_signers()
        self.fit_width(620)

    def _fill(self, topic: TopicDetail) -> None:
        self.title_edit.setText(topic.title)
        self.category_combo.set_code(topic.category)
        self.source_combo.set_code(topic.source)
        self.signers_spin.setValue(topic.signers or 0)
        self.proposers.set_people(topic.proposers)
        self.threshold_combo.set_code(topic.threshold)
        self.description_edit.setPlainText(topic.description)

    def _update_signers(self) -> None:
        self._form.setRowVisible(self.signers_spin, self.source_combo.code() == rules.JOINT_SOURCE)

    def to_input(self) -> TopicInput:
        joint = self.source_combo.code() == rules.JOINT_SOURCE
        return TopicInput(
            title=self.title_edit.text(),
            category=self.category_combo.code(),
            source=self.source_combo.code(),
            signers=self.signers_spin.value() if joint else None,
            proposers=self.proposers.people(),
            description=self.description_edit.toPlainText(),
            threshold=self.threshold_combo.code(),
        )

    def save(self) -> None:
        service = self._services.deliberation
        if self._topic is None:
            self.topic_id = service.propose(self.to_input(), date_of(self.date_edit))
        else:
            service.update_topic(self._topic.id, self.to_input())

    def field_widget(self, field: str | None) -> QWidget | None:
        return {
            "title": self.title_edit, "category": self.category_combo, "source": self.source_combo,
            "signers": self.signers_spin, "people": self.proposers.search_edit, "threshold": self.threshold_combo,
            "date": self.date_edit,
        }.get(field or "")  # fmt: skip


class BodyDialog(FormDialog):
    """新建议事机构: 居民议事会, 党居议事会 or 居民代表会议, with how often it meets."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.body_id: int | None = None
        self.setWindowTitle(self.tr("新建议事机构"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("如：示范社区居民议事会"))
        self.kind_combo = CodeComboBox(rules.BODY_KINDS, self, blank=True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("如：每月一次"))
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("类别"), self.kind_combo)
        form.addRow(self.tr("议事周期/说明"), self.note_edit)
        self.body.addLayout(form)
        self.fit_width(440)

    def save(self) -> None:
        self.body_id = self._services.deliberation.create_body(
            self.name_edit.text(), self.kind_combo.code(), self.note_edit.text()
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"name": self.name_edit, "kind": self.kind_combo}.get(field or "")


class BodyMemberDialog(FormDialog):
    """添加成员: a resident from the registry, or a name typed in; with a role and since when."""

    def __init__(self, services: Services, body: BodyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._body = body
        self.setWindowTitle(self.tr("添加成员 — {0}").format(body.name))
        self.person = PeoplePicker(services.registry, self, single=True)
        self.role_combo = CodeComboBox(rules.MEMBER_ROLES, self, editable=False)
        self.role_combo.set_code("成员")
        self.since_edit = required_date_edit(self)
        self.until_edit = OptionalDateEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("成员"), self.person)
        form.addRow(self.tr("职务"), self.role_combo)
        form.addRow(self.tr("任职日期"), self.since_edit)
        form.addRow(self.tr("离任日期"), self.until_edit)
        self.body.addLayout(form)
        self.fit_width(560)

    def save(self) -> None:
        people = self.person.people()
        if not people:
            raise UserError(self.tr("请查找并添加居民，或输入姓名后点“按输入的姓名添加”"), field="people")
        self._services.deliberation.add_member(
            self._body.id,
            MemberInput(people[0], self.role_combo.code(), date_of(self.since_edit), self.until_edit.date_value()),
        )

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"people": self.person.search_edit, "role": self.role_combo, "until": self.until_edit}.get(field or "")


class EndMemberDialog(FormDialog):
    """离任: the seat is kept with its end date."""

    def __init__(self, services: Services, member: BodyMemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._member = member
        self.setWindowTitle(self.tr("成员离任"))
        self.until_edit = required_date_edit(self, max(date.today(), member.since), not_after_today=False)
        self.until_edit.setMinimumDate(to_qdate(member.since))
        form = QFormLayout()
        form.addRow(self.tr("成员"), QLabel(f"{member.name}（{member.role}，{member.since.isoformat()}起）", self))
        form.addRow(self.tr("离任日期"), self.until_edit)
        self.body.addLayout(form)
        self.fit_width(380)

    def save(self) -> None:
        self._services.deliberation.end_member(self._member.id, date_of(self.until_edit))

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.until_edit if field == "until" else None


class CalendarMeetingDialog(FormDialog):
    """登记会议: a body's session on the calendar and the topics it took up (no topic moves a step)."""

    def __init__(self, services: Services, body: BodyView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("登记议事会议"))
        reader = services.deliberation
        self.date_edit = required_date_edit(self)
        self.body_combo = CodeComboBox(
            [Named(str(b.id), b.name) for b in reader.bodies()], self, blank=True, editable=False
        )
        if body is not None:
            self.body_combo.set_code(str(body.id))
        self.place_edit = QLineEdit(rules.DEFAULT_PLACE, self)
        self.host_edit = QLineEdit(self)
        self.attendance_spin = count_box(self)
        self.topics = QListWidget(self)
        for row in reader.topics(TopicQuery(status=rules.Status.OPEN.value), limit=200):
            item = QListWidgetItem(f"{row.number}　{row.title}（{row.step}）", self.topics)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.note_edit = text_box(self, lines=2)
        form = QFormLayout()
        form.addRow(self.tr("会议日期"), self.date_edit)
        form.addRow(self.tr("议事机构"), self.body_combo)
        form.addRow(self.tr("会议地点"), self.place_edit)
        form.addRow(self.tr("主持人"), self.host_edit)
        form.addRow(self.tr("出席人数"), self.attendance_spin)
        form.addRow(self.tr("议题（进行中）"), self.topics)
        form.addRow(self.tr("备注"), self.note_edit)
        self.body.addLayout(form)
        self.fit_width(560)

    def checked_topics(self) -> tuple[int, ...]:
        items = (self.topics.item(i) for i in range(self.topics.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def save(self) -> None:
        code = self.body_combo.code()
        self._services.deliberation.add_meeting(
            MeetingInput(
                held_on=date_of(self.date_edit), place=self.place_edit.text(), host=self.host_edit.text(),
                attendance=self.attendance_spin.value(), body_id=int(code) if code else None,
                note=self.note_edit.toPlainText(), topic_ids=self.checked_topics(),
            )
        )  # fmt: skip

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"place": self.place_edit, "attendance": self.attendance_spin, "body": self.body_combo}.get(field or "")


class Named:
    """An item for CodeComboBox whose code is a row id (a body)."""

    def __init__(self, code: str, name: str) -> None:
        self.code, self.name = code, name
