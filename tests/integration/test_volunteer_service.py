"""Volunteer service: numbering, hours across midnight, overlap refusal, outings, norm check, certificates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from community_desk.app import Services
from community_desk.services.errors import UserError
from community_desk.services.volunteer_dto import OutingInput, ServiceRecordInput, TeamInput, VolunteerInput


def record(start: str, end: str, content: str = "敬老院陪护", category: str = "助老助残") -> ServiceRecordInput:
    return ServiceRecordInput(datetime.fromisoformat(start), datetime.fromisoformat(end), content, category,
                              organiser="社区", place="敬老院", confirmed_by="张主任")


def volunteer(services: Services, name: str, registered: date = date(2026, 1, 5), **extra: object) -> int:
    return services.volunteers.create_volunteer(
        VolunteerInput(name=name, id_number="110101199003071234", gender="1", phone="13812345678",
                       registered_on=registered, **extra)  # type: ignore[arg-type]
    )


def test_numbers_run_per_registration_year(services: Services) -> None:
    first = volunteer(services, "张三")
    second = volunteer(services, "李四")
    third = volunteer(services, "王五", registered=date(2027, 2, 1))
    numbers = [services.volunteers.volunteer(v).number for v in (first, second, third)]  # type: ignore[union-attr]
    assert numbers == ["V2026-0001", "V2026-0002", "V2027-0001"]


def test_hours_across_midnight_and_month_end_count_in_the_start_month(services: Services) -> None:
    vid = volunteer(services, "张三")
    services.volunteers.record_service(vid, record("2026-01-31 22:30", "2026-02-01 01:15", "夜间巡逻", "治安巡逻"))
    rows = services.volunteers.service_records(volunteer_id=vid)
    assert rows[0].minutes == 165
    by_month = services.volunteers.hours_by("月份", date(2026, 1, 1), date(2027, 1, 1))
    assert [(r.key, r.minutes) for r in by_month] == [("2026-01", 165)]


def test_overlapping_records_for_one_volunteer_are_refused(services: Services) -> None:
    vid = volunteer(services, "张三")
    services.volunteers.record_service(vid, record("2026-03-01 09:00", "2026-03-01 11:00"))
    services.volunteers.record_service(vid, record("2026-03-01 11:00", "2026-03-01 12:00"))  # touching is fine
    with pytest.raises(UserError, match="时间不能重叠"):
        services.volunteers.record_service(vid, record("2026-03-01 10:30", "2026-03-01 11:30"))
    with pytest.raises(UserError, match="结束时间应晚于开始时间"):
        services.volunteers.record_service(vid, record("2026-03-02 10:30", "2026-03-02 10:30"))


def test_outing_is_all_or_nothing(services: Services) -> None:
    team = services.volunteers.create_team(TeamInput("绿色志愿者服务队"))
    a, b = volunteer(services, "张三"), volunteer(services, "李四")
    services.volunteers.record_service(b, record("2026-04-01 09:30", "2026-04-01 10:00"))
    outing = OutingInput(record("2026-04-01 09:00", "2026-04-01 11:00", "清理楼道", "环境保护"), (a, b))
    with pytest.raises(UserError):
        services.volunteers.record_outing(outing)
    assert services.volunteers.service_records(volunteer_id=a) == []
    times = {b: (datetime(2026, 4, 1, 10, 0), datetime(2026, 4, 1, 11, 0))}
    ids = services.volunteers.record_outing(OutingInput(
        ServiceRecordInput(**{**outing.record.__dict__, "team_id": team}), (a, b), times))
    assert len(ids) == 2
    assert sorted(r.minutes for r in services.volunteers.service_records(team_id=team)) == [60, 120]


def test_update_service_times_and_audit(services: Services) -> None:
    vid = volunteer(services, "张三")
    rid = services.volunteers.record_service(vid, record("2026-05-01 09:00", "2026-05-01 10:00"))
    services.volunteers.update_service_times(rid, datetime(2026, 5, 1, 8, 0), datetime(2026, 5, 1, 10, 30))
    assert services.volunteers.service_record(rid).minutes == 150  # type: ignore[union-attr]


def test_norm_check_lists_who_falls_short(services: Services) -> None:
    vs = services.volunteers
    team_a, team_b = vs.create_team(TeamInput("甲队")), vs.create_team(TeamInput("乙队"))
    ok, few, short = volunteer(services, "甲"), volunteer(services, "乙"), volunteer(services, "丙")
    volunteer(services, "丁")  # nothing at all
    volunteer(services, "戊", registered=date(2026, 7, 1))  # registered after the month: not listed
    for day in (3, 10):
        vs.record_service(ok, ServiceRecordInput(**{**record(f"2026-06-{day:02d} 09:00", f"2026-06-{day:02d} 11:00")
                                                  .__dict__, "team_id": team_a}))
    vs.record_service(few, record("2026-06-03 09:00", "2026-06-03 13:00"))
    vs.record_service(short, record("2026-06-03 09:00", "2026-06-03 10:00"))
    vs.record_service(short, record("2026-06-04 09:00", "2026-06-04 10:00"))
    result = {s.name: s.reason for s in vs.month_shortfalls(2026, 6)}
    assert set(result) == {"乙", "丙", "丁"}
    assert "不足2次" in result["乙"] and "不足3小时" not in result["乙"]
    assert "不足3小时" in result["丙"] and "不足2次" not in result["丙"]
    teams = [s.name for s in vs.quarter_team_shortfalls(2026, 2)]
    assert teams == ["乙队"]
    assert team_b


def test_certificate_numbers_per_year_and_reprint_keeps_the_number(services: Services, tmp_path: Path) -> None:
    vs = services.volunteers
    a, b = volunteer(services, "张三"), volunteer(services, "李四")
    vs.record_service(a, record("2026-02-01 09:00", "2026-02-01 11:00"))
    vs.record_service(b, record("2026-02-01 09:00", "2026-02-01 11:00"))
    first = vs.issue_certificate(a, issued_on=date(2026, 3, 1))
    second = vs.issue_certificate(b, issued_on=date(2026, 3, 2))
    again = vs.issue_certificate(a, issued_on=date(2026, 5, 1))
    next_year = vs.issue_certificate(a, date(2026, 1, 1), date(2026, 12, 31), issued_on=date(2027, 1, 3))
    assert first.number.endswith("〔2026〕第1号") and second.number.endswith("〔2026〕第2号")
    assert again.number == first.number and again.issued_on == date(2026, 3, 1)
    assert next_year.number.endswith("〔2027〕第1号")
    register = vs.certificates()
    assert len(register) == 3 and {r.print_count for r in register if r.number == first.number} == {2}


def test_editing_a_confirmed_record_is_audited_with_before_and_after(services: Services) -> None:
    import sqlite3

    vid = volunteer(services, "张三")
    rid = services.volunteers.record_service(vid, record("2026-05-01 09:00", "2026-05-01 10:00"))
    services.volunteers.update_service(rid, record("2026-05-01 09:00", "2026-05-01 11:00", "陪老人散步"))
    with sqlite3.connect(services.database.path) as connection:
        summary, before, after = connection.execute(
            "SELECT summary, before, after FROM audit_entry WHERE entity = 'volunteer_service' ORDER BY id DESC"
        ).fetchone()
    assert "修改已确认的服务记录" in summary and '"minutes": 60' in before and '"minutes": 120' in after


def test_linked_volunteer_takes_personal_data_from_the_registry(services: Services) -> None:
    import sqlite3

    vid = volunteer(services, "张三")
    with sqlite3.connect(services.database.path) as connection:  # a minimal resident row
        connection.execute(
            "INSERT INTO resident (id, name, former_name, name_pinyin, name_initials, id_type, id_number, gender,"
            " ethnicity, birth_date, hukou_address, phone, political_status, education, marital_status, religion,"
            " employer, military_service, category, stay_reason, note, search_text, created_at, updated_at)"
            " VALUES (7, '王䶮', '', '', '', '居民身份证', '110101199003071234', '1', '01', '1990-03-07', '',"
            " '13900000000', '01', '', '', '', '', '', '1', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    linked = services.volunteers.create_volunteer(VolunteerInput(resident_id=7, name="乱填", phone="1",
                                                                 registered_on=date(2026, 1, 5)))
    row = services.volunteers.volunteer(linked)
    assert row is not None and (row.name, row.phone, row.political_status) == ("王䶮", "13900000000", "中共党员")
    assert services.volunteers.volunteer_for_resident(7) == linked
    assert services.volunteers.volunteer_for_resident(8) is None
    with pytest.raises(UserError, match="已登记为志愿者"):
        services.volunteers.create_volunteer(VolunteerInput(resident_id=7))
    assert vid


def test_demo_has_teams_volunteers_records_and_certificates(services: Services) -> None:
    from community_desk.services.demo import generate_demo

    generate_demo(services.database.session_factory, households=200, today=date(2026, 11, 23))
    vs = services.volunteers
    people = vs.volunteers(active_only=False)
    assert len(people) == 120 and sum(1 for p in people if p.resident_id) == 100
    assert len(vs.teams()) == 5 and all(t.leaders for t in vs.teams())
    assert len(vs.service_records()) > 1000
    assert len(vs.certificates()) >= 3
    assert vs.star_levels(with_level_only=True)


def test_membership_history_and_leaders(services: Services) -> None:
    vs = services.volunteers
    team = vs.create_team(TeamInput("助老服务队"))
    a, b = volunteer(services, "张三"), volunteer(services, "李四")
    member = vs.join_team(team, a, "队员", date(2026, 1, 1))
    vs.join_team(team, a, "队长")  # a role change, not a second stint
    vs.join_team(team, b, "队员", date(2026, 1, 1))
    with pytest.raises(UserError, match="已在助老服务队"):
        vs.join_team(team, b, "队员")
    with pytest.raises(UserError, match="已有队伍"):
        vs.create_team(TeamInput("助老服务队"))
    vs.leave_team(member, date(2026, 6, 30))
    rows = vs.team_members(team_id=team)
    assert [(r.volunteer_name, r.role, r.left_on) for r in rows] == [("李四", "队员", None),
                                                                     ("张三", "队长", date(2026, 6, 30))]
    assert vs.teams()[0].leaders == "" and vs.teams()[0].members == 1
