"""Writes the planned demo community with Core bulk inserts in chunks, ids assigned here.

Bulk generation is not a clerk's action, so rows go in here rather than through ResidentService; the rows follow
the same rules the service keeps (pinyin and search text filled, every member with a dated membership and a
迁入/出生 event, at most one current 户主 per household). The FTS index is rebuilt once at the end, not row by row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from community_desk.db.models import Building, Grid, Household, Membership, Resident, ResidentEvent, SpecialTag
from community_desk.db.repositories.residents import fts_trigger_suspended
from community_desk.domain.demo_people import HouseholdPlan, Person
from community_desk.domain.residents import build_search_text, pinyin_keys

RECORDED_BY = "演示数据"
CHUNK = 2000  # households per bulk insert; also the progress step
REBUILD_FTS = "INSERT INTO resident_fts(resident_fts) VALUES ('rebuild')"  # one pass: 3× faster than per row
TABLES = {  # insert order: parents before children (foreign keys are on)
    "household": Household.__table__,
    "resident": Resident.__table__,
    "membership": Membership.__table__,
    "resident_event": ResidentEvent.__table__,
    "special_tag": SpecialTag.__table__,
}
RESIDENT_COLUMNS = tuple(name for name in Person.__dataclass_fields__ if name in Resident.__table__.c)


@dataclass(frozen=True)
class DemoSummary:
    """What was generated, for the CLI's message and the audit row."""

    households: int
    residents: int
    grids: int
    buildings: int
    events: int
    tags: int


def write_plans(
    session: Session,
    grids: list[str],
    buildings: list[tuple[int, str]],
    slots: list[tuple[int, str, str, str]],
    plans: list[HouseholdPlan],
    report: Callable[[int], None],
) -> DemoSummary:
    """Core bulk inserts with ids assigned here, so memberships and events can point at rows not yet written."""
    grid_base = _next_id(session, Grid)
    building_base = _next_id(session, Building)
    session.execute(insert(Grid.__table__), [{"id": grid_base + i, "name": n, "note": ""} for i, n in enumerate(grids)])
    session.execute(
        insert(Building.__table__),
        [{"id": building_base + i, "grid_id": grid_base + g, "name": n} for i, (g, n) in enumerate(buildings)],
    )
    ids = [_next_id(session, Household), _next_id(session, Resident)]
    now = datetime.now().replace(microsecond=0)
    counts = dict.fromkeys(TABLES, 0)
    with fts_trigger_suspended(session, REBUILD_FTS):
        for first in range(0, len(plans), CHUNK):
            rows = _chunk_rows(slots[first : first + CHUNK], plans[first : first + CHUNK], building_base, ids, now)
            for table, chunk in zip(TABLES.values(), rows, strict=True):
                if chunk:
                    session.execute(insert(table), chunk)
            for key, chunk in zip(TABLES, rows, strict=True):
                counts[key] += len(chunk)
            report(min(first + CHUNK, len(plans)))
    return DemoSummary(
        households=counts["household"],
        residents=counts["resident"],
        grids=len(grids),
        buildings=len(buildings),
        events=counts["resident_event"],
        tags=counts["special_tag"],
    )


def _chunk_rows(
    slots: list[tuple[int, str, str, str]],
    plans: list[HouseholdPlan],
    building_base: int,
    ids: list[int],
    now: datetime,
) -> tuple[list[dict[str, Any]], ...]:
    """Rows for one chunk in TABLES order; `ids` holds the next household and resident id and is advanced."""
    rows: tuple[list[dict[str, Any]], ...] = ([], [], [], [], [])
    households, residents, memberships, events, tags = rows
    household_id, resident_id = ids
    for slot, plan in zip(slots, plans, strict=True):
        households.append(
            {
                "id": household_id,
                "household_no": plan.number,
                "building_id": building_base + slot[0],
                "unit": slot[1],
                "room": slot[2],
                "address": plan.address,
                "residence_nature": plan.residence_nature,
                "note": "",
                "created_on": plan.created_on,
                "closed_on": plan.closed_on,
            }
        )
        for person in plan.members:
            residents.append(_resident_row(resident_id, person, plan.address, now))
            owner = {"resident_id": resident_id, "household_id": household_id}
            memberships.extend(
                owner | {"relation": s.relation, "start_date": s.start, "end_date": s.end} for s in person.stints
            )
            events.extend(
                owner
                | {
                    "kind": kind,
                    "event_date": on,
                    "detail": detail,
                    "recorded_at": datetime.combine(on, time(9, 30)),
                    "recorded_by": RECORDED_BY,
                }
                for kind, on, detail in person.events
            )
            tags.extend(
                {
                    "resident_id": resident_id,
                    "kind": t.kind,
                    "start_date": t.start,
                    "end_date": t.end,
                    "detail": t.detail,
                    "note": "",
                }
                for t in person.tags
            )
            resident_id += 1
        household_id += 1
    ids[:] = [household_id, resident_id]
    return rows


def _resident_row(resident_id: int, person: Person, address: str, now: datetime) -> dict[str, Any]:
    full, initials = pinyin_keys(person.name)
    search_text = build_search_text(
        name=person.name,
        id_number=person.id_number,
        phone=person.phone,
        address=address,
        hukou_address=person.hukou_address,
    )
    row = {name: getattr(person, name) for name in RESIDENT_COLUMNS}
    return row | {
        "id": resident_id,
        "former_name": "",
        "name_pinyin": full,
        "name_initials": initials,
        "search_text": search_text,
        "created_at": now,
        "updated_at": now,
    }


def _next_id(session: Session, model: type[Any]) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1
