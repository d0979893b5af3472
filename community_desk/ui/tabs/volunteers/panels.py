"""The four pages of the 志愿 tab: 志愿者, 服务记录, 队伍 and 统计. Each loads only when the tab gives it a service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import volunteers as rules
from community_desk.services.volunteer_dto import TeamRow
from community_desk.services.volunteer_reads import HOURS_BY
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.volunteers.dialogs import TeamDialog, VolunteerDialog
from community_desk.ui.tabs.volunteers.models import ServiceTableModel, VolunteerTableModel
from community_desk.ui.tabs.volunteers.record_dialogs import OutingDialog, ServiceRecordDialog

if TYPE_CHECKING:
    from community_desk.services.volunteers import VolunteerService


class _Panel(QWidget):
    status_changed = Signal(str)
    changed = Signal()  # something was written: the tab refreshes the other pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: VolunteerService | None = None

    def load(self, service: VolunteerService) -> None:
        self.service = service
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class VolunteerPanel(_Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索姓名、编号、电话、专长、队伍"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("登记志愿者…"), self)
        self.open_button = QPushButton(self.tr("打开…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        self.model = VolunteerTableModel(self)
        self.table = table_view(self, "volunteerTable")
        self.table.setModel(self.model)
        for column, width in enumerate((100, 80, 50, 50, 110, 200, 90, 100, 50)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.new_button.clicked.connect(self.new_volunteer)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

    def refresh(self) -> None:
        if self.service is None:
            return
        service, text = self.service, self.search.text()
        self.model.set_source(lambda: service.count_volunteers(text),
                              lambda offset, limit: service.volunteer_page(text, offset, limit))
        self.status_changed.emit(self.tr("志愿者：列表中 {0} 人").format(self.model.total))

    def new_volunteer(self) -> VolunteerDialog | None:
        if self.service is None:
            return None
        dialog = VolunteerDialog(self.service, self)
        if dialog.exec():
            self.changed.emit()
        return dialog

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or self.service is None:
            return
        if VolunteerDialog(self.service, self, row).exec():
            self.changed.emit()


class ServicePanel(_Panel):
    """服务记录: filters (year, month, category, text), new record, team outing, edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.month = QComboBox(self)
        self.month.addItem(self.tr("全年"), 0)
        for month in range(1, 13):
            self.month.addItem(self.tr("{0}月").format(month), month)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("全部类别"), "")
        for name in rules.SERVICE_CATEGORIES.names():
            self.category.addItem(name, name)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索内容、志愿者"))
        self.new_button = QPushButton(self.tr("新增记录…"), self)
        self.outing_button = QPushButton(self.tr("团队集体服务…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("年份"), self), self.year, self.month, self.category, self.search):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.new_button, self.outing_button, self.edit_button):
            bar.addWidget(widget)
        self.model = ServiceTableModel(self)
        self.table = table_view(self, "serviceTable")
        self.table.setModel(self.model)
        for column, width in enumerate((130, 80, 70, 150, 80, 180, 130, 100, 110)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        for signal in (self.year.valueChanged, self.month.currentIndexChanged, self.category.currentIndexChanged,
                       self.search.textChanged):
            signal.connect(lambda *_: self.refresh())
        self.new_button.clicked.connect(self.new_record)
        self.outing_button.clicked.connect(self.new_outing)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

    def _range(self) -> tuple[date, date]:
        year, month = self.year.value(), int(self.month.currentData())
        return rules.month_bounds(year, month) if month else (date(year, 1, 1), date(year + 1, 1, 1))

    def refresh(self) -> None:
        if self.service is None:
            return
        start, before = self._range()
        rows = self.service.service_records(start=start, before=before, category=self.category.currentData(),
                                            text=self.search.text())
        self.model.set_records(rows)
        minutes = sum(r.minutes for r in rows)
        self.summary.setText(self.tr("共 {0} 条，{1} 小时").format(len(rows), rules.hours_text(minutes)))
        self.status_changed.emit(self.tr("服务记录：{0} 条").format(len(rows)))

    def new_record(self) -> None:
        if self.service is not None and ServiceRecordDialog(self.service, self).exec():
            self.changed.emit()

    def new_outing(self) -> None:
        if self.service is not None and OutingDialog(self.service, self).exec():
            self.changed.emit()

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and self.service is not None and ServiceRecordDialog(self.service, self, record=row).exec():
            self.changed.emit()


class TeamPanel(_Panel):
    """队伍 on the left (leaders, member count), the chosen team's members and history below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teams = SimpleTableModel((self.tr("队伍"), self.tr("队长/副队长"), self.tr("人数"), self.tr("状态")), self)
        self.team_view = table_view(self, "teamTable")
        self.team_view.setModel(self.teams)
        self.team_view.setColumnWidth(0, 160)
        self.team_view.setColumnWidth(1, 260)
        self.members = SimpleTableModel((self.tr("志愿者编号"), self.tr("姓名"), self.tr("职务"), self.tr("加入日期"),
                                         self.tr("退出日期")), self)
        self.member_view = table_view(self, "teamMemberTable")
        self.member_view.setModel(self.members)
        self.new_button = QPushButton(self.tr("新建队伍…"), self)
        self.edit_button = QPushButton(self.tr("修改队伍…"), self)
        self.add_button = QPushButton(self.tr("添加队员/设队长…"), self)
        self.leave_button = QPushButton(self.tr("队员退出"), self)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.add_button, self.leave_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.team_view, 1)
        layout.addWidget(QLabel(self.tr("队员（含已退出的历史）"), self))
        layout.addWidget(self.member_view, 2)
        self.team_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_members())
        self.new_button.clicked.connect(lambda: self._team_dialog(None))
        self.edit_button.clicked.connect(lambda: self._team_dialog(self._current_team()))
        self.add_button.clicked.connect(self.add_member)
        self.leave_button.clicked.connect(self.leave)
        self._team_rows: list[TeamRow] = []

    def refresh(self) -> None:
        if self.service is None:
            return
        self._team_rows = self.service.teams()
        self.teams.set_rows([(t.name, t.leaders, t.members, self.tr("活跃") if t.active else self.tr("停用"))
                             for t in self._team_rows], [t.id for t in self._team_rows])
        if self._team_rows:
            self.team_view.selectRow(0)
        self._load_members()

    def _current_team(self) -> TeamRow | None:
        index = self.team_view.currentIndex()
        return self._team_rows[index.row()] if index.isValid() and index.row() < len(self._team_rows) else None

    def _load_members(self) -> None:
        team = self._current_team()
        if self.service is None or team is None:
            self.members.set_rows([])
            return
        rows = self.service.team_members(team_id=team.id)
        self.members.set_rows([(m.volunteer_number, m.volunteer_name, m.role, m.joined_on.isoformat(),
                                m.left_on.isoformat() if m.left_on else "") for m in rows],
                              [m.id if m.left_on is None else None for m in rows])

    def _team_dialog(self, team: TeamRow | None) -> None:
        if self.service is not None and TeamDialog(self.service, self, team).exec():
            self.changed.emit()

    def add_member(self) -> None:
        team = self._current_team()
        if self.service is None or team is None:
            return
        number, ok = QInputDialog.getText(self, self.tr("添加队员"), self.tr("志愿者编号（如 V2026-0001）："))
        if not ok or not number.strip():
            return
        roles = rules.TEAM_ROLES.names()
        role, ok = QInputDialog.getItem(self, self.tr("队内职务"), self.tr("职务："), roles, len(roles) - 1, False)
        if ok:
            self._try(lambda: self._join(team.id, number, role))

    def _join(self, team_id: int, number: str, role: str) -> None:
        from community_desk.services.errors import UserError

        assert self.service is not None
        volunteer_id = self.service.volunteer_by_number(number)
        if volunteer_id is None:
            raise UserError(self.tr("未找到志愿者编号 {0}").format(number.strip()))
        self.service.join_team(team_id, volunteer_id, role)

    def leave(self) -> None:
        index = self.member_view.currentIndex()
        member_id = self.members.key(index.row()) if index.isValid() else None
        if self.service is not None and member_id is not None:
            service = self.service
            self._try(lambda: service.leave_team(int(member_id)))  # type: ignore[arg-type]

    def _try(self, action: Callable[[], object]) -> None:
        from PySide6.QtWidgets import QMessageBox

        from community_desk.services.errors import UserError

        try:
            action()
        except UserError as error:
            QMessageBox.warning(self, self.tr("志愿队伍"), error.message)
            return
        self.changed.emit()


STATS_WIDTHS = {"hoursTable": (90, 80, 45), "normTable": (80, 40, 45), "starTable": (90, 70, 70, 45)}


class StatsPanel(_Panel):
    """统计: hours by 志愿者/队伍/类别/月份 for a year, the norm check for a month and quarter, star levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.by = QComboBox(self)
        self.by.setObjectName("hoursBy")
        for name in HOURS_BY:
            self.by.addItem(self.tr("按{0}").format(name), name)
        self.month = QSpinBox(self)
        self.month.setRange(1, 12)
        self.month.setValue(today.month - 1 or 1)  # the last complete month is the one worth checking
        self.month.setSuffix(self.tr("月"))
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("年份"), self), self.year, self.by, QLabel(self.tr("达标检查月份"), self),
                       self.month):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.hours = SimpleTableModel((self.tr("项目"), self.tr("名称"), self.tr("次数"), self.tr("小时")), self)
        self.norm = SimpleTableModel((self.tr("未达标"), self.tr("次数"), self.tr("小时"), self.tr("原因")), self)
        self.stars = SimpleTableModel((self.tr("志愿者编号"), self.tr("姓名"), self.tr("累计小时"), self.tr("星级"),
                                       self.tr("距下一级")), self)
        views = QHBoxLayout()
        for title, model, name in ((self.tr("服务时长"), self.hours, "hoursTable"),
                                   (self.tr("未达标（每月≥2次且≥3小时；队伍每季度≥2次）"), self.norm, "normTable"),
                                   (self.tr("星级（一星100小时…五星1500小时）"), self.stars, "starTable")):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            view = table_view(self, name)
            view.setModel(model)
            for index, width in enumerate(STATS_WIDTHS[name]):
                view.setColumnWidth(index, width)
            column.addWidget(view)
            views.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(views, 1)
        for signal in (self.year.valueChanged, self.by.currentIndexChanged, self.month.valueChanged):
            signal.connect(lambda *_: self.refresh())

    def refresh(self) -> None:
        if self.service is None:
            return
        service, year, month = self.service, self.year.value(), self.month.value()
        rows = service.hours_by(self.by.currentData(), date(year, 1, 1), date(year + 1, 1, 1))
        self.hours.set_rows([(r.key, r.label, r.times, rules.hours_text(r.minutes)) for r in rows])
        quarter = (month - 1) // 3 + 1
        people = service.month_shortfalls(year, month)
        teams = service.quarter_team_shortfalls(year, quarter)
        self.norm.set_rows([(s.name, s.times, rules.hours_text(s.minutes), s.reason) for s in people]
                           + [(f"{s.name}（{year}年第{quarter}季度）", s.times, "", s.reason) for s in teams])
        self.stars.set_rows([(s.number, s.name, rules.hours_text(s.minutes), s.level,
                              f"{s.next_level} 差{s.missing_hours}小时" if s.next_level else "")
                             for s in service.star_levels()])
        self.status_changed.emit(self.tr("统计：{0}月未达标 {1} 人，本季度未达标队伍 {2} 个").format(
            month, len(people), len(teams)))
