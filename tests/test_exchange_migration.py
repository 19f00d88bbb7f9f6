"""A profile made before the exchange existed (schema 0001) opens with its data and gains the exchange's tables."""

from __future__ import annotations

import sqlite3

from app.profile import open_profile
from db.engine import make_engine
from db.migrate import upgrade
from db.revision import stored_revision
from tests.conftest import query

STAMP = "2024-05-12T10:00:00+07:00"


def test_a_0001_profile_with_data_is_upgraded_to_the_exchange_schema(tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    engine = make_engine(root / "orientir.sqlite3")
    upgrade(engine, target="0001")
    engine.dispose()
    connection = sqlite3.connect(root / "orientir.sqlite3")
    connection.executescript(f"""
        INSERT INTO department (id, name, short_name, email, public_key, updated_at, owner_kind, owner_school_id, revision, deleted)
            VALUES ('d0000000-0000-4000-8000-000000000001', 'Отдел', '', '', '', '{STAMP}', 'department', NULL, 1, 0);
        INSERT INTO school (id, department_id, name, short_name, status, curator, mentor_school, email, active, enrolled_at,
                            public_key, updated_at, owner_kind, owner_school_id, revision, deleted)
            VALUES ('50000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'Школа', '', 'shnor',
                    '', '', '', 1, '{STAMP}', '', '{STAMP}', 'department', NULL, 3, 0);
        INSERT INTO enrollment_secret (school_id, secret_sha256, issued_at)
            VALUES ('50000000-0000-4000-8000-000000000001', '{"ab" * 32}', '{STAMP}');
        INSERT INTO attachment (sha256, size, media_type, original_name, stored_at)
            VALUES ('{"cd" * 32}', 10, 'text/plain', 'протокол.txt', '{STAMP}');
        INSERT INTO profile (id, kind, name, department_id, school_id, installation_id, public_key, created_at, created_by_version)
            VALUES (1, 'department', 'Отдел', 'd0000000-0000-4000-8000-000000000001', NULL,
                    'a0000000-0000-4000-8000-000000000001', '', '{STAMP}', '0.1.0');
    """)
    connection.commit()
    connection.close()

    store = open_profile(root)
    try:
        assert stored_revision(store.engine) == "0002"
    finally:
        store.close()
    assert query(root, "SELECT name, revision FROM school") == [("Школа", 3)]
    assert query(root, "SELECT original_name, stored_sha256 FROM attachment") == [("протокол.txt", None)]
    assert query(root, "SELECT count(*) FROM enrollment_secret") == [(1,)]
    for table in ("bundle_in", "bundle_out", "peer_state", "receipt"):
        assert query(root, f"SELECT count(*) FROM {table}") == [(0,)]
    assert list((root / "backups").glob("*-migration.sqlite3"))
