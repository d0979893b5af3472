"""人民调解 case writes: each public method is one clerk action, one transaction, one audit row.

The 卷号 is taken from the per-year sequence inside the transaction that creates the case, so a refused or
rolled-back save leaves no gap and a deleted case's number is never reused. Status changes go through
domain.mediation.check_transition and are recorded with the clerk's date for the case timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import Setting
from community_desk.db.models.mediation import (
    CaseExtension,
    CaseMediator,
    CaseNumberSequence,
    CaseSession,
    CaseStatusChange,
    MediationCase,
    Mediator,
)
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import mediation as rules
from community_desk.domain.mediation import CaseStatus, RuleViolation
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import CaseInput, PartyInput
from community_desk.services.mediation_parties import clean_parties, party_snapshot
from community_desk.services.validation import clean_text

CASE_FIELDS = (
    "accepted_on",
    "source",
    "dispute_type",
    "subtype",
    "summary",
    "amount_fen",
    "prevented_cases",
    "prevented_people",
    "prevented_petition",
    "escalation_level",
    "joint_meeting_notes",
    "retention",
)
STATE_FIELDS = (
    "status",
    "outcome",
    "routes_told",
    "termination_reason",
    "agreed_on",
    "agreement_content",
    "performance_method",
    "performance_due",
    "followup_due",
    "closed_on",
    "deadline",
)


def refused(violation: RuleViolation) -> UserError:
    return UserError(violation.message, field=violation.field)


def snapshot(case: MediationCase) -> dict[str, Any]:
    return {name: getattr(case, name) for name in (*CASE_FIELDS, *STATE_FIELDS)}


def case_values(data: CaseInput) -> dict[str, Any]:
    """Validated column values of 基本信息; a UserError names the field at fault."""
    checks = (
        ("source", rules.CASE_SOURCES, "请选择案件来源"),
        ("dispute_type", rules.DISPUTE_TYPES, "请选择纠纷类型"),
        ("escalation_level", rules.ESCALATION_LEVELS, "请选择调处层级"),
        ("retention", rules.RETENTION_PERIODS, "请选择保管期限"),
    )
    for name, code_list, message in checks:
        if getattr(data, name) not in code_list:
            raise UserError(message, field=name)
    summary = clean_text(data.summary)
    if not summary:
        raise UserError("请填写纠纷简要情况", field="summary")
    if data.prevented_cases < 0 or data.prevented_people < 0:
        raise UserError("防止民间纠纷激化的件数、人数不能为负", field="prevented_cases")
    try:
        amount_fen = rules.yuan_to_fen(data.amount)
    except RuleViolation as violation:
        raise refused(violation) from None
    return {
        "accepted_on": data.accepted_on,
        "source": data.source,
        "dispute_type": data.dispute_type,
        "subtype": clean_text(data.subtype),
        "summary": summary,
        "amount_fen": amount_fen,
        "prevented_cases": data.prevented_cases,
        "prevented_people": data.prevented_people,
        "prevented_petition": data.prevented_petition,
        "escalation_level": data.escalation_level,
        "joint_meeting_notes": clean_text(data.joint_meeting_notes),
        "retention": data.retention,
    }


def check_day(on: date, case: MediationCase, what: str, field: str = "date") -> None:
    if on < case.accepted_on:
        raise UserError(f"{what}不能早于受理日期（{case.accepted_on.isoformat()}）", field=field)


class CaseWrites:
    """Mixed into MediationService; `_factory` and `_actor` come from there."""

    _factory: sessionmaker[Session]
    _actor: str | None

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    @staticmethod
    def _case(session: Session, case_id: int) -> MediationCase:
        case = session.get(MediationCase, case_id)
        if case is None:
            raise UserError("该案件已不存在（可能已被删除）")
        return case

    @staticmethod
    def _short_name(session: Session) -> str:
        for key in ("community_short", "community_name"):
            value = session.get(Setting, key)
            if value is not None and value.value.strip():
                return value.value.strip()
        return DEFAULT_COMMUNITY_NAME

    def _set_mediators(self, session: Session, case: MediationCase, mediator_ids: Sequence[int]) -> list[str]:
        ids = list(dict.fromkeys(mediator_ids))
        try:
            rules.check_mediator_count(len(ids))
        except RuleViolation as violation:
            raise refused(violation) from None
        found = {m.id: m for m in session.scalars(select(Mediator).where(Mediator.id.in_(ids)))} if ids else {}
        if len(found) != len(ids):
            raise UserError("所选调解员已不存在", field="mediators")
        case.mediator_links = [CaseMediator(mediator_id=mid, position=i) for i, mid in enumerate(ids)]
        return [found[mid].name for mid in ids]

    def _record(self, uow: UnitOfWork, case: MediationCase, on: date, old: str, new: str, note: str = "") -> None:
        uow.session.add(
            CaseStatusChange(
                case_id=case.id,
                changed_on=on,
                from_status=old,
                to_status=new,
                note=clean_text(note),
                recorded_at=datetime.now().replace(microsecond=0),
                recorded_by=uow.actor,
            )
        )

    def _facts(self, session: Session, case: MediationCase, **override: Any) -> rules.CaseFacts:
        sessions = session.scalar(select(func.count()).where(CaseSession.case_id == case.id)) or 0
        values = {
            "status": CaseStatus(case.status),
            "mediators": len(case.mediator_links),
            "sessions": sessions,
            "outcome": case.outcome,
            "agreement_content": case.agreement_content,
            "routes_told": tuple(r for r in case.routes_told.split("、") if r),
            "termination_reason": case.termination_reason,
        }
        return rules.CaseFacts(**(values | override))

    def _move(
        self, uow: UnitOfWork, case: MediationCase, target: CaseStatus, on: date, note: str = "", **facts: Any
    ) -> str:
        """Checks and applies one transition; returns the old status for the audit summary."""
        try:
            rules.check_transition(self._facts(uow.session, case, **facts), target)
        except RuleViolation as violation:
            raise refused(violation) from None
        check_day(on, case, f"“{target}”的日期")
        old = case.status
        case.status = target.value
        if target in rules.FINAL_STATUSES:
            case.closed_on = on
        case.updated_at = datetime.now().replace(microsecond=0)
        self._record(uow, case, on, old, target.value, note)
        return old

    # --- create, edit, delete -----------------------------------------------------------------------------
    def create_case(self, data: CaseInput, parties: Sequence[PartyInput], mediator_ids: Sequence[int] = ()) -> int:
        """受理: the case gets the next 卷号 of its 受理 year in the same transaction."""
        values = case_values(data)
        with self._uow() as uow:
            session = uow.session
            cleaned = clean_parties(session, parties, data.accepted_on)
            year = data.accepted_on.year
            sequence = session.get(CaseNumberSequence, year)
            if sequence is None:
                sequence = CaseNumberSequence(year=year, last=0)
                session.add(sequence)
            sequence.last += 1
            now = datetime.now().replace(microsecond=0)
            case = MediationCase(
                **values,
                number=rules.case_number(year, self._short_name(session), sequence.last),
                year=year,
                seq=sequence.last,
                status=CaseStatus.ACCEPTED.value,
                deadline=rules.default_deadline(data.accepted_on),
                created_at=now,
                updated_at=now,
            )
            case.parties = cleaned
            names = self._set_mediators(session, case, mediator_ids)
            session.add(case)
            session.flush()
            self._record(uow, case, data.accepted_on, "", CaseStatus.ACCEPTED.value, data.source)
            uow.audit(
                "create",
                "mediation_case",
                case.id,
                f"受理调解案件 {case.number}（{data.dispute_type}）",
                after=snapshot(case) | {"parties": [party_snapshot(p) for p in cleaned], "mediators": names},
            )
            return case.id

    def update_case(self, case_id: int, data: CaseInput) -> None:
        values = case_values(data)
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = snapshot(case)
            if values["accepted_on"].year != case.year:
                raise UserError("受理日期不能改到另一年（卷号按年编号）", field="accepted_on")
            extended = uow.session.scalar(select(func.count()).where(CaseExtension.case_id == case_id))
            values.pop("escalation_level")  # moves only through escalate(), which dates and records each change
            for name, value in values.items():
                setattr(case, name, value)
            if not extended:
                case.deadline = rules.default_deadline(case.accepted_on)
            case.updated_at = datetime.now().replace(microsecond=0)
            uow.audit("update", "mediation_case", case_id, f"修改案件 {case.number}", before, snapshot(case))

    def set_parties(self, case_id: int, parties: Sequence[PartyInput]) -> None:
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = [party_snapshot(p) for p in case.parties]
            case.parties = clean_parties(uow.session, parties, case.accepted_on)
            uow.session.flush()
            after = [party_snapshot(p) for p in case.parties]
            uow.audit(
                "update",
                "mediation_case",
                case_id,
                f"修改案件 {case.number} 的当事人",
                {"parties": before},
                {"parties": after},
            )

    def set_mediators(self, case_id: int, mediator_ids: Sequence[int]) -> None:
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = [link.mediator_id for link in case.mediator_links]
            case.mediator_links = []
            uow.session.flush()
            names = self._set_mediators(uow.session, case, mediator_ids)
            uow.audit(
                "update",
                "mediation_case",
                case_id,
                f"案件 {case.number} 调解员：{'、'.join(names) or '无'}",
                {"mediators": before},
                {"mediators": list(mediator_ids)},
            )

    def delete_case(self, case_id: int) -> None:
        """Only for a case entered by mistake; its 卷号 is not given out again."""
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            uow.audit("delete", "mediation_case", case_id, f"删除调解案件 {case.number}", before=snapshot(case))
            uow.session.execute(delete(MediationCase).where(MediationCase.id == case_id))
