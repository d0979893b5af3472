"""活动 reads: a month's occurrences (recurrences expanded in memory for that month only), lists and reminders.

Plain sqlite3 like the registry reader, so the tab fills itself without importing SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from datetime import date, datetime, timedelta

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import events as sql
from community_desk.domain import calendar as rules
from community_desk.services.events_dto import EventDetail, EventInput, OccurrenceView, PersonEntry, Reminder


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def weekdays_of(text: str) -> frozenset[int]:
    return frozenset(int(d) for d in text.split(",") if d)


def event_input(row: sqlite3.Row) -> EventInput:
    weekdays = weekdays_of(row["weekdays"])
    return EventInput(
        name=row["name"],
        category=row["category"],
        place=row["place"],
        start=datetime.fromisoformat(row["start"]),
        end=datetime.fromisoformat(row["end"]),
        organiser=row["organiser"],
        audience=row["audience"],
        capacity=row["capacity"],
        notes=row["notes"],
        press_text=row["press_text"],
        weekdays=weekdays,
        repeat_until=date.fromisoformat(row["last_day"]) if weekdays else None,
    )


def occurrences_of(
    data: EventInput, exceptions: list[rules.Exception_], first: date, last: date
) -> list[rules.Occurrence]:
    """A one-off event is a single occurrence keyed by its start day; a course expands over [first, last]."""
    if not data.weekdays:
        exc = next((e for e in exceptions if e.original == data.start.date()), None)
        occ = rules.Occurrence(data.start.date(), data.start, data.end, cancelled=bool(exc and exc.cancelled))
        return [occ] if first <= occ.start.date() <= last or first <= occ.end.date() <= last else []
    rule = rules.Weekly(
        data.weekdays, data.start.date(), data.repeat_until or data.start.date(), data.start.time(), data.end.time()
    )
    return rules.expand(rule, exceptions, (first, last))


def exception_of(row: sqlite3.Row) -> rules.Exception_:
    return rules.Exception_(
        date.fromisoformat(row["occurrence_date"]), bool(row["cancelled"]), _dt(row["new_start"]), _dt(row["new_end"])
    )


class EventReader(SqliteReader):
    def between(self, first: date, last: date) -> list[OccurrenceView]:
        """Occurrences in [first, last], sorted by start; one SQL round per table, whatever the number of events."""
        with self._connection() as connection:
            rows = sql.events_between(connection, first, last)
            ids = [row["id"] for row in rows]
            exceptions: dict[int, list[rules.Exception_]] = {}
            for row in sql.exceptions_for(connection, ids):
                exceptions.setdefault(row["event_id"], []).append(exception_of(row))
            signups = sql.counts_by_occurrence(connection, "event_signup", ids)
            attendance = sql.counts_by_occurrence(connection, "event_attendance", ids)
        found: list[OccurrenceView] = []
        for row in rows:
            if not row["weekdays"] and row["id"] not in exceptions:  # the common one-off: no rule to expand
                start, end = datetime.fromisoformat(row["start"]), datetime.fromisoformat(row["end"])
                key = (row["id"], start.date().isoformat())
                found.append(
                    OccurrenceView(
                        row["id"],
                        start.date(),
                        row["name"],
                        row["category"],
                        row["place"],
                        start,
                        end,
                        row["organiser"],
                        row["capacity"],
                        False,
                        False,
                        False,
                        signups.get(key, 0),
                        attendance.get(key, 0),
                    )
                )
                continue
            data = event_input(row)
            for occ in occurrences_of(data, exceptions.get(row["id"], []), first, last):
                key = (row["id"], occ.original.isoformat())
                found.append(
                    OccurrenceView(
                        row["id"],
                        occ.original,
                        data.name,
                        data.category,
                        data.place,
                        occ.start,
                        occ.end,
                        data.organiser,
                        data.capacity,
                        bool(data.weekdays),
                        occ.cancelled,
                        occ.moved,
                        signups.get(key, 0),
                        attendance.get(key, 0),
                    )
                )
        return sorted(found, key=lambda o: (o.start, o.event_id))

    def month(self, year: int, month: int) -> list[OccurrenceView]:
        return self.between(date(year, month, 1), date(year, month, monthrange(year, month)[1]))

    def month_grid(self, year: int, month: int) -> list[OccurrenceView]:
        """The six weeks the month grid shows (Monday before the 1st, 42 days)."""
        first = date(year, month, 1)
        start = first - timedelta(days=first.weekday())
        return self.between(start, start + timedelta(days=41))

    def event(self, event_id: int) -> EventDetail | None:
        with self._connection() as connection:
            row = connection.execute(f"SELECT {sql.EVENT_COLUMNS} FROM event WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            return None
        data = event_input(row)
        label = "单次活动"
        if data.weekdays:
            rule = rules.Weekly(
                data.weekdays,
                data.start.date(),
                data.repeat_until or data.start.date(),
                data.start.time(),
                data.end.time(),
            )
            label = f"{rule.label()}（至{rule.last:%Y-%m-%d}）"
        return EventDetail(event_id, data, label)

    def signups(self, event_id: int, day: date) -> list[PersonEntry]:
        with self._connection() as connection:
            rows = sql.people(connection, "event_signup", event_id, day)
        return [
            PersonEntry(r["id"], r["name"], r["resident_id"], datetime.fromisoformat(r["at"]), phone=r["phone"])
            for r in rows
        ]

    def attendance(self, event_id: int, day: date) -> list[PersonEntry]:
        with self._connection() as connection:
            rows = sql.people(connection, "event_attendance", event_id, day)
        return [
            PersonEntry(
                r["id"],
                r["name"],
                r["resident_id"],
                datetime.fromisoformat(r["at"]),
                r["volunteer_id"],
                r["service_record_id"],
            )
            for r in rows
        ]

    def reminders(self, today: date) -> list[Reminder]:
        """The banner on opening: this week's events, 80/90/100 birthdays this month, 90+ before a near 重阳."""
        monday = today - timedelta(days=today.weekday())
        week = [o for o in self.between(monday, monday + timedelta(days=6)) if not o.cancelled]
        found = [Reminder("本周活动", f"本周有 {len(week)} 场活动", monday)] if week else []
        with self._connection() as connection:
            births = sql.birthdays_in_month(connection, today.year, today.month, (80, 90, 100))
            chongyang = rules.festival_on(today.year, "重阳节")
            elders: list[sqlite3.Row] = []
            if 0 <= (chongyang - today).days <= 30:
                elders = sql.born_on_or_before(connection, _years_before(chongyang, 90))
        for row in births:
            born = date.fromisoformat(row["birth_date"])
            found.append(Reminder("寿辰", f"{row['name']} 本月{born.day}日满{today.year - born.year}岁", born))
        if elders:
            names = "、".join(r["name"] for r in elders[:8]) + ("等" if len(elders) > 8 else "")
            found.append(
                Reminder(
                    "重阳", f"重阳节（{chongyang:%m月%d日}）前走访90岁以上老人 {len(elders)} 位：{names}", chongyang
                )
            )
        return found


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def resident_by_name(reader: EventReader, name: str) -> int | None:
    """The one living resident with exactly this name, for a quick 签到; None when none or several match."""
    with reader._connection() as connection:
        rows = connection.execute(
            "SELECT id FROM resident WHERE name = ? AND death_date IS NULL LIMIT 2", (name,)
        ).fetchall()
    return rows[0][0] if len(rows) == 1 else None
