"""月度工作报告 table: one row per 月报 / 季报 / 年报 that has text or has been finalised.

A draft keeps only what the secretary typed; its figures are recomputed whenever it is shown. Finalising freezes
the figures (ReportFigures.to_json_dict), for 季报/年报 the months they were summed from, and the community name,
so a report printed years later shows exactly what was handed in. Reopening clears the frozen parts again.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from community_desk.db.base import Base


class MonthlyReport(Base):
    __tablename__ = "monthly_report"
    __table_args__ = (UniqueConstraint("kind", "year", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # 月报 / 季报 / 年报
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # month 1–12, quarter 1–4, 1 for a year
    status: Mapped[str] = mapped_column(String(4))  # 草稿 / 定稿
    plan: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    compiled_by: Mapped[str] = mapped_column(String(50), default="")
    compiled_on: Mapped[date | None]
    figures_json: Mapped[str | None] = mapped_column(Text)  # NULL while draft
    months_json: Mapped[str | None] = mapped_column(Text)  # 季报/年报 only: [{key, final, figures}]
    community: Mapped[str] = mapped_column(String(100), default="")  # frozen at finalising
    finalised_at: Mapped[datetime | None]
    finalised_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
