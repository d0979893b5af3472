"""SQLite engine for the office database: WAL, foreign keys on, a busy timeout, one file."""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.connection import configure


def _configure_connection(dbapi_connection, _record) -> None:
    configure(dbapi_connection)


def make_engine(path: Path) -> Engine:
    """An engine on `path`; the file and its folder are created when missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _configure_connection)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, future=True)
