"""敞心阁 reads in plain SQL (no SQLAlchemy at start-up): talk and case pages, counts, filters and case details.

The clock filters compare the stored `deadline` and `followup_due` with today's ISO date, using the same window
as domain.mediation, so the list and the rules can never disagree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, timedelta

from community_desk.domain.mediation import (
    AWAITING_VISIT,
    FOLLOWUP_NOTICE_DAYS,
    OPEN_STATUSES,
    WARNING_WINDOW,
    CaseStatus,
)

OPEN = "(" + ",".join(f"'{s.value}'" for s in sorted(OPEN_STATUSES)) + ")"
AWAITING = "(" + ",".join(f"'{s.value}'" for s in sorted(AWAITING_VISIT)) + ")"
NOT_VISITED = "NOT EXISTS (SELECT 1 FROM mediation_visit v WHERE v.case_id = c.id)"


def like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# --- 恳谈/来访 ----------------------------------------------------------------------------------------------------
TALK_COLUMNS = (
    "id, talked_at, visitor_name, channel, contact, resident_id, subject, reply, needs_followup, followup_by,"
    " result, followup_done"
)


def talk_where(text: str, month: str, needs_followup: bool, followup_open: bool) -> tuple[str, list[object]]:
    sql, params = ["WHERE 1"], []
    if month:
        sql.append("AND substr(talked_at, 1, 7) = ?")
        params.append(month)
    if needs_followup or followup_open:
        sql.append("AND needs_followup = 1")
    if followup_open:
        sql.append("AND followup_done = 0")
    for term in text.split():
        sql.append("AND (visitor_name || ' ' || contact || ' ' || subject || ' ' || followup_by) LIKE ? ESCAPE '\\'")
        params.append(like(term))
    return " ".join(sql), params


def count_talks(connection: sqlite3.Connection, where: str, params: Sequence[object]) -> int:
    return connection.execute(f"SELECT count(*) FROM mediation_talk {where}", params).fetchone()[0]


def page_talks(
    connection: sqlite3.Connection, where: str, params: Sequence[object], offset: int, limit: int
) -> list[sqlite3.Row]:
    sql = f"SELECT {TALK_COLUMNS} FROM mediation_talk {where} ORDER BY talked_at DESC, id DESC LIMIT ? OFFSET ?"
    return connection.execute(sql, [*params, limit, offset]).fetchall()


def talk_row(connection: sqlite3.Connection, talk_id: int) -> sqlite3.Row | None:
    return connection.execute(f"SELECT {TALK_COLUMNS} FROM mediation_talk WHERE id = ?", [talk_id]).fetchone()


def talk_months(connection: sqlite3.Connection, year: int | None) -> list[sqlite3.Row]:
    sql = "SELECT substr(talked_at, 1, 7) AS month, count(*) AS n FROM mediation_talk"
    params: list[object] = []
    if year is not None:
        sql += " WHERE substr(talked_at, 1, 4) = ?"
        params.append(f"{year:04d}")
    return connection.execute(sql + " GROUP BY month ORDER BY month DESC", params).fetchall()


# --- 调解员 -------------------------------------------------------------------------------------------------------
def mediator_rows(connection: sqlite3.Connection, active_only: bool) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT m.id, m.name, m.kind, m.phone, m.active, m.resident_id, m.note,"
        " count(l.case_id) AS cases, coalesce(sum(c.status IN " + OPEN + "), 0) AS open_cases"
        " FROM mediator m LEFT JOIN mediation_case_mediator l ON l.mediator_id = m.id"
        " LEFT JOIN mediation_case c ON c.id = l.case_id"
        + (" WHERE m.active = 1" if active_only else "")
        + " GROUP BY m.id ORDER BY m.active DESC, m.id"
    ).fetchall()


# --- cases ------------------------------------------------------------------------------------------------------
def case_where(text: str, status: str, year: int | None, today: date) -> tuple[str, list[object]]:
    day = today.isoformat()
    sql, params = ["WHERE 1"], []
    if status in {s.value for s in CaseStatus}:
        sql.append("AND c.status = ?")
        params.append(status)
    elif status == "即将超期":
        sql.append(f"AND c.status IN {OPEN} AND c.deadline >= ? AND c.deadline <= ?")
        params.extend([day, (today + timedelta(days=WARNING_WINDOW)).isoformat()])
    elif status == "已超期":
        sql.append(f"AND c.status IN {OPEN} AND c.deadline < ?")
        params.append(day)
    elif status == "待回访":
        sql.append(f"AND c.status IN {AWAITING} AND {NOT_VISITED}")
    if year is not None:
        sql.append("AND c.year = ?")
        params.append(year)
    for term in text.split():
        sql.append(
            "AND (c.number || ' ' || c.subtype || ' ' || c.summary || ' ' || c.dispute_type LIKE ? ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM mediation_party p WHERE p.case_id = c.id AND p.name LIKE ? ESCAPE '\\'))"
        )
        params.extend([like(term), like(term)])
    return " ".join(sql), params


CASE_LIST_COLUMNS = (
    "c.id, c.number, c.accepted_on, c.dispute_type, c.subtype, c.status, c.deadline, c.outcome, c.followup_due,"
    " EXISTS (SELECT 1 FROM mediation_extension e WHERE e.case_id = c.id) AS extended,"
    " EXISTS (SELECT 1 FROM mediation_visit v WHERE v.case_id = c.id) AS visited"
)


def count_cases(connection: sqlite3.Connection, where: str, params: Sequence[object]) -> int:
    return connection.execute(f"SELECT count(*) FROM mediation_case c {where}", params).fetchone()[0]


def page_cases(
    connection: sqlite3.Connection, where: str, params: Sequence[object], offset: int, limit: int
) -> list[sqlite3.Row]:
    sql = (
        f"SELECT {CASE_LIST_COLUMNS} FROM mediation_case c {where}"
        " ORDER BY c.accepted_on DESC, c.year DESC, c.seq DESC LIMIT ? OFFSET ?"
    )
    return connection.execute(sql, [*params, limit, offset]).fetchall()


def party_names(connection: sqlite3.Connection, case_ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    """Parties' names per case and role, in entry order, for a page of cases in one query."""
    found: dict[int, dict[str, list[str]]] = {}
    if not case_ids:
        return found
    marks = ",".join("?" * len(case_ids))
    rows = connection.execute(
        f"SELECT case_id, role, name FROM mediation_party WHERE case_id IN ({marks}) ORDER BY case_id, position, id",
        list(case_ids),
    )
    for case_id, role, name in rows:
        found.setdefault(case_id, {}).setdefault(role, []).append(name)
    return found


