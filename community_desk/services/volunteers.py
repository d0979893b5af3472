"""志愿服务 use cases: volunteers, teams and membership, service records (also from the 活动 calendar's sign-ins).

Reads come from VolunteerReader (plain sqlite3); every write here is one unit of work with one audit row, so a
team outing with twenty volunteers is one transaction and one audit entry.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import Resident
from community_desk.db.models.volunteers import (
    ServiceRecord,
    Volunteer,
    VolunteerSequence,
    VolunteerTeam,
    VolunteerTeamMember,
)
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import volunteers as rules
from community_desk.services.errors import UserError
from community_desk.services.validation import clean_text
from community_desk.services.volunteer_certificates import CertificateIssuer
from community_desk.services.volunteer_dto import OutingInput, ServiceRecordInput, TeamInput, VolunteerInput
from community_desk.services.volunteer_exports import VolunteerExports

SERVICE_FIELDS = ("start", "end", "minutes", "content", "category", "organiser", "place", "confirmed_by", "team_id")


def next_sequence(session: Session, kind: str, year: int) -> int:
    sequence = session.get(VolunteerSequence, (kind, year))
    if sequence is None:
        sequence = VolunteerSequence(kind=kind, year=year, last=0)
        session.add(sequence)
    sequence.last += 1
    return sequence.last


def volunteer_values(session: Session, data: VolunteerInput) -> dict[str, Any]:
    values: dict[str, Any] = {
        "resident_id": data.resident_id,
        "political_status": data.political_status,
        "skills": clean_text(data.skills),
        "registered_on": data.registered_on or date.today(),
        "active": data.active,
        "note": clean_text(data.note),
    }
    if data.resident_id is not None:
        resident = session.get(Resident, data.resident_id)
        if resident is None:
            raise UserError("所选居民已不存在", field="resident")
        # the registry is the source of truth: nothing personal is typed twice
        values.update(name="", id_type="", id_number="", gender="", birth_date=None, phone="")
        values["political_status"] = ""
        return values
    name = clean_text(data.name)
    if not name:
        raise UserError("请填写志愿者姓名", field="name")
    values.update(
        name=name,
        id_type=data.id_type,
        id_number=clean_text(data.id_number).upper(),
        gender=data.gender,
        birth_date=data.birth_date,
        phone=clean_text(data.phone),
    )
    return values


def record_values(data: ServiceRecordInput) -> dict[str, Any]:
    try:
        minutes = rules.service_minutes(data.start, data.end)
    except rules.InvalidServiceTime as error:
        raise UserError(str(error), field="end") from error
    if not clean_text(data.content):
        raise UserError("请填写服务内容", field="content")
    if data.category not in rules.SERVICE_CATEGORIES:
        raise UserError("请选择服务类别", field="category")
    return {
        "start": data.start.replace(second=0, microsecond=0),
        "end": data.end.replace(second=0, microsecond=0),
        "minutes": minutes,
        "content": clean_text(data.content),
        "category": data.category,
        "organiser": clean_text(data.organiser),
        "place": clean_text(data.place),
        "confirmed_by": clean_text(data.confirmed_by),
        "team_id": data.team_id,
    }


def _when(start: datetime, end: datetime) -> str:
    same_day = start.date() == end.date()
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}" if same_day else f"{start:%Y-%m-%d %H:%M}–{end:%m-%d %H:%M}"


class VolunteerService(VolunteerExports, CertificateIssuer):
    """Everything the 志愿 tab (and the 活动 calendar) calls."""

    def __init__(self, db_path: Path, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        VolunteerExports.__init__(self, db_path)
        self._factory = session_factory
        self._actor = actor

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    @staticmethod
    def _volunteer(session: Session, volunteer_id: int) -> Volunteer:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise UserError("该志愿者已不存在")
        return volunteer

    @staticmethod
    def _display_name(session: Session, volunteer: Volunteer) -> str:
        if volunteer.resident_id is not None:
            resident = session.get(Resident, volunteer.resident_id)
            if resident is not None:
                return resident.name
        return volunteer.name

    # --- volunteers -------------------------------------------------------------------------------------------
    def create_volunteer(self, data: VolunteerInput, team_ids: tuple[int, ...] = ()) -> int:
        """Registers a volunteer with the next 志愿者编号 of the registration year (V2026-0001)."""
        with self._uow() as uow:
            session = uow.session
            values = volunteer_values(session, data)
            if data.resident_id is not None and session.scalar(
                select(Volunteer.id).where(Volunteer.resident_id == data.resident_id)
            ):
                raise UserError("该居民已登记为志愿者", field="resident")
            year = values["registered_on"].year
            volunteer = Volunteer(number=rules.volunteer_number(year, next_sequence(session, "V", year)), **values)
            session.add(volunteer)
            session.flush()
            for team_id in team_ids:
                session.add(VolunteerTeamMember(team_id=team_id, volunteer_id=volunteer.id, role="队员",
                                                joined_on=values["registered_on"]))
            name = self._display_name(session, volunteer)
            uow.audit("create", "volunteer", volunteer.id, f"登记志愿者 {name}（{volunteer.number}）", after=values)
            return volunteer.id

    def update_volunteer(self, volunteer_id: int, data: VolunteerInput) -> None:
        with self._uow() as uow:
            volunteer = self._volunteer(uow.session, volunteer_id)
            values = volunteer_values(uow.session, data)
            before = {name: getattr(volunteer, name) for name in values}
            for name, value in values.items():
                setattr(volunteer, name, value)
            name = self._display_name(uow.session, volunteer)
            uow.audit("update", "volunteer", volunteer_id, f"修改志愿者 {name}（{volunteer.number}）", before, values)

    # --- teams ------------------------------------------------------------------------------------------------
    def create_team(self, data: TeamInput) -> int:
        with self._uow() as uow:
            name = clean_text(data.name)
            if not name:
                raise UserError("请填写队伍名称", field="name")
            if uow.session.scalar(select(VolunteerTeam.id).where(VolunteerTeam.name == name)):
                raise UserError(f"已有队伍“{name}”", field="name")
            team = VolunteerTeam(name=name, note=clean_text(data.note), active=data.active)
            uow.session.add(team)
            uow.session.flush()
            uow.audit("create", "volunteer_team", team.id, f"新建志愿队伍 {name}")
            return team.id

    def update_team(self, team_id: int, data: TeamInput) -> None:
        with self._uow() as uow:
            team = uow.session.get(VolunteerTeam, team_id)
            if team is None:
                raise UserError("该队伍已不存在")
            name = clean_text(data.name)
            if not name:
                raise UserError("请填写队伍名称", field="name")
            other = uow.session.scalar(select(VolunteerTeam.id).where(VolunteerTeam.name == name))
            if other is not None and other != team_id:
                raise UserError(f"已有队伍“{name}”", field="name")
            before = {"name": team.name, "note": team.note, "active": team.active}
            after = {"name": name, "note": clean_text(data.note), "active": data.active}
            team.name, team.note, team.active = name, after["note"], data.active
            uow.audit("update", "volunteer_team", team_id, f"修改志愿队伍 {name}", before, after)

    def join_team(self, team_id: int, volunteer_id: int, role: str = "队员", joined_on: date | None = None) -> int:
        if role not in rules.TEAM_ROLES:
            raise UserError("请选择队内职务", field="role")
        with self._uow() as uow:
            session = uow.session
            team = session.get(VolunteerTeam, team_id)
            if team is None:
                raise UserError("该队伍已不存在")
            volunteer = self._volunteer(session, volunteer_id)
            current = session.scalar(
                select(VolunteerTeamMember).where(
                    VolunteerTeamMember.team_id == team_id,
                    VolunteerTeamMember.volunteer_id == volunteer_id,
                    VolunteerTeamMember.left_on.is_(None),
                )
            )
            name = self._display_name(session, volunteer)
            if current is not None:
                if current.role == role:
                    raise UserError(f"{name} 已在{team.name}")
                before = {"role": current.role}
                current.role = role
                uow.audit("update", "volunteer_team_member", current.id, f"{team.name} {name} 改任{role}",
                          before, {"role": role})
                return current.id
            member = VolunteerTeamMember(team_id=team_id, volunteer_id=volunteer_id, role=role,
                                         joined_on=joined_on or date.today())
            session.add(member)
            session.flush()
            uow.audit("create", "volunteer_team_member", member.id, f"{name} 加入{team.name}（{role}）")
            return member.id

    def leave_team(self, member_id: int, left_on: date | None = None) -> None:
        """Ends a membership; the row stays as history."""
        with self._uow() as uow:
            member = uow.session.get(VolunteerTeamMember, member_id)
            if member is None or member.left_on is not None:
                raise UserError("该队员已不在队中")
            left_on = left_on or date.today()
            if left_on < member.joined_on:
                raise UserError("退出日期不能早于加入日期", field="left_on")
            member.left_on = left_on
            uow.audit("update", "volunteer_team_member", member_id, f"队员退出队伍（{left_on:%Y-%m-%d}）")

    # --- service records --------------------------------------------------------------------------------------
    def _refuse_overlap(
        self, session: Session, volunteer_id: int, start: datetime, end: datetime, ignore: int | None = None
    ) -> None:
        query = select(ServiceRecord).where(
            ServiceRecord.volunteer_id == volunteer_id, ServiceRecord.start < end, ServiceRecord.end > start
        )
        if ignore is not None:
            query = query.where(ServiceRecord.id != ignore)
        clash = session.scalars(query.limit(1)).first()
        if clash is not None:
            name = self._display_name(session, self._volunteer(session, volunteer_id))
            when = _when(clash.start, clash.end)
            raise UserError(f"{name} 在 {when} 已有服务记录（{clash.content}），时间不能重叠", field="start")

    def _add_record(
        self, session: Session, volunteer_id: int, values: dict[str, Any], key: str | None
    ) -> ServiceRecord:
        self._volunteer(session, volunteer_id)
        self._refuse_overlap(session, volunteer_id, values["start"], values["end"])
        now = datetime.now().replace(microsecond=0)
        record = ServiceRecord(
            volunteer_id=volunteer_id, event_occurrence_key=key, created_at=now, updated_at=now, **values
        )
        session.add(record)
        session.flush()
        return record

    def record_service(self, volunteer_id: int, data: ServiceRecordInput) -> int:
        """One service record; refused when it overlaps another record of the same volunteer."""
        values = record_values(data)
        with self._uow() as uow:
            record = self._add_record(uow.session, volunteer_id, values, data.event_occurrence_key)
            name = self._display_name(uow.session, self._volunteer(uow.session, volunteer_id))
            uow.audit("create", "volunteer_service", record.id,
                      f"服务记录 {name} {_when(values['start'], values['end'])} {values['content']}", after=values)
            return record.id

    def record_outing(self, data: OutingInput) -> list[int]:
        """A team outing: every ticked volunteer gets a record (own times if adjusted); all or nothing."""
        if not data.volunteer_ids:
            raise UserError("请至少勾选一名志愿者", field="volunteers")
        base = record_values(data.record)
        with self._uow() as uow:
            ids = []
            for volunteer_id in dict.fromkeys(data.volunteer_ids):
                values = dict(base)
                if volunteer_id in data.times:
                    start, end = data.times[volunteer_id]
                    values.update(record_values(ServiceRecordInput(start, end, base["content"], base["category"])))
                    values.update({k: base[k] for k in ("organiser", "place", "confirmed_by", "team_id")})
                ids.append(self._add_record(uow.session, volunteer_id, values, data.record.event_occurrence_key).id)
            uow.audit("create", "volunteer_service", None,
                      f"集体服务 {_when(base['start'], base['end'])} {base['content']}（{len(ids)}人）",
                      after={**base, "volunteers": list(data.volunteer_ids)})
            return ids

    def update_service(self, record_id: int, data: ServiceRecordInput) -> None:
        """Edits a record; confirmed records are audited with before/after like every other edit."""
        values = record_values(data)
        with self._uow() as uow:
            record = uow.session.get(ServiceRecord, record_id)
            if record is None:
                raise UserError("该服务记录已不存在")
            self._refuse_overlap(uow.session, record.volunteer_id, values["start"], values["end"], ignore=record_id)
            before = {name: getattr(record, name) for name in SERVICE_FIELDS}
            for name, value in values.items():
                setattr(record, name, value)
            record.updated_at = datetime.now().replace(microsecond=0)
            action = "修改已确认的服务记录" if before["confirmed_by"] else "修改服务记录"
            uow.audit("update", "volunteer_service", record_id, f"{action}（{_when(values['start'], values['end'])}）",
                      before, values)

    def update_service_times(self, record_id: int, start: datetime, end: datetime) -> None:
        """Moves a record's start/end (the calendar does this when an event's times change)."""
        with self._uow() as uow:
            record = uow.session.get(ServiceRecord, record_id)
            if record is None:
                raise UserError("该服务记录已不存在")
            try:
                minutes = rules.service_minutes(start, end)
            except rules.InvalidServiceTime as error:
                raise UserError(str(error), field="end") from error
            start, end = start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0)
            self._refuse_overlap(uow.session, record.volunteer_id, start, end, ignore=record_id)
            before = {"start": record.start, "end": record.end, "minutes": record.minutes}
            after = {"start": start, "end": end, "minutes": minutes}
            record.start, record.end, record.minutes = start, end, minutes
            record.updated_at = datetime.now().replace(microsecond=0)
            uow.audit("update", "volunteer_service", record_id, f"调整服务时间（{_when(start, end)}）", before, after)

    def delete_service(self, record_id: int) -> None:
        with self._uow() as uow:
            record = uow.session.get(ServiceRecord, record_id)
            if record is None:
                raise UserError("该服务记录已不存在")
            before = {name: getattr(record, name) for name in SERVICE_FIELDS}
            uow.audit("delete", "volunteer_service", record_id, f"删除服务记录（{_when(record.start, record.end)}）",
                      before=before)
            uow.session.delete(record)
