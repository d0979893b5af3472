"""Special-group tags (低保, 残疾 …): each with its own period, so any past date can be reported."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import SpecialTag
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import codes
from community_desk.services.errors import UserError
from community_desk.services.registry_guards import existing_resident
from community_desk.services.validation import clean_text


class SpecialGroupService:
    """Adds, ends and removes tags; each call is one audited transaction."""

    def __init__(self, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        self._factory = session_factory
        self._actor = actor

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    def add_tag(
        self, resident_id: int, kind: str, start: date, end: date | None = None, detail: str = "", note: str = ""
    ) -> int:
        if kind not in codes.SPECIAL_GROUPS:
            raise UserError("请选择特殊人群类别", field="kind")
        if end is not None and end <= start:
            raise UserError("结束日期应晚于开始日期", field="end_date")
        with self._uow() as uow:
            resident = existing_resident(uow.session, resident_id)
            overlapping = uow.session.scalar(
                select(SpecialTag.id).where(
                    SpecialTag.resident_id == resident_id,
                    SpecialTag.kind == kind,
                    SpecialTag.end_date.is_(None) | (SpecialTag.end_date > start),
                    *([SpecialTag.start_date < end] if end else []),
                )
            )
            if overlapping:
                raise UserError(f"{resident.name} 在该时段已有“{kind}”标记", field="kind")
            tag = SpecialTag(
                resident_id=resident_id,
                kind=kind,
                start_date=start,
                end_date=end,
                detail=clean_text(detail),
                note=clean_text(note),
            )
            uow.session.add(tag)
            uow.session.flush()
            uow.audit(
                "create",
                "special_tag",
                tag.id,
                f"{resident.name} 加入“{kind}”",
                after={"kind": kind, "start_date": start, "end_date": end, "detail": tag.detail},
            )
            return tag.id

    def end_tag(self, tag_id: int, end: date) -> None:
        with self._uow() as uow:
            tag = uow.session.get(SpecialTag, tag_id)
            if tag is None:
                raise UserError("该标记已不存在")
            if end <= tag.start_date:
                raise UserError("结束日期应晚于开始日期", field="end_date")
            before = {"end_date": tag.end_date}
            tag.end_date = end
            uow.audit(
                "update",
                "special_tag",
                tag_id,
                f"{tag.resident.name} “{tag.kind}”截止 {end.isoformat()}",
                before=before,
                after={"end_date": end},
            )

    def remove_tag(self, tag_id: int) -> None:
        with self._uow() as uow:
            tag = uow.session.get(SpecialTag, tag_id)
            if tag is None:
                raise UserError("该标记已不存在")
            before = {"kind": tag.kind, "start_date": tag.start_date, "end_date": tag.end_date, "detail": tag.detail}
            uow.audit("delete", "special_tag", tag_id, f"删除 {tag.resident.name} 的“{tag.kind}”标记", before=before)
            uow.session.delete(tag)
