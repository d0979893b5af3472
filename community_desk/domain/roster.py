"""值班 roster rules: the slots a period needs, a fair generator that never breaks a hard rule, and the checker.

Hard rules for a person: no shift starting during 请假/培训, never two overlapping shifts, no shift starting on the day
an overnight shift ends (夜班后休息), never two shifts starting on one day. Fairness spreads the burdens — nights,
法定节假日, ordinary weekends — evenly over the period first and over the year second. A slot nobody may take stays
empty and is reported; the generator never fills it illegally. Plain Python: no Qt, no SQLAlchemy, no I/O.
"""

from __future__ import annotations

import random
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from community_desk.domain.duty_days import DAY_HOLIDAY, DAY_KINDS, DAY_REST, DAY_WORKDAY, DutyDay

ROLE_LEADER = "带班领导"
ROLE_STAFF = "值班人员"
STAFF_ROLES = ("书记", "副书记", "主任", "副主任", "委员", "网格员", "社区工作者")
LEADING_ROLES = frozenset({"书记", "副书记", "主任", "副主任"})  # default of can_lead for a new staff member

CONFLICT_OVERLAP = "时间重叠"
CONFLICT_REST = "夜班后接白班"
CONFLICT_UNAVAILABLE = "请假/培训期间"
CONFLICT_SHORT = "缺人"
CONFLICT_INACTIVE = "已停用人员"
CONFLICT_NOT_LEADER = "非带班人员带班"

# Burden categories, in the order a slot's category is decided: a night on a holiday is a night first.
_NIGHT, _HOLIDAY, _REST, _DAY = range(4)


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


@dataclass(frozen=True)
class RosterPlan:
    assignments: tuple[Assignment, ...]  # the new ones plus the fixed ones passed in
    unfilled: tuple[Slot, ...]
    counts: dict[int, DutyCounts]  # per staff id (every staff member passed in), for the period: fixed + new


@dataclass(frozen=True)
class Conflict:
    day: date
    shift_type_id: int
    staff_id: int | None
    kind: str  # CONFLICT_*
    message: str  # Chinese, names the people and shifts involved


def _burden(counts: DutyCounts, category: int) -> int:
    """The count a slot of `category` balances; day shifts are what is left once the burdens are taken out."""
    if category == _NIGHT:
        return counts.nights
    if category == _HOLIDAY:
        return counts.holidays
    if category == _REST:
        return counts.rest_days
    return max(0, counts.shifts - counts.nights - counts.holidays - counts.rest_days)


def _category(shift_type: ShiftType, day: DutyDay) -> int:
    if shift_type.night:
        return _NIGHT
    if day.kind == DAY_HOLIDAY:
        return _HOLIDAY
    if day.kind == DAY_REST:
        return _REST
    return _DAY


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


class _Person:
    """What the generator knows of one person while it walks the period: sets and running counts, no rescans."""

    __slots__ = ("blocked", "burden", "busy", "last_start", "prior", "rank", "shifts", "staff", "starts")

    def __init__(self, staff: Staff, prior: DutyCounts, rank: int) -> None:
        self.staff = staff
        self.prior = [_burden(prior, category) for category in range(4)]
        self.rank = rank
        self.burden = [0, 0, 0, 0]
        self.shifts = 0
        self.last_start = datetime.min
        self.starts: set[date] = set()  # days a shift (fixed, new or busy) starts on
        self.blocked: set[date] = set()  # days no new shift may start: unavailable, an overnight shift ends, starts
        self.busy: list[tuple[datetime, datetime]] = []

    def take(self, start: datetime, end: datetime, category: int | None) -> None:
        """Record a shift; `category` None for busy spans outside the period, which only constrain."""
        self.starts.add(start.date())
        self.blocked.add(start.date())
        if end.date() > start.date():
            self.blocked.add(end.date())
        if category is not None:
            self.burden[category] += 1
            self.shifts += 1

    def can_take(self, start: datetime, end: datetime) -> bool:
        """Whether the hard rules let this person take a shift spanning start–end.

        A shift type lasts a day at most, so with the rest and one-start-a-day rules the day sets catch every clash
        between shifts; only busy spans, which may be longer, need the interval test.
        """
        if start.date() in self.blocked:
            return False
        if end.date() > start.date() and end.date() in self.starts:
            return False
        return not any(s < end and start < e for s, e in self.busy)


