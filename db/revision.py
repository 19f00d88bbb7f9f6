"""Which schema a profile database has, read without loading Alembic (a command starts faster).

`SCHEMA_HEAD` names the newest migration in `db/migrations/versions`; a test keeps it equal to
Alembic's own answer. Only a database at another revision needs `db.migrate`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0002"


def stored_revision(engine: Engine) -> str | None:
    """The database's `alembic_version`, or None when it has none (not a profile database)."""
    with engine.connect() as connection:
        has_table = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not has_table:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
