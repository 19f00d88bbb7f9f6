"""The schema: migrations equal the models, old profiles open after an upgrade, newer ones are refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.errors import ProfileTooNew, UserError
from app.profile import open_profile
from db.base import Base
from db.engine import make_engine
from db.migrate import head_revision, upgrade
from db.revision import MIGRATIONS_DIR, SCHEMA_HEAD, stored_revision

SECOND_MIGRATION = '''"""Throwaway test migration: schools get a phone number."""
from alembic import op
import sqlalchemy as sa

revision = "9002"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("phone", sa.String(30), nullable=False, server_default=""))
    {extra}


def downgrade() -> None:
    with op.batch_alter_table("school") as batch:
        batch.drop_column("phone")
'''


def test_upgrade_head_on_empty_database_equals_the_models(tmp_path):
    engine = make_engine(tmp_path / "empty.sqlite3")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_fast_revision_check_names_alembics_head():
    assert SCHEMA_HEAD == head_revision()


def test_reference_data_and_triggers_come_with_the_schema(tmp_path):
    engine = make_engine(tmp_path / "empty.sqlite3")
    upgrade(engine)
    engine.dispose()
    connection = sqlite3.connect(tmp_path / "empty.sqlite3")
    factors = connection.execute("SELECT count(*) FROM risk_factor").fetchone()[0]
    triggers = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    connection.close()
    assert factors >= 10
    assert triggers == {"change_log_no_update", "change_log_no_delete"}


def _scripts_with_second_migration(tmp_path: Path, extra: str = "") -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9002_phone.py").write_text(
        SECOND_MIGRATION.format(down=head_revision(), extra=extra or "pass"), encoding="utf-8"
    )
    return scripts


def test_profile_made_at_0001_opens_after_a_later_migration(department, tmp_path, cli):
    cli("--data-dir", department, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", tmp_path / "t.enroll")
    cli("--data-dir", department, "progress", "set", "1.2", "--status", "done", "--actual", "Проведён")
    scripts = _scripts_with_second_migration(tmp_path)

    store = open_profile(department, script_location=scripts)
    try:
        assert stored_revision(store.engine) == "9002"
        with store.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT name, phone FROM school").fetchall()
            status = connection.exec_driver_sql("SELECT status FROM progress").scalar_one()
    finally:
        store.close()
    assert rows == [("МКОУ Тартасская СОШ", "")]
    assert status == "done"
    backups = list((department / "backups").glob("*-migration.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    copy.close()


def test_failed_migration_leaves_the_profile_as_it_was(department, tmp_path):
    scripts = _scripts_with_second_migration(
        tmp_path, extra='op.execute("INSERT INTO progress (id, activity_id, owner_kind, status, actual_result, note, updated_at, updated_by, revision, deleted) '
                        "VALUES ('x', 'no-such-activity', 'department', 'done', '', '', '2024-01-01T00:00:00+07:00', '', 1, 0)\")",
    )
    before = list(sqlite3.connect(department / "orientir.sqlite3").iterdump())
    with pytest.raises(UserError, match="Профиль не изменён"):
        open_profile(department, script_location=scripts)
    engine = make_engine(department / "orientir.sqlite3")
    assert stored_revision(engine) == head_revision()
    engine.dispose()
    assert list(sqlite3.connect(department / "orientir.sqlite3").iterdump()) == before


def test_profile_from_a_newer_version_is_refused_untouched(department, cli):
    connection = sqlite3.connect(department / "orientir.sqlite3")
    connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    connection.commit()
    connection.close()
    before = (department / "orientir.sqlite3").read_bytes()
    with pytest.raises(ProfileTooNew):
        open_profile(department)
    result = cli("--data-dir", department, "roadmap", "show")
    assert result.code == 1 and "более новой версией" in result.err and "Обновите программу" in result.err
    assert (department / "orientir.sqlite3").read_bytes() == before
    assert not list((department / "backups").glob("*-migration.sqlite3"))
