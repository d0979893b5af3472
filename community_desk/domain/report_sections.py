"""What the 月度工作报告 prints: its charts and the wording of its sections, shared by the PDF, the .docx and the
print preview, so the three can never word a figure differently. The writers only lay these out.

Plain Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from community_desk.domain.report import Count, Report, ReportFigures, ReportKind
from community_desk.domain.volunteers import hours_text


# --- charts -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChartData:
    """A bar chart drawn into the report: title, unit and bars (labels with values > 0)."""

    key: str  # file-name friendly: disputes / volunteer_hours / events
    title: str
    unit: str
    bars: tuple[tuple[str, float], ...]


def charts(figures: ReportFigures) -> tuple[ChartData, ...]:
    """Up to three charts: disputes by type, volunteer hours by team, events by category; empty ones left out."""
    found = (
        ChartData("disputes", "矛盾纠纷类型分布", "件", tuple((c.label, c.value) for c in figures.mediation.by_type)),
        ChartData(
            "volunteer_hours",
            "各志愿队伍服务时长",
            "小时",
            tuple((c.label, round(c.value / 60, 1)) for c in figures.volunteers.by_team),
        ),
        ChartData("events", "社区活动类别分布", "场", tuple((c.label, c.value) for c in figures.events.by_category)),
    )
    return tuple(
        replace(chart, bars=tuple((label, value) for label, value in chart.bars if value > 0))
        for chart in found
        if any(value > 0 for _, value in chart.bars)
    )


# --- the wording, shared by the PDF, the .docx and the print preview -------------------------------------------
@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    """One numbered section: its heading, paragraphs, tables and the charts drawn under it (ChartData keys)."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[str, ...] = ()


def _counts_text(counts: Sequence[Count], unit: str, empty: str = "无") -> str:
    shown = [f"{c.label}{c.value}{unit}" for c in counts if c.value]
    return "、".join(shown) if shown else empty


def _short_of_norm_text(names: Sequence[str], several: bool) -> str:
    """A month names them; a 季报/年报 only counts them (hundreds of names), the 月报 have the lists."""
    lead = "未达到每月服务标准（2次、3小时）的志愿者："
    if not names:
        return f"{lead}无。"
    if several:
        return f"{lead}共{len(names)}人（至少一个月未达标，名单见各月月报）。"
    return f"{lead}{len(names)}人（{'、'.join(names)}）。"


MONTHLY_TABLES: tuple[tuple[str, tuple[tuple[str, Callable[[ReportFigures], str]], ...]], ...] = (
    (
        "附一：分月情况（人口与值班）",
        (
            ("户数", lambda f: str(f.population.households)),
            ("人数", lambda f: str(f.population.residents)),
            ("迁入", lambda f: str(f.population.moved_in)),
            ("迁出", lambda f: str(f.population.moved_out)),
            ("出生", lambda f: str(f.population.births)),
            ("死亡", lambda f: str(f.population.deaths)),
            ("值班班次", lambda f: str(f.duty.shifts)),
            ("来电", lambda f: str(f.duty.calls)),
            ("来访", lambda f: str(f.duty.visits)),
            ("突发事件", lambda f: str(f.duty.incidents)),
        ),
    ),
    (
        "附二：分月情况（调解、志愿与活动）",
        (
            ("恳谈", lambda f: str(f.mediation.talks)),
            ("受理纠纷", lambda f: str(f.mediation.received)),
            ("调解成功", lambda f: str(f.mediation.succeeded)),
            ("回访", lambda f: str(f.mediation.follow_up_visits)),
            ("新立议题", lambda f: str(f.mediation.topics)),
            ("活跃志愿者", lambda f: str(f.volunteers.active_volunteers)),
            ("志愿时长", lambda f: hours_text(f.volunteers.minutes)),
            ("活动场次", lambda f: str(f.events.events)),
            ("参与人次", lambda f: str(f.events.participants)),
        ),
    ),
)


