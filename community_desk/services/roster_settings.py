"""值班 settings: who is on the staff and when they are away, the shift types, and the 放假安排 override table.

Kept together because these are the inputs the generator reads and the clerk edits on the 设置 page; each write
validates its form values here first, then runs as one unit of work with one audit row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from community_desk.db.models.roster import DutyDayOverride, DutyShiftType, DutyStaff, DutyUnavailability
from community_desk.domain import roster as rules
from community_desk.domain.duty_days import DAY_KINDS, DayOverride
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import ShiftTypeInput, StaffInput
from community_desk.services.roster_writes import RosterWrites, current_time, get_existing
from community_desk.services.validation import PHONE_PATTERN, clean_text

UNAVAILABILITY_REASONS = ("请假", "培训", "其他")


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


class RosterSettings(RosterWrites):
    """Mixed into RosterService: the 设置 page's writes."""

    # --- staff and leave --------------------------------------------------------------------------------------------
    def add_staff(self, data: StaffInput) -> int:
        values = staff_values(data)
        with self._uow() as uow:
            now = current_time()
            person = DutyStaff(**values, created_at=now, updated_at=now)
            uow.session.add(person)
            uow.session.flush()
            uow.audit("create", "duty_staff", person.id, f"新增值班人员 {values['name']}", after=values)
            return person.id

    def update_staff(self, staff_id: int, data: StaffInput) -> None:
        values = staff_values(data)
        with self._uow() as uow:
            person = get_existing(uow.session, DutyStaff, staff_id, "该人员已不存在")
            before = {name: getattr(person, name) for name in values}
            for name, value in values.items():
                setattr(person, name, value)
            person.updated_at = current_time()
            uow.audit("update", "duty_staff", staff_id, f"修改值班人员 {values['name']}", before, values)

    def add_unavailability(self, staff_id: int, first: date, last: date, reason: str, notes: str = "") -> int:
        if last < first:
            raise UserError("结束日期不能早于开始日期", field="last")
        if reason not in UNAVAILABILITY_REASONS:
            raise UserError("请选择原因（请假/培训/其他）", field="reason")
        with self._uow() as uow:
            person = get_existing(uow.session, DutyStaff, staff_id, "该人员已不存在")
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
            row = get_existing(uow.session, DutyUnavailability, unavailability_id, "该请假记录已不存在")
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
            row = get_existing(uow.session, DutyShiftType, shift_type_id, "该班次已不存在")
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
