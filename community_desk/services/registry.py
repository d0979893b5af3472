"""Registry reads for the UI: table pages, the address tree, details, counts and the audit log.

Reads never write, so they need no unit of work; each opens a short sqlite3 connection of its own, which also
makes them safe to call from the background threads that keep the window responsive.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import registry as sql
from community_desk.domain import codes
from community_desk.domain.residents import ResidentQuery, age_on, elderly_band
from community_desk.domain.sorting import natural_key
from community_desk.services.dto import (
    RESIDENT_FIELDS,
    AuditView,
    EventView,
    HouseholdDetail,
    MembershipView,
    MemberView,
    NamedId,
    RegistryCounts,
    ResidentDetail,
    ResidentInput,
    ResidentRow,
    TagView,
    TreeNode,
)
from community_desk.services.validation import id_warnings

DATE_FIELDS = {"birth_date", "arrived_on"}


def day(value: str | None) -> date | None:
    """ISO text from the file → date (SQLAlchemy stores dates as YYYY-MM-DD)."""
    return date.fromisoformat(value) if value else None


class RegistryReader(SqliteReader):
    # --- table ------------------------------------------------------------------------------------------
    def count(self, query: ResidentQuery) -> int:
        with self._connection() as connection:
            return sql.count_registry(connection, query)

    def page(self, query: ResidentQuery, offset: int, limit: int) -> list[ResidentRow]:
        as_of = query.as_of or date.today()
        with self._connection() as connection:
            rows = sql.page_registry(connection, query, offset, limit)
            tags = sql.active_tags(connection, [row["id"] for row in rows], as_of)
        return [self._row(row, tags.get(row["id"], []), as_of) for row in rows]

    @staticmethod
    def _row(row: sqlite3.Row, tags: list[str], as_of: date) -> ResidentRow:
        birth_date = day(row["birth_date"])
        band = elderly_band(birth_date, as_of)
        shown_tags = [*([f"高龄{band}+"] if band else []), *tags]
        return ResidentRow(
            id=row["id"],
            name=row["name"],
            gender=codes.GENDERS.name_of(row["gender"]),
            birth_date=birth_date,
            age=age_on(birth_date, as_of) if birth_date else None,
            id_type=row["id_type"],
            id_number=row["id_number"] or "",
            relation=codes.RELATIONS.name_of(row["relation"]),
            household_id=row["household_id"],
            household_no=row["household_no"],
            grid=row["grid"],
            address=row["address"],
            phone=row["phone"],
            category=codes.PERSON_CATEGORIES.name_of(row["category"]),
            tags="、".join(shown_tags),
            warning="；".join(id_warnings(row["id_type"], row["id_number"], birth_date, row["gender"])),
        )

    # --- tree ---------------------------------------------------------------------------------------------
    def children(self, node: TreeNode | None, as_of: date | None = None) -> list[TreeNode]:
        """The next level of the address tree under `node` (None: the grids), with resident counts."""
        with self._connection() as connection:
            if node is None:
                rows = sql.grid_rows(connection, as_of)
                return [
                    TreeNode("grid", r["name"], grid_id=r["id"], count=r["people"])
                    for r in sorted(rows, key=lambda r: natural_key(r["name"]))
                ]
            if node.kind == "grid" and node.grid_id is not None:
                rows = sql.building_rows(connection, node.grid_id, as_of)
                return [
                    TreeNode("building", r["name"], node.grid_id, r["id"], count=r["people"])
                    for r in sorted(rows, key=lambda r: natural_key(r["name"]))
                ]
            if node.kind == "building" and node.building_id is not None:
                rows = sql.unit_rows(connection, node.building_id, as_of)
                return [
                    TreeNode(
                        "unit",
                        f"{r['unit']}单元" if r["unit"] else "（无单元）",
                        node.grid_id,
                        node.building_id,
                        r["unit"],
                        count=r["people"],
                    )
                    for r in sorted(rows, key=lambda r: natural_key(r["unit"]))
                ]
            if node.kind == "unit" and node.building_id is not None and node.unit is not None:
                rows = sql.room_rows(connection, node.building_id, node.unit, as_of)
                return [
                    TreeNode(
                        "room",
                        f"{r['room']}室" if r["room"] else "（无房号）",
                        node.grid_id,
                        node.building_id,
                        node.unit,
                        r["room"],
                        count=r["people"],
                    )
                    for r in sorted(rows, key=lambda r: natural_key(r["room"]))
                ]
            if node.kind == "room" and node.building_id is not None and node.unit is not None:
                rows = sql.household_rows(connection, node.building_id, node.unit, node.room or "", as_of)
                return [
                    TreeNode(
                        "household",
                        f"{r['household_no']} {r['head'] or '（无户主）'}",
                        node.grid_id,
                        node.building_id,
                        node.unit,
                        node.room,
                        household_id=r["id"],
                        count=r["people"],
                    )
                    for r in rows
                ]
        return []

    # --- pick lists ---------------------------------------------------------------------------------------
    def grids(self) -> list[NamedId]:
        return [NamedId(node.grid_id or 0, node.label) for node in self.children(None)]

    def buildings(self, grid_id: int) -> list[NamedId]:
        return [NamedId(node.building_id or 0, node.label) for node in self.children(TreeNode("grid", "", grid_id))]

    def find_households(self, text: str, limit: int = 50) -> list[NamedId]:
        """Households by 户号, address or head's name, for the "move to household" picker."""
        with self._connection() as connection:
            rows = sql.find_households(connection, text, limit)
        return [NamedId(r["id"], f"{r['household_no']} {r['address']} {r['head'] or ''}".strip()) for r in rows]

    # --- details ------------------------------------------------------------------------------------------
    def household(self, household_id: int, as_of: date | None = None) -> HouseholdDetail | None:
        with self._connection() as connection:
            row = sql.household_row(connection, household_id)
            if row is None:
                return None
            members = tuple(
                MemberView(
                    resident_id=m["resident_id"],
                    name=m["name"],
                    relation=codes.RELATIONS.name_of(m["relation"]),
                    relation_code=m["relation"],
                    gender=codes.GENDERS.name_of(m["gender"]),
                    birth_date=day(m["birth_date"]),
                    id_number=m["id_number"] or "",
                    phone=m["phone"],
                    since=date.fromisoformat(m["start_date"]),
                )
                for m in sql.member_rows(connection, household_id, as_of)
            )
            events = self._events(connection, "household_id", household_id)
        return HouseholdDetail(
            id=row["id"],
            household_no=row["household_no"],
            grid_id=row["grid_id"],
            grid=row["grid"],
            building_id=row["building_id"],
            building=row["building"],
            unit=row["unit"],
            room=row["room"],
            address=row["address"],
            residence_nature=row["residence_nature"],
            note=row["note"],
            created_on=date.fromisoformat(row["created_on"]),
            closed_on=day(row["closed_on"]),
            members=members,
            events=events,
        )

    def resident(self, resident_id: int) -> ResidentDetail | None:
        with self._connection() as connection:
            row = sql.resident_row(connection, resident_id)
            if row is None:
                return None
            stored = {name: day(row[name]) if name in DATE_FIELDS else row[name] for name in RESIDENT_FIELDS}
            values = ResidentInput(**{**stored, "id_number": row["id_number"] or ""})
            history = sql.membership_history(connection, resident_id)
            current = next((m for m in history if m["end_date"] is None), None)
            tags = tuple(
                TagView(
                    t["id"], t["kind"], date.fromisoformat(t["start_date"]), day(t["end_date"]), t["detail"], t["note"]
                )
                for t in sql.tag_rows(connection, resident_id)
            )
            events = self._events(connection, "resident_id", resident_id)
        return ResidentDetail(
            id=row["id"],
            values=values,
            household_id=current["household_id"] if current else None,
            household_no=current["household_no"] if current else "",
            relation=current["relation"] if current else "",
            death_date=day(row["death_date"]),
            warnings=id_warnings(values.id_type, row["id_number"], values.birth_date, values.gender),
            tags=tags,
            memberships=tuple(
                MembershipView(
                    household_no=m["household_no"],
                    address=m["address"],
                    relation=codes.RELATIONS.name_of(m["relation"]),
                    start_date=date.fromisoformat(m["start_date"]),
                    end_date=day(m["end_date"]),
                )
                for m in history
            ),
            events=events,
        )

    @staticmethod
    def _events(connection: sqlite3.Connection, column: str, key: int) -> tuple[EventView, ...]:
        return tuple(
            EventView(
                e["id"],
                e["kind"],
                date.fromisoformat(e["event_date"]),
                e["resident_name"] or "",
                e["household_no"] or "",
                e["detail"],
                e["recorded_by"],
            )
            for e in sql.event_rows(connection, column, key)
        )

    # --- status bar, settings and audit -------------------------------------------------------------------
    def counts(self, as_of: date | None = None) -> RegistryCounts:
        with self._connection() as connection:
            residents, households, grids = sql.registry_counts(connection, as_of)
        return RegistryCounts(households=households, residents=residents, grids=grids)

    def setting(self, key: str) -> str | None:
        with self._connection() as connection:
            return sql.setting(connection, key)

    def audit_log(
        self, entity: str | None = None, entity_id: int | None = None, limit: int = 500, offset: int = 0
    ) -> list[AuditView]:
        with self._connection() as connection:
            rows = sql.audit_rows(connection, entity, entity_id, limit, offset)
        return [
            AuditView(
                a["id"],
                datetime.fromisoformat(a["at"]),
                a["actor"],
                a["action"],
                a["entity"],
                a["entity_id"],
                a["summary"],
                a["before"] or "",
                a["after"] or "",
            )
            for a in rows
        ]

    def audit_count(self) -> int:
        with self._connection() as connection:
            return connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
