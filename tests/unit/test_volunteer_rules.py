"""志愿服务 rules: minutes across midnight and month ends, half-open overlaps, star levels, numbering, norm."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from community_desk.domain import volunteers as rules


def test_minutes_cross_midnight_month_and_year_end() -> None:
    assert rules.service_minutes(datetime(2026, 12, 31, 23, 0), datetime(2027, 1, 1, 1, 30)) == 150
    assert rules.service_minutes(datetime(2026, 2, 28, 22, 15), datetime(2026, 3, 1, 0, 5)) == 110
    assert rules.hours_text(125) == "2.1"


@pytest.mark.parametrize("end", [datetime(2026, 3, 1, 9, 0), datetime(2026, 3, 1, 8, 0), datetime(2026, 3, 2, 9, 1)])
def test_minutes_refuse_empty_negative_and_over_a_day(end: datetime) -> None:
    with pytest.raises(rules.InvalidServiceTime):
        rules.service_minutes(datetime(2026, 3, 1, 9, 0), end)


def test_overlap_is_half_open() -> None:
    nine, ten, eleven = (datetime(2026, 3, 1, h) for h in (9, 10, 11))
    assert not rules.overlaps(nine, ten, ten, eleven)
    assert rules.overlaps(nine, eleven, ten, eleven)


@pytest.mark.parametrize(
    ("hours", "level", "upcoming"),
    [(0, "", ("一星", 100.0)), (99.9, "", ("一星", 0.1)), (100, "一星", ("二星", 200.0)),
     (300, "二星", ("三星", 300.0)), (600, "三星", ("四星", 400.0)), (1000, "四星", ("五星", 500.0)),
     (1500, "五星", None), (2000, "五星", None)],
)
def test_star_levels(hours: float, level: str, upcoming: tuple[str, float] | None) -> None:
    minutes = round(hours * 60)
    assert rules.star_level(minutes) == level
    assert rules.next_star(minutes) == upcoming


def test_numbers_and_periods() -> None:
    assert rules.volunteer_number(2026, 7) == "V2026-0007"
    assert rules.certificate_number(2026, 12, "示范") == "示范志证〔2026〕第12号"
    assert rules.quarter_bounds(2026, 4) == (date(2026, 10, 1), date(2027, 1, 1))
    assert rules.month_bounds(2026, 12) == (date(2026, 12, 1), date(2027, 1, 1))


def test_norm_shortfalls() -> None:
    found = rules.volunteer_shortfalls({1: "甲", 2: "乙", 3: "丙"}, {1: 2, 2: 1}, {1: 180, 2: 240})
    assert [(s.name, s.reason) for s in found] == [
        ("丙", "服务0次，不足2次；时长0.0小时，不足3小时"), ("乙", "服务1次，不足2次")]
    assert [s.name for s in rules.team_shortfalls({1: "甲队", 2: "乙队"}, {1: 2, 2: 1})] == ["乙队"]
