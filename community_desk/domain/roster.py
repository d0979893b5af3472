"""值班 roster vocabulary: roles, shift types, people, assignments, slots and duty counts, shared by the generator
(domain.roster_generator) and the checker (domain.roster_conflicts).

Hard rules for a person: no shift starting during 请假/培训, never two overlapping shifts, no shift starting on the day
an overnight shift ends (夜班后休息), never two shifts starting on one day. Fairness spreads the burdens — nights,
法定节假日, ordinary weekends — evenly over the period first and over the year second. A slot nobody may take stays
empty and is reported; the generator never fills it illegally. Plain Python: no Qt, no SQLAlchemy, no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from community_desk.domain.duty_days import DAY_HOLIDAY, DAY_KINDS, DAY_REST, DAY_WORKDAY, DutyDay

ROLE_LEADER = "带班领导"
ROLE_STAFF = "值班人员"
STAFF_ROLES = ("书记", "副书记", "主任", "副主任", "委员", "网格员", "社区工作者")
LEADING_ROLES = frozenset({"书记", "副书记", "主任", "副主任"})  # default of can_lead for a new staff member


@dataclass(frozen=True)
class ShiftType:
    id: int
    name: str
    start: time
    end: time  # end <= start: the shift ends the next day (08:00–08:00 is a full 24 hours)
    day_kinds: frozenset[str]  # the DutyDay kinds the shift runs on
    leaders: int
    staff: int
    night: bool  # counts as a night for fairness

    def __post_init__(self) -> None:
        if self.leaders < 0 or self.staff < 0:
            raise ValueError(f"班次“{self.name}”的人数不能为负数")
        if not self.day_kinds <= set(DAY_KINDS):
            raise ValueError(f"班次“{self.name}”的日子类型无效：{'、'.join(sorted(self.day_kinds - set(DAY_KINDS)))}")

    def span(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, self.start)
        end = datetime.combine(day, self.end)
        return start, end + timedelta(days=1) if end <= start else end


DEFAULT_SHIFT_TYPES: tuple[ShiftType, ...] = (
    ShiftType(1, "工作日白班", time(8, 30), time(17, 30), frozenset({DAY_WORKDAY}), 1, 1, night=False),
    ShiftType(2, "夜间", time(17, 30), time(8, 30), frozenset({DAY_WORKDAY}), 1, 1, night=True),
    ShiftType(3, "节假日全天", time(8, 0), time(8, 0), frozenset({DAY_REST, DAY_HOLIDAY}), 1, 2, night=False),
)


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    can_lead: bool
    active: bool = True


@dataclass(frozen=True)
class Unavailable:
    staff_id: int
    first: date
    last: date  # inclusive: the person takes no shift that starts on first..last


@dataclass(frozen=True)
class Assignment:
    day: date
    shift_type_id: int
    role: str  # ROLE_LEADER / ROLE_STAFF
    staff_id: int


@dataclass(frozen=True)
class Busy:
    """A span a person is already on duty outside the period, e.g. the night before the month starts."""

    staff_id: int
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Slot:
    day: date
    shift_type_id: int
    role: str
    position: int


@dataclass(frozen=True)
class DutyCounts:
    shifts: int = 0
    nights: int = 0  # shifts of a night type
    holidays: int = 0  # shifts on a DAY_HOLIDAY day (法定节假日)
    rest_days: int = 0  # shifts on a DAY_REST day (ordinary weekend)

    def __add__(self, other: DutyCounts) -> DutyCounts:
        return DutyCounts(
            self.shifts + other.shifts,
            self.nights + other.nights,
            self.holidays + other.holidays,
            self.rest_days + other.rest_days,
        )


def shift_label(day: date, shift_type: ShiftType) -> str:
    """How a shift is named in messages and on the printed roster: "11月3日 夜间"."""
    return f"{day.month}月{day.day}日 {shift_type.name}"


def required_slots(days: Sequence[DutyDay], shift_types: Sequence[ShiftType]) -> list[Slot]:
    """Every seat the period needs: per day, each shift type that runs on the day's kind, leaders before staff."""
    slots = []
    for day in days:
        for shift_type in shift_types:
            if day.kind in shift_type.day_kinds:
                slots += [Slot(day.day, shift_type.id, ROLE_LEADER, i) for i in range(shift_type.leaders)]
                slots += [Slot(day.day, shift_type.id, ROLE_STAFF, i) for i in range(shift_type.staff)]
    return slots


def count_duties(
    assignments: Iterable[Assignment], days: Mapping[date, DutyDay], shift_types: Mapping[int, ShiftType]
) -> dict[int, DutyCounts]:
    """Shifts, nights, 法定节假日 and weekend shifts per staff id, for people with at least one assignment."""
    tally: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for assignment in assignments:
        kind = days[assignment.day].kind
        row = tally[assignment.staff_id]
        row[0] += 1
        row[1] += shift_types[assignment.shift_type_id].night
        row[2] += kind == DAY_HOLIDAY
        row[3] += kind == DAY_REST
    return {staff_id: DutyCounts(*row) for staff_id, row in tally.items()}
