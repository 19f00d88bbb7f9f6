"""Backups and restores from the command line, and a damaged database explained instead of half-opened."""

from __future__ import annotations

import json
import shlex
import sqlite3

from tests.conftest import run_process


def _status(cli, root, number):
    items = json.loads(cli("--data-dir", root, "progress", "show", "--json").out)["schools"][0]["items"]
    return next(i["status"] for i in items if i["number"] == number)


def test_backup_and_restore_bring_back_the_old_state(demo_school, cli):
    made = cli("--data-dir", demo_school, "backup")
    assert made.code == 0 and "проверена" in made.err
    backups = sorted((demo_school / "backups").glob("*-manual.sqlite3"))
    assert len(backups) == 1
    assert cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "not_done").code == 0
    assert _status(cli, demo_school, "1.2") == "not_done"
    restored = cli("--data-dir", demo_school, "restore", backups[0])
    assert restored.code == 0, restored.err
    assert "восстановлен" in restored.err
    assert _status(cli, demo_school, "1.2") == "not_started"
    assert list((demo_school / "backups").glob("*-before-restore.sqlite3"))


def test_restore_refuses_what_is_not_a_backup(demo_school, tmp_path, cli):
    junk = tmp_path / "фото.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    before = (demo_school / "orientir.sqlite3").read_bytes()
    for path in (junk, tmp_path / "нет.sqlite3", tmp_path):
        result = cli("--data-dir", demo_school, "restore", path)
        assert result.code == 1, path
        assert "Traceback" not in result.err
    assert (demo_school / "orientir.sqlite3").read_bytes() == before


def test_damaged_database_is_refused_with_a_restore_hint(demo_school, cli):
    assert cli("--data-dir", demo_school, "backup").code == 0
    db = demo_school / "orientir.sqlite3"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12), 7):
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))
    result = run_process("--data-dir", demo_school, "roadmap", "show")
    assert result.code == 1
    assert "повреждена" in result.err and "Traceback" not in result.err
    # The message names the exact command that mends it; a person can copy it as it stands.
    suggested = shlex.split(result.err[result.err.index("orientir --data-dir"):])
    assert suggested[:4] == ["orientir", "--data-dir", str(demo_school), "restore"]
    assert cli(*suggested[1:]).code == 0
    assert cli("--data-dir", demo_school, "roadmap", "show").code == 0


def test_json_goes_to_stdout_only(demo_school):
    result = run_process("--data-dir", demo_school, "progress", "show", "--json")
    assert result.code == 0 and result.err == ""
    assert json.loads(result.out)["schools"][0]["items"]


def test_a_busy_profile_is_explained_not_reported_as_an_internal_error(demo_school):
    holder = sqlite3.connect(demo_school / "orientir.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run_process("--data-dir", demo_school, "progress", "set", "1.2", "--status", "done",
                             env={"ORIENTIR_BUSY_TIMEOUT_MS": "300"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 1
    assert "занят" in result.err and "Внутренняя ошибка" not in result.err
