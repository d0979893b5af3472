"""ORM look-ups the registry's write services need inside their unit of work (reads for the UI: registry.py)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community_desk.db.models import Household, Membership

FTS_INSERT_TRIGGER = "resident_fts_ai"  # migration 0001: keeps resident_fts in step with resident.search_text


@contextmanager
def fts_trigger_suspended(session: Session, reindex: str, params: Sequence[object] = ()) -> Iterator[None]:
    """Bulk inserts of residents without the per-row FTS trigger, then one `reindex` statement for all of them.

    The insert trigger is dropped and re-created from its own stored SQL inside the same transaction, so the
    schema ends exactly as the migration left it, or, on any error, is rolled back with everything else.
    """
    connection = session.connection()
    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
    ).scalar()
    if found is not None:
        connection.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    yield
    if found is not None:
        connection.exec_driver_sql(found)
        connection.exec_driver_sql(reindex, tuple(params))


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
