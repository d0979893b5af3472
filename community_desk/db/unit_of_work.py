"""`with uow:` is one user action: it commits as a whole or leaves nothing behind."""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import AuditEntry


def current_actor() -> str:
    """The logged-in OS user: the actor of every write until the app has accounts."""
    try:
        return getpass.getuser()
    except Exception:  # getuser raises when no user name can be found (e.g. a service account)
        return "unknown"


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def to_json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, default=_json_default, sort_keys=True)


class UnitOfWork:
    """Owns a session for the length of one user action and writes audit rows into the same transaction."""

    session: Session

    def __init__(self, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        self._factory = session_factory
        self.actor = actor or current_actor()

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None,
        summary: str,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        """Record one write; only changed keys are kept when both sides are given."""
        if before is not None and after is not None:
            changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
            before = {k: before.get(k) for k in sorted(changed)}
            after = {k: after.get(k) for k in sorted(changed)}
        self.session.add(
            AuditEntry(
                at=datetime.now().replace(microsecond=0),
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                summary=summary[:500],
                before=to_json(before),
                after=to_json(after),
            )
        )
