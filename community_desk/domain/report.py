"""The secretary's 月度工作报告 (domain.md §7): its period, its figures and how months add up to a quarter or year.

A report is a fixed set of figures per section, each taken "as of" the period's last day, plus free text the
secretary types. Figures are plain numbers so a finalised report can be stored as JSON and printed again years
later with the same numbers (to_json_dict / from_json_dict round-trip exactly).

Summing months (季报 / 年报) follows one rule per figure:
- flows (迁入, 来电, 受理, 服务时长, 活动场次 …) add up;
- stocks (户数, 人数, 重点人群, 90岁以上, 遗留问题) are the last month's;
- 活跃志愿者 is the busiest month's (people active in several months must not be counted twice);
- lists by label (类型分布, 按队伍, 按类别) add up per label; 未达标志愿者 is every name of any month, once.
Summing the stored months (not re-querying the whole quarter) keeps a 季报 consistent with the 月报 already
handed in: a case received in January and agreed in February stays 未办结 in January's figures.

Plain Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction

from community_desk.domain.mediation import RuleViolation
from community_desk.domain.mediation_stats import QUARTER_NAMES, percent_text, rate
from community_desk.domain.volunteers import hours_text

FIGURES_VERSION = 1  # bump when a stored figures_json needs reading differently


# --- the period ---------------------------------------------------------------------------------------------------
class ReportKind(StrEnum):
    MONTH = "月报"
    QUARTER = "季报"
    YEAR = "年报"


@dataclass(frozen=True, order=True)
class ReportPeriod:
    """A month (number 1–12), a quarter (1–4) or a year (number 1) of one calendar year."""

    kind: ReportKind
    year: int
    number: int = 1

    def __post_init__(self) -> None:
        top = {ReportKind.MONTH: 12, ReportKind.QUARTER: 4, ReportKind.YEAR: 1}[self.kind]
        if not 1 <= self.number <= top or not 1900 <= self.year <= 9999:
            raise RuleViolation(f"报表期间不存在：{self.year}年 第{self.number}期（{self.kind.value}）", "period")

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        return cls(ReportKind.MONTH, year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportPeriod:
        return cls(ReportKind.QUARTER, year, quarter)

    @classmethod
    def whole_year(cls, year: int) -> ReportPeriod:
        return cls(ReportKind.YEAR, year, 1)

    @classmethod
    def parse(cls, text: str) -> ReportPeriod:
        """2026-10 / 2026年10月 → 月报; 2026-Q4 / 2026Q4 → 季报; 2026 / 2026年 → 年报."""
        cleaned = text.strip()
        if found := re.fullmatch(r"(\d{4})\s*[-/ ]?\s*[Qq]([1-4])", cleaned):
            return cls.quarter(int(found.group(1)), int(found.group(2)))
        if found := re.fullmatch(r"(\d{4})年?", cleaned):
            return cls.whole_year(int(found.group(1)))
        found = re.fullmatch(r"(\d{4})[-/.年]?(\d{1,2})月?", cleaned)
        if not found or not 1 <= int(found.group(2)) <= 12:
            raise RuleViolation(f"报表期间应写作 2026-10（月）、2026-Q4（季度）或 2026（年），收到：{text}", "period")
        return cls.month(int(found.group(1)), int(found.group(2)))

    @property
    def first(self) -> date:
        return self.months()[0].first if self.kind is not ReportKind.MONTH else date(self.year, self.number, 1)

    @property
    def last(self) -> date:
        """The "as of" day of every figure: the period's last day."""
        if self.kind is not ReportKind.MONTH:
            return self.months()[-1].last
        return date(self.year, self.number, calendar.monthrange(self.year, self.number)[1])

    @property
    def label(self) -> str:
        if self.kind is ReportKind.MONTH:
            return f"{self.year}年{self.number}月"
        if self.kind is ReportKind.QUARTER:
            return f"{self.year}年第{QUARTER_NAMES[self.number - 1]}季度"
        return f"{self.year}年"

    @property
    def key(self) -> str:
        """For file names and the command line: 2026-10 / 2026Q4 / 2026."""
        if self.kind is ReportKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        return f"{self.year}Q{self.number}" if self.kind is ReportKind.QUARTER else f"{self.year}"

    @property
    def title(self) -> str:
        """The heading after the community name: 2026年10月工作报告 / 2026年第四季度工作总结 / 2026年度工作总结."""
        if self.kind is ReportKind.MONTH:
            return f"{self.label}工作报告"
        return f"{self.label}工作总结" if self.kind is ReportKind.QUARTER else f"{self.year}年度工作总结"

    def months(self) -> tuple[ReportPeriod, ...]:
        if self.kind is ReportKind.MONTH:
            return (self,)
        first = 1 if self.kind is ReportKind.YEAR else 3 * self.number - 2
        count = 12 if self.kind is ReportKind.YEAR else 3
        return tuple(ReportPeriod.month(self.year, month) for month in range(first, first + count))

    def next_period(self) -> ReportPeriod:
        """The period 六 工作计划 is for: the next month, quarter or year."""
        top = {ReportKind.MONTH: 12, ReportKind.QUARTER: 4, ReportKind.YEAR: 1}[self.kind]
        if self.number == top:
            return ReportPeriod(self.kind, self.year + 1, 1)
        return ReportPeriod(self.kind, self.year, self.number + 1)

    @property
    def plan_heading(self) -> str:
        following = {ReportKind.MONTH: "下月", ReportKind.QUARTER: "下季度", ReportKind.YEAR: "下年度"}[self.kind]
        return f"{following}工作计划"


