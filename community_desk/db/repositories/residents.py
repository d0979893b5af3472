"""Registry queries in SQL: filtering, FTS search, sorting and paging never load the whole table."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Row, Select, and_, exists, func, or_, select, text
from sqlalchemy.orm import Session

from community_desk.db.models import Building, Grid, Household, Membership, Resident, SpecialTag
from community_desk.domain.residents import ResidentQuery, born_on_or_before_for_age

ELDERLY_FILTER = re.compile(r"^高龄(\d+)$")
FTS_MIN_TERM = 3  # the trigram tokenizer matches terms of three characters or more


def membership_at(as_of: date | None) -> ColumnElement[bool]:
    """Membership rows in force on `as_of`; None means the current registry."""
    if as_of is None:
        return Membership.end_date.is_(None)
    return and_(
        Membership.start_date <= as_of,
        or_(Membership.end_date.is_(None), Membership.end_date > as_of),
    )


def tag_active_at(as_of: date) -> ColumnElement[bool]:
    return and_(
        SpecialTag.start_date <= as_of,
        or_(SpecialTag.end_date.is_(None), SpecialTag.end_date > as_of),
    )


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_terms(raw: str) -> list[str]:
    return [term for term in raw.split() if term]


def _text_condition(raw: str) -> ColumnElement[bool] | None:
    """Every term must match: long terms through the trigram index, short ones by LIKE on the same text."""
    conditions: list[ColumnElement[bool]] = []
    long_terms = [t for t in search_terms(raw) if len(t) >= FTS_MIN_TERM]
    short_terms = [t for t in search_terms(raw) if len(t) < FTS_MIN_TERM]
    if long_terms:
        match = " AND ".join(_fts_phrase(t) for t in long_terms)
        conditions.append(
            Resident.id.in_(
                select(text("rowid"))
                .select_from(text("resident_fts"))
                .where(text("resident_fts MATCH :fts").bindparams(fts=match))
            )
        )
    for term in short_terms:
        conditions.append(Resident.search_text.ilike(f"%{_like_escape(term)}%", escape="\\"))
    return and_(*conditions) if conditions else None


SORT_EXPRESSIONS: dict[str, Sequence[ColumnElement]] = {
    "name": (Resident.name_pinyin,),
    "gender": (Resident.gender,),
    "birth_date": (Resident.birth_date,),
    "age": (Resident.birth_date,),  # descending age is ascending birth date: flipped in order_for()
    "id_number": (Resident.id_number,),
    "relation": (Membership.relation,),
    "household_no": (Household.household_no,),
    # Grids in the order they were set up (第一网格 before 第十网格); numbers inside names by length, then text,
    # so 2号楼 comes before 10号楼 and 501室 before 1001室.
    "grid": (Grid.id,),
    "address": (
        Grid.id,
        func.length(Building.name),
        Building.name,
        func.length(Household.unit),
        Household.unit,
        func.length(Household.room),
        Household.room,
        Membership.relation,
    ),
    "phone": (Resident.phone,),
    "category": (Resident.category,),
}


def order_for(query: ResidentQuery) -> list[ColumnElement]:
    columns = SORT_EXPRESSIONS.get(query.sort_key, SORT_EXPRESSIONS["address"])
    descending = query.descending != (query.sort_key == "age")
    ordered = [c.desc() if descending else c.asc() for c in columns]
    return [*ordered, Resident.id.desc() if descending else Resident.id.asc()]


def registry_select(query: ResidentQuery, *columns: object) -> Select:
    """The registry as of a date, narrowed by the query; callers choose the columns."""
    as_of = query.as_of or date.today()
    stmt = (
        select(*columns)
        .select_from(Resident)
        .join(Membership, and_(Membership.resident_id == Resident.id, membership_at(query.as_of)))
        .join(Household, Household.id == Membership.household_id)
        .join(Building, Building.id == Household.building_id)
        .join(Grid, Grid.id == Building.grid_id)
    )
    if query.household_id is not None:
        stmt = stmt.where(Household.id == query.household_id)
    if query.building_id is not None:
        stmt = stmt.where(Household.building_id == query.building_id)
    if query.unit is not None:
        stmt = stmt.where(Household.unit == query.unit)
    if query.room is not None:
        stmt = stmt.where(Household.room == query.room)
    if query.grid_id is not None:
        stmt = stmt.where(Building.grid_id == query.grid_id)
    if query.category:
        stmt = stmt.where(Resident.category == query.category)
    if query.special_group:
        elderly = ELDERLY_FILTER.match(query.special_group)
        if elderly:
            stmt = stmt.where(Resident.birth_date <= born_on_or_before_for_age(int(elderly.group(1)), as_of))
        else:
            stmt = stmt.where(
                exists().where(
                    SpecialTag.resident_id == Resident.id,
                    SpecialTag.kind == query.special_group,
                    tag_active_at(as_of),
                )
            )
    condition = _text_condition(query.text)
    if condition is not None:
        stmt = stmt.where(condition)
    return stmt


def count_registry(session: Session, query: ResidentQuery) -> int:
    return session.execute(registry_select(query, func.count())).scalar_one()


def page_registry(session: Session, query: ResidentQuery, offset: int, limit: int) -> Sequence[Row]:
    stmt = registry_select(
        query,
        Resident.id,
        Resident.name,
        Resident.gender,
        Resident.birth_date,
        Resident.id_type,
        Resident.id_number,
        Resident.phone,
        Resident.category,
        Membership.relation,
        Household.id.label("household_id"),
        Household.household_no,
        Household.address,
        Grid.name.label("grid"),
    )
    return session.execute(stmt.order_by(*order_for(query)).offset(offset).limit(limit)).all()


def active_tags(session: Session, resident_ids: Sequence[int], as_of: date) -> dict[int, list[str]]:
    """Tag kinds in force for a page of residents, in one query."""
    if not resident_ids:
        return {}
    rows = session.execute(
        select(SpecialTag.resident_id, SpecialTag.kind)
        .where(SpecialTag.resident_id.in_(resident_ids), tag_active_at(as_of))
        .order_by(SpecialTag.resident_id, SpecialTag.kind)
    ).all()
    tags: dict[int, list[str]] = {}
    for resident_id, kind in rows:
        tags.setdefault(resident_id, []).append(kind)
    return tags


def current_membership(session: Session, resident_id: int) -> Membership | None:
    return session.execute(
        select(Membership).where(Membership.resident_id == resident_id, Membership.end_date.is_(None))
    ).scalar_one_or_none()


def current_members(session: Session, household_id: int) -> Sequence[Membership]:
    return (
        session.execute(
            select(Membership)
            .where(Membership.household_id == household_id, Membership.end_date.is_(None))
            .order_by(Membership.relation, Membership.start_date)
        )
        .scalars()
        .all()
    )


def next_household_no(session: Session) -> str:
    """Numbers households H000001, H000002 … when the clerk leaves 户号 blank."""
    latest = session.execute(
        select(func.max(Household.household_no)).where(Household.household_no.like("H______"))
    ).scalar_one()
    number = int(latest[1:]) + 1 if latest and latest[1:].isdigit() else 1
    return f"H{number:06d}"
