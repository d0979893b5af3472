"""月度工作报告 figures for October 2025 from a small community built through the services, every figure worked out
by hand (see each fixture's comment) and checked section by section, with the "as of the month end" edges."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from community_desk.app import Services
from community_desk.domain.codes import SPECIAL_GROUPS
from community_desk.domain.report import (
    Count,
    DutyFigures,
    EventFigures,
    MediationFigures,
    PopulationFigures,
    ReportFigures,
    ReportPeriod,
    VolunteerFigures,
)
from community_desk.domain.residents import EventKind
from community_desk.services.deliberation_dto import MeetingInput, Participant, TopicInput
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.events_dto import EventInput
from community_desk.services.mediation_dto import (
    AgreementInput,
    CaseInput,
    MediatorInput,
    PartyInput,
    SessionInput,
    TalkInput,
    VisitInput,
)
from community_desk.services.report_figures import ReportFiguresReader
from community_desk.services.roster_dto import LogEntryInput, StaffInput
from community_desk.services.volunteer_dto import ServiceRecordInput, TeamInput, VolunteerInput

D = date
OCTOBER = ReportPeriod.month(2025, 10)


def figures(services: Services, period: ReportPeriod = OCTOBER) -> ReportFigures:
    return ReportFiguresReader(Path(services.database.path)).month(period)


def person(name: str, born: date) -> ResidentInput:
    return ResidentInput(name=name, birth_date=born)


@pytest.fixture
def registry(services: Services) -> None:
    """户 and people as of 2025-10-31:

    H1 (since 2020) 张老 born 1935-10-31 (90 on 10-31 exactly: 80+ and 90+), 李奶 born 1945-11-01 (79 on 10-31)
    H2 王新 迁入 10-10 (head), 王宝 出生 10-20
    H3 (since 2020) 赵翁 born 1944-05-05 (81); 赵子 迁出 10-15; 孙婆 born 1930 死亡 10-20; 钱前 迁出 09-20
    H4 周后 born 1930 迁入 11-05: after the month, counted nowhere
    → households 3 (H1, H2, H3), residents 5 (张老 李奶 王新 王宝 赵翁); 迁入 1, 迁出 1, 出生 1, 死亡 1;
      80岁以上 2 (张老 赵翁), 90岁以上 1 (张老).
    Tags in force on 10-31 for people in force: 低保 张老 (open) and 李奶 (starts 10-31); 残疾 赵翁 (ends 11-30)
    → 低保 2, 残疾 1. Not counted: 李奶 残疾 ended 10-15, 赵翁 党员 ends 10-31 (ended on the day),
      赵子 党员 (moved out), 周后 低保 (not yet here); every other kind 0.
    """
    residents, tags = services.residents, services.special_groups
    building = residents.create_building(residents.create_grid("第一网格"), "1号楼")
    old = D(2020, 1, 1)
    h1 = residents.create_household(HouseholdInput(building, "1", "101"), person("张老", D(1935, 10, 31)), old)
    li = residents.add_member(h1, person("李奶", D(1945, 11, 1)), "10", old)
    h2 = residents.create_household(
        HouseholdInput(building, "1", "102"), person("王新", D(1980, 3, 1)), D(2025, 10, 10)
    )
    residents.add_member(h2, person("王宝", D(2025, 10, 20)), "20", D(2025, 10, 20), EventKind.BIRTH)
    h3 = residents.create_household(HouseholdInput(building, "1", "201"), person("赵翁", D(1944, 5, 5)), old)
    zhao_son = residents.add_member(h3, person("赵子", D(1970, 2, 2)), "20", old)
    sun = residents.add_member(h3, person("孙婆", D(1930, 6, 6)), "50", old)
    qian = residents.add_member(h3, person("钱前", D(1990, 7, 7)), "70", old)
    residents.move_out(zhao_son, D(2025, 10, 15), "外省")
    residents.record_death(sun, D(2025, 10, 20))
    residents.move_out(qian, D(2025, 9, 20))
    h4 = residents.create_household(HouseholdInput(building, "1", "202"), person("周后", D(1930, 1, 1)), D(2025, 11, 5))
    [zhang] = [m.resident_id for m in services.registry.household(h1).members if m.name == "张老"]  # type: ignore
    [zhao] = [m.resident_id for m in services.registry.household(h3).members if m.name == "赵翁"]  # type: ignore
    [zhou] = [m.resident_id for m in services.registry.household(h4).members]  # type: ignore
    tags.add_tag(zhang, "低保", D(2024, 1, 1))
    tags.add_tag(li, "低保", D(2025, 10, 31))
    tags.add_tag(li, "残疾", D(2023, 1, 1), D(2025, 10, 15))
    tags.add_tag(zhao, "残疾", D(2025, 1, 1), D(2025, 11, 30))
    tags.add_tag(zhao, "党员", D(2010, 1, 1), D(2025, 10, 31))
    tags.add_tag(zhao_son, "党员", D(2010, 1, 1))
    tags.add_tag(zhou, "低保", D(2020, 1, 1))


@pytest.fixture
def duty(services: Services) -> int:
    """Shifts generated for 10-30 … 11-02; the entries and handover items below give, for October:
    来电 1 (the November one is not counted), 来访 3 (one group of three), 突发事件 1, 遗留问题 1 still open
    (raised 10-31; the one raised 10-30 was closed 10-31). Returns the number of October shifts."""
    roster = services.roster
    for index, name in enumerate(("王书记", "李主任", "孙网格", "周网格", "吴网格", "郑网格")):
        leads = index < 2
        roster.add_staff(StaffInput(name, "主任" if leads else "网格员", f"1390000{index:04d}", can_lead=leads))
    roster.generate(D(2025, 10, 30), D(2025, 11, 2))
    october = roster.month(2025, 10).shifts
    november = roster.month(2025, 11).shifts
    first, last = october[0], october[-1]
    roster.add_entry(first.id, LogEntryInput("来电", time(9, 0), "居民甲", "咨询高龄津贴", "已解答"))
    roster.add_entry(first.id, LogEntryInput("来访", time(10, 0), "居民乙", "反映噪音", "已登记", people=3))
    roster.add_entry(last.id, LogEntryInput("突发事件", time(22, 0), "", "电梯困人", "已解困"))
    roster.add_entry(november[0].id, LogEntryInput("来电", time(9, 0), "居民丙", "咨询低保", "已解答"))
    closed = roster.raise_handover(first.id, "5号楼漏水待物业回复")
    roster.close_handover(closed, last.id, "物业已修好")
    roster.raise_handover(last.id, "月底未办结事项")
    return len(october)


@pytest.fixture
def mediation(services: Services) -> None:
    """恳谈 10-01 09:00 and 10-31 18:30 count (2); 09-30 and 11-01 do not.

    C0 09-28 邻里 (last month: not received now) agreed 10-05, 回访 10-20 → a 回访 of October all the same
    C1 10-03 邻里 1000.50元 防激化1件3人, 书面协议 10-10, 回访 10-25 and 11-03 (November's not counted)
    C2 10-08 物业 200元, 调解不成 10-20
    C3 10-28 邻里 0元, agreed 11-05: still being mediated on 10-31
    C4 11-02 合同: next month
    → received 3, succeeded 1, concluded 2, 120,050 fen, 邻里 2 and 物业 1, 防激化 1件3人, 回访 2.
    """
    svc = services.mediation
    for at in ((2025, 9, 30, 20), (2025, 10, 1, 9), (2025, 10, 31, 18, 30), (2025, 11, 1, 8)):
        svc.create_talk(TalkInput(datetime(*at), "来访人", subject="咨询"))
    mediator = svc.create_mediator(MediatorInput("周调解", "专职调解员"))

    def case(accepted: date, kind: str, amount: str = "0", **extra: object) -> int:
        data = CaseInput(accepted, "当事人申请", kind, summary="纠纷", amount=amount, **extra)  # type: ignore[arg-type]
        return svc.create_case(data, [PartyInput("申请人", "甲"), PartyInput("被申请人", "乙")], [mediator])

    def agree(case_id: int, started: date, agreed: date) -> None:
        svc.add_session(case_id, SessionInput(datetime.combine(started, time(9)), "敞心阁", result="协商"))
        svc.record_agreement(case_id, AgreementInput("书面协议", agreed, "双方同意"))

    c0 = case(D(2025, 9, 28), "邻里", "999")
    agree(c0, D(2025, 9, 29), D(2025, 10, 5))
    svc.add_visit(c0, VisitInput(D(2025, 10, 20), "周调解", "已履行"))
    c1 = case(D(2025, 10, 3), "邻里", "1000.50", prevented_cases=1, prevented_people=3)
    agree(c1, D(2025, 10, 4), D(2025, 10, 10))
    svc.add_visit(c1, VisitInput(D(2025, 10, 25), "周调解", "正在履行"))
    svc.add_visit(c1, VisitInput(D(2025, 11, 3), "周调解", "已履行"))
    c2 = case(D(2025, 10, 8), "物业", "200")
    svc.add_session(c2, SessionInput(datetime(2025, 10, 9, 9), "敞心阁", result="分歧较大"))
    svc.record_failure(c2, ["诉讼"], D(2025, 10, 20))
    c3 = case(D(2025, 10, 28), "邻里")
    agree(c3, D(2025, 10, 30), D(2025, 11, 5))
    case(D(2025, 11, 2), "合同", "50")


@pytest.fixture
def deliberation(services: Services) -> None:
    """T1 raised 09-20, 决议 10-06, 反馈 (落实 finished) 10-30; T2 raised 10-15; T3 raised 10-02, 决议 11-03;
    T4 raised 11-02 → October: topics 2 (T2, T3), resolutions 1 (T1), carried out 1 (T1)."""
    svc = services.deliberation
    meeting = MeetingInput(held_on=D(2025, 9, 25), host="李书记", attendance=10,
                           participants=(Participant("社区干部", "李书记"),))  # fmt: skip

    def to_resolution(proposed: date, voted: date, resolved: date) -> int:
        topic = svc.propose(TopicInput(title="加装电梯", category="加装电梯", source="居民提议"), proposed)
        svc.accept(topic, proposed)
        svc.hold_meeting(topic, MeetingInput(**{**meeting.__dict__, "held_on": voted}))
        svc.vote(topic, voted, present=10, votes_for=8, votes_against=1, abstentions=1)
        svc.resolve(topic, resolved, "同意")
        return topic

    t1 = to_resolution(D(2025, 9, 20), D(2025, 10, 5), D(2025, 10, 6))
    svc.publish(t1, D(2025, 10, 7), D(2025, 10, 12), "公示栏")
    svc.implement(t1, D(2025, 10, 13), "电梯公司")
    svc.feedback(t1, D(2025, 10, 30), "入户告知", satisfied=8)
    svc.propose(TopicInput(title="停车难", category="停车", source="居民提议"), D(2025, 10, 15))
    to_resolution(D(2025, 10, 2), D(2025, 10, 20), D(2025, 11, 3))
    svc.propose(TopicInput(title="垃圾分类", category="垃圾分类", source="居民提议"), D(2025, 11, 2))


def service(start: str, end: str, team: int | None = None) -> ServiceRecordInput:
    return ServiceRecordInput(datetime.fromisoformat(start), datetime.fromisoformat(end), "敬老院陪护", "助老助残",
                              organiser="社区", confirmed_by="张主任", team_id=team)  # fmt: skip


@pytest.fixture
def volunteers(services: Services) -> None:
    """October records (by start): 甲 2 × 120 min in 助老队; 乙 240 min, no team; 丙 60 + 30 min in 巡逻队
    (甲's 09-30 23:00 record started in September). 丁 did nothing; 戊 registered in November.
    → active 3, services 5, minutes 570; 助老队 240, 巡逻队 90, 未编队 240;
      short of the norm (2 services, 3 hours): 丁 (both), 丙 (hours), 乙 (services), in name order."""
    vs = services.volunteers
    elderly, patrol = vs.create_team(TeamInput("助老队")), vs.create_team(TeamInput("巡逻队"))

    def volunteer(name: str, registered: date) -> int:
        return vs.create_volunteer(VolunteerInput(name=name, gender="1", registered_on=registered))

    jia, yi, bing, _ding = (volunteer(name, D(2025, 1, 5)) for name in "甲乙丙丁")
    volunteer("戊", D(2025, 11, 10))
    vs.record_service(jia, service("2025-09-30 23:00", "2025-10-01 01:00", elderly))
    vs.record_service(jia, service("2025-10-03 09:00", "2025-10-03 11:00", elderly))
    vs.record_service(jia, service("2025-10-10 09:00", "2025-10-10 11:00", elderly))
    vs.record_service(yi, service("2025-10-05 09:00", "2025-10-05 13:00"))
    vs.record_service(bing, service("2025-10-06 09:00", "2025-10-06 10:00", patrol))
    vs.record_service(bing, service("2025-10-31 23:00", "2025-10-31 23:30", patrol))


@pytest.fixture
def events(services: Services) -> None:
    """书法展 (文化) 10-10 with 2 签到; 健身操 (体育) Mondays 10-06 … 10-27: 10-13 cancelled, 10-27 moved to
    10-28, 1 签到 on 10-20; 国庆游园 (节日) 10-01 cancelled; 党课 (党建) 11-02.
    → events 4 (书法展 + 3 健身操), participants 3, by category 文化 1, 体育 3 (the calendar's order)."""
    ev = services.events
    show = ev.create_event(
        EventInput("书法展", "文化", "活动室", datetime(2025, 10, 10, 19), datetime(2025, 10, 10, 21))
    )
    gym = ev.create_event(
        EventInput("健身操", "体育", "广场", datetime(2025, 10, 6, 8), datetime(2025, 10, 6, 9),
                   weekdays=frozenset({0}), repeat_until=D(2025, 10, 27))
    )  # fmt: skip
    fair = ev.create_event(EventInput("国庆游园", "节日", "广场", datetime(2025, 10, 1, 9), datetime(2025, 10, 1, 11)))
    ev.create_event(EventInput("党课", "党建", "会议室", datetime(2025, 11, 2, 9), datetime(2025, 11, 2, 10)))
    ev.cancel_occurrence(gym, D(2025, 10, 13))
    ev.move_occurrence(gym, D(2025, 10, 27), datetime(2025, 10, 28, 8), datetime(2025, 10, 28, 9))
    ev.cancel_occurrence(fair, D(2025, 10, 1))
    for name in ("居民甲", "居民乙"):
        ev.sign_in(show, D(2025, 10, 10), name=name, at=datetime(2025, 10, 10, 19))
    ev.sign_in(gym, D(2025, 10, 20), name="居民丙", at=datetime(2025, 10, 20, 8))


def test_population_counts_stocks_on_the_last_day_and_moves_within_the_month(
    services: Services, registry: None
) -> None:
    expected_groups = {"低保": 2, "残疾": 1}
    assert figures(services).population == PopulationFigures(
        households=3,
        residents=5,
        moved_in=1,
        moved_out=1,
        births=1,
        deaths=1,
        special_groups=tuple(Count(kind, expected_groups.get(kind, 0)) for kind in SPECIAL_GROUPS.codes()),
        aged_80=2,
        aged_90=1,
    )
    # A month later 周后 (迁入 11-05) is there, and 李奶 turned 80 on 11-01.
    november = figures(services, ReportPeriod.month(2025, 11)).population
    assert (november.households, november.residents, november.moved_in, november.aged_80) == (4, 6, 1, 4)


def test_duty_section_is_the_rosters_month(services: Services, duty: int) -> None:
    # 10-30 and 10-31 are working days: a day shift and a night shift each.
    assert duty == 4
    assert figures(services).duty == DutyFigures(shifts=4, calls=1, visits=3, incidents=1, open_handover_items=1)


def test_mediation_counts_the_months_cases_talks_visits_and_topics(
    services: Services, mediation: None, deliberation: None
) -> None:
    assert figures(services).mediation == MediationFigures(
        talks=2,
        received=3,
        succeeded=1,
        concluded=2,
        amount_fen=120_050,
        by_type=(Count("邻里", 2), Count("物业", 1)),
        prevented_cases=1,
        prevented_people=3,
        follow_up_visits=2,
        topics=2,
        resolutions=1,
        carried_out=1,
    )


def test_volunteers_by_record_start_with_teams_and_the_norm(services: Services, volunteers: None) -> None:
    assert figures(services).volunteers == VolunteerFigures(
        active_volunteers=3,
        services=5,
        minutes=570,
        by_team=(Count("助老队", 240), Count("巡逻队", 90), Count("未编队", 240)),
        short_of_norm=(
            "丁",  # 服务0次，时长0.0小时
            "丙",  # 时长1.5小时，不足3小时
            "乙",  # 服务1次，不足2次
        ),
    )


def test_events_held_leave_cancelled_ones_out(services: Services, events: None) -> None:
    assert figures(services).events == EventFigures(
        events=4, participants=3, by_category=(Count("文化", 1), Count("体育", 3))
    )


@pytest.mark.usefixtures("registry", "mediation", "deliberation", "volunteers", "events")
def test_the_whole_month_at_once_keeps_each_sections_figures(services: Services, duty: int) -> None:
    """All areas in one file: no section's query picks up another area's rows."""
    month = figures(services)
    assert (month.population.households, month.population.residents, month.population.aged_90) == (3, 5, 1)
    assert month.duty == DutyFigures(shifts=duty, calls=1, visits=3, incidents=1, open_handover_items=1)
    assert (month.mediation.talks, month.mediation.received, month.mediation.follow_up_visits) == (2, 3, 2)
    assert (month.mediation.topics, month.mediation.resolutions, month.mediation.carried_out) == (2, 1, 1)
    assert (month.volunteers.active_volunteers, month.volunteers.services, month.volunteers.minutes) == (3, 5, 570)
    assert (month.events.events, month.events.participants) == (4, 3)
    stored = json.loads(json.dumps(month.to_json_dict(), ensure_ascii=False))
    assert ReportFigures.from_json_dict(stored) == month  # storable as a final report


def test_an_empty_month_is_all_zeros_with_every_special_group_listed(services: Services) -> None:
    empty = figures(services)
    assert empty.population.special_groups == tuple(Count(kind, 0) for kind in SPECIAL_GROUPS.codes())
    assert empty == ReportFigures(population=PopulationFigures(special_groups=empty.population.special_groups))


def test_only_a_month_period_is_read(services: Services) -> None:
    with pytest.raises(ValueError):
        figures(services, ReportPeriod.quarter(2025, 4))
