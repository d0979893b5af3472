"""群议厅 papers: the 协商议事记录 of a 协商会议 and the 决议公示 for the notice board (Word, from editable templates in
exports/templates/deliberation/), and the year's 台账 of topics (Excel).

Everything is read from the topic's timeline in plain sqlite3 and turned into strings here (dates as 2026年3月5日),
so the templates only place text. Printing changes nothing: no unit of work, no audit entry. A 决议公示 is
refused for a topic whose vote has not passed or whose 决议 is not recorded yet: a notice of a resolution that
does not exist must not reach the notice board.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from community_desk.db.connection import read_connection
from community_desk.db.repositories import deliberation as sql
from community_desk.db.repositories.registry import community_name
from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import PROGRESS, Step
from community_desk.exports.mediation_excel import LedgerRow, write_deliberation_ledger
from community_desk.exports.word import WordExportError, chinese_date, render
from community_desk.services.errors import UserError
from community_desk.services.mediation_reports import write_atomically

RECORD, NOTICE = "协商议事记录", "决议公示"
TEMPLATES = {RECORD: "deliberation/协商议事记录.docx", NOTICE: "deliberation/决议公示.docx"}
DEFAULT_BODY = "社区协商会议"
PUBLICITY_PLACE = "社区公示栏"  # as DeliberationService.publish's default


@dataclass(frozen=True)
class _Topic:
    row: sqlite3.Row
    proposers: list[str]
    entries: list[sqlite3.Row]
    views: dict[int, list[sqlite3.Row]]
    people: dict[int, list[sqlite3.Row]]
    community: str

    def of(self, kind: str) -> list[sqlite3.Row]:
        return [e for e in self.entries if e["kind"] == kind]


def suggested_file_name(form: str, number: str, title: str) -> str:
    """协商议事记录_2026-003_3号楼加装电梯.docx (characters Windows forbids in names left out)."""
    safe = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip()[:30]
    return f"{form}_{number}_{safe}.docx"


def issuer(community: str) -> str:
    """示范社区 → 示范社区居民委员会 (a name already ending in 居委会/居民委员会 is kept as it is)."""
    return community if community.endswith(("居委会", "居民委员会")) else f"{community}居民委员会"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _when(value: str | None) -> str:
    return chinese_date(_day(value))


class DeliberationPrints:
    def __init__(self, db_path: Path) -> None:
        self._path = db_path

    # --- reading --------------------------------------------------------------------------------------------
    def topic_id(self, number: str) -> int | None:
        """The topic numbered `number` (2026-003; 2026-3 is read as 2026-003)."""
        text = number.strip()
        year, _, seq = text.partition("-")
        candidates = [text] + ([f"{year}-{int(seq):03d}"] if year.isdigit() and seq.isdigit() else [])
        with read_connection(self._path) as connection:
            for candidate in candidates:
                row = connection.execute("SELECT id FROM deliberation_topic WHERE number = ?", [candidate]).fetchone()
                if row:
                    return row[0]
        return None

    def _topic(self, topic_id: int) -> _Topic:
        with read_connection(self._path) as connection:
            row = sql.topic_row(connection, topic_id)
            if row is None:
                raise UserError("该议题已不存在（可能已被删除）")
            entries = sql.entry_rows(connection, topic_id)
            views: dict[int, list[sqlite3.Row]] = defaultdict(list)
            for view in sql.view_rows(connection, [e["id"] for e in entries]):
                views[view["entry_id"]].append(view)
            people: dict[int, list[sqlite3.Row]] = defaultdict(list)
            for person in sql.participant_rows(connection, [e["meeting_id"] for e in entries if e["meeting_id"]]):
                people[person["meeting_id"]].append(person)
            return _Topic(
                row=row,
                proposers=[p["name"] for p in sql.proposer_rows(connection, topic_id)],
                entries=entries,
                views=views,
                people=people,
                community=community_name(connection),
            )

    @staticmethod
    def _round(topic: _Topic, round_no: int | None) -> tuple[int, sqlite3.Row, sqlite3.Row | None]:
        """The chosen 协商 meeting (1-based; default the latest) and the vote that followed it, if any."""
        meetings = topic.of(Step.MEETING)
        if not meetings:
            raise UserError(f"议题{topic.row['number']}尚未召开协商会议，没有可打印的协商议事记录")
        number = len(meetings) if round_no is None else round_no
        if not 1 <= number <= len(meetings):
            raise UserError(f"议题{topic.row['number']}只有{len(meetings)}次协商会议，没有第{number}次")
        meeting = meetings[number - 1]
        later = topic.entries[topic.entries.index(meeting) + 1 :]
        vote = None
        for entry in later:
            if entry["kind"] == Step.MEETING:
                break
            if entry["kind"] == Step.VOTE:
                vote = entry
                break
        return number, meeting, vote

    # --- 协商议事记录 -------------------------------------------------------------------------------------------
    def record_context(self, topic_id: int, round_no: int | None = None) -> dict[str, Any]:
        """Everything 协商议事记录.docx reads, for one 协商会议 of the topic (default: the latest)."""
        topic = self._topic(topic_id)
        row = topic.row
        number, meeting, vote = self._round(topic, round_no)
        by_role: dict[str, list[str]] = defaultdict(list)
        for person in topic.people.get(meeting["meeting_id"], []):
            by_role[person["role"]].append(person["name"])
        rounds = len(topic.of(Step.MEETING))
        return {
            "community_name": topic.community,
            "number": row["number"],
            "title": row["title"],
            "category": row["category"],
            "source": rules.source_label(row["source"], row["signers"]),
            "proposers": "、".join(topic.proposers) or "—",
            "description": row["description"] or "—",
            "round_note": f"（第{number}次协商）" if rounds > 1 else "",
            "meeting_date": _when(meeting["on_date"]),
            "meeting_place": meeting["meeting_place"] or "—",
            "host": meeting["host"] or "—",
            "body": meeting["body"] or "—",
            "attendance": meeting["attendance"] or 0,
            "participants": [
                {"role": role, "names": "、".join(names), "count": len(names)} for role, names in by_role.items()
            ],
            "views": [{"party": v["party"], "content": v["content"]} for v in topic.views.get(meeting["id"], [])],
            "meeting_note": meeting["text"] or "—",
            "vote": self._vote(vote, row["threshold"]) if vote is not None else None,
            "resolution": self._outcome(topic, vote),
        }

    @staticmethod
    def _vote(vote: sqlite3.Row, threshold: str) -> dict[str, Any]:
        required = rules.threshold_of(threshold).required(vote["present"])
        verdict = "通过" if vote["passed"] else "未通过"
        return {
            "date": _when(vote["on_date"]),
            "present": vote["present"],
            "votes_for": vote["votes_for"],
            "votes_against": vote["votes_against"],
            "abstentions": vote["abstentions"],
            "result": f"{verdict}（{rules.THRESHOLDS.name_of(threshold)}，需赞成{required}票）",
        }

    @staticmethod
    def _outcome(topic: _Topic, vote: sqlite3.Row | None) -> str:
        if vote is None:
            return "（尚未表决）"
        if not vote["passed"]:
            return "表决未通过，未形成决议"
        later = topic.entries[topic.entries.index(vote) + 1 :]
        resolution = next((e for e in later if e["kind"] == Step.RESOLUTION), None)
        return resolution["text"] if resolution is not None else "表决通过，决议待形成"

    # --- 决议公示 -----------------------------------------------------------------------------------------------
    def notice_context(self, topic_id: int, today: date | None = None) -> dict[str, Any]:
        """Everything 决议公示.docx reads. The 公示期 is the recorded one; before 公示 is recorded, it is the
        shortest lawful period from `today` (5 days after the day of posting) at the 社区公示栏, to be adjusted."""
        topic = self._topic(topic_id)
        row = topic.row
        passed = [e for e in topic.of(Step.VOTE) if e["passed"]]
        if not passed:
            raise UserError(f"议题{row['number']}“{row['title']}”尚未表决通过，不能打印决议公示")
        vote = passed[-1]
        after_vote = topic.entries[topic.entries.index(vote) + 1 :]
        resolution = next((e for e in after_vote if e["kind"] == Step.RESOLUTION), None)
        if resolution is None or not resolution["text"].strip():
            raise UserError(f"议题{row['number']}“{row['title']}”尚未形成决议，请先记录决议内容再打印决议公示")
        meeting = [e for e in topic.entries[: topic.entries.index(vote)] if e["kind"] == Step.MEETING][-1]
        publicity = topic.of(Step.PUBLICITY)
        if publicity:
            start, end = _day(publicity[-1]["on_date"]), _day(publicity[-1]["ends_on"])
            place = publicity[-1]["place"] or PUBLICITY_PLACE
        else:
            start = today or date.today()
            end, place = rules.earliest_publicity_end(start), PUBLICITY_PLACE
        return {
            "issuer": issuer(topic.community),
            "number": row["number"],
            "title": row["title"],
            "meeting_body": meeting["body"] or DEFAULT_BODY,
            "meeting_date": _when(meeting["on_date"]),
            "meeting_place": meeting["meeting_place"] or rules.DEFAULT_PLACE,
            "vote_date": _when(vote["on_date"]),
            "present": vote["present"],
            "votes_for": vote["votes_for"],
            "votes_against": vote["votes_against"],
            "abstentions": vote["abstentions"],
            "resolution_date": _when(resolution["on_date"]),
            "resolution_paragraphs": [line.strip() for line in resolution["text"].splitlines() if line.strip()],
            "publicity_start": chinese_date(start),
            "publicity_end": chinese_date(end),
            "publicity_place": place,
            "issued_on": chinese_date(start),
        }

    # --- writing ------------------------------------------------------------------------------------------------
    def print_form(
        self, topic_id: int, form: str, out: Path, *, round_no: int | None = None, today: date | None = None
    ) -> Path:
        """Writes `form` (协商议事记录 or 决议公示) of the topic to `out` (.docx); nothing is written when refused."""
        if form not in TEMPLATES:
            raise UserError(f"未知的文书：{form}（可选：{'、'.join(TEMPLATES)}）")
        out = Path(out).expanduser()
        if out.suffix.lower() != ".docx":
            raise UserError(f"文件名应以 .docx 结尾：{out.name}", field="file")
        context = self.record_context(topic_id, round_no) if form == RECORD else self.notice_context(topic_id, today)
        try:
            return render(TEMPLATES[form], context, out)
        except WordExportError as error:
            raise UserError(str(error)) from error
        except OSError as error:
            raise UserError(f"无法保存 {out}：{error.strerror or error}") from error

    # --- 台账 ---------------------------------------------------------------------------------------------------
    def ledger_rows(self, year: int) -> list[LedgerRow]:
        """Topics proposed in `year` (their 编号's year), in number order, each step put into words."""
        with read_connection(self._path) as connection:
            topics = connection.execute(
                "SELECT t.*, (SELECT group_concat(p.name, '、') FROM deliberation_proposer p WHERE p.topic_id = t.id)"
                " AS proposers FROM deliberation_topic t WHERE t.year = ? ORDER BY t.seq",
                [year],
            ).fetchall()
            entries = connection.execute(
                "SELECT e.*, m.place AS meeting_place, m.attendance, b.name AS body FROM deliberation_entry e"
                " JOIN deliberation_topic t ON t.id = e.topic_id"
                " LEFT JOIN deliberation_meeting m ON m.id = e.meeting_id"
                " LEFT JOIN deliberation_body b ON b.id = m.body_id"
                " WHERE t.year = ? ORDER BY e.topic_id, e.on_date, e.id",
                [year],
            ).fetchall()
        by_topic: dict[int, list[sqlite3.Row]] = defaultdict(list)
        for entry in entries:
            by_topic[entry["topic_id"]].append(entry)
        return [_ledger_row(t, by_topic[t["id"]]) for t in topics]

    def export_ledger(self, year: int, out: Path, *, today: date | None = None) -> tuple[Path, int]:
        """The year's 台账 as .xlsx; returns the file and the number of topics."""
        rows = self.ledger_rows(year)
        with read_connection(self._path) as connection:
            community = community_name(connection)
        written = write_atomically(
            out, lambda temp: write_deliberation_ledger(temp, community, year, rows, today or date.today())
        )
        return written, len(rows)


def _ledger_row(topic: sqlite3.Row, entries: list[sqlite3.Row]) -> LedgerRow:
    def of(kind: str) -> list[sqlite3.Row]:
        return [e for e in entries if e["kind"] == kind]

    def first_day(kind: str) -> date | None:
        found = of(kind)
        return _day(found[0]["on_date"]) if found else None

    meetings = [
        " ".join(filter(None, (m["on_date"], m["body"] or m["meeting_place"]))) + f"，出席{m['attendance'] or 0}人"
        for m in of(Step.MEETING)
    ]
    votes = [
        f"{v['on_date']} 赞成{v['votes_for']}、反对{v['votes_against']}、弃权{v['abstentions']}，"
        f"{'通过' if v['passed'] else '未通过'}"
        for v in of(Step.VOTE)
    ]
    resolution = "\n".join(f"{r['on_date']}：{r['text']}" for r in of(Step.RESOLUTION))
    publicity = "\n".join(f"{p['on_date']}至{p['ends_on']}，{p['place']}" for p in of(Step.PUBLICITY))
    implementation = []
    for entry in of(Step.IMPLEMENTATION):
        deadline = f"，期限{entry['deadline']}" if entry["deadline"] else ""
        implementation.append(f"{entry['on_date']} 责任方：{entry['responsible']}{deadline}")
    implementation += [f"{p['on_date']} 进展：{p['text']}" for p in of(PROGRESS)]
    feedback = []
    for entry in of(Step.FEEDBACK):
        counts = (entry["satisfied"] or 0, entry["fairly_satisfied"] or 0, entry["dissatisfied"] or 0)
        rate = rules.percent(rules.satisfaction_rate(*counts))
        feedback.append(f"{entry['on_date']} 满意{counts[0]}、基本满意{counts[1]}、不满意{counts[2]}"
                        + (f"，满意率{rate}" if rate else ""))  # fmt: skip
    step = topic["current_step"]
    return LedgerRow(
        number=topic["number"],
        title=topic["title"],
        category=topic["category"],
        source=rules.source_label(topic["source"], topic["signers"]),
        proposers=topic["proposers"] or "",
        proposed_on=first_day(Step.PROPOSED),
        accepted_on=first_day(Step.ACCEPTED),
        meetings="\n".join(meetings),
        votes="\n".join(votes),
        resolution=resolution,
        publicity=publicity,
        implementation="\n".join(implementation),
        feedback="\n".join(feedback),
        step=f"{step}（未通过）" if step == Step.VOTE and topic["vote_passed"] == 0 else step,
        status=topic["status"],
    )