def _people(
    days: Sequence[DutyDay],
    staff: Sequence[Staff],
    unavailable: Sequence[Unavailable],
    busy: Sequence[Busy],
    prior: Mapping[int, DutyCounts],
    seed: int,
) -> dict[int, _Person]:
    """Everyone's starting state: a seeded tie-break rank, year-to-date burdens, days off and spans already on duty."""
    order = list(range(len(staff)))
    random.Random(seed).shuffle(order)
    people = {
        member.id: _Person(member, prior.get(member.id, DutyCounts()), rank)
        for member, rank in zip(staff, order, strict=True)
    }
    first, last = days[0].day, days[-1].day
    for off in unavailable:
        if off.staff_id in people:
            day = max(off.first, first)
            while day <= min(off.last, last):
                people[off.staff_id].blocked.add(day)
                day += timedelta(days=1)
    period_start = datetime.combine(first, time())
    for span in busy:
        if span.staff_id in people:
            person = people[span.staff_id]
            person.take(span.start, span.end, None)
            person.busy.append((span.start, span.end))
            if span.start < period_start:
                person.last_start = max(person.last_start, span.start)
    return people


def generate_roster(
    days: Sequence[DutyDay],
    shift_types: Sequence[ShiftType],
    staff: Sequence[Staff],
    unavailable: Sequence[Unavailable] = (),
    fixed: Sequence[Assignment] = (),
    busy: Sequence[Busy] = (),
    prior: Mapping[int, DutyCounts] | None = None,
    seed: int = 0,
) -> RosterPlan:
    """Fill the period's slots in time order, each with the eligible person who carries least of that slot's burden.

    A day with any fixed assignment (it has a 值班记录 or a 调班) is decided: it keeps exactly what is passed in, and
    seats its fixed assignments leave empty are reported unfilled. Within a day leader seats go first, so leaders
    stay free for them, and nights before day shifts, so the night goes to whoever has fewest nights. A staff seat
    no eligible 值班人员 can take falls back to any eligible active person; a leader seat never does.
    """
    counts = {member.id: DutyCounts() for member in staff}
    if not days:
        return RosterPlan((), (), counts)
    by_id = {shift_type.id: shift_type for shift_type in shift_types}
    by_day = {day.day: day for day in days}
    for assignment in fixed:
        if assignment.day not in by_day or assignment.shift_type_id not in by_id:
            raise ValueError(f"固定排班 {assignment.day.isoformat()} 班次{assignment.shift_type_id} 不在排班期间内")
    people = _people(days, staff, unavailable, busy, prior or {}, seed)
    held: dict[tuple[date, int, str], int] = defaultdict(int)
    for assignment in fixed:
        held[assignment.day, assignment.shift_type_id, assignment.role] += 1
        if assignment.staff_id in people:
            shift_type = by_id[assignment.shift_type_id]
            start, end = shift_type.span(assignment.day)
            people[assignment.staff_id].take(start, end, _category(shift_type, by_day[assignment.day]))
    decided = {assignment.day for assignment in fixed}
    pending_fixed = deque(sorted(fixed, key=lambda a: a.day))

    active = [people[member.id] for member in staff if member.active]
    leaders = [person for person in active if person.staff.can_lead]
    others = [person for person in active if not person.staff.can_lead]
    assignments = list(fixed)
    unfilled: list[Slot] = []
    slots = required_slots(days, shift_types)
    slots.sort(key=lambda s: (s.day, s.role != ROLE_LEADER, not by_id[s.shift_type_id].night))
    for slot in slots:
        if slot.day in decided:
            if slot.position >= held[slot.day, slot.shift_type_id, slot.role]:
                unfilled.append(slot)
            continue
        while pending_fixed and pending_fixed[0].day < slot.day:  # "longest since the last shift" sees fixed ones
            done = pending_fixed.popleft()
            if done.staff_id in people:
                person = people[done.staff_id]
                person.last_start = max(person.last_start, by_id[done.shift_type_id].span(done.day)[0])
        shift_type = by_id[slot.shift_type_id]
        start, end = shift_type.span(slot.day)
        category = _category(shift_type, by_day[slot.day])
        eligible = [p for p in (leaders if slot.role == ROLE_LEADER else others) if p.can_take(start, end)]
        if not eligible and slot.role == ROLE_STAFF:
            eligible = [p for p in active if p.can_take(start, end)]
        if not eligible:
            unfilled.append(slot)
            continue
        chosen = min(
            eligible,
            key=lambda p: (p.burden[category], p.prior[category] + p.burden[category], p.shifts, p.last_start, p.rank),
        )
        chosen.take(start, end, category)
        chosen.last_start = start
        assignments.append(Assignment(slot.day, slot.shift_type_id, slot.role, chosen.staff.id))
    assignments.sort(key=lambda a: (a.day, by_id[a.shift_type_id].start, a.role != ROLE_LEADER))
    counts.update(count_duties(assignments, by_day, by_id))
    return RosterPlan(tuple(assignments), tuple(unfilled), counts)


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
