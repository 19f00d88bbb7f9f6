"""Verified backups of the profile database, their rotation, and restoring from them.

A backup is taken before every schema migration and every import, and on request. Each one is a
self-contained SQLite file in the profile's `backups/` folder, named
`orientir-YYYY-MM-DD_HH-MM-SS-<reason>.sqlite3` (local time), checked before it gets that name,
so a file with a final name is always complete. Failures raise `BackupError` with a Russian
message a deputy director can act on; the technical details go to the log.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.errors import UserError
from app.fsutil import fsync_dir, fsync_file, replace
from app.i18n import translate
from db.files import open_readonly, remove_database, uri

log = logging.getLogger(__name__)

PREFIX = "orientir-"
SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".part"
KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 30
STALE_TEMP_SECONDS = 3600

# Every hyphen-separated word of a reason starts with a letter, so a trailing `-2` in a file
# name can only be the counter that keeps names unique.
_REASON = r"[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*"
_NAME = re.compile(rf"orientir-(\d{{4}}-\d\d-\d\d_\d\d-\d\d-\d\d)-({_REASON})(?:-(\d+))?\.sqlite3")
_STALE_TEMP = re.compile(r"orientir-.*\.part(?:-journal|-wal|-shm)?")
_STAMP = "%Y-%m-%d_%H-%M-%S"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(UserError):
    """A backup could not be made, checked or restored; `message` says what to do."""


class DatabaseDamagedError(BackupError):
    """The database being copied is itself damaged, so a copy of it would be useless."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as a person choosing what to restore needs to see it."""

    path: Path
    created: datetime
    reason: str
    size: int
    schema_revision: str | None
    profile_name: str | None


@dataclass(frozen=True)
class _Named:
    """A file whose name says it is a backup; what is inside is not looked at."""

    path: Path
    created: datetime
    reason: str
    serial: int


def _fail(message: str, details: str, cls: type[BackupError] = BackupError) -> BackupError:
    log.warning("%s\n%s", message, details)
    return cls(message, details)


def _local(now: datetime | None) -> datetime:
    """Local, timezone-aware time; a naive `now` is taken as local time already."""
    return (now or datetime.now()).astimezone()


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


# --- messages shared by several steps ---------------------------------------------------------


def _write_error(exc: OSError, folder: Path) -> BackupError:
    details = f"{folder}: {type(exc).__name__}: {exc}"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _fail(_disk_full_text(), details)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _fail(_no_rights_text(folder), details)
    return _fail(_write_failed_text(), details)


def _disk_full_text() -> str:
    return translate(
        "Backup",
        "Не хватает места на диске для резервной копии. Освободите место (удалите ненужные "
        "файлы, очистите корзину) и повторите.",
    )


def _no_rights_text(folder: Path) -> str:
    return translate(
        "Backup",
        "Нет прав на запись в папку резервных копий %1. Попросите администратора "
        "компьютера разрешить запись в эту папку и повторите.",
    ).replace("%1", str(folder))


def _write_failed_text() -> str:
    return translate(
        "Backup",
        "Не удалось записать резервную копию. Повторите; если ошибка повторится, проверьте диск "
        "и передайте подробности специалисту.",
    )


def _busy_text() -> str:
    return translate(
        "Backup",
        "База данных занята другой программой. Закройте другие окна Ориентира и повторите.",
    )


# --- reading a database file ------------------------------------------------------------------


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        name: conn.execute('SELECT count(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]
        for name in _tables(conn)
    }


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    found = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return [] if found == ["ok"] else found


