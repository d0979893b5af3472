"""Service record dialogs: one record, and a team outing (one activity, many volunteers, own times if needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from community_desk.domain import volunteers as rules
from community_desk.services.volunteer_dto import OutingInput, ServiceRecordInput, ServiceRecordRow
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.code_combo import CodeComboBox

if TYPE_CHECKING:
    from community_desk.services.volunteers import VolunteerService


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def to_datetime(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]


def datetime_edit(parent: QWidget, value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value), parent)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class _RecordFields:
    """The fields a record and an outing share; the outing adds the team and the volunteer list."""

    def build(self, dialog: FormDialog, form: QFormLayout, start: datetime) -> None:
        self.start = datetime_edit(dialog, start)
        self.end = datetime_edit(dialog, start + timedelta(hours=2))
        self.content = QLineEdit(dialog)
        self.category = CodeComboBox(rules.SERVICE_CATEGORIES, dialog, blank=True, editable=False)
        self.organiser = QLineEdit(dialog)
        self.place = QLineEdit(dialog)
        self.confirmed_by = QLineEdit(dialog)
        form.addRow(dialog.tr("开始时间"), self.start)
        form.addRow(dialog.tr("结束时间（可跨午夜）"), self.end)
        form.addRow(dialog.tr("服务内容"), self.content)
        form.addRow(dialog.tr("服务类别"), self.category)
        form.addRow(dialog.tr("组织者"), self.organiser)
        form.addRow(dialog.tr("地点"), self.place)
        form.addRow(dialog.tr("确认人"), self.confirmed_by)

    def record(self, team_id: int | None = None) -> ServiceRecordInput:
        return ServiceRecordInput(
            start=to_datetime(self.start.dateTime()),
            end=to_datetime(self.end.dateTime()),
            content=self.content.text(),
            category=self.category.code(),
            organiser=self.organiser.text(),
            place=self.place.text(),
            confirmed_by=self.confirmed_by.text(),
            team_id=team_id,
        )

    def field(self, name: str | None) -> QWidget | None:
        return {"start": self.start, "end": self.end, "content": self.content, "category": self.category}.get(
            name or ""
        )


def _default_start() -> datetime:
    return datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)


class ServiceRecordDialog(FormDialog):
    """New record for a chosen volunteer, or an edit of an existing record (audited by the service)."""

    def __init__(
        self,
        service: VolunteerService,
        parent: QWidget | None = None,
        *,
        volunteer_id: int | None = None,
        record: ServiceRecordRow | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._record = service, record
        self.setWindowTitle(self.tr("修改服务记录") if record else self.tr("新增服务记录"))
        form = QFormLayout()
        self.volunteer = QComboBox(self)
        self.volunteer.setObjectName("recordVolunteer")
        for row in service.volunteers(active_only=record is None):
            self.volunteer.addItem(f"{row.number} {row.name}", row.id)
        wanted = record.volunteer_id if record else volunteer_id
        if wanted is not None:
            self.volunteer.setCurrentIndex(max(self.volunteer.findData(wanted), 0))
        self.volunteer.setEnabled(record is None)
        form.addRow(self.tr("志愿者"), self.volunteer)
        self.fields = _RecordFields()
        self.fields.build(self, form, record.start if record else _default_start())
        if record is not None:
            self.fields.end.setDateTime(to_qdatetime(record.end))
            self.fields.content.setText(record.content)
            self.fields.category.set_code(record.category)
            self.fields.organiser.setText(record.organiser)
            self.fields.place.setText(record.place)
            self.fields.confirmed_by.setText(record.confirmed_by)
        self.body.addLayout(form)
        self.fit_width(460)

    def save(self) -> None:
        if self._record is not None:
            self._service.update_service(self._record.id, self.fields.record())
            return
        self.record_id = self._service.record_service(int(self.volunteer.currentData()), self.fields.record())

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.fields.field(field)


class OutingDialog(FormDialog):
    """团队集体服务: pick a team, tick who came, adjust anyone's times in the list; saved as one transaction."""

    CHECK, NAME, START, END = range(4)

    def __init__(self, service: VolunteerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("团队集体服务录入"))
        form = QFormLayout()
        self.team = QComboBox(self)
        self.team.setObjectName("outingTeam")
        for team in service.teams(active_only=True):
            self.team.addItem(team.name, team.id)
        form.addRow(self.tr("队伍"), self.team)
        self.fields = _RecordFields()
        self.fields.build(self, form, _default_start())
        self.body.addLayout(form)
        self.members_model = OutingMembersModel(
            [self.tr("参加"), self.tr("志愿者"), self.tr("开始（留空同上）"), self.tr("结束（留空同上）")], self
        )
        self.members = QTableView(self)
        self.members.setObjectName("outingMembers")
        self.members.setModel(self.members_model)
        self.members.horizontalHeader().setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.members.verticalHeader().hide()
        self.body.addWidget(self.members, 1)
        self.team.currentIndexChanged.connect(lambda _i: self._load_members())
        self._load_members()
        self.resize(620, 640)

    def _load_members(self) -> None:
        team_id = self.team.currentData()
        members = [m for m in self._service.team_members(team_id=team_id) if m.left_on is None] if team_id else []
        self.members_model.set_members(
            [(m.volunteer_id, f"{m.volunteer_name}（{m.volunteer_number}）{m.role}") for m in members]
        )

    def member_label(self, row: int) -> str:
        return self.members_model.rows[row].label

    def set_member_times(self, row: int, start: str, end: str) -> None:
        """Individual times as HH:MM on the outing's dates (an end before the start means the next day)."""
        self.members_model.setData(self.members_model.index(row, self.START), start)
        self.members_model.setData(self.members_model.index(row, self.END), end)

    def outing(self) -> OutingInput:
        from community_desk.services.errors import UserError

        record = self.fields.record(self.team.currentData())
        ids: list[int] = []
        times: dict[int, tuple[datetime, datetime]] = {}
        for row, member in enumerate(self.members_model.rows):
            if not member.taking_part:
                continue
            volunteer_id = member.volunteer_id
            ids.append(volunteer_id)
            start_text, end_text = member.start.strip(), member.end.strip()
            if start_text or end_text:
                try:
                    start = _at(record.start, start_text) if start_text else record.start
                    end = _at(record.start, end_text) if end_text else record.end
                except ValueError as error:
                    raise UserError(self.tr("第{0}行的时间应写成 时:分，如 09:30").format(row + 1)) from error
                if end <= start:
                    end += timedelta(days=1)
                times[volunteer_id] = (start, end)
        return OutingInput(record, tuple(ids), times)

    def save(self) -> None:
        self.record_ids = self._service.record_outing(self.outing())

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.fields.field(field)


@dataclass
class OutingMember:
    volunteer_id: int
    label: str
    taking_part: bool = True
    start: str = ""
    end: str = ""


class OutingMembersModel(QAbstractTableModel):
    """The team's members for one outing: a tick to take part and optional own times, edited in place."""

    CHECK, NAME, START, END = range(4)

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self.rows: list[OutingMember] = []

    def set_members(self, members: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self.rows = [OutingMember(volunteer_id, label) for volunteer_id, label in members]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.CHECK:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.START, self.END):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        member, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CHECK:
            return Qt.CheckState.Checked if member.taking_part else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {self.NAME: member.label, self.START: member.start, self.END: member.end}.get(column)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.row() >= len(self.rows):
            return False
        member, column = self.rows[index.row()], index.column()
        if column == self.CHECK and role == Qt.ItemDataRole.CheckStateRole:
            member.taking_part = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == self.START and role == Qt.ItemDataRole.EditRole:
            member.start = str(value)
        elif column == self.END and role == Qt.ItemDataRole.EditRole:
            member.end = str(value)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True


def _at(day: datetime, text: str) -> datetime:
    hour, _, minute = text.replace("：", ":").partition(":")
    return day.replace(hour=int(hour), minute=int(minute or 0))
