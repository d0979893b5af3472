"""敞心阁 reads for the 调解 tab: plain sqlite3 per call (like RegistryReader), safe from background threads."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from community_desk.db.connection import SqliteReader
from community_desk.db.repositories import mediation as sql
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.domain import codes
from community_desk.domain import mediation as rules
from community_desk.domain.residents import age_on
from community_desk.services.dto import NamedId
from community_desk.services.mediation_dto import (
    CaseAlert,
    CaseDetail,
    CaseInput,
    CaseQuery,
    CaseRow,
    Dated,
    EscalationView,
    ExtensionInput,
    InvestigationInput,
    MediatorView,
    MonthCount,
    PartyInput,
    PartyView,
    SessionInput,
    TalkInput,
    TalkQuery,
    TalkView,
    TimelineEntry,
    VisitInput,
)


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


def parties_text(by_role: dict[str, list[str]]) -> str:
    """申请人 与 被申请人, each side joined with 、 (what the list and the alerts show)."""
    sides = ["、".join(by_role.get(role, [])) for role in rules.PARTY_ROLES.codes()]
    return " 与 ".join(side for side in sides if side)


def type_text(dispute_type: str, subtype: str) -> str:
    return f"{dispute_type}（{subtype}）" if subtype else dispute_type


class MediationReader(SqliteReader):
    """Talks, mediators and cases as DTOs; `today` defaults to the real date so tests can pin the clock."""

    # --- 恳谈/来访 -------------------------------------------------------------------------------------------------
    @staticmethod
    def _talk(row: sqlite3.Row) -> TalkView:
        return TalkView(
            row["id"],
            TalkInput(
                talked_at=moment(row["talked_at"]),
                visitor_name=row["visitor_name"],
                channel=row["channel"],
                contact=row["contact"],
                resident_id=row["resident_id"],
                subject=row["subject"],
                reply=row["reply"],
                needs_followup=bool(row["needs_followup"]),
                followup_by=row["followup_by"],
                result=row["result"],
                followup_done=bool(row["followup_done"]),
            ),
        )

    def talk_count(self, query: TalkQuery) -> int:
        where, params = sql.talk_where(query.text, query.month, query.needs_followup, query.followup_open)
        with self._connection() as connection:
            return sql.count_talks(connection, where, params)

    def talk_page(self, query: TalkQuery, offset: int, limit: int) -> list[TalkView]:
        where, params = sql.talk_where(query.text, query.month, query.needs_followup, query.followup_open)
        with self._connection() as connection:
            return [self._talk(row) for row in sql.page_talks(connection, where, params, offset, limit)]

    def talk(self, talk_id: int) -> TalkView | None:
        with self._connection() as connection:
            row = sql.talk_row(connection, talk_id)
        return self._talk(row) if row else None

    def talk_counts_by_month(self, year: int | None = None) -> list[MonthCount]:
        """来电来信来访 人次 per month, newest first (the small table beside the talk list)."""
        with self._connection() as connection:
            return [MonthCount(row["month"], row["n"]) for row in sql.talk_months(connection, year)]

    # --- 调解员 ---------------------------------------------------------------------------------------------------
    @staticmethod
    def _mediator(row: sqlite3.Row) -> MediatorView:
        keys = row.keys()
        return MediatorView(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            phone=row["phone"],
            active=bool(row["active"]),
            resident_id=row["resident_id"],
            note=row["note"],
            cases=row["cases"] if "cases" in keys else 0,
            open_cases=row["open_cases"] if "open_cases" in keys else 0,
        )

    def mediators(self, active_only: bool = False) -> list[MediatorView]:
        with self._connection() as connection:
            return [self._mediator(row) for row in sql.mediator_rows(connection, active_only)]

    # --- cases ----------------------------------------------------------------------------------------------
    def short_name(self) -> str:
        """The 简称 in 卷号: setting community_short, else community_name."""
        with self._connection() as connection:
            return (
                sql.setting(connection, "community_short")
                or sql.setting(connection, "community_name")
                or DEFAULT_COMMUNITY_NAME
            )

    def next_case_number(self, year: int) -> str:
        """What the next case of `year` will be numbered (shown, not reserved: saving assigns it)."""
        with self._connection() as connection:
            seq = sql.last_sequence(connection, year) + 1
        return rules.case_number(year, self.short_name(), seq)

    def case_count(self, query: CaseQuery) -> int:
        where, params = sql.case_where(query.text, query.status, query.year, query.today or date.today())
        with self._connection() as connection:
            return sql.count_cases(connection, where, params)

    def case_page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        today = query.today or date.today()
        where, params = sql.case_where(query.text, query.status, query.year, today)
        with self._connection() as connection:
            rows = sql.page_cases(connection, where, params, offset, limit)
            ids = [row["id"] for row in rows]
            parties, mediators = sql.party_names(connection, ids), sql.mediator_names(connection, ids)
        return [self._case_row(row, parties.get(row["id"], {}), mediators.get(row["id"], []), today) for row in rows]

    @staticmethod
    def _case_row(row: sqlite3.Row, parties: dict[str, list[str]], mediators: list[str], today: date) -> CaseRow:
        accepted, deadline = date.fromisoformat(row["accepted_on"]), date.fromisoformat(row["deadline"])
        running = row["status"] in rules.OPEN_STATUSES
        due = day(row["followup_due"])
        awaiting = row["status"] in rules.AWAITING_VISIT
        return CaseRow(
            id=row["id"],
            number=row["number"],
            accepted_on=accepted,
            dispute_type=type_text(row["dispute_type"], row["subtype"]),
            parties=parties_text(parties),
            mediators="、".join(mediators),
            status=row["status"],
            days=rules.days_open(accepted, today) if running else None,
            clock=rules.clock_state(deadline, today) if running else rules.Clock.NONE,
            extended=bool(row["extended"]),
            outcome=rules.OUTCOMES.name_of(row["outcome"]),
            deadline=deadline,
            followup_due=due,
            visit=rules.visit_state(due if awaiting else None, today, bool(row["visited"])),
        )

    def alerts(self, today: date | None = None) -> list[CaseAlert]:
        """For the banner on opening the tab: cases past (or near) the deadline and 回访 overdue (or due)."""
        today = today or date.today()
        with self._connection() as connection:
            rows = sql.alert_rows(connection, today)
            parties = sql.party_names(connection, [row["id"] for row in rows])
        alerts = []
        for row in rows:
            names = parties_text(parties.get(row["id"], {}))
            if row["why"] == "clock":
                deadline = date.fromisoformat(row["deadline"])
                days = rules.days_open(date.fromisoformat(row["accepted_on"]), today)
                kind = rules.clock_state(deadline, today).value
                text = f"受理已{days}天，期限 {deadline.isoformat()}"
            else:
                due = date.fromisoformat(row["followup_due"])
                kind = rules.visit_state(due, today, False).value
                text = f"应于 {due.isoformat()} 前回访"
            alerts.append(CaseAlert(row["id"], row["number"], names, kind, text))
        order = {"已超期": 0, "回访逾期": 1, "即将超期": 2, "待回访": 3}
        return sorted(alerts, key=lambda alert: order.get(alert.kind, 9))

    def case(self, case_id: int, today: date | None = None) -> CaseDetail | None:
        today = today or date.today()
        with self._connection() as connection:
            row = sql.case_row(connection, case_id)
            if row is None:
                return None
            kids = {
                table: sql.children(connection, table, case_id, order)
                for table, order in (
                    ("mediation_party", "position"),
                    ("mediation_investigation", "at"),
                    ("mediation_session", "at"),
                    ("mediation_extension", "agreed_on"),
                    ("mediation_escalation", "moved_on"),
                    ("mediation_visit", "visited_on"),
                    ("mediation_status_change", "changed_on"),
                )
            }
            mediators = tuple(self._mediator(m) for m in sql.case_mediators(connection, case_id))
        return self._detail(row, kids, mediators, today)

    def _detail(
        self, row: sqlite3.Row, kids: dict[str, list[sqlite3.Row]], mediators: tuple[MediatorView, ...], today: date
    ) -> CaseDetail:
        accepted, deadline = date.fromisoformat(row["accepted_on"]), date.fromisoformat(row["deadline"])
        running = row["status"] in rules.OPEN_STATUSES
        due = day(row["followup_due"])
        parties = tuple(
            PartyView(p["id"], PartyInput(**{k: p[k] for k in PartyInput.__dataclass_fields__}))
            for p in kids["mediation_party"]
        )
        investigations = tuple(
            Dated(
                i["id"], InvestigationInput(moment(i["at"]), i["place"], i["investigator"], i["subject"], i["content"])
            )
            for i in kids["mediation_investigation"]
        )
        sessions = tuple(
            Dated(
                s["id"],
                SessionInput(
                    moment(s["at"]),
                    s["place"],
                    s["attendees"],
                    s["mediators"],
                    s["statements"],
                    s["process"],
                    s["result"],
                ),
            )
            for s in kids["mediation_session"]
        )
        extensions = tuple(
            Dated(
                e["id"],
                ExtensionInput(date.fromisoformat(e["agreed_on"]), date.fromisoformat(e["new_deadline"]), e["note"]),
            )
            for e in kids["mediation_extension"]
        )
        escalations = tuple(
            EscalationView(e["id"], e["from_level"], e["level"], date.fromisoformat(e["moved_on"]), e["note"])
            for e in kids["mediation_escalation"]
        )
        visits = tuple(
            Dated(
                v["id"], VisitInput(date.fromisoformat(v["visited_on"]), v["visitor"], v["performance"], v["opinion"])
            )
            for v in kids["mediation_visit"]
        )
        values = CaseInput(
            accepted_on=accepted,
            source=row["source"],
            dispute_type=row["dispute_type"],
            summary=row["summary"],
            subtype=row["subtype"],
            amount=rules.fen_to_yuan(row["amount_fen"]),
            prevented_cases=row["prevented_cases"],
            prevented_people=row["prevented_people"],
            prevented_petition=bool(row["prevented_petition"]),
            escalation_level=row["escalation_level"],
            joint_meeting_notes=row["joint_meeting_notes"],
            retention=row["retention"],
        )
        status = rules.CaseStatus(row["status"])
        return CaseDetail(
            id=row["id"],
            number=row["number"],
            values=values,
            status=status.value,
            outcome=row["outcome"],
            routes_told=tuple(r for r in row["routes_told"].split("、") if r),
            termination_reason=row["termination_reason"],
            agreed_on=day(row["agreed_on"]),
            agreement_content=row["agreement_content"],
            performance_method=row["performance_method"],
            performance_due=day(row["performance_due"]),
            followup_due=due,
            amount_fen=row["amount_fen"],
            deadline=deadline,
            closed_on=day(row["closed_on"]),
            days=rules.days_open(accepted, today) if running else None,
            clock=rules.clock_state(deadline, today) if running else rules.Clock.NONE,
            visit=rules.visit_state(due if status in rules.AWAITING_VISIT else None, today, bool(visits)),
            parties=parties,
            mediators=mediators,
            investigations=investigations,
            sessions=sessions,
            extensions=extensions,
            escalations=escalations,
            visits=visits,
            timeline=timeline(kids, sessions, investigations),
            allowed=tuple(s.value for s in rules.CaseStatus if s in rules.TRANSITIONS[status]),
        )

    # --- residents as visitors and parties --------------------------------------------------------------------
    def find_residents(self, text: str, limit: int = 30) -> list[NamedId]:
        if not text.strip():
            return []
        with self._connection() as connection:
            rows = sql.find_residents(connection, text, limit)
        return [
            NamedId(
                r["id"],
                r["name"],
                {"phone": r["phone"], "address": r["address"] or "", "gender": codes.GENDERS.name_of(r["gender"])},
            )
            for r in rows
        ]

    def party_from_resident(self, resident_id: int, role: str, today: date | None = None) -> PartyInput | None:
        """A party prefilled from the registry; the clerk may still change anything before saving."""
        with self._connection() as connection:
            row = sql.resident_for_party(connection, resident_id)
        if row is None:
            return None
        born = day(row["birth_date"])
        return PartyInput(
            role=role,
            name=row["name"],
            resident_id=row["id"],
            gender=row["gender"] if row["gender"] in ("1", "2") else "",
            age=age_on(born, today or date.today()) if born else None,
            id_number=row["id_number"] or "",
            ethnicity=row["ethnicity"],
            occupation=row["employer"],
            address=row["address"] or "",
            phone=row["phone"],
        )


# Same-day order: 受理, the start of mediation, investigations, sessions (by time), extensions and escalations,
# the other status steps, 回访, 结案 — so a day reads in the order things happen on it.
RANK = {"受理": 0, "开始": 1, "调查": 2, "调解": 3, "延期": 4, "层级": 4, "状态": 5, "回访": 6, "结案": 7}


def timeline(
    kids: dict[str, list[sqlite3.Row]],
    sessions: tuple[Dated[SessionInput], ...],
    investigations: tuple[Dated[InvestigationInput], ...],
) -> tuple[TimelineEntry, ...]:
    """受理, sessions, investigations, status changes, extensions, escalations, 回访 and 结案 in date order."""
    entries: list[tuple[date, int, str, int, TimelineEntry]] = []

    def add(on: date, time: str, kind: str, text: str, rank: str | None = None) -> None:
        entries.append((on, RANK[rank or kind], time, len(entries), TimelineEntry(on, time, kind, text)))

    for change in kids["mediation_status_change"]:
        on, to = date.fromisoformat(change["changed_on"]), change["to_status"]
        note = f"：{change['note']}" if change["note"] else ""
        if not change["from_status"]:
            add(on, "", "受理", f"受理{note}")
        elif to == rules.CaseStatus.CLOSED:
            add(on, "", "结案", f"结案{note}")
        else:
            starts = to == rules.CaseStatus.MEDIATING
            add(on, "", "状态", f"{change['from_status']} → {to}{note}", "开始" if starts else None)
    for number, item in enumerate(sessions, start=1):
        s = item.values
        add(s.at.date(), s.at.strftime("%H:%M"), "调解", f"第{number}次调解（{s.place or '—'}）{s.result}".strip())
    for item in investigations:
        i = item.values
        who = f"调查 {i.subject}" if i.subject else "调查"
        add(i.at.date(), i.at.strftime("%H:%M"), "调查", f"{who}（{i.place or '—'}）")
    for e in kids["mediation_extension"]:
        note = f"；{e['note']}" if e["note"] else ""
        add(date.fromisoformat(e["agreed_on"]), "", "延期", f"双方同意延期至 {e['new_deadline']}{note}")
    for e in kids["mediation_escalation"]:
        note = f"；{e['note']}" if e["note"] else ""
        add(date.fromisoformat(e["moved_on"]), "", "层级", f"{e['from_level'] or '—'} → {e['level']}{note}")
    for v in kids["mediation_visit"]:
        add(date.fromisoformat(v["visited_on"]), "", "回访", f"{v['visitor']}回访：{v['performance']}".strip("："))
    return tuple(entry[-1] for entry in sorted(entries, key=lambda e: e[:4]))
