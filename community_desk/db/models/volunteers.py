"""志愿服务 tables: volunteers, teams with membership history, service records and issued certificates.

A volunteer linked to a resident keeps name/ID/phone/sex/birth date empty here: reads take them from the
registry (one source of truth). Service records keep `minutes` computed at write time so the hour sums and
the norm check are plain SQL aggregates. Number sequences only go up, so a deleted row's number is never reused.
"""

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from community_desk.db.base import Base


class VolunteerSequence(Base):
    """Last sequence handed out per (kind, year): kind "V" for 志愿者编号, "C" for 证明编号."""

    __tablename__ = "volunteer_sequence"

    kind: Mapped[str] = mapped_column(String(2), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class Volunteer(Base):
    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    id_type: Mapped[str] = mapped_column(String(20), default="")
    id_number: Mapped[str] = mapped_column(String(40), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    birth_date: Mapped[date | None]
    phone: Mapped[str] = mapped_column(String(40), default="")
    political_status: Mapped[str] = mapped_column(String(2), default="")
    skills: Mapped[str] = mapped_column(String(200), default="")
    registered_on: Mapped[date]
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    note: Mapped[str] = mapped_column(String(500), default="")


class VolunteerTeam(Base):
    __tablename__ = "volunteer_team"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VolunteerTeamMember(Base):
    """Membership history: a row per stint; `left_on` NULL means still in the team."""

    __tablename__ = "volunteer_team_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("volunteer_team.id", ondelete="CASCADE"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10), default="队员")
    joined_on: Mapped[date]
    left_on: Mapped[date | None]


class ServiceRecord(Base):
    __tablename__ = "volunteer_service"
    __table_args__ = (
        Index("ix_volunteer_service_volunteer_start", "volunteer_id", "start"),
        CheckConstraint('"end" > start', name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_team.id", ondelete="SET NULL"), index=True)
    start: Mapped[datetime] = mapped_column(index=True)
    end: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(20), index=True)
    organiser: Mapped[str] = mapped_column(String(60), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    confirmed_by: Mapped[str] = mapped_column(String(50), default="")
    event_occurrence_key: Mapped[str | None] = mapped_column(String(80), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class VolunteerCertificate(Base):
    """志愿服务记录证明 register; (volunteer, period) is unique so a reprint finds the same number."""

    __tablename__ = "volunteer_certificate"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        UniqueConstraint("volunteer_id", "period_from", "period_to"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id", ondelete="RESTRICT"), index=True)
    period_from: Mapped[date]
    period_to: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text, default="")
    issuer: Mapped[str] = mapped_column(String(100), default="")
    responsible: Mapped[str] = mapped_column(String(50), default="")
    handler: Mapped[str] = mapped_column(String(50), default="")
    issued_on: Mapped[date]
    print_count: Mapped[int] = mapped_column(Integer, default=1)
    last_printed_at: Mapped[datetime]
