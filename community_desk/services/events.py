"""活动 use cases: events and courses, exceptions, 报名 with 名额, 签到 of residents and volunteers.

Reads come from EventReader (plain sqlite3). Every write is one unit of work with one audit row; a room that is
already booked at an overlapping time is refused with the clashing event named.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import Resident
from community_desk.db.models.events import Event, EventAttendance, EventException, EventSignup
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import calendar as rules
from community_desk.services.errors import UserError
from community_desk.services.events_dto import AffectedRecord, EventInput
from community_desk.services.events_reads import EventReader, occurrences_of
from community_desk.services.validation import clean_text


def event_values(data: EventInput) -> dict[str, Any]:
    name = clean_text(data.name)
    if not name:
        raise UserError("请填写活动名称", field="name")
    if data.category not in rules.CATEGORIES:
        raise UserError("请选择活动类别", field="category")
    start, end = data.start.replace(second=0, microsecond=0), data.end.replace(second=0, microsecond=0)
    if end <= start:
        raise UserError("结束时间应晚于开始时间", field="end")
    if data.capacity is not None and data.capacity < 0:
        raise UserError("名额不能为负数", field="capacity")
    weekdays = sorted(data.weekdays)
    if weekdays:
        if end.date() != start.date():
            raise UserError("每周重复的课程须在当天结束", field="end")
        if data.repeat_until is None or data.repeat_until < start.date():
            raise UserError("请填写重复截止日期（不早于开始日期）", field="repeat_until")
        if (data.repeat_until - start.date()).days > 366:
            raise UserError("重复课程最长一年，请分期登记", field="repeat_until")
    return {
        "name": name,
        "category": data.category,
        "place": clean_text(data.place),
        "start": start,
        "end": end,
        "weekdays": ",".join(str(d) for d in weekdays),
        "last_day": data.repeat_until if weekdays else end.date(),
        "organiser": clean_text(data.organiser),
        "audience": clean_text(data.audience),
        "capacity": data.capacity,
        "notes": (data.notes or "").strip(),
        "press_text": (data.press_text or "").strip(),
    }


class EventService(EventReader):
    """Everything the 活动 tab calls. `volunteers` returns the 志愿 service when it is installed."""

    def __init__(
        self,
        db_path: Path,
        session_factory: sessionmaker[Session],
        actor: str | None = None,
        volunteers: Callable[[], Any] | None = None,
    ) -> None:
        EventReader.__init__(self, db_path)
        self._factory = session_factory
        self._actor = actor
        self._volunteers = volunteers

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    # --- events -----------------------------------------------------------------------------------------------------
    def _check_room(
        self, data: EventInput, exclude: int | None = None, exceptions: list[rules.Exception_] | None = None
    ) -> None:
        if clean_text(data.place) in rules.UNBOOKED_PLACES:
            return
        first, last = data.start.date(), data.repeat_until if data.weekdays and data.repeat_until else data.end.date()
        mine = [
            rules.Booking(data.place, o.start, o.end)
            for o in occurrences_of(data, exceptions or [], first, last)
            if not o.cancelled
        ]
        theirs = [
            rules.Booking(o.place, o.start, o.end, o.name)
            for o in self.between(first, last)
            if o.event_id != exclude and not o.cancelled and o.place == data.place
        ]
        clash = rules.conflicts(mine, theirs)
        if clash:
            other = clash[0][1]
            raise UserError(
                f"{data.place} 在 {other.start:%Y-%m-%d %H:%M}–{other.end:%H:%M} 已安排「{other.label}」，不能重复预约",
                field="place",
            )

    def create_event(self, data: EventInput) -> int:
        values = event_values(data)
        self._check_room(data)
        with self._uow() as uow:
            now = datetime.now().replace(microsecond=0)
            event = Event(**values, created_at=now, updated_at=now)
            uow.session.add(event)
            uow.session.flush()
            uow.audit(
                "create", "event", event.id, f"新增活动 {values['name']}（{values['start']:%Y-%m-%d}）", after=values
            )
            return event.id

    def update_event(self, event_id: int, data: EventInput) -> list[AffectedRecord]:
        """Returns the volunteer service records whose times no longer match, for the dialog to offer an update."""
        values = event_values(data)
        exceptions = self._exceptions(event_id)
        self._check_room(data, exclude=event_id, exceptions=exceptions)
        with self._uow() as uow:
            event = uow.session.get(Event, event_id)
            if event is None:
                raise UserError("该活动已不存在（可能已被删除）")
            before = {name: getattr(event, name) for name in values}
            for name, value in values.items():
                setattr(event, name, value)
            event.updated_at = datetime.now().replace(microsecond=0)
            uow.audit("update", "event", event_id, f"修改活动 {values['name']}", before, values)
        return self.stale_service_records(event_id)

    def delete_event(self, event_id: int) -> None:
        with self._uow() as uow:
            event = uow.session.get(Event, event_id)
            if event is None:
                raise UserError("该活动已不存在（可能已被删除）")
            uow.audit("delete", "event", event_id, f"删除活动 {event.name}", before={"name": event.name})
            uow.session.delete(event)

    def _exceptions(self, event_id: int) -> list[rules.Exception_]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(EventException).where(EventException.event_id == event_id)).all()
            return [rules.Exception_(r.occurrence_date, r.cancelled, r.new_start, r.new_end) for r in rows]

    # --- exceptions -------------------------------------------------------------------------------------------------
    def cancel_occurrence(self, event_id: int, day: date) -> None:
        self._set_exception(event_id, day, True, None, None, "取消")

    def move_occurrence(self, event_id: int, day: date, start: datetime, end: datetime) -> list[AffectedRecord]:
        if end <= start:
            raise UserError("结束时间应晚于开始时间", field="end")
        detail = self.event(event_id)
        if detail is None:
            raise UserError("该活动已不存在（可能已被删除）")
        moved = EventInput(
            **{**detail.data.__dict__, "start": start, "end": end, "weekdays": frozenset(), "repeat_until": None}
        )
        self._check_room(moved, exclude=event_id)
        self._set_exception(event_id, day, False, start, end, "调整")
        return self.stale_service_records(event_id)

    def restore_occurrence(self, event_id: int, day: date) -> None:
        with self._uow() as uow:
            row = uow.session.scalar(
                select(EventException).where(EventException.event_id == event_id, EventException.occurrence_date == day)
            )
            if row is not None:
                uow.session.delete(row)
                uow.audit("delete", "event_exception", event_id, f"恢复活动 {day:%Y-%m-%d} 场次")

    def _set_exception(
        self, event_id: int, day: date, cancelled: bool, start: datetime | None, end: datetime | None, verb: str
    ) -> None:
        with self._uow() as uow:
            event = uow.session.get(Event, event_id)
            if event is None:
                raise UserError("该活动已不存在（可能已被删除）")
            row = uow.session.scalar(
                select(EventException).where(EventException.event_id == event_id, EventException.occurrence_date == day)
            )
            if row is None:
                row = EventException(event_id=event_id, occurrence_date=day)
                uow.session.add(row)
            row.cancelled, row.new_start, row.new_end = cancelled, start, end
            uow.audit(
                "update",
                "event_exception",
                event_id,
                f"{verb}活动 {event.name} {day:%Y-%m-%d} 场次",
                after={"cancelled": cancelled, "start": start, "end": end},
            )

    # --- 报名 / 签到 -------------------------------------------------------------------------------------------------
    def sign_up(self, event_id: int, day: date, name: str = "", resident_id: int | None = None, phone: str = "") -> int:
        with self._uow() as uow:
            event = uow.session.get(Event, event_id)
            if event is None:
                raise UserError("该活动已不存在（可能已被删除）")
            name = self._person_name(uow.session, name, resident_id)
            taken = uow.session.query(EventSignup).filter_by(event_id=event_id, occurrence_date=day).count()
            if event.capacity is not None and taken >= event.capacity:
                raise UserError(f"名额已满（{event.capacity}人）")
            if (
                resident_id is not None
                and uow.session.query(EventSignup)
                .filter_by(event_id=event_id, occurrence_date=day, resident_id=resident_id)
                .count()
            ):
                raise UserError(f"{name} 已报名")
            row = EventSignup(
                event_id=event_id,
                occurrence_date=day,
                resident_id=resident_id,
                name=name,
                phone=clean_text(phone),
                signed_up_at=datetime.now().replace(microsecond=0),
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "event_signup", row.id, f"{name} 报名 {event.name}（{day:%Y-%m-%d}）")
            return row.id

    def remove_signup(self, signup_id: int) -> None:
        with self._uow() as uow:
            row = uow.session.get(EventSignup, signup_id)
            if row is None:
                raise UserError("该报名已不存在")
            uow.audit("delete", "event_signup", signup_id, f"取消报名 {row.name}")
            uow.session.delete(row)

    def sign_in(
        self,
        event_id: int,
        day: date,
        name: str = "",
        resident_id: int | None = None,
        volunteer_id: int | None = None,
        at: datetime | None = None,
    ) -> int:
        """签到; a volunteer's sign-in also records their service for this occurrence (one source of truth)."""
        from community_desk.services.events_service_link import record_volunteer_service

        occurrence = self.occurrence(event_id, day)
        if occurrence is None:
            raise UserError("该场次不存在（可能已调整或删除）")
        record_id = None
        if volunteer_id is not None:
            record_id = record_volunteer_service(self, volunteer_id, event_id, occurrence)
        try:
            with self._uow() as uow:
                event = uow.session.get(Event, event_id)
                if event is None:
                    raise UserError("该活动已不存在（可能已被删除）")
                if volunteer_id is not None and not clean_text(name) and resident_id is None:
                    name = self.volunteer_service().volunteer(volunteer_id).name
                name = self._person_name(uow.session, name, resident_id)
                row = EventAttendance(
                    event_id=event_id,
                    occurrence_date=day,
                    resident_id=resident_id,
                    volunteer_id=volunteer_id,
                    name=name,
                    service_record_id=record_id,
                    signed_in_at=(at or datetime.now()).replace(second=0, microsecond=0),
                )
                uow.session.add(row)
                uow.session.flush()
                who = "志愿者" if volunteer_id else "居民"
                uow.audit(
                    "create",
                    "event_attendance",
                    row.id,
                    f"{who} {name} 签到 {event.name}（{day:%Y-%m-%d}）",
                    after={"service_record_id": record_id},
                )
                return row.id
        except BaseException:
            if record_id is not None:  # no service record without its sign-in
                self.volunteer_service().delete_service(record_id)
            raise

    def volunteer_service(self) -> Any:
        if self._volunteers is None:
            raise UserError("志愿者模块不可用，无法登记志愿者签到")
        return self._volunteers()

    def update_service_records(self, records: list[AffectedRecord]) -> None:
        from community_desk.services.events_service_link import apply_updates

        apply_updates(self, records)

    def remove_attendance(self, attendance_id: int) -> None:
        with self._uow() as uow:
            row = uow.session.get(EventAttendance, attendance_id)
            if row is None:
                raise UserError("该签到已不存在")
            uow.audit("delete", "event_attendance", attendance_id, f"删除签到 {row.name}")
            uow.session.delete(row)

    @staticmethod
    def _person_name(session: Session, name: str, resident_id: int | None) -> str:
        if resident_id is not None:
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise UserError("所选居民已不存在")
            return clean_text(name) or resident.name
        if not clean_text(name):
            raise UserError("请填写姓名", field="name")
        return clean_text(name)

    def occurrence(self, event_id: int, day: date) -> rules.Occurrence | None:
        """The occurrence whose original day is `day`, wherever it was moved to (moves stay within two months)."""
        detail = self.event(event_id)
        if detail is None:
            return None
        window = (day - timedelta(days=62), day + timedelta(days=62))
        found = occurrences_of(detail.data, self._exceptions(event_id), *window)
        return next((o for o in found if o.original == day), None)

    def stale_service_records(self, event_id: int) -> list[AffectedRecord]:
        from community_desk.services.events_service_link import stale_records

        return stale_records(self, event_id)
