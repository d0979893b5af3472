"""敞心阁 (调解) use cases: 恳谈/来访登记, 调解员 and 人民调解 cases.

Reads come from MediationReader (plain sqlite3, like the registry); case writes from CaseWrites and CaseRecords;
talks and mediators are written here. Every write is one unit of work with one audit row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import Resident
from community_desk.db.models.mediation import MediationTalk, Mediator
from community_desk.domain import mediation as rules
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import MediatorInput, TalkInput
from community_desk.services.mediation_reads import MediationReader
from community_desk.services.mediation_records import CaseRecords
from community_desk.services.validation import clean_text

TALK_FIELDS = tuple(TalkInput.__dataclass_fields__)
MEDIATOR_FIELDS = tuple(MediatorInput.__dataclass_fields__)


def talk_values(session: Session, data: TalkInput) -> dict[str, Any]:
    name = clean_text(data.visitor_name)
    if data.resident_id is not None:
        resident = session.get(Resident, data.resident_id)
        if resident is None:
            raise UserError("所选居民已不存在", field="visitor_name")
        name = name or resident.name
    if not name:
        raise UserError("请填写来访人", field="visitor_name")
    if data.channel not in rules.TALK_CHANNELS:
        raise UserError("请选择方式（来访、来电或来信）", field="channel")
    if not clean_text(data.subject):
        raise UserError("请填写事由", field="subject")
    followup_by = clean_text(data.followup_by)
    if data.needs_followup and not followup_by:
        raise UserError("需要跟进时请填写跟进人", field="followup_by")
    return {
        "talked_at": data.talked_at.replace(second=0, microsecond=0),
        "visitor_name": name,
        "channel": data.channel,
        "contact": clean_text(data.contact),
        "resident_id": data.resident_id,
        "subject": clean_text(data.subject),
        "reply": clean_text(data.reply),
        "needs_followup": data.needs_followup,
        "followup_by": followup_by,
        "result": clean_text(data.result),
        "followup_done": data.needs_followup and data.followup_done,
    }


def mediator_values(session: Session, data: MediatorInput) -> dict[str, Any]:
    name = clean_text(data.name)
    if not name:
        raise UserError("请填写调解员姓名", field="name")
    if data.kind not in rules.MEDIATOR_KINDS:
        raise UserError("请选择调解员类别", field="kind")
    if data.resident_id is not None and session.get(Resident, data.resident_id) is None:
        raise UserError("所选居民已不存在", field="resident")
    return {
        "name": name,
        "kind": data.kind,
        "phone": clean_text(data.phone),
        "active": data.active,
        "resident_id": data.resident_id,
        "note": clean_text(data.note),
    }


class MediationService(MediationReader, CaseRecords):
    """Everything the 调解 tab calls."""

    def __init__(self, db_path: Path, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        MediationReader.__init__(self, db_path)
        self._factory = session_factory
        self._actor = actor

    # --- 恳谈/来访 -------------------------------------------------------------------------------------------------
    def create_talk(self, data: TalkInput) -> int:
        with self._uow() as uow:
            values = talk_values(uow.session, data)
            talk = MediationTalk(**values, recorded_by=uow.actor)
            uow.session.add(talk)
            uow.session.flush()
            when = values["talked_at"].strftime("%Y-%m-%d %H:%M")
            uow.audit("create", "mediation_talk", talk.id, f"恳谈登记 {values['visitor_name']}（{when}）", after=values)
            return talk.id

    def update_talk(self, talk_id: int, data: TalkInput) -> None:
        with self._uow() as uow:
            talk = uow.session.get(MediationTalk, talk_id)
            if talk is None:
                raise UserError("该登记已不存在（可能已被删除）")
            before = {name: getattr(talk, name) for name in TALK_FIELDS}
            values = talk_values(uow.session, data)
            for name, value in values.items():
                setattr(talk, name, value)
            uow.audit("update", "mediation_talk", talk_id, f"修改恳谈登记 {talk.visitor_name}", before, values)

    def delete_talk(self, talk_id: int) -> None:
        with self._uow() as uow:
            talk = uow.session.get(MediationTalk, talk_id)
            if talk is None:
                raise UserError("该登记已不存在（可能已被删除）")
            before = {name: getattr(talk, name) for name in TALK_FIELDS}
            uow.audit("delete", "mediation_talk", talk_id, f"删除恳谈登记 {talk.visitor_name}", before=before)
            uow.session.delete(talk)

    # --- 调解员 ---------------------------------------------------------------------------------------------------
    def create_mediator(self, data: MediatorInput) -> int:
        with self._uow() as uow:
            values = mediator_values(uow.session, data)
            mediator = Mediator(**values)
            uow.session.add(mediator)
            uow.session.flush()
            uow.audit(
                "create", "mediator", mediator.id, f"新增调解员 {values['name']}（{values['kind']}）", after=values
            )
            return mediator.id

    def update_mediator(self, mediator_id: int, data: MediatorInput) -> None:
        """Also how a mediator is retired (active=False): old cases keep naming them."""
        with self._uow() as uow:
            mediator = uow.session.get(Mediator, mediator_id)
            if mediator is None:
                raise UserError("该调解员已不存在")
            before = {name: getattr(mediator, name) for name in MEDIATOR_FIELDS}
            values = mediator_values(uow.session, data)
            for name, value in values.items():
                setattr(mediator, name, value)
            uow.audit("update", "mediator", mediator_id, f"修改调解员 {values['name']}", before, values)
