"""值班 roster generation for a whole year vs a round-robin that fills the same seats with no rules.

Times generate_roster for 2026 (365 days, ~1,400 seats) with 30 staff, 6 of whom can lead, against the floor: a
round-robin over the same required_slots, one person per seat from the right pool, no rest rule, no fairness.
Goal: the generator well under 0.2 s. Best of --runs each.

    python bench/roster.py [--staff 30] [--leaders 6] [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/calendar.py shadows the standard library's calendar module: keep bench/ off the path so imports find that one.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from bench.timing import best_of  # noqa: E402
from community_desk.domain.duty_days import DutyDay, classify_days  # noqa: E402
from community_desk.domain.roster import (  # noqa: E402
    DEFAULT_SHIFT_TYPES,
    ROLE_LEADER,
    Assignment,
    Staff,
    required_slots,
)
from community_desk.domain.roster_generator import generate_roster  # noqa: E402


def round_robin(days: list[DutyDay], staff: list[Staff]) -> list[Assignment]:
    """The floor: the same seats, each given to the next person of the right pool, whatever the rules say."""
    leaders = cycle([member.id for member in staff if member.can_lead])
    others = cycle([member.id for member in staff if not member.can_lead])
    return [
        Assignment(slot.day, slot.shift_type_id, slot.role, next(leaders if slot.role == ROLE_LEADER else others))
        for slot in required_slots(days, DEFAULT_SHIFT_TYPES)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=30)
    parser.add_argument("--leaders", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    staff = [Staff(i, f"人员{i}", can_lead=i <= args.leaders) for i in range(1, args.staff + 1)]
    began = time.perf_counter()
    days = classify_days(date(2026, 1, 1), date(2026, 12, 31))
    classified = time.perf_counter() - began

    floor = best_of(args.runs, lambda: round_robin(days, staff))
    generated = best_of(args.runs, lambda: generate_roster(days, DEFAULT_SHIFT_TYPES, staff))
    plan = generate_roster(days, DEFAULT_SHIFT_TYPES, staff)
    seats = len(required_slots(days, DEFAULT_SHIFT_TYPES))
    print(
        f"2026: {len(days)} days classified in {classified * 1000:.1f} ms (first call); {seats} seats, "
        f"{len(staff)} staff ({args.leaders} can lead)"
    )
    print(
        f"round-robin: {floor * 1000:.1f} ms; generate_roster: {generated * 1000:.1f} ms; "
        f"ratio {generated / floor:.1f}×; unfilled {len(plan.unfilled)} (goal < 200 ms)"
    )


if __name__ == "__main__":
    main()
