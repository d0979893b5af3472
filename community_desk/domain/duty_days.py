"""值班 day kinds: which days are 工作日, 休息日 or 法定节假日, and which weekend days are 调休上班.

The State Council publishes each year's 放假安排 only in the November before, so no rule can compute it:
chinese-calendar carries the published years, and for a year it lacks the clerk types the arrangement into the
override table. Overrides win over the library, the library wins over the plain Mon–Fri / Sat–Sun fallback.
Plain Python: no Qt, no SQLAlchemy, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import chinese_calendar

DAY_WORKDAY = "工作日"
DAY_REST = "休息日"
DAY_HOLIDAY = "节假日"
DAY_KINDS = (DAY_WORKDAY, DAY_REST, DAY_HOLIDAY)

SOURCE_OVERRIDE = "override"
SOURCE_LIBRARY = "library"
SOURCE_WEEKEND = "weekend"

WORKING_WEEKEND = "调休上班"
# The 法定节假日 in calendar order; a combined run (中秋 + 国庆 in 2023 and 2025) is named in this order,
# "中秋节、国庆节", whichever of the two the library happens to list first.
HOLIDAY_NAMES = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
# chinese-calendar's own Chinese labels are abbreviated (清明, 端午, 中秋) or very long; the roster prints these.
_LIBRARY_NAMES = {
    "new_years_day": "元旦",
    "spring_festival": "春节",
    "tomb_sweeping_day": "清明节",
    "labour_day": "劳动节",
    "dragon_boat_festival": "端午节",
    "mid_autumn_festival": "中秋节",
    "national_day": "国庆节",
    "anti_fascist_70th_day": "抗战胜利纪念日",
}


def _day_label(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class DayOverride:
    """One row of the clerk's override table, for years the library lacks or a date it gets wrong."""

    day: date
    kind: str
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in DAY_KINDS:
            raise ValueError(f"{_day_label(self.day)} 的类型“{self.kind}”无效，应为工作日、休息日或节假日")


@dataclass(frozen=True)
class DutyDay:
    day: date
    kind: str  # DAY_KINDS
    name: str  # 春节 / 国庆节 / … ; 调休上班 for a working weekend day; else ""
    source: str  # SOURCE_OVERRIDE / SOURCE_LIBRARY / SOURCE_WEEKEND

    @property
    def is_off(self) -> bool:
        return self.kind != DAY_WORKDAY


@cache
def _library_years() -> range:
    """The years chinese-calendar knows; it raises NotImplementedError outside them, so ask its tables directly."""
    return range(min(chinese_calendar.holidays).year, max(chinese_calendar.holidays).year + 1)


@cache
def _library_names() -> dict[str, str]:
    """The library stores each holiday by its English enum value ("Spring Festival")."""
    return {holiday.value: _LIBRARY_NAMES.get(holiday.name, holiday.chinese) for holiday in chinese_calendar.Holiday}


@cache
def _year_days(year: int) -> tuple[DutyDay, ...]:
    """Every day of `year` without overrides; cached because a roster view classifies the same year again and again."""
    known = year in _library_years()
    names = _library_names()
    holidays: Mapping[date, str] = chinese_calendar.holidays if known else {}
    workdays: Mapping[date, str] = chinese_calendar.workdays if known else {}
    source = SOURCE_LIBRARY if known else SOURCE_WEEKEND
    days = []
    day = date(year, 1, 1)
    while day.year == year:
        if day in holidays:
            days.append(DutyDay(day, DAY_HOLIDAY, names.get(holidays[day], holidays[day]), source))
        elif day in workdays:
            days.append(DutyDay(day, DAY_WORKDAY, WORKING_WEEKEND if day.weekday() >= 5 else "", source))
        elif day.weekday() >= 5:
            days.append(DutyDay(day, DAY_REST, "", source))
        else:
            days.append(DutyDay(day, DAY_WORKDAY, "", source))
        day += timedelta(days=1)
    return tuple(days)


def _from_override(override: DayOverride) -> DutyDay:
    """A weekend day typed in as 工作日 is a 调休 day even when the clerk left the name empty."""
    name = override.name
    if not name and override.kind == DAY_WORKDAY and override.day.weekday() >= 5:
        name = WORKING_WEEKEND
    return DutyDay(override.day, override.kind, name, SOURCE_OVERRIDE)


def classify_days(first: date, last: date, overrides: Mapping[date, DayOverride] | None = None) -> list[DutyDay]:
    """The kind of every day in [first, last]; empty when last is before first."""
    days: list[DutyDay] = []
    for year in range(first.year, last.year + 1):
        year_days = _year_days(year)
        start = (first - date(year, 1, 1)).days if year == first.year else 0
        stop = (last - date(year, 1, 1)).days + 1 if year == last.year else len(year_days)
        days.extend(year_days[start:stop])
    if overrides:
        days = [_from_override(overrides[d.day]) if d.day in overrides else d for d in days]
    return days


def years_without_schedule(first: date, last: date, overrides: Mapping[date, DayOverride] | None = None) -> list[int]:
    """Years in [first, last] that only have the weekend fallback: the UI asks the clerk to type in their 放假安排."""
    typed_in = {day.year for day in overrides or ()}
    return [year for year in range(first.year, last.year + 1) if year not in _library_years() and year not in typed_in]


def _period_name(days: list[DutyDay]) -> str:
    names = list(dict.fromkeys(d.name for d in days if d.kind == DAY_HOLIDAY and d.name))
    names.sort(key=lambda name: HOLIDAY_NAMES.index(name) if name in HOLIDAY_NAMES else len(HOLIDAY_NAMES))
    return "、".join(names) or DAY_HOLIDAY


def holiday_periods(year: int, overrides: Mapping[date, DayOverride] | None = None) -> list[tuple[str, date, date]]:
    """Each run of consecutive days off that holds a 节假日 and ends in `year`, with its name and first and last day.

    Ordinary weekend days next to a holiday join the run: the office is closed straight through, and the clerk
    generates the roster for the whole break at once. A 元旦 run may start in December; it belongs to the year it
    ends in, so it is listed once.
    """
    days = classify_days(date(year - 1, 12, 1), date(year + 1, 1, 12), overrides)
    periods: list[tuple[str, date, date]] = []
    run: list[DutyDay] = []
    for day in [*days, None]:
        if day is not None and day.is_off:
            run.append(day)
            continue
        if run and run[-1].day.year == year and any(d.kind == DAY_HOLIDAY for d in run):
            periods.append((_period_name(run), run[0].day, run[-1].day))
        run = []
    return periods
