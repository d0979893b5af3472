"""人民调解 reports for the 街道/司法所: the 登记表 of a period's cases and the 司法局 月度统计表, in one workbook.

Totals are computed in SQL (one GROUP BY over 来源 × 纠纷类型 with the counting rules of domain.mediation_stats
written as conditional sums), so the figures do not depend on how many cases there are; the domain module only
rolls the groups up into rows. The 登记表 lists each case received in the period with its result on the same
`as_of` date, so the two sheets always agree. Reads only: plain sqlite3, no unit of work, no audit entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from community_desk.db.connection import read_connection
from community_desk.db.repositories import mediation as sql
from community_desk.db.repositories import registry as registry_sql
from community_desk.domain import mediation as rules
from community_desk.domain import mediation_stats as stats
from community_desk.domain.mediation_stats import CaseCounts, MediationStats, Period, RegisterRow
from community_desk.exports.files import replace_atomically
from community_desk.exports.mediation_excel import write_mediation_report
from community_desk.services.errors import UserError
from community_desk.services.mediation_reads import parties_text, type_text

BATCH = 500  # case ids per IN (…) when fetching parties and mediators
Progress = Callable[[int, int, str], None]

_SUCCESS = "(" + ",".join(f"'{code}'" for code in sorted(rules.SUCCESS_OUTCOMES)) + ")"
_AGREED = f"c.outcome IN {_SUCCESS} AND c.agreed_on <= :as_of"
# One row per (来源, 纠纷类型) that has cases; the conditions mirror domain.mediation_stats line by line.
GROUP_SQL = f"""
SELECT c.source, c.dispute_type,
       count(*) AS received,
       coalesce(sum(c.outcome = '{rules.WRITTEN}' AND c.agreed_on <= :as_of), 0) AS written,
       coalesce(sum(c.outcome = '{rules.ORAL}' AND c.agreed_on <= :as_of), 0) AS oral,
       coalesce(sum(c.outcome = '{rules.FAILED}' AND c.closed_on <= :as_of), 0) AS failed,
       coalesce(sum(c.outcome = '{rules.TERMINATED}' AND c.closed_on <= :as_of), 0) AS terminated,
       coalesce(sum({_AGREED} AND c.status = '{rules.CaseStatus.CLOSED.value}' AND c.closed_on <= :as_of), 0)
           AS performed,
       sum(c.amount_fen) AS amount_fen,
       sum(c.prevented_cases) AS prevented_cases,
       sum(c.prevented_people) AS prevented_people,
       sum(c.prevented_petition != 0) AS prevented_petitions,
       sum(EXISTS (SELECT 1 FROM mediation_visit v WHERE v.case_id = c.id AND v.visited_on <= :as_of)) AS visited
FROM mediation_case c
WHERE c.accepted_on BETWEEN :start AND :end
GROUP BY c.source, c.dispute_type
"""
REGISTER_SQL = f"""
SELECT c.id, c.number, c.accepted_on, c.source, c.dispute_type, c.subtype, c.summary, c.status, c.outcome,
       c.agreed_on, c.closed_on, c.amount_fen,
       (SELECT min(s.changed_on) FROM mediation_status_change s
         WHERE s.case_id = c.id AND s.to_status = '{rules.CaseStatus.MEDIATING.value}') AS started_on,
       (SELECT max(v.visited_on) FROM mediation_visit v WHERE v.case_id = c.id AND v.visited_on <= :as_of)
           AS visited_on
