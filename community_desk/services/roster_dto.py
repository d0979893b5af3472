"""What crosses from the 值班 services into the UI, CLI and exports: frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from community_desk.domain.duty_days import DutyDay
from community_desk.domain.roster import ROLE_LEADER, DutyCounts


@dataclass(frozen=True)
class StaffInput:
    name: str
    role: str
    phone: str = ""
    can_lead: bool = False
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: str
    phone: str
    can_lead: bool
    active: bool
    notes: str


@dataclass(frozen=True)
class UnavailabilityView:
    id: int
    staff_id: int
    staff_name: str
    first: date
    last: date
    reason: str  # 请假 / 培训 / 其他
    notes: str


@dataclass(frozen=True)
class ShiftTypeInput:
    name: str
    start: time
    end: time  # not after start: the shift ends the next day
    day_kinds: frozenset[str]  # duty_days.DAY_WORKDAY / DAY_REST / DAY_HOLIDAY
    leaders: int
    staff: int
    night: bool
    active: bool = True


@dataclass(frozen=True)
class ShiftTypeView:
    id: int
    name: str
    start: time
    end: time
    day_kinds: frozenset[str]
    leaders: int
    staff: int
    night: bool
    active: bool

    @property
    def hours_label(self) -> str:
        """08:30–17:30, or 17:30–次日08:30 for a shift that ends the next day."""
        next_day = "次日" if self.end <= self.start else ""
        return f"{self.start:%H:%M}–{next_day}{self.end:%H:%M}"


@dataclass(frozen=True)
class PersonOnDuty:
    assignment_id: int
    staff_id: int
    name: str
    phone: str
    role: str  # domain.roster.ROLE_LEADER / ROLE_STAFF
    by_swap: bool  # this person is on the shift because of a 调班

    @property
    def is_leader(self) -> bool:
        return self.role == ROLE_LEADER


@dataclass(frozen=True)
class ShiftView:
    id: int
    day: date
    shift_type_id: int
    name: str  # the shift type's name when the shift was made (kept if the type is renamed later)
    starts_at: datetime
    ends_at: datetime
    day_kind: str
    day_name: str  # 春节 / 国庆节 / 调休上班 / ""
    leaders: tuple[PersonOnDuty, ...]
    staff: tuple[PersonOnDuty, ...]
    needed_leaders: int
    needed_staff: int
    has_log: bool

    @property
    def people(self) -> tuple[PersonOnDuty, ...]:
        return self.leaders + self.staff

    @property
    def hours_label(self) -> str:
        next_day = "次日" if self.ends_at.date() > self.starts_at.date() else ""
        return f"{self.starts_at:%H:%M}–{next_day}{self.ends_at:%H:%M}"


@dataclass(frozen=True)
class ConflictView:
    shift_id: int | None
    day: date
    shift_name: str
    staff_name: str
    kind: str  # domain.roster_conflicts.CONFLICT_*
    message: str  # Chinese, names the people and shifts involved


@dataclass(frozen=True)
class PersonCounts:
    staff_id: int
    name: str
    period: DutyCounts
    year: DutyCounts


@dataclass(frozen=True)
class RosterPeriod:
    """Everything a roster view or print of [first, last] needs."""

    first: date
    last: date
    days: tuple[DutyDay, ...]
    shift_types: tuple[ShiftTypeView, ...]
    shifts: tuple[ShiftView, ...]
    conflicts: tuple[ConflictView, ...]
    counts: tuple[PersonCounts, ...]
    years_without_schedule: tuple[int, ...]  # years chinese-calendar lacks and the override table does not cover

    def shifts_on(self, day: date) -> tuple[ShiftView, ...]:
        return tuple(shift for shift in self.shifts if shift.day == day)


@dataclass(frozen=True)
class GenerateResult:
    first: date
    last: date
    shifts: int
    assignments: int
    unfilled: int
    kept_days: tuple[date, ...]  # days left as they were because they already have a 值班记录 or a 调班
    counts: tuple[PersonCounts, ...]
    years_without_schedule: tuple[int, ...]


@dataclass(frozen=True)
class SwapInput:
    """代班 (with_shift_id None: the colleague takes the shift) or 互换 (the two exchange shifts)."""

    assignment_id: int
    with_staff_id: int
    approved_by: str
    reason: str = ""
    with_assignment_id: int | None = None
    requested_at: datetime | None = None


@dataclass(frozen=True)
class SwapView:
    id: int
    kind: str  # 代班 / 互换
    requested_by: str
    with_staff: str
    approved_by: str
    requested_at: datetime
    recorded_at: datetime
    reason: str
    summary: str  # e.g. "11月3日 夜间 张三 → 李四"


@dataclass(frozen=True)
class AssignmentHistoryRow:
    """One row of a shift's history: who was on it, how they got there, whether they still are."""

    assignment_id: int
    name: str
    role: str
    source: str  # 自动排班 / 手工 / 调班
    current: bool
    created_at: datetime
    swap_summary: str


@dataclass(frozen=True)
class LogEntryInput:
    kind: str  # 来电 / 来访 / 突发事件
    at: time
    person: str
    matter: str
    handling: str = ""
    phone: str = ""
    people: int = 1  # 人次: a group visit counts each visitor


@dataclass(frozen=True)
class LogEntryView:
    id: int
    kind: str
    at: time
    person: str
    phone: str
    matter: str
    handling: str
    people: int


@dataclass(frozen=True)
class HandoverItemView:
    id: int
    text: str
    opened_on: date
    opened_shift: str  # "11月3日 夜间"
    closed: bool
    closed_on: date | None
    closing_note: str


@dataclass(frozen=True)
class DutyLogInput:
    patrol_doorstep: str = ""  # 门前三包
    patrol_safety: str = ""  # 四防: 防火 防盗 防破坏 防治安灾害事故
    notes: str = ""
    handed_over_by: str = ""  # 交班人
    taken_over_by: str = ""  # 接班人


@dataclass(frozen=True)
class DutyLogView:
    shift: ShiftView
    data: DutyLogInput
    entries: tuple[LogEntryView, ...]
    carried_in: tuple[HandoverItemView, ...]  # still open, raised on an earlier shift
    raised_here: tuple[HandoverItemView, ...]
    closed_here: tuple[HandoverItemView, ...]


@dataclass(frozen=True)
class DutyMonthFigures:
    """值班 figures of one month for the monthly report (domain.md §7 二)."""

    shifts: int
    calls: int  # 来电 人次
    visits: int  # 来访 人次
    incidents: int
    open_handover_items: int  # still open at the month's end