def _read_metadata(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """(schema revision, profile name) as recorded in the database, None where absent."""
    tables = {name.lower() for name in _tables(conn)}
    revision = name = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if "profile" in tables:
        columns = {row[1].lower() for row in conn.execute("PRAGMA table_info(profile)")}
        if "name" in columns:
            row = conn.execute("SELECT name FROM profile").fetchone()
            name = row[0] if row else None
    return revision, name


def _peek_metadata(path: Path) -> tuple[str | None, str | None]:
    """Metadata of a backup for a listing; a file that cannot be read simply shows none."""
    try:
        conn = open_readonly(path)
        try:
            return _read_metadata(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("Cannot read metadata of backup %s: %s", path, exc)
        return None, None


def _parse_name(path: Path) -> _Named | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match[1], _STAMP).astimezone()
    except ValueError:
        return None
    return _Named(path, created, match[2], int(match[3] or 1))


def _describe(path: Path) -> BackupInfo:
    named = _parse_name(path)
    stat = path.stat()
    created = named.created if named else datetime.fromtimestamp(stat.st_mtime).astimezone()
    revision, profile = _peek_metadata(path)
    return BackupInfo(path, created, named.reason if named else "unknown", stat.st_size, revision, profile)


def _scan(folder: Path) -> list[os.DirEntry]:
    try:
        return list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []


def _named_backups(backups_dir: Path) -> list[_Named]:
    """Backups in the folder by name, newest first; anything else there is ignored."""
    files = [Path(backups_dir) / entry.name for entry in _scan(backups_dir) if entry.is_file()]
    named = [found for path in files if (found := _parse_name(path))]
    return sorted(named, key=lambda b: (b.created, b.serial, b.path.name), reverse=True)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first; temporary and unrelated files are left out."""
    found = []
    for named in _named_backups(Path(backups_dir)):
        try:
            found.append(_describe(named.path))
        except FileNotFoundError:
            continue  # rotated away by another backup while we were listing
    return found


def _not_ours_text(path: Path) -> str:
    return translate(
        "Backup",
        "Файл %1 не является резервной копией Ориентира. Выберите другой файл: имя резервной "
        "копии начинается с «orientir-» и заканчивается на «.sqlite3».",
    ).replace("%1", str(path))


def _damaged_backup_text(path: Path) -> str:
    return translate(
        "Backup",
        "Резервная копия %1 повреждена, восстановить из неё данные нельзя. Выберите другую, "
        "более раннюю копию.",
    ).replace("%1", str(path))


def _refuse_if_not_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise _fail(
            translate(
                "Backup",
                "Файл %1 не найден. Проверьте, что флешка или диск с резервной копией "
                "подключены, и выберите файл ещё раз.",
            ).replace("%1", str(path)),
            "missing",
        )
    if path.is_dir():
        raise _fail(
            translate(
                "Backup", "%1 — это папка, а не файл. Выберите файл резервной копии (.sqlite3)."
            ).replace("%1", str(path)),
            "is a directory",
        )
    try:
        with open(path, "rb") as stream:
            header = stream.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise _fail(_unreadable_text(path), f"{type(exc).__name__}: {exc}") from exc
    if header != _SQLITE_MAGIC:
        raise _fail(_not_ours_text(path), f"header {header!r}")


def verify_backup(path: Path) -> BackupInfo:
    """Check that a file is an undamaged Orientir backup and describe it; BackupError if not."""
    path = Path(path)
    _refuse_if_not_sqlite_file(path)
    try:
        conn = open_readonly(path)
        try:
            problems = _integrity_problems(conn)
            tables = set() if problems else {name.lower() for name in _tables(conn)}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        details = f"{type(exc).__name__}: {exc}"
        if _primary_code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT):
            raise _fail(_damaged_backup_text(path), details) from exc
        raise _fail(_unreadable_text(path), details) from exc
    if problems:
        raise _fail(_damaged_backup_text(path), "\n".join(problems[:20]))
    if "profile" not in tables:
        raise _fail(_not_ours_text(path), "no profile table")
    return _describe(path)


def _unreadable_text(path: Path) -> str:
    return translate(
        "Backup",
        "Не удалось прочитать файл %1. Если он на флешке, проверьте, что она подключена, и "
        "повторите.",
    ).replace("%1", str(path))


# --- making a backup --------------------------------------------------------------------------


def _prepare_folder(backups_dir: Path) -> None:
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise _fail(
            translate(
                "Backup",
                "Папку резервных копий %1 создать нельзя: на её месте лежит файл. "
                "Переименуйте или перенесите этот файл и повторите.",
            ).replace("%1", str(backups_dir)),
            f"{type(exc).__name__}: {exc}",
        ) from exc
    except OSError as exc:
        raise _write_error(exc, backups_dir) from exc


def _new_temp(backups_dir: Path, stem: str) -> Path:
    try:
        fd, name = tempfile.mkstemp(dir=backups_dir, prefix=f"{stem}.", suffix=TEMP_SUFFIX)
    except OSError as exc:
        raise _write_error(exc, backups_dir) from exc
    os.close(fd)
    return Path(name)


def _remove_temp(temp: Path) -> None:
    try:
        remove_database(temp)
    except OSError as exc:
        log.warning("Cannot remove temporary file %s: %s", temp, exc)


def _free_name(backups_dir: Path, moment: datetime, reason: str) -> Path:
    stem = f"{PREFIX}{moment.strftime(_STAMP)}-{reason}"
    candidate, serial = backups_dir / f"{stem}{SUFFIX}", 2
    while candidate.exists():
        candidate, serial = backups_dir / f"{stem}-{serial}{SUFFIX}", serial + 1
    return candidate


def _sqlite_error(exc: sqlite3.Error, db_path: Path, backups_dir: Path) -> BackupError:
    """Map an error while copying; the copy is a fresh file, so damage can only be the source's."""
    details = f"{db_path} -> {backups_dir}: {type(exc).__name__}: {exc}"
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_FULL:
        return _fail(_disk_full_text(), details)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _fail(_damaged_source_text(db_path), details, DatabaseDamagedError)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _fail(_busy_text(), details)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return _fail(_no_rights_text(backups_dir), details)
    return _fail(_write_failed_text(), details)


def _damaged_source_text(db_path: Path) -> str:
    return translate(
        "Backup",
        "База данных %1 повреждена, поэтому резервная копия не сделана. Восстановите данные "
        "из последней резервной копии.",
    ).replace("%1", str(db_path))


def _check_copy(copy_path: Path) -> tuple[list[str], dict[str, int]]:
    """(integrity problems, row count of each table) of a finished copy."""
    try:
        conn = open_readonly(copy_path)
        try:
            problems = _integrity_problems(conn)
            return problems, ({} if problems else _row_counts(conn))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [f"{type(exc).__name__}: {exc}"], {}


def _copy_verified(db_path: Path, temp: Path, backups_dir: Path) -> None:
    """Copy the live database into `temp` with the online backup API, flush it and check it."""
    try:
        source = sqlite3.connect(uri(db_path, "rw"), uri=True, isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise _fail(_unreadable_text(db_path), f"{type(exc).__name__}: {exc}") from exc
    try:
        # Counting opens the read snapshot that the backup then copies, so the counts taken
        # here are exactly what the copy must contain even while the program keeps writing.
        source.execute("BEGIN")
        expected = _row_counts(source)
        copy = sqlite3.connect(temp, isolation_level=None)
        try:
            source.backup(copy)
            # The copied header still says WAL; a backup must open without a -wal beside it.
            mode = copy.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            copy.close()
        fsync_file(temp)
        problems, found = _check_copy(temp)
        if mode != "delete":
            problems.append(f"journal_mode is {mode}")
        if problems or found != expected:
            details = f"{problems[:20]}; expected {expected}; found {found}"
            if _integrity_problems(source):
                raise _fail(_damaged_source_text(db_path), details, DatabaseDamagedError)
            raise _fail(
                translate(
                    "Backup",
                    "Резервная копия не прошла проверку после записи — возможно, неисправен диск. "
                    "Повторите; если ошибка повторится, проверьте диск и передайте подробности "
                    "специалисту.",
                ),
                details,
            )
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, db_path, backups_dir) from exc
    except OSError as exc:
        raise _write_error(exc, backups_dir) from exc
    finally:
        source.close()


def _create(
    db_path: Path, backups_dir: Path, reason: str, now: datetime | None, protect: Iterable[Path] = ()
) -> BackupInfo:
    if not re.fullmatch(_REASON, reason):
        raise ValueError(f"backup reason must be a lowercase ascii slug, got {reason!r}")
    db_path, backups_dir, moment = Path(db_path), Path(backups_dir), _local(now).replace(microsecond=0)
    if not db_path.is_file():
        raise _fail(
            translate(
                "Backup", "Файл базы данных %1 не найден — резервную копию сделать не из чего."
            ).replace("%1", str(db_path)),
            "missing database",
        )
    _prepare_folder(backups_dir)
    temp = _new_temp(backups_dir, f"{PREFIX}{moment.strftime(_STAMP)}-{reason}")
    try:
        _copy_verified(db_path, temp, backups_dir)
        final = _free_name(backups_dir, moment, reason)
        replace(temp, final)
        fsync_dir(backups_dir)
    except OSError as exc:
        _remove_temp(temp)
        raise _write_error(exc, backups_dir) from exc
    except BaseException:
        _remove_temp(temp)
        raise
    log.info("Backup %s made from %s (%s)", final.name, db_path, reason)
    info = _describe(final)
    _rotate(backups_dir, moment, (final, *protect))
    return info


def create_backup(db_path: Path, backups_dir: Path, reason: str, now: datetime | None = None) -> BackupInfo:
    """Copy the live database (it may be open in WAL mode) into a new, verified backup file.

    `reason` is a lowercase ascii slug such as "manual", "migration" or "import"; `now` (local
    time when naive) names the file and drives rotation, which runs afterwards. Raises
    BackupError and leaves no file behind on failure; DatabaseDamagedError when the database
    itself is damaged.
    """
    return _create(db_path, backups_dir, reason, now)


# --- rotation ---------------------------------------------------------------------------------


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False  # another program's rotation got there first
    except OSError as exc:
        log.warning("Cannot remove old backup %s: %s", path, exc)
        return False
    return True


def _rotate(backups_dir: Path, now: datetime | None, protect: Iterable[Path]) -> list[Path]:
    moment = _local(now)
    backups = _named_backups(backups_dir)
    keep = {b.path.resolve() for b in backups[:KEEP_NEWEST]} | {Path(p).resolve() for p in protect}
    days_seen = set()
    for backup in backups:
        day = backup.created.date()
        if day not in days_seen:
            days_seen.add(day)
            if (moment.date() - day).days < KEEP_DAILY_DAYS:
                keep.add(backup.path.resolve())
    removed = []
    for backup in backups:
        if backup.path.resolve() not in keep and _remove(backup.path):
            removed.append(backup.path)
            # A damaged database set aside by restore may carry its WAL beside it.
            _remove(backup.path.with_name(backup.path.name + "-wal"))
    for stale in _stale_temps(backups_dir, moment):
        if _remove(stale):
            removed.append(stale)
    if removed:
        log.info("Rotation removed %d file(s) from %s", len(removed), backups_dir)
    return removed


def _stale_temps(backups_dir: Path, moment: datetime) -> list[Path]:
    """Temporary files left by a backup that was interrupted (power cut, crash) over an hour ago."""
    stale = []
    for entry in _scan(backups_dir):
        try:
            age = moment.timestamp() - entry.stat().st_mtime
            if _STALE_TEMP.fullmatch(entry.name) and entry.is_file() and age > STALE_TEMP_SECONDS:
                stale.append(Path(backups_dir) / entry.name)
        except FileNotFoundError:
            continue
    return stale


def rotate_backups(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete old backups and return what was removed.

    Kept: the 10 newest, and the newest of each calendar day of the last 30 days (counting
    today). Leftover temporary `.part` files older than an hour are removed as well.
    """
    return _rotate(Path(backups_dir), now, ())


# --- restore ----------------------------------------------------------------------------------


def _set_aside_damaged(db_path: Path, backups_dir: Path, protect: Iterable[Path]) -> BackupInfo:
    """Copy a damaged database file as it is (with its WAL) next to the backups, for a specialist."""
    moment = _local(None).replace(microsecond=0)
    _prepare_folder(backups_dir)
    final = _free_name(backups_dir, moment, "damaged")
    pairs = [(db_path, final)]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.is_file() and wal.stat().st_size:
        pairs.append((wal, final.with_name(final.name + "-wal")))
    # The WAL goes first so that the database file never appears without it.
    for source, target in reversed(pairs):
        temp = _new_temp(backups_dir, final.stem)
        try:
            shutil.copyfile(source, temp)
            fsync_file(temp)
            replace(temp, target)
            fsync_dir(backups_dir)
        except OSError as exc:
            _remove_temp(temp)
            raise _write_error(exc, backups_dir) from exc
    log.warning("Damaged database %s set aside as %s", db_path, final)
    _rotate(backups_dir, moment, (final, *protect))
    return _describe(final)


def _remove_database(db_path: Path) -> None:
    try:
        remove_database(db_path)
    except OSError as exc:
        raise _fail(_busy_text(), f"{db_path}: {type(exc).__name__}: {exc}") from exc


def _copy_into(backup_path: Path, db_path: Path, safety: BackupInfo | None) -> None:
    """Write the backup over the live database; a failure leaves the live database as it was."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        source = open_readonly(backup_path)
        try:
            live = sqlite3.connect(db_path, isolation_level=None, timeout=30)
            try:
                source.backup(live)
                # A profile database is always in WAL mode; a freshly created one is not yet.
                live.execute("PRAGMA journal_mode=WAL")
                problems = _integrity_problems(live)
            finally:
                live.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:
        details = f"{backup_path} -> {db_path}: {type(exc).__name__}: {exc}"
        code = _primary_code(exc) if isinstance(exc, sqlite3.Error) else None
        if code == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
            message = _disk_full_text()
        elif code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            message = _busy_text()
        else:
            message = _restore_failed_text(backup_path)
        raise _fail(_with_safety_note(message, safety), details) from exc
    if problems:
        raise _fail(_with_safety_note(_restore_failed_text(backup_path), safety), "\n".join(problems[:20]))


def _with_safety_note(message: str, safety: BackupInfo | None) -> str:
    if safety is None:
        return message
    note = translate("Backup", "Данные, которые были до восстановления, сохранены в файле %1.")
    return f"{message} {note.replace('%1', str(safety.path))}"


def _restore_failed_text(backup_path: Path) -> str:
    return translate(
        "Backup",
        "Не удалось восстановить данные из резервной копии %1. Повторите; если ошибка "
        "повторится, передайте подробности специалисту.",
    ).replace("%1", str(backup_path))


def restore_backup(backup_path: Path, db_path: Path, backups_dir: Path) -> BackupInfo | None:
    """Put a backup back as the live database; return the safety backup taken first.

    The backup is verified first. The current database, if there is one, is saved as a
    `before-restore` backup; if it is damaged, its raw file is set aside as
    `orientir-…-damaged.sqlite3` instead and the damaged files are removed. The backup is then
    copied into `db_path` with the online backup API, so connections other parts of the program
    hold see the restored data consistently, and the result is integrity-checked. Returns None
    when there was no current database to save.

    Whether the backup's `schema_revision` is one this program knows (and needs migrating, or
    is too new) is for the caller to check, with `verify_backup`, before calling this.
    """
    backup_path, db_path, backups_dir = Path(backup_path), Path(db_path), Path(backups_dir)
    chosen = verify_backup(backup_path)
    safety = None
    if db_path.exists():
        try:
            safety = _create(db_path, backups_dir, "before-restore", None, protect=(backup_path,))
        except DatabaseDamagedError:
            safety = _set_aside_damaged(db_path, backups_dir, protect=(backup_path,))
            _remove_database(db_path)
    _copy_into(backup_path, db_path, safety)
    log.info("Restored %s (revision %s) into %s", chosen.path, chosen.schema_revision, db_path)
    return safety