def last_completed_month(today: date) -> ReportPeriod:
    """The month a report is usually made for: reports are made early in the month for the month before."""
    if today.month == 1:
        return ReportPeriod.month(today.year - 1, 12)
    return ReportPeriod.month(today.year, today.month - 1)


# --- figures --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Count:
    """One labelled number of a breakdown (a dispute type, a team's minutes, an event category …)."""

    label: str
    value: int


def add_counts(groups: Iterable[Sequence[Count]]) -> tuple[Count, ...]:
    """Per-label sums, labels in the order first seen."""
    totals: dict[str, int] = {}
    for group in groups:
        for count in group:
            totals[count.label] = totals.get(count.label, 0) + count.value
    return tuple(Count(label, value) for label, value in totals.items())


@dataclass(frozen=True)
class PopulationFigures:
    """一 人口概况. Stocks as of the last day; moves, births and deaths dated within the period."""

    households: int = 0  # households with at least one member in force
    residents: int = 0  # memberships in force
    moved_in: int = 0
    moved_out: int = 0
    births: int = 0
    deaths: int = 0
    special_groups: tuple[Count, ...] = ()  # every SPECIAL_GROUPS kind, in list order, zeros included
    aged_80: int = 0  # 80 or older on the last day
    aged_90: int = 0


@dataclass(frozen=True)
class DutyFigures:
    """二 值班."""

    shifts: int = 0
    calls: int = 0  # 来电 人次
    visits: int = 0  # 来访 人次
    incidents: int = 0  # 突发事件
    open_handover_items: int = 0  # 遗留问题 still open on the last day (a stock)


@dataclass(frozen=True)
class MediationFigures:
    """三 矛盾调解: 恳谈, the cases received in the period with results as of its last day, 回访, 群议厅."""

    talks: int = 0  # 恳谈/来访 人次
    received: int = 0
    succeeded: int = 0
    concluded: int = 0  # 调解成功 + 调解不成 + 终止 (the rate's denominator, mediation_stats rules)
    amount_fen: int = 0
    by_type: tuple[Count, ...] = ()  # cases received per 纠纷类型, only types with cases
    prevented_cases: int = 0  # 防止民间纠纷激化 件
    prevented_people: int = 0  # … 人
    follow_up_visits: int = 0  # 回访 carried out within the period (any case)
    topics: int = 0  # 群议厅 议题 raised
    resolutions: int = 0  # 决议 adopted (表决 passed)
    carried_out: int = 0  # 决议 已落实 within the period

    @property
    def success_rate(self) -> Fraction | None:
        return rate(self.succeeded, self.concluded)

    @property
    def success_rate_text(self) -> str:
        return percent_text(self.success_rate)

    @property
    def amount_text(self) -> str:
        yuan, fen = divmod(self.amount_fen, 100)
        return f"{yuan:,}.{fen:02d}元"


@dataclass(frozen=True)
class VolunteerFigures:
    """四 志愿服务."""

    active_volunteers: int = 0  # volunteers with a service in the period (busiest month when summed)
    services: int = 0  # service records
    minutes: int = 0
    by_team: tuple[Count, ...] = ()  # minutes per team, the team's name as label; 未编队 for none
    short_of_norm: tuple[str, ...] = ()  # names of the volunteers under the monthly norm, in name order

    @property
    def hours_text(self) -> str:
        return hours_text(self.minutes)


