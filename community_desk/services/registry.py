"""Registry reads for the UI: table pages, the address tree, details, counts and the audit log.

Reads open a short session of their own; they never write, so they need no unit of work.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import (
    AuditEntry,
    Building,
    Grid,
    Household,
    Membership,
    Resident,
    ResidentEvent,
    SpecialTag,
)
from community_desk.db.repositories import residents as repo
from community_desk.domain import codes
from community_desk.domain.residents import ResidentQuery, age_on, elderly_band
from community_desk.domain.sorting import natural_key
from community_desk.services.dto import (
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
from community_desk.services.residents import RESIDENT_FIELDS
from community_desk.services.validation import id_warnings


class RegistryReader:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    # --- table ------------------------------------------------------------------------------------------
    def count(self, query: ResidentQuery) -> int:
        with self._session() as session:
            return repo.count_registry(session, query)

    def page(self, query: ResidentQuery, offset: int, limit: int) -> list[ResidentRow]:
        as_of = query.as_of or date.today()
        with self._session() as session:
            rows = repo.page_registry(session, query, offset, limit)
            tags = repo.active_tags(session, [row.id for row in rows], as_of)
        return [self._row(row, tags.get(row.id, []), as_of) for row in rows]

    @staticmethod
    def _row(row, tags: list[str], as_of: date) -> ResidentRow:
        band = elderly_band(row.birth_date, as_of)
        shown_tags = [*([f"高龄{band}+"] if band else []), *tags]
        return ResidentRow(
            id=row.id,
            name=row.name,
            gender=codes.GENDERS.name_of(row.gender),
            birth_date=row.birth_date,
            age=age_on(row.birth_date, as_of) if row.birth_date else None,
            id_type=row.id_type,
            id_number=row.id_number or "",
            relation=codes.RELATIONS.name_of(row.relation),
            household_id=row.household_id,
            household_no=row.household_no,
            grid=row.grid,
            address=row.address,
            phone=row.phone,
            category=codes.PERSON_CATEGORIES.name_of(row.category),
            tags="、".join(shown_tags),
            warning="；".join(id_warnings(row.id_type, row.id_number, row.birth_date, row.gender)),
        )

    # --- tree ---------------------------------------------------------------------------------------------
    def children(self, node: TreeNode | None, as_of: date | None = None) -> list[TreeNode]:
        """The next level of the address tree under `node` (None: the grids), with resident counts."""
        with self._session() as session:
            if node is None:
                return self._grid_nodes(session, as_of)
            if node.kind == "grid":
                return self._building_nodes(session, node, as_of)
            if node.kind == "building":
                return self._unit_nodes(session, node, as_of)
            if node.kind == "unit":
                return self._room_nodes(session, node, as_of)
            if node.kind == "room":
                return self._household_nodes(session, node, as_of)
        return []

    @staticmethod
    def _people(as_of: date | None):
        return and_(Membership.household_id == Household.id, repo.membership_at(as_of))

    def _grid_nodes(self, session: Session, as_of: date | None) -> list[TreeNode]:
        counts = dict(
            session.execute(
                select(Building.grid_id, func.count(Membership.id))
                .join(Household, Household.building_id == Building.id)
                .join(Membership, self._people(as_of))
                .group_by(Building.grid_id)
            ).all()
        )
        grids = sorted(session.execute(select(Grid.id, Grid.name)).all(), key=lambda row: natural_key(row.name))
        return [TreeNode("grid", name, grid_id=gid, count=counts.get(gid, 0)) for gid, name in grids]

    def _building_nodes(self, session: Session, node: TreeNode, as_of: date | None) -> list[TreeNode]:
        rows = session.execute(
            select(Building.id, Building.name, func.count(Membership.id))
            .outerjoin(Household, Household.building_id == Building.id)
            .outerjoin(Membership, self._people(as_of))
            .where(Building.grid_id == node.grid_id)
            .group_by(Building.id)
        ).all()
        rows = sorted(rows, key=lambda row: natural_key(row.name))
        return [
            TreeNode("building", name, grid_id=node.grid_id, building_id=bid, count=count) for bid, name, count in rows
        ]

    def _unit_nodes(self, session: Session, node: TreeNode, as_of: date | None) -> list[TreeNode]:
        rows = session.execute(
            select(Household.unit, func.count(Membership.id))
            .outerjoin(Membership, self._people(as_of))
            .where(Household.building_id == node.building_id)
            .group_by(Household.unit)
        ).all()
        rows = sorted(rows, key=lambda row: natural_key(row.unit))
        return [
            TreeNode("unit", f"{unit}单元" if unit else "（无单元）", node.grid_id, node.building_id, unit, count=count)
            for unit, count in rows
        ]

    def _room_nodes(self, session: Session, node: TreeNode, as_of: date | None) -> list[TreeNode]:
        rows = session.execute(
            select(Household.room, func.count(Membership.id))
            .outerjoin(Membership, self._people(as_of))
            .where(Household.building_id == node.building_id, Household.unit == node.unit)
            .group_by(Household.room)
        ).all()
        rows = sorted(rows, key=lambda row: natural_key(row.room))
        return [
            TreeNode(
                "room",
                f"{room}室" if room else "（无房号）",
                node.grid_id,
                node.building_id,
                node.unit,
                room,
                count=count,
            )
            for room, count in rows
        ]

    def _household_nodes(self, session: Session, node: TreeNode, as_of: date | None) -> list[TreeNode]:
        head = (
            select(Resident.name)
            .join(Membership, Membership.resident_id == Resident.id)
            .where(
                Membership.household_id == Household.id,
                Membership.relation == codes.HEAD_RELATION,
                repo.membership_at(as_of),
            )
            .limit(1)
            .scalar_subquery()
        )
        rows = session.execute(
            select(Household.id, Household.household_no, head, func.count(Membership.id))
            .outerjoin(Membership, self._people(as_of))
            .where(
                Household.building_id == node.building_id,
                Household.unit == node.unit,
                Household.room == node.room,
            )
            .group_by(Household.id)
            .order_by(Household.household_no)
        ).all()
        return [
            TreeNode(
                "household",
                f"{number} {head_name or '（无户主）'}",
                node.grid_id,
                node.building_id,
                node.unit,
                node.room,
                household_id=hid,
                count=count,
            )
            for hid, number, head_name, count in rows
        ]

    # --- pick lists ---------------------------------------------------------------------------------------
    def grids(self) -> list[NamedId]:
        with self._session() as session:
            rows = session.execute(select(Grid.id, Grid.name)).all()
        return [NamedId(i, n) for i, n in sorted(rows, key=lambda row: natural_key(row.name))]

    def buildings(self, grid_id: int) -> list[NamedId]:
        with self._session() as session:
            rows = session.execute(select(Building.id, Building.name).where(Building.grid_id == grid_id)).all()
        return [NamedId(i, n) for i, n in sorted(rows, key=lambda row: natural_key(row.name))]

    def find_households(self, text: str, limit: int = 50) -> list[NamedId]:
        """Households by 户号, address or head's name, for the "move to household" picker."""
        pattern = f"%{text.strip()}%"
        with self._session() as session:
            head = (
                select(Resident.name)
                .join(Membership, Membership.resident_id == Resident.id)
                .where(
                    Membership.household_id == Household.id,
                    Membership.relation == codes.HEAD_RELATION,
                    Membership.end_date.is_(None),
                )
                .limit(1)
                .scalar_subquery()
            )
            rows = session.execute(
                select(Household.id, Household.household_no, Household.address, head.label("head"))
                .where(Household.closed_on.is_(None))
                .where(Household.household_no.like(pattern) | Household.address.like(pattern) | head.like(pattern))
                .order_by(Household.household_no)
                .limit(limit)
            ).all()
        return [NamedId(r.id, f"{r.household_no} {r.address} {r.head or ''}".strip()) for r in rows]

    # --- details ------------------------------------------------------------------------------------------
    def household(self, household_id: int, as_of: date | None = None) -> HouseholdDetail | None:
        with self._session() as session:
            household = session.get(Household, household_id)
            if household is None:
                return None
            memberships = session.execute(
                select(Membership)
                .where(Membership.household_id == household_id, repo.membership_at(as_of))
                .order_by(Membership.relation, Membership.start_date)
            ).scalars()
            members = tuple(
                MemberView(
                    resident_id=m.resident_id,
                    name=m.resident.name,
                    relation=codes.RELATIONS.name_of(m.relation),
                    relation_code=m.relation,
                    gender=codes.GENDERS.name_of(m.resident.gender),
                    birth_date=m.resident.birth_date,
                    id_number=m.resident.id_number or "",
                    phone=m.resident.phone,
                    since=m.start_date,
                )
                for m in memberships
            )
            events = self._events(session, ResidentEvent.household_id == household_id)
            building = household.building
            return HouseholdDetail(
                id=household.id,
                household_no=household.household_no,
                grid_id=building.grid_id,
                grid=building.grid.name,
                building_id=building.id,
                building=building.name,
                unit=household.unit,
                room=household.room,
                address=household.address,
                residence_nature=household.residence_nature,
                note=household.note,
                created_on=household.created_on,
                closed_on=household.closed_on,
                members=members,
                events=events,
            )

    def resident(self, resident_id: int) -> ResidentDetail | None:
        with self._session() as session:
            resident = session.get(Resident, resident_id)
            if resident is None:
                return None
            stored = {name: getattr(resident, name) for name in RESIDENT_FIELDS}
            values = ResidentInput(**{**stored, "id_number": resident.id_number or ""})
            current = repo.current_membership(session, resident_id)
            memberships = tuple(
                MembershipView(
                    household_no=m.household.household_no,
                    address=m.household.address,
                    relation=codes.RELATIONS.name_of(m.relation),
                    start_date=m.start_date,
                    end_date=m.end_date,
                )
                for m in resident.memberships
            )
            tags = tuple(
                TagView(t.id, t.kind, t.start_date, t.end_date, t.detail, t.note)
                for t in session.execute(
                    select(SpecialTag).where(SpecialTag.resident_id == resident_id).order_by(SpecialTag.start_date)
                ).scalars()
            )
            return ResidentDetail(
                id=resident.id,
                values=values,
                household_id=current.household_id if current else None,
                household_no=current.household.household_no if current else "",
                relation=current.relation if current else "",
                death_date=resident.death_date,
                warnings=id_warnings(resident.id_type, resident.id_number, resident.birth_date, resident.gender),
                tags=tags,
                memberships=memberships,
                events=self._events(session, ResidentEvent.resident_id == resident_id),
            )

    @staticmethod
    def _events(session: Session, condition) -> tuple[EventView, ...]:
        rows = session.execute(
            select(ResidentEvent, Resident.name, Household.household_no)
            .outerjoin(Resident, Resident.id == ResidentEvent.resident_id)
            .outerjoin(Household, Household.id == ResidentEvent.household_id)
            .where(condition)
            .order_by(ResidentEvent.event_date.desc(), ResidentEvent.id.desc())
        ).all()
        return tuple(
            EventView(e.id, e.kind, e.event_date, name or "", number or "", e.detail, e.recorded_by)
            for e, name, number in rows
        )

    # --- status bar and audit -----------------------------------------------------------------------------
    def counts(self, as_of: date | None = None) -> RegistryCounts:
        with self._session() as session:
            residents, households = session.execute(
                select(func.count(Membership.id), func.count(func.distinct(Membership.household_id))).where(
                    repo.membership_at(as_of)
                )
            ).one()
            grids = session.scalar(select(func.count(Grid.id))) or 0
        return RegistryCounts(households=households, residents=residents, grids=grids)

    def audit_log(
        self, entity: str | None = None, entity_id: int | None = None, limit: int = 500, offset: int = 0
    ) -> list[AuditView]:
        stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        if entity is not None:
            stmt = stmt.where(AuditEntry.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == entity_id)
        with self._session() as session:
            return [
                AuditView(
                    a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.summary, a.before or "", a.after or ""
                )
                for a in session.execute(stmt).scalars()
            ]

    def audit_count(self) -> int:
        with self._session() as session:
            return session.scalar(select(func.count(AuditEntry.id))) or 0

    def events_between(self, start: date, end: date) -> Sequence[EventView]:
        with self._session() as session:
            return self._events(session, ResidentEvent.event_date.between(start, end))
