"""活动 service: rooms, courses with exceptions, 名额, sign-ins (volunteer → service record), reminders."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.errors import UserError
from community_desk.services.events_dto import EventInput
from community_desk.services.volunteer_dto import VolunteerInput


def idn(birth: str) -> str:
    body = f"110105{birth}001"
    return body + check_character(body)


def resident(services: Services, name: str, birth: str, room: str = "501") -> int:
    grid = services.residents.create_grid(f"网格{name}")
    building = services.residents.create_building(grid, "1号楼")
    services.residents.create_household(
        HouseholdInput(building, "1", room), ResidentInput(name=name, id_number=idn(birth)), date(2015, 5, 1)
    )
    return services.registry.find_households(name)[0].id


def dance(**extra: object) -> EventInput:
    values: dict[str, object] = dict(
        name="舞蹈课",
        category="文化",
        place="舞蹈室",
        start=datetime(2026, 11, 2, 19),
        end=datetime(2026, 11, 2, 20, 30),
        organiser="文体队",
        weekdays=frozenset({0, 2, 4}),
        repeat_until=date(2026, 12, 31),
    )
    values.update(extra)
    return EventInput(**values)  # type: ignore[arg-type]


def test_course_expands_per_month_with_cancelled_and_moved_occurrences(services: Services) -> None:
    events = services.events
    course = events.create_event(dance())
    events.cancel_occurrence(course, date(2026, 11, 4))
    events.move_occurrence(course, date(2026, 11, 6), datetime(2026, 11, 7, 15), datetime(2026, 11, 7, 16, 30))
    nov = [o for o in events.month(2026, 11) if o.event_id == course]
    assert len(nov) == 13
    assert [o.original for o in nov if o.cancelled] == [date(2026, 11, 4)]
    assert [o.start for o in nov if o.moved] == [datetime(2026, 11, 7, 15)]
    assert len(events.month(2026, 12)) == 13
    assert events.month(2027, 1) == []
    assert events.event(course).rule_label == "每周一、三、五 19:00（至2026-12-31）"


def test_double_booking_a_room_is_refused_but_outdoors_is_not(services: Services) -> None:
    events = services.events
    events.create_event(dance())
    clash = EventInput("书法展", "文化", "舞蹈室", datetime(2026, 11, 9, 20), datetime(2026, 11, 9, 21))
    with pytest.raises(UserError, match="舞蹈室 在 2026-11-09 19:00–20:30 已安排「舞蹈课」"):
        events.create_event(clash)
    events.create_event(EventInput("书法展", "文化", "舞蹈室", datetime(2026, 11, 10, 20), datetime(2026, 11, 10, 21)))
    outdoor = EventInput("健步走", "体育", "户外", datetime(2026, 11, 9, 19), datetime(2026, 11, 9, 20))
    events.create_event(outdoor)
    events.create_event(outdoor)
    with pytest.raises(UserError, match="结束时间"):
        events.create_event(EventInput("x", "文化", "", datetime(2026, 11, 9, 19), datetime(2026, 11, 9, 19)))


def test_capacity_limits_signups_and_residents_sign_in(services: Services) -> None:
    events = services.events
    rid = resident(services, "王秀英", "19500101")
    talk = events.create_event(
        EventInput(
            "防诈骗讲座", "教育培训", "多功能厅", datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 10), capacity=2
        )
    )
    day = date(2026, 11, 20)
    events.sign_up(talk, day, resident_id=rid)
    with pytest.raises(UserError, match="已报名"):
        events.sign_up(talk, day, resident_id=rid)
    events.sign_up(talk, day, "李四", phone="13800000000")
    with pytest.raises(UserError, match="名额已满（2人）"):
        events.sign_up(talk, day, "赵六")
    events.sign_in(talk, day, resident_id=rid, at=datetime(2026, 11, 20, 8, 55))
    assert [p.name for p in events.attendance(talk, day)] == ["王秀英"]
    (occ,) = events.month(2026, 11)
    assert (occ.signups, occ.attendance) == (2, 1)


def test_volunteer_sign_in_creates_the_service_record_and_time_changes_offer_updates(services: Services) -> None:
    events = services.events
    vid = services.volunteers.create_volunteer(
        VolunteerInput(name="陈志愿", id_number=idn("19900307"), gender="1", registered_on=date(2026, 1, 5))
    )
    course = events.create_event(dance(category="志愿服务"))
    attendance = events.sign_in(course, date(2026, 11, 9), volunteer_id=vid)
    (row,) = events.attendance(course, date(2026, 11, 9))
    assert row.id == attendance and row.service_record_id is not None
    record = services.volunteers.service_record(row.service_record_id)
    assert (record.start, record.end, record.event_occurrence_key) == (
        datetime(2026, 11, 9, 19),
        datetime(2026, 11, 9, 20, 30),
        f"{course}:2026-11-09",
    )
    affected = events.update_event(
        course, dance(category="志愿服务", start=datetime(2026, 11, 2, 18, 30), end=datetime(2026, 11, 2, 20))
    )
    assert [(a.record_id, a.start) for a in affected] == [(record.id, datetime(2026, 11, 9, 18, 30))]
    events.update_service_records(affected)
    assert services.volunteers.service_record(record.id).start == datetime(2026, 11, 9, 18, 30)
    assert events.stale_service_records(course) == []


def test_reminders_list_this_week_birthdays_and_90_plus_before_chongyang(services: Services) -> None:
    resident(services, "九十老人", "19361001", "101")
    resident(services, "八十寿星", "19461012", "102")
    resident(services, "年轻人", "19800101", "103")
    services.events.create_event(
        EventInput("重阳敬老", "节日", "多功能厅", datetime(2026, 10, 16, 9), datetime(2026, 10, 16, 11))
    )
    found = services.events.reminders(date(2026, 10, 12))
    kinds = {r.kind: r.text for r in found}
    assert kinds["本周活动"] == "本周有 1 场活动"
    assert any(r.text == "八十寿星 本月12日满80岁" for r in found)
    assert "九十老人" in kinds["重阳"] and "10月18日" in kinds["重阳"]
    assert "重阳" not in {r.kind for r in services.events.reminders(date(2026, 6, 1))}


def test_demo_has_courses_with_exceptions_festivals_and_linked_volunteer_sign_ins(services: Services) -> None:
    from community_desk.services.demo import generate_demo

    generate_demo(services.database.session_factory, households=120, today=date(2026, 11, 23))
    events = services.events
    year = events.between(date(2026, 1, 1), date(2026, 12, 31))
    assert {"舞蹈课", "重阳敬老宴", "元宵猜灯谜", "学雷锋志愿服务"} <= {o.name for o in year}
    dance = [o for o in year if o.name == "舞蹈课"]
    assert sum(o.cancelled for o in dance) == 1 and sum(o.moved for o in dance) == 1
    assert any(o.attendance for o in year)
    with events._connection() as connection:
        linked = connection.execute(
            "SELECT a.occurrence_date, s.event_occurrence_key, a.event_id FROM event_attendance a "
            "JOIN volunteer_service s ON s.id = a.service_record_id"
        ).fetchall()
    assert linked and all(key == f"{event_id}:{day}" for day, key, event_id in linked)
