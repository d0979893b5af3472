"""志愿服务 reads for the 志愿 tab, the exports and the calendar: plain sqlite3 per call, safe from any thread."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import mediation as people_sql
from community_desk.db.repositories import volunteers as sql
from community_desk.domain import codes
from community_desk.domain import volunteers as rules
from community_desk.domain.residents import age_on
from community_desk.services.dto import NamedId
from community_desk.services.volunteer_dto import (
    CertificateRow,
    HoursRow,
    ServiceRecordRow,
    StarRow,
    TeamMemberRow,
    TeamRow,
    VolunteerRow,
)

HOURS_BY = ("志愿者", "队伍", "类别", "月份")
_GROUPS = {
    "志愿者": ("v.number", "COALESCE(r.name, v.name)"),
    "队伍": ("COALESCE(t.name, '（个人）')", "COALESCE(t.name, '（个人）')"),
    "类别": ("s.category", "s.category"),
    "月份": ("substr(s.start, 1, 7)", "substr(s.start, 1, 7)"),
}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def volunteer_row(row: sqlite3.Row, today: date | None = None) -> VolunteerRow:
    birth = _day(row["birth_date"])
    political = row["resident_political"] if row["resident_id"] is not None else row["own_political"]
    return VolunteerRow(
        id=row["id"],
        number=row["number"],
        name=row["name"] or "",
        gender=codes.GENDERS.name_of(row["gender"]) if row["gender"] else "",
        age=age_on(birth, today or date.today()) if birth else None,
        phone=row["phone"] or "",
        id_type=row["id_type"] or "",
        id_number=row["id_number"] or "",
        political_status=codes.POLITICAL_STATUSES.name_of(political) if political else "",
        skills=row["skills"],
        teams=row["teams"] or "",
        registered_on=date.fromisoformat(row["registered_on"]),
        active=bool(row["active"]),
        minutes=row["minutes"],
        resident_id=row["resident_id"],
        birth_date=birth,
    )


def service_row(row: sqlite3.Row) -> ServiceRecordRow:
    return ServiceRecordRow(
        id=row["id"],
        volunteer_id=row["volunteer_id"],
        volunteer_number=row["volunteer_number"],
        volunteer_name=row["name"] or "",
        start=datetime.fromisoformat(row["start"]),
        end=datetime.fromisoformat(row["end"]),
        minutes=row["minutes"],
        content=row["content"],
        category=row["category"],
        organiser=row["organiser"],
        place=row["place"],
        confirmed_by=row["confirmed_by"],
        team_name=row["team_name"],
        event_occurrence_key=row["event_occurrence_key"],
    )


def _iso(day: date) -> str:
    return datetime.combine(day, datetime.min.time()).isoformat(sep=" ")


class VolunteerReader(SqliteReader):
    """Volunteers, teams, records, hour sums, the norm check and the certificate register as DTOs."""

    def volunteers(self, active_only: bool = True, text: str = "") -> list[VolunteerRow]:
        with self._connection() as connection:
            return [volunteer_row(row) for row in sql.volunteers(connection, text.strip(), active_only)]

    def volunteer_page(self, text: str = "", offset: int = 0, limit: int = 200) -> list[VolunteerRow]:
        with self._connection() as connection:
            return [volunteer_row(row) for row in sql.volunteers(connection, text.strip(), False, offset, limit)]

    def count_volunteers(self, text: str = "") -> int:
        with self._connection() as connection:
            return sql.count_volunteers(connection, text.strip())

    def volunteer(self, volunteer_id: int) -> VolunteerRow | None:
        with self._connection() as connection:
            row = sql.volunteer(connection, volunteer_id)
        return volunteer_row(row) if row else None

    def volunteer_for_resident(self, resident_id: int) -> int | None:
        """The volunteer linked to a resident (the calendar's sign-in by resident), active ones first."""
        with self._connection() as connection:
            row = connection.execute(
                "SELECT id FROM volunteer WHERE resident_id = ? ORDER BY active DESC, id LIMIT 1", (resident_id,)
            ).fetchone()
        return row[0] if row else None

    def find_residents(self, text: str, limit: int = 30) -> list[NamedId]:
        """Residents for the 登记志愿者 name field (same search as the 调解 party field)."""
        if not text.strip():
            return []
        with self._connection() as connection:
            rows = people_sql.find_residents(connection, text, limit)
        return [NamedId(r["id"], r["name"], {"phone": r["phone"], "address": r["address"] or ""}) for r in rows]

    def volunteer_by_number(self, number: str) -> int | None:
        with self._connection() as connection:
            row = connection.execute("SELECT id FROM volunteer WHERE number = ?", (number.strip(),)).fetchone()
        return row[0] if row else None

    def service_records(
        self,
        volunteer_id: int | None = None,
        start: date | None = None,
        before: date | None = None,
        category: str = "",
        team_id: int | None = None,
        text: str = "",
    ) -> list[ServiceRecordRow]:
        """Records whose start lies in [start, before); newest first."""
        with self._connection() as connection:
            rows = sql.services(
                connection,
                volunteer_id,
                _iso(start) if start else None,
                _iso(before) if before else None,
                category,
                team_id,
                text.strip(),
            )
        return [service_row(row) for row in rows]

    def service_record(self, record_id: int) -> ServiceRecordRow | None:
        with self._connection() as connection:
            row = connection.execute(f"{sql.SERVICE_SELECT} WHERE s.id = ?", (record_id,)).fetchone()
        return service_row(row) if row else None

    def records_for_occurrence(self, event_occurrence_key: str) -> list[ServiceRecordRow]:
        with self._connection() as connection:
            rows = connection.execute(
                f"{sql.SERVICE_SELECT} WHERE s.event_occurrence_key = ? ORDER BY s.id", (event_occurrence_key,)
            ).fetchall()
        return [service_row(row) for row in rows]

    # --- teams ------------------------------------------------------------------------------------------------
    def teams(self, active_only: bool = False) -> list[TeamRow]:
        with self._connection() as connection:
            leaders: dict[int, list[str]] = {}
            for member in sql.members(connection):
                if member["left_on"] is None and member["role"] in rules.LEADER_ROLES:
                    leaders.setdefault(member["team_id"], []).append(f"{member['name']}（{member['role']}）")
            return [
                TeamRow(row["id"], row["name"], row["note"], bool(row["active"]), "、".join(leaders.get(row["id"], [])),
                        row["members"])
                for row in sql.teams(connection, active_only)
            ]

    def team_members(self, team_id: int | None = None, volunteer_id: int | None = None) -> list[TeamMemberRow]:
        with self._connection() as connection:
            rows = sql.members(connection, team_id, volunteer_id)
        return [
            TeamMemberRow(
                row["id"], row["team_id"], row["team_name"], row["volunteer_id"], row["volunteer_number"],
                row["name"] or "", row["role"], date.fromisoformat(row["joined_on"]), _day(row["left_on"]),
            )
            for row in rows
        ]

    # --- statistics -------------------------------------------------------------------------------------------
    def hours_by(self, by: str, start: date, before: date) -> list[HoursRow]:
        """Hours grouped by 志愿者 / 队伍 / 类别 / 月份 for records starting in [start, before)."""
        key_sql, label_sql = _GROUPS[by]
        with self._connection() as connection:
            rows = sql.grouped_hours(connection, key_sql, label_sql, _iso(start), _iso(before))
        return [HoursRow(str(row["key"]), row["label"] or "", row["times"], row["minutes"] or 0) for row in rows]

    def month_shortfalls(self, year: int, month: int) -> list[rules.Shortfall]:
        """Active volunteers (registered by the month end) under 2 services or 3 hours in the month."""
        first, after = rules.month_bounds(year, month)
        with self._connection() as connection:
            active = {
                row[0]: row[1] or ""
                for row in connection.execute(
                    """SELECT v.id, COALESCE(r.name, v.name) FROM volunteer v
                       LEFT JOIN resident r ON r.id = v.resident_id WHERE v.active = 1 AND v.registered_on < ?""",
                    (after.isoformat(),),
                )
            }
            sums = connection.execute(
                """SELECT volunteer_id, count(*), SUM(minutes) FROM volunteer_service
                   WHERE start >= ? AND start < ? GROUP BY volunteer_id""",
                (_iso(first), _iso(after)),
            ).fetchall()
        return rules.volunteer_shortfalls(active, {r[0]: r[1] for r in sums}, {r[0]: r[2] for r in sums})

    def quarter_team_shortfalls(self, year: int, quarter: int) -> list[rules.Shortfall]:
        first, after = rules.quarter_bounds(year, quarter)
        with self._connection() as connection:
            teams = {row["id"]: row["name"] for row in sql.teams(connection, active_only=True)}
            days = sql.team_activity_days(connection, _iso(first), _iso(after))
        return rules.team_shortfalls(teams, days)

    def star_levels(self, with_level_only: bool = False) -> list[StarRow]:
        """Cumulative hours (all time) per volunteer with the star level reached and the hours to the next."""
        result = []
        for row in sorted(self.volunteers(active_only=False), key=lambda r: (-r.minutes, r.number)):
            level = rules.star_level(row.minutes)
            if with_level_only and not level:
                continue
            upcoming = rules.next_star(row.minutes)
            result.append(
                StarRow(row.id, row.number, row.name, row.minutes, level, upcoming[0] if upcoming else "",
                        upcoming[1] if upcoming else None)
            )
        return result

    # --- certificates -----------------------------------------------------------------------------------------
    def certificates(self, volunteer_id: int | None = None) -> list[CertificateRow]:
        with self._connection() as connection:
            rows = sql.certificates(connection, volunteer_id)
        return [
            CertificateRow(
                row["id"], row["number"], row["volunteer_id"], row["volunteer_number"], row["name"] or "",
                date.fromisoformat(row["period_from"]), date.fromisoformat(row["period_to"]), row["minutes"],
                date.fromisoformat(row["issued_on"]), row["print_count"],
            )
            for row in rows
        ]

    def setting(self, *keys: str) -> str:
        with self._connection() as connection:
            return sql.setting(connection, keys)
