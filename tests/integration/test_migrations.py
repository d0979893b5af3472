"""Schema migrations: the head constant is right, upgrades are backed up first, downgrade works."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from community_desk.app import open_database
from community_desk.db import migrate
from community_desk.db.backup import list_backups
from community_desk.db.base import Base
from community_desk.db.engine import make_engine


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_new_file_gets_every_mapped_table(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "new.sqlite3")
    assert migrate.upgrade(engine) is True
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "resident_fts" in tables
    assert migrate.upgrade(engine) is False
    engine.dispose()


def test_existing_file_is_backed_up_before_a_migration(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "office.sqlite3"
    open_database(path, exclusive=False).close()
    engine = make_engine(path)
    config = migrate.alembic_config()
    with engine.begin() as connection:  # pretend the file comes from an older version of the program
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    engine.dispose()
    assert migrate.current_revision(path) is None

    database = open_database(path, exclusive=False)
    database.close()
    assert database.migrated
    assert [backup.label for backup in list_backups(database.backup_dir)] == ["pre-migration"]
    assert migrate.current_revision(path) == migrate.HEAD_REVISION
