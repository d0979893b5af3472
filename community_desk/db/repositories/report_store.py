"""月度工作报告 SQL for the plain-sqlite3 reader: stored reports (drafts' text, finalised reports' frozen figures).

The figures themselves are read by db/repositories/report.py; this module only reads the monthly_report table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from community_desk.domain.report import ReportKind, ReportStatus

REPORT_COLUMNS = (
    "id, kind, year, number, status, plan, problems, compiled_by, compiled_on, figures_json, months_json, "
    "community, finalised_at, finalised_by"
)


def stored(connection: sqlite3.Connection, kind: str, year: int, number: int) -> sqlite3.Row | None:
    return connection.execute(
        f"SELECT {REPORT_COLUMNS} FROM monthly_report WHERE kind = ? AND year = ? AND number = ?",
        (kind, year, number),
    ).fetchone()


def final_months(connection: sqlite3.Connection, year: int, numbers: Sequence[int]) -> dict[int, str]:
    """The frozen figures_json of those months of `year` whose 月报 is final, by month number."""
    if not numbers:
        return {}
    marks = ",".join("?" * len(numbers))
    rows = connection.execute(
        f"""SELECT number, figures_json FROM monthly_report
            WHERE kind = ? AND status = ? AND year = ? AND number IN ({marks})""",
        (ReportKind.MONTH.value, ReportStatus.FINAL.value, year, *numbers),
    ).fetchall()
    return {row["number"]: row["figures_json"] for row in rows}


def stored_in_year(connection: sqlite3.Connection, year: int) -> list[sqlite3.Row]:
    """Every stored report of `year`: 月报 first, then 季报, then 年报, each by number."""
    return connection.execute(
        f"""SELECT {REPORT_COLUMNS} FROM monthly_report WHERE year = ?
            ORDER BY CASE kind WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END, number""",
        (year, ReportKind.MONTH.value, ReportKind.QUARTER.value),
    ).fetchall()
