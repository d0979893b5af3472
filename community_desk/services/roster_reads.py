"""值班 reads: staff, shift types, a period's roster with conflicts and fairness counts, a shift's log and history.

Plain sqlite3 like the other tab readers, so the tab fills itself without importing SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from datetime import date, datetime, time

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import roster as sql
from community_desk.domain import roster as rules
from community_desk.domain.duty_days import DayOverride, DutyDay, classify_days, holiday_periods, years_without_schedule
from community_desk.domain.roster_conflicts import CONFLICT_SHORT, find_conflicts
from community_desk.services.roster_dto import (
    AssignmentHistoryRow,
    ConflictView,
    DutyLogInput,
    DutyLogView,
    DutyMonthFigures,
    HandoverItemView,
    LogEntryView,
    PersonCounts,
    PersonOnDuty,
    RosterPeriod,
    ShiftTypeView,
    ShiftView,
    StaffView,
    SwapView,
    UnavailabilityView,
)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def shift_label(day: date, name: str) -> str:
    """ "11月3日 夜间": how a shift is named in messages, histories and handover items."""
    return f"{day.month}月{day.day}日 {name}"


def _time(text: str) -> time:
    return time.fromisoformat(text)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def staff_view(row: sqlite3.Row) -> StaffView:
    return StaffView(
        row["id"], row["name"], row["role"], row["phone"], bool(row["can_lead"]), bool(row["active"]), row["notes"]
    )


def shift_type_view(row: sqlite3.Row) -> ShiftTypeView:
    return ShiftTypeView(
        id=row["id"],
        name=row["name"],
        start=_time(row["start"]),
        end=_time(row["end"]),
        day_kinds=frozenset(kind for kind in row["day_kinds"].split(",") if kind),
        leaders=row["leaders"],
        staff=row["staff"],
        night=bool(row["night"]),
        active=bool(row["active"]),
    )


def rule_shift_type(view: ShiftTypeView) -> rules.ShiftType:
    return rules.ShiftType(
        view.id, view.name, view.start, view.end, view.day_kinds, view.leaders, view.staff, view.night
    )


def _counts(values: tuple[int, int, int, int] | None) -> rules.DutyCounts:
    if values is None:
        return rules.DutyCounts()
    shifts, nights, holidays, rest_days = values
    return rules.DutyCounts(shifts, nights or 0, holidays or 0, rest_days or 0)


def _person(row: sqlite3.Row) -> PersonOnDuty:
    return PersonOnDuty(row["id"], row["staff_id"], row["name"], row["phone"], row["role"], row["source"] == "调班")


def _handover(row: sqlite3.Row) -> HandoverItemView:
    opened_on = date.fromisoformat(row["opened_on"])
    return HandoverItemView(
        id=row["id"],
        text=row["text"],
        opened_on=opened_on,
        opened_shift=shift_label(opened_on, row["opened_name"]),
        closed=row["closed_shift_id"] is not None,
        closed_on=_day(row["closed_on"]),
        closing_note=row["closing_note"],
    )


class RosterReader(SqliteReader):
    # --- reference lists --------------------------------------------------------------------------------------------
    def staff(self, active_only: bool = False) -> list[StaffView]:
        with self._connection() as connection:
            people = [staff_view(row) for row in sql.staff(connection)]
        return [p for p in people if p.active] if active_only else people

    def shift_types(self, active_only: bool = False) -> list[ShiftTypeView]:
        with self._connection() as connection:
            types = [shift_type_view(row) for row in sql.shift_types(connection)]
        return [t for t in types if t.active] if active_only else types

    def unavailability(self, first: date, last: date) -> list[UnavailabilityView]:
        with self._connection() as connection:
            rows = sql.unavailability(connection, first, last)
        return [
            UnavailabilityView(
                r["id"],
                r["staff_id"],
                r["staff_name"],
                date.fromisoformat(r["first"]),
                date.fromisoformat(r["last"]),
                r["reason"],
                r["notes"],
            )
            for r in rows
        ]

    def overrides(self) -> dict[date, DayOverride]:
        with self._connection() as connection:
            rows = sql.overrides(connection)
        return {
            date.fromisoformat(r["day"]): DayOverride(date.fromisoformat(r["day"]), r["kind"], r["name"]) for r in rows
        }

    def days(self, first: date, last: date) -> list[DutyDay]:
        return classify_days(first, last, self.overrides())

    # --- a period ---------------------------------------------------------------------------------------------------
    def period(self, first: date, last: date) -> RosterPeriod:
        """The roster of [first, last] with conflicts and per-person counts for the period and its year to date."""
        overrides = self.overrides()
        days = classify_days(first, last, overrides)
        shifts = self.shifts_between(first, last)
        with self._connection() as connection:
            types = [shift_type_view(row) for row in sql.shift_types(connection)]
            people = [staff_view(row) for row in sql.staff(connection)]
            period_counts = sql.counts_between(connection, first, last)
            year_counts = sql.counts_between(connection, date(last.year, 1, 1), last)
            away = sql.unavailability(connection, first, last)
        unavailable = [
            rules.Unavailable(r["staff_id"], date.fromisoformat(r["first"]), date.fromisoformat(r["last"]))
            for r in away
        ]
        conflicts = self._conflicts(shifts, days, types, people, unavailable)
        counts = tuple(
            PersonCounts(p.id, p.name, _counts(period_counts.get(p.id)), _counts(year_counts.get(p.id)))
            for p in people
            if p.active or p.id in period_counts
        )
        return RosterPeriod(
            first=first,
            last=last,
            days=tuple(days),
            shift_types=tuple(t for t in types if t.active or any(s.shift_type_id == t.id for s in shifts)),
            shifts=shifts,
            conflicts=tuple(conflicts),
            counts=counts,
            years_without_schedule=tuple(years_without_schedule(first, last, overrides)),
        )

    def month(self, year: int, month: int) -> RosterPeriod:
        return self.period(*month_bounds(year, month))

    def shifts_between(self, first: date, last: date) -> tuple[ShiftView, ...]:
        with self._connection() as connection:
            shift_rows = sql.shifts_between(connection, first, last)
            on_duty = sql.people_between(connection, first, last)
            with_records = sql.shifts_with_records(connection, first, last)
        by_shift: dict[int, list[PersonOnDuty]] = {}
        for row in on_duty:
            by_shift.setdefault(row["shift_id"], []).append(_person(row))
        return tuple(
            self._shift_view(row, by_shift.get(row["id"], []), row["id"] in with_records) for row in shift_rows
        )

    def counts(self, first: date, last: date) -> dict[int, rules.DutyCounts]:
        """Per staff id over [first, last]: what the generator evens out across the year."""
        with self._connection() as connection:
            return {
                staff_id: _counts(values) for staff_id, values in sql.counts_between(connection, first, last).items()
            }

    @staticmethod
    def _shift_view(row: sqlite3.Row, people: list[PersonOnDuty], has_log: bool) -> ShiftView:
        return ShiftView(
            id=row["id"],
            day=date.fromisoformat(row["day"]),
            shift_type_id=row["shift_type_id"],
            name=row["name"],
            starts_at=datetime.fromisoformat(row["starts_at"]),
            ends_at=datetime.fromisoformat(row["ends_at"]),
            day_kind=row["day_kind"],
            day_name=row["day_name"],
            leaders=tuple(p for p in people if p.is_leader),
            staff=tuple(p for p in people if not p.is_leader),
            needed_leaders=row["needed_leaders"],
            needed_staff=row["needed_staff"],
            has_log=has_log,
        )

    @staticmethod
    def _conflicts(
        shifts: tuple[ShiftView, ...],
        days: list[DutyDay],
        types: list[ShiftTypeView],
        people: list[StaffView],
        unavailable: list[rules.Unavailable],
    ) -> list[ConflictView]:
        """The domain's checks over the period; 缺人 only for shifts that exist (an unplanned day is no clash)."""
        by_key = {(s.day, s.shift_type_id): s for s in shifts}
        assignments = [rules.Assignment(s.day, s.shift_type_id, p.role, p.staff_id) for s in shifts for p in s.people]
        found = find_conflicts(
            assignments,
            {d.day: d for d in days},
            {t.id: rule_shift_type(t) for t in types},
            {p.id: rules.Staff(p.id, p.name, p.can_lead, p.active) for p in people},
            unavailable,
        )
        return [
            ConflictView(
                shift.id if shift else None,
                c.day,
                shift.name if shift else "",
                next((p.name for p in people if p.id == c.staff_id), ""),
                c.kind,
                c.message,
            )
            for c in found
            if (shift := by_key.get((c.day, c.shift_type_id))) is not None or c.kind != CONFLICT_SHORT
        ]

    # --- one shift --------------------------------------------------------------------------------------------------
    def shift(self, shift_id: int) -> ShiftView | None:
        with self._connection() as connection:
            row = sql.shift(connection, shift_id)
            if row is None:
                return None
            day = date.fromisoformat(row["day"])
            people = [r for r in sql.people_between(connection, day, day) if r["shift_id"] == shift_id]
            has_log = shift_id in sql.shifts_with_records(connection, day, day)
        return self._shift_view(row, [_person(r) for r in people], has_log)

    def history(self, shift_id: int) -> list[AssignmentHistoryRow]:
        with self._connection() as connection:
            rows = sql.history(connection, shift_id)
        return [
            AssignmentHistoryRow(
                r["id"],
                r["name"],
                r["role"],
                r["source"],
                r["ended_at"] is None,
                datetime.fromisoformat(r["created_at"]),
                r["swap_summary"],
            )
            for r in rows
        ]

    def swaps(self, first: date, last: date) -> list[SwapView]:
        with self._connection() as connection:
            rows = sql.swaps_between(connection, first, last)
        return [
            SwapView(
                r["id"],
                r["kind"],
                r["requested_by"],
                r["with_staff"],
                r["approved_by"],
                datetime.fromisoformat(r["requested_at"]),
                datetime.fromisoformat(r["recorded_at"]),
                r["reason"],
                r["summary"],
            )
            for r in rows
        ]

    def duty_log(self, shift_id: int) -> DutyLogView | None:
        shift = self.shift(shift_id)
        if shift is None:
            return None
        with self._connection() as connection:
            log = sql.log(connection, shift_id)
            entries = sql.entries(connection, shift_id)
            starts_at = sql.shift(connection, shift_id)["starts_at"]
            items = sql.handover_for_shift(connection, shift_id, starts_at)
        data = DutyLogInput(**dict(log)) if log is not None else DutyLogInput()
        views = [(row, _handover(row)) for row in items]
        return DutyLogView(
            shift=shift,
            data=data,
            entries=tuple(
                LogEntryView(
                    e["id"], e["kind"], _time(e["at"]), e["person"], e["phone"], e["matter"], e["handling"], e["people"]
                )
                for e in entries
            ),
            carried_in=tuple(v for row, v in views if shift_id not in (row["opened_shift_id"], row["closed_shift_id"])),
            raised_here=tuple(v for row, v in views if row["opened_shift_id"] == shift_id),
            closed_here=tuple(
                v for row, v in views if row["closed_shift_id"] == shift_id and row["opened_shift_id"] != shift_id
            ),
        )

    def month_figures(self, year: int, month: int) -> DutyMonthFigures:
        first, last = month_bounds(year, month)
        with self._connection() as connection:
            return DutyMonthFigures(*sql.month_figures(connection, first, last))

    def holiday_periods(self, year: int) -> list[tuple[str, date, date]]:
        """(name, first, last) of the year's 法定节假日 runs, for "generate a holiday period"."""
        return holiday_periods(year, self.overrides())
