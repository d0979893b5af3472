"""活动 demo: a year of courses (one cancelled and one moved occurrence), festival events, sign-ups and sign-ins.

Written inside generate_demo's transaction with the ORM directly (services open their own units of work). A
volunteer's sign-in gets its service record here too, keyed by the occurrence like EventService.sign_in does.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community_desk.db.models import Membership, Resident
from community_desk.db.models.events import Event, EventAttendance, EventException, EventSignup
from community_desk.db.models.volunteers import ServiceRecord, Volunteer
from community_desk.domain import calendar as rules
from community_desk.services.events_service_link import SERVICE_CATEGORY

COURSES = (
    ("舞蹈课", "文化", "舞蹈室", (0, 2, 4), time(19), time(20, 30), "文体队", 30),
    ("书法班", "教育培训", "书画室", (1, 3), time(9), time(10, 30), "老年学校", 20),
    ("太极拳", "体育", "户外", (1, 3, 5), time(7), time(8), "文体队", None),
    ("智能手机课堂", "教育培训", "多功能厅", (2,), time(14, 30), time(16), "团支部", 25),
)
FESTIVAL_EVENTS = {
    "春节": ("迎新春写春联送福", "节日", "多功能厅"),
    "元宵节": ("元宵猜灯谜", "节日", "多功能厅"),
    "学雷锋日": ("学雷锋志愿服务", "志愿服务", "户外"),
    "清明节": ("清明文明祭扫宣传", "志愿服务", "户外"),
    "端午节": ("端午包粽子", "节日", "多功能厅"),
    "建党节": ("七一主题党日", "党建", "党员活动室"),
    "中秋节": ("中秋邻里节", "节日", "多功能厅"),
    "国庆节": ("国庆升旗仪式", "党建", "户外"),
    "重阳节": ("重阳敬老宴", "节日", "多功能厅"),
}


def generate_events_demo(session: Session, today: date, seed: int) -> None:
    rng = random.Random(seed * 31 + 6)
    residents = list(
        session.execute(
            select(Resident.id, Resident.name)
            .join(Membership, (Membership.resident_id == Resident.id) & Membership.end_date.is_(None))
            .where(Resident.death_date.is_(None))
            .order_by(Resident.id)
            .limit(400)
        ).all()
    )
    volunteers = list(
        session.execute(
            select(Volunteer.id, func.coalesce(func.nullif(Volunteer.name, ""), Resident.name))
            .outerjoin(Resident, Resident.id == Volunteer.resident_id)
            .order_by(Volunteer.id)
            .limit(40)
        ).all()
    )
    if not residents:
        return
    now = datetime.now().replace(microsecond=0)
    first = date(today.year, 1, 1)
    for name, category, place, weekdays, start, end, organiser, capacity in COURSES:
        begin = first + timedelta(days=(weekdays[0] - first.weekday()) % 7)
        event = Event(
            name=name,
            category=category,
            place=place,
            start=datetime.combine(begin, start),
            end=datetime.combine(begin, end),
            weekdays=",".join(map(str, weekdays)),
            last_day=date(today.year, 12, 31),
            organiser=organiser,
            audience="居民",
            capacity=capacity,
            notes="",
            press_text="",
            created_at=now,
            updated_at=now,
        )
        session.add(event)
        session.flush()
        if name == "舞蹈课":  # one cancelled (holiday) and one moved occurrence, as the clerk would record them
            days = [d for d in _days(begin, today, weekdays)][-6:]
            if len(days) >= 2:
                session.add(EventException(event_id=event.id, occurrence_date=days[0], cancelled=True))
                moved = datetime.combine(days[1] + timedelta(days=1), time(15))
                session.add(
                    EventException(
                        event_id=event.id,
                        occurrence_date=days[1],
                        cancelled=False,
                        new_start=moved,
                        new_end=moved + timedelta(minutes=90),
                    )
                )
        for day in [d for d in _days(begin, today, weekdays)][-8:-2]:
            _attend(
                session, rng, event, day, datetime.combine(day, start), datetime.combine(day, end), residents, [], now
            )
    for festival in rules.festivals(today.year):
        if festival.name not in FESTIVAL_EVENTS:
            continue
        name, category, place = FESTIVAL_EVENTS[festival.name]
        start = datetime.combine(festival.day, time(9 if place != "多功能厅" else 14))
        event = Event(
            name=name,
            category=category,
            place=place,
            start=start,
            end=start + timedelta(hours=2),
            weekdays="",
            last_day=festival.day,
            organiser="社区居委会",
            audience="全体居民",
            capacity=None if place == "户外" else 80,
            notes="",
            created_at=now,
            updated_at=now,
            press_text=f"{festival.day:%Y年%m月%d日}，社区在{place}开展“{name}”活动。",
        )
        session.add(event)
        session.flush()
        if festival.day < today:
            _attend(session, rng, event, festival.day, event.start, event.end, residents, volunteers, now)


def _days(begin: date, today: date, weekdays: tuple[int, ...]) -> list[date]:
    return [
        begin + timedelta(days=i)
        for i in range((today - begin).days)
        if (begin + timedelta(days=i)).weekday() in weekdays
    ]


def _attend(
    session: Session,
    rng: random.Random,
    event: Event,
    day: date,
    start: datetime,
    end: datetime,
    residents: list,
    volunteers: list,
    now: datetime,
) -> None:
    people = rng.sample(residents, min(len(residents), rng.randint(6, 15)))
    for rid, name in people:
        session.add(
            EventSignup(
                event_id=event.id,
                occurrence_date=day,
                resident_id=rid,
                name=name,
                phone="",
                signed_up_at=start - timedelta(days=2),
            )
        )
        if rng.random() < 0.8:
            session.add(
                EventAttendance(
                    event_id=event.id,
                    occurrence_date=day,
                    resident_id=rid,
                    name=name,
                    signed_in_at=start - timedelta(minutes=rng.randint(0, 15)),
                )
            )
    for vid, name in rng.sample(volunteers, min(len(volunteers), 3)):
        busy = session.scalar(
            select(ServiceRecord.id)
            .where(ServiceRecord.volunteer_id == vid, ServiceRecord.start < end, ServiceRecord.end > start)
            .limit(1)
        )
        if busy is not None:
            continue
        record = ServiceRecord(
            volunteer_id=vid,
            start=start,
            end=end,
            minutes=int((end - start).seconds // 60),
            content=event.name,
            category=SERVICE_CATEGORY.get(event.category, "其他"),
            organiser=event.organiser,
            place=event.place,
            confirmed_by=event.organiser,
            event_occurrence_key=f"{event.id}:{day.isoformat()}",
            created_at=now,
            updated_at=now,
        )
        session.add(record)
        session.flush()
        session.add(
            EventAttendance(
                event_id=event.id,
                occurrence_date=day,
                volunteer_id=vid,
                name=name or "志愿者",
                signed_in_at=start,
                service_record_id=record.id,
            )
        )
