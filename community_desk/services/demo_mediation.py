"""Demo 敞心阁 data for 示范社区: a year of 恳谈登记, 8 mediators and ~40 cases in every state, relative to `today`.

Runs inside generate_demo's transaction, after the residents are written, with Core bulk inserts (a few
hundred rows, a few milliseconds). The case plan is fixed so every status, filter and banner line has examples:
cases past and near the 30-day deadline, one extended, agreements whose 回访 is overdue or due.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from community_desk.db.models import Household, Membership, Resident, Setting
from community_desk.db.models.mediation import (
    CaseEscalation,
    CaseExtension,
    CaseInvestigation,
    CaseMediator,
    CaseNumberSequence,
    CaseParty,
    CaseSession,
    CaseStatusChange,
    CaseVisit,
    MediationCase,
    MediationTalk,
    Mediator,
)
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.domain import mediation as rules
from community_desk.domain.demo_disputes import REASONS_TERMINATED, SCENARIOS, TALK_RESULTS, TALK_SUBJECTS, Scenario
from community_desk.domain.demo_people import PeopleMaker
from community_desk.domain.residents import age_on

RECORDED_BY = "演示数据"
TALKS_PER_MONTH = (12, 18)
S = rules.CaseStatus
# (days since 受理, status it has reached today); oldest first. Open cases at 31+ days are overdue, at 20–30 warned.
PLAN: tuple[tuple[int, S], ...] = (
    (352, S.CLOSED), (338, S.CLOSED), (321, S.FAILED), (307, S.CLOSED), (293, S.CLOSED), (279, S.TERMINATED),
    (265, S.CLOSED), (251, S.CLOSED), (237, S.CLOSED), (224, S.FAILED), (210, S.CLOSED), (197, S.CLOSED),
    (184, S.TERMINATED), (171, S.CLOSED), (159, S.CLOSED), (147, S.CLOSED), (136, S.PERFORMING), (125, S.CLOSED),
    (114, S.CLOSED), (103, S.FAILED), (93, S.CLOSED), (84, S.PERFORMING), (76, S.AGREED), (68, S.CLOSED),
    (61, S.PERFORMING), (54, S.AGREED), (48, S.TERMINATED), (44, S.MEDIATING), (41, S.AGREED), (37, S.MEDIATING),
    (33, S.ACCEPTED), (31, S.MEDIATING), (27, S.MEDIATING), (24, S.MEDIATING), (21, S.ACCEPTED), (16, S.MEDIATING),
    (12, S.AGREED), (8, S.ACCEPTED), (4, S.MEDIATING), (1, S.ACCEPTED),
)  # fmt: skip
EXTENDED_AGE = 44  # this open case has an extension both parties agreed to
VISITED = {136, 84}  # 履行中 cases already visited; 61 (履行中) and the old 已达成协议 ones are not
MEDIATORS = (
    ("社区干部", True), ("楼院长", True), ("网格员", True), ("热心居民", True), ("楼院长", True),
    ("法律工作者", False), ("心理咨询师", False), ("律师", False),
)  # fmt: skip


@dataclass
class Person:
    id: int
    name: str
    gender: str
    birth_date: date | None
    id_number: str
    ethnicity: str
    employer: str
    phone: str
    address: str
    building_id: int


def _people(session: Session) -> list[Person]:
    rows = session.execute(
        select(Resident.id, Resident.name, Resident.gender, Resident.birth_date, Resident.id_number,
               Resident.ethnicity, Resident.employer, Resident.phone, Household.address, Household.building_id)
        .join(Membership, (Membership.resident_id == Resident.id) & Membership.end_date.is_(None))
        .join(Household, Household.id == Membership.household_id)
        .where(Resident.death_date.is_(None))
        .order_by(Resident.id)
    )  # fmt: skip
    return [Person(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8], r[9]) for r in rows]


def generate_mediation_demo(session: Session, today: date, seed: int) -> None:
    """Adds the 敞心阁 demo to a freshly generated community (the caller's transaction)."""
    rng = random.Random(seed * 31 + 7)  # its own stream: the registry demo stays as it was
    people = [p for p in _people(session) if p.birth_date and 25 <= age_on(p.birth_date, today) <= 85]
    if len(people) < 4:
        return
    short = session.scalar(select(Setting.value).where(Setting.key == "community_short")) or DEFAULT_COMMUNITY_NAME
    maker = PeopleMaker(rng, today)
    mediators = _mediators(session, rng, maker, people)
    _talks(session, rng, maker, people, mediators, today)
    _Cases(session, rng, people, mediators, today, short).write()


def _mediators(session: Session, rng: random.Random, maker: PeopleMaker, people: list[Person]) -> list[tuple[int, str]]:
    base = (session.scalar(select(func.max(Mediator.id))) or 0) + 1
    rows, picked = [], rng.sample(people, len(MEDIATORS))
    for index, ((kind, resident), person) in enumerate(zip(MEDIATORS, picked, strict=True)):
        if resident:
            name, phone, resident_id = person.name, person.phone, person.id
        else:
            sex = rng.choice("12")
            name, phone, resident_id = maker.name(sex, maker.birth_for_age(45), maker.surname()), maker.phone(), None
        rows.append({"id": base + index, "name": name, "kind": kind, "phone": phone, "active": True,
                     "resident_id": resident_id, "note": ""})  # fmt: skip
    rows[-1]["active"] = False  # one retired mediator, still named on old cases
    session.execute(insert(Mediator.__table__), rows)
    return [(row["id"], row["name"]) for row in rows]


def _talks(
    session: Session,
    rng: random.Random,
    maker: PeopleMaker,
    people: list[Person],
    mediators: list[tuple[int, str]],
    today: date,
) -> None:
    rows: list[dict[str, Any]] = []
    first = today - timedelta(days=364)
    # sorted: a set of dates iterates in a per-process order, and the demo must be the same for the same seed
    for month_start in sorted({date(d.year, d.month, 1) for d in (first + timedelta(days=n) for n in range(365))}):
        for _ in range(rng.randint(*TALKS_PER_MONTH)):
            day = maker.day_between(max(month_start, first), min(_month_end(month_start), today))
            at = datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 10, 20, 30, 40, 50))))
            subject, reply = rng.choice(TALK_SUBJECTS)
            follow = rng.random() < 0.3
            person = rng.choice(people) if rng.random() < 0.8 else None
            name = person.name if person else maker.name(rng.choice("12"), maker.birth_for_age(50), maker.surname())
            done = follow and (today - day).days > 10 and rng.random() < 0.85
            rows.append({
                "talked_at": at, "visitor_name": name, "resident_id": person.id if person else None,
                "contact": person.phone if person else maker.phone(),
                "channel": "来信" if subject.startswith("来信") else rng.choices(("来访", "来电"), (2, 1))[0],
                "subject": subject, "reply": reply, "needs_followup": follow,
                "followup_by": rng.choice(mediators[:5])[1] if follow else "",
                "result": rng.choice(TALK_RESULTS) if done or not follow else "", "followup_done": done,
                "recorded_by": RECORDED_BY,
            })  # fmt: skip
    rows.sort(key=lambda row: row["talked_at"])
    session.execute(insert(MediationTalk.__table__), rows)


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


