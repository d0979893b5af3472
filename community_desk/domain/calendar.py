"""活动 calendar rules: festivals of a year, weekly recurrence with exceptions, and the room double-booking rule.

Lunar dates and 清明 (a solar term) come from lunar-python (MIT, pure Python, offline) rather than a typed-in
table, so years beyond any table stay right. Plain Python: no Qt, no SQLAlchemy, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

CATEGORIES = ("党建", "文化", "教育培训", "体育", "志愿服务", "节日", "议事", "便民服务")
ROOMS = ("多功能厅", "舞蹈室", "书画室", "党员活动室", "会议室", "户外")
# 户外 is exempt from the double-booking rule: a square or a street is not one bookable room.
UNBOOKED_PLACES = frozenset({"户外", ""})
CATEGORY_COLOURS = {
    "党建": "#d32f2f",
    "文化": "#7b1fa2",
    "教育培训": "#1976d2",
    "体育": "#388e3c",
    "志愿服务": "#f57c00",
    "节日": "#c2185b",
    "议事": "#5d4037",
    "便民服务": "#0097a7",
}
WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")

SOLAR_FESTIVALS = (
    (1, 1, "元旦"),
    (3, 5, "学雷锋日"),
    (3, 8, "妇女节"),
    (3, 12, "植树节"),
    (5, 1, "劳动节"),
    (5, 4, "青年节"),
    (6, 1, "儿童节"),
    (7, 1, "建党节"),
    (8, 1, "建军节"),
    (9, 10, "教师节"),
    (10, 1, "国庆节"),
)
LUNAR_FESTIVALS = (
    (1, 1, "春节"),
    (1, 15, "元宵节"),
    (5, 5, "端午节"),
    (7, 7, "七夕"),
    (8, 15, "中秋节"),
    (9, 9, "重阳节"),
)


@dataclass(frozen=True)
class Festival:
    day: date
    name: str
    kind: str  # 公历 / 农历 / 节气


def lunar_to_solar(year: int, month: int, day: int) -> date:
    """The Gregorian date of a lunar date in lunar year `year` (non-leap month)."""
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def qingming(year: int) -> date:
    """清明 is the solar term at 15° solar longitude, not a lunar date; lunar-python computes it astronomically."""
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"]
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def festivals(year: int) -> list[Festival]:
    """Festivals and observances falling in Gregorian `year`, sorted by date."""
    found = [Festival(date(year, m, d), name, "公历") for m, d, name in SOLAR_FESTIVALS]
    found += [Festival(lunar_to_solar(year, m, d), name, "农历") for m, d, name in LUNAR_FESTIVALS]
    # 除夕 is the eve of the next 春节, whichever Gregorian year that lands in.
    for lunar_year in (year, year + 1):
        eve = lunar_to_solar(lunar_year, 1, 1) - timedelta(days=1)
        if eve.year == year:
            found.append(Festival(eve, "除夕", "农历"))
    found.append(Festival(qingming(year), "清明节", "节气"))
    return sorted((f for f in found if f.day.year == year), key=lambda f: (f.day, f.name))


def festival_on(year: int, name: str) -> date:
    return next(f.day for f in festivals(year) if f.name == name)


# --- recurrence ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Weekly:
    """每周一、三、五 19:00–20:30 from `first` to `last`: weekdays are 0=Monday … 6=Sunday."""

    weekdays: frozenset[int]
    first: date
    last: date
    start: time
    end: time

    def label(self) -> str:
        days = "、".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays))
        return f"每周{days} {self.start:%H:%M}"


@dataclass(frozen=True)
class Exception_:
    """One occurrence (by its original date) cancelled, or moved to another start/end."""

    original: date
    cancelled: bool = False
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class Occurrence:
    original: date  # the occurrence's key within its event: stable when the occurrence is moved
    start: datetime
    end: datetime
    cancelled: bool = False
    moved: bool = False


def expand(
    rule: Weekly, exceptions: Iterable[Exception_] = (), window: tuple[date, date] | None = None
) -> list[Occurrence]:
    """Occurrences of `rule` whose (possibly moved) day lies in `window` (inclusive), cancelled ones included."""
    by_day = {e.original: e for e in exceptions}
    lo, hi = window or (rule.first, rule.last)
    found: list[Occurrence] = []
    # Only the window's days are walked (plus moved ones), so a month view never expands a whole year.
    day = max(rule.first, lo)
    while day <= min(rule.last, hi):
        if day.weekday() in rule.weekdays:
            found.append(_occurrence(rule, day, by_day.get(day)))
        day += timedelta(days=1)
    for exc in by_day.values():
        if exc.start and rule.first <= exc.original <= rule.last and exc.original.weekday() in rule.weekdays:
            moved = _occurrence(rule, exc.original, exc)
            if lo <= moved.start.date() <= hi and moved not in found:
                found.append(moved)
    found = [o for o in found if lo <= o.start.date() <= hi]
    return sorted(found, key=lambda o: o.start)


def _occurrence(rule: Weekly, day: date, exc: Exception_ | None) -> Occurrence:
    start, end = datetime.combine(day, rule.start), datetime.combine(day, rule.end)
    if exc is None:
        return Occurrence(day, start, end)
    if exc.cancelled:
        return Occurrence(day, start, end, cancelled=True)
    return Occurrence(day, exc.start or start, exc.end or end, moved=exc.start is not None)


# --- rooms --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Booking:
    place: str
    start: datetime
    end: datetime
    label: str = ""
    key: tuple[int, date] | None = field(default=None, compare=False)


def overlaps(a: Booking, b: Booking) -> bool:
    """Half-open intervals: one event may start in the minute the previous one ends."""
    return a.start < b.end and b.start < a.end


def conflicts(new: Iterable[Booking], existing: Iterable[Booking]) -> list[tuple[Booking, Booking]]:
    """Pairs (new, existing) booking the same room at overlapping times; 户外 never conflicts."""
    by_room: dict[str, list[Booking]] = {}
    for booking in existing:
        if booking.place not in UNBOOKED_PLACES:
            by_room.setdefault(booking.place, []).append(booking)
    return [
        (n, e)
        for n in new
        if n.place not in UNBOOKED_PLACES
        for e in by_room.get(n.place, ())
        if overlaps(n, e)
    ]


def birthday_milestones(birth: date, on: date) -> int | None:
    """80/90/100 when `birth` falls in the month of `on` for that age (a 寿辰 visit is due)."""
    age = on.year - birth.year
    return age if age in (80, 90, 100) and birth.month == on.month else None
