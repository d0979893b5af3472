"""Registry reads in plain SQL: filtering, FTS search, sorting and paging never load the whole table.

Dates are ISO strings in the file (as SQLAlchemy writes them), so they compare correctly as text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date

from community_desk.domain.residents import ResidentQuery, born_on_or_before_for_age

ELDERLY_FILTER = re.compile(r"^高龄(\d+)$")
FTS_MIN_TERM = 3  # the trigram tokenizer matches terms of three characters or more
HEAD_RELATION = "02"
DEFAULT_COMMUNITY_NAME = "本社区"  # what prints and exports say when the office has not set community_name

# Grids in the order they were set up (第一网格 before 第十网格); numbers inside names by length, then text,
# so 2号楼 comes before 10号楼 and 501室 before 1001室.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("r.name_pinyin",),
    "gender": ("r.gender",),
    "birth_date": ("r.birth_date",),
    "age": ("r.birth_date",),  # older first when sorted descending by age: flipped in order_by()
    "id_number": ("r.id_number",),
    "relation": ("m.relation",),
    "household_no": ("h.household_no",),
    "grid": ("g.id",),
    "address": (
        "g.id",
        "length(b.name)",
        "b.name",
        "length(h.unit)",
        "h.unit",
        "length(h.room)",
        "h.room",
        "m.relation",
    ),
    "phone": ("r.phone",),
    "category": ("r.category",),
}

PAGE_COLUMNS = """
    r.id, r.name, r.gender, r.birth_date, r.id_type, r.id_number, r.phone, r.category, m.relation,
    h.id AS household_id, h.household_no, h.address, g.name AS grid
