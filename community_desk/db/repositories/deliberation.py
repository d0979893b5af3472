"""群议厅 reads in plain SQL (sqlite3), so the window lists topics without importing SQLAlchemy.

Dates are ISO text in the file, so they compare and sort correctly as text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date

from community_desk.domain.deliberation import Step, TopicQuery

# The workflow order for sorting by 当前步骤 (未通过 last).
_STEP_ORDER = "CASE t.current_step " + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(Step)) + " END"
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("t.year", "t.seq"),
    "title": ("t.title",),
    "category": ("t.category",),
    "source": ("t.source",),
    "step": (_STEP_ORDER,),
    "last_date": ("t.last_date",),
    "status": ("t.status",),
}
TOPIC_COLUMNS = (
    "t.id, t.number, t.title, t.category, t.source, t.signers, t.current_step, t.vote_passed, t.last_date, t.status"
)


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def topic_where(query: TopicQuery) -> tuple[str, list[object]]:
    clauses, params = ["1"], []
    for column, value in (
        ("t.current_step", query.step),
        ("t.category", query.category),
        ("t.year", query.year),
        ("t.status", query.status),
    ):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    for term in query.text.split():
        clauses.append("(t.title LIKE ? ESCAPE '\\' OR t.number LIKE ? ESCAPE '\\')")
        params.extend([_like(term), _like(term)])
    return "WHERE " + " AND ".join(clauses), params


def count_topics(connection: sqlite3.Connection, query: TopicQuery) -> int:
    where, params = topic_where(query)
    return connection.execute(f"SELECT count(*) FROM deliberation_topic t {where}", params).fetchone()[0]


def page_topics(connection: sqlite3.Connection, query: TopicQuery, offset: int, limit: int) -> list[sqlite3.Row]:
    where, params = topic_where(query)
    direction = " DESC" if query.descending else ""
    columns = SORT_COLUMNS.get(query.sort_key, SORT_COLUMNS["last_date"])
    order = ", ".join(f"{column}{direction}" for column in (*columns, "t.id"))
    sql = f"SELECT {TOPIC_COLUMNS} FROM deliberation_topic t {where} ORDER BY {order} LIMIT ? OFFSET ?"
    return connection.execute(sql, [*params, limit, offset]).fetchall()


def topic_years(connection: sqlite3.Connection) -> list[int]:
    rows = connection.execute("SELECT DISTINCT year FROM deliberation_topic ORDER BY year DESC").fetchall()
    return [row[0] for row in rows]


def topic_row(connection: sqlite3.Connection, topic_id: int) -> sqlite3.Row | None:
    return connection.execute(
        f"SELECT {TOPIC_COLUMNS}, t.description, t.threshold FROM deliberation_topic t WHERE t.id = ?", (topic_id,)
    ).fetchone()


def proposer_rows(connection: sqlite3.Connection, topic_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT name, resident_id FROM deliberation_proposer WHERE topic_id = ? ORDER BY id", (topic_id,)
    ).fetchall()


def entry_rows(connection: sqlite3.Connection, topic_id: int) -> list[sqlite3.Row]:
    """The timeline in the order it happened (same-day entries in the order recorded)."""
    return connection.execute(
        """SELECT e.*, m.place AS meeting_place, m.host, m.attendance, b.name AS body
           FROM deliberation_entry e
           LEFT JOIN deliberation_meeting m ON m.id = e.meeting_id
           LEFT JOIN deliberation_body b ON b.id = m.body_id
           WHERE e.topic_id = ? ORDER BY e.on_date, e.id""",
        (topic_id,),
    ).fetchall()


def _in(values: Sequence[int]) -> str:
    return ",".join("?" * len(values))


def view_rows(connection: sqlite3.Connection, entry_ids: Sequence[int]) -> list[sqlite3.Row]:
    if not entry_ids:
        return []
    return connection.execute(
        f"SELECT entry_id, party, content FROM deliberation_view WHERE entry_id IN ({_in(entry_ids)}) ORDER BY id",
        list(entry_ids),
    ).fetchall()


def participant_rows(connection: sqlite3.Connection, meeting_ids: Sequence[int]) -> list[sqlite3.Row]:
    if not meeting_ids:
        return []
    return connection.execute(
        f"SELECT meeting_id, role, name, resident_id FROM deliberation_participant"
        f" WHERE meeting_id IN ({_in(meeting_ids)}) ORDER BY id",
        list(meeting_ids),
    ).fetchall()


# --- bodies and meetings ------------------------------------------------------------------------------------------
def body_rows(connection: sqlite3.Connection, as_of: date) -> list[sqlite3.Row]:
    day = as_of.isoformat()
    return connection.execute(
        """SELECT b.id, b.name, b.kind, b.note,
                  (SELECT count(*) FROM deliberation_body_member m
                   WHERE m.body_id = b.id AND m.since <= ? AND (m.until IS NULL OR m.until >= ?)) AS members
           FROM deliberation_body b ORDER BY b.id""",
        (day, day),
    ).fetchall()


def member_rows(connection: sqlite3.Connection, body_id: int) -> list[sqlite3.Row]:
    """Serving members first (by role as listed, then since), ended seats after them."""
    return connection.execute(
        """SELECT id, body_id, name, resident_id, role, since, until FROM deliberation_body_member
           WHERE body_id = ?
           ORDER BY until IS NOT NULL, until DESC,
                    CASE role WHEN '召集人' THEN 0 WHEN '副召集人' THEN 1 WHEN '成员' THEN 2 ELSE 3 END, since, id""",
        (body_id,),
    ).fetchall()


def meeting_rows(connection: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    """Meetings held between two dates (inclusive), with the titles of the topics they took up."""
    return connection.execute(
        """SELECT m.id, m.held_on, coalesce(b.name, '') AS body, m.place, m.host, m.attendance, m.note,
                  coalesce((SELECT group_concat(t.title, '；') FROM deliberation_meeting_topic mt
                            JOIN deliberation_topic t ON t.id = mt.topic_id WHERE mt.meeting_id = m.id), '') AS topics
           FROM deliberation_meeting m LEFT JOIN deliberation_body b ON b.id = m.body_id
           WHERE m.held_on BETWEEN ? AND ? ORDER BY m.held_on, m.id""",
        (first.isoformat(), last.isoformat()),
    ).fetchall()


def meeting_years(connection: sqlite3.Connection) -> list[int]:
    rows = connection.execute(
        "SELECT DISTINCT CAST(substr(held_on, 1, 4) AS INTEGER) FROM deliberation_meeting ORDER BY 1 DESC"
    ).fetchall()
    return [row[0] for row in rows]
