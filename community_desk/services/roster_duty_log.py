"""The 值班记录 of a shift: the log sheet itself, its 来电/来访/突发事件 entries, and the handover items that stay
open from shift to shift until one deals with them. One clerk action, one unit of work, one audit row each.
"""

from __future__ import annotations

from sqlalchemy import select

from community_desk.db.models.roster import DutyHandoverItem, DutyLog, DutyLogEntry, DutyShift
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import DutyLogInput, LogEntryInput
from community_desk.services.roster_reads import shift_label
from community_desk.services.roster_writes import RosterWrites, current_time, get_existing
from community_desk.services.validation import PHONE_PATTERN, clean_text

ENTRY_KINDS = ("来电", "来访", "突发事件")


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


class DutyLogWrites(RosterWrites):
    """Mixed into RosterService: writes of the 值班记录 dialog."""

    # --- 值班记录 -----------------------------------------------------------------------------------------------------
    def save_log(self, shift_id: int, data: DutyLogInput) -> None:
        values = {name: (getattr(data, name) or "").strip() for name in DutyLogInput.__dataclass_fields__}
        with self._uow() as uow:
            shift = get_existing(uow.session, DutyShift, shift_id, "该班次已不存在")
            row = uow.session.scalar(select(DutyLog).where(DutyLog.shift_id == shift_id))
            before = {name: getattr(row, name) for name in values} if row else None
            if row is None:
                row = DutyLog(shift_id=shift_id)
                uow.session.add(row)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = current_time()
            uow.audit(
                "update", "duty_log", shift_id, f"填写值班记录 {shift_label(shift.day, shift.name)}", before, values
            )

    def add_entry(self, shift_id: int, data: LogEntryInput) -> int:
        values = entry_values(data)
        with self._uow() as uow:
            shift = get_existing(uow.session, DutyShift, shift_id, "该班次已不存在")
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
            row = get_existing(uow.session, DutyLogEntry, entry_id, "该条记录已不存在")
            before = {name: getattr(row, name) for name in values}
            for name, value in values.items():
                setattr(row, name, value)
            uow.audit("update", "duty_log_entry", entry_id, f"修改{values['kind']}记录", before, values)

    def delete_entry(self, entry_id: int) -> None:
        with self._uow() as uow:
            row = get_existing(uow.session, DutyLogEntry, entry_id, "该条记录已不存在")
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
            shift = get_existing(uow.session, DutyShift, shift_id, "该班次已不存在")
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
            row = get_existing(uow.session, DutyHandoverItem, item_id, "该交接事项已不存在")
            if row.closed_shift_id is not None:
                raise UserError("该交接事项已办结")
            shift = get_existing(uow.session, DutyShift, shift_id, "该班次已不存在")
            opened = get_existing(uow.session, DutyShift, row.opened_shift_id, "")
            if shift.starts_at < opened.starts_at:
                raise UserError(f"该事项是 {shift_label(opened.day, opened.name)} 提出的，不能在更早的班次办结")
            row.closed_shift_id, row.closing_note = shift_id, (note or "").strip()
            uow.audit(
                "update",
                "duty_handover_item",
                item_id,
                f"办结交接事项（{shift_label(shift.day, shift.name)}）：{row.text[:40]}",
            )
