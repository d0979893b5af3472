"""值班 use cases: staff and their leave, shift types, the 放假安排 override table, generating a period,
manual changes, 调班, the 值班记录 with its handover items, and the printed roster and log sheet.

Reads come from RosterReader (plain sqlite3). Every write is one unit of work with one audit row: settings in
RosterSettings, generating in RosterGeneration, the 值班记录 in DutyLogWrites; who sits on which shift (manual
changes, 调班) and the prints are here. Changes to who is on a shift never delete the old assignment: it is ended,
so the shift keeps its history. Manual changes that break a rule are allowed — the clerk knows things the rules do
not — and show up as conflicts in the period view.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models.roster import DutyAssignment, DutyShift, DutyStaff, DutySwap
from community_desk.domain import roster as rules
from community_desk.services.errors import UserError
from community_desk.services.roster_dto import SwapInput
from community_desk.services.roster_duty_log import DutyLogWrites
from community_desk.services.roster_generation import RosterGeneration
from community_desk.services.roster_reads import RosterReader, shift_label
from community_desk.services.roster_settings import RosterSettings
from community_desk.services.roster_writes import SOURCE_MANUAL, SOURCE_SWAP, current_time, get_existing
from community_desk.services.validation import clean_text


class RosterService(RosterGeneration, RosterSettings, DutyLogWrites):
    """Everything the 值班 tab and the CLI call."""

    def __init__(self, db_path: Path, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        RosterReader.__init__(self, db_path)
        self._factory = session_factory
        self._actor = actor

    # --- manual changes ---------------------------------------------------------------------------------------------
    def assign(self, shift_id: int, staff_id: int, role: str) -> int:
        """Put someone on a shift by hand; a rule it breaks shows as a conflict, it is not refused."""
        if role not in (rules.ROLE_LEADER, rules.ROLE_STAFF):
            raise UserError("请选择岗位（带班领导/值班人员）", field="role")
        with self._uow() as uow:
            shift = get_existing(uow.session, DutyShift, shift_id, "该班次已不存在")
            person = get_existing(uow.session, DutyStaff, staff_id, "该人员已不存在")
            self._refuse_twice(uow.session, shift, staff_id, person.name)
            row = DutyAssignment(
                shift_id=shift_id, staff_id=staff_id, role=role, source=SOURCE_MANUAL, created_at=current_time()
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
            row.ended_at = current_time()
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
            target = get_existing(uow.session, DutyShift, to_shift_id, "目标班次已不存在")
            new_person = get_existing(uow.session, DutyStaff, staff_id, "该人员已不存在") if staff_id else person
            if target.id == shift.id and new_person.id == person.id:
                return row.id
            self._refuse_twice(uow.session, target, new_person.id, new_person.name)
            now = current_time()
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
        return (
            row,
            get_existing(session, DutyShift, row.shift_id, "该班次已不存在"),
            get_existing(session, DutyStaff, row.staff_id, ""),
        )

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
            other = get_existing(session, DutyStaff, data.with_staff_id, "调班对象已不存在")
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
            now = current_time()
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
