"""月度工作报告 use cases: a report as a draft or finalised, the secretary's text, 定稿 / 重新打开, export.

A draft's figures are recomputed every time it is shown (the registry keeps changing until the month is handed
in); finalising freezes the figures, the months a 季报/年报 was summed from and the community name as JSON, so
reprinting a final report years later gives exactly the same document. A 季报/年报 draft sums its months with
domain.report.sum_months, taking each month's frozen figures when its 月报 is final, so it agrees with the 月报
already handed in. Reads use plain sqlite3; each write is one unit of work with one audit row.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.connection import SqliteReader
from community_desk.db.models.report import MonthlyReport
from community_desk.db.repositories import report_store as sql
from community_desk.db.repositories.registry import community_name
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain.mediation import RuleViolation
from community_desk.domain.report import (
    MonthColumn,
    Report,
    ReportFigures,
    ReportKind,
    ReportPeriod,
    ReportStatus,
    ReportText,
    sum_months,
)
from community_desk.services.errors import UserError
from community_desk.services.report_figures import ReportFiguresReader

ENTITY = "monthly_report"
SUFFIXES = (".pdf", ".docx")


@dataclass(frozen=True)
class ReportListRow:
    period: ReportPeriod
    status: ReportStatus
    finalised_at: datetime | None
    finalised_by: str


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def begun_months(period: ReportPeriod, today: date) -> tuple[ReportPeriod, ...]:
    """The months of `period` that have started by `today`: a 季报/年报 leaves months wholly in the future out."""
    return tuple(month for month in period.months() if month.first <= today)


def text_values(text: ReportText) -> dict[str, Any]:
    return {
        "plan": text.plan,
        "problems": text.problems,
        "compiled_by": text.compiled_by,
        "compiled_on": text.compiled_on,
    }


def final_values(report: Report, actor: str, now: datetime) -> dict[str, Any]:
    """The columns that freeze `report` (a draft just computed); 编制人/编制日期 default to the actor and today."""
    months = [
        {"key": column.period.key, "final": column.final, "figures": column.figures.to_json_dict()}
        for column in report.months
    ]
    return {
        "status": ReportStatus.FINAL.value,
        "figures_json": json.dumps(report.figures.to_json_dict(), ensure_ascii=False),
        "months_json": json.dumps(months, ensure_ascii=False) if months else None,
        "community": report.community,
        "compiled_by": report.text.compiled_by or actor,
        "compiled_on": report.text.compiled_on or now.date(),
        "finalised_at": now,
        "finalised_by": actor,
    }


def _figures(text: str) -> ReportFigures:
    return ReportFigures.from_json_dict(json.loads(text))


def _text(row: sqlite3.Row | None) -> ReportText:
    if row is None:
        return ReportText()
    return ReportText(row["plan"], row["problems"], row["compiled_by"], _day(row["compiled_on"]))


def _final_report(period: ReportPeriod, row: sqlite3.Row) -> Report:
    """Exactly what was frozen: nothing here looks at the registry."""
    months = tuple(
        MonthColumn(ReportPeriod.parse(item["key"]), ReportFigures.from_json_dict(item["figures"]), item["final"])
        for item in json.loads(row["months_json"] or "[]")
    )
    return Report(
        community=row["community"],
        period=period,
        figures=_figures(row["figures_json"]),
        text=_text(row),
        status=ReportStatus.FINAL,
        finalised_at=_moment(row["finalised_at"]),
        months=months,
    )


def _label(period: ReportPeriod) -> str:
    return f"{period.label}{period.kind.value}"


class ReportService(SqliteReader):
    """Everything the 工作报告 tab and the CLI call."""

    def __init__(self, db_path: Path, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        SqliteReader.__init__(self, db_path)
        self._factory = session_factory
        self._actor = actor
        self._figures = ReportFiguresReader(db_path)

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    # --- reads ------------------------------------------------------------------------------------------------
    def report(self, period: ReportPeriod) -> Report:
        """A final report as stored; a draft with figures computed now and the text saved so far."""
        months = begun_months(period, date.today()) if period.kind is not ReportKind.MONTH else ()
        with self._connection() as connection:
            row = sql.stored(connection, period.kind.value, period.year, period.number)
            if row is not None and row["status"] == ReportStatus.FINAL.value:
                return _final_report(period, row)
            community = community_name(connection)
            frozen = sql.final_months(connection, period.year, [month.number for month in months])
        if period.kind is ReportKind.MONTH:
            return Report(community, period, self._figures.month(period), _text(row))
        columns = tuple(
            MonthColumn(month, _figures(frozen[month.number]), True)
            if month.number in frozen
            else MonthColumn(month, self._figures.month(month), False)
            for month in months
        )
        return Report(community, period, sum_months([c.figures for c in columns]), _text(row), months=columns)

    def reports(self, year: int) -> list[ReportListRow]:
        """The stored reports of `year` (drafts with text and final ones): 月报, then 季报, then 年报."""
        with self._connection() as connection:
            rows = sql.stored_in_year(connection, year)
        return [
            ReportListRow(
                ReportPeriod(ReportKind(row["kind"]), row["year"], row["number"]),
                ReportStatus(row["status"]),
                _moment(row["finalised_at"]),
                row["finalised_by"],
            )
            for row in rows
        ]

    # --- writes -----------------------------------------------------------------------------------------------
    def save_text(self, period: ReportPeriod, text: ReportText) -> None:
        """Keeps the draft's 下月工作计划 / 存在问题 / 编制人 / 编制日期; a final report is refused."""
        try:
            values = text_values(text.checked())
        except RuleViolation as violation:
            raise UserError(violation.message, field=violation.field) from None
        with self._uow() as uow:
            row = _stored(uow.session, period)
            if row is not None and row.status == ReportStatus.FINAL.value:
                raise UserError("该报表已定稿，如需修改请先重新打开")
            before = {name: getattr(row, name) for name in values} if row is not None else None
            if before == values:
                return
            if row is None:
                row = _new_row(uow.session, period)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = _now()
            uow.session.flush()
            action = "update" if before is not None else "create"
            uow.audit(action, ENTITY, row.id, f"保存{_label(period)}的文字", before=before, after=values)

    def finalise(self, period: ReportPeriod) -> Report:
        """Freezes the figures as of now, the months summed, the community name and the text, in one transaction."""
        if period.first > date.today():
            raise UserError(f"{period.label}尚未开始，不能定稿")
        draft = self.report(period)
        if draft.final:
            raise UserError(f"{_label(period)}已定稿")
        with self._uow() as uow:
            row = _stored(uow.session, period) or _new_row(uow.session, period)
            if row.status == ReportStatus.FINAL.value:
                raise UserError(f"{_label(period)}已定稿")
            now = _now()
            values = final_values(draft, uow.actor, now)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = now
            uow.session.flush()
            summary = {name: values[name] for name in ("status", "community", "compiled_by", "compiled_on")}
            uow.audit("finalise", ENTITY, row.id, f"{_label(period)}定稿", after=summary)
        return self.report(period)

    def reopen(self, period: ReportPeriod, reason: str) -> None:
        """Turns a final report back into a draft (its figures are recomputed again); the reason goes to the audit."""
        reason = reason.strip()
        if not reason:
            raise UserError("请填写重新打开的原因", field="reason")
        with self._uow() as uow:
            row = _stored(uow.session, period)
            if row is None or row.status != ReportStatus.FINAL.value:
                raise UserError(f"{_label(period)}尚未定稿，无需重新打开")
            before = {"status": row.status, "finalised_at": row.finalised_at, "finalised_by": row.finalised_by}
            row.status = ReportStatus.DRAFT.value
            row.figures_json = row.months_json = None
            row.community = row.finalised_by = ""
            row.finalised_at = None
            row.updated_at = _now()
            after = {"status": row.status, "finalised_at": None, "finalised_by": "", "reason": reason}
            uow.audit("reopen", ENTITY, row.id, f"重新打开{_label(period)}：{reason}", before=before, after=after)

    # --- files ------------------------------------------------------------------------------------------------
    def export(self, period: ReportPeriod, target: Path) -> Path:
        """Writes the report (draft or final) as .pdf or .docx, whichever `target` ends with."""
        target = Path(target).expanduser()
        suffix = target.suffix.lower()
        if suffix not in SUFFIXES:
            raise UserError("只能保存为 .pdf 或 .docx", field="file")
        report = self.report(period)
        # reportlab / docxtpl are imported only when a file is written
        from community_desk.exports.pdf_pages import PdfExportError
        from community_desk.exports.word import WordExportError

        try:
            if suffix == ".pdf":
                from community_desk.exports.report_pdf import write_report_pdf

                write_report_pdf(report, target)
            else:
                from community_desk.exports.report_docx import write_report_docx

                write_report_docx(report, target)
        except (WordExportError, PdfExportError) as error:
            raise UserError(str(error), field="file") from error
        except OSError as error:
            raise UserError(f"无法保存 {target}：{error.strerror or error}", field="file") from error
        return target


def _stored(session: Session, period: ReportPeriod) -> MonthlyReport | None:
    return session.scalar(
        select(MonthlyReport).where(
            MonthlyReport.kind == period.kind.value,
            MonthlyReport.year == period.year,
            MonthlyReport.number == period.number,
        )
    )


def _new_row(session: Session, period: ReportPeriod) -> MonthlyReport:
    now = _now()
    row = MonthlyReport(
        kind=period.kind.value,
        year=period.year,
        number=period.number,
        status=ReportStatus.DRAFT.value,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    return row
