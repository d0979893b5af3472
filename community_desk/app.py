"""Composition root: path → lock → backup → migrate → engine → services → window. Nothing else wires things."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.config import backup_dir_for
from community_desk.db import migrate
from community_desk.db.backup import backup_before_migration, daily_backup
from community_desk.db.engine import make_engine, make_session_factory
from community_desk.db.lock import InstanceLock
from community_desk.db.models import Setting
from community_desk.services.registry import RegistryReader
from community_desk.services.residents import ResidentService

DEFAULT_COMMUNITY_NAME = "本社区"


@dataclass
class Database:
    """An open office database: its engine and where its backups go."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    backup_dir: Path
    lock: InstanceLock | None = None
    migrated: bool = False

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_database(path: Path, *, exclusive: bool = True, daily_backups: bool = True) -> Database:
    """Opens (creating if missing) and upgrades the database at `path`.

    `exclusive` takes the instance lock so a second window cannot write the same file; the CLI's read-only
    commands and tests may pass False. A file that already has a schema is backed up before any migration.
    """
    lock = InstanceLock(path) if exclusive else None
    if lock is not None:
        lock.acquire()
    try:
        backups = backup_dir_for(path)
        existed = path.exists() and path.stat().st_size > 0
        if existed and daily_backups:
            daily_backup(path, backups)
        engine = make_engine(path)
        migrated = migrate.upgrade(engine, before_upgrade=lambda: backup_before_migration(path, backups))
        return Database(
            path=path,
            engine=engine,
            session_factory=make_session_factory(engine),
            backup_dir=backups,
            lock=lock,
            migrated=migrated and existed,
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise


@dataclass
class Services:
    """Everything the UI may call; built once per open database."""

    database: Database
    registry: RegistryReader = field(init=False)
    residents: ResidentService = field(init=False)

    def __post_init__(self) -> None:
        factory = self.database.session_factory
        self.registry = RegistryReader(factory)
        self.residents = ResidentService(factory)

    def community_name(self) -> str:
        with self.database.session_factory() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == "community_name"))
        return value or DEFAULT_COMMUNITY_NAME