def mediator_names(connection: sqlite3.Connection, case_ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not case_ids:
        return found
    marks = ",".join("?" * len(case_ids))
    rows = connection.execute(
        f"SELECT l.case_id, m.name FROM mediation_case_mediator l JOIN mediator m ON m.id = l.mediator_id"
        f" WHERE l.case_id IN ({marks}) ORDER BY l.case_id, l.position",
        list(case_ids),
    )
    for case_id, name in rows:
        found.setdefault(case_id, []).append(name)
    return found


def case_row(connection: sqlite3.Connection, case_id: int) -> sqlite3.Row | None:
    return connection.execute("SELECT * FROM mediation_case WHERE id = ?", [case_id]).fetchone()


def children(connection: sqlite3.Connection, table: str, case_id: int, order: str) -> list[sqlite3.Row]:
    """Rows of one child table of a case (parties, sessions …); `table` and `order` are ours, never user text."""
    return connection.execute(f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order}, id", [case_id]).fetchall()


def case_mediators(connection: sqlite3.Connection, case_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT m.id, m.name, m.kind, m.phone, m.active, m.resident_id, m.note FROM mediation_case_mediator l"
        " JOIN mediator m ON m.id = l.mediator_id WHERE l.case_id = ? ORDER BY l.position",
        [case_id],
    ).fetchall()


def alert_rows(connection: sqlite3.Connection, today: date) -> list[sqlite3.Row]:
    """Open cases in their warning window or past the deadline, and agreements whose 回访 is (nearly) due."""
    return connection.execute(
        f"SELECT c.id, c.number, c.status, c.accepted_on, c.deadline, c.followup_due, 'clock' AS why"
        f" FROM mediation_case c WHERE c.status IN {OPEN} AND c.deadline <= ?"
        " UNION ALL"
        f" SELECT c.id, c.number, c.status, c.accepted_on, c.deadline, c.followup_due, 'visit' AS why"
        f" FROM mediation_case c WHERE c.status IN {AWAITING} AND {NOT_VISITED} AND c.followup_due <= ?"
        " ORDER BY 5",
        [
            (today + timedelta(days=WARNING_WINDOW)).isoformat(),
            (today + timedelta(days=FOLLOWUP_NOTICE_DAYS)).isoformat(),
        ],
    ).fetchall()


# --- residents as visitors and parties -------------------------------------------------------------------------
def find_residents(connection: sqlite3.Connection, text: str, limit: int) -> list[sqlite3.Row]:
    """Living residents by name, pinyin, initials, phone or ID, with their current address."""
    term = like(text.strip())
    return connection.execute(
        "SELECT r.id, r.name, r.gender, r.birth_date, r.phone, r.id_number, h.address FROM resident r"
        " LEFT JOIN membership m ON m.resident_id = r.id AND m.end_date IS NULL"
        " LEFT JOIN household h ON h.id = m.household_id"
        " WHERE r.death_date IS NULL AND (r.name LIKE ? ESCAPE '\\' OR r.name_pinyin LIKE ? ESCAPE '\\'"
        " OR r.name_initials LIKE ? ESCAPE '\\' OR r.phone LIKE ? ESCAPE '\\' OR r.id_number LIKE ? ESCAPE '\\')"
        " ORDER BY length(r.name), r.name_pinyin, r.id LIMIT ?",
        [term, term.lower(), term.lower(), term, term, limit],
    ).fetchall()


def resident_for_party(connection: sqlite3.Connection, resident_id: int) -> sqlite3.Row | None:
    return connection.execute(
        "SELECT r.id, r.name, r.gender, r.birth_date, r.id_number, r.ethnicity, r.employer, r.phone,"
        " coalesce(h.address, r.hukou_address) AS address FROM resident r"
        " LEFT JOIN membership m ON m.resident_id = r.id AND m.end_date IS NULL"
        " LEFT JOIN household h ON h.id = m.household_id WHERE r.id = ?",
        [resident_id],
    ).fetchone()


def setting(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def last_sequence(connection: sqlite3.Connection, year: int) -> int:
    row = connection.execute("SELECT last FROM mediation_case_sequence WHERE year = ?", [year]).fetchone()
    return row[0] if row else 0
