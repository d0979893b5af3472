"""值班 tables: staff, unavailability, shift types, the holiday override table, shifts, assignments, swaps, 值班记录.

A shift copies its type's name, times and head-counts when it is made, so editing a shift type later never
rewrites last year's roster. Assignments are never deleted by a 调班 or a manual change: the old row gets
`ended_at` (and `ended_by_swap_id` for a swap) and a new row is added, so each shift keeps its full history.
Times of day are stored as "HH:MM" text, which the plain-sqlite readers use as is.
"""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from community_desk.db.base import Base


class DutyStaff(Base):
    __tablename__ = "duty_staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40), default="")
    can_lead: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class DutyUnavailability(Base):
    __tablename__ = "duty_unavailability"
    __table_args__ = (Index("ix_duty_unavailability_span", "first", "last"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("duty_staff.id", ondelete="CASCADE"), index=True)
    first: Mapped[date]
    last: Mapped[date]
    reason: Mapped[str] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")


class DutyShiftType(Base):
    __tablename__ = "duty_shift_type"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    start: Mapped[str] = mapped_column(String(5))
    end: Mapped[str] = mapped_column(String(5))
    day_kinds: Mapped[str] = mapped_column(String(30))  # "工作日" or "休息日,节假日"
    leaders: Mapped[int] = mapped_column(Integer)
    staff: Mapped[int] = mapped_column(Integer)
    night: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class DutyDayOverride(Base):
    """The clerk's 放假安排 for dates chinese-calendar lacks or gets wrong: wins over the library."""

    __tablename__ = "duty_day_override"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(20), default="")


class DutyShift(Base):
    __tablename__ = "duty_shift"
    __table_args__ = (UniqueConstraint("day", "shift_type_id"), Index("ix_duty_shift_starts_at", "starts_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date]
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("duty_shift_type.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(30))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    day_kind: Mapped[str] = mapped_column(String(10))
    day_name: Mapped[str] = mapped_column(String(20), default="")
    needed_leaders: Mapped[int] = mapped_column(Integer)
    needed_staff: Mapped[int] = mapped_column(Integer)
    night: Mapped[bool] = mapped_column(default=False)


class DutySwap(Base):
    __tablename__ = "duty_swap"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # 代班 / 互换
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("duty_staff.id", ondelete="RESTRICT"), index=True)
    with_staff_id: Mapped[int] = mapped_column(ForeignKey("duty_staff.id", ondelete="RESTRICT"), index=True)
    approved_by: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(String(200))
    requested_at: Mapped[datetime]
    recorded_at: Mapped[datetime]


class DutyAssignment(Base):
    __tablename__ = "duty_assignment"
    __table_args__ = (Index("ix_duty_assignment_staff", "staff_id", "ended_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shift.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("duty_staff.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(10))  # 自动排班 / 手工 / 调班
    created_at: Mapped[datetime]
    created_by_swap_id: Mapped[int | None] = mapped_column(ForeignKey("duty_swap.id", ondelete="SET NULL"))
    ended_at: Mapped[datetime | None]
    ended_by_swap_id: Mapped[int | None] = mapped_column(ForeignKey("duty_swap.id", ondelete="SET NULL"))


class DutyLog(Base):
    """The free-text parts of a shift's 值班记录; entries and handover items are rows of their own."""

    __tablename__ = "duty_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shift.id", ondelete="CASCADE"), unique=True)
    patrol_doorstep: Mapped[str] = mapped_column(Text, default="")
    patrol_safety: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    handed_over_by: Mapped[str] = mapped_column(String(50), default="")
    taken_over_by: Mapped[str] = mapped_column(String(50), default="")
    updated_at: Mapped[datetime]


class DutyLogEntry(Base):
    """来电 / 来访 / 突发事件 on a shift; `people` is 人次, which the monthly report sums."""

    __tablename__ = "duty_log_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shift.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(4), index=True)
    at: Mapped[str] = mapped_column(String(5))
    person: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(40), default="")
    matter: Mapped[str] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[int] = mapped_column(Integer, default=1)


class DutyHandoverItem(Base):
    """交接班事项: open from the shift that raised it until a later shift closes it."""

    __tablename__ = "duty_handover_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opened_shift_id: Mapped[int] = mapped_column(ForeignKey("duty_shift.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    closed_shift_id: Mapped[int | None] = mapped_column(ForeignKey("duty_shift.id", ondelete="SET NULL"), index=True)
    closing_note: Mapped[str] = mapped_column(Text, default="")
