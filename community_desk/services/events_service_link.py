"""A volunteer's 签到 at an event is their service record: the 志愿 service writes it, keyed by the occurrence.

The record's key ("event_id:YYYY-MM-DD", the occurrence's original day) lets a later change of the event's times
find the records that were copied from the old times, so the dialog can offer to update them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from community_desk.domain import calendar as rules
from community_desk.services.events_dto import AffectedRecord

if TYPE_CHECKING:
    from community_desk.services.events import EventService

SERVICE_CATEGORY = {
    "便民服务": "便民服务",
    "文化": "文体活动",
    "体育": "文体活动",
    "节日": "文体活动",
    "党建": "政策宣传",
    "议事": "政策宣传",
    "教育培训": "政策宣传",
    "志愿服务": "其他",
}


def occurrence_key(event_id: int, occurrence: rules.Occurrence) -> str:
    return f"{event_id}:{occurrence.original.isoformat()}"


def record_volunteer_service(events: EventService, volunteer_id: int, event_id: int, occ: rules.Occurrence) -> int:
    """Writes the service record for this occurrence's times and returns its id (refusals come as UserError)."""
    from community_desk.services.volunteer_dto import ServiceRecordInput

    detail = events.event(event_id)
    assert detail is not None
    data = detail.data
    return events.volunteer_service().record_service(
        volunteer_id,
        ServiceRecordInput(
            start=occ.start,
            end=occ.end,
            content=data.name,
            category=SERVICE_CATEGORY.get(data.category, "其他"),
            organiser=data.organiser,
            place=data.place,
            confirmed_by=data.organiser,
            event_occurrence_key=occurrence_key(event_id, occ),
        ),
    )


def stale_records(events: EventService, event_id: int) -> list[AffectedRecord]:
    """Service records linked to this event's sign-ins whose times differ from their occurrence's times now."""
    with events._connection() as connection:
        rows = connection.execute(
            "SELECT id, occurrence_date, service_record_id, name FROM event_attendance "
            "WHERE event_id = ? AND service_record_id IS NOT NULL",
            (event_id,),
        ).fetchall()
    if not rows:
        return []
    volunteers = events.volunteer_service()
    found = []
    for row in rows:
        record = volunteers.service_record(row["service_record_id"])
        occ = events.occurrence(event_id, rules.date.fromisoformat(row["occurrence_date"]))
        if record is None or occ is None or occ.cancelled:
            continue
        if (record.start, record.end) != (occ.start, occ.end):
            found.append(AffectedRecord(row["id"], record.id, row["name"], occ.original, occ.start, occ.end))
    return found


def apply_updates(events: EventService, records: list[AffectedRecord]) -> None:
    """The clerk said yes: each record takes its occurrence's new times (the 志愿 service audits each one)."""
    volunteers = events.volunteer_service()
    for record in records:
        volunteers.update_service_times(record.record_id, record.start, record.end)
