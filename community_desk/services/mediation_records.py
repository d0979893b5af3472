"""What happens to a 人民调解 case after 受理: investigations, sessions, extensions, escalations, 回访 and the
status steps with their facts (协议, 告知途径, 终止原因). One clerk action, one transaction, one audit row each.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from community_desk.db.models.mediation import (
    CaseEscalation,
    CaseExtension,
    CaseInvestigation,
    CaseSession,
    CaseVisit,
)
from community_desk.domain import mediation as rules
from community_desk.domain.mediation import CaseStatus, RuleViolation
from community_desk.services.errors import UserError
from community_desk.services.mediation_cases import CaseWrites, check_day, refused, snapshot
from community_desk.services.mediation_dto import (
    AgreementInput,
    ExtensionInput,
    InvestigationInput,
    SessionInput,
    VisitInput,
)
from community_desk.services.validation import clean_text


class CaseRecords(CaseWrites):
    """Mixed into MediationService after CaseWrites."""

    # --- records --------------------------------------------------------------------------------------------
    def add_investigation(self, case_id: int, data: InvestigationInput) -> int:
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            check_day(data.at.date(), case, "调查时间", "at")
            if not clean_text(data.content):
                raise UserError("请填写调查内容", field="content")
            row = CaseInvestigation(
                case_id=case_id,
                at=data.at.replace(second=0, microsecond=0),
                place=clean_text(data.place),
                investigator=clean_text(data.investigator),
                subject=clean_text(data.subject),
                content=clean_text(data.content),
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "create",
                "mediation_investigation",
                row.id,
                f"案件 {case.number} 调查记录",
                after={"case_id": case_id, "at": row.at, "subject": row.subject},
            )
            return row.id

    def add_session(self, case_id: int, data: SessionInput) -> int:
        """调解记录; the first one starts the mediation (受理 → 调解中) on the session's date."""
        with self._uow() as uow:
            session = uow.session
            case = self._case(session, case_id)
            if case.status in rules.FINAL_STATUSES:
                raise UserError(f"案件已{case.status}，不能再登记调解记录")
            check_day(data.at.date(), case, "调解时间", "at")
            if not (clean_text(data.process) or clean_text(data.result)):
                raise UserError("请填写调解过程或结果", field="process")
            if case.status == CaseStatus.ACCEPTED:
                self._move(uow, case, CaseStatus.MEDIATING, data.at.date(), "首次调解")
            row = CaseSession(
                case_id=case_id,
                at=data.at.replace(second=0, microsecond=0),
                place=clean_text(data.place),
                attendees=clean_text(data.attendees),
                mediators=clean_text(data.mediators),
                statements=clean_text(data.statements),
                process=clean_text(data.process),
                result=clean_text(data.result),
            )
            session.add(row)
            session.flush()
            uow.audit(
                "create",
                "mediation_session",
                row.id,
                f"案件 {case.number} 调解记录",
                after={"case_id": case_id, "at": row.at, "status": case.status},
            )
            return row.id

    def add_extension(self, case_id: int, data: ExtensionInput) -> int:
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            if case.status not in rules.OPEN_STATUSES:
                raise UserError("只有受理或调解中的案件可以延期")
            try:
                rules.check_extension(case.accepted_on, case.deadline, data.agreed_on, data.new_deadline)
            except RuleViolation as violation:
                raise refused(violation) from None
            before = {"deadline": case.deadline}
            row = CaseExtension(
                case_id=case_id, agreed_on=data.agreed_on, new_deadline=data.new_deadline, note=clean_text(data.note)
            )
            uow.session.add(row)
            case.deadline = data.new_deadline
            uow.session.flush()
            uow.audit(
                "update",
                "mediation_case",
                case_id,
                f"案件 {case.number} 经双方同意延期至 {data.new_deadline.isoformat()}",
                before,
                {"deadline": case.deadline},
            )
            return row.id

    def escalate(self, case_id: int, level: str, on: date, note: str = "") -> int:
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            try:
                rules.check_escalation(case.escalation_level, level)
            except RuleViolation as violation:
                raise refused(violation) from None
            check_day(on, case, "移交日期", "moved_on")
            row = CaseEscalation(
                case_id=case_id, from_level=case.escalation_level, level=level, moved_on=on, note=clean_text(note)
            )
            before = {"escalation_level": case.escalation_level}
            case.escalation_level = level
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "update",
                "mediation_case",
                case_id,
                f"案件 {case.number} 移交{level}调处",
                before,
                {"escalation_level": level},
            )
            return row.id

    def add_visit(self, case_id: int, data: VisitInput) -> int:
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            if case.outcome not in rules.SUCCESS_OUTCOMES or case.agreed_on is None:
                raise UserError("案件尚未达成协议，无需回访")
            if data.visited_on < case.agreed_on:
                raise UserError("回访日期不能早于达成协议的日期", field="visited_on")
            if not clean_text(data.performance):
                raise UserError("请填写履行情况", field="performance")
            row = CaseVisit(
                case_id=case_id,
                visited_on=data.visited_on,
                visitor=clean_text(data.visitor),
                performance=clean_text(data.performance),
                opinion=clean_text(data.opinion),
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit(
                "create",
                "mediation_visit",
                row.id,
                f"案件 {case.number} 回访",
                after={"case_id": case_id, "visited_on": data.visited_on, "performance": row.performance},
            )
            return row.id

    # --- workflow -----------------------------------------------------------------------------------------
    def change_status(self, case_id: int, target: str, on: date, note: str = "") -> None:
        """调解中, 履行中 and 已结案; the outcome steps have their own methods (they carry more facts)."""
        try:
            status = CaseStatus(target)
        except ValueError:
            raise UserError("未知的案件状态") from None
        special = {
            CaseStatus.AGREED: "请用“记录协议”",
            CaseStatus.FAILED: "请用“调解不成”",
            CaseStatus.TERMINATED: "请用“终止调解”",
        }
        if status in special:
            raise UserError(f"改为“{status}”{special[status]}填写所需内容")
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = snapshot(case)
            old = self._move(uow, case, status, on, note)
            uow.audit(
                "status", "mediation_case", case_id, f"案件 {case.number}：{old} → {status}", before, snapshot(case)
            )

    def record_agreement(self, case_id: int, data: AgreementInput) -> None:
        content = clean_text(data.content)
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = snapshot(case)
            if data.performance_due is not None and data.performance_due < data.agreed_on:
                raise UserError("履行期限不能早于达成协议的日期", field="performance_due")
            if data.followup_days < 0:
                raise UserError("回访天数不能为负", field="followup_days")
            self._move(
                uow,
                case,
                CaseStatus.AGREED,
                data.agreed_on,
                rules.OUTCOMES.name_of(data.kind),
                outcome=data.kind,
                agreement_content=content,
            )
            case.outcome, case.agreement_content, case.agreed_on = data.kind, content, data.agreed_on
            case.performance_method = clean_text(data.performance_method)
            case.performance_due = data.performance_due
            case.followup_due = rules.followup_due(data.agreed_on, data.followup_days)
            uow.audit(
                "status", "mediation_case", case_id, f"案件 {case.number} 达成{data.kind}", before, snapshot(case)
            )

    def record_failure(self, case_id: int, routes: Sequence[str], on: date, note: str = "") -> None:
        told = tuple(r for r in rules.ROUTES.codes() if r in routes)
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = snapshot(case)
            if len(told) != len(set(routes)):
                raise UserError("告知途径只能是行政、仲裁或诉讼", field="routes")
            text = f"已告知{'、'.join(told)}途径" + (f"；{clean_text(note)}" if clean_text(note) else "")
            self._move(uow, case, CaseStatus.FAILED, on, text, routes_told=told)
            case.outcome, case.routes_told = rules.FAILED, "、".join(told)
            uow.audit("status", "mediation_case", case_id, f"案件 {case.number} 调解不成", before, snapshot(case))

    def terminate(self, case_id: int, reason: str, on: date) -> None:
        reason = clean_text(reason)
        with self._uow() as uow:
            case = self._case(uow.session, case_id)
            before = snapshot(case)
            self._move(uow, case, CaseStatus.TERMINATED, on, reason, termination_reason=reason)
            case.outcome, case.termination_reason = rules.TERMINATED, reason
            uow.audit("status", "mediation_case", case_id, f"案件 {case.number} 终止调解", before, snapshot(case))
