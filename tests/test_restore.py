"""Restoring a backup: the old state comes back, and nothing the exchange already saw is ever reused."""

from __future__ import annotations

import json

from tests.conftest import query


def test_restore_never_reuses_sequence_numbers_or_revisions(demo_school, cli):
    assert cli("--data-dir", demo_school, "backup").code == 0
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    installation = query(demo_school, "SELECT installation_id FROM profile")[0][0]
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "in_progress", "--actual", "первая правка")
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "вторая правка")
    highest_seq = query(demo_school, "SELECT max(seq) FROM change_log")[0][0]
    sent_revision = query(demo_school, "SELECT revision FROM progress WHERE actual_result = 'вторая правка'")[0][0]

    restored = cli("--data-dir", demo_school, "restore", backup)
    assert restored.code == 0, restored.err
    assert query(demo_school, "SELECT installation_id FROM profile")[0][0] != installation
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "done", "--actual", "после восстановления")
    seq, revision = query(
        demo_school, "SELECT seq, revision FROM change_log WHERE json_extract(data, '$.actual_result') = 'после восстановления'"
    )[0]
    assert seq > highest_seq
    assert revision > sent_revision


def test_restore_supersedes_records_changed_after_the_backup(demo_school, cli):
    cli("--data-dir", demo_school, "backup")
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    record_id, old_revision = query(demo_school, "SELECT id, revision FROM progress WHERE actual_result LIKE 'Подключён%'")[0]
    cli("--data-dir", demo_school, "progress", "set", "1.3", "--actual", "исправлено после копии")
    changed_revision = query(demo_school, "SELECT revision FROM progress WHERE id = ?", record_id)[0][0]
    assert changed_revision == old_revision + 1
    result = cli("--data-dir", demo_school, "restore", backup)
    assert "заново отправлены" in result.err
    actual, revision = query(demo_school, "SELECT actual_result, revision FROM progress WHERE id = ?", record_id)[0]
    assert actual.startswith("Подключён") and revision == changed_revision + 1
    last = query(demo_school, "SELECT revision, op FROM change_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1", record_id)[0]
    assert last == (revision, "update")


def test_restore_refuses_another_profiles_backup(demo_school, department, cli):
    cli("--data-dir", department, "backup")
    foreign = sorted((department / "backups").glob("*-manual.sqlite3"))[-1]
    before = query(demo_school, "SELECT name FROM profile")
    result = cli("--data-dir", demo_school, "restore", foreign)
    assert result.code == 1 and "от другого профиля" in result.err
    assert query(demo_school, "SELECT name FROM profile") == before


def test_restore_into_an_empty_folder_says_the_key_must_be_renewed(demo_school, tmp_path, cli):
    cli("--data-dir", demo_school, "backup")
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    new_pc = tmp_path / "new-pc"
    result = cli("--data-dir", new_pc, "restore", backup)
    assert result.code == 0, result.err
    assert "Ключа подписи" in result.err
    shown = json.loads(cli("--data-dir", new_pc, "progress", "show", "--json").out)
    assert shown["schools"][0]["name"].startswith("МКОУ «Сосновская")


def test_restore_leaves_other_parties_records_to_their_owner(demo_school, cli):
    from sqlalchemy import select

    from app.profile import open_profile
    from db.changelog import mark_foreign
    from db.models import Activity

    cli("--data-dir", demo_school, "backup")
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    store = open_profile(demo_school)
    with store.writing() as session:  # as if the department's bundle changed its activity
        activity = session.scalars(select(Activity).where(Activity.number == "1.1")).one()
        mark_foreign(session, activity, activity.owner_kind)
        activity.title, activity.revision = "Новая редакция отдела", 2
        activity_id = activity.id
    store.close()
    assert cli("--data-dir", demo_school, "restore", backup).code == 0
    # The department issues its activity's next revision; the school must not re-issue rev 2 or 3 itself.
    assert query(demo_school, "SELECT count(*) FROM change_log WHERE record_id = ? AND origin = 'local'", activity_id)[0][0] == 0
    assert query(demo_school, "SELECT revision FROM activity WHERE id = ?", activity_id)[0][0] == 1


def test_revision_floors_survive_a_second_restore(demo_school, tmp_path, cli):
    import shutil

    cli("--data-dir", demo_school, "backup")
    flash = tmp_path / "flash.sqlite3"
    shutil.copy(sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1], flash)
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "a")
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "b")
    assert cli("--data-dir", demo_school, "restore", flash).code == 0
    for backup in (demo_school / "backups").glob("*.sqlite3"):
        backup.unlink()  # rotated away over time
    assert cli("--data-dir", demo_school, "restore", flash).code == 0
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "c")
    assert query(demo_school, "SELECT revision FROM progress WHERE actual_result = 'c'")[0][0] > 2


def test_another_profiles_backup_is_refused_even_over_a_damaged_database(demo_school, department, cli):
    cli("--data-dir", department, "backup")
    foreign = sorted((department / "backups").glob("*-manual.sqlite3"))[-1]
    (demo_school / "orientir.sqlite3").write_bytes(b"\0" * 8192)
    result = cli("--data-dir", demo_school, "restore", foreign)
    assert result.code == 1 and "от другого профиля" in result.err
    assert (demo_school / "orientir.sqlite3").read_bytes() == b"\0" * 8192


def test_an_interrupted_restore_leaves_the_live_database_untouched(demo_school, cli):
    """A restore is prepared on a private copy; killing it before the swap changes nothing."""
    import subprocess
    import sys
    import textwrap

    from tests.conftest import ROOT

    cli("--data-dir", demo_school, "backup")
    backup = sorted((demo_school / "backups").glob("*-manual.sqlite3"))[-1]
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "после копии")
    before = query(demo_school, "SELECT max(seq) FROM change_log")[0][0]
    script = textwrap.dedent(f"""
        import os, app.restore as r
        r.restore_backup = lambda *a, **k: os._exit(9)   # dies right before the swap
        r.restore_profile({str(demo_school)!r}, {str(backup)!r})
    """)
    assert subprocess.run([sys.executable, "-c", script], cwd=ROOT).returncode == 9
    assert query(demo_school, "SELECT actual_result FROM progress WHERE actual_result = 'после копии'")
    assert cli("--data-dir", demo_school, "progress", "set", "1.2", "--actual", "дальше").code == 0
    assert query(demo_school, "SELECT max(seq) FROM change_log")[0][0] == before + 1
    assert cli("--data-dir", demo_school, "restore", backup).code == 0


def test_a_folder_with_a_question_mark_keeps_its_database_inside(tmp_path, cli):
    root = tmp_path / "p" / "q?mode=ro"
    assert cli("--data-dir", root, "demo").code == 0
    assert (root / "orientir.sqlite3").is_file() and not (tmp_path / "p" / "q").exists()


def test_a_department_restored_without_its_key_is_told_what_to_do(department, tmp_path, cli):
    cli("--data-dir", department, "backup")
    backup = sorted((department / "backups").glob("*-manual.sqlite3"))[-1]
    result = cli("--data-dir", tmp_path / "new-pc", "restore", backup)
    assert result.code == 0 and "папку keys" in result.err and "подключить школу" not in result.err
