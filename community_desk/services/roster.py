"""值班 use cases: staff and their leave, shift types, the 放假安排 override table, generating a period,
manual changes, 调班, the 值班记录 with its handover items, and the printed roster and log sheet.

Reads come from RosterReader (plain sqlite3). Every write is one unit of work with one audit row. Changes to who
is on a shift never delete the old assignment: it is ended, so the shift keeps its history. Manual changes that
break a rule are allowed — the clerk knows things the rules do not — and show up as conflicts in the period view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models.roster import (
    DutyAssignment,
    DutyDayOverride,
    DutyHandoverItem,
    DutyLog,
    DutyLogEntry,
    DutyShift,
    DutyShiftType,
    DutyStaff,
    DutySwap,
    DutyUnavailability,
)
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import roster as rules
from community_desk.domain.duty_days import DAY_KINDS, DayOverride, DutyDay, classify_days, years_without_schedule
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import (
    DutyLogInput,
    GenerateResult,
    LogEntryInput,
    ShiftTypeInput,
    StaffInput,
    SwapInput,
)
from community_desk.services.roster_reads import RosterReader, rule_shift_type, shift_label
from community_desk.services.validation import PHONE_PATTERN, clean_text

UNAVAILABILITY_REASONS = ("请假", "培训", "其他")
ENTRY_KINDS = ("来电", "来访", "突发事件")
SOURCE_AUTO, SOURCE_MANUAL, SOURCE_SWAP = "自动排班", "手工", "调班"
MAX_GENERATE_DAYS = 366


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def staff_values(data: StaffInput) -> dict[str, object]:
    name = clean_text(data.name)
    if not name:
        raise UserError("请填写姓名", field="name")
    if data.role not in rules.STAFF_ROLES:
        raise UserError("请选择职务", field="role")
    phone = clean_text(data.phone)
    if phone and not PHONE_PATTERN.match(phone):
        raise UserError("联系电话只能包含数字、空格、+、-、括号，长度5–30位", field="phone")
    return {
        "name": name,
        "role": data.role,
        "phone": phone,
        "can_lead": data.can_lead,
        "active": data.active,
        "notes": (data.notes or "").strip(),
    }


def shift_type_values(data: ShiftTypeInput) -> dict[str, object]:
    name = clean_text(data.name)
    if not name:
        raise UserError("请填写班次名称", field="name")
    if not data.day_kinds or not data.day_kinds <= set(DAY_KINDS):
        raise UserError("请至少选择一种适用日（工作日/休息日/节假日）", field="day_kinds")
    if not (0 <= data.leaders <= 3 and 0 <= data.staff <= 5):
        raise UserError("带班领导 0–3 人，值班人员 0–5 人", field="staff")
    if data.leaders + data.staff == 0:
        raise UserError("每个班次至少需要一人", field="staff")
    return {
        "name": name,
        "start": f"{data.start:%H:%M}",
        "end": f"{data.end:%H:%M}",
        "day_kinds": ",".join(kind for kind in DAY_KINDS if kind in data.day_kinds),
        "leaders": data.leaders,
        "staff": data.staff,
        "night": data.night,
        "active": data.active,
    }


def entry_values(data: LogEntryInput) -> dict[str, object]:
    if data.kind not in ENTRY_KINDS:
        raise UserError("请选择类别（来电/来访/突发事件）", field="kind")
    person, matter = clean_text(data.person), (data.matter or "").strip()
    if not person and data.kind != "突发事件":
        raise UserError("请填写来电来访人", field="person")
    if not matter:
        raise UserError("请填写事由", field="matter")
    if not 1 <= data.people <= 999:
        raise UserError("人次应在 1–999 之间", field="people")
    phone = clean_text(data.phone)
    if phone and not PHONE_PATTERN.match(phone):
        raise UserError("联系电话只能包含数字、空格、+、-、括号，长度5–30位", field="phone")
    return {
        "kind": data.kind,
        "at": f"{data.at:%H:%M}",
        "person": person,
        "phone": phone,
        "matter": matter,
        "handling": (data.handling or "").strip(),
        "people": data.people,
    }


class RosterService(RosterReader):
    """Everything the 值班 tab and the CLI call."""

    def __init__(self, db_path: Path, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        RosterReader.__init__(self, db_path)
        self._factory = session_factory
        self._actor = actor

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    # --- staff and leave --------------------------------------------------------------------------------------------
    def add_staff(self, data: StaffInput) -> int:
        values = staff_values(data)
        with self._uow() as uow:
            now = _now()
            person = DutyStaff(**values, created_at=now, updated_at=now)
            uow.session.add(person)
            uow.session.flush()
            uow.audit("create", "duty_staff", person.id, f"新增值班人员 {values['name']}", after=values)
            return person.id

    def update_staff(self, staff_id: int, data: StaffInput) -> None:
        values = staff_values(data)
        with self._uow() as uow:
            person = _get(uow.session, DutyStaff, staff_id, "该人员已不存在")
            before = {name: getattr(person, name) for name in values}
            for name, value in values.items():
                setattr(person, name, value)
            person.updated_at = _now()
            uow.audit("update", "duty_staff", staff_id, f"修改值班人员 {values['name']}", before, values)

    def add_unavailability(self, staff_id: int, first: date, last: date, reason: str, notes: str = "") -> int:
        if last < first:
            raise UserError("结束日期不能早于开始日期", field="last")
        if reason not in UNAVAILABILITY_REASONS:
            raise UserError("请选择原因（请假/培训/其他）", field="reason")
        with self._uow() as uow:
            person = _get(uow.session, DutyStaff, staff_id, "该人员已不存在")
            row = DutyUnavailability(staff_id=staff_id, first=first, last=last, reason=reason, notes=notes.strip())
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "create",
                "duty_unavailability",
                row.id,
                f"登记 {person.name} {reason} {first:%Y-%m-%d}至{last:%Y-%m-%d}",
                after={"staff_id": staff_id, "first": first, "last": last, "reason": reason},
            )
            return row.id

    def delete_unavailability(self, unavailability_id: int) -> None:
        with self._uow() as uow:
            row = _get(uow.session, DutyUnavailability, unavailability_id, "该请假记录已不存在")
            uow.audit(
                "delete",
                "duty_unavailability",
                row.id,
                f"删除请假/培训登记 {row.first:%Y-%m-%d}至{row.last:%Y-%m-%d}",
                before={"staff_id": row.staff_id, "first": row.first, "last": row.last, "reason": row.reason},
            )
            uow.session.delete(row)

    # --- shift types and the 放假安排 ---------------------------------------------------------------------------------
    def save_shift_type(self, shift_type_id: int | None, data: ShiftTypeInput) -> int:
        """New when shift_type_id is None. Existing shifts keep the times they were made with."""
        values = shift_type_values(data)
        with self._uow() as uow:
            clash = uow.session.scalar(select(DutyShiftType.id).where(DutyShiftType.name == values["name"]))
            if clash is not None and clash != shift_type_id:
                raise UserError(f"已有名为「{values['name']}」的班次", field="name")
            if shift_type_id is None:
                last = uow.session.scalar(select(DutyShiftType.sort_order).order_by(DutyShiftType.sort_order.desc()))
                row = DutyShiftType(**values, sort_order=(last or 0) + 1)
                uow.session.add(row)
                uow.session.flush()
                uow.audit("create", "duty_shift_type", row.id, f"新增班次 {values['name']}", after=values)
                return row.id
            row = _get(uow.session, DutyShiftType, shift_type_id, "该班次已不存在")
            before = {name: getattr(row, name) for name in values}
            for name, value in values.items():
                setattr(row, name, value)
            uow.audit("update", "duty_shift_type", row.id, f"修改班次 {values['name']}", before, values)
            return row.id

    def set_override(self, override: DayOverride) -> None:
        self.set_overrides([override])

    def set_overrides(self, overrides: Sequence[DayOverride]) -> None:
        """A day or a run of days of the 放假安排 (e.g. 国庆 10月1日–7日) in one transaction and one audit row."""
        if not overrides:
            return
        if any(o.kind not in DAY_KINDS for o in overrides):
            raise UserError("请选择日别（工作日/休息日/节假日）", field="kind")
        with self._uow() as uow:
            for override in overrides:
                row = uow.session.get(DutyDayOverride, override.day) or DutyDayOverride(day=override.day)
                row.kind, row.name = override.kind, clean_text(override.name)
                uow.session.add(row)
            first, last = min(o.day for o in overrides), max(o.day for o in overrides)
            span = f"{first:%Y-%m-%d}" + (f"至{last:%Y-%m-%d}（{len(overrides)}天）" if last != first else "")
            uow.audit(
                "update",
                "duty_day_override",
                None,
                f"设置放假安排 {span}：{overrides[0].kind} {overrides[0].name}".rstrip(),
                after={"days": [o.day for o in overrides], "kind": overrides[0].kind, "name": overrides[0].name},
            )

    def delete_override(self, day: date) -> None:
        with self._uow() as uow:
            row = uow.session.get(DutyDayOverride, day)
            if row is not None:
                uow.audit(
                    "delete",
                    "duty_day_override",
                    None,
                    f"取消 {day:%Y-%m-%d} 的放假安排设置",
                    before={"kind": row.kind, "name": row.name},
                )
                uow.session.delete(row)

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
        plan = rules.generate_roster(
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
            now = _now()
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

    # --- manual changes ---------------------------------------------------------------------------------------------
    def assign(self, shift_id: int, staff_id: int, role: str) -> int:
        """Put someone on a shift by hand; a rule it breaks shows as a conflict, it is not refused."""
        if role not in (rules.ROLE_LEADER, rules.ROLE_STAFF):
            raise UserError("请选择岗位（带班领导/值班人员）", field="role")
        with self._uow() as uow:
            shift = _get(uow.session, DutyShift, shift_id, "该班次已不存在")
            person = _get(uow.session, DutyStaff, staff_id, "该人员已不存在")
            self._refuse_twice(uow.session, shift, staff_id, person.name)
            row = DutyAssignment(
                shift_id=shift_id, staff_id=staff_id, role=role, source=SOURCE_MANUAL, created_at=_now()
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "create", "duty_assignment", row.id, f"安排 {person.name} {shift_label(shift.day, shift.name)} {role}"
            )
            return row.id

    def remove_assignment(self, assignment_id: int) -> None:
        with self._uow() as uow:
            row, shift, person = self._current(uow.session, assignment_id)
            row.ended_at = _now()
            uow.audit(
                "update",
                "duty_assignment",
                row.id,
                f"撤下 {person.name} {shift_label(shift.day, shift.name)} {row.role}",
            )

    def move_assignment(self, assignment_id: int, to_shift_id: int, staff_id: int | None = None) -> int:
        """Drag-and-drop and 换人: end the old assignment, start a new one (another shift and/or another person)."""
        with self._uow() as uow:
            row, shift, person = self._current(uow.session, assignment_id)
            target = _get(uow.session, DutyShift, to_shift_id, "目标班次已不存在")
            new_person = _get(uow.session, DutyStaff, staff_id, "该人员已不存在") if staff_id else person
            if target.id == shift.id and new_person.id == person.id:
                return row.id
            self._refuse_twice(uow.session, target, new_person.id, new_person.name)
            now = _now()
            row.ended_at = now
            moved = DutyAssignment(
                shift_id=target.id, staff_id=new_person.id, role=row.role, source=SOURCE_MANUAL, created_at=now
            )
            uow.session.add(moved)
            uow.session.flush()
            uow.audit(
                "update",
                "duty_assignment",
                moved.id,
                f"调整 {shift_label(shift.day, shift.name)} {person.name} → "
                f"{shift_label(target.day, target.name)} {new_person.name}（{row.role}）",
            )
            return moved.id

    @staticmethod
    def _current(session: Session, assignment_id: int) -> tuple[DutyAssignment, DutyShift, DutyStaff]:
        row = session.get(DutyAssignment, assignment_id)
        if row is None or row.ended_at is not None:
            raise UserError("该安排已被调整，请刷新后再试")
        return row, _get(session, DutyShift, row.shift_id, "该班次已不存在"), _get(session, DutyStaff, row.staff_id, "")

    @staticmethod
    def _refuse_twice(session: Session, shift: DutyShift, staff_id: int, name: str) -> None:
        already = session.scalar(
            select(DutyAssignment.id).where(
                DutyAssignment.shift_id == shift.id,
                DutyAssignment.staff_id == staff_id,
                DutyAssignment.ended_at.is_(None),
            )
        )
        if already is not None:
            raise UserError(f"{name} 已在 {shift_label(shift.day, shift.name)} 值班")

    # --- 调班 -------------------------------------------------------------------------------------------------------
    def swap(self, data: SwapInput) -> int:
        """代班 or 互换, approved by a named person. The original assignments stay in the history, ended by the swap."""
        approved_by = clean_text(data.approved_by)
        if not approved_by:
            raise UserError("请填写批准人", field="approved_by")
        with self._uow() as uow:
            session = uow.session
            mine, my_shift, me = self._current(session, data.assignment_id)
            other = _get(session, DutyStaff, data.with_staff_id, "调班对象已不存在")
            if other.id == me.id:
                raise UserError("不能与本人调班", field="with_staff_id")
            self._refuse_twice(session, my_shift, other.id, other.name)
            summary = f"{shift_label(my_shift.day, my_shift.name)} {me.name} → {other.name}"
            theirs: tuple[DutyAssignment, DutyShift] | None = None
            if data.with_assignment_id is not None:
                row, their_shift, holder = self._current(session, data.with_assignment_id)
                if holder.id != other.id:
                    raise UserError(f"所选班次不是 {other.name} 的班次", field="with_assignment_id")
                self._refuse_twice(session, their_shift, me.id, me.name)
                theirs = (row, their_shift)
                summary += f"；{shift_label(their_shift.day, their_shift.name)} {other.name} → {me.name}"
            now = _now()
            swap = DutySwap(
                kind="互换" if theirs else "代班",
                requested_by_id=me.id,
                with_staff_id=other.id,
                approved_by=approved_by,
                reason=(data.reason or "").strip(),
                summary=summary,
                requested_at=data.requested_at or now,
                recorded_at=now,
            )
            session.add(swap)
            session.flush()
            for old, new_staff in ((mine, other.id), *(((theirs[0], me.id),) if theirs else ())):
                old.ended_at, old.ended_by_swap_id = now, swap.id
                session.add(
                    DutyAssignment(
                        shift_id=old.shift_id,
                        staff_id=new_staff,
                        role=old.role,
                        source=SOURCE_SWAP,
                        created_at=now,
                        created_by_swap_id=swap.id,
                    )
                )
            uow.audit("create", "duty_swap", swap.id, f"调班（{swap.kind}）{summary}，批准人 {approved_by}")
            return swap.id

    # --- 值班记录 -----------------------------------------------------------------------------------------------------
    def save_log(self, shift_id: int, data: DutyLogInput) -> None:
        values = {name: (getattr(data, name) or "").strip() for name in DutyLogInput.__dataclass_fields__}
        with self._uow() as uow:
            shift = _get(uow.session, DutyShift, shift_id, "该班次已不存在")
            row = uow.session.scalar(select(DutyLog).where(DutyLog.shift_id == shift_id))
            before = {name: getattr(row, name) for name in values} if row else None
            if row is None:
                row = DutyLog(shift_id=shift_id)
                uow.session.add(row)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = _now()
            uow.audit(
                "update", "duty_log", shift_id, f"填写值班记录 {shift_label(shift.day, shift.name)}", before, values
            )

    def add_entry(self, shift_id: int, data: LogEntryInput) -> int:
        values = entry_values(data)
        with self._uow() as uow:
            shift = _get(uow.session, DutyShift, shift_id, "该班次已不存在")
            row = DutyLogEntry(shift_id=shift_id, **values)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "create",
                "duty_log_entry",
                row.id,
                f"登记{values['kind']} {shift_label(shift.day, shift.name)} {values['person']}".rstrip(),
                after=values,
            )
            return row.id

    def update_entry(self, entry_id: int, data: LogEntryInput) -> None:
        values = entry_values(data)
        with self._uow() as uow:
            row = _get(uow.session, DutyLogEntry, entry_id, "该条记录已不存在")
            before = {name: getattr(row, name) for name in values}
            for name, value in values.items():
                setattr(row, name, value)
            uow.audit("update", "duty_log_entry", entry_id, f"修改{values['kind']}记录", before, values)

    def delete_entry(self, entry_id: int) -> None:
        with self._uow() as uow:
            row = _get(uow.session, DutyLogEntry, entry_id, "该条记录已不存在")
            uow.audit(
                "delete",
                "duty_log_entry",
                entry_id,
                f"删除{row.kind}记录 {row.person}".rstrip(),
                before={"kind": row.kind, "person": row.person, "matter": row.matter},
            )
            uow.session.delete(row)

    def raise_handover(self, shift_id: int, text: str) -> int:
        text = (text or "").strip()
        if not text:
            raise UserError("请填写交接事项", field="text")
        with self._uow() as uow:
            shift = _get(uow.session, DutyShift, shift_id, "该班次已不存在")
            row = DutyHandoverItem(opened_shift_id=shift_id, text=text)
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "create", "duty_handover_item", row.id, f"交接事项 {shift_label(shift.day, shift.name)}：{text[:40]}"
            )
            return row.id

    def close_handover(self, item_id: int, shift_id: int, note: str = "") -> None:
        """Closed on `shift_id` (the shift that dealt with it); until then it shows on every later shift."""
        with self._uow() as uow:
            row = _get(uow.session, DutyHandoverItem, item_id, "该交接事项已不存在")
            if row.closed_shift_id is not None:
                raise UserError("该交接事项已办结")
            shift = _get(uow.session, DutyShift, shift_id, "该班次已不存在")
            opened = _get(uow.session, DutyShift, row.opened_shift_id, "")
            if shift.starts_at < opened.starts_at:
                raise UserError(f"该事项是 {shift_label(opened.day, opened.name)} 提出的，不能在更早的班次办结")
            row.closed_shift_id, row.closing_note = shift_id, (note or "").strip()
            uow.audit(
                "update",
                "duty_handover_item",
                item_id,
                f"办结交接事项（{shift_label(shift.day, shift.name)}）：{row.text[:40]}",
            )

    # --- prints -----------------------------------------------------------------------------------------------------
    def export_roster(self, first: date, last: date, path: Path, community: str = "", title: str = "") -> int:
        """The roster of [first, last] as .pdf (returns pages) or .xlsx (returns rows), chosen by the suffix."""
        from community_desk.exports.roster import write_roster_pdf, write_roster_xlsx

        path = Path(path)
        period, staff = self.period(first, last), self.staff()
        if path.suffix.lower() == ".pdf":
            return write_roster_pdf(path, period, staff, community, title)
        if path.suffix.lower() == ".xlsx":
            return write_roster_xlsx(path, period, staff, community)
        raise UserError("值班表只能导出为 .pdf 或 .xlsx 文件", field="out")

    def export_duty_log(self, shift_id: int, path: Path, community: str = "") -> Path:
        from community_desk.exports.duty_log import write_duty_log_docx

        log = self.duty_log(shift_id)
        if log is None:
            raise UserError("该班次已不存在")
        return write_duty_log_docx(Path(path), log, community)


ModelT = TypeVar("ModelT")


def _get(session: Session, model: type[ModelT], key: object, missing: str) -> ModelT:
    row = session.get(model, key)
    if row is None:
        raise UserError(missing or "记录已不存在，请刷新后再试")
    return row
