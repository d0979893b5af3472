"""志愿服务 rules: hours, overlaps, numbering, star levels and the service norm (plain Python, no I/O).

Hours are service time only, kept in minutes and shown with one decimal; a record may cross midnight and
counts in the month (and year) in which it started. The norm is the office's seed rule from domain.md §5:
each volunteer 每月 2–3 次 and ≥ 3 小时, each team active at least twice a quarter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from community_desk.domain.codes import CodeList


def _named(title: str, names: Iterable[str]) -> CodeList:
    return CodeList(title, [(name, name) for name in names])


SERVICE_CATEGORIES = _named(
    "服务类别", ("助老助残", "环境保护", "治安巡逻", "文体活动", "便民服务", "政策宣传", "应急救援", "其他")
)
DEFAULT_TEAMS = ("党员志愿者服务队", "绿色志愿者服务队", "治安巡逻队", "助老服务队", "文艺队")
TEAM_ROLES = _named("队内职务", ("队长", "副队长", "队员"))
LEADER_ROLES = frozenset({"队长", "副队长"})

MAX_RECORD_MINUTES = 24 * 60  # a longer record is a typing mistake, not a service
NORM_MIN_TIMES = 2
NORM_MIN_MINUTES = 3 * 60
NORM_TEAM_TIMES_PER_QUARTER = 2
STAR_LEVELS: tuple[tuple[int, str], ...] = ((1500, "五星"), (1000, "四星"), (600, "三星"), (300, "二星"), (100, "一星"))


class InvalidServiceTime(ValueError):
    """The end is not after the start, or the record is implausibly long."""


def service_minutes(start: datetime, end: datetime) -> int:
    """Whole minutes between start and end (seconds dropped); crossing midnight or a month end is fine."""
    start, end = start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0)
    minutes = int((end - start).total_seconds() // 60)
    if minutes <= 0:
        raise InvalidServiceTime("结束时间应晚于开始时间")
    if minutes > MAX_RECORD_MINUTES:
        raise InvalidServiceTime("单次服务不能超过24小时，请检查日期")
    return minutes


def hours_text(minutes: int) -> str:
    """Minutes shown as hours with one decimal (125 → "2.1")."""
    return f"{minutes / 60:.1f}"


def overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime) -> bool:
    """Half-open intervals: one record may end at 10:00 and the next start at 10:00."""
    return start < other_end and other_start < end


def star_level(total_minutes: int) -> str:
    """一星 100 h … 五星 1500 h by cumulative hours; "" below 100 h."""
    hours = total_minutes / 60
    for threshold, name in STAR_LEVELS:
        if hours >= threshold:
            return name
    return ""


def next_star(total_minutes: int) -> tuple[str, float] | None:
    """The next level and the hours still missing; None at 五星."""
    hours = total_minutes / 60
    for threshold, name in reversed(STAR_LEVELS):
        if hours < threshold:
            return name, round(threshold - hours, 1)
    return None


def volunteer_number(year: int, seq: int) -> str:
    return f"V{year}-{seq:04d}"


CERTIFICATE_PREFIX = "志证"


def certificate_number(year: int, seq: int, short_name: str = "") -> str:
    """证明编号 like 示范志证〔2026〕第12号: a short community name, the year, the sequence of that year."""
    return f"{short_name}{CERTIFICATE_PREFIX}〔{year}〕第{seq}号"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First day of the quarter and first day of the next (half-open)."""
    first = date(year, 3 * (quarter - 1) + 1, 1)
    after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, after


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1))


@dataclass(frozen=True)
class Shortfall:
    """One volunteer or team under the norm, with the reason the list shows."""

    key: int
    name: str
    times: int
    minutes: int
    reason: str


def volunteer_shortfalls(
    active: Mapping[int, str], times: Mapping[int, int], minutes: Mapping[int, int]
) -> list[Shortfall]:
    """Every active volunteer with fewer than 2 services or under 3 hours in the month, in name order."""
    result = []
    for key, name in active.items():
        count, total = times.get(key, 0), minutes.get(key, 0)
        reasons = []
        if count < NORM_MIN_TIMES:
            reasons.append(f"服务{count}次，不足{NORM_MIN_TIMES}次")
        if total < NORM_MIN_MINUTES:
            reasons.append(f"时长{hours_text(total)}小时，不足{NORM_MIN_MINUTES // 60}小时")
        if reasons:
            result.append(Shortfall(key, name, count, total, "；".join(reasons)))
    return sorted(result, key=lambda item: (item.name, item.key))


def team_shortfalls(teams: Mapping[int, str], activities: Mapping[int, int]) -> list[Shortfall]:
    """Teams active fewer than twice in the quarter (an activity = a distinct service day of the team)."""
    result = []
    for key, name in teams.items():
        count = activities.get(key, 0)
        if count < NORM_TEAM_TIMES_PER_QUARTER:
            result.append(Shortfall(key, name, count, 0, f"本季度活动{count}次，不足{NORM_TEAM_TIMES_PER_QUARTER}次"))
    return sorted(result, key=lambda item: (item.name, item.key))
