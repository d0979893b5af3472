"""Resident registry tables: 网格 → 楼栋 → (单元, 房号) → 户 → 成员, with dated history.

Membership rows are never overwritten: a move or a change of relation ends one row and starts another,
so the registry can be read "as of" any past date.
"""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community_desk.db.base import Base


class Grid(Base):
    __tablename__ = "grid"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    note: Mapped[str] = mapped_column(String(200), default="")

    buildings: Mapped[list["Building"]] = relationship(back_populates="grid", order_by="Building.name")


class Building(Base):
    """楼栋 or 院: the second level of the address tree."""

    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("grid_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(60))

    grid: Mapped[Grid] = relationship(back_populates="buildings")


class Household(Base):
    """一户一档: one household at one address; 户号 is text and unique."""

    __tablename__ = "household"
    __table_args__ = (Index("ix_household_address", "building_id", "unit", "room"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_no: Mapped[str] = mapped_column(String(30), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="RESTRICT"))
    unit: Mapped[str] = mapped_column(String(20), default="")
    room: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    residence_nature: Mapped[str] = mapped_column(String(10), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    created_on: Mapped[date]
    closed_on: Mapped[date | None]

    building: Mapped[Building] = relationship()


class Resident(Base):
    """A person. Coded fields store the national code; search_text feeds the FTS index."""

    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    former_name: Mapped[str] = mapped_column(String(50), default="")
    name_pinyin: Mapped[str] = mapped_column(String(200), default="", index=True)
    name_initials: Mapped[str] = mapped_column(String(50), default="")
    id_type: Mapped[str] = mapped_column(String(20), default="居民身份证")
    id_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    gender: Mapped[str] = mapped_column(String(1), default="0")
    ethnicity: Mapped[str] = mapped_column(String(2), default="01")
    birth_date: Mapped[date | None] = mapped_column(index=True)
    hukou_address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    political_status: Mapped[str] = mapped_column(String(2), default="13")
    education: Mapped[str] = mapped_column(String(2), default="")
    marital_status: Mapped[str] = mapped_column(String(2), default="")
    religion: Mapped[str] = mapped_column(String(30), default="")
    employer: Mapped[str] = mapped_column(String(100), default="")
    military_service: Mapped[str] = mapped_column(String(20), default="")
    category: Mapped[str] = mapped_column(String(2), default="1", index=True)
    arrived_on: Mapped[date | None]
    stay_reason: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    death_date: Mapped[date | None]
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    memberships: Mapped[list["Membership"]] = relationship(back_populates="resident", order_by="Membership.start_date")
    tags: Mapped[list["SpecialTag"]] = relationship(
        back_populates="resident", order_by="SpecialTag.start_date", cascade="all, delete-orphan"
    )


class Membership(Base):
    """A resident's place in a household for a period; end_date NULL means "still there"."""

    __tablename__ = "membership"
    __table_args__ = (
        Index("ix_membership_resident_period", "resident_id", "start_date", "end_date"),
        Index("ix_membership_household_period", "household_id", "start_date", "end_date"),
        Index("ix_membership_current", "end_date", "household_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"))
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id", ondelete="RESTRICT"))
    relation: Mapped[str] = mapped_column(String(2))
    start_date: Mapped[date]
    end_date: Mapped[date | None]

    resident: Mapped[Resident] = relationship(back_populates="memberships")
    household: Mapped[Household] = relationship()


class ResidentEvent(Base):
    """迁入 / 迁出 / 出生 / 死亡 / 户内变更 …, dated; the history a clerk reads back."""

    __tablename__ = "resident_event"
    __table_args__ = (Index("ix_resident_event_kind_date", "kind", "event_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    event_date: Mapped[date]
    detail: Mapped[str] = mapped_column(String(500), default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(100), default="")


class SpecialTag(Base):
    """Special-group membership (低保, 残疾 …) with its own period; 高龄 is derived, never stored."""

    __tablename__ = "special_tag"
    __table_args__ = (Index("ix_special_tag_kind_period", "kind", "start_date", "end_date", "resident_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    detail: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    resident: Mapped[Resident] = relationship(back_populates="tags")
