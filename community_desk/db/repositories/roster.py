"""值班 SQL for the plain-sqlite3 reader: staff, shift types, a period's shifts with who is on them, counts, logs.

"Current" assignments are the ones not ended by a 调班 or a manual change (ended_at IS NULL).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

CURRENT = "a.ended_at IS NULL"


def staff(connection: sqlite3.Connection) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT id, name, role, phone, can_lead, active, notes FROM duty_staff ORDER BY active DESC, can_lead DESC, id"
    ).fetchall()


def shift_types(connection: sqlite3.Connection) -> list[sqlite3.Row]:
    return connection.execute(
        'SELECT id, name, start, "end", day_kinds, leaders, staff, night, active FROM duty_shift_type '
        "ORDER BY sort_order, id"
    ).fetchall()


def unavailability(connection: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    return connection.execute(
        """SELECT u.id, u.staff_id, s.name AS staff_name, u.first, u.last, u.reason, u.notes
           FROM duty_unavailability u JOIN duty_staff s ON s.id = u.staff_id
           WHERE u.last >= ? AND u.first <= ? ORDER BY u.first, s.id""",
        (first.isoformat(), last.isoformat()),
    ).fetchall()


def overrides(connection: sqlite3.Connection) -> list[sqlite3.Row]:
    return connection.execute("SELECT day, kind, name FROM duty_day_override ORDER BY day").fetchall()


SHIFT_COLUMNS = "id, day, shift_type_id, name, starts_at, ends_at, day_kind, day_name, needed_leaders, needed_staff"


def shifts_between(connection: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    return connection.execute(
        f"SELECT {SHIFT_COLUMNS} FROM duty_shift WHERE day BETWEEN ? AND ? ORDER BY day, starts_at, id",
        (first.isoformat(), last.isoformat()),
    ).fetchall()


def shift(connection: sqlite3.Connection, shift_id: int) -> sqlite3.Row | None:
    return connection.execute(f"SELECT {SHIFT_COLUMNS} FROM duty_shift WHERE id = ?", (shift_id,)).fetchone()


def people_between(connection: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    """Current assignments of the shifts in [first, last], leaders first, then in the order they were made."""
    return connection.execute(
        f"""SELECT a.id, a.shift_id, a.staff_id, a.role, a.source, s.name, s.phone
            FROM duty_assignment a JOIN duty_shift sh ON sh.id = a.shift_id JOIN duty_staff s ON s.id = a.staff_id
            WHERE sh.day BETWEEN ? AND ? AND {CURRENT}
            ORDER BY a.shift_id, a.role = '值班人员', a.id""",
        (first.isoformat(), last.isoformat()),
    ).fetchall()


def shifts_with_records(connection: sqlite3.Connection, first: date, last: date) -> set[int]:
    """Shifts in [first, last] that have a 值班记录, an entry or a handover item: regenerating must keep them."""
    bounds = (first.isoformat(), last.isoformat())
    rows = connection.execute(
        """SELECT shift_id FROM duty_log WHERE shift_id IN (SELECT id FROM duty_shift WHERE day BETWEEN ? AND ?)
           UNION SELECT shift_id FROM duty_log_entry
                 WHERE shift_id IN (SELECT id FROM duty_shift WHERE day BETWEEN ? AND ?)
           UNION SELECT opened_shift_id FROM duty_handover_item
                 WHERE opened_shift_id IN (SELECT id FROM duty_shift WHERE day BETWEEN ? AND ?)""",
        bounds * 3,
    ).fetchall()
    return {row[0] for row in rows}


def counts_between(connection: sqlite3.Connection, first: date, last: date) -> dict[int, tuple[int, int, int, int]]:
    """Per staff id: (shifts, nights, 法定节假日 shifts, weekend shifts) over current assignments in [first, last]."""
    rows = connection.execute(
        f"""SELECT a.staff_id, COUNT(*), SUM(sh.night), SUM(sh.day_kind = '节假日'), SUM(sh.day_kind = '休息日')
            FROM duty_assignment a JOIN duty_shift sh ON sh.id = a.shift_id
            WHERE sh.day BETWEEN ? AND ? AND {CURRENT} GROUP BY a.staff_id""",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}


def history(connection: sqlite3.Connection, shift_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        """SELECT a.id, s.name, a.role, a.source, a.ended_at, a.created_at,
                  COALESCE(made.summary, ended.summary, '') AS swap_summary
           FROM duty_assignment a JOIN duty_staff s ON s.id = a.staff_id
           LEFT JOIN duty_swap made ON made.id = a.created_by_swap_id
           LEFT JOIN duty_swap ended ON ended.id = a.ended_by_swap_id
           WHERE a.shift_id = ? ORDER BY a.created_at, a.id""",
        (shift_id,),
    ).fetchall()


def swaps_between(connection: sqlite3.Connection, first: date, last: date) -> list[sqlite3.Row]:
    """调班 touching a shift in [first, last], newest first."""
    return connection.execute(
        """SELECT DISTINCT w.id, w.kind, r.name AS requested_by, o.name AS with_staff, w.approved_by, w.requested_at,
                  w.recorded_at, w.reason, w.summary
           FROM duty_swap w JOIN duty_staff r ON r.id = w.requested_by_id JOIN duty_staff o ON o.id = w.with_staff_id
           JOIN duty_assignment a ON a.created_by_swap_id = w.id JOIN duty_shift sh ON sh.id = a.shift_id
           WHERE sh.day BETWEEN ? AND ? ORDER BY w.recorded_at DESC, w.id DESC""",
        (first.isoformat(), last.isoformat()),
    ).fetchall()


def log(connection: sqlite3.Connection, shift_id: int) -> sqlite3.Row | None:
    return connection.execute(
        "SELECT patrol_doorstep, patrol_safety, notes, handed_over_by, taken_over_by FROM duty_log WHERE shift_id = ?",
        (shift_id,),
    ).fetchone()


def entries(connection: sqlite3.Connection, shift_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT id, kind, at, person, phone, matter, handling, people FROM duty_log_entry WHERE shift_id = ? "
        "ORDER BY at, id",
        (shift_id,),
    ).fetchall()


HANDOVER_SELECT = """SELECT h.id, h.text, h.closing_note, h.opened_shift_id, h.closed_shift_id,
                            o.day AS opened_on, o.name AS opened_name,
                            c.day AS closed_on
                     FROM duty_handover_item h JOIN duty_shift o ON o.id = h.opened_shift_id
                     LEFT JOIN duty_shift c ON c.id = h.closed_shift_id"""


def handover_for_shift(connection: sqlite3.Connection, shift_id: int, starts_at: str) -> list[sqlite3.Row]:
    """Items raised on this shift, closed on it, or raised earlier and still open when it began."""
    return connection.execute(
        f"""{HANDOVER_SELECT}
            WHERE h.opened_shift_id = ? OR h.closed_shift_id = ?
               OR (o.starts_at < ? AND (h.closed_shift_id IS NULL OR c.starts_at > ?))
            ORDER BY o.starts_at, h.id""",
        (shift_id, shift_id, starts_at, starts_at),
    ).fetchall()


def month_figures(connection: sqlite3.Connection, first: date, last: date) -> tuple[int, ...]:
    """(shifts, 来电 人次, 来访 人次, 突发事件, handover items still open when the period ended) for the report."""
    bounds = (first.isoformat(), last.isoformat())
    shifts = connection.execute("SELECT COUNT(*) FROM duty_shift WHERE day BETWEEN ? AND ?", bounds).fetchone()[0]
    by_kind = dict(
        connection.execute(
            """SELECT e.kind, SUM(CASE WHEN e.kind = '突发事件' THEN 1 ELSE e.people END)
               FROM duty_log_entry e JOIN duty_shift sh ON sh.id = e.shift_id
               WHERE sh.day BETWEEN ? AND ? GROUP BY e.kind""",
            bounds,
        ).fetchall()
    )
    after = (last + timedelta(days=1)).isoformat()  # stored datetimes sort as text: "2026-12-01" < "2026-12-01 08:00"
    still_open = connection.execute(
        f"""SELECT COUNT(*) FROM ({HANDOVER_SELECT} WHERE o.starts_at < ?
                                  AND (h.closed_shift_id IS NULL OR c.starts_at >= ?))""",
        (after, after),
    ).fetchone()[0]
    return shifts, by_kind.get("来电", 0), by_kind.get("来访", 0), by_kind.get("突发事件", 0), still_open
