"""Bring a database file to the current schema, backing it up first when it already holds data.

Alembic and SQLAlchemy are imported only when a migration has to run: checking the version is one SELECT,
and importing them costs about 230 ms of every start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test checks it against Alembic's own idea of the head.
HEAD_REVISION = "0008"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head as Alembic computes it from the scripts (slow; for tests and tools)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(path: Path) -> str | None:
    """The schema revision of the file at `path`; None for a missing or empty file."""
    if not path.exists():
        return None
    with closing(sqlite3.connect(path)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no alembic_version table: a new, empty file
            return None
    return row[0] if row else None


def needs_upgrade(path: Path) -> bool:
    return current_revision(path) != HEAD_REVISION


def upgrade(engine: Engine, before_upgrade: Callable[[], object] | None = None) -> bool:
    """Upgrade to head; `before_upgrade` (the caller's backup) runs first whenever a migration will run.

    Returns True when a migration ran.
    """
    path = Path(engine.url.database or "")
    if not needs_upgrade(path):
        return False
    from alembic import command

    if before_upgrade is not None:
        before_upgrade()
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
