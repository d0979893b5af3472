"""What crosses between the 调解 tab and the mediation service: inputs as dialogs collect them, views as shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, TypeVar

from community_desk.domain.mediation import (
    DEFAULT_LEVEL,
    DEFAULT_RETENTION,
    FOLLOWUP_DAYS,
    CaseStatus,
    Clock,
    VisitState,
)

V = TypeVar("V")
# Filters of the case list besides the seven statuses.
DUE_SOON, OVERDUE, AWAITING_VISIT = "即将超期", "已超期", "待回访"
CASE_FILTERS: tuple[str, ...] = (*(s.value for s in CaseStatus), DUE_SOON, OVERDUE, AWAITING_VISIT)


# --- 调解员 -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MediatorInput:
    name: str
    kind: str
    phone: str = ""
    active: bool = True
    resident_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class MediatorView:
    id: int
    name: str
    kind: str
    phone: str
    active: bool
    resident_id: int | None
    note: str
    cases: int = 0  # cases naming this mediator
    open_cases: int = 0


# --- 恳谈/来访 ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TalkInput:
    talked_at: datetime
    visitor_name: str
    channel: str = "来访"
    contact: str = ""
    resident_id: int | None = None
    subject: str = ""
    reply: str = ""
    needs_followup: bool = False
    followup_by: str = ""
    result: str = ""
    followup_done: bool = False


@dataclass(frozen=True)
class TalkView:
    id: int
    values: TalkInput

    @property
    def followup_open(self) -> bool:
        return self.values.needs_followup and not self.values.followup_done


@dataclass(frozen=True)
class TalkQuery:
    text: str = ""
    month: str = ""  # "2026-11"; empty: every month
    needs_followup: bool = False
    followup_open: bool = False


@dataclass(frozen=True)
class MonthCount:
    month: str  # "2026-11"
    count: int


# --- cases: input -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PartyInput:
    role: str
    name: str = ""
    resident_id: int | None = None
    gender: str = ""
    age: int | None = None
    id_number: str = ""
    ethnicity: str = ""
    occupation: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CaseInput:
    """基本信息 of a case; the 卷号 is never typed, it is given on saving."""

    accepted_on: date
    source: str
    dispute_type: str
    summary: str = ""
    subtype: str = ""
    amount: Decimal | str = Decimal(0)  # 涉及金额, yuan
    prevented_cases: int = 0
    prevented_people: int = 0
    prevented_petition: bool = False
    escalation_level: str = DEFAULT_LEVEL
    joint_meeting_notes: str = ""
    retention: str = DEFAULT_RETENTION


@dataclass(frozen=True)
class AgreementInput:
    kind: str  # 书面协议 | 口头协议
    agreed_on: date
    content: str
    performance_method: str = ""
    performance_due: date | None = None
    followup_days: int = FOLLOWUP_DAYS


@dataclass(frozen=True)
class InvestigationInput:
    at: datetime
    place: str = ""
    investigator: str = ""
    subject: str = ""
    content: str = ""


@dataclass(frozen=True)
class SessionInput:
    at: datetime
    place: str = ""
    attendees: str = ""
    mediators: str = ""
    statements: str = ""
    process: str = ""
    result: str = ""


@dataclass(frozen=True)
class ExtensionInput:
    agreed_on: date
    new_deadline: date
    note: str = ""


@dataclass(frozen=True)
class VisitInput:
    visited_on: date
    visitor: str = ""
    performance: str = ""
    opinion: str = ""


# --- cases: views -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    status: str = ""  # one of CASE_FILTERS, or "" for all
    year: int | None = None
    today: date | None = None  # for the clock; None: date.today()


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    accepted_on: date
    dispute_type: str  # "邻里（噪音）"
    parties: str  # "张三 与 李四"
    mediators: str
    status: str
    days: int | None  # days since 受理 while the clock runs
    clock: Clock
    extended: bool
    outcome: str  # display name
    deadline: date
    followup_due: date | None
    visit: VisitState


@dataclass(frozen=True)
class PartyView:
    id: int
    values: PartyInput


@dataclass(frozen=True)
class Dated(Generic[V]):
    """A child record of a case (session, investigation, extension, visit): its id and its inputs."""

    id: int
    values: V


@dataclass(frozen=True)
class EscalationView:
    id: int
    from_level: str
    level: str
    moved_on: date
    note: str


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    time: str  # "14:30" where the record has a time
    kind: str  # 受理 / 调解 / 调查 / 状态 / 延期 / 层级 / 回访 / 结案
    text: str


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    values: CaseInput
    status: str
    outcome: str
    routes_told: tuple[str, ...]
    termination_reason: str
    agreed_on: date | None
    agreement_content: str
    performance_method: str
    performance_due: date | None
    followup_due: date | None
    amount_fen: int
    deadline: date
    closed_on: date | None
    days: int | None
    clock: Clock
    visit: VisitState
    parties: tuple[PartyView, ...] = ()
    mediators: tuple[MediatorView, ...] = ()
    investigations: tuple[Dated[InvestigationInput], ...] = ()
    sessions: tuple[Dated[SessionInput], ...] = ()
    extensions: tuple[Dated[ExtensionInput], ...] = ()
    escalations: tuple[EscalationView, ...] = ()
    visits: tuple[Dated[VisitInput], ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    allowed: tuple[str, ...] = field(default=())  # statuses the workflow allows next


@dataclass(frozen=True)
class CaseAlert:
    """One line of the banner at the top of the tab: an overdue case or an overdue 回访."""

    case_id: int
    number: str
    parties: str
    kind: str  # 已超期 / 即将超期 / 回访逾期 / 待回访
    text: str
