"""What every 群议厅 write shares: rule errors turned into UserError, the unit of work, the topic and people look-ups.

DeliberationWrites is the base of the topic writes (DeliberationService) and the body and meeting writes
(BodyWrites); `_factory` and `_actor` are set by DeliberationService.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models.deliberation import DeliberationTopic
from community_desk.db.models.residents import Resident
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain.deliberation import DeliberationRuleError
from community_desk.services.deliberation_dto import PersonRef
from community_desk.services.errors import UserError
from community_desk.services.validation import clean_text


@contextmanager
def refusals() -> Iterator[None]:
    """Domain rule errors become the UserError the dialogs show."""
    try:
        yield
    except DeliberationRuleError as error:
        raise UserError(error.message, field=error.field) from error


class DeliberationWrites:
    """Helpers of the 群议厅 writes; `_factory` and `_actor` come from DeliberationService."""

    _factory: sessionmaker[Session]
    _actor: str | None

    def _uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._actor)

    @staticmethod
    def _topic(session: Session, topic_id: int) -> DeliberationTopic:
        topic = session.get(DeliberationTopic, topic_id)
        if topic is None:
            raise UserError("该议题已不存在（可能已被他人删除）")
        return topic

    @staticmethod
    def _people(session: Session, people: tuple[PersonRef, ...], what: str) -> list[PersonRef]:
        """Cleaned, de-duplicated names; a resident picked from the registry must still be there."""
        seen: list[PersonRef] = []
        for person in people:
            name = clean_text(person.name)
            if person.resident_id is not None:
                resident = session.get(Resident, person.resident_id)
                if resident is None:
                    raise UserError(f"{what}“{name}”已不在居民库中，请重新选择", field="people")
                name = name or resident.name
            if name and PersonRef(name, person.resident_id) not in seen:
                seen.append(PersonRef(name[:50], person.resident_id))
        return seen
