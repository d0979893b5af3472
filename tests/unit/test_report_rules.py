"""The monthly report's periods, how months add up to a quarter/year, the stored form and the printed wording."""

from __future__ import annotations

import json
from datetime import date

import pytest

from community_desk.domain.mediation import RuleViolation
from community_desk.domain.report import (
    Count,
    DutyFigures,
    EventFigures,
    MediationFigures,
    MonthColumn,
    PopulationFigures,
    Report,
    ReportFigures,
    ReportKind,
    ReportPeriod,
    ReportText,
    VolunteerFigures,
    sum_months,
)
from community_desk.domain.report_sections import charts, sections


def month_figures(residents: int, moved_in: int, low_income: int, active: int, short: tuple[str, ...]) -> ReportFigures:
    return ReportFigures(
        population=PopulationFigures(
            households=residents // 2,
            residents=residents,
            moved_in=moved_in,
            special_groups=(Count("低保", low_income), Count("残疾", 1)),
            aged_90=residents // 100,
        ),
        duty=DutyFigures(shifts=30, calls=4, visits=2, incidents=1, open_handover_items=moved_in),
        mediation=MediationFigures(
            talks=3, received=2, succeeded=1, concluded=2, amount_fen=150_050, by_type=(Count("邻里", 2),)
        ),
        volunteers=VolunteerFigures(
            active_volunteers=active, services=5, minutes=330, by_team=(Count("助老队", 300),), short_of_norm=short
        ),
        events=EventFigures(events=4, participants=60, by_category=(Count("文化", 3), Count("党建", 1))),
    )


@pytest.mark.parametrize(
    ("text", "kind", "label", "first", "last", "key"),
    [
        ("2026-10", ReportKind.MONTH, "2026年10月", date(2026, 10, 1), date(2026, 10, 31), "2026-10"),
        ("2024年2月", ReportKind.MONTH, "2024年2月", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        ("2026-Q4", ReportKind.QUARTER, "2026年第四季度", date(2026, 10, 1), date(2026, 12, 31), "2026Q4"),
        ("2026q1", ReportKind.QUARTER, "2026年第一季度", date(2026, 1, 1), date(2026, 3, 31), "2026Q1"),
        ("2026", ReportKind.YEAR, "2026年", date(2026, 1, 1), date(2026, 12, 31), "2026"),
    ],
)
def test_periods_parse_and_name_themselves(text, kind, label, first, last, key) -> None:
    period = ReportPeriod.parse(text)
    assert (period.kind, period.label, period.first, period.last, period.key) == (kind, label, first, last, key)
    assert ReportPeriod.parse(period.key) == period


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "26-10", "十月", ""])
def test_impossible_periods_are_refused_in_chinese(text: str) -> None:
    with pytest.raises(RuleViolation, match="报表期间"):
        ReportPeriod.parse(text)


def test_quarter_and_year_list_their_months_and_titles() -> None:
    assert [m.key for m in ReportPeriod.quarter(2026, 2).months()] == ["2026-04", "2026-05", "2026-06"]
    assert len(ReportPeriod.whole_year(2026).months()) == 12
    assert ReportPeriod.month(2026, 12).next_period().label == "2027年1月"
    assert ReportPeriod.quarter(2026, 3).next_period().label == "2026年第四季度"
    assert ReportPeriod.whole_year(2026).next_period().label == "2027年"
    assert ReportPeriod.whole_year(2026).plan_heading == "下年度工作计划"
    assert ReportPeriod.whole_year(2026).title == "2026年度工作总结"


def test_figures_survive_the_json_round_trip_exactly() -> None:
    figures = month_figures(1234, 5, 7, 9, ("甲",))
    stored = json.loads(json.dumps(figures.to_json_dict(), ensure_ascii=False))
    assert ReportFigures.from_json_dict(stored) == figures


