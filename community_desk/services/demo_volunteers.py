"""志愿服务 demo: five teams, ~120 volunteers (most of them residents), a year of records and a few certificates.

Written with bulk inserts in the caller's transaction (like the mediation demo); records never overlap for one
person because every planned interval is checked against that person's earlier ones before it is kept.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from community_desk.db.models import Membership, Resident, Setting
from community_desk.db.models.volunteers import (
    ServiceRecord,
    Volunteer,
    VolunteerCertificate,
    VolunteerSequence,
    VolunteerTeam,
    VolunteerTeamMember,
)
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.domain import volunteers as rules
from community_desk.domain.demo_people import PeopleMaker
from community_desk.domain.residents import age_on

VOLUNTEERS, LINKED, VETERANS = 120, 100, 12
SKILLS = ("", "", "医护", "文艺演出", "书法", "电脑维修", "理发", "法律咨询", "心理疏导", "摄影", "驾驶", "烹饪")
# team: (category, outings per month, typical start hour, hours, contents, place)
TEAM_PLANS = {
    "党员志愿者服务队": ("政策宣传", 2, 9, 2.5, ("垃圾分类政策宣传", "反诈宣传进楼院", "党史学习宣讲"), "社区广场"),
    "绿色志愿者服务队": ("环境保护", 3, 8, 2.0, ("楼道杂物清理", "小区绿地捡拾垃圾", "共享单车整理"), "小区内"),
    "治安巡逻队": ("治安巡逻", 4, 19, 2.0, ("夜间治安巡逻", "节前安全巡查"), "辖区各楼院"),
    "助老服务队": ("助老助残", 3, 14, 2.5, ("空巢老人探访", "为高龄老人理发", "助餐送餐"), "老人家中"),
    "文艺队": ("文体活动", 2, 15, 3.0, ("广场舞排练演出", "重阳节文艺汇演", "纳凉晚会"), "社区多功能厅"),
}
CONFIRMERS = ("张主任", "李书记", "王委员")
SOLO = (("便民服务", "磨刀修伞便民服务", "社区服务站"), ("助老助残", "陪老人就医", "区医院"),
        ("便民服务", "义务理发", "社区服务站"), ("政策宣传", "人口普查入户协助", "辖区各楼院"))  # fmt: skip


def generate_volunteer_demo(session: Session, today: date, seed: int) -> None:
    """Adds the 志愿 demo to a freshly generated community (the caller's transaction)."""
    rng = random.Random(seed * 17 + 5)
    rows = session.execute(
        select(Resident.id, Resident.birth_date)
        .join(Membership, (Membership.resident_id == Resident.id) & Membership.end_date.is_(None))
        .where(Resident.death_date.is_(None))
        .order_by(Resident.id)
    ).all()
    adults = [r[0] for r in rows if r[1] and 18 <= age_on(r[1], today) <= 75]
    if len(adults) < 10:
        return
    start_day = date(today.year - 1, today.month, 1)
    registered = _volunteers(session, rng, today, adults, start_day)
    volunteers = [vid for vid, _day in registered]
    teams = _teams(session, rng, volunteers, start_day)
    minutes = _records(session, rng, teams, volunteers, start_day, today)
    _veterans(session, registered[:VETERANS], start_day)
    _certificates(session, rng, minutes, today)


def _volunteers(
    session: Session, rng: random.Random, today: date, adults: list[int], start: date
) -> list[tuple[int, date]]:
    maker = PeopleMaker(rng, today)
    base = (session.scalar(select(func.max(Volunteer.id))) or 0) + 1
    linked = rng.sample(adults, min(LINKED, len(adults)))
    days = sorted(maker.day_between(start - timedelta(days=700), start + timedelta(days=200))
                  for _ in range(VOLUNTEERS))  # fmt: skip
    flags = [True] * len(linked) + [False] * (VOLUNTEERS - len(linked))
    rng.shuffle(flags)  # linked and typed-in volunteers mixed in number order
    residents = iter(linked)
    sequences: dict[int, int] = {}
    rows = []
    for index, (registered, is_resident) in enumerate(zip(days, flags, strict=True)):
        sequences[registered.year] = sequences.get(registered.year, 0) + 1
        row = {"id": base + index, "number": rules.volunteer_number(registered.year, sequences[registered.year]),
               "resident_id": None, "name": "", "id_type": "", "id_number": "", "gender": "", "birth_date": None,
               "phone": "", "political_status": "", "skills": rng.choice(SKILLS), "registered_on": registered,
               "active": rng.random() > 0.04, "note": ""}  # fmt: skip
        if is_resident:
            row["resident_id"] = next(residents)
        else:  # not a resident (works here, lives elsewhere): personal data typed in
            sex = rng.choice("12")
            birth = maker.birth_for_age(rng.randint(20, 60))
            row.update(name=maker.name(sex, birth, maker.surname()), id_type="居民身份证", gender=sex,
                       id_number=maker.id_number("110105", birth, sex), birth_date=birth, phone=maker.phone(),
                       political_status=rng.choice(("01", "13", "13", "03")))  # fmt: skip
        rows.append(row)
    session.execute(insert(Volunteer.__table__), rows)
    session.execute(
        insert(VolunteerSequence.__table__),
        [{"kind": "V", "year": year, "last": last} for year, last in sequences.items()],
    )
    return [(row["id"], row["registered_on"]) for row in rows if row["active"]]


def _teams(session: Session, rng: random.Random, volunteers: list[int], start: date) -> dict[int, list[int]]:
    base = (session.scalar(select(func.max(VolunteerTeam.id))) or 0) + 1
    session.execute(
        insert(VolunteerTeam.__table__),
        [{"id": base + i, "name": name, "note": "", "active": True} for i, name in enumerate(TEAM_PLANS)],
    )
    teams: dict[int, list[int]] = {}
    members = []
    for index, _name in enumerate(TEAM_PLANS):
        team_id = base + index
        chosen = rng.sample(volunteers, rng.randint(14, 24))
        teams[team_id] = chosen
        for position, volunteer_id in enumerate(chosen):
            role = "队长" if position == 0 else "副队长" if position == 1 else "队员"
            members.append(
                {
                    "team_id": team_id,
                    "volunteer_id": volunteer_id,
                    "role": role,
                    "joined_on": start - timedelta(days=rng.randint(0, 300)),
                    "left_on": None,
                }
            )
        for volunteer_id in rng.sample([v for v in volunteers if v not in chosen], 2):  # history: two left
            members.append(
                {
                    "team_id": team_id,
                    "volunteer_id": volunteer_id,
                    "role": "队员",
                    "joined_on": start - timedelta(days=400),
                    "left_on": start + timedelta(days=60),
                }
            )
    session.execute(insert(VolunteerTeamMember.__table__), members)
    return teams


def _records(
    session: Session, rng: random.Random, teams: dict[int, list[int]], volunteers: list[int], first: date, today: date
) -> dict[int, int]:
    busy: dict[int, list[tuple[datetime, datetime]]] = {}
    rows: list[dict[str, object]] = []
    now = datetime.combine(today, time(18, 0))

    def add(volunteer_id: int, start: datetime, end: datetime, values: dict[str, object]) -> None:
        if end > now or any(rules.overlaps(start, end, s, e) for s, e in busy.get(volunteer_id, [])):
            return
        busy.setdefault(volunteer_id, []).append((start, end))
        rows.append({"volunteer_id": volunteer_id, "start": start, "end": end,
                     "minutes": rules.service_minutes(start, end), "created_at": end, "updated_at": end,
                     "event_occurrence_key": None, **values})  # fmt: skip

    month = first
    while month <= today:
        for (team_id, members), (_name, plan) in zip(teams.items(), TEAM_PLANS.items(), strict=True):
            category, per_month, hour, hours, contents, place = plan
            for _ in range(per_month):
                day = month + timedelta(days=rng.randint(0, 27))
                start = datetime.combine(day, time(hour, rng.choice((0, 30))))
                end = start + timedelta(minutes=int(hours * 60))
                values = {
                    "team_id": team_id,
                    "content": rng.choice(contents),
                    "category": category,
                    "organiser": _name,
                    "place": place,
                    "confirmed_by": rng.choice(CONFIRMERS),
                }
                for volunteer_id in rng.sample(members, max(3, int(len(members) * rng.uniform(0.4, 0.8)))):
                    late = rng.random() < 0.15  # some arrive late or leave early
                    add(volunteer_id, start + timedelta(minutes=30 if late else 0), end, values)
        for _ in range(25):
            category, content, place = rng.choice(SOLO)
            day = month + timedelta(days=rng.randint(0, 27))
            start = datetime.combine(day, time(rng.choice((9, 10, 14, 15))))
            add(
                rng.choice(volunteers),
                start,
                start + timedelta(minutes=rng.choice((60, 90, 120, 180))),
                {
                    "team_id": None,
                    "content": content,
                    "category": category,
                    "organiser": "社区居委会",
                    "place": place,
                    "confirmed_by": rng.choice(CONFIRMERS),
                },
            )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    session.execute(insert(ServiceRecord.__table__), rows)
    totals: dict[int, int] = {}
    for row in rows:
        totals[row["volunteer_id"]] = totals.get(row["volunteer_id"], 0) + row["minutes"]  # type: ignore[index,operator]
    first_days: dict[int, date] = {}
    for row in rows:
        vid, day = row["volunteer_id"], row["start"].date()  # type: ignore[attr-defined]
        first_days[vid] = min(first_days.get(vid, day), day)  # type: ignore[arg-type,index]
    return {vid: total for vid, total in totals.items() if first_days[vid] < today}


def _veterans(session: Session, veterans: list[tuple[int, date]], before: date) -> None:
    """Years of weekly service before the demo year for the longest-registered, so star levels above 一星 show."""
    rows = []
    for rank, (volunteer_id, registered) in enumerate(veterans):
        day = registered + timedelta(days=(5 - registered.weekday()) % 7)  # first Saturday
        while day < before:
            for offset, hour in ((0, 9), (4, 14))[: 2 if rank < 4 else 1]:  # the first four also on Wednesdays
                start = datetime.combine(day + timedelta(days=offset), time(hour))
                if start.date() < before:
                    rows.append({"volunteer_id": volunteer_id, "team_id": None, "start": start,
                                 "end": start + timedelta(hours=3), "minutes": 180, "content": "助老陪护、便民服务",
                                 "category": "助老助残", "organiser": "社区居委会", "place": "社区服务站",
                                 "confirmed_by": CONFIRMERS[0], "event_occurrence_key": None,
                                 "created_at": start, "updated_at": start})  # fmt: skip
            day += timedelta(days=7)
    if rows:
        session.execute(insert(ServiceRecord.__table__), rows)


def _certificates(session: Session, rng: random.Random, minutes: dict[int, int], today: date) -> None:
    """Certificates for the busiest volunteers, issued this year over last year's service."""
    short = session.scalar(select(Setting.value).where(Setting.key == "community_short")) or ""
    name = session.scalar(select(Setting.value).where(Setting.key == "community_name")) or DEFAULT_COMMUNITY_NAME
    period_from, period_to = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    busiest = sorted(minutes, key=lambda vid: -minutes[vid])[:6]
    rows = []
    for seq, volunteer_id in enumerate(busiest, start=1):
        total = session.scalar(
            select(func.sum(ServiceRecord.minutes)).where(
                ServiceRecord.volunteer_id == volunteer_id,
                ServiceRecord.start >= datetime.combine(period_from, time()),
                ServiceRecord.start < datetime.combine(period_to + timedelta(days=1), time()),
            )
        )
        if not total:
            continue
        issued = date(today.year, 1, 10) + timedelta(days=seq * 3)
        rows.append({"number": rules.certificate_number(today.year, len(rows) + 1, short), "year": today.year,
                     "seq": len(rows) + 1, "volunteer_id": volunteer_id, "period_from": period_from,
                     "period_to": period_to, "minutes": total, "content": "助老助残、环境保护等社区志愿服务",
                     "issuer": f"{name}居民委员会", "responsible": "李书记", "handler": rng.choice(CONFIRMERS),
                     "issued_on": min(issued, today), "print_count": 1,
                     "last_printed_at": datetime.combine(min(issued, today), time(10))})  # fmt: skip
    if rows:
        session.execute(insert(VolunteerCertificate.__table__), rows)
        session.execute(insert(VolunteerSequence.__table__), [{"kind": "C", "year": today.year, "last": len(rows)}])
