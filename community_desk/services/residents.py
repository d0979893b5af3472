"""Registry use cases that write: each public method is one user action, one transaction, audited.

Row values and snapshots come from registry_values, the lookups and household rules from RegistryGuards.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import Building, Grid, Household, Membership, Resident, ResidentEvent
from community_desk.db.repositories import residents as repo
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import codes
from community_desk.domain.residents import EventKind
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.errors import UserError
from community_desk.services.registry_guards import HEAD, RegistryGuards, existing_resident
from community_desk.services.registry_values import (
    format_address,
    household_snapshot,
    resident_snapshot,
    resident_values,
    search_text_of,
)
from community_desk.services.validation import check_relation, clean_text, validate_resident


class ResidentService(RegistryGuards):
    """Writes to the registry. Reads live in RegistryReader."""

    def __init__(self, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        self._factory = session_factory
        self._actor = actor

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    # --- address tree -------------------------------------------------------------------------------------
    def create_grid(self, name: str, note: str = "") -> int:
        name = clean_text(name)
        if not name:
            raise UserError("请填写网格名称", field="name")
        with self._uow() as uow:
            if uow.session.scalar(select(Grid.id).where(Grid.name == name)):
                raise UserError(f"网格“{name}”已存在", field="name")
            grid = Grid(name=name, note=clean_text(note))
            uow.session.add(grid)
            uow.session.flush()
            uow.audit("create", "grid", grid.id, f"新建网格 {name}", after={"name": name})
            return grid.id

    def create_building(self, grid_id: int, name: str) -> int:
        name = clean_text(name)
        if not name:
            raise UserError("请填写楼栋（院）名称", field="name")
        with self._uow() as uow:
            grid = uow.session.get(Grid, grid_id)
            if grid is None:
                raise UserError("所选网格不存在", field="grid")
            if uow.session.scalar(select(Building.id).where(Building.grid_id == grid_id, Building.name == name)):
                raise UserError(f"{grid.name}已有楼栋“{name}”", field="name")
            building = Building(grid_id=grid_id, name=name)
            uow.session.add(building)
            uow.session.flush()
            uow.audit("create", "building", building.id, f"新建楼栋 {grid.name}{name}", after={"name": name})
            return building.id

    # --- households ---------------------------------------------------------------------------------------
    def _place_household(self, session: Session, household: Household, data: HouseholdInput) -> None:
        building = session.get(Building, data.building_id)
        if building is None:
            raise UserError("请选择楼栋（院）", field="building")
        household.building_id = building.id
        household.unit = clean_text(data.unit)
        household.room = clean_text(data.room)
        household.address = format_address(building.grid.name, building.name, household.unit, household.room)
        household.residence_nature = data.residence_nature
        household.note = clean_text(data.note)

    def create_household(self, data: HouseholdInput, head: ResidentInput, moved_in_on: date) -> int:
        """A household always starts with its 户主, who moves in (迁入) on `moved_in_on`."""
        with self._uow() as uow:
            session = uow.session
            number = clean_text(data.household_no) or repo.next_household_no(session)
            if session.scalar(select(Household.id).where(Household.household_no == number)):
                raise UserError(f"户号“{number}”已被使用", field="household_no")
            household = Household(household_no=number, created_on=moved_in_on)
            self._place_household(session, household, data)
            session.add(household)
            session.flush()
            uow.audit(
                "create",
                "household",
                household.id,
                f"新建户 {number}（{household.address}）",
                after=household_snapshot(household),
            )
            self._add_member(uow, household, head, HEAD, moved_in_on, EventKind.MOVE_IN)
            return household.id

    def update_household(self, household_id: int, data: HouseholdInput, on: date | None = None) -> None:
        """Edits a household; a new address is recorded as a dated 地址变更 event and re-indexed for search."""
        with self._uow() as uow:
            session = uow.session
            household = self._household(session, household_id)
            before = household_snapshot(household)
            number = clean_text(data.household_no) or household.household_no
            if number != household.household_no and session.scalar(
                select(Household.id).where(Household.household_no == number)
            ):
                raise UserError(f"户号“{number}”已被使用", field="household_no")
            household.household_no = number
            self._place_household(session, household, data)
            after = household_snapshot(household)
            if before["address"] != after["address"]:
                session.add(
                    self._event(
                        uow,
                        EventKind.ADDRESS,
                        on or date.today(),
                        None,
                        household,
                        f"{before['address']} → {after['address']}",
                    )
                )
                for membership in repo.current_members(session, household.id):
                    self._reindex(membership.resident, household.address)
            uow.audit("update", "household", household.id, f"修改户 {number}", before=before, after=after)

    def remove_household(self, household_id: int, on: date | None = None) -> bool:
        """Removes an empty household: deleted if it never had members, else closed (注销) on `on`.

        Returns True when the row was deleted outright.
        """
        with self._uow() as uow:
            session = uow.session
            household = self._household(session, household_id)
            present = repo.current_members(session, household_id)
            if present:
                raise UserError(f"户 {household.household_no} 还有{len(present)}名成员，请先迁出或移到其他户")
            before = household_snapshot(household)
            ever = session.scalar(select(func.count()).where(Membership.household_id == household_id))
            if not ever:
                session.delete(household)
                uow.audit("delete", "household", household_id, f"删除户 {household.household_no}", before=before)
                return True
            household.closed_on = on or date.today()
            uow.audit(
                "close",
                "household",
                household_id,
                f"注销户 {household.household_no}",
                before=before,
                after=household_snapshot(household),
            )
            return False

    # --- members ------------------------------------------------------------------------------------------
    def add_member(
        self, household_id: int, data: ResidentInput, relation: str, on: date, kind: EventKind = EventKind.MOVE_IN
    ) -> int:
        """Adds a person to a household by 迁入 or 出生; returns the resident id."""
        if kind not in (EventKind.MOVE_IN, EventKind.BIRTH):
            raise ValueError(kind)
        with self._uow() as uow:
            household = self._household(uow.session, household_id)
            return self._add_member(uow, household, data, check_relation(relation), on, kind)

    def update_resident(self, resident_id: int, data: ResidentInput) -> tuple[str, ...]:
        """Saves edited fields; returns the ID warnings (e.g. birth date disagreeing) that stay flagged."""
        cleaned, warnings = validate_resident(data)
        with self._uow() as uow:
            resident = existing_resident(uow.session, resident_id)
            before = resident_snapshot(resident)
            self._check_unique_id(uow.session, cleaned.id_number, resident_id)
            self._apply(resident, cleaned)
            membership = repo.current_membership(uow.session, resident_id)
            self._reindex(resident, membership.household.address if membership else "")
            after = resident_snapshot(resident)
            uow.audit("update", "resident", resident_id, f"修改居民 {resident.name}", before=before, after=after)
        return warnings

    def change_relation(self, resident_id: int, relation: str, on: date) -> None:
        """户内变更: the old membership row ends, a new one begins; history keeps both."""
        relation = check_relation(relation)
        with self._uow() as uow:
            session = uow.session
            membership = self._membership(session, resident_id)
            if membership.relation == relation:
                raise UserError("与户主关系没有变化", field="relation")
            if relation == HEAD:
                self._check_no_other_head(session, membership.household_id, resident_id)
            old_name = codes.RELATIONS.name_of(membership.relation)
            new_name = codes.RELATIONS.name_of(relation)
            self._restart_membership(session, membership, membership.household_id, relation, on)
            session.add(
                self._event(
                    uow,
                    EventKind.CHANGE,
                    on,
                    membership.resident,
                    membership.household,
                    f"与户主关系 {old_name} → {new_name}",
                )
            )
            uow.audit(
                "update",
                "membership",
                resident_id,
                f"{membership.resident.name} 与户主关系 {old_name} → {new_name}",
                before={"relation": membership.relation},
                after={"relation": relation, "date": on},
            )

    def move_member(self, resident_id: int, household_id: int, relation: str, on: date) -> None:
        """Moves a resident to another household in the community (户内变更 recorded on both)."""
        relation = check_relation(relation)
        with self._uow() as uow:
            session = uow.session
            membership = self._membership(session, resident_id)
            target = self._household(session, household_id)
            if target.id == membership.household_id:
                raise UserError("目标户与现户相同", field="household")
            self._check_leaving_head(session, membership)
            if relation == HEAD:
                self._check_no_other_head(session, target.id, resident_id)
            source = membership.household
            resident = membership.resident
            self._restart_membership(session, membership, target.id, relation, on)
            detail = f"由户 {source.household_no} 转入户 {target.household_no}"
            session.add(self._event(uow, EventKind.CHANGE, on, resident, source, detail))
            session.add(self._event(uow, EventKind.CHANGE, on, resident, target, detail))
            self._reindex(resident, target.address)
            uow.audit(
                "move",
                "resident",
                resident_id,
                f"{resident.name} {detail}",
                before={"household_no": source.household_no},
                after={"household_no": target.household_no},
            )

    def move_out(self, resident_id: int, on: date, destination: str = "") -> None:
        """迁出: ends the membership; the person and their history stay on file."""
        self._end_membership(resident_id, on, EventKind.MOVE_OUT, clean_text(destination))

    def record_death(self, resident_id: int, on: date, note: str = "") -> None:
        self._end_membership(resident_id, on, EventKind.DEATH, clean_text(note))

    def remove_resident(self, resident_id: int) -> None:
        """Deletes a person entered by mistake, with their history; the audit keeps what was removed."""
        with self._uow() as uow:
            resident = existing_resident(uow.session, resident_id)
            membership = repo.current_membership(uow.session, resident_id)
            if membership is not None:
                self._check_leaving_head(uow.session, membership)
            before = resident_snapshot(resident)
            uow.session.execute(Membership.__table__.delete().where(Membership.resident_id == resident_id))
            uow.session.delete(resident)
            uow.audit("delete", "resident", resident_id, f"删除居民 {resident.name}（录入错误）", before=before)

    # --- helpers ------------------------------------------------------------------------------------------
    def _add_member(
        self, uow: UnitOfWork, household: Household, data: ResidentInput, relation: str, on: date, kind: EventKind
    ) -> int:
        session = uow.session
        if household.closed_on is not None:
            raise UserError(f"户 {household.household_no} 已注销")
        cleaned, _warnings = validate_resident(data)
        if kind == EventKind.BIRTH and cleaned.birth_date and cleaned.birth_date != on:
            raise UserError("出生登记的日期应与出生日期一致", field="birth_date")
        if cleaned.birth_date and on < cleaned.birth_date:
            raise UserError("迁入日期不能早于出生日期", field="date")
        if relation == HEAD:
            self._check_no_other_head(session, household.id, None)
        self._check_unique_id(session, cleaned.id_number, None)
        now = datetime.now().replace(microsecond=0)
        resident = Resident(created_at=now, updated_at=now)
        self._apply(resident, cleaned)
        self._reindex(resident, household.address)
        session.add(resident)
        try:
            session.flush()
        except IntegrityError as error:
            raise UserError("证件号码已登记，不能重复录入", field="id_number") from error
        session.add(Membership(resident_id=resident.id, household_id=household.id, relation=relation, start_date=on))
        session.add(self._event(uow, kind, on, resident, household, f"{kind.value}至户 {household.household_no}"))
        uow.audit(
            "create",
            "resident",
            resident.id,
            f"{kind.value}：{resident.name}（户 {household.household_no}，{codes.RELATIONS.name_of(relation)}）",
            after=resident_snapshot(resident),
        )
        return resident.id

    def _end_membership(self, resident_id: int, on: date, kind: EventKind, detail: str) -> None:
        with self._uow() as uow:
            session = uow.session
            membership = self._membership(session, resident_id)
            if on < membership.start_date:
                raise UserError(f"日期不能早于其入户日期 {membership.start_date.isoformat()}", field="date")
            self._check_leaving_head(session, membership)
            resident = membership.resident
            membership.end_date = on
            if kind == EventKind.DEATH:
                resident.death_date = on
            household = membership.household
            session.add(self._event(uow, kind, on, resident, household, detail))
            uow.audit(
                kind.name.lower(),
                "resident",
                resident_id,
                f"{kind.value}：{resident.name}（户 {household.household_no}）",
                before={"household_no": household.household_no},
                after={"date": on, "detail": detail},
            )

    @staticmethod
    def _apply(resident: Resident, data: ResidentInput) -> None:
        for name, value in resident_values(data).items():
            setattr(resident, name, value)
        resident.updated_at = datetime.now().replace(microsecond=0)

    @staticmethod
    def _reindex(resident: Resident, address: str) -> None:
        resident.search_text = search_text_of(resident_snapshot(resident), address)

    @staticmethod
    def _restart_membership(
        session: Session, membership: Membership, household_id: int, relation: str, on: date
    ) -> None:
        if on < membership.start_date:
            raise UserError(f"日期不能早于其入户日期 {membership.start_date.isoformat()}", field="date")
        membership.end_date = on
        session.add(
            Membership(resident_id=membership.resident_id, household_id=household_id, relation=relation, start_date=on)
        )

    def _event(
        self,
        uow: UnitOfWork,
        kind: EventKind,
        on: date,
        resident: Resident | None,
        household: Household | None,
        detail: str,
    ) -> ResidentEvent:
        return ResidentEvent(
            resident_id=resident.id if resident else None,
            household_id=household.id if household else None,
            kind=kind.value,
            event_date=on,
            detail=detail[:500],
            recorded_at=datetime.now().replace(microsecond=0),
            recorded_by=uow.actor,
        )