def test_summing_months_adds_flows_keeps_last_stocks_and_busiest_month_of_volunteers() -> None:
    months = [
        month_figures(1000, 5, 7, 9, ("甲",)),
        month_figures(1010, 3, 8, 12, ("乙", "甲")),
        month_figures(1020, 2, 6, 10, ()),
    ]
    total = sum_months(months)
    assert total.population.residents == 1020  # stock: the last month's
    assert total.population.moved_in == 10  # flow: added
    assert total.population.special_groups == (Count("低保", 6), Count("残疾", 1))
    assert total.duty.open_handover_items == 2 and total.duty.calls == 12
    assert total.mediation.by_type == (Count("邻里", 6),) and total.mediation.amount_fen == 450_150
    assert total.mediation.success_rate_text == "50.0%"
    assert total.volunteers.active_volunteers == 12
    assert total.volunteers.short_of_norm == ("甲", "乙")
    assert total.events.by_category == (Count("文化", 9), Count("党建", 3))
    assert sum_months([]) == ReportFigures()


def test_sections_print_every_figure_and_the_secretarys_text() -> None:
    figures = month_figures(1234, 5, 7, 9, ("甲",))
    report = Report("示范社区", ReportPeriod.month(2026, 10), figures, ReportText(plan="走访独居老人\n更新台账"))
    printed = sections(report)
    assert [s.heading[:2] for s in printed] == ["一、", "二、", "三、", "四、", "五、", "六、"]  # no 附 for a month
    text = "\n".join(p for s in printed for p in s.paragraphs)
    for expected in (
        "截至10月31日，社区共有617户、1234人",
        "迁入5人",
        "90岁以上12人",
        "接听来电4人次",
        "受理矛盾纠纷2件，调解成功1件，调解成功率50.0%",
        "涉及金额1,500.50元",
        "累计服务时长5.5小时",
        "未达到每月服务标准（2次、3小时）的志愿者：1人（甲）",
        "举办社区活动4场，参与60人次",
        "2026年11月工作计划",
        "走访独居老人",
        "（未填写）",  # no 存在问题 typed
    ):
        assert expected in text
    assert ("低保", "7") in printed[0].tables[0].rows
    assert report.title == "示范社区2026年10月工作报告"


def test_no_concluded_case_means_no_rate_and_empty_charts_are_left_out() -> None:
    assert MediationFigures(received=3).success_rate_text == "—"
    shown = charts(ReportFigures(events=EventFigures(events=1, by_category=(Count("文化", 1), Count("体育", 0)))))
    assert [(chart.key, chart.bars) for chart in shown] == [("events", (("文化", 1),))]


def test_a_summary_prints_the_month_by_month_table() -> None:
    period = ReportPeriod.quarter(2026, 4)
    short = (("甲",), ("乙", "甲"), ())
    months = tuple(
        MonthColumn(m, month_figures(1000 + i, i, 1, 1, short[i]), final=i == 0) for i, m in enumerate(period.months())
    )
    report = Report("示范社区", period, sum_months([m.figures for m in months]), ReportText(), months=months)
    people, work = sections(report)[-2:]
    assert (people.heading, work.heading) == ("附一：分月情况（人口与值班）", "附二：分月情况（调解、志愿与活动）")
    assert work.tables[0].headers[-1] == "参与人次" and work.tables[0].rows[1][-1] == "60"
    rows = people.tables[0].rows
    assert [row[0] for row in rows] == ["10月", "11月（草稿）", "12月（草稿）"]
    volunteers = "".join(sections(report)[3].paragraphs)
    assert "志愿者：共2人（至少一个月未达标" in volunteers and "甲" not in volunteers  # counted, not listed
    assert rows[2][1:3] == ("501", "1002")  # 户数, 人数 of December


def test_overlong_text_is_refused_and_text_is_trimmed() -> None:
    assert ReportText(plan="  计划 \n", compiled_by=" 王书记 ").checked() == ReportText(
        plan="计划", compiled_by="王书记"
    )
    with pytest.raises(RuleViolation, match="下月工作计划过长"):
        ReportText(plan="字" * 5001).checked()
