"""What crosses from the 活动 services into the UI, CLI and exports: frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class EventInput:
    """A one-off event (weekdays empty) or a weekly course from start's day to repeat_until."""

    name: str
    category: str
    place: str
    start: datetime
    end: datetime
    organiser: str = ""
    audience: str = ""
    capacity: int | None = None
    notes: str = ""
    press_text: str = ""
    weekdays: frozenset[int] = frozenset()
    repeat_until: date | None = None


@dataclass(frozen=True)
class OccurrenceView:
    """One occurrence on the calendar; (event_id, original) names it for sign-ups, sign-ins and exceptions."""

    event_id: int
    original: date
    name: str
    category: str
    place: str
    start: datetime
    end: datetime
    organiser: str
    capacity: int | None
    recurring: bool
    cancelled: bool
    moved: bool
    signups: int
    attendance: int

    @property
    def key(self) -> str:
        return f"{self.event_id}:{self.original.isoformat()}"


@dataclass(frozen=True)
class EventDetail:
    id: int
    data: EventInput
    rule_label: str


@dataclass(frozen=True)
class PersonEntry:
    id: int
    name: str
    resident_id: int | None
    at: datetime
    volunteer_id: int | None = None
    service_record_id: int | None = None
    phone: str = ""


@dataclass(frozen=True)
class Reminder:
    kind: str  # 本周活动 / 寿辰 / 重阳
    text: str
    day: date | None = None


@dataclass(frozen=True)
class AffectedRecord:
    """A volunteer service record whose times came from an occurrence whose times have changed."""

    attendance_id: int
    record_id: int
    name: str
    original: date
    start: datetime
    end: datetime


DEFAULT_START = time(9)
