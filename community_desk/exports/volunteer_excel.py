"""志愿者花名册 and 服务时长统计 as .xlsx through exports/excel.py (IDs and phones as text cells).

Masking is the caller's job (the service masks unless the clerk asked for --unmasked), as for the other lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from community_desk.domain import volunteers as rules
from community_desk.exports.excel import ExcelColumn, ExcelTable, write_tables
from community_desk.exports.word import chinese_date
from community_desk.services.volunteer_dto import HoursRow, VolunteerRow

ROSTER_COLUMNS = (
    ExcelColumn("序号", 6, "number", free_text=False),
    ExcelColumn("志愿者编号", 13, "text"),
    ExcelColumn("姓名", 10),
    ExcelColumn("性别", 6),
    ExcelColumn("年龄", 6, "number", free_text=False),
    ExcelColumn("证件类型", 11),
    ExcelColumn("证件号码", 21, "text"),
    ExcelColumn("联系电话", 14, "text"),
    ExcelColumn("政治面貌", 12),
    ExcelColumn("专长", 16, wrap=True),
    ExcelColumn("所属队伍", 22, wrap=True),
    ExcelColumn("注册日期", 11.5, "date", free_text=False),
    ExcelColumn("累计时长（小时）", 10, "number", free_text=False),
    ExcelColumn("星级", 7),
    ExcelColumn("状态", 6),
)
HOURS_COLUMNS = (
    ExcelColumn("序号", 6, "number", free_text=False),
    ExcelColumn("项目", 22),
    ExcelColumn("名称", 18),
    ExcelColumn("服务次数", 9, "number", free_text=False),
    ExcelColumn("服务时长（小时）", 11, "number", free_text=False),
)


def write_roster(path: Path, community: str, rows: Sequence[VolunteerRow], filled_on: date) -> int:
    table = ExcelTable("志愿者花名册", f"{community}志愿者花名册", (f"填报单位：{community}居民委员会",
                       f"填报日期：{chinese_date(filled_on)}"), ROSTER_COLUMNS)
    data = [
        (index, r.number, r.name, r.gender, r.age, r.id_type, r.id_number, r.phone, r.political_status, r.skills,
         r.teams, r.registered_on, round(r.minutes / 60, 1), rules.star_level(r.minutes),
         "在册" if r.active else "停用")
        for index, r in enumerate(rows, start=1)
    ]
    return write_tables(Path(path), [(table, data)])[0]


def write_hours(
    path: Path, community: str, year: int, groups: Sequence[tuple[str, Sequence[HoursRow]]], filled_on: date
) -> int:
    """One sheet per grouping (志愿者/队伍/类别/月份), each with a 合计 line."""
    sheets = []
    for by, rows in groups:
        table = ExcelTable(f"按{by}", f"{community}志愿服务时长统计（{year}年，按{by}）",
                           (f"填报单位：{community}居民委员会", f"填报日期：{chinese_date(filled_on)}"), HOURS_COLUMNS)
        data: list[tuple[object, ...]] = [
            (index, r.key, r.label, r.times, round(r.minutes / 60, 1)) for index, r in enumerate(rows, start=1)
        ]
        data.append((None, "合计", "", sum(r.times for r in rows), round(sum(r.minutes for r in rows) / 60, 1)))
        sheets.append((table, data))
    return sum(write_tables(Path(path), sheets))
