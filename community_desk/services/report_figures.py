"""The 月度工作报告's figures for one month, each section counted in SQL "as of" the month's last day.

Where an area already counts a figure for its own report (值班 month figures, the 调解 统计表, the 志愿 norm check,
the 活动 month), that code is asked, so the report and the area's own screens and exports can never disagree;
the rest is one aggregate query each in db/repositories/report.py. Reads only: no unit of work, no audit entry.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import report as sql
from community_desk.db.repositories import roster as roster_sql
from community_desk.db.repositories import volunteers as volunteer_sql
from community_desk.domain import calendar as event_rules
from community_desk.domain.codes import SPECIAL_GROUPS
from community_desk.domain.mediation_stats import Period
from community_desk.domain.report import (
    Count,
    DutyFigures,
    EventFigures,
    MediationFigures,
    PopulationFigures,
    ReportFigures,
    ReportKind,
    ReportPeriod,
    VolunteerFigures,
)
from community_desk.domain.residents import EventKind
from community_desk.services.events_reads import EventReader
from community_desk.services.mediation_reports import MediationReports
from community_desk.services.volunteer_reads import VolunteerReader

NO_TEAM = "未编队"
AGED = (80, 90)


class ReportFiguresReader(SqliteReader):
    """ReportFigures of one month; a 季报/年报 is summed from its months by the report service."""

    def month(self, period: ReportPeriod) -> ReportFigures:
        if period.kind is not ReportKind.MONTH:
            raise ValueError(f"ReportFiguresReader.month needs a 月报 period, got {period}")
        first, last = period.first, period.last
        with self._connection() as connection:
            residents, households = sql.in_force_counts(connection, last)
            moves = sql.move_counts(connection, first, last)
            tagged = sql.special_group_counts(connection, last)
            aged_80, aged_90 = sql.aged_counts(connection, last, AGED)
            duty = DutyFigures(*roster_sql.month_figures(connection, first, last))
            talks = sql.talk_count(connection, first, last)
            visits = sql.visit_count(connection, first, last)
            topics, resolutions, carried_out = sql.deliberation_counts(connection, first, last)
            active, services, minutes = sql.volunteer_totals(connection, first, last)
            teams = self._team_minutes(connection, first, last)
        population = PopulationFigures(
            households=households,
            residents=residents,
            moved_in=moves.get(EventKind.MOVE_IN, 0),
            moved_out=moves.get(EventKind.MOVE_OUT, 0),
            births=moves.get(EventKind.BIRTH, 0),
            deaths=moves.get(EventKind.DEATH, 0),
            special_groups=tuple(Count(kind, tagged.get(kind, 0)) for kind in SPECIAL_GROUPS.codes()),
            aged_80=aged_80,
            aged_90=aged_90,
        )
        stats = MediationReports(self._path).statistics(Period.month(period.key))
        mediation = MediationFigures(
            talks=talks,
            received=stats.total.received,
            succeeded=stats.total.success,
            concluded=stats.total.concluded,
            amount_fen=stats.total.amount_fen,
            by_type=tuple(Count(row.label, row.counts.received) for row in stats.by_type if row.counts.received),
            prevented_cases=stats.total.prevented_cases,
            prevented_people=stats.total.prevented_people,
            follow_up_visits=visits,
            topics=topics,
            resolutions=resolutions,
            carried_out=carried_out,
        )
        short = VolunteerReader(self._path).month_shortfalls(period.year, period.number)
        volunteers = VolunteerFigures(
            active_volunteers=active,
            services=services,
            minutes=minutes,
            by_team=teams,
            short_of_norm=tuple(item.name for item in short),
        )
        return ReportFigures(population, duty, mediation, volunteers, self._events(period))

    @staticmethod
    def _team_minutes(connection: sqlite3.Connection, first: date, last: date) -> tuple[Count, ...]:
        """Minutes per team in team order, records without a team last under 未编队."""
        start, before = sql.day_bounds(first, last)
        rows = volunteer_sql.grouped_hours(connection, "s.team_id", f"COALESCE(t.name, '{NO_TEAM}')", start, before)
        ordered = sorted(rows, key=lambda row: (row["key"] is None, row["key"] or 0))
        return tuple(Count(row["label"], row["minutes"] or 0) for row in ordered)

    def _events(self, period: ReportPeriod) -> EventFigures:
        """Occurrences starting in the month and not cancelled, with their 签到; categories in the calendar's order."""
        held = [
            occurrence
            for occurrence in EventReader(self._path).month(period.year, period.number)
            if not occurrence.cancelled and period.first <= occurrence.start.date() <= period.last
        ]
        per_category: dict[str, int] = {}
        for occurrence in held:
            per_category[occurrence.category] = per_category.get(occurrence.category, 0) + 1
        order = {name: index for index, name in enumerate(event_rules.CATEGORIES)}
        labels = sorted(per_category, key=lambda label: order.get(label, len(order)))
        return EventFigures(
            events=len(held),
            participants=sum(occurrence.attendance for occurrence in held),
            by_category=tuple(Count(label, per_category[label]) for label in labels),
        )
