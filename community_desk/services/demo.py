"""Demo community (示范社区): a whole synthetic registry written in one transaction, fast enough for 40,000 households.

generate_demo composes the community in plain Python (domain.demo_people, demo_history, demo_tags_and_documents),
writes it in bulk (demo_writer), then adds the other areas' demo data. One audit row records the generation.
Which demo residents carry the rare characters is listed in domain.demo_vocabulary.FIXED_HOUSEHOLDS.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import AuditEntry, Grid, Household, Resident, Setting
from community_desk.db.unit_of_work import current_actor, to_json
from community_desk.domain.demo_history import add_history
from community_desk.domain.demo_people import HouseholdPlan, PeopleMaker
from community_desk.domain.demo_tags_and_documents import assign_documents, assign_tags
from community_desk.services.demo_deliberation import generate_deliberation_demo
from community_desk.services.demo_events import generate_events_demo
from community_desk.services.demo_layout import lay_out
from community_desk.services.demo_mediation import generate_mediation_demo
from community_desk.services.demo_report import generate_report_demo
from community_desk.services.demo_roster import generate_roster_demo
from community_desk.services.demo_volunteers import generate_volunteer_demo
from community_desk.services.demo_writer import CHUNK, DemoSummary, write_plans
from community_desk.services.errors import UserError

COMMUNITY_NAME = "示范社区"
COMMUNITY_SHORT = "示范"


def generate_demo(
    session_factory: sessionmaker[Session],
    *,
    households: int = 1200,
    seed: int = 20261123,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fills an empty database with 示范社区; the same seed and `today` give the same community.

    Progress counts households twice (composed, then written), so `total` is 2 × households.
    """
    if households < 1:
        raise UserError("户数至少为1", field="households")
    today = today or date.today()
    report = progress or (lambda _done, _total: None)
    total = 2 * households
    with session_factory() as session, session.begin():
        if session.scalar(select(func.count()).select_from(Resident)):
            raise UserError("数据库中已有居民数据，演示数据只能生成到空数据库")
        if session.scalar(select(func.count()).select_from(Household)) or session.scalar(
            select(func.count()).select_from(Grid)
        ):
            raise UserError("数据库中已有网格或住户，演示数据只能生成到空数据库")
        rng = random.Random(seed)
        maker = PeopleMaker(rng, today)
        grids, buildings, slots = lay_out(households, rng)
        plans: list[HouseholdPlan] = []
        for index, slot in enumerate(slots):
            plans.append(maker.household(index, slot[3]))
            if (index + 1) % CHUNK == 0:
                report(index + 1, total)
        report(households, total)
        add_history(plans, maker)
        assign_tags(plans, maker)
        assign_documents(plans, maker)
        summary = write_plans(session, grids, buildings, slots, plans, lambda done: report(households + done, total))
        _finish(session, summary, seed)
        generate_mediation_demo(session, today, seed)
        generate_deliberation_demo(session, today=today, rng=random.Random(seed + 4))
        generate_volunteer_demo(session, today, seed)
        generate_events_demo(session, today, seed)
        generate_roster_demo(session, today, seed)
    generate_report_demo(session_factory, today, seed)  # reads the committed data through the real figures code
    return summary


def _finish(session: Session, summary: DemoSummary, seed: int) -> None:
    """Names the community and leaves one audit row: generation is one act, not thousands of clerk actions."""
    for key, value in (("community_name", COMMUNITY_NAME), ("community_short", COMMUNITY_SHORT)):
        statement = sqlite_insert(Setting.__table__).values(key=key, value=value)
        session.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
    session.execute(
        insert(AuditEntry.__table__).values(
            at=datetime.now().replace(microsecond=0),
            actor=current_actor(),
            action="demo",
            entity="database",
            entity_id=None,
            summary=f"生成演示数据：{COMMUNITY_NAME} {summary.households} 户 {summary.residents} 人",
            before=None,
            after=to_json(asdict(summary) | {"seed": seed}),
        )
    )
