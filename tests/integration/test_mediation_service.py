"""MediationService against a real database: 卷号 per year, audit, rollback, parties, money, filters, talk counts."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.errors import UserError
from community_desk.services.mediation import MediationService
from community_desk.services.mediation_dto import (
    AgreementInput,
    CaseInput,
    CaseQuery,
    ExtensionInput,
    InvestigationInput,
    MediatorInput,
    PartyInput,
    SessionInput,
    TalkInput,
    TalkQuery,
    VisitInput,
)

ID_1980 = "11010519800307001" + check_character("11010519800307001")


@pytest.fixture
def service(services: Services) -> MediationService:
    return services.mediation


@pytest.fixture
def mediator(service: MediationService) -> int:
    return service.create_mediator(MediatorInput("周调解", "专职调解员", "13800000000"))


def sides(applicant: str = "张三", respondent: str = "李四") -> list[PartyInput]:
    return [PartyInput("申请人", applicant, age=40), PartyInput("被申请人", respondent, age=50)]


def new_case(service: MediationService, accepted: date, mediators: tuple[int, ...] = (), **values) -> int:
    data = CaseInput(accepted_on=accepted, source="当事人申请", dispute_type="邻里", summary="楼上漏水", **values)
    return service.create_case(data, sides(), mediators)


def rows(services: Services, sql: str) -> list[tuple]:
    with sqlite3.connect(services.database.path) as connection:
        return connection.execute(sql).fetchall()


def audit_count(services: Services) -> int:
    return rows(services, "SELECT count(*) FROM audit_entry")[0][0]


def set_setting(services: Services, key: str, value: str) -> None:
    with sqlite3.connect(services.database.path) as connection:
        connection.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))


def session_at(day: date, result: str = "双方各退一步") -> SessionInput:
    return SessionInput(datetime.combine(day, datetime.min.time()).replace(hour=9), "敞心阁", result=result)


# --- numbering --------------------------------------------------------------------------------------------
def test_case_numbers_run_per_year_and_are_never_reused(services: Services, service: MediationService) -> None:
    set_setting(services, "community_name", "幸福里社区")
    set_setting(services, "community_short", "幸福里")
    first = new_case(service, date(2026, 3, 1))
    second = new_case(service, date(2026, 3, 2))
    next_year = new_case(service, date(2027, 1, 5))
    assert service.case(first).number == "（2026）幸福里人调字第1号"
    assert service.case(second).number == "（2026）幸福里人调字第2号"
    assert service.case(next_year).number == "（2027）幸福里人调字第1号"
    service.delete_case(second)
    assert service.next_case_number(2026) == "（2026）幸福里人调字第3号"
    third = new_case(service, date(2026, 4, 1))
    assert service.case(third).number == "（2026）幸福里人调字第3号"
    assert service.case(second) is None


def test_short_name_falls_back_to_the_community_name(services: Services, service: MediationService) -> None:
    assert service.next_case_number(2026) == "（2026）本社区人调字第1号"
    set_setting(services, "community_name", "幸福里社区")
    case_id = new_case(service, date(2026, 3, 1))
    assert service.case(case_id).number == "（2026）幸福里社区人调字第1号"


# --- audit and rollback -----------------------------------------------------------------------------------
def test_every_write_leaves_exactly_one_audit_row(services: Services, service: MediationService) -> None:
    accepted = date.today() - timedelta(days=40)
    steps = [
        lambda: service.create_mediator(MediatorInput("吴律师", "律师")),
        lambda: service.create_talk(TalkInput(datetime(2026, 5, 1, 9, 30), "王五", subject="咨询")),
        lambda: new_case(service, accepted, (1,)),
        lambda: service.update_case(1, CaseInput(accepted, "主动调解", "邻里", "漏水和噪音", subtype="噪音")),
        lambda: service.set_parties(1, sides("张三", "赵六")),
        lambda: service.set_mediators(1, [1]),
        lambda: service.add_investigation(1, InvestigationInput(datetime.combine(accepted, datetime.min.time()),
                                                                content="查看漏水点")),
        lambda: service.add_extension(1, ExtensionInput(accepted + timedelta(days=20), accepted + timedelta(days=45))),
        lambda: service.escalate(1, "街道", accepted + timedelta(days=21), "联席会议"),
        lambda: service.add_session(1, session_at(accepted + timedelta(days=22))),
        lambda: service.record_agreement(1, AgreementInput("书面协议", accepted + timedelta(days=23), "修好水管")),
        lambda: service.change_status(1, "履行中", accepted + timedelta(days=24)),
        lambda: service.add_visit(1, VisitInput(accepted + timedelta(days=30), "周调解", "已履行", "满意")),
        lambda: service.change_status(1, "已结案", accepted + timedelta(days=31)),
        lambda: service.update_talk(1, TalkInput(datetime(2026, 5, 1, 9, 30), "王五", subject="咨询噪音")),
        lambda: service.update_mediator(1, MediatorInput("吴律师", "律师", active=False)),
        lambda: service.delete_talk(1),
        lambda: service.delete_case(1),
    ]  # fmt: skip
    for step in steps:
        before = audit_count(services)
        step()
        assert audit_count(services) == before + 1


def test_a_refused_case_leaves_nothing_behind(services: Services, service: MediationService) -> None:
    parties = [PartyInput("申请人", "张三"), PartyInput("被申请人", "李四", id_number=ID_1980[:-1] + "0")]
    if ID_1980[-1] == "0":
        parties[1] = PartyInput("被申请人", "李四", id_number=ID_1980[:-1] + "1")
    before = audit_count(services)
    data = CaseInput(date(2026, 3, 1), "当事人申请", "邻里", "噪音")
    with pytest.raises(UserError, match="第2位当事人"):
        service.create_case(data, parties)
    assert audit_count(services) == before
    assert rows(services, "SELECT count(*) FROM mediation_case")[0][0] == 0
    assert rows(services, "SELECT count(*) FROM mediation_party")[0][0] == 0
    assert service.next_case_number(2026).endswith("第1号")


def test_a_refused_step_changes_nothing(service: MediationService, mediator: int) -> None:
    case_id = new_case(service, date(2026, 3, 1), (mediator,))
    with pytest.raises(UserError, match="请先登记至少一次调解记录"):
        service.record_agreement(case_id, AgreementInput("口头协议", date(2026, 3, 5), "握手言和"))
    with pytest.raises(UserError, match="记录协议"):
        service.change_status(case_id, "已达成协议", date(2026, 3, 5))
    detail = service.case(case_id)
    assert detail.status == "受理" and detail.agreement_content == "" and len(detail.timeline) == 1


def test_validation_names_the_field(service: MediationService) -> None:
    with pytest.raises(UserError) as refused:
        service.create_case(CaseInput(date(2026, 3, 1), "当事人申请", "邻里", ""), sides())
    assert refused.value.field == "summary"
    with pytest.raises(UserError, match="申请人和一名被申请人"):
        service.create_case(CaseInput(date(2026, 3, 1), "当事人申请", "邻里", "x"), sides()[:1])
    with pytest.raises(UserError, match="跟进人"):
        service.create_talk(TalkInput(datetime(2026, 5, 1, 9), "王五", subject="x", needs_followup=True))


# --- parties and money ------------------------------------------------------------------------------------
def test_a_party_linked_to_a_resident_is_filled_from_the_registry(services: Services) -> None:
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "3号楼")
    head = ResidentInput(name="张建国", id_number=ID_1980, phone="13912345678", employer="机床厂")
    services.residents.create_household(HouseholdInput(building, "2", "501"), head, date(2015, 5, 1))
    resident_id = services.registry.find_households("张建国")[0].id  # the household; its head is resident 1
    assert resident_id == 1
    service = services.mediation
    found = service.find_residents("zjg")
    assert [r.name for r in found] == ["张建国"] and found[0].extra["address"] == "3号楼2单元501室"
    prefilled = service.party_from_resident(1, "申请人", today=date(2026, 3, 1))
    assert (prefilled.name, prefilled.age, prefilled.gender, prefilled.phone) == ("张建国", 45, "1", "13912345678")
    parties = [PartyInput("申请人", resident_id=1), PartyInput("被申请人", "李四", phone="13700000000")]
    case_id = service.create_case(CaseInput(date(2026, 3, 1), "当事人申请", "邻里", "漏水"), parties)
    stored = service.case(case_id).parties[0].values
    assert (stored.name, stored.resident_id, stored.id_number, stored.address) == (
        "张建国",
        1,
        ID_1980,
        "3号楼2单元501室",
    )
    assert (stored.occupation, stored.age, stored.ethnicity) == ("机床厂", 45, "01")


def test_amount_is_exact_to_the_fen(service: MediationService) -> None:
    case_id = new_case(service, date(2026, 3, 1), amount=Decimal("12345.67"))
    detail = service.case(case_id)
    assert detail.amount_fen == 1234567 and detail.values.amount == Decimal("12345.67")
    with pytest.raises(UserError, match="两位小数") as refused:
        new_case(service, date(2026, 3, 1), amount="0.001")
    assert refused.value.field == "amount"


# --- workflow, clock and filters --------------------------------------------------------------------------
def test_a_case_from_acceptance_to_closing_with_its_timeline(service: MediationService, mediator: int) -> None:
    case_id = new_case(service, date(2026, 3, 1), (mediator,))
    service.add_investigation(case_id, InvestigationInput(datetime(2026, 3, 2, 10), "502室", "周调解", "李四", "查看"))
    service.add_session(case_id, session_at(date(2026, 3, 3), "同意修复"))
    assert service.case(case_id).status == "调解中"  # the first session starts the mediation
    service.record_agreement(
        case_id, AgreementInput("书面协议", date(2026, 3, 3), "李四修复水管", "自行维修", date(2026, 3, 20))
    )
    service.change_status(case_id, "履行中", date(2026, 3, 4))
    with pytest.raises(UserError, match="不能早于达成协议"):
        service.add_visit(case_id, VisitInput(date(2026, 3, 1), "周调解", "已修好"))
    service.add_visit(case_id, VisitInput(date(2026, 4, 2), "周调解", "已修好", "满意"))
    service.change_status(case_id, "已结案", date(2026, 4, 3), "协议履行完毕")
    detail = service.case(case_id)
    assert (detail.status, detail.closed_on, detail.followup_due) == ("已结案", date(2026, 4, 3), date(2026, 4, 2))
    assert [entry.kind for entry in detail.timeline] == ["受理", "调查", "状态", "调解", "状态", "状态", "回访", "结案"]
    assert detail.allowed == ()
    with pytest.raises(UserError, match="已结案"):
        service.change_status(case_id, "调解中", date(2026, 4, 4))


def test_failure_and_termination_close_the_case(service: MediationService, mediator: int) -> None:
    failed = new_case(service, date(2026, 3, 1), (mediator,))
    service.add_session(failed, session_at(date(2026, 3, 2), "分歧较大"))
    with pytest.raises(UserError, match="告知当事人"):
        service.record_failure(failed, [], date(2026, 3, 9))
    service.record_failure(failed, ["诉讼", "仲裁"], date(2026, 3, 9))
    detail = service.case(failed)
    assert (detail.status, detail.routes_told, detail.closed_on) == ("调解不成", ("仲裁", "诉讼"), date(2026, 3, 9))
    stopped = new_case(service, date(2026, 3, 1))
    service.terminate(stopped, "申请人撤回申请", date(2026, 3, 4))
    assert service.case(stopped).termination_reason == "申请人撤回申请"


def test_filters_find_cases_by_status_clock_and_pending_visit(service: MediationService, mediator: int) -> None:
    today = date(2026, 11, 23)
    overdue = new_case(service, today - timedelta(days=31), (mediator,))
    due_soon = new_case(service, today - timedelta(days=20), (mediator,))
    extended = new_case(service, today - timedelta(days=40), (mediator,))
    service.add_extension(extended, ExtensionInput(today - timedelta(days=15), today + timedelta(days=20), "双方同意"))
    fresh = new_case(service, today - timedelta(days=19), (mediator,))
    agreed = new_case(service, today - timedelta(days=60), (mediator,))
    service.add_session(agreed, session_at(today - timedelta(days=59)))
    service.record_agreement(agreed, AgreementInput("口头协议", today - timedelta(days=58), "当面道歉"))

    def ids(status: str) -> set[int]:
        query = CaseQuery(status=status, today=today)
        found = service.case_page(query, 0, 50)
        assert service.case_count(query) == len(found)
        return {row.id for row in found}

    assert ids("已超期") == {overdue}
    assert ids("即将超期") == {due_soon}
    assert ids("受理") == {overdue, due_soon, extended, fresh}
    assert ids("待回访") == {agreed}
    assert ids("") == {overdue, due_soon, extended, fresh, agreed}
    by_id = {row.id: row for row in service.case_page(CaseQuery(today=today), 0, 50)}
    assert (by_id[overdue].days, by_id[overdue].clock) == (31, "已超期")
    assert (by_id[extended].days, by_id[extended].clock, by_id[extended].extended) == (40, "", True)
    assert by_id[agreed].days is None and by_id[agreed].visit == "回访逾期"
    assert by_id[overdue].parties == "张三 与 李四" and by_id[overdue].mediators == "周调解"
    alerts = service.alerts(today)
    assert [(a.case_id, a.kind) for a in alerts] == [(overdue, "已超期"), (agreed, "回访逾期"), (due_soon, "即将超期")]
    assert service.case_count(CaseQuery(text="李四", today=today)) == 5
    assert service.case_count(CaseQuery(text="第2号", today=today)) == 1


def test_talks_filter_and_count_by_month(service: MediationService) -> None:
    for day, name, follow, done in (
        (datetime(2026, 10, 3, 9), "王五", False, False),
        (datetime(2026, 10, 20, 15), "赵六", True, False),
        (datetime(2026, 11, 2, 10), "钱七", True, True),
        (datetime(2026, 11, 5, 11), "孙八", False, False),
        (datetime(2026, 11, 9, 16), "王五", False, False),
    ):
        service.create_talk(
            TalkInput(
                day,
                name,
                "来电",
                subject="噪音扰民",
                needs_followup=follow,
                followup_by="网格员" if follow else "",
                followup_done=done,
            )
        )
    counts = service.talk_counts_by_month()
    assert [(c.month, c.count) for c in counts] == [("2026-11", 3), ("2026-10", 2)]
    assert service.talk_count(TalkQuery(month="2026-11")) == 3
    assert service.talk_count(TalkQuery(needs_followup=True)) == 2
    assert [t.values.visitor_name for t in service.talk_page(TalkQuery(followup_open=True), 0, 10)] == ["赵六"]
    assert [t.values.visitor_name for t in service.talk_page(TalkQuery(text="王五"), 0, 10)] == ["王五", "王五"]
    assert service.talk(1).values.talked_at == datetime(2026, 10, 3, 9)


def test_mediators_list_counts_their_open_cases(service: MediationService, mediator: int) -> None:
    other = service.create_mediator(MediatorInput("郑楼长", "楼院长"))
    new_case(service, date(2026, 3, 1), (mediator, other))
    with pytest.raises(UserError, match="1至3名"):
        new_case(service, date(2026, 3, 1), (mediator, other, mediator + 5, mediator + 6))
    service.update_mediator(other, MediatorInput("郑楼长", "楼院长", active=False))
    listed = {m.name: m for m in service.mediators()}
    assert (listed["周调解"].cases, listed["周调解"].open_cases, listed["郑楼长"].active) == (1, 1, False)
    assert [m.name for m in service.mediators(active_only=True)] == ["周调解"]


def test_demo_community_has_cases_in_every_state_and_a_year_of_talks(services: Services) -> None:
    from community_desk.services.demo import generate_demo

    today = date(2026, 11, 23)
    generate_demo(services.database.session_factory, households=80, today=today)
    service = services.mediation
    rows = service.case_page(CaseQuery(today=today), 0, 100)
    assert {row.status for row in rows} == {"受理", "调解中", "已达成协议", "履行中", "已结案", "调解不成", "终止"}
    assert len({row.number for row in rows}) == len(rows) >= 40
    assert all(service.case_count(CaseQuery(status=f, today=today)) for f in ("即将超期", "已超期", "待回访"))
    assert {alert.kind for alert in service.alerts(today)} >= {"已超期", "回访逾期", "即将超期"}
    months = service.talk_counts_by_month()
    assert len(months) >= 12 and all(10 <= month.count <= 20 for month in months[1:-1])
    assert len([m for m in service.mediators() if m.active]) == 7
    linked = service.case(rows[0].id).parties
    assert all(party.values.resident_id for party in linked)


def test_escalation_is_dated_and_only_moves_up(service: MediationService) -> None:
    case_id = new_case(service, date(2026, 3, 1), escalation_level="楼院长")
    service.escalate(case_id, "社区调委会", date(2026, 3, 3), "楼院长调解未果")
    with pytest.raises(UserError, match="只能向上"):
        service.escalate(case_id, "网格员", date(2026, 3, 4))
    detail = service.case(case_id)
    assert detail.values.escalation_level == "社区调委会"
    assert [(e.from_level, e.level, e.moved_on) for e in detail.escalations] == [
        ("楼院长", "社区调委会", date(2026, 3, 3))
    ]
    service.update_case(case_id, CaseInput(date(2026, 3, 1), "当事人申请", "邻里", "漏水", escalation_level="街道"))
    assert service.case(case_id).values.escalation_level == "社区调委会"  # only escalate() moves it
