"""The 值班 checker: every broken rule in a roster as edited by hand, with a Chinese message naming who and which shift.

Kept apart from the generator because hand edits may break any rule (the clerk knows things the rules do not); the
checker reports what the generator would never produce: leave, overlaps, 夜班后休息, empty seats, people who may not
lead or are no longer active. Plain Python, no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from community_desk.domain.duty_days import DutyDay
from community_desk.domain.roster import (
    ROLE_LEADER,
    ROLE_STAFF,
    Assignment,
    Busy,
    ShiftType,
    Staff,
    Unavailable,
    shift_label,
)

CONFLICT_OVERLAP = "时间重叠"
CONFLICT_REST = "夜班后接白班"
CONFLICT_UNAVAILABLE = "请假/培训期间"
CONFLICT_SHORT = "缺人"
CONFLICT_INACTIVE = "已停用人员"
CONFLICT_NOT_LEADER = "非带班人员带班"


@dataclass(frozen=True)
class Conflict:
    day: date
    shift_type_id: int
    staff_id: int | None
    kind: str  # CONFLICT_*
    message: str  # Chinese, names the people and shifts involved


def _name(staff: Mapping[int, Staff], staff_id: int) -> str:
    member = staff.get(staff_id)
    return member.name if member else f"人员#{staff_id}"


def _span_label(start: datetime, end: datetime) -> str:
    return f"{start.month}月{start.day}日{start:%H:%M}–{end.month}月{end.day}日{end:%H:%M}"


def find_conflicts(
    assignments: Sequence[Assignment],
    days: Mapping[date, DutyDay],
    shift_types: Mapping[int, ShiftType],
    staff: Mapping[int, Staff],
    unavailable: Sequence[Unavailable] = (),
    busy: Sequence[Busy] = (),
) -> list[Conflict]:
    """Every broken rule in a roster as edited by hand, sorted by day; `busy` spans are checked against, not reported.

    A pair of shifts that overlaps is reported as 时间重叠 only, not also as 夜班后接白班.
    """
    conflicts = _person_conflicts(assignments, shift_types, staff, unavailable)
    conflicts += _timing_conflicts(assignments, shift_types, staff, busy)
    conflicts += _short_conflicts(assignments, days, shift_types)
    return sorted(conflicts, key=lambda c: (c.day, shift_types[c.shift_type_id].start, c.shift_type_id))


def _person_conflicts(
    assignments: Sequence[Assignment],
    shift_types: Mapping[int, ShiftType],
    staff: Mapping[int, Staff],
    unavailable: Sequence[Unavailable],
) -> list[Conflict]:
    """Rules about who the person is: still active, allowed to lead, not on leave."""
    away: dict[int, list[Unavailable]] = defaultdict(list)
    for off in unavailable:
        away[off.staff_id].append(off)
    conflicts = []
    for a in assignments:
        name, label = _name(staff, a.staff_id), shift_label(a.day, shift_types[a.shift_type_id])
        member = staff.get(a.staff_id)
        if member is not None and not member.active:
            message = f"{name} 已停用，仍排在 {label}"
            conflicts.append(Conflict(a.day, a.shift_type_id, a.staff_id, CONFLICT_INACTIVE, message))
        if a.role == ROLE_LEADER and (member is None or not member.can_lead):
            message = f"{name} 不是带班人员，却排为 {label} {ROLE_LEADER}"
            conflicts.append(Conflict(a.day, a.shift_type_id, a.staff_id, CONFLICT_NOT_LEADER, message))
        for off in away[a.staff_id]:
            if off.first <= a.day <= off.last:
                message = (
                    f"{name} {off.first.month}月{off.first.day}日至{off.last.month}月{off.last.day}日请假/培训，"
                    f"却排在 {label}"
                )
                conflicts.append(Conflict(a.day, a.shift_type_id, a.staff_id, CONFLICT_UNAVAILABLE, message))
    return conflicts


def _timing_conflicts(
    assignments: Sequence[Assignment],
    shift_types: Mapping[int, ShiftType],
    staff: Mapping[int, Staff],
    busy: Sequence[Busy],
) -> list[Conflict]:
    """Overlaps and 夜班后休息, per person over their shifts in time order (busy spans included as neighbours)."""
    spans: dict[int, list[tuple[datetime, datetime, Assignment | None]]] = defaultdict(list)
    for a in assignments:
        spans[a.staff_id].append((*shift_types[a.shift_type_id].span(a.day), a))
    for span in busy:
        spans[span.staff_id].append((span.start, span.end, None))

    def label(start: datetime, end: datetime, a: Assignment | None) -> str:
        return shift_label(a.day, shift_types[a.shift_type_id]) if a else f"已排的值班 {_span_label(start, end)}"

    conflicts = []
    for staff_id, own in spans.items():
        own.sort(key=lambda span: span[0])
        name = _name(staff, staff_id)
        for i, (start, end, a) in enumerate(own):
            for later_start, later_end, b in own[i + 1 :]:
                if later_start.date() > end.date():
                    break
                culprit = b or a  # report on a shift of this roster, the later one when both are
                if culprit is None:
                    continue
                if later_start < end:
                    kind, reason = CONFLICT_OVERLAP, "时间重叠"
                    message = f"{name} {label(start, end, a)} 与 {label(later_start, later_end, b)} {reason}"
                elif end.date() > start.date() and later_start.date() == end.date():
                    kind = CONFLICT_REST
                    message = f"{name} {label(start, end, a)} 之后接 {label(later_start, later_end, b)}（夜班后应休息）"
                else:
                    continue
                conflicts.append(Conflict(culprit.day, culprit.shift_type_id, staff_id, kind, message))
    return conflicts


def _short_conflicts(
    assignments: Sequence[Assignment], days: Mapping[date, DutyDay], shift_types: Mapping[int, ShiftType]
) -> list[Conflict]:
    """Seats of `days` nobody sits in, one conflict per shift and role: "11月3日 夜间 缺带班领导1人"."""
    held: dict[tuple[date, int, str], int] = defaultdict(int)
    for a in assignments:
        held[a.day, a.shift_type_id, a.role] += 1
    conflicts = []
    for day in days.values():
        for shift_type in shift_types.values():
            if day.kind not in shift_type.day_kinds:
                continue
            for role, needed in ((ROLE_LEADER, shift_type.leaders), (ROLE_STAFF, shift_type.staff)):
                missing = needed - held[day.day, shift_type.id, role]
                if missing > 0:
                    message = f"{shift_label(day.day, shift_type)} 缺{role}{missing}人"
                    conflicts.append(Conflict(day.day, shift_type.id, None, CONFLICT_SHORT, message))
    return conflicts
