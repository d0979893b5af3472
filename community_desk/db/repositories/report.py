"""月度工作报告 SQL for the plain-sqlite3 reader: the figures no other area already counts, each one aggregate.

Every figure is a COUNT/SUM over an index range (membership and special_tag periods, resident_event kind + date,
resident birth dates, talk/entry/service dates), so the report never loads people into Python and its time grows
with what happened in the month rather than with the size of the registry where it can. Stocks are taken "as of"
the month's last day with the registry's rule (registry.membership_at); flows are dated within [first, last].
Dates are ISO text in the file, so they compare correctly as text; a datetime column is compared against the
first days of the month and of the next one (half-open), which also catches times on the last day.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from community_desk.db.repositories.registry import membership_at
from community_desk.domain.deliberation import Step
from community_desk.domain.residents import EventKind, born_on_or_before_for_age

MOVES = (EventKind.MOVE_IN, EventKind.MOVE_OUT, EventKind.BIRTH, EventKind.DEATH)
# 议题 raised, 决议 adopted, 决议 carried out (反馈 is recorded once 落实 is finished: the topic is then 已办结).
DELIBERATION_STEPS = (Step.PROPOSED, Step.RESOLUTION, Step.FEEDBACK)


def day_bounds(first: date, last: date) -> tuple[str, str]:
    """[first, day after last) as ISO text for datetime columns."""
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


def in_force_counts(connection: sqlite3.Connection, as_of: date) -> tuple[int, int]:
    """(residents, households) in force on `as_of`, in one pass over ix_membership_household_period.

    A resident has one membership in force on any day (a move ends one row the day the next starts), so the
    memberships in force are the residents. Grouping by household lets SQLite read the covering index in order;
    count(DISTINCT …) would sort into a temporary b-tree, and the plain count ORs two ranges of
    ix_membership_current, both slower on 100,000 residents.
    """
    in_force, params = membership_at(as_of)
    row = connection.execute(
        "SELECT coalesce(sum(people), 0), count(*) FROM"
        f" (SELECT count(*) AS people FROM membership m WHERE {in_force} GROUP BY m.household_id)",
        params,
    ).fetchone()
    return row[0], row[1]


def move_counts(connection: sqlite3.Connection, first: date, last: date) -> dict[str, int]:
    """迁入/迁出/出生/死亡 events dated in [first, last], per kind (ix_resident_event_kind_date)."""
    marks = ",".join("?" * len(MOVES))
    rows = connection.execute(
        f"SELECT kind, count(*) FROM resident_event WHERE kind IN ({marks}) AND event_date BETWEEN ? AND ?"
        " GROUP BY kind",
        [*(kind.value for kind in MOVES), first.isoformat(), last.isoformat()],
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def special_group_counts(connection: sqlite3.Connection, as_of: date) -> dict[str, int]:
    """Residents in force per tag kind in force on `as_of`.

    Counted as all tags in force (one pass over the covering ix_special_tag_kind_period) less those of people
    away on `as_of`, so only the few residents with a membership ended by then or starting later are looked up,
    not every tagged person (four times faster on 100,000 residents). Tags of one kind never overlap for a
    person (SpecialGroupService and the import refuse it), so tags count people; every resident has at least
    one membership row (a person enters the registry by 迁入 or 出生 into a household).
    """
    day = as_of.isoformat()
    tag_in_force = "t.start_date <= ? AND (t.end_date IS NULL OR t.end_date > ?)"
    in_force, params = membership_at(as_of)
    tagged = connection.execute(
        f"SELECT t.kind, count(*) FROM special_tag t WHERE {tag_in_force} GROUP BY t.kind", (day, day)
    ).fetchall()
    away = dict(
        connection.execute(
            f"SELECT t.kind, count(*) FROM special_tag t WHERE {tag_in_force} AND t.resident_id IN"
            " (SELECT o.resident_id FROM membership o WHERE o.end_date <= ? OR o.start_date > ?)"
            f" AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.resident_id = t.resident_id AND {in_force})"
            " GROUP BY t.kind",
            [day, day, day, day, *params],
        ).fetchall()
    )
    return {kind: count - away.get(kind, 0) for kind, count in tagged}


def aged_counts(connection: sqlite3.Connection, as_of: date, ages: tuple[int, int]) -> tuple[int, int]:
    """Residents in force at least ages[0] / ages[1] old on `as_of` (a birth-date range, not the whole table)."""
    younger, older = (born_on_or_before_for_age(age, as_of).isoformat() for age in ages)
    in_force, params = membership_at(as_of)
    row = connection.execute(
        "SELECT count(*), coalesce(sum(r.birth_date <= ?), 0) FROM resident r"
        f" WHERE r.birth_date <= ? AND EXISTS (SELECT 1 FROM membership m WHERE m.resident_id = r.id AND {in_force})",
        [older, younger, *params],
    ).fetchone()
    return row[0], row[1]


def talk_count(connection: sqlite3.Connection, first: date, last: date) -> int:
    """恳谈/来访 records talked in the period (one row = one 人次)."""
    return connection.execute(
        "SELECT count(*) FROM mediation_talk WHERE talked_at >= ? AND talked_at < ?", day_bounds(first, last)
    ).fetchone()[0]


def visit_count(connection: sqlite3.Connection, first: date, last: date) -> int:
    """回访 carried out in the period, whatever month the case was received in."""
    return connection.execute(
        "SELECT count(*) FROM mediation_visit WHERE visited_on BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
    ).fetchone()[0]


def deliberation_counts(connection: sqlite3.Connection, first: date, last: date) -> tuple[int, int, int]:
    """(topics raised, resolutions adopted, resolutions carried out) by their step's date in the period."""
    marks = ",".join("?" * len(DELIBERATION_STEPS))
    rows = dict(
        connection.execute(
            f"SELECT kind, count(DISTINCT topic_id) FROM deliberation_entry WHERE kind IN ({marks})"
            " AND on_date BETWEEN ? AND ? GROUP BY kind",
            [*(step.value for step in DELIBERATION_STEPS), first.isoformat(), last.isoformat()],
        ).fetchall()
    )
    raised, adopted, carried_out = (rows.get(step.value, 0) for step in DELIBERATION_STEPS)
    return raised, adopted, carried_out


def volunteer_totals(connection: sqlite3.Connection, first: date, last: date) -> tuple[int, int, int]:
    """(volunteers with a record, records, minutes) for records starting in the period."""
    row = connection.execute(
        "SELECT count(DISTINCT volunteer_id), count(*), coalesce(sum(minutes), 0) FROM volunteer_service"
        " WHERE start >= ? AND start < ?",
        day_bounds(first, last),
    ).fetchone()
    return row[0], row[1], row[2]
