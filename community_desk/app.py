"""Composition root: path → lock → migrate → services → window. Nothing else wires things.

SQLAlchemy is imported only when the first write (or a migration) needs it, so the window shows its registry
without waiting for it; reads go through sqlite3 (see services/registry.py).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.config import backup_dir_for
from community_desk.db import migrate
from community_desk.db.backup import backup_before_migration
from community_desk.db.lock import InstanceLock
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.services.registry import RegistryReader

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from community_desk.services.deliberation import DeliberationService
    from community_desk.services.events import EventService
    from community_desk.services.exports import ExportService
    from community_desk.services.household_card import HouseholdCardService
    from community_desk.services.imports import ResidentImporter
    from community_desk.services.mediation import MediationService
    from community_desk.services.reports import ReportService
    from community_desk.services.residents import ResidentService
    from community_desk.services.roster import RosterService
    from community_desk.services.special_groups import SpecialGroupService
    from community_desk.services.volunteers import VolunteerService


@dataclass
class Database:
    """An open office database: where it is, where its backups go, and (on demand) its SQLAlchemy engine."""

    path: Path
    backup_dir: Path
    lock: InstanceLock | None = None
    migrated: bool = False
    _engine: Engine | None = field(default=None, repr=False)
    _engine_guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def engine(self) -> Engine:
        with self._engine_guard:
            if self._engine is None:
                from community_desk.db.engine import make_engine

                self._engine = make_engine(self.path)
            return self._engine

    @cached_property
    def session_factory(self) -> sessionmaker[Session]:
        from community_desk.db.engine import make_session_factory

        return make_session_factory(self.engine)

    def close(self) -> None:
        """Closes every pooled connection (needed before a restore) and releases the instance lock."""
        self.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def dispose(self) -> None:
        with self._engine_guard:
            if self._engine is not None:
                self._engine.dispose()


def open_database(path: Path, *, exclusive: bool = True) -> Database:
    """Opens (creating if missing) and upgrades the database at `path`.

    `exclusive` takes the instance lock so a second window cannot write the same file; tests and read-only
    tools may pass False. A file that already holds data is backed up before any migration.
    """
    lock = InstanceLock(path) if exclusive else None
    if lock is not None:
        lock.acquire()
    try:
        backups = backup_dir_for(path)
        database = Database(path=path, backup_dir=backups, lock=lock)
        if migrate.needs_upgrade(path):
            existed = path.exists() and path.stat().st_size > 0
            backup_first = (lambda: backup_before_migration(path, backups)) if existed else None
            database.migrated = migrate.upgrade(database.engine, before_upgrade=backup_first) and existed
        return database
    except BaseException:
        if lock is not None:
            lock.release()
        raise


@dataclass
class Services:
    """Everything the UI may call; built once per open database."""

    database: Database
    registry: RegistryReader = field(init=False)

    def __post_init__(self) -> None:
        self.registry = RegistryReader(self.database.path)

    @cached_property
    def residents(self) -> ResidentService:
        from community_desk.services.residents import ResidentService

        return ResidentService(self.database.session_factory)

    @cached_property
    def special_groups(self) -> SpecialGroupService:
        from community_desk.services.special_groups import SpecialGroupService

        return SpecialGroupService(self.database.session_factory)

    @cached_property
    def household_cards(self) -> HouseholdCardService:
        from community_desk.services.household_card import HouseholdCardService

        return HouseholdCardService(self.registry, self.database.path)

    @cached_property
    def exports(self) -> ExportService:
        from community_desk.services.exports import ExportService

        return ExportService(self.database.path, self.database.session_factory)

    @cached_property
    def imports(self) -> ResidentImporter:
        from community_desk.services.imports import ResidentImporter

        return ResidentImporter(self.database.session_factory)

    @cached_property
    def mediation(self) -> MediationService:
        from community_desk.services.mediation import MediationService

        return MediationService(self.database.path, self.database.session_factory)

    @cached_property
    def deliberation(self) -> DeliberationService:
        from community_desk.services.deliberation import DeliberationService

        return DeliberationService(self.database.path, self.database.session_factory)

    @cached_property
    def volunteers(self) -> VolunteerService:
        from community_desk.services.volunteers import VolunteerService

        return VolunteerService(self.database.path, self.database.session_factory)

    @cached_property
    def events(self) -> EventService:
        from community_desk.services.events import EventService

        return EventService(self.database.path, self.database.session_factory, volunteers=lambda: self.volunteers)

    @cached_property
    def roster(self) -> RosterService:
        from community_desk.services.roster import RosterService

        return RosterService(self.database.path, self.database.session_factory)

    @cached_property
    def reports(self) -> ReportService:
        from community_desk.services.reports import ReportService

        return ReportService(self.database.path, self.database.session_factory)

    def community_name(self) -> str:
        return self.registry.setting("community_name") or DEFAULT_COMMUNITY_NAME
