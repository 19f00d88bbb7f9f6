"""Backups of the profile database: made while the program works, checked, rotated, restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.backup import (
    BackupError,
    create_backup,
    list_backups,
    restore_backup,
    rotate_backups,
    verify_backup,
)

PROFILE_NAME = "МБОУ «Сосновская СОШ»"
REVISION = "0001_initial"
CHECKPOINTED_ROWS = 3000
WAL_ROWS = 500


@dataclass
class Profile:
    folder: Path
    db: Path
    backups: Path
    app: sqlite3.Connection  # the program's own connection, open the whole time


def open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def activity_count(path: Path) -> int:
    conn = open_readonly(path)
    try:
        return conn.execute("SELECT count(*) FROM activity").fetchone()[0]
    finally:
        conn.close()


def insert_activities(conn: sqlite3.Connection, start: int, count: int) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO activity (id, title, status) VALUES (?, ?, ?)",
        [(i, f"Мероприятие {i}: методический семинар", "in_progress") for i in range(start, start + count)],
    )
    conn.execute("COMMIT")


@pytest.fixture
def profile(tmp_path):
    """A profile whose database the program holds open, with its latest writes still in the WAL."""
    folder = tmp_path / "profile"
    folder.mkdir()
    db = folder / "orientir.sqlite3"
    app = sqlite3.connect(db, isolation_level=None)
    app.execute("PRAGMA journal_mode=WAL")
    app.execute("PRAGMA wal_autocheckpoint=0")  # a busy program may not have checkpointed yet
    app.executescript(
        """
        CREATE TABLE profile (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);
        CREATE TABLE activity (id INTEGER PRIMARY KEY, title TEXT NOT NULL, status TEXT);
        CREATE INDEX ix_activity_title ON activity (title);
        """
    )
    app.execute("INSERT INTO profile (id, name) VALUES (1, ?)", (PROFILE_NAME,))
    app.execute("INSERT INTO alembic_version VALUES (?)", (REVISION,))
    insert_activities(app, 0, CHECKPOINTED_ROWS)
    app.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    insert_activities(app, CHECKPOINTED_ROWS, WAL_ROWS)
    yield Profile(folder, db, folder / "backups", app)
    app.close()


def test_backup_holds_what_is_still_in_the_wal_and_opens_on_its_own(profile, tmp_path):
    assert os.path.getsize(f"{profile.db}-wal") > 0

    info = create_backup(profile.db, profile.backups, "manual", now=datetime(2024, 3, 1, 10, 0, 0))

    assert info.path == profile.backups / "orientir-2024-03-01_10-00-00-manual.sqlite3"
    assert info.created == datetime(2024, 3, 1, 10, 0, 0).astimezone()
    assert (info.reason, info.schema_revision, info.profile_name) == ("manual", REVISION, PROFILE_NAME)
    assert info.size == info.path.stat().st_size
    assert os.listdir(profile.backups) == [info.path.name]
    # Carried alone to another computer, the file is complete: no -wal travels with it.
    elsewhere = tmp_path / "flash" / info.path.name
    elsewhere.parent.mkdir()
    shutil.copyfile(info.path, elsewhere)
    assert elsewhere.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert activity_count(elsewhere) == CHECKPOINTED_ROWS + WAL_ROWS
    # The program goes on writing as before.
    insert_activities(profile.app, 10_000, 1)
    assert profile.app.execute("SELECT count(*) FROM activity").fetchone()[0] == CHECKPOINTED_ROWS + WAL_ROWS + 1


WRITER = """
import sqlite3, sys, pathlib
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
stop = pathlib.Path(sys.argv[2])
n = 100_000
print("ready", flush=True)
while not stop.exists():
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO activity (id, title) VALUES (?, 'запись')", [(n + i,) for i in range(50)])
    conn.execute("COMMIT")
    n += 50