@dataclass(frozen=True)
class EventFigures:
    """五 社区活动: occurrences held in the period (cancelled ones left out) and their 签到."""

    events: int = 0
    participants: int = 0  # 签到 人次
    by_category: tuple[Count, ...] = ()  # occurrences per category, only categories with events


@dataclass(frozen=True)
class ReportFigures:
    population: PopulationFigures = field(default_factory=PopulationFigures)
    duty: DutyFigures = field(default_factory=DutyFigures)
    mediation: MediationFigures = field(default_factory=MediationFigures)
    volunteers: VolunteerFigures = field(default_factory=VolunteerFigures)
    events: EventFigures = field(default_factory=EventFigures)

    def to_json_dict(self) -> dict[str, object]:
        return {"version": FIGURES_VERSION, **asdict(self)}

    @classmethod
    def from_json_dict(cls, data: dict[str, object]) -> ReportFigures:
        def section(kind: type, values: object) -> object:
            raw = dict(values) if isinstance(values, dict) else {}
            known = {f.name: f for f in fields(kind)}
            built: dict[str, object] = {}
            for name, value in raw.items():
                if name not in known:
                    continue
                if isinstance(value, (list, tuple)):
                    value = tuple(Count(**item) if isinstance(item, dict) else item for item in value)
                built[name] = value
            return kind(**built)

        return cls(**{f.name: section(_SECTION_TYPES[f.name], data.get(f.name)) for f in fields(cls)})


_SECTION_TYPES: dict[str, type] = {
    "population": PopulationFigures,
    "duty": DutyFigures,
    "mediation": MediationFigures,
    "volunteers": VolunteerFigures,
    "events": EventFigures,
}
_STOCKS = {
    PopulationFigures: {"households", "residents", "special_groups", "aged_80", "aged_90"},
    DutyFigures: {"open_handover_items"},
}


def _sum_section(kind: type, parts: Sequence[object]) -> object:
    values: dict[str, object] = {}
    for item in fields(kind):
        column = [getattr(part, item.name) for part in parts]
        if item.name in _STOCKS.get(kind, ()):
            values[item.name] = column[-1]
        elif item.name == "active_volunteers":
            values[item.name] = max(column)
        elif item.name == "short_of_norm":
            values[item.name] = tuple(dict.fromkeys(name for names in column for name in names))
        elif isinstance(column[0], tuple):
            values[item.name] = add_counts(column)
        else:
            values[item.name] = sum(column)
    return kind(**values)


def sum_months(months: Sequence[ReportFigures]) -> ReportFigures:
    """A 季报/年报's figures from its months in calendar order (see the module docstring for the rules)."""
    if not months:
        return ReportFigures()
    summed = {
        f.name: _sum_section(_SECTION_TYPES[f.name], [getattr(m, f.name) for m in months])
        for f in fields(ReportFigures)
    }
    return ReportFigures(**summed)


# --- the report -----------------------------------------------------------------------------------------------
class ReportStatus(StrEnum):
    DRAFT = "草稿"
    FINAL = "定稿"


@dataclass(frozen=True)
class ReportText:
    """What the secretary types: 六 下月工作计划 and 存在问题, and the header's 编制人/编制日期."""

    plan: str = ""
    problems: str = ""
    compiled_by: str = ""
    compiled_on: date | None = None

    def checked(self) -> ReportText:
        """Trimmed text; refuses what cannot be printed sensibly."""
        limit = 5000
        for name, label in (("plan", "下月工作计划"), ("problems", "存在问题")):
            if len(getattr(self, name)) > limit:
                raise RuleViolation(f"{label}过长（{len(getattr(self, name))}字），请控制在{limit}字以内", name)
        if len(self.compiled_by.strip()) > 50:
            raise RuleViolation("编制人姓名过长（最多50字）", "compiled_by")
        return replace(
            self, plan=self.plan.strip(), problems=self.problems.strip(), compiled_by=self.compiled_by.strip()
        )


@dataclass(frozen=True)
class MonthColumn:
    """One month of an annual/quarterly report's month-by-month tables."""

    period: ReportPeriod
    figures: ReportFigures
    final: bool


@dataclass(frozen=True)
class Report:
    """Everything a rendering needs: header, figures, text, and for 季报/年报 the months it was summed from."""

    community: str
    period: ReportPeriod
    figures: ReportFigures
    text: ReportText
    status: ReportStatus = ReportStatus.DRAFT
    finalised_at: datetime | None = None
    months: tuple[MonthColumn, ...] = ()

    @property
    def final(self) -> bool:
        return self.status is ReportStatus.FINAL

    @property
    def title(self) -> str:
        return f"{self.community}{self.period.title}"
