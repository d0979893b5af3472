"""Lookups and household rules that every registry write checks before it changes anything.

Each refuses with the UserError the dialog shows: a row someone else removed, a second 户主, a 户主 leaving other
members behind, a 证件号码 already on file. RegistryGuards is mixed into ResidentService.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from community_desk.db.models import Household, Membership, Resident
from community_desk.db.repositories import residents as repo
from community_desk.domain import codes
from community_desk.services.errors import UserError

HEAD = codes.HEAD_RELATION


def existing_resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise UserError("该居民已不存在（可能已被他人删除）")
    return resident


class RegistryGuards:
    """Static lookups and checks shared by ResidentService's writes."""

    @staticmethod
    def _check_unique_id(session: Session, id_number: str, resident_id: int | None) -> None:
        if not id_number:
            return
        other = session.execute(select(Resident.id, Resident.name).where(Resident.id_number == id_number)).first()
        if other is not None and other.id != resident_id:
            raise UserError(f"证件号码已登记在居民“{other.name}”名下，不能重复录入", field="id_number")

    @staticmethod
    def _check_no_other_head(session: Session, household_id: int, resident_id: int | None) -> None:
        for member in repo.current_members(session, household_id):
            if member.relation == HEAD and member.resident_id != resident_id:
                raise UserError(f"该户已有户主 {member.resident.name}，请先变更原户主的关系", field="relation")

    @staticmethod
    def _check_leaving_head(session: Session, membership: Membership) -> None:
        """A 户主 may leave only as the last member; otherwise the household must get a new head first."""
        if membership.relation != HEAD:
            return
        others = [m for m in repo.current_members(session, membership.household_id) if m.id != membership.id]
        if others:
            raise UserError("户主离开前请先通过“户内变更”指定新户主", field="relation")

    @staticmethod
    def _household(session: Session, household_id: int) -> Household:
        household = session.get(Household, household_id)
        if household is None:
            raise UserError("该户已不存在（可能已被他人删除）")
        return household

    @staticmethod
    def _membership(session: Session, resident_id: int) -> Membership:
        membership = repo.current_membership(session, resident_id)
        if membership is None:
            raise UserError("该居民目前不在任何户中（已迁出或已故）")
        return membership
