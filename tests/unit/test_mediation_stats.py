"""人民调解 statistics rules: periods, a case's result on a date, rates rounded half up, and the roll-up into rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from community_desk.domain.mediation import CASE_SOURCES, DISPUTE_TYPES, RuleViolation
from community_desk.domain.mediation_stats import (
    FAILURE,
    MEDIATING,
    SUCCESS,
    TERMINATION,
    WAITING,
    CaseCounts,
    Period,
    ended_on,
    percent_text,
    percent_value,
    performed,
    result_as_of,
    roll_up,
)

OCT = Period.month("2026-10")
D = date


# --- periods ------------------------------------------------------------------------------------------------------
def test_month_period_covers_the_whole_month() -> None:
    assert (OCT.start, OCT.end, OCT.label, OCT.key) == (D(2026, 10, 1), D(2026, 10, 31), "2026年10月", "2026-10")
    february = Period.month("2028-2")
    assert february.end == D(2028, 2, 29) and february.key == "2028-02"
    assert Period.month("202611").label == "2026年11月"


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "Oct 2026", "26-10", "0000-10", ""])
def test_month_period_refuses_what_is_not_a_month(text: str) -> None:
    with pytest.raises(RuleViolation, match="YYYY-MM"):
        Period.month(text)


def test_quarter_and_range_periods() -> None:
    q4 = Period.quarter("2026-Q4")
    assert (q4.start, q4.end, q4.label, q4.key) == (D(2026, 10, 1), D(2026, 12, 31), "2026年第四季度", "2026Q4")
    assert Period.quarter("2026q1").end == D(2026, 3, 31)
    with pytest.raises(RuleViolation, match="YYYY-Qn"):
        Period.quarter("2026-Q5")
    span = Period.between(D(2026, 10, 1), D(2026, 11, 15))
    assert span.label == "2026年10月1日至2026年11月15日" and span.key == "20261001-20261115"
    with pytest.raises(RuleViolation, match="不能早于"):
        Period.between(D(2026, 10, 2), D(2026, 10, 1))


# --- one case on a date ---------------------------------------------------------------------------------------------
def test_result_is_taken_as_it_stood_on_the_report_date() -> None:
    end = D(2026, 10, 31)
    assert result_as_of("书面协议", D(2026, 10, 31), None, D(2026, 10, 2), end) == SUCCESS
    assert result_as_of("口头协议", D(2026, 11, 5), None, D(2026, 10, 30), end) == MEDIATING  # agreed after
    assert result_as_of("调解不成", None, D(2026, 10, 25), D(2026, 10, 20), end) == FAILURE
    assert result_as_of("终止", None, D(2026, 10, 22), None, end) == TERMINATION
    assert result_as_of("终止", None, D(2026, 11, 2), None, end) == WAITING  # ended after, never mediated
    assert result_as_of("", None, None, D(2026, 11, 1), end) == WAITING  # mediation began after the date


def test_end_date_and_performance_on_the_report_date() -> None:
    end = D(2026, 10, 31)
    assert ended_on("书面协议", D(2026, 10, 10), D(2026, 10, 25), end) == D(2026, 10, 10)  # the agreement
    assert ended_on("调解不成", None, D(2026, 10, 25), end) == D(2026, 10, 25)
    assert ended_on("口头协议", D(2026, 11, 5), None, end) is None
    assert performed("书面协议", D(2026, 10, 10), "已结案", D(2026, 10, 25), end)
    assert not performed("书面协议", D(2026, 10, 10), "已结案", D(2026, 11, 3), end)  # closed after the date
    assert not performed("书面协议", D(2026, 10, 10), "履行中", None, end)
    assert not performed("调解不成", None, "调解不成", D(2026, 10, 5), end)


# --- rates --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rate", "value", "text"),
    [
        (Fraction(2, 3), Decimal("0.667"), "66.7%"),
        (Fraction(1, 3), Decimal("0.333"), "33.3%"),
        (Fraction(1, 16), Decimal("0.063"), "6.3%"),  # 6.25% rounds half up, not to even
        (Fraction(1, 1), Decimal("1.000"), "100.0%"),
        (Fraction(0, 5), Decimal("0.000"), "0.0%"),
        (None, None, "—"),
    ],
)
def test_rates_round_half_up_to_one_decimal_of_a_percent(
    rate: Fraction | None, value: Decimal | None, text: str
) -> None:
    assert percent_value(rate) == value
    assert percent_text(rate) == text


def test_success_rate_divides_by_concluded_cases_only() -> None:
    counts = CaseCounts(received=7, written=3, oral=1, failed=1, terminated=1, performed=1)
    assert (counts.success, counts.concluded, counts.pending) == (4, 6, 1)
    assert counts.success_rate == Fraction(2, 3) and percent_text(counts.success_rate) == "66.7%"
    assert counts.performance_rate == Fraction(1, 4)
    nothing_done = CaseCounts(received=2)
    assert nothing_done.success_rate is None and nothing_done.performance_rate is None


# --- roll-up ------------------------------------------------------------------------------------------------------
def test_roll_up_lists_every_source_and_all_15_types_and_adds_up() -> None:
    groups = {
        ("当事人申请", "邻里"): CaseCounts(received=2, written=1, amount_fen=100050, visited=1),
        ("当事人申请", "物业"): CaseCounts(received=1, oral=1, amount_fen=250000),
        ("主动调解", "邻里"): CaseCounts(received=1, failed=1, prevented_cases=1, prevented_people=4),
        ("主动调解", "噪音纠纷"): CaseCounts(received=1, terminated=1),  # not one of the 15: counted as 其他
        ("社区自行排查", "合同"): CaseCounts(received=1),  # a source outside the list keeps a row of its own
    }
    stats = roll_up(OCT, OCT.end, groups)
    assert len(stats.by_type) == 15
    assert [row.label for row in stats.by_type] == DISPUTE_TYPES.codes()
    assert [row.label for row in stats.by_source] == [*CASE_SOURCES.codes(), "社区自行排查"]
    total = stats.total
    assert (total.received, total.success, total.failed, total.terminated, total.pending) == (6, 2, 1, 1, 2)
    assert total.amount_fen == 350050 and total.prevented_people == 4 and total.visited == 1
    by_type = {row.label: row.counts for row in stats.by_type}
    assert by_type["邻里"] == CaseCounts(
        received=3, written=1, failed=1, amount_fen=100050, prevented_cases=1, prevented_people=4, visited=1
    )
    assert by_type["其他"].received == 1 and by_type["其他"].terminated == 1
    assert by_type["医疗"] == CaseCounts()
    by_source = {row.label: row.counts for row in stats.by_source}
    assert by_source["当事人申请"].received == 3 and by_source["法院委托"] == CaseCounts()
    for rows in (stats.by_source, stats.by_type):
        assert sum((row.counts for row in rows), CaseCounts()) == total
    assert stats.rows()[0].label == "合计" and len(stats.rows()) == 1 + len(stats.by_source) + 15
