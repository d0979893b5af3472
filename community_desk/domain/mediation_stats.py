"""人民调解 statistics in the 司法局 scheme: which cases a period's report counts, and how each figure is derived.

Counting convention (the 受理 cohort, as of a date):
- 受理: the cases whose 受理日期 lies in the period. Every other figure is about these same cases, so the
  统计表 can be checked line by line against the 登记表 of the same workbook (rows = 受理, 结果 column = 成功 …).
- Each case's result is taken as it stood on `as_of` — by default the last day of the period — so a report
  reprinted later gives the same figures (domain §7: figures "as of" the month end). A case agreed after
  `as_of` still counts as 未办结 in that report.
- 调解成功: outcome 书面协议 or 口头协议 with the agreement dated on or before `as_of`; split 书面/口头.
  调解不成 and 终止: outcome recorded with its date (closed_on) on or before `as_of`.
- 已办结 = 调解成功 + 调解不成 + 终止; 未办结 = 受理 − 已办结 (still being mediated, or not yet started).
- 成功率 = 调解成功 ÷ 已办结. Cases still being mediated are left out (they have no result yet, and counting
  them would make every late-month case look like a failure); 终止 stays in, since a mediation that ended
  without agreement is not a success. No 已办结 case: no rate ("—"), never 0% or 100%.
- 涉及金额: the sum in dispute recorded on every case received (the field belongs to the dispute, entered at
  受理), exact to the fen.
- 已履行: a successful case the office closed (已结案: the agreement carried out) on or before `as_of`;
  履行率 = 已履行 ÷ 调解成功.
- 防激化 N件 M人: the case fields 防止民间纠纷激化 件数/人数 summed; 防止群体性上访: cases with that mark.
- 已回访: cases with at least one 回访 dated on or before `as_of`.
Rates are shown as percentages with one decimal, rounded half up (2/3 → 66.7%).

Plain Python: the service computes the per-group counts in SQL with the same rules (see
services/mediation_reports.py) and this module rolls them up into the table's rows.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from community_desk.domain.mediation import (
    CASE_SOURCES,
    DISPUTE_TYPES,
    FAILED,
    SUCCESS_OUTCOMES,
    TERMINATED,
    CaseStatus,
    RuleViolation,
)

NO_RATE = "—"
OTHER_TYPE = "其他"
QUARTER_NAMES = ("一", "二", "三", "四")


# --- the period -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """The 受理 dates a report covers (both ends included) and how its title names them."""

    start: date
    end: date
    label: str  # 2026年10月 / 2026年第四季度 / 2026年10月1日至2026年11月15日
    key: str  # for file names: 2026-10 / 2026Q4 / 20261001-20261115

    @classmethod
    def month(cls, text: str) -> Period:
        """2026-10 (also 2026-1, 202610, 2026年10月) → 2026年10月."""
        found = re.fullmatch(r"\s*(\d{4})[-/.年]?(\d{1,2})月?\s*", text)
        if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1900:
            raise RuleViolation(f"月份应写作 YYYY-MM，如 2026-10（收到：{text}）", "month")
        year, month = int(found.group(1)), int(found.group(2))
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), f"{year}年{month}月", f"{year}-{month:02d}")

    @classmethod
    def quarter(cls, text: str) -> Period:
        """2026-Q4 (also 2026Q4, 2026-4) → 2026年第四季度."""
        found = re.fullmatch(r"\s*(\d{4})\s*[-/ ]?\s*[Qq]?([1-4])\s*", text)
        if not found or int(found.group(1)) < 1900:
            raise RuleViolation(f"季度应写作 YYYY-Qn，如 2026-Q4（收到：{text}）", "quarter")
        year, number = int(found.group(1)), int(found.group(2))
        first = 3 * number - 2
        last = date(year, first + 2, calendar.monthrange(year, first + 2)[1])
        return cls(date(year, first, 1), last, f"{year}年第{QUARTER_NAMES[number - 1]}季度", f"{year}Q{number}")

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        if end < start:
            raise RuleViolation("统计截止日期不能早于起始日期", "to")
        return cls(start, end, f"{chinese_day(start)}至{chinese_day(end)}", f"{start:%Y%m%d}-{end:%Y%m%d}")


def chinese_day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


# --- one case's result on a date --------------------------------------------------------------------------------
SUCCESS, FAILURE, TERMINATION, MEDIATING, WAITING = "调解成功", "调解不成", "终止调解", "调解中", "已受理"


def result_as_of(
    outcome: str, agreed_on: date | None, closed_on: date | None, started_on: date | None, as_of: date
) -> str:
    """What the 结果 column shows for a case on `as_of` (the same rules the SQL totals use).

    `started_on` is the day mediation began (the first 调解中 status change), None if it has not.
    """
    if outcome in SUCCESS_OUTCOMES and agreed_on is not None and agreed_on <= as_of:
        return SUCCESS
    if closed_on is not None and closed_on <= as_of:
        if outcome == FAILED:
            return FAILURE
        if outcome == TERMINATED:
            return TERMINATION
    return MEDIATING if started_on is not None and started_on <= as_of else WAITING


def ended_on(outcome: str, agreed_on: date | None, closed_on: date | None, as_of: date) -> date | None:
    """结案日期 in the 登记表: the day the mediation ended (agreement, 调解不成 or 终止), if on or before `as_of`."""
    end = agreed_on if outcome in SUCCESS_OUTCOMES else closed_on if outcome in (FAILED, TERMINATED) else None
    return end if end is not None and end <= as_of else None


def performed(outcome: str, agreed_on: date | None, status: str, closed_on: date | None, as_of: date) -> bool:
    """An agreement carried out: the successful case was closed (已结案) on or before `as_of`."""
    return (
        outcome in SUCCESS_OUTCOMES
        and agreed_on is not None
        and agreed_on <= as_of
        and status == CaseStatus.CLOSED
        and closed_on is not None
        and closed_on <= as_of
    )


# --- counts and rates -------------------------------------------------------------------------------------------
def rate(part: int, whole: int) -> Fraction | None:
    return Fraction(part, whole) if whole else None


def percent_value(value: Fraction | None) -> Decimal | None:
    """The ratio rounded half up to 0.1% (0.667 for 2/3), so the cell's value and what it shows agree."""
    if value is None:
        return None
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.001"), ROUND_HALF_UP)


