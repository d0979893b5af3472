"""Plain sqlite3 connections for reads, with the same pragmas as the SQLAlchemy engine.

The window's reads (the registry table, the tree, details) go through the standard library, so starting the
program does not wait for SQLAlchemy to import (~140 ms); writes keep the ORM and its unit of work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
)


def configure(connection: sqlite3.Connection) -> None:
    for pragma in PRAGMAS:
        connection.execute(pragma)


@contextmanager
def read_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A short-lived connection for one read; rows come back as sqlite3.Row."""
    connection = sqlite3.connect(path, check_same_thread=False)
    try:
        connection.row_factory = sqlite3.Row
        configure(connection)
        yield connection
    finally:
        connection.close()


class SqliteReader:
    """Base for the UI's read services: each call opens its own short connection (safe from any thread)."""

    def __init__(self, db_path: Path) -> None:
        self._path = db_path

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with read_connection(self._path) as connection:
            yield connection
