"""群议厅 reads for the panel: topic pages, a topic with its timeline, bodies, members and the meeting calendar.

Like RegistryReader, each read opens a short sqlite3 connection of its own and imports nothing of SQLAlchemy,
so the panel can fill itself while the write layer is still loading.
"""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from collections import defaultdict
from datetime import date

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import deliberation as sql
from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import STEP_TITLES, Step, TopicQuery, TopicState
from community_desk.services.deliberation_dto import (
    BodyMemberView,
    BodyView,
    MeetingRow,
    PersonRef,
    TimelineEntry,
    TopicDetail,
    TopicRow,
)


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def step_label(step: str, vote_passed: bool | None) -> str:
    """表决 after a failed vote reads 表决（未通过）: the clerk sees at once why the topic waits."""
    return f"{step}（未通过）" if step == Step.VOTE and vote_passed is False else step


def _state(row: sqlite3.Row) -> TopicState:
    passed = None if row["vote_passed"] is None else bool(row["vote_passed"])
    return TopicState(Step(row["current_step"]), passed)


class DeliberationReader(SqliteReader):
    # --- topic list ---------------------------------------------------------------------------------------------
    def topic_count(self, query: TopicQuery) -> int:
        with self._connection() as connection:
            return sql.count_topics(connection, query)

    def topics(self, query: TopicQuery, offset: int = 0, limit: int = 500) -> list[TopicRow]:
        with self._connection() as connection:
            rows = sql.page_topics(connection, query, offset, limit)
        return [
            TopicRow(
                id=r["id"],
                number=r["number"],
                title=r["title"],
                category=r["category"],
                source=rules.source_label(r["source"], r["signers"]),
                step=step_label(r["current_step"], None if r["vote_passed"] is None else bool(r["vote_passed"])),
                last_date=date.fromisoformat(r["last_date"]),
                status=r["status"],
            )
            for r in rows
        ]

    def years(self) -> list[int]:
        """Years that have topics or meetings, newest first, for the year filter."""
        with self._connection() as connection:
            return sorted(set(sql.topic_years(connection)) | set(sql.meeting_years(connection)), reverse=True)

    # --- one topic ----------------------------------------------------------------------------------------------
    def topic(self, topic_id: int) -> TopicDetail | None:
        with self._connection() as connection:
            row = sql.topic_row(connection, topic_id)
            if row is None:
                return None
            proposers = tuple(PersonRef(p["name"], p["resident_id"]) for p in sql.proposer_rows(connection, topic_id))
            entries = sql.entry_rows(connection, topic_id)
            views = defaultdict(list)
            for v in sql.view_rows(connection, [e["id"] for e in entries]):
                views[v["entry_id"]].append((v["party"], v["content"]))
            people = defaultdict(list)
            meeting_ids = [e["meeting_id"] for e in entries if e["meeting_id"] is not None]
            for p in sql.participant_rows(connection, meeting_ids):
                people[p["meeting_id"]].append((p["role"], p["name"]))
        state = _state(row)
        threshold = row["threshold"]
        timeline = tuple(self._entry(e, threshold, views[e["id"]], people[e["meeting_id"]]) for e in entries)
        publicity = [e for e in entries if e["kind"] == Step.PUBLICITY]
        meetings = [e for e in entries if e["kind"] == Step.MEETING]
        return TopicDetail(
            id=row["id"],
            number=row["number"],
            title=row["title"],
            category=row["category"],
            source=row["source"],
            signers=row["signers"],
            source_label=rules.source_label(row["source"], row["signers"]),
            proposers=proposers,
            description=row["description"],
            threshold=threshold,
            threshold_name=rules.THRESHOLDS.name_of(threshold),
            step=row["current_step"],
            status=row["status"],
            vote_passed=state.vote_passed,
            last_date=date.fromisoformat(row["last_date"]),
            next_steps=tuple(step.value for step in rules.next_steps(state)),
            can_add_progress=state.step is Step.IMPLEMENTATION,
            publicity_end=day(publicity[-1]["ends_on"]) if publicity else None,
            last_attendance=meetings[-1]["attendance"] if meetings else None,
            timeline=timeline,
        )

    @staticmethod
    def _entry(
        e: sqlite3.Row, threshold: str, views: list[tuple[str, str]], people: list[tuple[str, str]]
    ) -> TimelineEntry:
        kind, text = e["kind"], e["text"]
        details: list[tuple[str, str]] = []
        if kind == Step.MEETING:
            summary = f"{e['meeting_place'] or ''}，主持人：{e['host'] or '—'}，出席{e['attendance'] or 0}人"
            if e["body"]:
                summary = f"{e['body']}，{summary}"
            by_role: dict[str, list[str]] = defaultdict(list)
            for role, name in people:
                by_role[role].append(name)
            details += [(f"参加人（{role}）", "、".join(names)) for role, names in by_role.items()]
            details += [(f"{party}意见", content) for party, content in views]
            if text:
                details.append(("会议情况", text))
        elif kind == Step.VOTE:
            required = rules.threshold_of(threshold).required(e["present"])
            verdict = "通过" if e["passed"] else "未通过"
            summary = (
                f"出席{e['present']}人，赞成{e['votes_for']}、反对{e['votes_against']}、弃权{e['abstentions']}，"
                f"{verdict}（{rules.THRESHOLDS.name_of(threshold)}，需赞成{required}票）"
            )
            if text:
                details.append(("说明", text))
        elif kind == Step.PUBLICITY:
            summary = f"{e['on_date']}至{e['ends_on']}，{e['place']}"
            if text:
                details.append(("说明", text))
        elif kind == Step.IMPLEMENTATION:
            deadline = f"，期限{e['deadline']}" if e["deadline"] else ""
            summary = f"责任方：{e['responsible']}{deadline}"
            if text:
                details.append(("落实措施", text))
        elif kind == Step.FEEDBACK:
            counts = (e["satisfied"] or 0, e["fairly_satisfied"] or 0, e["dissatisfied"] or 0)
            rate = rules.percent(rules.satisfaction_rate(*counts))
            summary = f"满意{counts[0]}、基本满意{counts[1]}、不满意{counts[2]}" + (f"，满意率{rate}" if rate else "")
            if text:
                details.append(("反馈情况", text))
        else:  # 征集, 确定, 决议, 进展, 未通过: the text is the whole story
            summary = text.splitlines()[0] if text else ""
            if text and (len(text.splitlines()) > 1 or kind == Step.RESOLUTION):
                details.append(("决议内容" if kind == Step.RESOLUTION else "说明", text))
        return TimelineEntry(
            id=e["id"],
            kind=kind,
            title=STEP_TITLES.get(kind, kind),
            on_date=date.fromisoformat(e["on_date"]),
            summary=summary,
            details=tuple(details),
            recorded_by=e["recorded_by"],
        )

    # --- bodies and the calendar --------------------------------------------------------------------------------
    def bodies(self, as_of: date | None = None) -> list[BodyView]:
        with self._connection() as connection:
            rows = sql.body_rows(connection, as_of or date.today())
        return [BodyView(r["id"], r["name"], r["kind"], r["note"], r["members"]) for r in rows]

    def members(self, body_id: int) -> list[BodyMemberView]:
        with self._connection() as connection:
            rows = sql.member_rows(connection, body_id)
        return [
            BodyMemberView(
                r["id"], r["body_id"], r["name"], r["resident_id"], r["role"],
                date.fromisoformat(r["since"]), day(r["until"]),
            )
            for r in rows
        ]  # fmt: skip

    def meetings(self, year: int, month: int | None = None) -> list[MeetingRow]:
        """Meetings of a year (or one month of it) in date order, for the calendar-like list by month."""
        first = date(year, month or 1, 1)
        last = date(year, month or 12, monthrange(year, month or 12)[1])
        with self._connection() as connection:
            rows = sql.meeting_rows(connection, first, last)
        return [
            MeetingRow(
                r["id"], date.fromisoformat(r["held_on"]), r["body"], r["place"], r["host"], r["attendance"],
                r["topics"], r["note"],
            )
            for r in rows
        ]  # fmt: skip