"""


def test_backups_succeed_while_another_process_keeps_writing(profile, tmp_path):
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(profile.db), str(stop)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        counts = []
        for second in range(5):
            info = create_backup(profile.db, profile.backups, "import", now=datetime(2024, 3, 1, 9, 0, second))
            counts.append(activity_count(info.path))
    finally:
        stop.touch()
        writer.wait(timeout=30)
    assert writer.returncode == 0
    assert counts == sorted(counts) and counts[0] >= CHECKPOINTED_ROWS + WAL_ROWS
    assert activity_count(profile.db) > counts[-1] >= counts[0]


def test_backups_in_the_same_second_get_distinct_names_newest_listed_first(profile):
    moment = datetime(2024, 3, 1, 10, 0, 0)
    made = [create_backup(profile.db, profile.backups, "migration", now=moment) for _ in range(3)]

    assert [info.path.name for info in made] == [
        "orientir-2024-03-01_10-00-00-migration.sqlite3",
        "orientir-2024-03-01_10-00-00-migration-2.sqlite3",
        "orientir-2024-03-01_10-00-00-migration-3.sqlite3",
    ]
    assert list_backups(profile.backups) == made[::-1]
    assert all(info.reason == "migration" for info in list_backups(profile.backups))


def test_verification_catches_a_copy_damaged_in_the_middle(profile):
    info = create_backup(profile.db, profile.backups, "manual")
    assert verify_backup(info.path) == info
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3000] = os.urandom(3000)
    info.path.write_bytes(bytes(data))

    with pytest.raises(BackupError) as refused:
        verify_backup(info.path)

    assert "повреждена" in refused.value.message
    assert str(info.path) in refused.value.message


def make_no_profile_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path: None, "не найден"),
        (lambda path: path.mkdir(), "это папка"),
        (lambda path: path.write_text("План мероприятий на 2024 год", encoding="utf-8"), "не является резервной копией"),
        (lambda path: path.write_bytes(b""), "не является резервной копией"),
        (make_no_profile_db, "не является резервной копией"),
    ],
    ids=["missing", "folder", "text", "empty", "no-profile-table"],
)
def test_verification_refuses_what_is_not_an_orientir_backup(tmp_path, make, expected):
    path = tmp_path / "orientir-2024-03-01_10-00-00-manual.sqlite3"
    make(path)

    with pytest.raises(BackupError) as refused:
        verify_backup(path)

    assert expected in refused.value.message
    assert str(path) in refused.value.message


def test_rotation_over_sixty_days_keeps_ten_newest_and_one_a_day_for_thirty_days(profile):
    first_day = datetime(2024, 1, 1)  # through 29 February: a month end and a leap day
    times = ("08-00-00", "11-00-00", "14-00-00", "18-30-00")
    for day in range(60):
        for hour, minute in ((8, 0), (11, 0), (14, 0), (18, 30)):
            made = create_backup(
                profile.db, profile.backups, "import", now=first_day + timedelta(days=day, hours=hour, minutes=minute)
            )
            assert made.path.exists()

    def names(*stamps: str) -> set[str]:
        return {f"orientir-{stamp}-import.sqlite3" for stamp in stamps}

    evenings = names("2024-01-31_18-30-00", *(f"2024-02-{d:02}_18-30-00" for d in range(1, 30)))
    ten_newest = names(*(f"2024-02-{d}_{t}" for d in (28, 29) for t in times), "2024-02-27_18-30-00", "2024-02-27_14-00-00")
    assert set(os.listdir(profile.backups)) == evenings | ten_newest
    assert len(evenings | ten_newest) == 37

    removed = rotate_backups(profile.backups, now=datetime(2024, 3, 20, 12, 0))

    last_evenings = names(*(f"2024-02-{d}_18-30-00" for d in range(20, 30)))
    assert set(os.listdir(profile.backups)) == last_evenings | ten_newest
    assert len(last_evenings | ten_newest) == 17
    assert {path.name for path in removed} == evenings - last_evenings


def test_the_backup_just_made_survives_rotation_even_after_the_clock_went_back(profile):
    for minute in range(12):
        create_backup(profile.db, profile.backups, "import", now=datetime(2024, 3, 1, 12, minute))

    made = create_backup(profile.db, profile.backups, "manual", now=datetime(2024, 3, 1, 8, 0))

    assert made.path.exists()
    assert len(list_backups(profile.backups)) == 11


def test_junk_in_the_backups_folder_is_ignored_and_old_temporary_files_are_cleared(profile):
    older = create_backup(profile.db, profile.backups, "manual", now=datetime(2024, 3, 1, 10, 0))
    newer = create_backup(profile.db, profile.backups, "import", now=datetime(2024, 3, 2, 10, 0))
    junk = [
        "readme.txt",
        "orientir.sqlite3",
        "orientir-2024-13-45_10-00-00-manual.sqlite3",
        "orientir-2024-03-03_10-00-00-Ручная.sqlite3",
        "orientir-2024-03-03_10-00-00-manual.sqlite3-journal",
        "orientir-2024-03-03_10-00-00-manual.abc123.part",
    ]
    for name in junk:
        (profile.backups / name).write_bytes(b"not a backup")
    (profile.backups / "orientir-2024-03-04_10-00-00-manual.sqlite3").mkdir()
    abandoned = profile.backups / "orientir-2024-03-01_09-00-00-import.xyz789.part"
    abandoned.write_bytes(b"half a copy")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(abandoned, (two_hours_ago, two_hours_ago))

    assert list_backups(profile.backups) == [newer, older]

    assert rotate_backups(profile.backups) == [abandoned]
    assert all((profile.backups / name).exists() for name in junk)
    assert older.path.exists() and newer.path.exists()


@pytest.mark.parametrize("where", ["folder-is-a-file", "parent-is-a-file"])
def test_backup_into_a_folder_that_is_a_file_fails_and_leaves_nothing(profile, where):
    blocker = profile.folder / "backups"
    blocker.write_text("это файл, а не папка", encoding="utf-8")
    target = blocker if where == "folder-is-a-file" else blocker / "daily"
    before = sorted(os.listdir(profile.folder))

    with pytest.raises(BackupError) as refused:
        create_backup(profile.db, target, "manual")

    assert "лежит файл" in refused.value.message
    assert sorted(os.listdir(profile.folder)) == before
    assert blocker.read_text(encoding="utf-8") == "это файл, а не папка"


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 64 KiB file system, too small for a backup; needs root on Linux."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr!r}")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing(profile, tiny_disk):
    with pytest.raises(BackupError) as refused:
        create_backup(profile.db, tiny_disk, "manual")

    assert "Не хватает места на диске" in refused.value.message
    assert os.listdir(tiny_disk) == []


def test_restore_brings_back_old_data_and_keeps_the_current_data_aside(profile):
    saved = create_backup(profile.db, profile.backups, "manual", now=datetime(2024, 3, 1, 10, 0))
    profile.app.execute("DELETE FROM activity WHERE id >= 100")
    profile.app.execute("UPDATE profile SET name = 'Переименовано по ошибке'")

    safety = restore_backup(saved.path, profile.db, profile.backups)

    # The program's open connection sees the restored data straight away.
    assert profile.app.execute("SELECT count(*) FROM activity").fetchone()[0] == CHECKPOINTED_ROWS + WAL_ROWS
    assert profile.app.execute("SELECT name FROM profile").fetchone()[0] == PROFILE_NAME
    assert profile.app.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert safety.reason == "before-restore"
    assert safety.path.name.endswith("-before-restore.sqlite3")
    assert (safety.profile_name, activity_count(safety.path)) == ("Переименовано по ошибке", 100)
    assert [info.path for info in list_backups(profile.backups)] == [safety.path, saved.path]


@pytest.mark.parametrize("damage", ["header", "middle", "table-page"])
def test_restore_over_a_damaged_database_sets_the_damaged_file_aside(profile, damage):
    saved = create_backup(profile.db, profile.backups, "manual")
    # A data page that counting rows (which reads the smaller index) never touches.
    table_pages = [row[0] for row in profile.app.execute("SELECT pageno FROM dbstat WHERE name = 'activity'")]
    profile.app.close()
    data = bytearray(profile.db.read_bytes())
    offsets = {"header": 0, "middle": len(data) // 2, "table-page": (table_pages[len(table_pages) // 2] - 1) * 4096}
    data[offsets[damage] : offsets[damage] + 4096] = b"\xa5" * 4096
    profile.db.write_bytes(bytes(data))

    aside = restore_backup(saved.path, profile.db, profile.backups)

    assert aside.path.name.endswith("-damaged.sqlite3")
    assert aside.path.read_bytes() == bytes(data)
    assert activity_count(profile.db) == CHECKPOINTED_ROWS + WAL_ROWS
    assert verify_backup(profile.db).profile_name == PROFILE_NAME
    assert profile.db.read_bytes()[18:20] == b"\x02\x02"  # back in WAL mode, like every profile


def test_restore_refuses_a_damaged_backup_and_changes_nothing(profile):
    saved = create_backup(profile.db, profile.backups, "manual")
    data = bytearray(saved.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x00" * 4096
    saved.path.write_bytes(bytes(data))
    profile.app.execute("DELETE FROM activity WHERE id >= 10")

    with pytest.raises(BackupError) as refused:
        restore_backup(saved.path, profile.db, profile.backups)

    assert "повреждена" in refused.value.message
    assert profile.app.execute("SELECT count(*) FROM activity").fetchone()[0] == 10
    assert list_backups(profile.backups) == [saved]


def test_restore_onto_a_new_computer_creates_the_database(profile, tmp_path):
    saved = create_backup(profile.db, profile.backups, "manual")
    new_profile = tmp_path / "new-computer" / "profile"

    safety = restore_backup(saved.path, new_profile / "orientir.sqlite3", new_profile / "backups")

    assert safety is None
    assert activity_count(new_profile / "orientir.sqlite3") == CHECKPOINTED_ROWS + WAL_ROWS
    assert (new_profile / "orientir.sqlite3").read_bytes()[18:20] == b"\x02\x02"  # WAL, like every profile


def test_restoring_a_backup_older_than_rotation_keeps_it(profile):
    today = datetime.now()
    for minute in range(10):
        create_backup(profile.db, profile.backups, "import", now=today - timedelta(hours=1, minutes=minute))
    old = create_backup(profile.db, profile.backups, "manual", now=today - timedelta(days=60))
    profile.app.execute("DELETE FROM activity")

    restore_backup(old.path, profile.db, profile.backups)

    assert old.path.exists()
    assert profile.app.execute("SELECT count(*) FROM activity").fetchone()[0] == CHECKPOINTED_ROWS + WAL_ROWS


def test_checking_a_database_copied_from_another_computer_leaves_nothing_beside_it(profile, tmp_path):
    profile.app.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    flash = tmp_path / "flash"
    flash.mkdir()
    copied = flash / "orientir.sqlite3"
    shutil.copyfile(profile.db, copied)  # still marked as WAL mode, but without its -wal
    assert copied.read_bytes()[18:20] == b"\x02\x02"

    info = verify_backup(copied)

    assert (info.reason, info.profile_name, info.schema_revision) == ("unknown", PROFILE_NAME, REVISION)
    assert os.listdir(flash) == ["orientir.sqlite3"]
