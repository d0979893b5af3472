"""活动 SQL for the plain-sqlite3 reader: one month's events, an occurrence's lists, and reminder queries."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

EVENT_COLUMNS = (
    "id, name, category, place, start, \"end\", weekdays, last_day, organiser, audience, capacity, notes, press_text"
)


def events_between(connection: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    """Events that can occur in [first, last], including recurring ones moved into it (ix_event_span)."""
    return connection.execute(
        f"""SELECT {EVENT_COLUMNS} FROM event
            WHERE (start < ? AND last_day >= ?)
               OR id IN (SELECT event_id FROM event_exception WHERE new_start >= ? AND new_start < ?)
            ORDER BY start, id""",
        (_after(last), first.isoformat(), first.isoformat(), _after(last)),
    ).fetchall()


def exceptions_for(connection: sqlite3.Connection, event_ids: list[int]) -> list[sqlite3.Row]:
    if not event_ids:
        return []
    marks = ",".join("?" * len(event_ids))
    return connection.execute(
        f"SELECT event_id, occurrence_date, cancelled, new_start, new_end FROM event_exception "
        f"WHERE event_id IN ({marks})",
        event_ids,
    ).fetchall()


def counts_by_occurrence(
    connection: sqlite3.Connection, table: str, event_ids: list[int]
) -> dict[tuple[int, str], int]:
    """报名/签到 counts per (event, occurrence date); `table` is one of our two fixed table names."""
    assert table in ("event_signup", "event_attendance")
    if not event_ids:
        return {}
    marks = ",".join("?" * len(event_ids))
    rows = connection.execute(
        f"SELECT event_id, occurrence_date, COUNT(*) FROM {table} WHERE event_id IN ({marks}) "
        "GROUP BY event_id, occurrence_date",
        event_ids,
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def people(connection: sqlite3.Connection, table: str, event_id: int, day: date) -> list[sqlite3.Row]:
    assert table in ("event_signup", "event_attendance")
    when = "signed_up_at" if table == "event_signup" else "signed_in_at"
    extra = "phone" if table == "event_signup" else "volunteer_id, service_record_id"
    return connection.execute(
        f"SELECT id, resident_id, name, {when} AS at, {extra} FROM {table} "
        "WHERE event_id = ? AND occurrence_date = ? ORDER BY id",
        (event_id, day.isoformat()),
    ).fetchall()


def birthdays_in_month(
    connection: sqlite3.Connection, year: int, month: int, ages: tuple[int, ...]
) -> list[sqlite3.Row]:
    """Living residents born in `month` of the years that make them one of `ages` this year (寿辰 visits)."""
    years = [str(year - age) for age in ages]
    marks = ",".join("?" * len(years))
    return connection.execute(
        f"""SELECT id, name, birth_date FROM resident
            WHERE death_date IS NULL AND strftime('%Y', birth_date) IN ({marks})
              AND CAST(strftime('%m', birth_date) AS INTEGER) = ?
            ORDER BY birth_date, name""",
        (*years, month),
    ).fetchall()


def born_on_or_before(connection: sqlite3.Connection, day: date) -> list[sqlite3.Row]:
    """Living residents born on or before `day` (90+ on 重阳 is 'born on or before 重阳 ninety years ago')."""
    return connection.execute(
        "SELECT id, name, birth_date FROM resident WHERE death_date IS NULL AND birth_date <= ? "
        "ORDER BY birth_date, name",
        (day.isoformat(),),
    ).fetchall()


def _after(day: date) -> str:
    """The text every stored datetime of `day` sorts below: '2026-12-01' < '2026-12-01 00:00:00'."""
    return (day + timedelta(days=1)).isoformat()
