"""Registry services: every write is one transaction with its audit row; refusals leave nothing behind."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from community_desk.app import Services
from community_desk.db.models import AuditEntry, Household, Membership, Resident, ResidentEvent
from community_desk.domain.idcard import check_character
from community_desk.domain.residents import EventKind
from community_desk.services.dto import HouseholdInput, ResidentInput, ResidentQuery
from community_desk.services.errors import UserError


def make_id(first17: str) -> str:
    return first17 + check_character(first17)


ZHANG_ID = make_id("11010519491231001")  # male, born 1949-12-31
LI_ID = make_id("11010519520315004")  # female, born 1952-03-15


@pytest.fixture
def building_id(services: Services) -> int:
    grid = services.residents.create_grid("第一网格")
    return services.residents.create_building(grid, "3号楼")


def new_household(services: Services, building_id: int, head: ResidentInput, room: str = "501") -> int:
    return services.residents.create_household(HouseholdInput(building_id, "2", room), head, date(2020, 5, 1))


def count(services: Services, model: type) -> int:
    with services.database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_create_household_stores_head_membership_event_and_audit(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    detail = services.registry.household(household_id)
    assert detail is not None
    assert detail.household_no == "H000001"
    assert detail.address == "3号楼2单元501室"
    assert [(m.name, m.relation, m.gender, m.birth_date) for m in detail.members] == [
        ("张三丰", "户主", "男", date(1949, 12, 31))
    ]
    assert [e.kind for e in detail.events] == ["迁入"]
    summaries = [entry.summary for entry in services.registry.audit_log()]
    assert any("新建户 H000001" in s for s in summaries)
    assert any("张三丰" in s for s in summaries)


def test_refused_member_leaves_nothing_behind(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    before = (count(services, Resident), count(services, Membership), count(services, AuditEntry))
    wrong_check = ZHANG_ID[:-1] + ("0" if ZHANG_ID[-1] != "0" else "1")
    with pytest.raises(UserError, match="校验"):
        services.residents.add_member(
            household_id, ResidentInput(name="李四", id_number=wrong_check), "10", date.today()
        )
    with pytest.raises(UserError, match="已登记"):
        services.residents.add_member(household_id, ResidentInput(name="李四", id_number=ZHANG_ID), "10", date.today())
    with pytest.raises(UserError, match="已有户主"):
        services.residents.add_member(household_id, ResidentInput(name="王五"), "02", date.today())
    assert (count(services, Resident), count(services, Membership), count(services, AuditEntry)) == before


def test_failure_inside_transaction_rolls_back_household(services: Services, building_id: int) -> None:
    """The head is validated after the household row is added: a bad head must take the household with it."""
    with pytest.raises(UserError):
        new_household(services, building_id, ResidentInput(name=""))
    assert count(services, Household) == 0
    assert count(services, AuditEntry) == 2  # only the grid and the building


def test_update_resident_audits_before_and_after(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    resident_id = services.registry.household(household_id).members[0].resident_id
    services.residents.update_resident(
        resident_id, ResidentInput(name="张三丰", id_number=ZHANG_ID, phone="13800001111")
    )
    entry = services.registry.audit_log(entity="resident", entity_id=resident_id)[0]
    assert entry.action == "update"
    assert json.loads(entry.before) == {"phone": ""}
    assert json.loads(entry.after) == {"phone": "13800001111"}


def test_mismatched_birth_date_is_kept_and_flagged(services: Services, building_id: int) -> None:
    household_id = new_household(
        services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID, birth_date=date(1950, 1, 1))
    )
    resident_id = services.registry.household(household_id).members[0].resident_id
    detail = services.registry.resident(resident_id)
    assert detail.values.birth_date == date(1950, 1, 1)  # what the clerk typed is not overwritten
    assert any("出生日期" in w for w in detail.warnings)
    rows = services.registry.page(ResidentQuery(), 0, 10)
    assert "出生日期" in rows[0].warning


def test_fifteen_digit_number_is_upgraded(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="老王", id_number="110105491231001"))
    member = services.registry.household(household_id).members[0]
    assert member.id_number == make_id("11010519491231001")


def test_as_of_history_keeps_people_who_moved_out(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    wife = services.residents.add_member(
        household_id, ResidentInput(name="李秀英", id_number=LI_ID), "10", date(2021, 3, 1)
    )
    services.residents.move_out(wife, date(2024, 6, 30), "外省")
    now = {row.name for row in services.registry.page(ResidentQuery(), 0, 50)}
    then = {row.name for row in services.registry.page(ResidentQuery(as_of=date(2023, 1, 1)), 0, 50)}
    before_arrival = {row.name for row in services.registry.page(ResidentQuery(as_of=date(2021, 2, 28)), 0, 50)}
    assert now == {"张三丰"}
    assert then == {"张三丰", "李秀英"}
    assert before_arrival == {"张三丰"}
    assert services.registry.counts(date(2023, 1, 1)).residents == 2
    kinds = [e.kind for e in services.registry.resident(wife).events]
    assert kinds == [EventKind.MOVE_OUT.value, EventKind.MOVE_IN.value]


def test_relation_change_and_transfer_keep_history(services: Services, building_id: int) -> None:
    first = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    second = new_household(services, building_id, ResidentInput(name="赵大", gender="1"), room="502")
    son = services.residents.add_member(first, ResidentInput(name="张小明", gender="1"), "20", date(2021, 1, 1))
    services.residents.change_relation(son, "80", date(2022, 1, 1))
    services.residents.move_member(son, second, "99", date(2023, 1, 1))
    detail = services.registry.resident(son)
    assert [(m.household_no, m.relation, m.end_date) for m in detail.memberships] == [
        ("H000001", "子", date(2022, 1, 1)),
        ("H000001", "其他亲属", date(2023, 1, 1)),
        ("H000002", "非亲属", None),
    ]
    assert detail.household_no == "H000002"
    assert [m.name for m in services.registry.household(first).members] == ["张三丰"]


def test_head_cannot_leave_while_others_remain(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    services.residents.add_member(household_id, ResidentInput(name="李秀英", id_number=LI_ID), "10", date(2021, 3, 1))
    head = services.registry.household(household_id).members[0].resident_id
    with pytest.raises(UserError, match="新户主"):
        services.residents.move_out(head, date.today())


def test_death_ends_membership_and_sets_death_date(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    head = services.registry.household(household_id).members[0].resident_id
    services.residents.record_death(head, date(2025, 2, 1))
    detail = services.registry.resident(head)
    assert detail.death_date == date(2025, 2, 1)
    assert detail.household_id is None
    assert services.registry.household(household_id).members == ()
    with services.database.session_factory() as session:
        kinds = session.scalars(select(ResidentEvent.kind).order_by(ResidentEvent.id)).all()
    assert kinds == ["迁入", "死亡"]


def test_tags_filter_by_period_and_elderly_is_derived(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    head = services.registry.household(household_id).members[0].resident_id
    services.special_groups.add_tag(head, "低保", date(2024, 1, 1), date(2025, 1, 1))
    with pytest.raises(UserError, match="已有"):
        services.special_groups.add_tag(head, "低保", date(2024, 6, 1))
    in_2024 = services.registry.page(ResidentQuery(special_group="低保", as_of=date(2024, 6, 1)), 0, 10)
    today = services.registry.page(ResidentQuery(special_group="低保"), 0, 10)
    assert [r.name for r in in_2024] == ["张三丰"] and "低保" in in_2024[0].tags
    assert today == []
    elderly = services.registry.page(ResidentQuery(special_group="高龄80", as_of=date(2030, 1, 1)), 0, 10)
    assert [r.name for r in elderly] == ["张三丰"] and "高龄80+" in elderly[0].tags
    assert services.registry.page(ResidentQuery(special_group="高龄80", as_of=date(2029, 12, 30)), 0, 10) == []


def test_remove_household_deletes_empty_and_closes_used(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    with pytest.raises(UserError, match="还有1名成员"):
        services.residents.remove_household(household_id)
    head = services.registry.household(household_id).members[0].resident_id
    services.residents.move_out(head, date.today())
    assert services.residents.remove_household(household_id) is False
    assert services.registry.household(household_id).closed_on == date.today()


def test_address_change_reindexes_search(services: Services, building_id: int) -> None:
    household_id = new_household(services, building_id, ResidentInput(name="张三丰", id_number=ZHANG_ID))
    other = services.residents.create_building(services.registry.grids()[0].id, "幸福院")
    services.residents.update_household(household_id, HouseholdInput(other, "", "12号"))
    assert [r.name for r in services.registry.page(ResidentQuery(text="幸福院"), 0, 10)] == ["张三丰"]
    assert services.registry.page(ResidentQuery(text="3号楼"), 0, 10) == []
    assert services.registry.household(household_id).events[0].kind == "地址变更"