def percent_text(value: Fraction | None) -> str:
    """66.7%; "—" when there is nothing to divide by."""
    rounded = percent_value(value)
    return NO_RATE if rounded is None else f"{rounded * 100:.1f}%"


@dataclass(frozen=True)
class CaseCounts:
    """The figures of one row of the 统计表 (a source, a type, or the total); see the module docstring."""

    received: int = 0
    written: int = 0
    oral: int = 0
    failed: int = 0
    terminated: int = 0
    performed: int = 0
    amount_fen: int = 0
    prevented_cases: int = 0
    prevented_people: int = 0
    prevented_petitions: int = 0
    visited: int = 0

    def __add__(self, other: CaseCounts) -> CaseCounts:
        return CaseCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def success(self) -> int:
        return self.written + self.oral

    @property
    def concluded(self) -> int:
        return self.success + self.failed + self.terminated

    @property
    def pending(self) -> int:
        return self.received - self.concluded

    @property
    def success_rate(self) -> Fraction | None:
        return rate(self.success, self.concluded)

    @property
    def performance_rate(self) -> Fraction | None:
        return rate(self.performed, self.success)


@dataclass(frozen=True)
class StatRow:
    group: str  # 合计 / 按来源 / 按纠纷类型
    label: str
    counts: CaseCounts


@dataclass(frozen=True)
class MediationStats:
    period: Period
    as_of: date
    total: CaseCounts
    by_source: tuple[StatRow, ...]
    by_type: tuple[StatRow, ...]

    def rows(self) -> tuple[StatRow, ...]:
        return (StatRow("合计", "合计", self.total), *self.by_source, *self.by_type)


def roll_up(period: Period, as_of: date, groups: Mapping[tuple[str, str], CaseCounts]) -> MediationStats:
    """Per (来源, 纠纷类型) counts → the table: every source and all 15 types listed (zeros included).

    A type outside the 15 (an old or imported value) is counted under 其他 so there are always exactly 15 type
    rows; a source outside the list gets a row of its own after the listed ones. Either way each group adds up
    to the total.
    """
    sources: dict[str, CaseCounts] = {code: CaseCounts() for code in CASE_SOURCES.codes()}
    types: dict[str, CaseCounts] = {code: CaseCounts() for code in DISPUTE_TYPES.codes()}
    total = CaseCounts()
    for (source, dispute_type), counts in groups.items():
        sources[source] = sources.get(source, CaseCounts()) + counts
        kind = dispute_type if dispute_type in types else OTHER_TYPE
        types[kind] = types[kind] + counts
        total = total + counts
    return MediationStats(
        period=period,
        as_of=as_of,
        total=total,
        by_source=tuple(StatRow("按来源", name, counts) for name, counts in sources.items()),
        by_type=tuple(StatRow("按纠纷类型", name, counts) for name, counts in types.items()),
    )


# --- a line of the 登记表 ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegisterRow:
    """One case received in the period, with its result as of the report date."""

    number: str
    accepted_on: date
    source: str
    dispute_type: str  # 邻里（噪音）
    parties: str  # 张三 与 李四
    mediators: str
    summary: str
    result: str  # result_as_of()
    agreement: str  # 书面协议 / 口头协议 / ""
    amount_fen: int
    ended_on: date | None
    visit: str  # 已回访 2026-10-20 / 待回访 / ""
