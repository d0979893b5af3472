"""What the 值班表 page shows of a period, as plain values: the first and last day on screen, its title, and the
rows of the 冲突, 值班统计 and 调班记录 lists. Dates and DTOs in, text and tuples out, so none of it needs Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from community_desk.services.roster_dto import ConflictView, PersonCounts, SwapView


def period_label(first: date, last: date) -> str:
    """2026年11月 for a whole month, else 2026年11月2日至11月8日."""
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
        return f"{first.year}年{first.month}月"
    end = f"{last.year}年{last.month}月{last.day}日" if last.year != first.year else f"{last.month}月{last.day}日"
    return f"{first.year}年{first.month}月{first.day}日至{end}"


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def period_bounds(anchor: date, week_mode: bool) -> tuple[date, date]:
    """The week (Monday to Sunday) or the month that holds `anchor`."""
    if week_mode:
        monday = anchor - timedelta(days=anchor.weekday())
        return monday, monday + timedelta(days=6)
    return month_bounds(anchor)


def stepped_anchor(anchor: date, week_mode: bool, direction: int) -> date:
    """The day to show after ◀ (direction -1) or ▶ (+1): a week away, or in the month before or after."""
    if week_mode:
        return anchor + timedelta(days=7 * direction)
    first, last = month_bounds(anchor)
    return (last + timedelta(days=1)) if direction > 0 else (first - timedelta(days=1)).replace(day=1)


def conflict_rows(conflicts: Iterable[ConflictView]) -> list[tuple[object, ...]]:
    return [(f"{c.day.month}月{c.day.day}日", c.shift_name, c.staff_name, c.kind, c.message) for c in conflicts]


def count_rows(counts: Iterable[PersonCounts]) -> list[tuple[object, ...]]:
    return [
        (
            c.name,
            c.period.shifts,
            c.period.nights,
            c.period.holidays,
            c.period.rest_days,
            c.year.shifts,
            c.year.nights,
            c.year.holidays,
        )
        for c in counts
    ]


def swap_rows(swaps: Iterable[SwapView]) -> list[tuple[object, ...]]:
    return [
        (s.kind, s.requested_by, s.with_staff, s.approved_by, f"{s.requested_at:%Y-%m-%d %H:%M}", s.summary, s.reason)
        for s in swaps
    ]
