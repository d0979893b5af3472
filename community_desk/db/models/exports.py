"""Export log: every file the program writes out of the registry, masked or not (PIPL: who took what, when)."""

from datetime import date, datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from community_desk.db.base import Base


class ExportLog(Base):
    """One row per export; `masked` False means full ID numbers and phone numbers left the program."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(100))
    profile: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(1000))
    rows: Mapped[int]
    masked: Mapped[bool] = mapped_column(Boolean)
    grid: Mapped[str] = mapped_column(String(60), default="")
    as_of: Mapped[date | None]
