"""What crosses into the UI: frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from community_desk.domain.residents import ResidentQuery

__all__ = ["ResidentQuery"]  # re-exported: the UI builds queries without reaching into domain/


@dataclass(frozen=True)
class ResidentRow:
    id: int
    name: str
    gender: str
    birth_date: date | None
    age: int | None
    id_type: str
    id_number: str
    relation: str
    household_id: int
    household_no: str
    grid: str
    address: str
    phone: str
    category: str
    tags: str
    warning: str


@dataclass(frozen=True)
class TreeNode:
    """One node of the 网格 → 楼栋 → 单元 → 房号 → 户 tree; `kind` says which level."""

    kind: str  # "grid" | "building" | "unit" | "room" | "household"
    label: str
    grid_id: int | None = None
    building_id: int | None = None
    unit: str | None = None
    room: str | None = None
    household_id: int | None = None
    count: int = 0


@dataclass(frozen=True)
class ResidentInput:
    """A member's editable fields as the dialog collects them (codes, not names)."""

    name: str
    id_type: str = "居民身份证"
    id_number: str = ""
    gender: str = ""
    birth_date: date | None = None
    ethnicity: str = "01"
    former_name: str = ""
    phone: str = ""
    hukou_address: str = ""
    political_status: str = "13"
    education: str = ""
    marital_status: str = ""
    religion: str = ""
    employer: str = ""
    military_service: str = ""
    category: str = "1"
    arrived_on: date | None = None
    stay_reason: str = ""
    note: str = ""


RESIDENT_FIELDS: tuple[str, ...] = tuple(ResidentInput.__dataclass_fields__)


@dataclass(frozen=True)
class HouseholdInput:
    building_id: int
    unit: str
    room: str
    household_no: str = ""  # blank: numbered automatically
    residence_nature: str = ""
    note: str = ""


@dataclass(frozen=True)
class TagView:
    id: int
    kind: str
    start_date: date
    end_date: date | None
    detail: str
    note: str


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    event_date: date
    resident_name: str
    household_no: str
    detail: str
    recorded_by: str


@dataclass(frozen=True)
class MembershipView:
    household_no: str
    address: str
    relation: str
    start_date: date
    end_date: date | None


@dataclass(frozen=True)
class ResidentDetail:
    id: int
    values: ResidentInput
    household_id: int | None
    household_no: str
    relation: str  # code
    death_date: date | None
    warnings: tuple[str, ...]
    tags: tuple[TagView, ...] = ()
    memberships: tuple[MembershipView, ...] = ()
    events: tuple[EventView, ...] = ()


@dataclass(frozen=True)
class MemberView:
    resident_id: int
    name: str
    relation: str  # display name
    relation_code: str
    gender: str
    birth_date: date | None
    id_number: str
    phone: str
    since: date


@dataclass(frozen=True)
class HouseholdDetail:
    id: int
    household_no: str
    grid_id: int
    grid: str
    building_id: int
    building: str
    unit: str
    room: str
    address: str
    residence_nature: str
    note: str
    created_on: date
    closed_on: date | None
    members: tuple[MemberView, ...] = ()
    events: tuple[EventView, ...] = ()


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: str
    after: str


@dataclass(frozen=True)
class RegistryCounts:
    households: int
    residents: int
    grids: int


@dataclass(frozen=True)
class NamedId:
    id: int
    name: str
    extra: dict[str, str] = field(default_factory=dict)
