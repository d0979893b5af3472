"""志愿服务 SQL for plain sqlite3 reads: a linked volunteer's personal data always comes from the resident row."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any


def _pick(column: str) -> str:
    return f"CASE WHEN r.id IS NOT NULL THEN r.{column} ELSE v.{column} END AS {column}"


VOLUNTEER_SELECT = f"""
SELECT v.id, v.number, v.resident_id, v.political_status AS own_political, r.political_status AS resident_political,
       {_pick("name")}, {_pick("id_type")}, {_pick("id_number")}, {_pick("gender")}, {_pick("birth_date")},
       {_pick("phone")}, v.skills, v.registered_on, v.active, v.note,
       (SELECT group_concat(t.name, '、') FROM volunteer_team_member m JOIN volunteer_team t ON t.id = m.team_id
         WHERE m.volunteer_id = v.id AND m.left_on IS NULL) AS teams,
       (SELECT COALESCE(SUM(s.minutes), 0) FROM volunteer_service s WHERE s.volunteer_id = v.id) AS minutes
FROM volunteer v LEFT JOIN resident r ON r.id = v.resident_id
"""

SERVICE_SELECT = f"""
SELECT s.id, s.volunteer_id, v.number AS volunteer_number, {_pick("name")}, s.start, s."end", s.minutes, s.content,
       s.category, s.organiser, s.place, s.confirmed_by, COALESCE(t.name, '') AS team_name, s.event_occurrence_key
FROM volunteer_service s JOIN volunteer v ON v.id = s.volunteer_id LEFT JOIN resident r ON r.id = v.resident_id
LEFT JOIN volunteer_team t ON t.id = s.team_id
"""


def volunteers(
    connection: sqlite3.Connection, text: str = "", active_only: bool = False, offset: int = 0, limit: int = -1
) -> list[sqlite3.Row]:
    where, params = _volunteer_where(text, active_only)
    sql = f"SELECT * FROM ({VOLUNTEER_SELECT}) {where} ORDER BY number LIMIT ? OFFSET ?"
    return connection.execute(sql, [*params, limit, offset]).fetchall()


def count_volunteers(connection: sqlite3.Connection, text: str = "", active_only: bool = False) -> int:
    where, params = _volunteer_where(text, active_only)
    return connection.execute(f"SELECT count(*) FROM ({VOLUNTEER_SELECT}) {where}", params).fetchone()[0]


def _volunteer_where(text: str, active_only: bool) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if active_only:
        clauses.append("active = 1")
    if text:
        clauses.append("(name LIKE ? OR number LIKE ? OR phone LIKE ? OR skills LIKE ? OR teams LIKE ?)")
        params.extend([f"%{text}%"] * 5)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def volunteer(connection: sqlite3.Connection, volunteer_id: int) -> sqlite3.Row | None:
    return connection.execute(f"{VOLUNTEER_SELECT} WHERE v.id = ?", (volunteer_id,)).fetchone()


def services(
    connection: sqlite3.Connection,
    volunteer_id: int | None = None,
    start: str | None = None,
    before: str | None = None,
    category: str = "",
    team_id: int | None = None,
    text: str = "",
) -> list[sqlite3.Row]:
    """Records filtered by volunteer, half-open start range (ISO strings), category, team and free text."""
    clauses: list[str] = []
    params: list[Any] = []
    for clause, value in (
        ("s.volunteer_id = ?", volunteer_id),
        ("s.start >= ?", start),
        ("s.start < ?", before),
        ("s.category = ?", category or None),
        ("s.team_id = ?", team_id),
    ):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if text:
        clauses.append("(s.content LIKE ? OR v.number LIKE ? OR r.name LIKE ? OR v.name LIKE ?)")
        params.extend([f"%{text}%"] * 4)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return connection.execute(f"{SERVICE_SELECT} {where} ORDER BY s.start DESC, s.id DESC", params).fetchall()


def grouped_hours(
    connection: sqlite3.Connection, key_sql: str, label_sql: str, start: str, before: str, joins: str = ""
) -> list[sqlite3.Row]:
    """Times and minutes per key in [start, before); key/label are trusted SQL snippets from the service."""
    sql = f"""SELECT {key_sql} AS key, {label_sql} AS label, count(*) AS times, SUM(s.minutes) AS minutes
              FROM volunteer_service s JOIN volunteer v ON v.id = s.volunteer_id
              LEFT JOIN resident r ON r.id = v.resident_id LEFT JOIN volunteer_team t ON t.id = s.team_id {joins}
              WHERE s.start >= ? AND s.start < ? GROUP BY 1 ORDER BY 1"""
    return connection.execute(sql, (start, before)).fetchall()


def team_activity_days(connection: sqlite3.Connection, start: str, before: str) -> dict[int, int]:
    rows = connection.execute(
        """SELECT team_id, count(DISTINCT date(start)) FROM volunteer_service
           WHERE team_id IS NOT NULL AND start >= ? AND start < ? GROUP BY team_id""",
        (start, before),
    ).fetchall()
    return {row[0]: row[1] for row in rows}


def teams(connection: sqlite3.Connection, active_only: bool = False) -> list[sqlite3.Row]:
    where = "WHERE t.active = 1" if active_only else ""
    return connection.execute(
        f"""SELECT t.id, t.name, t.note, t.active,
              (SELECT count(*) FROM volunteer_team_member m WHERE m.team_id = t.id AND m.left_on IS NULL) AS members
            FROM volunteer_team t {where} ORDER BY t.id"""
    ).fetchall()


def members(
    connection: sqlite3.Connection, team_id: int | None = None, volunteer_id: int | None = None
) -> list[sqlite3.Row]:
    clauses, params = [], []
    if team_id is not None:
        clauses.append("m.team_id = ?")
        params.append(team_id)
    if volunteer_id is not None:
        clauses.append("m.volunteer_id = ?")
        params.append(volunteer_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return connection.execute(
        f"""SELECT m.id, m.team_id, t.name AS team_name, m.volunteer_id, v.number AS volunteer_number,
                   {_pick("name")}, m.role, m.joined_on, m.left_on
            FROM volunteer_team_member m JOIN volunteer_team t ON t.id = m.team_id
            JOIN volunteer v ON v.id = m.volunteer_id LEFT JOIN resident r ON r.id = v.resident_id
            {where} ORDER BY m.left_on IS NOT NULL, t.id,
                     CASE m.role WHEN '队长' THEN 0 WHEN '副队长' THEN 1 ELSE 2 END, v.number""",
        params,
    ).fetchall()


def certificates(connection: sqlite3.Connection, volunteer_id: int | None = None) -> list[sqlite3.Row]:
    where, params = ("WHERE c.volunteer_id = ?", [volunteer_id]) if volunteer_id is not None else ("", [])
    return connection.execute(
        f"""SELECT c.id, c.number, c.volunteer_id, v.number AS volunteer_number, {_pick("name")}, c.period_from,
                   c.period_to, c.minutes, c.issued_on, c.print_count
            FROM volunteer_certificate c JOIN volunteer v ON v.id = c.volunteer_id
            LEFT JOIN resident r ON r.id = v.resident_id {where} ORDER BY c.year DESC, c.seq DESC""",
        params,
    ).fetchall()


def setting(connection: sqlite3.Connection, keys: Sequence[str]) -> str:
    for key in keys:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        if row and row[0]:
            return str(row[0])
    return ""
