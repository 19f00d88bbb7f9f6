"""Restoring a backup: the old state comes back, and nothing the exchange already saw is ever reused."""

from __future__ import annotations

import json
import sqlite3


def _query(root, sql, *args):
    connection = sqlite3.connect(root / "orientir.sqlite3")
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def test_restore_never_reuses_sequence_numbers_or_revisions(demo_school, cli):
    assert cli("--data-dir", demo_school, "backup").code == 0
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    installation = _query(demo_school, "SELECT installation_id FROM profile")[0][0]
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "in_progress", "--actual", "первая правка")
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "вторая правка")
    highest_seq = _query(demo_school, "SELECT max(seq) FROM change_log")[0][0]
    sent_revision = _query(demo_school, "SELECT revision FROM progress WHERE actual_result = 'вторая правка'")[0][0]

    restored = cli("--data-dir", demo_school, "restore", backup)
    assert restored.code == 0, restored.err
    assert _query(demo_school, "SELECT installation_id FROM profile")[0][0] != installation
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "done", "--actual", "после восстановления")
    seq, revision = _query(
        demo_school, "SELECT seq, revision FROM change_log WHERE json_extract(data, '$.actual_result') = 'после восстановления'"
    )[0]
    assert seq > highest_seq
    assert revision > sent_revision


def test_restore_supersedes_records_changed_after_the_backup(demo_school, cli):
    cli("--data-dir", demo_school, "backup")
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    record_id, old_revision = _query(demo_school, "SELECT id, revision FROM progress WHERE actual_result LIKE 'Подключён%'")[0]
    cli("--data-dir", demo_school, "progress", "set", "1.3", "--actual", "исправлено после копии")
    changed_revision = _query(demo_school, "SELECT revision FROM progress WHERE id = ?", record_id)[0][0]
    assert changed_revision == old_revision + 1
    result = cli("--data-dir", demo_school, "restore", backup)
    assert "заново отправлены" in result.err
    actual, revision = _query(demo_school, "SELECT actual_result, revision FROM progress WHERE id = ?", record_id)[0]
    assert actual.startswith("Подключён") and revision == changed_revision + 1
    last = _query(demo_school, "SELECT revision, op FROM change_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1", record_id)[0]
    assert last == (revision, "update")


def test_restore_refuses_another_profiles_backup(demo_school, department, cli):
    cli("--data-dir", department, "backup")
    foreign = sorted((department / "backups").glob("*-manual.sqlite3"))[-1]
    before = _query(demo_school, "SELECT name FROM profile")
    result = cli("--data-dir", demo_school, "restore", foreign)
    assert result.code == 1 and "от другого профиля" in result.err
    assert _query(demo_school, "SELECT name FROM profile") == before


def test_restore_into_an_empty_folder_says_the_key_must_be_renewed(demo_school, tmp_path, cli):
    cli("--data-dir", demo_school, "backup")
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    new_pc = tmp_path / "new-pc"
    result = cli("--data-dir", new_pc, "restore", backup)
    assert result.code == 0, result.err
    assert "Ключа подписи" in result.err
    shown = json.loads(cli("--data-dir", new_pc, "progress", "show", "--json").out)
    assert shown["schools"][0]["name"].startswith("МКОУ «Сосновская")
