"""What crosses between the 志愿 tab (and the 活动 calendar) and the volunteer service: inputs and views."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class VolunteerInput:
    """With `resident_id` set, name/ID/phone/sex/birth date come from the registry and the typed ones are ignored."""

    resident_id: int | None = None
    name: str = ""
    id_type: str = "居民身份证"
    id_number: str = ""
    gender: str = ""
    birth_date: date | None = None
    phone: str = ""
    political_status: str = ""
    skills: str = ""
    registered_on: date | None = None
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class ServiceRecordInput:
    start: datetime
    end: datetime
    content: str
    category: str
    organiser: str = ""
    place: str = ""
    confirmed_by: str = ""
    event_occurrence_key: str | None = None
    team_id: int | None = None


@dataclass(frozen=True)
class OutingInput:
    """A team's outing: one activity, many volunteers; `times` overrides start/end per volunteer id."""

    record: ServiceRecordInput
    volunteer_ids: tuple[int, ...]
    times: dict[int, tuple[datetime, datetime]] = field(default_factory=dict)


@dataclass(frozen=True)
class TeamInput:
    name: str
    note: str = ""
    active: bool = True


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    number: str
    name: str
    gender: str
    age: int | None
    phone: str
    id_type: str
    id_number: str
    political_status: str
    skills: str
    teams: str
    registered_on: date
    active: bool
    minutes: int
    resident_id: int | None
    birth_date: date | None = None


@dataclass(frozen=True)
class ServiceRecordRow:
    id: int
    volunteer_id: int
    volunteer_number: str
    volunteer_name: str
    start: datetime
    end: datetime
    minutes: int
    content: str
    category: str
    organiser: str
    place: str
    confirmed_by: str
    team_name: str
    event_occurrence_key: str | None


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    note: str
    active: bool
    leaders: str
    members: int


@dataclass(frozen=True)
class TeamMemberRow:
    id: int
    team_id: int
    team_name: str
    volunteer_id: int
    volunteer_number: str
    volunteer_name: str
    role: str
    joined_on: date
    left_on: date | None


@dataclass(frozen=True)
class HoursRow:
    """One line of an hours table: a key (volunteer, team, category or month), times and minutes."""

    key: str
    label: str
    times: int
    minutes: int


@dataclass(frozen=True)
class StarRow:
    volunteer_id: int
    number: str
    name: str
    minutes: int
    level: str
    next_level: str
    missing_hours: float | None


@dataclass(frozen=True)
class CertificateRow:
    id: int
    number: str
    volunteer_id: int
    volunteer_number: str
    volunteer_name: str
    period_from: date
    period_to: date
    minutes: int
    issued_on: date
    print_count: int


@dataclass(frozen=True)
class CertificateData:
    """Everything a 志愿服务记录证明 prints (民发〔2015〕149号)."""

    number: str
    name: str
    id_type: str
    id_number: str
    volunteer_number: str
    period_from: date
    period_to: date
    minutes: int
    content: str
    issuer: str
    responsible: str
    handler: str
    issued_on: date
    records: tuple[ServiceRecordRow, ...] = ()
