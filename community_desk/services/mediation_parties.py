"""当事人 of a case: checked as entered, and filled from the registry where a party is a linked resident.

A linked party keeps its own copy of the details (the 卷宗 shows the person as they were at 受理); only the
fields the clerk left blank are taken from the registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from community_desk.db.models import Household, Membership, Resident
from community_desk.db.models.mediation import CaseParty
from community_desk.domain import codes
from community_desk.domain import mediation as rules
from community_desk.domain.idcard import InvalidIdNumber, parse_id_number
from community_desk.domain.residents import age_on
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import PartyInput
from community_desk.services.validation import clean_text

PARTY_FIELDS = (
    "role",
    "name",
    "resident_id",
    "gender",
    "age",
    "id_number",
    "ethnicity",
    "occupation",
    "address",
    "phone",
)
MAX_AGE = 130


def party_snapshot(party: CaseParty) -> dict[str, Any]:
    return {name: getattr(party, name) for name in PARTY_FIELDS}


def registry_values(session: Session, resident_id: int, on: date) -> dict[str, Any]:
    """A resident's details as a party's would read them on `on` (受理日期)."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise UserError("所选居民已不存在", field="parties")
    address = session.scalar(
        select(Household.address)
        .join(Membership, Membership.household_id == Household.id)
        .where(Membership.resident_id == resident_id, Membership.end_date.is_(None))
    )
    return {
        "name": resident.name,
        "gender": resident.gender if resident.gender in ("1", "2") else "",
        "age": age_on(resident.birth_date, on) if resident.birth_date else None,
        "id_number": resident.id_number or "",
        "ethnicity": resident.ethnicity,
        "occupation": resident.employer,
        "address": address or resident.hukou_address,
        "phone": resident.phone,
    }


def clean_party(session: Session, data: PartyInput, on: date, index: int) -> CaseParty:
    label = f"第{index + 1}位当事人"
    if data.role not in rules.PARTY_ROLES:
        raise UserError(f"{label}：请选择申请人或被申请人", field="parties")
    values: dict[str, Any] = {
        "name": clean_text(data.name),
        "gender": data.gender,
        "age": data.age,
        "id_number": clean_text(data.id_number).upper(),
        "ethnicity": data.ethnicity,
        "occupation": clean_text(data.occupation),
        "address": clean_text(data.address),
        "phone": clean_text(data.phone),
    }
    if data.resident_id is not None:
        known = registry_values(session, data.resident_id, on)
        values = {k: v if v not in ("", None) else known[k] for k, v in values.items()}
    if not values["name"]:
        raise UserError(f"{label}：请填写姓名", field="parties")
    if values["gender"] and values["gender"] not in codes.GENDERS:
        raise UserError(f"{label}：性别不正确", field="parties")
    if values["ethnicity"] and values["ethnicity"] not in codes.ETHNICITIES:
        raise UserError(f"{label}：民族不正确", field="parties")
    if values["age"] is not None and not 0 <= values["age"] <= MAX_AGE:
        raise UserError(f"{label}：年龄应在0至{MAX_AGE}之间", field="parties")
    if values["id_number"] and data.resident_id is None:
        try:
            info = parse_id_number(values["id_number"], today=on)
        except InvalidIdNumber as error:
            raise UserError(f"{label}：{error}", field="parties") from None
        values["id_number"] = info.number
        if values["age"] is None and info.birth_date:
            values["age"] = age_on(info.birth_date, on)
        if not values["gender"] and info.sex in ("1", "2"):
            values["gender"] = info.sex
    return CaseParty(role=data.role, position=index, resident_id=data.resident_id, **values)


def clean_parties(session: Session, parties: Sequence[PartyInput], on: date) -> list[CaseParty]:
    """Every party checked; a dispute has two sides, so at least one 申请人 and one 被申请人."""
    cleaned = [clean_party(session, party, on, index) for index, party in enumerate(parties)]
    roles = {party.role for party in cleaned}
    if not set(rules.PARTY_ROLES.codes()) <= roles:
        raise UserError("请至少登记一名申请人和一名被申请人", field="parties")
    return cleaned