class _Cases:
    """Builds every row of the planned cases, then writes each table in one insert."""

    def __init__(self, session: Session, rng: random.Random, people: list[Person],
                 mediators: list[tuple[int, str]], today: date, short: str) -> None:  # fmt: skip
        self.session, self.rng, self.people, self.today, self.short = session, rng, people, today, short
        self.mediators = mediators
        self.rows: dict[Table, list[dict[str, Any]]] = {
            model.__table__: []  # type: ignore[misc]
            for model in (MediationCase, CaseParty, CaseMediator, CaseInvestigation, CaseSession, CaseExtension,
                          CaseEscalation, CaseVisit, CaseStatusChange)
        }  # fmt: skip
        self.next_id = (session.scalar(select(func.max(MediationCase.id))) or 0) + 1
        self.sequence: dict[int, int] = {}

    def add(self, model: type, **values: Any) -> None:
        self.rows[model.__table__].append(values)  # type: ignore[attr-defined]

    def change(self, case_id: int, on: date, old: str, new: str, note: str = "") -> None:
        self.add(CaseStatusChange, case_id=case_id, changed_on=on, from_status=old, to_status=new, note=note,
                 recorded_at=datetime.combine(on, time(17, 0)), recorded_by=RECORDED_BY)  # fmt: skip

    def write(self) -> None:
        for index, (age, status) in enumerate(PLAN):
            self.case(index, self.today - timedelta(days=age), age, status)
        for table, rows in self.rows.items():
            if rows:
                self.session.execute(insert(table), rows)
        self.session.execute(
            insert(CaseNumberSequence.__table__), [{"year": y, "last": n} for y, n in sorted(self.sequence.items())]
        )

    def parties(self, case_id: int, scenario: Scenario, accepted: date) -> tuple[Person, Person]:
        a = self.rng.choice(self.people)
        neighbours = [p for p in self.people if p.building_id == a.building_id and p.address != a.address]
        b = self.rng.choice(neighbours or self.people)
        for position, (role, person) in enumerate((("申请人", a), ("被申请人", b))):
            self.add(CaseParty, case_id=case_id, role=role, position=position, resident_id=person.id,
                     name=person.name, gender=person.gender if person.gender in ("1", "2") else "",
                     age=age_on(person.birth_date, accepted) if person.birth_date else None,
                     id_number=person.id_number, ethnicity=person.ethnicity, occupation=person.employer,
                     address=person.address, phone=person.phone)  # fmt: skip
        return a, b

    def case(self, index: int, accepted: date, age: int, status: S) -> None:
        rng, case_id = self.rng, self.next_id + index
        scenario = SCENARIOS[(index * 7 + rng.randrange(3)) % len(SCENARIOS)]
        a, b = self.parties(case_id, scenario, accepted)
        amount = rng.randrange(scenario.amount[0], scenario.amount[1] + 1, 10) if scenario.amount[1] else 0
        words = {"a": a.name, "b": b.name, "amount": amount}
        team = rng.sample(self.mediators[:-1] if age < 200 else self.mediators, rng.choice((1, 1, 2)))
        for position, (mediator_id, _name) in enumerate(team):
            self.add(CaseMediator, case_id=case_id, mediator_id=mediator_id, position=position)
        year = accepted.year
        self.sequence[year] = self.sequence.get(year, 0) + 1
        values: dict[str, Any] = {
            "id": case_id, "number": rules.case_number(year, self.short, self.sequence[year]), "year": year,
            "seq": self.sequence[year], "accepted_on": accepted, "source": rng.choice(rules.CASE_SOURCES.codes()[:5]),
            "dispute_type": scenario.dispute_type, "subtype": scenario.subtype,
            "summary": scenario.summary.format(**words), "status": status.value,
            "deadline": rules.default_deadline(accepted), "outcome": "", "routes_told": "", "termination_reason": "",
            "agreement_content": "", "performance_method": "", "amount_fen": amount * 100, "agreed_on": None,
            "performance_due": None, "followup_due": None, "closed_on": None,
            "prevented_cases": 1 if rng.random() < 0.3 else 0, "prevented_people": 0,
            "prevented_petition": rng.random() < 0.1, "escalation_level": rules.DEFAULT_LEVEL,
            "joint_meeting_notes": "", "retention": rules.DEFAULT_RETENTION,
            "created_at": datetime.combine(accepted, time(9, 0)), "updated_at": datetime.combine(accepted, time(9, 0)),
        }  # fmt: skip
        values["prevented_people"] = values["prevented_cases"] * rng.randint(2, 6)
        self.change(case_id, accepted, "", S.ACCEPTED.value, values["source"])
        if status != S.ACCEPTED:
            self.progress(values, status, scenario, words, team, age)
        self.add(MediationCase, **values)

    def progress(self, values: dict[str, Any], status: S, scenario: Scenario, words: dict[str, Any],
                 team: list[tuple[int, str]], age: int) -> None:  # fmt: skip
        """Investigation, sessions and the steps after them, all dated between 受理 and today."""
        rng, case_id, accepted = self.rng, values["id"], values["accepted_on"]
        cap = min(age, 25)
        first = accepted + timedelta(days=rng.randint(0, max(0, min(cap, 6))))
        if status == S.TERMINATED and rng.random() < 0.5:  # withdrawn before any session
            self.close(values, S.ACCEPTED, S.TERMINATED, first)
            return
        names = "、".join(name for _id, name in team)
        self.add(CaseInvestigation, case_id=case_id, at=datetime.combine(first, time(10, 0)), place="当事人家中",
                 investigator=names, subject=words["b"], content="现场查看并分别听取双方陈述。")  # fmt: skip
        sessions = [first + timedelta(days=rng.randint(0, 2))]
        room = (accepted + timedelta(days=cap) - sessions[0]).days
        if rng.random() < 0.5 and room > 3:
            sessions.append(sessions[0] + timedelta(days=rng.randint(3, min(9, room))))
        sessions = [min(day, self.today) for day in sessions]
        self.change(case_id, sessions[0], S.ACCEPTED.value, S.MEDIATING.value, "首次调解")
        for number, day in enumerate(sessions, start=1):
            last = number == len(sessions)
            agreed = last and status not in (S.MEDIATING, S.FAILED, S.TERMINATED)
            result = "双方达成一致" if agreed else "双方分歧较大，约定再次调解"
            self.add(CaseSession, case_id=case_id, at=datetime.combine(day, time(14, 30)), place="敞心阁",
                     attendees=f"{words['a']}、{words['b']}、{names}", mediators=names,
                     statements=f"{words['a']}陈述了诉求；{words['b']}说明了情况。",
                     process="调解员释法说理，双方各退一步。", result=result)  # fmt: skip
        if status == S.MEDIATING and age == EXTENDED_AGE:
            agreed_on = accepted + timedelta(days=25)
            self.add(CaseExtension, case_id=case_id, agreed_on=agreed_on, new_deadline=accepted + timedelta(days=60),
                     note="待维修鉴定结果")  # fmt: skip
            values["deadline"] = accepted + timedelta(days=60)
            self.add(CaseEscalation, case_id=case_id, from_level=rules.DEFAULT_LEVEL, level="街道",
                     moved_on=agreed_on, note="召开调处联席会议")  # fmt: skip
            values["escalation_level"], values["joint_meeting_notes"] = "街道", "街道司法所、物业公司参加联席会议。"
        if status in (S.FAILED, S.TERMINATED):
            self.close(values, S.MEDIATING, status, sessions[-1])
        elif status not in (S.MEDIATING,):
            self.agree(values, status, scenario, words, sessions[-1], names, age)

    def close(self, values: dict[str, Any], old: S, status: S, on: date) -> None:
        if status == S.FAILED:
            routes = self.rng.choice((("诉讼",), ("仲裁", "诉讼"), ("行政", "诉讼")))
            values.update(outcome=rules.FAILED, routes_told="、".join(routes))
            note = f"已告知{'、'.join(routes)}途径"
        else:
            reason = self.rng.choice(REASONS_TERMINATED)
            values.update(outcome=rules.TERMINATED, termination_reason=reason)
            note = reason
        values["closed_on"] = on
        self.change(values["id"], on, old.value, status.value, note)

    def agree(self, values: dict[str, Any], status: S, scenario: Scenario, words: dict[str, Any], on: date,
              names: str, age: int) -> None:  # fmt: skip
        rng, case_id = self.rng, values["id"]
        kind = rules.WRITTEN if words["amount"] or rng.random() < 0.6 else rules.ORAL
        values.update(
            outcome=kind, agreed_on=on, agreement_content=scenario.agreement.format(**words),
            performance_method=scenario.method, performance_due=on + timedelta(days=15),
            followup_due=rules.followup_due(on),
        )  # fmt: skip
        self.change(case_id, on, S.MEDIATING.value, S.AGREED.value, rules.OUTCOMES.name_of(kind))
        if status == S.AGREED:
            return
        performing = min(on + timedelta(days=rng.randint(1, 3)), self.today)
        self.change(case_id, performing, S.AGREED.value, S.PERFORMING.value)
        visited = status == S.CLOSED or age in VISITED
        if visited:
            visit_on = min(values["followup_due"] + timedelta(days=rng.randint(-5, 3)), self.today)
            visit_on = max(visit_on, performing)
            self.add(CaseVisit, case_id=case_id, visited_on=visit_on, visitor=names.split("、")[0],
                     performance="协议已履行完毕" if status == S.CLOSED else "正在按约履行",
                     opinion=rng.choice(("满意", "满意", "基本满意")))  # fmt: skip
            if status == S.CLOSED:
                closed = min(visit_on + timedelta(days=rng.randint(0, 5)), self.today)
                values["closed_on"] = closed
                self.change(case_id, closed, S.PERFORMING.value, S.CLOSED.value, "协议履行完毕")
