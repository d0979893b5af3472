"""The 敞心阁 workbooks a 街道/司法所 asks for, laid out through exports/excel.py like every other upward form.

- 人民调解统计: sheet 人民调解登记表 (one row per case received in the period) and sheet 月度统计表 (the 司法局
  scheme: one row for the total, one per 来源, one per each of the 15 纠纷类型, zeros included), in one file.
- 群议厅台账: one row per topic with the date and particulars of every step.

Callers hand over figures already counted (domain.mediation_stats) and rows already formatted; no database here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from community_desk.domain.mediation import fen_to_yuan
from community_desk.domain.mediation_stats import (
    NO_RATE,
    MediationStats,
    RegisterRow,
    StatRow,
    chinese_day,
    percent_value,
)
from community_desk.exports.excel import ExcelColumn, ExcelTable, write_table, write_tables

REGISTER_SHEET, STATS_SHEET, LEDGER_SHEET = "人民调解登记表", "月度统计表", "群议厅台账"

REGISTER_COLUMNS = (
    ExcelColumn("序号", 6, "number", free_text=False),
    ExcelColumn("卷号", 25, "text"),
    ExcelColumn("受理日期", 11.5, "date", free_text=False),
    ExcelColumn("来源", 11),
    ExcelColumn("纠纷类型", 13, wrap=True),
    ExcelColumn("当事人", 18, wrap=True),
    ExcelColumn("调解员", 12, wrap=True),
    ExcelColumn("简要情况", 36, wrap=True),
    ExcelColumn("结果", 9),
    ExcelColumn("协议形式", 9),
    ExcelColumn("涉及金额（元）", 12, "money", free_text=False),
    ExcelColumn("结案日期", 11.5, "date", free_text=False),
    ExcelColumn("回访", 18),
)
STATS_COLUMNS = (
    ExcelColumn("分组", 10, free_text=False),
    ExcelColumn("项目", 11, free_text=False),
    ExcelColumn("受理（件）", 7, "number", free_text=False),
    ExcelColumn("调解成功（件）", 7, "number", free_text=False),
    ExcelColumn("其中书面协议", 7, "number", free_text=False),
    ExcelColumn("其中口头协议", 7, "number", free_text=False),
    ExcelColumn("调解不成（件）", 7, "number", free_text=False),
    ExcelColumn("终止调解（件）", 7, "number", free_text=False),
    ExcelColumn("未办结（件）", 7, "number", free_text=False),
    ExcelColumn("调解成功率", 8, "percent", free_text=False),
    ExcelColumn("涉及金额（元）", 13, "money", free_text=False),
    ExcelColumn("协议已履行（件）", 7, "number", free_text=False),
    ExcelColumn("协议履行率", 8, "percent", free_text=False),
    ExcelColumn("防止民间纠纷激化（件）", 8, "number", free_text=False),
    ExcelColumn("防止民间纠纷激化（人）", 8, "number", free_text=False),
    ExcelColumn("防止群体性上访（件）", 8, "number", free_text=False),
    ExcelColumn("已回访（件）", 7, "number", free_text=False),
)
# 口径说明 printed under the 统计表, so whoever reads the figures at the 街道 knows what they count.
STATS_NOTES = (
    "口径说明：",
    "1. 受理：受理日期在统计期间内的案件；其余各项均为这些案件截至“截至日期”的办理情况，与登记表逐件对应。",
    "2. 调解成功率 = 调解成功 ÷ 已办结（调解成功 + 调解不成 + 终止调解），未办结案件不计入；无已办结案件时为“—”。",
    "3. 协议履行率 = 协议已履行（已结案）÷ 调解成功；涉及金额为受理案件登记的涉及金额合计（元，精确到分）。",
    "4. 防止民间纠纷激化、防止群体性上访按案件登记的件数、人数合计；已回访为截至日期前已有回访记录的案件数。",
)


def _unit(community: str) -> str:
    return f"填报单位：{community}人民调解委员会"


def register_table(community: str, stats: MediationStats, filled_on: date) -> ExcelTable:
    period = stats.period
    return ExcelTable(
        sheet_name=REGISTER_SHEET,
        title=f"{community}人民调解登记表（{period.label}）",
        subtitle=(_unit(community), f"办理情况截至：{chinese_day(stats.as_of)}", f"填报日期：{chinese_day(filled_on)}"),
        columns=REGISTER_COLUMNS,
    )


def register_values(rows: Iterable[RegisterRow]) -> Iterator[list[object]]:
    for number, row in enumerate(rows, start=1):
        yield [
            number, row.number, row.accepted_on, row.source, row.dispute_type, row.parties, row.mediators,
            row.summary, row.result, row.agreement, fen_to_yuan(row.amount_fen), row.ended_on, row.visit,
        ]  # fmt: skip


def stats_table(community: str, stats: MediationStats, filled_on: date) -> ExcelTable:
    period = stats.period
    return ExcelTable(
        sheet_name=STATS_SHEET,
        title=f"{community}人民调解工作统计表（{period.label}）",
        subtitle=(_unit(community), f"截至日期：{chinese_day(stats.as_of)}", f"填报日期：{chinese_day(filled_on)}"),
        columns=STATS_COLUMNS,
    )


def _rate(value: Fraction | None) -> Decimal | str:
    """The rounded ratio (shown 66.7% by the column's format), or "—" when nothing could be divided."""
    rounded = percent_value(value)
    return NO_RATE if rounded is None else rounded


def stats_values(stats: MediationStats) -> Iterator[list[object]]:
    """合计 first, then every 来源 and the 15 纠纷类型; the 口径说明 after a blank row.

    The title names the period (受理日期 in it); every figure is as of `stats.as_of`.
    """
    rows: Sequence[StatRow] = stats.rows()
    for index, row in enumerate(rows):
        c = row.counts
        first = index == 0 or rows[index - 1].group != row.group  # the group is named once, on its first row
        yield [
            row.group if first else None, row.label, c.received, c.success, c.written, c.oral, c.failed,
            c.terminated, c.pending, _rate(c.success_rate), fen_to_yuan(c.amount_fen), c.performed,
            _rate(c.performance_rate), c.prevented_cases, c.prevented_people, c.prevented_petitions, c.visited,
        ]  # fmt: skip
    yield [None] * len(STATS_COLUMNS)
    for note in STATS_NOTES:
        yield [note] + [None] * (len(STATS_COLUMNS) - 1)


def write_mediation_report(
    path: Path, community: str, stats: MediationStats, register: Sequence[RegisterRow], filled_on: date
) -> list[int]:
    """Both sheets in one workbook, 登记表 first; returns the data rows written per sheet."""
    return write_tables(
        path,
        [
            (register_table(community, stats, filled_on), register_values(register)),
            (stats_table(community, stats, filled_on), stats_values(stats)),
        ],
    )


# --- 群议厅台账 ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerRow:
    """One topic in the 台账, its steps already put into words (the fields in column order)."""

    number: str
    title: str
    category: str
    source: str
    proposers: str
    proposed_on: date | None
    accepted_on: date | None
    meetings: str  # 2026-03-05 群议厅，出席18人 (each round)
    votes: str  # 2026-03-10 赞成15、反对2、弃权1，通过
    resolution: str  # 2026-03-11：决议内容
    publicity: str  # 2026-03-12至2026-03-17，社区公示栏
    implementation: str  # 责任方、期限、进展
    feedback: str  # 2026-06-01 满意12、基本满意3、不满意1，满意率93.8%
    step: str
    status: str


LEDGER_COLUMNS = (  # 16 columns on A4 landscape: the long ones wrap, so the sheet is printed at about 70%
    ExcelColumn("序号", 5, "number", free_text=False),
    ExcelColumn("编号", 9, "text", free_text=False),
    ExcelColumn("议题名称", 16, wrap=True),
    ExcelColumn("类别", 8, wrap=True),
    ExcelColumn("来源", 9, wrap=True),
    ExcelColumn("提议人", 10, wrap=True),
    ExcelColumn("征集日期", 11, "date", free_text=False),
    ExcelColumn("确定日期", 11, "date", free_text=False),
    ExcelColumn("协商会议", 18, wrap=True),
    ExcelColumn("表决", 17, wrap=True),
    ExcelColumn("决议", 24, wrap=True),
    ExcelColumn("公示", 16, wrap=True),
    ExcelColumn("落实", 22, wrap=True),
    ExcelColumn("反馈", 16, wrap=True),
    ExcelColumn("当前步骤", 7, wrap=True),
    ExcelColumn("状态", 7),
)


def write_deliberation_ledger(path: Path, community: str, year: int, rows: Iterable[LedgerRow], filled_on: date) -> int:
    table = ExcelTable(
        sheet_name=LEDGER_SHEET,
        title=f"{community}群议厅（城乡社区协商）台账（{year}年）",
        subtitle=(f"填报单位：{community}居委会", f"议题征集年份：{year}年", f"填报日期：{chinese_day(filled_on)}"),
        columns=LEDGER_COLUMNS,
    )
    return write_table(path, table, ([n, *astuple(row)] for n, row in enumerate(rows, start=1)))
