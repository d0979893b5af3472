"""Table models of the 志愿 tab: the volunteer list pages in from SQL; the record list pages a fetched list."""

from __future__ import annotations

from PySide6.QtCore import QObject

from community_desk.domain import volunteers as rules
from community_desk.services.volunteer_dto import ServiceRecordRow, VolunteerRow
from community_desk.ui.tabs.mediation.models import PagedTableModel, text_of


class VolunteerTableModel(PagedTableModel[VolunteerRow]):
    def __init__(self, parent: QObject | None = None, page_size: int | None = None) -> None:
        headers = [self.tr("志愿者编号"), self.tr("姓名"), self.tr("性别"), self.tr("年龄"), self.tr("联系电话"),
                   self.tr("所属队伍"), self.tr("专长"), self.tr("累计时长(小时)"), self.tr("星级"), self.tr("状态")]
        super().__init__(headers, parent, page_size)

    def cell(self, row: VolunteerRow, column: int) -> str:
        values = (row.number, row.name, row.gender, row.age, row.phone, row.teams, row.skills,
                  rules.hours_text(row.minutes), rules.star_level(row.minutes),
                  self.tr("在册") if row.active else self.tr("停用"))
        return text_of(values[column])


class ServiceTableModel(PagedTableModel[ServiceRecordRow]):
    def __init__(self, parent: QObject | None = None, page_size: int | None = None) -> None:
        headers = [self.tr("开始"), self.tr("结束"), self.tr("时长(小时)"), self.tr("志愿者"), self.tr("类别"),
                   self.tr("服务内容"), self.tr("队伍"), self.tr("地点"), self.tr("组织者"), self.tr("确认人")]
        super().__init__(headers, parent, page_size)

    def set_records(self, rows: list[ServiceRecordRow]) -> None:
        self.set_source(lambda: len(rows), lambda offset, limit: rows[offset : offset + limit])

    def cell(self, row: ServiceRecordRow, column: int) -> str:
        end = f"{row.end:%H:%M}" if row.end.date() == row.start.date() else f"{row.end:%m-%d %H:%M}"
        values = (row.start, end, rules.hours_text(row.minutes), f"{row.volunteer_name}（{row.volunteer_number}）",
                  row.category, row.content, row.team_name, row.place, row.organiser, row.confirmed_by)
        return text_of(values[column])
