"""议事机构 and meetings: bodies and their members, and the meetings a body holds on the calendar.

A meeting is written here both when it is only a calendar entry (add_meeting) and when it is a topic's 协商 step
(DeliberationService.hold_meeting calls _new_meeting). BodyWrites is mixed into DeliberationService.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from community_desk.db.models.deliberation import (
    DeliberationBody,
    DeliberationBodyMember,
    DeliberationMeeting,
    DeliberationMeetingTopic,
    DeliberationParticipant,
)
from community_desk.domain import deliberation as rules
from community_desk.services.deliberation_dto import MeetingInput, MemberInput, PersonRef
from community_desk.services.deliberation_writes import DeliberationWrites, refusals
from community_desk.services.errors import UserError
from community_desk.services.validation import clean_text


class BodyWrites(DeliberationWrites):
    """Meetings, bodies and body members; each public method is one unit of work with one audit row."""

    # --- meetings -----------------------------------------------------------------------------------------------
    def _new_meeting(self, session: Session, data: MeetingInput, topic_ids: tuple[int, ...]) -> DeliberationMeeting:
        place = clean_text(data.place)
        if not place:
            raise UserError("请填写会议地点", field="place")
        if data.attendance < 0:
            raise UserError("出席人数不能为负数", field="attendance")
        if data.body_id is not None and session.get(DeliberationBody, data.body_id) is None:
            raise UserError("所选议事机构已不存在", field="body")
        people = []
        for p in data.participants:
            if p.role not in rules.PARTICIPANT_ROLES:
                raise UserError("请为每位参加人选择身份", field="participants")
            for ref in self._people(session, (PersonRef(p.name, p.resident_id),), "参加人"):
                people.append(DeliberationParticipant(role=p.role, name=ref.name, resident_id=ref.resident_id))
        if data.attendance < len(people):
            raise UserError(f"出席人数（{data.attendance}）少于列出的参加人（{len(people)}人）", field="attendance")
        meeting = DeliberationMeeting(
            held_on=data.held_on, body_id=data.body_id, place=place[:100], host=clean_text(data.host)[:50],
            attendance=data.attendance, note=clean_text(data.note), participants=people,
        )  # fmt: skip
        session.add(meeting)
        session.flush()
        for topic_id in dict.fromkeys(topic_ids):
            self._topic(session, topic_id)
            session.add(DeliberationMeetingTopic(meeting_id=meeting.id, topic_id=topic_id))
        return meeting

    def add_meeting(self, data: MeetingInput) -> int:
        """A calendar entry (a body's session and the topics it took up); it moves no topic a step."""
        with refusals(), self._uow() as uow:
            meeting = self._new_meeting(uow.session, data, data.topic_ids)
            body = meeting.body.name if meeting.body else "会议"
            summary = f"登记{body}（{data.held_on.isoformat()}，{meeting.place}）"
            after = {"held_on": data.held_on, "place": meeting.place, "topics": list(data.topic_ids)}
            uow.audit("create", "deliberation_meeting", meeting.id, summary, after=after)
            return meeting.id

    # --- bodies -------------------------------------------------------------------------------------------------
    def create_body(self, name: str, kind: str, note: str = "") -> int:
        name = clean_text(name)
        if not name:
            raise UserError("请填写议事机构名称", field="name")
        if kind not in rules.BODY_KINDS:
            raise UserError("请选择议事机构类别", field="kind")
        with self._uow() as uow:
            if uow.session.scalar(select(DeliberationBody.id).where(DeliberationBody.name == name)):
                raise UserError(f"议事机构“{name}”已存在", field="name")
            body = DeliberationBody(name=name[:60], kind=kind, note=clean_text(note)[:200])
            uow.session.add(body)
            uow.session.flush()
            uow.audit(
                "create", "deliberation_body", body.id, f"新建议事机构 {name}", after={"name": name, "kind": kind}
            )
            return body.id

    def add_member(self, body_id: int, data: MemberInput) -> int:
        with refusals(), self._uow() as uow:
            body = uow.session.get(DeliberationBody, body_id)
            if body is None:
                raise UserError("该议事机构已不存在")
            if data.role not in rules.MEMBER_ROLES:
                raise UserError("请选择职务", field="role")
            rules.check_period(data.since, data.until)
            people = self._people(uow.session, (data.person,), "成员")
            if not people:
                raise UserError("请填写成员姓名或从居民库中选择", field="people")
            person = people[0]
            if any(
                m.until is None and (m.name, m.resident_id) == (person.name, person.resident_id) for m in body.members
            ):
                raise UserError(f"{person.name} 已是{body.name}的在任成员", field="people")
            member = DeliberationBodyMember(
                body_id=body_id, resident_id=person.resident_id, name=person.name, role=data.role,
                since=data.since, until=data.until,
            )  # fmt: skip
            uow.session.add(member)
            uow.session.flush()
            uow.audit(
                "create", "deliberation_body_member", member.id, f"{body.name} 增加成员 {person.name}（{data.role}）",
                after={"name": person.name, "role": data.role, "since": data.since, "until": data.until},
            )  # fmt: skip
            return member.id

    def end_member(self, member_id: int, until: date) -> None:
        """离任: the seat stays in the body's history with its end date."""
        with refusals(), self._uow() as uow:
            member = uow.session.get(DeliberationBodyMember, member_id)
            if member is None:
                raise UserError("该成员记录已不存在")
            rules.check_period(member.since, until)
            before = {"until": member.until}
            member.until = until
            uow.audit(
                "update", "deliberation_body_member", member_id, f"{member.body.name} 成员 {member.name} 离任",
                before=before, after={"until": until},
            )  # fmt: skip

    def remove_member(self, member_id: int) -> None:
        """For a seat entered by mistake; a member who leaves is ended instead, to keep the history."""
        with self._uow() as uow:
            member = uow.session.get(DeliberationBodyMember, member_id)
            if member is None:
                raise UserError("该成员记录已不存在")
            before = {"name": member.name, "role": member.role, "since": member.since, "until": member.until}
            uow.audit(
                "delete",
                "deliberation_body_member",
                member_id,
                f"删除 {member.body.name} 成员 {member.name}",
                before=before,
            )
            uow.session.delete(member)
