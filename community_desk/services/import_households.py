"""Where the new people of a 台账 import live: the file's households matched against the address tree.

The tree is loaded once into dictionaries (40,000 households take tens of ms), so placing each household of a
10,000-row file is a look-up, not a query; what is refused here is refused for the whole household.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from community_desk.db.models import Building, Grid, Household, Membership, Resident
from community_desk.db.repositories.residents import next_household_no
from community_desk.domain import codes
from community_desk.domain.import_rules import ParsedRow, household_key
from community_desk.domain.import_values import clean_key
from community_desk.services.import_rows import ImportRows

HEAD = codes.HEAD_RELATION


@dataclass
class HouseholdGroup:
    """The new people of one household in the file, and the household they go to."""

    key: tuple[str, ...]
    rows: list[ParsedRow] = field(default_factory=list)
    household_id: int | None = None  # None: a new household is made
    household_no: str = ""
    address: str = ""
    head: str | None = None  # the existing household's current 户主


def next_id(session: Session, model: type[Any]) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def plan_households(
    rows: ImportRows, new_rows: list[ParsedRow], homes: dict[tuple[str, ...] | None, set[int]], book: AddressBook
) -> list[HouseholdGroup]:
    """New people by household, each group placed (an existing household or a new one) and its 户主 checked.

    `homes` maps a household key to the households where that key's registered members already live.
    """
    header = rows.reader.header
    groups: dict[tuple[str, ...], HouseholdGroup] = {}
    for row in new_rows:
        key = household_key(row.place)
        if key is None:
            rows.refuse(row, header("address"), "缺少户号和住址，无法确定所属户")
        else:
            groups.setdefault(key, HouseholdGroup(key)).rows.append(row)
    book.taken.update(key[1] for key in groups if key[0] == "household_no")  # never generated for another
    refused_heads = {
        household_key(row.place): row.row for row in rows.all.values() if row.problems and row.relation == HEAD
    }
    for group in groups.values():
        reason = book.place(group, homes[group.key]) or _check_heads(rows, group, refused_heads.get(group.key))
        for row in group.rows if reason else ():
            if not row.problems:
                rows.refuse(row, "", reason)
        group.rows = [row for row in group.rows if not row.problems]
    return [group for group in groups.values() if group.rows]


def _check_heads(rows: ImportRows, group: HouseholdGroup, refused_head: int | None) -> str | None:
    """Exactly one current 户主 per household. A lone new person founding a household with 关系 left blank is
    its 户主; any other blank 关系 is refused, and so is a whole household without exactly one 户主."""
    header = rows.reader.header
    if group.household_id is None and len(group.rows) == 1 and group.rows[0].relation is None:
        group.rows[0].relation = HEAD
    for row in group.rows:
        if row.relation is None:
            rows.refuse(row, header("relation"), "不能为空")
    if group.head is not None:  # an existing household keeps its 户主; only a second one is refused
        for row in group.rows:
            if row.relation == HEAD:
                rows.refuse(row, header("relation"), f"户 {group.household_no} 已有户主{group.head}")
        return None
    heads = [row.row for row in group.rows if row.relation == HEAD and not row.problems]
    if len(heads) > 1:
        return f"该户有{len(heads)}个户主（第{'、'.join(map(str, heads))}行）"
    if not heads:
        return f"该户户主（第{refused_head}行）未能导入，同户成员一并退回" if refused_head else "该户没有户主"
    return None


class AddressBook:
    """The address tree as it stands, loaded once (40,000 households take tens of ms) so placing a household is a
    dictionary look-up; grids and buildings the file names but the tree lacks are made here."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.grids: dict[str, int] = dict(session.execute(select(Grid.name, Grid.id)).all())
        found = session.execute(select(Building.grid_id, Building.name, Building.id))
        self.buildings: dict[tuple[int, str], int] = {(grid, name): id_ for grid, name, id_ in found}
        self.by_id: dict[int, dict[str, Any]] = {}
        self.by_number: dict[str, dict[str, Any]] = {}
        self.by_place: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        query = (
            select(Household.id, Household.household_no, Household.unit, Household.room, Household.address,
                   Household.closed_on, Building.name.label("building"), Grid.name.label("grid"))
            .join(Building, Building.id == Household.building_id)
            .join(Grid, Grid.id == Building.grid_id)
        )  # fmt: skip
        for household in map(dict, session.execute(query).mappings()):
            self.by_id[household["id"]] = self.by_number[household["household_no"]] = household
            if household["closed_on"] is None:
                h = household
                self.by_place[("place", h["grid"], h["building"], h["unit"], h["room"])].append(h)
                self.by_place[("address", clean_key(h["address"]))].append(h)
        heads = select(Membership.household_id, Resident.name).join(Resident, Resident.id == Membership.resident_id)
        self.heads = dict(
            session.execute(heads.where(Membership.relation == HEAD, Membership.end_date.is_(None))).all()
        )
        self.new_grids: list[dict[str, Any]] = []
        self.new_buildings: list[dict[str, Any]] = []
        self.next_no = int(next_household_no(session)[1:])
        self.taken = set(self.by_number)

    def place(self, group: HouseholdGroup, homes: set[int]) -> str | None:
        """The group's existing household, by 户号, else where its registered members live, else the one open
        household at its address; returns a reason to refuse the group, or None (None found: a new household)."""
        if group.key[0] == "household_no":
            found = self.by_number.get(group.key[1])
        elif len(homes) == 1:
            found = self.by_id.get(next(iter(homes)))
        elif len(places := self.by_place.get(group.key, [])) > 1:
            return "该地址已有多户，请在台账中填写户号以区分"
        else:
            found = places[0] if places else None
        if found is None:
            return None
        if found["closed_on"] is not None:
            return f"户 {found['household_no']} 已注销"
        group.household_id, group.household_no, group.address = found["id"], found["household_no"], found["address"]
        group.head = self.heads.get(found["id"])
        return None

    def building_id(self, grid: str, building: str) -> int:
        if grid not in self.grids:
            self.grids[grid] = next_id(self.session, Grid) + len(self.new_grids)
            self.new_grids.append({"id": self.grids[grid], "name": grid, "note": ""})
        key = (self.grids[grid], building)
        if key not in self.buildings:
            self.buildings[key] = next_id(self.session, Building) + len(self.new_buildings)
            self.new_buildings.append({"id": self.buildings[key], "grid_id": key[0], "name": building})
        return self.buildings[key]

    def next_number(self) -> str:
        """H000001 … like ResidentService for households without 户号, skipping numbers the file uses."""
        while f"H{self.next_no:06d}" in self.taken:
            self.next_no += 1
        self.taken.add(f"H{self.next_no:06d}")
        return f"H{self.next_no:06d}"

    def new_rows(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        return [(Grid.__table__, self.new_grids), (Building.__table__, self.new_buildings)]

    def created(self) -> list[tuple[str, int, str, None, dict[str, str]]]:
        """Audit arguments for the grids and buildings made, as ResidentService.create_grid/create_building log."""
        grids = [
            ("grid", g["id"], f"台账导入：新建网格 {g['name']}", None, {"name": g["name"]}) for g in self.new_grids
        ]
        return grids + [
            ("building", b["id"], f"台账导入：新建楼栋 {b['name']}", None, {"name": b["name"]})
            for b in self.new_buildings
        ]
