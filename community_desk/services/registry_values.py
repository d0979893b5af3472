"""What a registry row holds: column values, audit snapshots, search text and the address string.

Hand entry (ResidentService) and the 台账 import (import_writer) both go through these, so an imported person or
household is stored exactly as one typed in; they are plain functions over ORM rows and DTOs, no session needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from community_desk.db.models import Household, Resident
from community_desk.domain.residents import build_search_text, pinyin_keys
from community_desk.services.dto import RESIDENT_FIELDS, ResidentInput


def resident_snapshot(resident: Resident) -> dict[str, Any]:
    return {name: getattr(resident, name) for name in RESIDENT_FIELDS}


def resident_values(data: ResidentInput) -> dict[str, Any]:
    """Column values stored for validated input; hand entry and the 台账 import both go through here."""
    full, initials = pinyin_keys(data.name)
    values = {name: getattr(data, name) for name in RESIDENT_FIELDS}
    values.update(id_number=data.id_number or None, name_pinyin=full, name_initials=initials)
    return values


def search_text_of(values: Mapping[str, Any], address: str) -> str:
    """resident.search_text from a resident's values and its household's address (what the FTS index sees)."""
    return build_search_text(
        name=values["name"],
        former_name=values["former_name"],
        id_number=values["id_number"],
        phone=values["phone"],
        address=address,
        hukou_address=values["hukou_address"],
    )


def household_snapshot(household: Household) -> dict[str, Any]:
    return {
        "household_no": household.household_no,
        "building_id": household.building_id,
        "unit": household.unit,
        "room": household.room,
        "address": household.address,
        "residence_nature": household.residence_nature,
        "note": household.note,
        "closed_on": household.closed_on,
    }


def format_address(grid: str, building: str, unit: str, room: str) -> str:
    """示范社区 style address: 3号楼2单元501室; a 院 without units reads 幸福院12号."""
    parts = [building]
    if unit:
        parts.append(unit if unit.endswith("单元") else f"{unit}单元")
    if room:
        parts.append(room if room.endswith(("室", "号")) else f"{room}室")
    return "".join(parts)