def _monthly_sections(report: Report) -> tuple[Section, ...]:
    """A 季报/年报's month-by-month tables, one row per month (a month not yet final marked 草稿); none for a 月报."""
    if not report.months:
        return ()
    result = []
    for heading, columns in MONTHLY_TABLES:
        rows = tuple(
            (
                f"{column.period.number}月" + ("" if column.final else "（草稿）"),
                *(value(column.figures) for _, value in columns),
            )
            for column in report.months
        )
        result.append(Section(heading, tables=(Table(("月份", *(name for name, _ in columns)), rows),)))
    return tuple(result)


def sections(report: Report) -> tuple[Section, ...]:
    """The six sections in the wording every output prints (domain.md §7)."""
    f, several = report.figures, report.period.kind is not ReportKind.MONTH
    p, d, m, v, e = f.population, f.duty, f.mediation, f.volunteers, f.events
    within = "本期" if several else "本月"
    as_of = f"截至{report.period.last.month}月{report.period.last.day}日"
    population = Section(
        "一、人口概况",
        (
            f"{as_of}，社区共有{p.households}户、{p.residents}人。{within}迁入{p.moved_in}人，迁出{p.moved_out}人，"
            f"出生{p.births}人，死亡{p.deaths}人。",
            f"80岁以上老人{p.aged_80}人，其中90岁以上{p.aged_90}人。各类重点人群人数见下表。",
        ),
        (Table(("重点人群", "人数"), tuple((c.label, str(c.value)) for c in p.special_groups)),),
    )
    duty = Section(
        "二、值班值守",
        (
            f"{within}安排值班{d.shifts}班次，接听来电{d.calls}人次，接待来访{d.visits}人次，处置突发事件{d.incidents}起；"
            f"{as_of}尚有遗留问题{d.open_handover_items}项待办。",
        ),
    )
    mediation = Section(
        "三、矛盾调解",
        (
            f"敞心阁恳谈室{within}接待恳谈{m.talks}人次。",
            f"{within}受理矛盾纠纷{m.received}件，调解成功{m.succeeded}件，调解成功率{m.success_rate_text}"
            f"（已办结{m.concluded}件），涉及金额{m.amount_text}；防止民间纠纷激化{m.prevented_cases}件{m.prevented_people}人；"
            f"开展回访{m.follow_up_visits}次。",
            f"纠纷类型：{_counts_text(m.by_type, '件')}。",
            f"群议厅{within}新立议题{m.topics}项，形成决议{m.resolutions}项，已落实{m.carried_out}项。",
        ),
        charts=("disputes",),
    )
    volunteers = Section(
        "四、志愿服务",
        (
            f"{within}活跃志愿者{v.active_volunteers}人{'（按单月最多计）' if several else ''}，"
            f"开展服务{v.services}人次，累计服务时长{v.hours_text}小时。",
            "各队伍服务时长："
            + ("、".join(f"{c.label}{hours_text(c.value)}小时" for c in v.by_team if c.value) or "无")
            + "。",
            _short_of_norm_text(v.short_of_norm, several),
        ),
        (Table(("志愿队伍", "服务时长（小时）"), tuple((c.label, hours_text(c.value)) for c in v.by_team)),),
        ("volunteer_hours",),
    )
    events = Section(
        "五、社区活动",
        (
            f"{within}举办社区活动{e.events}场，参与{e.participants}人次。",
            f"活动类别：{_counts_text(e.by_category, '场')}。",
        ),
        charts=("events",),
    )
    text = Section(
        f"六、{report.period.plan_heading}及存在问题",
        (
            f"（一）{report.period.next_period().label}工作计划",
            *(report.text.plan.splitlines() or ["（未填写）"]),
            "（二）存在问题",
            *(report.text.problems.splitlines() or ["（未填写）"]),
        ),
    )
    result = [population, duty, mediation, volunteers, events, text]
    return (*result, *_monthly_sections(report))
