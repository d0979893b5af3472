"""群议厅 tables: topics and their dated timeline, meetings, and the standing bodies with their members.

One `deliberation_entry` row per recorded step (and per 落实 progress note) keeps the timeline one query away;
the columns a step does not use stay NULL. The topic carries its current step, vote result and latest date so
the list and its filters never have to replay the timeline.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community_desk.db.base import Base


class DeliberationTopic(Base):
    """议题: 编号 is "2026-003" (sequence per year of 征集)."""

    __tablename__ = "deliberation_topic"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_deliberation_topic_filters", "year", "current_step", "category"),
        CheckConstraint("signers IS NULL OR signers >= 0", name="signers_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    signers: Mapped[int | None]  # 联名 N人
    description: Mapped[str] = mapped_column(Text, default="")
    threshold: Mapped[str] = mapped_column(String(10), default="1/2")
    current_step: Mapped[str] = mapped_column(String(10))
    vote_passed: Mapped[bool | None] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(10), index=True)
    last_date: Mapped[date] = mapped_column(index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    proposers: Mapped[list[DeliberationProposer]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", order_by="DeliberationProposer.id"
    )
    entries: Mapped[list[DeliberationEntry]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", order_by="DeliberationEntry.id"
    )


class DeliberationProposer(Base):
    """提议人: a resident from the registry (name kept as it was) or a name typed in."""

    __tablename__ = "deliberation_proposer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("deliberation_topic.id", ondelete="CASCADE"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(50))

    topic: Mapped[DeliberationTopic] = relationship(back_populates="proposers")


class DeliberationEntry(Base):
    """One dated step (征集 … 反馈, 未通过) or 落实 progress note on a topic's timeline."""

    __tablename__ = "deliberation_entry"
    __table_args__ = (
        Index("ix_deliberation_entry_topic", "topic_id", "on_date"),
        Index("ix_deliberation_entry_kind_date", "kind", "on_date"),
        CheckConstraint(
            "min(coalesce(present, 0), coalesce(votes_for, 0), coalesce(votes_against, 0),"
            " coalesce(abstentions, 0)) >= 0",
            name="votes_not_negative",
        ),
        CheckConstraint(
            "min(coalesce(satisfied, 0), coalesce(fairly_satisfied, 0), coalesce(dissatisfied, 0)) >= 0",
            name="satisfaction_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("deliberation_topic.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    on_date: Mapped[date]
    text: Mapped[str] = mapped_column(Text, default="")  # 说明 / 决议内容 / 进展 / 反馈情况
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("deliberation_meeting.id", ondelete="SET NULL"))
    present: Mapped[int | None]
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    abstentions: Mapped[int | None]
    passed: Mapped[bool | None] = mapped_column(Boolean)
    ends_on: Mapped[date | None]  # 公示 end
    place: Mapped[str] = mapped_column(String(100), default="")  # 公示 place
    responsible: Mapped[str] = mapped_column(String(100), default="")  # 落实 责任方
    deadline: Mapped[date | None]
    satisfied: Mapped[int | None]
    fairly_satisfied: Mapped[int | None]
    dissatisfied: Mapped[int | None]
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100), default="")

    topic: Mapped[DeliberationTopic] = relationship(back_populates="entries")
    meeting: Mapped[DeliberationMeeting | None] = relationship()
    views: Mapped[list[DeliberationView]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="DeliberationView.id"
    )


class DeliberationView(Base):
    """各方意见 given at a 协商 meeting on one topic: which side said it, and what."""

    __tablename__ = "deliberation_view"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("deliberation_entry.id", ondelete="CASCADE"), index=True)
    party: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)

    entry: Mapped[DeliberationEntry] = relationship(back_populates="views")


class DeliberationBody(Base):
    """A standing body: 居民议事会 (monthly), 党居议事会 (quarterly), 居民代表会议."""

    __tablename__ = "deliberation_body"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(200), default="")

    members: Mapped[list[DeliberationBodyMember]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="DeliberationBodyMember.since"
    )


class DeliberationBodyMember(Base):
    """A seat on a body for a period; `until` NULL means still serving. Ended seats stay as history."""

    __tablename__ = "deliberation_body_member"
    __table_args__ = (Index("ix_deliberation_body_member_body", "body_id", "until"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("deliberation_body.id", ondelete="CASCADE"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    since: Mapped[date]
    until: Mapped[date | None]

    body: Mapped[DeliberationBody] = relationship(back_populates="members")


class DeliberationMeeting(Base):
    """A meeting on the calendar: a body's regular session or a topic's 协商会议, with the topics it took up."""

    __tablename__ = "deliberation_meeting"
    __table_args__ = (CheckConstraint("attendance >= 0", name="attendance_not_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(index=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("deliberation_body.id", ondelete="SET NULL"), index=True)
    place: Mapped[str] = mapped_column(String(100))
    host: Mapped[str] = mapped_column(String(50), default="")
    attendance: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    body: Mapped[DeliberationBody | None] = relationship()
    participants: Mapped[list[DeliberationParticipant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="DeliberationParticipant.id"
    )


class DeliberationMeetingTopic(Base):
    __tablename__ = "deliberation_meeting_topic"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("deliberation_meeting.id", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("deliberation_topic.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class DeliberationParticipant(Base):
    """参加人 by role (社区干部, 居民代表, 利益相关方 …), a resident or a typed name."""

    __tablename__ = "deliberation_participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("deliberation_meeting.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)

    meeting: Mapped[DeliberationMeeting] = relationship(back_populates="participants")
