"""Generating a 值班 period: gather what the reads know (staff, leave, fixed days, neighbouring shifts, the year's
counts so far), let the domain generator plan it, and write the shifts and assignments in one unit of work.

Kept apart from the other writes because it is the one bulk operation: it replaces every shift of the period that
nobody has touched while keeping the days that have a 值班记录, a 调班 or a manual change.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import delete, insert, select

from community_desk.db.models.roster import DutyAssignment, DutyShift
from community_desk.domain import roster as rules
from community_desk.domain.duty_days import DutyDay, classify_days, years_without_schedule
from community_desk.domain.roster_generator import generate_roster
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import GenerateResult
from community_desk.services.roster_reads import RosterReader, rule_shift_type
from community_desk.services.roster_writes import SOURCE_AUTO, RosterWrites, current_time

MAX_GENERATE_DAYS = 366


class RosterGeneration(RosterReader, RosterWrites):
    """Mixed into RosterService: planning a period reads through RosterReader and writes through RosterWrites."""

    # --- generating a period ----------------------------------------------------------------------------------------
    def generate(self, first: date, last: date, seed: int = 0) -> GenerateResult:
        """Plan [first, last] in one transaction. Days that already have a 值班记录, a 调班 or a manual change are
        kept as they are (their people count as fixed); every other shift of the period is planned afresh."""
        if last < first:
            raise UserError("结束日期不能早于开始日期", field="last")
        if (last - first).days >= MAX_GENERATE_DAYS:
            raise UserError("一次最多生成一年的值班表", field="last")
        types = [rule_shift_type(t) for t in self.shift_types(active_only=True)]
        if not types:
            raise UserError("没有启用的班次，请先在「班次设置」中设置")
        people = self.staff(active_only=True)
        if not any(p.can_lead for p in people) and any(t.leaders for t in types):
            raise UserError("没有可以带班的在岗人员，请先在「人员」中勾选「可带班」")
        overrides = self.overrides()
        days = classify_days(first, last, overrides)
        around = self.shifts_between(first - timedelta(days=1), last + timedelta(days=1))
        kept = self._kept_days(first, last, {s.id for s in around if s.has_log})
        in_period = [s for s in around if first <= s.day <= last]
        fixed = [
            rules.Assignment(s.day, s.shift_type_id, p.role, p.staff_id)
            for s in in_period
            if s.day in kept
            for p in s.people
        ]
        busy = [
            rules.Busy(p.staff_id, s.starts_at, s.ends_at)
            for s in around
            if not first <= s.day <= last
            for p in s.people
        ]
        prior = self.counts(date(first.year, 1, 1), first - timedelta(days=1)) if first > date(first.year, 1, 1) else {}
        away = [rules.Unavailable(u.staff_id, u.first, u.last) for u in self.unavailability(first, last)]
        plan = generate_roster(
            days,
            types,
            [rules.Staff(p.id, p.name, p.can_lead, p.active) for p in people],
            away,
            fixed,
            busy,
            prior,
            seed,
        )
        fixed_set = set(fixed)
        new = [a for a in plan.assignments if a not in fixed_set]
        with self._uow() as uow:
            session = uow.session
            session.execute(
                delete(DutyShift).where(DutyShift.day.between(first, last), DutyShift.day.not_in(sorted(kept)))
            )
            shift_ids = {
                (row.day, row.shift_type_id): row.id
                for row in session.execute(
                    select(DutyShift.day, DutyShift.shift_type_id, DutyShift.id).where(
                        DutyShift.day.between(first, last)
                    )
                )
            }
            by_day = {d.day: d for d in days}
            created = [
                self._new_shift(by_day[d.day], t)
                for d in days
                for t in types
                if d.kind in t.day_kinds and (d.day, t.id) not in shift_ids
            ]
            session.add_all(created)
            session.flush()
            shift_ids.update({(s.day, s.shift_type_id): s.id for s in created})
            now = current_time()
            if new:
                session.execute(
                    insert(DutyAssignment),
                    [
                        {
                            "shift_id": shift_ids[(a.day, a.shift_type_id)],
                            "staff_id": a.staff_id,
                            "role": a.role,
                            "source": SOURCE_AUTO,
                            "created_at": now,
                        }
                        for a in new
                    ],
                )
            uow.audit(
                "create",
                "duty_shift",
                None,
                f"生成值班表 {first:%Y-%m-%d}至{last:%Y-%m-%d}：{len(created)}个新班次，{len(new)}人次，"
                f"缺{len(plan.unfilled)}人次，保留{len(kept)}天",
                after={"first": first, "last": last, "seed": seed},
            )
        result = self.period(first, last)
        return GenerateResult(
            first=first,
            last=last,
            shifts=len(result.shifts),
            assignments=sum(len(s.people) for s in result.shifts),
            unfilled=len(plan.unfilled),
            kept_days=tuple(sorted(kept)),
            counts=result.counts,
            years_without_schedule=tuple(years_without_schedule(first, last, overrides)),
        )

    @staticmethod
    def _new_shift(day: DutyDay, shift_type: rules.ShiftType) -> DutyShift:
        starts_at, ends_at = shift_type.span(day.day)
        return DutyShift(
            day=day.day,
            shift_type_id=shift_type.id,
            name=shift_type.name,
            starts_at=starts_at,
            ends_at=ends_at,
            day_kind=day.kind,
            day_name=day.name,
            needed_leaders=shift_type.leaders,
            needed_staff=shift_type.staff,
            night=shift_type.night,
        )

    def _kept_days(self, first: date, last: date, with_records: set[int]) -> set[date]:
        """Days whose shifts have a record, or people placed by hand or by a 调班, or any ended assignment."""
        with self._uow() as uow:
            touched = uow.session.execute(
                select(DutyShift.day)
                .join(DutyAssignment, DutyAssignment.shift_id == DutyShift.id)
                .where(
                    DutyShift.day.between(first, last),
                    (DutyAssignment.source != SOURCE_AUTO) | DutyAssignment.ended_at.is_not(None),
                )
            ).scalars()
            recorded = uow.session.execute(select(DutyShift.day).where(DutyShift.id.in_(with_records))).scalars()
            return set(touched) | set(recorded)
