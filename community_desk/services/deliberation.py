"""群议厅 use cases that write: every step of a topic, bodies and their members, calendar meetings.

Each public method is one user action: one transaction and one audit row. The order and arithmetic rules live
in domain.deliberation; they are checked here inside the transaction, against the topic as stored, so two
windows cannot push the same topic past a step. Reads are inherited from DeliberationReader, body and meeting
writes from BodyWrites (deliberation_bodies), the shared helpers from DeliberationWrites.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models.deliberation import (
    DeliberationEntry,
    DeliberationProposer,
    DeliberationTopic,
    DeliberationView,
)
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import PROGRESS, STEP_TITLES, Status, Step, TopicState
from community_desk.services.deliberation_bodies import BodyWrites
from community_desk.services.deliberation_dto import MeetingInput, TopicInput
from community_desk.services.deliberation_reader import DeliberationReader
from community_desk.services.deliberation_writes import refusals
from community_desk.services.errors import UserError
from community_desk.services.validation import clean_text

TITLE_MAX = 200
PUBLICITY_PLACE = "社区公示栏"


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class DeliberationService(BodyWrites, DeliberationReader):
    """Writes for 群议厅; the reads come from DeliberationReader over the same file."""

    def __init__(self, db_path: Path, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        super().__init__(db_path)
        self._factory = session_factory
        self._actor = actor

    # --- helpers ------------------------------------------------------------------------------------------------
    def _advance(self, uow: UnitOfWork, topic_id: int, target: Step, on: date) -> DeliberationTopic:
        """Moves the topic to `target` on `on` after checking the order and the date."""
        topic = self._topic(uow.session, topic_id)
        rules.check_next_step(TopicState(Step(topic.current_step), topic.vote_passed), target)
        rules.check_step_date(on, topic.last_date, date.today())
        topic.current_step = target.value
        topic.last_date = on
        topic.updated_at = _now()
        if target is Step.MEETING:
            topic.vote_passed = None  # a new round of 协商 after a failed vote
        topic.status = {Step.FEEDBACK: Status.DONE, Step.REJECTED: Status.REJECTED}.get(target, Status.OPEN).value
        return topic

    def _record(self, uow: UnitOfWork, topic: DeliberationTopic, kind: str, on: date, **fields: Any) -> None:
        """Adds the timeline entry and the one audit row of this action."""
        entry = DeliberationEntry(
            topic_id=topic.id, kind=kind, on_date=on, recorded_at=_now(), recorded_by=uow.actor, **fields
        )
        uow.session.add(entry)
        uow.session.flush()
        shown = {k: v for k, v in fields.items() if k != "views" and v not in (None, "")}
        if fields.get("views"):
            shown["views"] = [f"{view.party}：{view.content}" for view in fields["views"]]
        uow.audit(
            "create",
            "deliberation_topic",
            topic.id,
            f"议题{topic.number}“{topic.title}”：{STEP_TITLES.get(kind, kind)}（{on.isoformat()}）",
            after={"kind": kind, "on_date": on, **shown},
        )

    def _check_topic(self, data: TopicInput) -> tuple[str, str]:
        title, description = clean_text(data.title), clean_text(data.description)
        if not title:
            raise UserError("请填写议题名称", field="title")
        if len(title) > TITLE_MAX:
            raise UserError(f"议题名称不能超过{TITLE_MAX}个字", field="title")
        if data.category not in rules.CATEGORIES:
            raise UserError("请选择议题类别", field="category")
        rules.check_source(data.source, data.signers)
        rules.threshold_of(data.threshold)
        return title, description

    # --- topics -------------------------------------------------------------------------------------------------
    def propose(self, data: TopicInput, proposed_on: date, note: str = "") -> int:
        """议题征集: the topic is registered and numbered (2026-003) in the year it was proposed."""
        with refusals(), self._uow() as uow:
            title, description = self._check_topic(data)
            rules.check_step_date(proposed_on, None, date.today())
            session = uow.session
            proposers = self._people(session, data.proposers, "提议人")
            year = proposed_on.year
            seq = (
                session.scalar(select(func.max(DeliberationTopic.seq)).where(DeliberationTopic.year == year)) or 0
            ) + 1
            now = _now()
            topic = DeliberationTopic(
                year=year, seq=seq, number=f"{year}-{seq:03d}", title=title, category=data.category,
                source=data.source, signers=data.signers if data.source == rules.JOINT_SOURCE else None,
                description=description, threshold=data.threshold, current_step=Step.PROPOSED.value,
                vote_passed=None, status=Status.OPEN.value, last_date=proposed_on, created_at=now, updated_at=now,
            )  # fmt: skip
            topic.proposers = [DeliberationProposer(name=p.name, resident_id=p.resident_id) for p in proposers]
            session.add(topic)
            session.flush()
            label = rules.source_label(topic.source, topic.signers)
            names = "、".join(p.name for p in proposers)
            text = clean_text(note) or (f"{label}，提议人：{names}" if names else label)
            self._record(uow, topic, Step.PROPOSED.value, proposed_on, text=text)
            return topic.id

    def update_topic(self, topic_id: int, data: TopicInput) -> None:
        """Corrects a topic's particulars; the pass threshold is fixed once a vote was counted under it."""
        with refusals(), self._uow() as uow:
            title, description = self._check_topic(data)
            topic = self._topic(uow.session, topic_id)
            voted = any(e.kind == Step.VOTE for e in topic.entries)
            if voted and data.threshold != topic.threshold:
                raise UserError("该议题已经表决，不能再更改表决通过比例", field="threshold")
            proposers = self._people(uow.session, data.proposers, "提议人")
            before = self._snapshot(topic)
            topic.title, topic.description, topic.category = title, description, data.category
            topic.source, topic.threshold = data.source, data.threshold
            topic.signers = data.signers if data.source == rules.JOINT_SOURCE else None
            topic.proposers = [DeliberationProposer(name=p.name, resident_id=p.resident_id) for p in proposers]
            topic.updated_at = _now()
            uow.audit(
                "update", "deliberation_topic", topic.id, f"修改议题{topic.number}", before, self._snapshot(topic)
            )

    @staticmethod
    def _snapshot(topic: DeliberationTopic) -> dict[str, Any]:
        names = "、".join(p.name for p in topic.proposers)
        keys = ("title", "category", "source", "signers", "description", "threshold")
        return {key: getattr(topic, key) for key in keys} | {"proposers": names}

    def accept(self, topic_id: int, on: date, note: str = "") -> None:
        """议题确定: the 两委 (or the body) take the topic up."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.ACCEPTED, on)
            self._record(uow, topic, Step.ACCEPTED.value, on, text=clean_text(note))

    def hold_meeting(self, topic_id: int, data: MeetingInput) -> int:
        """协商会议 on the topic; the meeting also goes on the calendar. Returns the meeting's id."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.MEETING, data.held_on)
            if not clean_text(data.host):
                raise UserError("请填写主持人", field="host")
            meeting = self._new_meeting(uow.session, data, (topic_id,))
            views = [
                DeliberationView(party=clean_text(v.party), content=clean_text(v.content))
                for v in data.views
                if clean_text(v.content)
            ]
            if any(not v.party for v in views):
                raise UserError("请注明每条意见是哪一方的", field="views")
            self._record(
                uow, topic, Step.MEETING.value, data.held_on, text=clean_text(data.note), meeting_id=meeting.id,
                views=views,
            )  # fmt: skip
            return meeting.id

    def vote(
        self,
        topic_id: int,
        on: date,
        present: int,
        votes_for: int,
        votes_against: int,
        abstentions: int,
        note: str = "",
    ) -> rules.VoteOutcome:
        """表决 under the topic's threshold; a failed vote leaves 重新协商 or 结束（未通过）."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.VOTE, on)
            outcome = rules.count_vote(present, votes_for, votes_against, abstentions, topic.threshold)
            topic.vote_passed = outcome.passed
            self._record(
                uow, topic, Step.VOTE.value, on, text=clean_text(note), present=present, votes_for=votes_for,
                votes_against=votes_against, abstentions=abstentions, passed=outcome.passed,
            )  # fmt: skip
            return outcome

    def resolve(self, topic_id: int, on: date, text: str) -> None:
        """决议: only after a passed vote (the order rule sees to that)."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.RESOLUTION, on)
            if not clean_text(text):
                raise UserError("请填写决议内容", field="text")
            self._record(uow, topic, Step.RESOLUTION.value, on, text=clean_text(text))

    def publish(self, topic_id: int, start: date, end: date, place: str = PUBLICITY_PLACE, note: str = "") -> None:
        """公示 for at least 5 days, the first day not counted (see domain.deliberation.earliest_publicity_end)."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.PUBLICITY, start)
            rules.check_publicity(start, end, place)
            self._record(
                uow, topic, Step.PUBLICITY.value, start, text=clean_text(note), ends_on=end, place=clean_text(place)
            )

    def implement(
        self, topic_id: int, on: date, responsible: str, deadline: date | None = None, note: str = ""
    ) -> None:
        """落实 once the 公示 period is over: who carries the resolution out, and by when."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.IMPLEMENTATION, on)
            publicity = [e for e in topic.entries if e.kind == Step.PUBLICITY]
            rules.check_implementation_start(on, publicity[-1].ends_on if publicity else None)
            if not clean_text(responsible):
                raise UserError("请填写责任方", field="responsible")
            if deadline is not None and deadline < on:
                raise UserError("完成期限不能早于落实开始日期", field="deadline")
            self._record(
                uow, topic, Step.IMPLEMENTATION.value, on, text=clean_text(note),
                responsible=clean_text(responsible)[:100], deadline=deadline,
            )  # fmt: skip

    def add_progress(self, topic_id: int, on: date, text: str) -> None:
        """A dated 落实 progress note: on the timeline, but the topic stays at 落实."""
        with refusals(), self._uow() as uow:
            topic = self._topic(uow.session, topic_id)
            if topic.current_step != Step.IMPLEMENTATION:
                raise UserError("只有在“落实”阶段的议题才能记录落实进展")
            rules.check_step_date(on, topic.last_date, date.today())
            if not clean_text(text):
                raise UserError("请填写进展情况", field="text")
            topic.last_date, topic.updated_at = on, _now()
            self._record(uow, topic, PROGRESS, on, text=clean_text(text))

    def feedback(
        self, topic_id: int, on: date, text: str, satisfied: int = 0, fairly: int = 0, dissatisfied: int = 0
    ) -> None:
        """反馈 to residents with their satisfaction; the topic is then 已办结."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.FEEDBACK, on)
            if not clean_text(text):
                raise UserError("请填写反馈情况（向居民反馈的方式和内容）", field="text")
            rules.satisfaction_rate(satisfied, fairly, dissatisfied)
            self._record(
                uow, topic, Step.FEEDBACK.value, on, text=clean_text(text), satisfied=satisfied,
                fairly_satisfied=fairly, dissatisfied=dissatisfied,
            )  # fmt: skip

    def close_rejected(self, topic_id: int, on: date, note: str = "") -> None:
        """结束为未通过: after a failed vote, when the topic is not taken back to 协商."""
        with refusals(), self._uow() as uow:
            topic = self._advance(uow, topic_id, Step.REJECTED, on)
            self._record(uow, topic, Step.REJECTED.value, on, text=clean_text(note))
