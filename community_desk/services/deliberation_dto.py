"""群议厅 data that crosses into the UI: frozen dataclasses, never ORM objects, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from community_desk.domain.deliberation import DEFAULT_PLACE, DEFAULT_THRESHOLD, TopicQuery

__all__ = ["TopicQuery"]  # re-exported: the panel builds queries without reaching into domain/


# --- inputs -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonRef:
    """A person named on a form: picked from the registry (resident_id set) or typed in."""

    name: str
    resident_id: int | None = None


@dataclass(frozen=True)
class TopicInput:
    title: str
    category: str
    source: str
    signers: int | None = None  # 联名 N人
    proposers: tuple[PersonRef, ...] = ()
    description: str = ""
    threshold: str = DEFAULT_THRESHOLD


@dataclass(frozen=True)
class Participant:
    role: str
    name: str
    resident_id: int | None = None


@dataclass(frozen=True)
class PartyView:
    """各方意见: which side (a participant role) said what."""

    party: str
    content: str


@dataclass(frozen=True)
class MeetingInput:
    """A 协商会议 for one topic, or a calendar entry of a body's session taking up `topic_ids`."""

    held_on: date
    place: str = DEFAULT_PLACE
    host: str = ""
    attendance: int = 0
    body_id: int | None = None
    participants: tuple[Participant, ...] = ()
    views: tuple[PartyView, ...] = ()  # only for a topic's 协商 step
    note: str = ""
    topic_ids: tuple[int, ...] = ()  # only for calendar entries


@dataclass(frozen=True)
class MemberInput:
    person: PersonRef
    role: str
    since: date
    until: date | None = None


# --- views --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TopicRow:
    id: int
    number: str
    title: str
    category: str
    source: str
    step: str  # 表决 shows as 表决（未通过） after a failed vote
    last_date: date
    status: str


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str  # a Step value or PROGRESS
    title: str
    on_date: date
    summary: str
    details: tuple[tuple[str, str], ...] = ()  # (label, text) lines: participants, views, resolution text …
    recorded_by: str = ""


@dataclass(frozen=True)
class TopicDetail:
    id: int
    number: str
    title: str
    category: str
    source: str
    signers: int | None
    source_label: str
    proposers: tuple[PersonRef, ...]
    description: str
    threshold: str
    threshold_name: str
    step: str
    status: str
    vote_passed: bool | None
    last_date: date
    next_steps: tuple[str, ...]  # what the 下一步 button offers; empty when finished
    can_add_progress: bool
    publicity_end: date | None  # 落实 may start the day after
    last_attendance: int | None  # the latest 协商 meeting's 出席人数, the vote's default
    timeline: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True)
class BodyView:
    id: int
    name: str
    kind: str
    note: str
    members: int  # serving today


@dataclass(frozen=True)
class BodyMemberView:
    id: int
    body_id: int
    name: str
    resident_id: int | None
    role: str
    since: date
    until: date | None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: date
    body: str
    place: str
    host: str
    attendance: int
    topics: str
    note: str
