"""The fair 值班 generator: fills a period's slots in time order without ever breaking a hard rule.

Kept together because the burden categories, the per-person running state and the choice of who takes a slot are
one algorithm: each slot goes to the eligible person carrying least of that slot's burden (nights, 法定节假日,
ordinary weekends, day shifts), balanced over the period first and the year second. Plain Python, no I/O.
"""

from __future__ import annotations

import random
from collections import defaultdict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from community_desk.domain.duty_days import DAY_HOLIDAY, DAY_REST, DutyDay
from community_desk.domain.roster import (
    ROLE_LEADER,
    ROLE_STAFF,
    Assignment,
    Busy,
    DutyCounts,
    ShiftType,
    Slot,
    Staff,
    Unavailable,
    count_duties,
    required_slots,
)

# Burden categories, in the order a slot's category is decided: a night on a holiday is a night first.
_NIGHT, _HOLIDAY, _REST, _DAY = range(4)


@dataclass(frozen=True)
class RosterPlan:
    assignments: tuple[Assignment, ...]  # the new ones plus the fixed ones passed in
    unfilled: tuple[Slot, ...]
    counts: dict[int, DutyCounts]  # per staff id (every staff member passed in), for the period: fixed + new


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