"""


def membership_at(as_of: date | None, alias: str = "m") -> tuple[str, list[object]]:
    """Membership rows in force on `as_of`; None means the current registry."""
    if as_of is None:
        return f"{alias}.end_date IS NULL", []
    day = as_of.isoformat()
    return f"{alias}.start_date <= ? AND ({alias}.end_date IS NULL OR {alias}.end_date > ?)", [day, day]


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def registry_from(query: ResidentQuery) -> tuple[str, list[object]]:
    """FROM … WHERE … of the registry as of a date, narrowed by the query."""
    in_force, params = membership_at(query.as_of)
    sql = [
        "FROM resident r",
        f"JOIN membership m ON m.resident_id = r.id AND {in_force}",
        "JOIN household h ON h.id = m.household_id",
        "JOIN building b ON b.id = h.building_id",
        "JOIN grid g ON g.id = b.grid_id",
        "WHERE 1",
    ]
    for column, value in (
        ("h.id", query.household_id),
        ("h.building_id", query.building_id),
        ("h.unit", query.unit),
        ("h.room", query.room),
        ("b.grid_id", query.grid_id),
        ("r.category", query.category or None),
    ):
        if value is not None:
            sql.append(f"AND {column} = ?")
            params.append(value)
    as_of = query.as_of or date.today()
    if query.special_group:
        elderly = ELDERLY_FILTER.match(query.special_group)
        if elderly:
            sql.append("AND r.birth_date <= ?")
            params.append(born_on_or_before_for_age(int(elderly.group(1)), as_of).isoformat())
        else:
            sql.append(
                "AND EXISTS (SELECT 1 FROM special_tag t WHERE t.resident_id = r.id AND t.kind = ?"
                " AND t.start_date <= ? AND (t.end_date IS NULL OR t.end_date > ?))"
            )
            params.extend([query.special_group, as_of.isoformat(), as_of.isoformat()])
    terms = query.text.split()
    long_terms = [t for t in terms if len(t) >= FTS_MIN_TERM]
    if long_terms:
        sql.append("AND r.id IN (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?)")
        params.append(" AND ".join(_fts_phrase(t) for t in long_terms))
    for term in (t for t in terms if len(t) < FTS_MIN_TERM):
        sql.append("AND r.search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(term)}%")
    return "\n".join(sql), params


def order_by(query: ResidentQuery) -> str:
    columns = SORT_COLUMNS.get(query.sort_key, SORT_COLUMNS["address"])
    descending = query.descending != (query.sort_key == "age")
    direction = " DESC" if descending else ""
    return "ORDER BY " + ", ".join(f"{column}{direction}" for column in (*columns, "r.id"))


def count_registry(connection: sqlite3.Connection, query: ResidentQuery) -> int:
    source, params = registry_from(query)
    return connection.execute(f"SELECT count(*) {source}", params).fetchone()[0]


def page_registry(connection: sqlite3.Connection, query: ResidentQuery, offset: int, limit: int) -> list[sqlite3.Row]:
    source, params = registry_from(query)
    sql = f"SELECT {PAGE_COLUMNS} {source} {order_by(query)} LIMIT ? OFFSET ?"
    return connection.execute(sql, [*params, limit, offset]).fetchall()


def active_tags(connection: sqlite3.Connection, resident_ids: Sequence[int], as_of: date) -> dict[int, list[str]]:
    """Tag kinds in force for a page of residents, in one query."""
    if not resident_ids:
        return {}
    marks = ",".join("?" * len(resident_ids))
    day = as_of.isoformat()
    rows = connection.execute(
        f"SELECT resident_id, kind FROM special_tag WHERE resident_id IN ({marks})"
        " AND start_date <= ? AND (end_date IS NULL OR end_date > ?) ORDER BY resident_id, kind",
        [*resident_ids, day, day],
    )
    tags: dict[int, list[str]] = {}
    for resident_id, kind in rows:
        tags.setdefault(resident_id, []).append(kind)
    return tags


# --- the address tree -------------------------------------------------------------------------------------
def grid_rows(connection: sqlite3.Connection, as_of: date | None) -> list[sqlite3.Row]:
    in_force, params = membership_at(as_of)
    return connection.execute(
        "SELECT g.id, g.name, coalesce(c.people, 0) AS people FROM grid g LEFT JOIN ("
        " SELECT b.grid_id, count(*) AS people FROM membership m JOIN household h ON h.id = m.household_id"
        f" JOIN building b ON b.id = h.building_id WHERE {in_force} GROUP BY b.grid_id) c ON c.grid_id = g.id",
        params,
    ).fetchall()


def building_rows(connection: sqlite3.Connection, grid_id: int, as_of: date | None) -> list[sqlite3.Row]:
    in_force, params = membership_at(as_of)
    return connection.execute(
        "SELECT b.id, b.name, count(m.id) AS people FROM building b"
        " LEFT JOIN household h ON h.building_id = b.id"
        f" LEFT JOIN membership m ON m.household_id = h.id AND {in_force}"
        " WHERE b.grid_id = ? GROUP BY b.id",
        [*params, grid_id],
    ).fetchall()


def unit_rows(connection: sqlite3.Connection, building_id: int, as_of: date | None) -> list[sqlite3.Row]:
    in_force, params = membership_at(as_of)
    return connection.execute(
        f"SELECT h.unit, count(m.id) AS people FROM household h"
        f" LEFT JOIN membership m ON m.household_id = h.id AND {in_force}"
        " WHERE h.building_id = ? GROUP BY h.unit",
        [*params, building_id],
    ).fetchall()


def room_rows(connection: sqlite3.Connection, building_id: int, unit: str, as_of: date | None) -> list[sqlite3.Row]:
    in_force, params = membership_at(as_of)
    return connection.execute(
        "SELECT h.room, count(m.id) AS people FROM household h"
        f" LEFT JOIN membership m ON m.household_id = h.id AND {in_force}"
        " WHERE h.building_id = ? AND h.unit = ? GROUP BY h.room",
        [*params, building_id, unit],
    ).fetchall()


def household_rows(
    connection: sqlite3.Connection, building_id: int, unit: str, room: str, as_of: date | None
) -> list[sqlite3.Row]:
    in_force, params = membership_at(as_of)
    head_in_force, head_params = membership_at(as_of, "hm")
    return connection.execute(
        "SELECT h.id, h.household_no, count(m.id) AS people,"
        " (SELECT r.name FROM membership hm JOIN resident r ON r.id = hm.resident_id"
        f"  WHERE hm.household_id = h.id AND hm.relation = '{HEAD_RELATION}' AND {head_in_force} LIMIT 1) AS head"
        f" FROM household h LEFT JOIN membership m ON m.household_id = h.id AND {in_force}"
        " WHERE h.building_id = ? AND h.unit = ? AND h.room = ? GROUP BY h.id ORDER BY h.household_no",
        [*head_params, *params, building_id, unit, room],
    ).fetchall()


# --- details ----------------------------------------------------------------------------------------------
def household_row(connection: sqlite3.Connection, household_id: int) -> sqlite3.Row | None:
    return connection.execute(
        "SELECT h.*, b.name AS building, b.grid_id, g.name AS grid FROM household h"
        " JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE h.id = ?",
        [household_id],
    ).fetchone()


def member_rows(connection: sqlite3.Connection, household_id: int, as_of: date | None) -> list[sqlite3.Row]:
    in_force, params = membership_at(as_of)
    return connection.execute(
        "SELECT m.resident_id, m.relation, m.start_date, r.name, r.gender, r.birth_date, r.id_number, r.phone"
        f" FROM membership m JOIN resident r ON r.id = m.resident_id WHERE m.household_id = ? AND {in_force}"
        " ORDER BY m.relation, m.start_date, m.id",
        [household_id, *params],
    ).fetchall()


def event_rows(connection: sqlite3.Connection, column: str, key: int) -> list[sqlite3.Row]:
    if column not in ("resident_id", "household_id"):
        raise ValueError(column)
    return connection.execute(
        "SELECT e.id, e.kind, e.event_date, e.detail, e.recorded_by, r.name AS resident_name, h.household_no"
        " FROM resident_event e LEFT JOIN resident r ON r.id = e.resident_id"
        f" LEFT JOIN household h ON h.id = e.household_id WHERE e.{column} = ?"
        " ORDER BY e.event_date DESC, e.id DESC",
        [key],
    ).fetchall()


def resident_row(connection: sqlite3.Connection, resident_id: int) -> sqlite3.Row | None:
    return connection.execute("SELECT * FROM resident WHERE id = ?", [resident_id]).fetchone()


def membership_history(connection: sqlite3.Connection, resident_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT m.*, h.household_no, h.address FROM membership m JOIN household h ON h.id = m.household_id"
        " WHERE m.resident_id = ? ORDER BY m.start_date, m.id",
        [resident_id],
    ).fetchall()


def tag_rows(connection: sqlite3.Connection, resident_id: int) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT * FROM special_tag WHERE resident_id = ? ORDER BY start_date, id", [resident_id]
    ).fetchall()


def registry_counts(connection: sqlite3.Connection, as_of: date | None) -> tuple[int, int, int]:
    """(residents, households, grids) in force on `as_of`."""
    in_force, params = membership_at(as_of)
    residents, households = connection.execute(
        f"SELECT count(*), count(DISTINCT m.household_id) FROM membership m WHERE {in_force}", params
    ).fetchone()
    grids = connection.execute("SELECT count(*) FROM grid").fetchone()[0]
    return residents, households, grids


def find_households(connection: sqlite3.Connection, text: str, limit: int) -> list[sqlite3.Row]:
    pattern = f"%{_like_escape(text.strip())}%"
    return connection.execute(
        "SELECT * FROM (SELECT h.id, h.household_no, h.address,"
        " (SELECT r.name FROM membership m JOIN resident r ON r.id = m.resident_id WHERE m.household_id = h.id"
        f"  AND m.relation = '{HEAD_RELATION}' AND m.end_date IS NULL LIMIT 1) AS head"
        " FROM household h WHERE h.closed_on IS NULL)"
        " WHERE household_no LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' OR head LIKE ? ESCAPE '\\'"
        " ORDER BY household_no LIMIT ?",
        [pattern, pattern, pattern, limit],
    ).fetchall()


def audit_rows(
    connection: sqlite3.Connection, entity: str | None, entity_id: int | None, limit: int, offset: int
) -> list[sqlite3.Row]:
    where, params = ["1"], []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    return connection.execute(
        f"SELECT * FROM audit_entry WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()


def setting(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def community_name(connection: sqlite3.Connection) -> str:
    """The setting community_name, else 本社区."""
    return setting(connection, "community_name") or DEFAULT_COMMUNITY_NAME
