"""Alembic environment: always run programmatically with a live connection (see db/migrate.py)."""

from alembic import context

from community_desk.db import models  # noqa: F401 - registers every table on Base.metadata
from community_desk.db.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
