"""活动 tables: events (one-off or weekly), per-occurrence exceptions, sign-ups (报名) and sign-ins (签到).

A recurring event is one row with its rule (weekdays + repeat_until); occurrences are expanded in memory for
the month on screen, so 2,000 events a year never become 2,000 stored rows per course. Sign-ups, sign-ins and
exceptions name an occurrence by (event_id, occurrence_date = the occurrence's original date).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community_desk.db.base import Base


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (Index("ix_event_span", "start", "last_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(40), index=True)
    start: Mapped[datetime]
    end: Mapped[datetime]
    weekdays: Mapped[str] = mapped_column(String(20), default="")  # "0,2,4" = 每周一、三、五; "" = one-off
    last_day: Mapped[date]  # the last day it can occur on (repeat-until, or the day it ends): the month query's key
    organiser: Mapped[str] = mapped_column(String(60), default="")
    audience: Mapped[str] = mapped_column(String(60), default="")
    capacity: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    press_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    exceptions: Mapped[list[EventException]] = relationship(back_populates="event", cascade="all, delete-orphan")


class EventException(Base):
    __tablename__ = "event_exception"
    __table_args__ = (UniqueConstraint("event_id", "occurrence_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    occurrence_date: Mapped[date]
    cancelled: Mapped[bool] = mapped_column(default=False)
    new_start: Mapped[datetime | None] = mapped_column(index=True)
    new_end: Mapped[datetime | None]

    event: Mapped[Event] = relationship(back_populates="exceptions")


class EventSignup(Base):
    __tablename__ = "event_signup"
    __table_args__ = (Index("ix_event_signup_occurrence", "event_id", "occurrence_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    occurrence_date: Mapped[date]
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(30), default="")
    signed_up_at: Mapped[datetime]


class EventAttendance(Base):
    """签到: a resident or a volunteer; a volunteer's row points at the service record it created."""

    __tablename__ = "event_attendance"
    __table_args__ = (Index("ix_event_attendance_occurrence", "event_id", "occurrence_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    occurrence_date: Mapped[date]
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    signed_in_at: Mapped[datetime]
    service_record_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer_service.id", ondelete="SET NULL"), index=True
    )