FROM mediation_case c
WHERE c.accepted_on BETWEEN :start AND :end
ORDER BY c.accepted_on, c.year, c.seq
"""
COUNT_FIELDS = tuple(CaseCounts.__dataclass_fields__)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    period: Period
    cases: int  # rows of the 登记表 = 受理


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class MediationReports:
    """The period's statistics and register as DTOs, and the workbook with both."""

    def __init__(self, db_path: Path) -> None:
        self._path = db_path

    def community_name(self) -> str:
        with read_connection(self._path) as connection:
            return registry_sql.community_name(connection)

    @staticmethod
    def _params(period: Period, as_of: date | None) -> dict[str, str]:
        if as_of is not None and as_of < period.start:
            raise UserError("办理情况截至日期不能早于统计期间的起始日期", field="as_of")
        return {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "as_of": (as_of or period.end).isoformat(),
        }

    def statistics(self, period: Period, as_of: date | None = None) -> MediationStats:
        """The 统计表 figures of the cases received in `period`, results as of `as_of` (default: period end)."""
        with read_connection(self._path) as connection:
            rows = connection.execute(GROUP_SQL, self._params(period, as_of)).fetchall()
        groups = {
            (row["source"], row["dispute_type"]): CaseCounts(**{name: row[name] for name in COUNT_FIELDS})
            for row in rows
        }
        return stats.roll_up(period, as_of or period.end, groups)

    def register(self, period: Period, as_of: date | None = None) -> list[RegisterRow]:
        """The 登记表: every case received in `period`, in 受理 order, with its result as of `as_of`."""
        as_of = as_of or period.end
        with read_connection(self._path) as connection:
            rows = connection.execute(REGISTER_SQL, self._params(period, as_of)).fetchall()
            ids = [row["id"] for row in rows]
            parties: dict[int, dict[str, list[str]]] = {}
            mediators: dict[int, list[str]] = {}
            for first in range(0, len(ids), BATCH):
                parties |= sql.party_names(connection, ids[first : first + BATCH])
                mediators |= sql.mediator_names(connection, ids[first : first + BATCH])
        return [self._register_row(r, parties.get(r["id"], {}), mediators.get(r["id"], []), as_of) for r in rows]

    @staticmethod
    def _register_row(
        row: sqlite3.Row, parties: dict[str, list[str]], mediators: Sequence[str], as_of: date
    ) -> RegisterRow:
        outcome, agreed, closed = row["outcome"], _day(row["agreed_on"]), _day(row["closed_on"])
        result = stats.result_as_of(outcome, agreed, closed, _day(row["started_on"]), as_of)
        success = result == stats.SUCCESS
        if not success:
            visit = ""
        elif row["visited_on"]:
            visit = f"已回访 {row['visited_on']}"
        else:
            visit = "待回访"
        return RegisterRow(
            number=row["number"],
            accepted_on=date.fromisoformat(row["accepted_on"]),
            source=row["source"],
            dispute_type=type_text(row["dispute_type"], row["subtype"]),
            parties=parties_text(parties),
            mediators="、".join(mediators),
            summary=row["summary"],
            result=result,
            agreement=outcome if success else "",
            amount_fen=row["amount_fen"],
            ended_on=stats.ended_on(outcome, agreed, closed, as_of),
            visit=visit,
        )

    def export(
        self,
        period: Period,
        target: Path,
        *,
        as_of: date | None = None,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> ReportResult:
        """Writes 人民调解登记表 and 月度统计表 to `target` (.xlsx); the file appears whole or not at all."""
        target = _checked_target(target)  # before any work: a wrong name is refused at once
        if progress:
            progress(0, 3, "正在统计…")
        figures = self.statistics(period, as_of)
        if progress:
            progress(1, 3, "正在整理登记表…")
        register = self.register(period, as_of)
        if progress:
            progress(2, 3, "正在写入 Excel…")
        community, filled_on = self.community_name(), today or date.today()
        target = write_atomically(
            target, lambda temp: write_mediation_report(temp, community, figures, register, filled_on)
        )
        if progress:
            progress(3, 3, "完成")
        return ReportResult(target, period, len(register))


# --- files ----------------------------------------------------------------------------------------------------
FILE_REFUSED = partial(UserError, field="file")
FOLDER_UNWRITABLE = "无法在“{folder}”中写入文件（{reason}）"
EXCEL_BUSY = "无法写入“{name}”：文件可能正在 Excel 中打开，请关闭后重试（{reason}）"


def _checked_target(target: Path, suffix: str = ".xlsx") -> Path:
    target = Path(target).expanduser().resolve()
    if target.suffix.lower() != suffix:
        raise UserError(f"文件名应以 {suffix} 结尾：{target.name}", field="file")
    if not target.parent.is_dir():
        raise UserError(f"文件夹不存在：{target.parent}", field="file")
    if target.is_dir():
        raise UserError(f"“{target.name}”是一个文件夹", field="file")
    return target


def write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """Checks `target` (.xlsx), lets `write` fill a temporary file beside it, then moves it into place."""
    target = _checked_target(target)
    return replace_atomically(
        target,
        write,
        FILE_REFUSED,
        EXCEL_BUSY,
        unwritable=FOLDER_UNWRITABLE,
        suffix=f"{target.suffix}.part",
        catch=OSError,
    )
