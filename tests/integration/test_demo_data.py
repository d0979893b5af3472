"""The demo community (示范社区): a consistent, searchable registry that every other feature can be shown on."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db import migrate
from community_desk.db.engine import make_engine, make_session_factory
from community_desk.db.models import (
    AuditEntry,
    Building,
    Grid,
    Household,
    Membership,
    Resident,
    ResidentEvent,
    Setting,
    SpecialTag,
)
from community_desk.domain import codes
from community_desk.domain.demo_tags_and_documents import FLAGGED_NOTE
from community_desk.domain.idcard import IdType, parse_id_number
from community_desk.domain.residents import EventKind, age_on, build_search_text, pinyin_keys
from community_desk.services.demo import generate_demo
from community_desk.services.demo_layout import chinese_number
from community_desk.services.errors import UserError

TODAY = date(2026, 11, 23)
SMALL = 60
# Rare-character residents documented in domain.demo_vocabulary.FIXED_HOUSEHOLDS.
RARE_NAMES = {"王䶮": "H000001", "李㛃": "H000001", "𠮷安民": "H000002", "陈𡈼": "H000003", "欧阳𪚥": "H000004"}


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(tmp_path / "t.sqlite3")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


def generate(factory: sessionmaker[Session], **kwargs):
    return generate_demo(factory, households=kwargs.pop("households", SMALL), today=TODAY, **kwargs)


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model))


def fts_rowids(session: Session, phrase: str) -> set[int]:
    rows = session.execute(text("SELECT rowid FROM resident_fts WHERE resident_fts MATCH :q"), {"q": f'"{phrase}"'})
    return {row[0] for row in rows}


def test_small_community_counts_are_consistent(factory: sessionmaker[Session]) -> None:
    summary = generate(factory)
    with factory() as session:
        assert summary.households == count(session, Household) == SMALL
        assert summary.residents == count(session, Resident)
        assert summary.grids == count(session, Grid) == 8
        assert summary.buildings == count(session, Building)
        assert summary.events == count(session, ResidentEvent)
        assert summary.tags == count(session, SpecialTag)
        assert 2.0 <= summary.residents / SMALL <= 3.2
        assert session.scalars(select(Grid.name).order_by(Grid.id)).all()[:2] == ["第一网格", "第二网格"]
        numbers = session.scalars(select(Household.household_no).order_by(Household.id)).all()
        assert numbers[0] == "H000001" and numbers[-1] == f"H{SMALL:06d}"
        settings = dict(session.execute(select(Setting.key, Setting.value)).all())
        assert settings["community_name"] == "示范社区" and settings["community_short"] == "示范"
        audit = session.scalars(select(AuditEntry)).all()
        assert [(a.action, a.entity) for a in audit] == [("demo", "database")]


def test_id_numbers_are_valid_and_agree_with_birth_date_and_sex_except_flagged(factory) -> None:
    generate(factory)
    with factory() as session:
        residents = session.scalars(select(Resident)).all()
    mismatched, flagged, types = set(), set(), Counter()
    for resident in residents:
        types[resident.id_type] += 1
        if resident.note == FLAGGED_NOTE:
            flagged.add(resident.id)
        if resident.id_type == IdType.PASSPORT.value:
            continue
        info = parse_id_number(resident.id_number, resident.id_type, today=TODAY)  # raises on a bad checksum
        assert info.number == resident.id_number and len(info.number) == 18
        if info.birth_date != resident.birth_date or info.sex != resident.gender:
            mismatched.add(resident.id)
    assert flagged and mismatched == flagged
    assert types[IdType.HMT_PERMIT.value] >= 3 and types[IdType.PASSPORT.value] >= 1
    permits = {r.id_number[:6] for r in residents if r.id_type == IdType.HMT_PERMIT.value}
    assert permits == {"810000", "820000", "830000"}
    assert any(r.note.startswith("原15位身份证号") for r in residents)


def test_history_keeps_one_current_head_and_ordered_periods(factory) -> None:
    generate(factory)
    with factory() as session:
        heads = session.execute(
            select(Membership.household_id, func.sum(Membership.relation == codes.HEAD_RELATION))
            .where(Membership.end_date.is_(None))
            .group_by(Membership.household_id)
        ).all()
        assert heads and all(n == 1 for _, n in heads)
        periods = session.execute(select(Membership.start_date, Membership.end_date)).all()
        assert all(start <= TODAY and (end is None or start < end <= TODAY) for start, end in periods)
        occupied = {household_id for household_id, _ in heads}
        closed = session.scalars(select(Household.id).where(Household.closed_on.isnot(None))).all()
        assert closed and not occupied & set(closed)
        year_ago = TODAY - timedelta(days=365)
        kinds = Counter(session.scalars(select(ResidentEvent.kind).where(ResidentEvent.event_date >= year_ago)).all())
        assert session.scalar(select(func.max(ResidentEvent.event_date))) < TODAY
        for kind in EventKind:
            if kind is not EventKind.ADDRESS:
                assert kinds[kind.value] >= 1, kind
        for resident in session.scalars(select(Resident).where(Resident.death_date.isnot(None))):
            assert [m.end_date for m in resident.memberships][-1] == resident.death_date
        for resident in session.scalars(select(Resident)):
            assert resident.memberships and resident.memberships[0].start_date >= resident.birth_date


def test_rare_character_names_are_stored_exactly_and_found_by_search(factory) -> None:
    generate(factory)
    with factory() as session:
        for name, household_no in RARE_NAMES.items():
            resident = session.scalars(select(Resident).where(Resident.name == name)).one()
            assert resident.memberships[0].household.household_no == household_no
            assert resident.name_pinyin == pinyin_keys(name)[0]
        ji = session.scalars(select(Resident.id).where(Resident.name == "𠮷安民")).one()
        assert ji in fts_rowids(session, "𠮷安民")  # a character beyond U+FFFF, matched by the trigram index
        ouyang = session.scalars(select(Resident.id).where(Resident.name == "欧阳𪚥")).one()
        assert ouyang in fts_rowids(session, "欧阳𪚥")
        wang = session.scalars(select(Resident).where(Resident.name == "王䶮")).one()
        assert wang.id in fts_rowids(session, wang.name_pinyin)
        assert session.scalar(select(Resident.name_pinyin).where(Resident.name == "单桂兰")).startswith("shan")
        compound = session.scalars(select(Resident.name).where(Resident.name.like("司马%"))).all()
        assert "司马云峰" in compound and len(compound) >= 2  # the daughter carries the compound surname too


def test_ages_include_elderly_bands_and_children(factory) -> None:
    generate(factory)
    with factory() as session:
        births = session.scalars(select(Resident.birth_date).where(Resident.death_date.is_(None))).all()
    ages = [age_on(born, TODAY) for born in births]
    assert sum(a >= 80 for a in ages) >= 3
    assert sum(a >= 90 for a in ages) >= 3
    assert sum(a >= 100 for a in ages) >= 2
    assert sum(a < 18 for a in ages) >= 5


def test_rows_follow_the_registry_rules(factory) -> None:
    """Coded fields hold real codes, and pinyin/search text are what ResidentService would have written."""
    generate(factory)
    with factory() as session:
        for r in session.scalars(select(Resident)):
            assert r.gender in codes.GENDERS and r.ethnicity in codes.ETHNICITIES
            assert r.political_status in codes.POLITICAL_STATUSES and r.category in codes.PERSON_CATEGORIES
            assert not r.education or r.education in codes.EDUCATION_LEVELS
            assert r.marital_status in codes.MARITAL_STATUSES
            assert not r.military_service or r.military_service in codes.MILITARY_SERVICES
            assert (r.name_pinyin, r.name_initials) == pinyin_keys(r.name)
            address = r.memberships[-1].household.address
            expected = build_search_text(
                name=r.name, id_number=r.id_number, phone=r.phone, address=address, hukou_address=r.hukou_address
            )
            assert r.search_text == expected
            if r.category == "2":
                assert r.arrived_on is not None and r.stay_reason
            assert not r.phone or (len(r.phone) == 11 and r.phone[0] == "1" and r.phone[1] in "3456789")
        assert all(rel in codes.RELATIONS for rel in session.scalars(select(Membership.relation)))
        assert all(n in codes.RESIDENCE_NATURES for n in session.scalars(select(Household.residence_nature)))
        for tag in session.scalars(select(SpecialTag)):
            assert tag.kind in codes.SPECIAL_GROUPS
            assert tag.start_date < TODAY and (tag.end_date is None or tag.start_date < tag.end_date < TODAY)
        kinds = set(session.scalars(select(SpecialTag.kind)))
        assert {"党员", "育龄妇女", "社区矫正", "安置帮教", "特困供养"} <= kinds
        addresses = session.scalars(select(Household.address)).all()
        assert any("单元" in a and a.endswith("室") for a in addresses)
        assert any("院" in a and a.endswith("号") for a in addresses)


def test_same_seed_gives_the_same_community(tmp_path: Path) -> None:
    names = []
    for seed, folder in ((7, "a"), (7, "b"), (8, "c")):
        engine = make_engine(tmp_path / folder / "t.sqlite3")
        migrate.upgrade(engine)
        factory = make_session_factory(engine)
        generate(factory, households=30, seed=seed)
        with factory() as session:
            names.append(session.execute(select(Resident.name, Resident.id_number).order_by(Resident.id)).all())
        engine.dispose()
    assert names[0] == names[1]
    assert names[0] != names[2]


def test_refuses_a_database_that_already_has_residents(factory) -> None:
    generate(factory)
    with factory() as session:
        before = count(session, Resident)
    with pytest.raises(UserError, match="数据库中已有居民数据，演示数据只能生成到空数据库"):
        generate(factory)
    with factory() as session:
        assert count(session, Resident) == before
        assert count(session, AuditEntry) == 1


def test_progress_reaches_the_total(factory) -> None:
    calls: list[tuple[int, int]] = []
    generate(factory, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (2 * SMALL, 2 * SMALL)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_search_index_trigger_survives_and_a_failed_run_leaves_nothing(engine, factory) -> None:
    """Generation re-creates the FTS insert trigger verbatim; a failure (e.g. Cancel) rolls everything back."""
    trigger_sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with engine.connect() as connection:
        triggers = connection.execute(text(trigger_sql)).all()

    def cancel(done: int, total: int) -> None:
        if done > SMALL:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        generate(factory, progress=cancel)
    with factory() as session:
        assert count(session, Resident) == count(session, Grid) == count(session, Setting) == 0
    with engine.connect() as connection:
        assert connection.execute(text(trigger_sql)).all() == triggers

    generate(factory)
    with engine.begin() as connection:
        assert connection.execute(text(trigger_sql)).all() == triggers
        connection.execute(text("INSERT INTO resident_fts(resident_fts, rank) VALUES ('integrity-check', 1)"))
        indexed = connection.execute(text("SELECT count(*) FROM resident_fts")).scalar()
        assert indexed == connection.execute(text("SELECT count(*) FROM resident")).scalar()


@pytest.mark.parametrize(
    ("number", "words"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"), (110, "一百一十")]
)
def test_grid_numbers_read_as_chinese(number: int, words: str) -> None:
    assert chinese_number(number) == words
