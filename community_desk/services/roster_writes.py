"""What every 值班 write shares: the unit of work, the clock, fetching a row the clerk is acting on, and how an
assignment came about. The write mixins of RosterService (settings, generation, 值班记录) and the service itself
build on RosterWrites, so they open units of work the same way and refuse a vanished row with the same message.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.unit_of_work import UnitOfWork
from community_desk.services.errors import UserError

SOURCE_AUTO, SOURCE_MANUAL, SOURCE_SWAP = "自动排班", "手工", "调班"
ModelT = TypeVar("ModelT")


def current_time() -> datetime:
    return datetime.now().replace(microsecond=0)


def get_existing(session: Session, model: type[ModelT], key: object, missing: str) -> ModelT:
    row = session.get(model, key)
    if row is None:
        raise UserError(missing or "记录已不存在，请刷新后再试")
    return row


class RosterWrites:
    """Base of RosterService's write mixins; `_factory` and `_actor` are set by RosterService.__init__."""

    _factory: sessionmaker[Session]
    _actor: str | None

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)
