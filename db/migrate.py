"""Bringing a profile database to the schema this program knows, safely.

The caller takes a verified backup first (see app.profile). Each upgrade runs in one transaction
with foreign keys off (batch mode copies tables) and is checked with `foreign_key_check` before it
commits, so a failed migration leaves the database exactly as it was.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.revision import MIGRATIONS_DIR


class MigrationCheckFailed(RuntimeError):
    """The migrated data broke a foreign key; the transaction is rolled back."""


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


@lru_cache(maxsize=4)
def _script(script_location: Path) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    return _script(script_location).get_current_head()


def known_revisions(script_location: Path = MIGRATIONS_DIR) -> set[str]:
    return {rev.revision for rev in _script(script_location).walk_revisions()}


def upgrade(engine: Engine, script_location: Path = MIGRATIONS_DIR, target: str = "head") -> None:
    """Run every pending migration in one transaction."""
    config = alembic_config(script_location)
    # IMMEDIATE: take the write lock before reading the revision, so two processes opening the same
    # old profile migrate one after the other instead of failing on a stale read.
    with engine.connect().execution_options(immediate=True) as connection:
        # Must happen outside a transaction, where SQLite ignores it.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationCheckFailed(f"foreign_key_check: {problems[:10]}")
        finally:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
