"""群议厅 service on a real file: every step stored, dated and audited; refusals and failures leave nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from community_desk.app import Services
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain.deliberation import TopicQuery
from community_desk.services.deliberation import DeliberationService
from community_desk.services.deliberation_dto import (
    MeetingInput,
    MemberInput,
    Participant,
    PartyView,
    PersonRef,
    TopicInput,
)
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.errors import UserError

D0 = date(2026, 3, 2)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


@pytest.fixture
def svc(services: Services) -> DeliberationService:
    return services.deliberation


@pytest.fixture
def resident(services: Services) -> int:
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "3号楼")
    household = services.residents.create_household(
        HouseholdInput(building, "1", "101"), ResidentInput(name="王䶮"), date(2020, 1, 1)
    )
    detail = services.registry.household(household)
    assert detail is not None
    return detail.members[0].resident_id


def rows(services: Services, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(services.database.path) as connection:
        return connection.execute(sql, params).fetchall()


def audits(services: Services) -> list[str]:
    return [
        r[0] for r in rows(services, "SELECT summary FROM audit_entry WHERE entity LIKE 'deliberation%' ORDER BY id")
    ]


def elevator(**changes: object) -> TopicInput:
    values: dict[str, object] = {"title": "3号楼加装电梯", "category": "加装电梯", "source": "联名", "signers": 18}
    return TopicInput(**(values | changes))  # type: ignore[arg-type]


def meeting(on: date, attendance: int = 12) -> MeetingInput:
    return MeetingInput(
        held_on=on,
        host="李书记",
        attendance=attendance,
        participants=(
            Participant("社区干部", "李书记"),
            Participant("居民代表", "赵大"),
            Participant("利益相关方", "钱二"),
        ),
        views=(
            PartyView("居民代表", "高层住户支持"),
            PartyView("利益相关方", "一楼住户担心采光"),
            PartyView("专家", " "),
        ),
    )


def walk_to_vote(svc: DeliberationService, **changes: object) -> int:
    topic = svc.propose(elevator(**changes), day(0))
    svc.accept(topic, day(3), "两委会议确定")
    svc.hold_meeting(topic, meeting(day(10)))
    return topic


def test_topic_walks_every_step_each_stored_dated_and_audited(
    services: Services, svc: DeliberationService, resident: int
) -> None:
    topic = svc.propose(elevator(proposers=(PersonRef("王䶮", resident), PersonRef("孙三"))), day(0))
    svc.accept(topic, day(3))
    svc.hold_meeting(topic, meeting(day(10)))
    outcome = svc.vote(topic, day(10), present=12, votes_for=9, votes_against=2, abstentions=1)
    assert (outcome.required, outcome.passed) == (7, True)
    svc.resolve(topic, day(11), "同意加装电梯，费用按楼层分摊")
    svc.publish(topic, day(12), day(17), "3号楼单元门公示栏")
    svc.implement(topic, day(18), "社区居委会、电梯公司", deadline=day(120), note="签订施工合同")
    svc.add_progress(topic, day(40), "井道施工完成")
    svc.feedback(topic, day(130), "在楼道张贴结果并入户回访", satisfied=30, fairly=5, dissatisfied=1)

    detail = svc.topic(topic)
    assert detail is not None
    assert (detail.number, detail.step, detail.status, detail.last_date) == ("2026-001", "反馈", "已办结", day(130))
    assert detail.source_label == "联名18人"
    assert detail.proposers == (PersonRef("王䶮", resident), PersonRef("孙三"))
    assert detail.next_steps == () and not detail.can_add_progress
    timeline = [(e.kind, e.on_date) for e in detail.timeline]
    assert timeline == [
        ("征集", day(0)), ("确定", day(3)), ("协商", day(10)), ("表决", day(10)), ("决议", day(11)),
        ("公示", day(12)), ("落实", day(18)), ("进展", day(40)), ("反馈", day(130)),
    ]  # fmt: skip
    by_kind = {e.kind: e for e in detail.timeline}
    assert "赞成9、反对2、弃权1，通过" in by_kind["表决"].summary and "需赞成7票" in by_kind["表决"].summary
    assert by_kind["公示"].summary == "2026-03-14至2026-03-19，3号楼单元门公示栏"
    assert "满意率97.2%" in by_kind["反馈"].summary
    meeting_details = dict(by_kind["协商"].details)
    assert meeting_details["参加人（居民代表）"] == "赵大"
    assert meeting_details["利益相关方意见"] == "一楼住户担心采光"
    assert "专家意见" not in meeting_details  # blank views are not stored
    assert dict(by_kind["决议"].details)["决议内容"] == "同意加装电梯，费用按楼层分摊"

    summaries = audits(services)
    assert len(summaries) == 9  # one audit row per action
    assert all(s.startswith("议题2026-001“3号楼加装电梯”") for s in summaries)
    recorded = rows(services, "SELECT recorded_by, recorded_at FROM deliberation_entry")
    assert all(by and at for by, at in recorded)


def test_failed_vote_goes_back_to_meeting_then_passes(svc: DeliberationService) -> None:
    topic = walk_to_vote(svc)
    outcome = svc.vote(topic, day(10), present=10, votes_for=5, votes_against=1, abstentions=4)
    assert not outcome.passed and outcome.required == 6
    detail = svc.topic(topic)
    assert detail is not None and detail.next_steps == ("协商", "未通过")
    assert svc.topics(TopicQuery())[0].step == "表决（未通过）"
    with pytest.raises(UserError, match="表决未通过"):
        svc.publish(topic, day(11), day(16), "公示栏")

    svc.hold_meeting(topic, meeting(day(20)))
    svc.vote(topic, day(20), present=10, votes_for=6, votes_against=0, abstentions=4)
    detail = svc.topic(topic)
    assert detail is not None and detail.next_steps == ("决议",) and detail.vote_passed is True


def test_failed_vote_can_close_the_topic_as_rejected(svc: DeliberationService) -> None:
    topic = walk_to_vote(svc)
    svc.vote(topic, day(10), 11, 5, 6, 0)
    svc.close_rejected(topic, day(12), "多数居民不同意")
    detail = svc.topic(topic)
    assert detail is not None and (detail.step, detail.status, detail.next_steps) == ("未通过", "未通过", ())
    with pytest.raises(UserError, match="已因表决未通过而结束"):
        svc.hold_meeting(topic, meeting(day(20)))


def test_custom_threshold_decides_the_vote(svc: DeliberationService) -> None:
    topic = walk_to_vote(svc, threshold="2/3")
    assert not svc.vote(topic, day(10), 12, 7, 5, 0).passed  # 7 of 12 is a majority but not two-thirds
    with pytest.raises(UserError, match="不能再更改表决通过比例"):
        svc.update_topic(topic, elevator(threshold="1/2"))


def test_skips_and_bad_dates_are_refused_and_store_nothing(services: Services, svc: DeliberationService) -> None:
    topic = svc.propose(elevator(), day(0))
    before = rows(services, "SELECT count(*) FROM deliberation_entry")[0][0], len(audits(services))
    with pytest.raises(UserError, match="下一步应为“确定”"):
        svc.hold_meeting(topic, meeting(day(5)))
    with pytest.raises(UserError, match="不能早于上一步"):
        svc.accept(topic, day(-1))
    with pytest.raises(UserError, match="不能晚于今天"):
        svc.accept(topic, date.today() + timedelta(days=1))
    assert (rows(services, "SELECT count(*) FROM deliberation_entry")[0][0], len(audits(services))) == before
    assert rows(services, "SELECT count(*) FROM deliberation_meeting") == [(0,)]


def test_publicity_and_implementation_periods(svc: DeliberationService) -> None:
    topic = walk_to_vote(svc)
    svc.vote(topic, day(10), 12, 12, 0, 0)
    svc.resolve(topic, day(10), "同意")
    with pytest.raises(UserError, match="结束日期最早为2026-03-19") as refused:
        svc.publish(topic, day(12), day(16), "公示栏")
    assert refused.value.field == "end"
    svc.publish(topic, day(12), day(17), "公示栏")
    with pytest.raises(UserError, match="期满后"):
        svc.implement(topic, day(17), "居委会")
    with pytest.raises(UserError, match="只有在“落实”阶段"):
        svc.add_progress(topic, day(15), "提前施工")
    svc.implement(topic, day(18), "居委会")


def test_a_failure_inside_the_action_rolls_everything_back(
    services: Services, svc: DeliberationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    topic = svc.propose(elevator(), day(0))
    svc.accept(topic, day(3))

    def broken_audit(self: UnitOfWork, *args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(UnitOfWork, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        svc.hold_meeting(topic, meeting(day(10)))
    monkeypatch.undo()
    for table in (
        "deliberation_meeting",
        "deliberation_participant",
        "deliberation_view",
        "deliberation_meeting_topic",
    ):
        assert rows(services, f"SELECT count(*) FROM {table}") == [(0,)]
    detail = svc.topic(topic)
    assert detail is not None and (detail.step, len(detail.timeline)) == ("确定", 2)


def test_topic_input_is_checked(svc: DeliberationService, resident: int) -> None:
    with pytest.raises(UserError, match="议题名称"):
        svc.propose(elevator(title="  "), day(0))
    with pytest.raises(UserError, match="联名人数"):
        svc.propose(elevator(signers=None), day(0))
    with pytest.raises(UserError, match="议题类别"):
        svc.propose(elevator(category="天气"), day(0))
    with pytest.raises(UserError, match="已不在居民库中"):
        svc.propose(elevator(proposers=(PersonRef("某人", resident + 999),)), day(0))
    with pytest.raises(UserError, match="少于列出的参加人"):
        topic = svc.propose(elevator(), day(0))
        svc.accept(topic, day(1))
        svc.hold_meeting(topic, meeting(day(2), attendance=2))


def test_numbers_run_per_year_and_filters_narrow_the_list(svc: DeliberationService) -> None:
    svc.propose(elevator(), date(2025, 12, 30))
    first = svc.propose(TopicInput("小区停车位划线", "停车", "居民提议"), date(2026, 1, 5))
    second = svc.propose(TopicInput("冬季供暖不热", "采暖", "网格员收集"), date(2026, 1, 6))
    svc.accept(second, date(2026, 1, 8))
    numbers = {row.title: row.number for row in svc.topics(TopicQuery())}
    assert numbers == {"3号楼加装电梯": "2025-001", "小区停车位划线": "2026-001", "冬季供暖不热": "2026-002"}

    assert [r.id for r in svc.topics(TopicQuery(year=2026, category="停车"))] == [first]
    assert [r.id for r in svc.topics(TopicQuery(step="确定"))] == [second]
    assert [r.title for r in svc.topics(TopicQuery(text="供暖"))] == ["冬季供暖不热"]
    assert svc.topic_count(TopicQuery(year=2026)) == 2
    assert svc.years() == [2026, 2025]
    by_number = svc.topics(TopicQuery(sort_key="number", descending=False))
    assert [r.number for r in by_number] == ["2025-001", "2026-001", "2026-002"]
    page = svc.topics(TopicQuery(sort_key="number", descending=False), offset=1, limit=1)
    assert [r.number for r in page] == ["2026-001"]


def test_bodies_members_and_the_meeting_calendar(services: Services, svc: DeliberationService, resident: int) -> None:
    body = svc.create_body("示范社区居民议事会", "居民议事会", "每月一次")
    with pytest.raises(UserError, match="已存在"):
        svc.create_body("示范社区居民议事会", "居民议事会")
    chair = svc.add_member(body, MemberInput(PersonRef("", resident), "召集人", date(2025, 1, 1)))
    svc.add_member(body, MemberInput(PersonRef("周五"), "成员", date(2025, 1, 1)))
    with pytest.raises(UserError, match="已是示范社区居民议事会的在任成员"):
        svc.add_member(body, MemberInput(PersonRef("周五"), "成员", date(2025, 6, 1)))
    with pytest.raises(UserError, match="离任日期"):
        svc.add_member(body, MemberInput(PersonRef("吴六"), "成员", date(2025, 6, 1), date(2025, 5, 1)))
    svc.end_member(chair, date(2026, 1, 31))

    members = svc.members(body)
    assert [(m.name, m.role, m.until) for m in members] == [
        ("周五", "成员", None),
        ("王䶮", "召集人", date(2026, 1, 31)),
    ]
    assert members[1].resident_id == resident
    [view] = svc.bodies(as_of=date(2026, 3, 1))
    assert (view.name, view.kind, view.members) == ("示范社区居民议事会", "居民议事会", 1)

    topic = svc.propose(elevator(), day(0))
    svc.add_meeting(MeetingInput(held_on=date(2026, 3, 10), body_id=body, attendance=15, topic_ids=(topic,)))
    svc.add_meeting(MeetingInput(held_on=date(2026, 4, 14), body_id=body, place="社区会议室", attendance=14))
    march = svc.meetings(2026, 3)
    assert [(m.held_on, m.body, m.place, m.topics) for m in march] == [
        (date(2026, 3, 10), "示范社区居民议事会", "群议厅", "3号楼加装电梯")
    ]
    assert len(svc.meetings(2026)) == 2
    detail = svc.topic(topic)
    assert detail is not None and detail.step == "征集"  # a calendar entry moves no topic
    assert any("增加成员 王䶮" in s for s in audits(services))
    svc.remove_member(members[0].id)
    assert [m.name for m in svc.members(body)] == ["王䶮"]


def test_demo_deliberation_follows_the_rules(services: Services) -> None:
    from community_desk.domain import deliberation as rules
    from community_desk.domain.deliberation import PROGRESS, Step, TopicState
    from community_desk.services.demo import generate_demo

    today = date(2026, 11, 23)
    generate_demo(services.database.session_factory, households=80, today=today)  # includes 群议厅
    meetings = services.deliberation.meetings(today.year) + services.deliberation.meetings(today.year - 1)
    assert len(services.deliberation.bodies(as_of=today)) == 3 and len(meetings) >= 12 + 12

    svc = services.deliberation
    topics = svc.topics(TopicQuery(), limit=100)
    assert len(topics) == 12
    assert {t.step.removesuffix("（未通过）") for t in topics} == {s.value for s in Step}  # every step shown
    for row in topics:
        detail = svc.topic(row.id)
        assert detail is not None and detail.last_date == max(e.on_date for e in detail.timeline) <= today
        assert detail.timeline[0].on_date >= today - timedelta(days=366)
        state: TopicState | None = None
        for entry in detail.timeline:  # replaying the timeline through the rules refuses nothing
            if entry.kind == PROGRESS:
                assert state is not None and state.step is Step.IMPLEMENTATION
                continue
            step = Step(entry.kind)
            if state is not None:
                rules.check_next_step(state, step)
            passed = ("，通过" in entry.summary) if step is Step.VOTE else None
            state = TopicState(step, passed if step is Step.VOTE else None)
        assert state is not None and state.step.value == detail.step
        publicity = [e for e in detail.timeline if e.kind == Step.PUBLICITY]
        implemented = [e for e in detail.timeline if e.kind == Step.IMPLEMENTATION]
        if publicity and implemented:
            assert detail.publicity_end is not None and implemented[0].on_date > detail.publicity_end
    numbers = sorted(t.number for t in topics)
    assert len(set(numbers)) == 12
    bodies = svc.bodies(as_of=today)
    assert [b.kind for b in bodies] == ["居民议事会", "党居议事会", "居民代表会议"]
    members = svc.members(bodies[0].id)
    assert members[0].role == "召集人" and all(m.resident_id is not None for m in members)
    assert any(m.until is not None for m in members)
    assert svc.meetings(today.year, today.month) or svc.meetings(today.year, today.month - 1)
