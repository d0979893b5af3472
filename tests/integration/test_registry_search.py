"""Search as a clerk types it: names, 拼音首字母, parts of numbers and addresses, rare characters; sorting."""

from __future__ import annotations

from datetime import date

import pytest

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.services.dto import HouseholdInput, ResidentInput, ResidentQuery

PEOPLE = [
    ("张三丰", "11010519491231001", "13911112222", "501"),
    ("王䶮", "11010519800101003", "13533334444", "502"),
    ("𠮷田丰", "11010519900202002", "13755556666", "601"),
    ("单雄信", "11010519700303005", "", "602"),
]


@pytest.fixture
def registry(services: Services) -> Services:
    grid = services.residents.create_grid("第二网格")
    building = services.residents.create_building(grid, "7号楼")
    for name, first17, phone, room in PEOPLE:
        head = ResidentInput(name=name, id_number=first17 + check_character(first17), phone=phone)
        services.residents.create_household(HouseholdInput(building, "1", room), head, date(2020, 1, 1))
    return services


def names(services: Services, **query: object) -> list[str]:
    return [row.name for row in services.registry.page(ResidentQuery(**query), 0, 100)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zsf", ["张三丰"]),  # pinyin initials (FTS, three letters)
        ("zs", ["张三丰"]),  # short initials fall back to LIKE
        ("张三", ["张三丰"]),
        ("zhangsan", ["张三丰"]),  # full pinyin
        ("䶮", ["王䶮"]),  # Extension A, one character
        ("𠮷田", ["𠮷田丰"]),  # Extension B (beyond U+FFFF)
        ("19800101", ["王䶮"]),  # any part of the ID number
        ("3333", ["王䶮"]),  # part of a phone number
        ("601室", ["𠮷田丰"]),  # part of the address
        ("sxx", ["单雄信"]),  # surname reading 单 = shàn
        ("dxx", ["单雄信"]),  # and the everyday reading still finds him
        ("丰 7号楼", ["张三丰", "𠮷田丰"]),  # several terms must all match
        ("100%", []),  # LIKE wildcards are literal
    ],
)
def test_search_finds_by_what_a_clerk_types(registry: Services, text: str, expected: list[str]) -> None:
    assert sorted(names(registry, text=text)) == sorted(expected)
    assert registry.registry.count(ResidentQuery(text=text)) == len(expected)


def test_sort_by_name_uses_pinyin_and_descending_reverses(registry: Services) -> None:
    ascending = names(registry, sort_key="name")
    assert ascending == ["单雄信", "王䶮", "张三丰", "𠮷田丰"]  # shan, wang, zhang, then the unknown character
    assert names(registry, sort_key="name", descending=True) == list(reversed(ascending))


def test_sort_by_age_puts_oldest_first(registry: Services) -> None:
    assert names(registry, sort_key="age", descending=True)[0] == "张三丰"
    assert names(registry, sort_key="age")[0] == "𠮷田丰"


def test_paging_returns_every_row_once(registry: Services) -> None:
    pages = [registry.registry.page(ResidentQuery(sort_key="id_number"), offset, 3) for offset in (0, 3)]
    ids = [row.id for page in pages for row in page]
    assert len(ids) == len(set(ids)) == 4


def test_tree_counts_people_per_level(registry: Services) -> None:
    grids = registry.registry.children(None)
    assert [(g.label, g.count) for g in grids] == [("第二网格", 4)]
    buildings = registry.registry.children(grids[0])
    units = registry.registry.children(buildings[0])
    rooms = registry.registry.children(units[0])
    assert [(u.label, u.count) for u in units] == [("1单元", 4)]
    assert [r.label for r in rooms] == ["501室", "502室", "601室", "602室"]
    households = registry.registry.children(rooms[1])
    assert households[0].label == "H000002 王䶮"
    assert names(registry, household_id=households[0].household_id) == ["王䶮"]
