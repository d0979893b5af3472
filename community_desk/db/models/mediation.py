"""敞心阁 tables: 恳谈/来访登记, 调解员, and 人民调解 cases with everything a 卷宗 holds.

A case's children (parties, sessions, visits …) go with it (ON DELETE CASCADE); the per-year number sequence
does not, so a deleted case's 卷号 is never handed out again. `deadline` and `followup_due` are kept on the
case row so the 即将超期 / 已超期 / 待回访 filters are plain SQL comparisons.
"""

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community_desk.db.base import Base


class Mediator(Base):
    """调解员: kept when inactive (old cases still name them); optionally a resident of the community."""

    __tablename__ = "mediator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(String(500), default="")


class MediationTalk(Base):
    """恳谈/来访登记: one walk-in, call or letter; counts feed "来电来信来访 N人次"."""

    __tablename__ = "mediation_talk"
    __table_args__ = (Index("ix_mediation_talk_followup", "needs_followup", "followup_done"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    talked_at: Mapped[datetime] = mapped_column(index=True)
    visitor_name: Mapped[str] = mapped_column(String(50))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    contact: Mapped[str] = mapped_column(String(60), default="")
    channel: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(Text, default="")
    reply: Mapped[str] = mapped_column(Text, default="")
    needs_followup: Mapped[bool] = mapped_column(Boolean, default=False)
    followup_by: Mapped[str] = mapped_column(String(50), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    followup_done: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class CaseNumberSequence(Base):
    """The last 卷号 sequence handed out per year; only ever goes up."""

    __tablename__ = "mediation_case_sequence"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class MediationCase(Base):
    __tablename__ = "mediation_case"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_mediation_case_status_deadline", "status", "deadline"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    accepted_on: Mapped[date] = mapped_column(index=True)
    source: Mapped[str] = mapped_column(String(20))
    dispute_type: Mapped[str] = mapped_column(String(20), index=True)
    subtype: Mapped[str] = mapped_column(String(30), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10))
    deadline: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(10), default="")
    routes_told: Mapped[str] = mapped_column(String(30), default="")  # "行政、诉讼"
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[date | None]
    agreement_content: Mapped[str] = mapped_column(Text, default="")
    performance_method: Mapped[str] = mapped_column(Text, default="")
    performance_due: Mapped[date | None]
    followup_due: Mapped[date | None]
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    prevented_cases: Mapped[int] = mapped_column(Integer, default=0)
    prevented_people: Mapped[int] = mapped_column(Integer, default=0)
    prevented_petition: Mapped[bool] = mapped_column(Boolean, default=False)
    escalation_level: Mapped[str] = mapped_column(String(10))
    joint_meeting_notes: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None]
    retention: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    parties: Mapped[list["CaseParty"]] = relationship(
        order_by="CaseParty.position", cascade="all, delete-orphan", passive_deletes=True
    )
    mediator_links: Mapped[list["CaseMediator"]] = relationship(
        order_by="CaseMediator.position", cascade="all, delete-orphan", passive_deletes=True
    )


def _case_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)


class CaseParty(Base):
    """申请人 / 被申请人 as entered; `resident_id` links a party who lives here (details may differ later)."""

    __tablename__ = "mediation_party"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer, default=0)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(1), default="")
    age: Mapped[int | None]
    id_number: Mapped[str] = mapped_column(String(40), default="")
    ethnicity: Mapped[str] = mapped_column(String(2), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class CaseMediator(Base):
    __tablename__ = "mediation_case_mediator"

    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True)
    mediator_id: Mapped[int] = mapped_column(ForeignKey("mediator.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CaseInvestigation(Base):
    """调查记录."""

    __tablename__ = "mediation_investigation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(100), default="")
    investigator: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text, default="")


class CaseSession(Base):
    """调解记录: one sitting with the parties."""

    __tablename__ = "mediation_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(100), default="")
    attendees: Mapped[str] = mapped_column(String(300), default="")
    mediators: Mapped[str] = mapped_column(String(200), default="")
    statements: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")


class CaseExtension(Base):
    """延期: both parties agreed on `agreed_on` to finish by `new_deadline`."""

    __tablename__ = "mediation_extension"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    agreed_on: Mapped[date]
    new_deadline: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class CaseEscalation(Base):
    """分级调处: the case moved to `level` on `moved_on`."""

    __tablename__ = "mediation_escalation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    from_level: Mapped[str] = mapped_column(String(10), default="")
    level: Mapped[str] = mapped_column(String(10))
    moved_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class CaseVisit(Base):
    """回访记录 after an agreement."""

    __tablename__ = "mediation_visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    visited_on: Mapped[date]
    visitor: Mapped[str] = mapped_column(String(100), default="")
    performance: Mapped[str] = mapped_column(Text, default="")
    opinion: Mapped[str] = mapped_column(Text, default="")


class CaseStatusChange(Base):
    """受理 and every status change, dated as the clerk gives it; the backbone of the case timeline."""

    __tablename__ = "mediation_status_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    changed_on: Mapped[date]
    from_status: Mapped[str] = mapped_column(String(10), default="")
    to_status: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
