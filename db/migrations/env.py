"""Alembic environment: always run programmatically with a connection handed in by db.migrate.

A frozen build has no `alembic` command, so the program migrates itself at start-up; batch mode
lets SQLite alter tables by copying them.
"""

from alembic import context

from db.base import Base
import db.models  # noqa: F401 - registers the tables on Base.metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
