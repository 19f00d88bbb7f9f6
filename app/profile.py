"""Opening and creating a profile folder: one school or one department.

A profile folder holds:
    orientir.sqlite3    the database (WAL)
    attachments/        the content-addressed file store
    backups/            verified database backups
    keys/               the signing key (owner-only)
    logs/               the log file

Opening checks, in this order, that nothing is half-opened: the folder is a profile and can be
written; the database passes `quick_check`; its schema is one this program knows (a newer one is
refused); an older schema is migrated after a verified backup.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app import __version__
from app.attachments import AttachmentStore
from app.backup import create_backup, list_backups
from app.errors import (
    ProfileDamaged,
    ProfileExists,
    ProfileNotFound,
    ProfileTooNew,
    UserError,
    WrongProfileKind,
    from_os_error,
)
from app.fsutil import fsync_dir, replace
from app.i18n import fill, translate
from app.keys import generate_key, key_path
from app.logs import start_logging
from app.timeutil import now
from db import changelog
from db.base import DEPARTMENT_OWNER, OWNER_SCHOOL
from db.engine import make_engine, session_factories
from db.files import DB_FILE, remove_database, side_file
from db.integrity import quick_check
from db.models import Profile
from db.revision import MIGRATIONS_DIR, SCHEMA_HEAD, stored_revision

NEW_SUFFIX = ".new"
log = logging.getLogger(__name__)

KIND_NAMES = {"department": "отдела образования", "school": "школы"}


@dataclass(frozen=True)
class ProfileInfo:
    kind: str
    name: str
    department_id: str
    school_id: str | None
    public_key: str = ""

    @property
    def party_id(self) -> str:
        return self.school_id or self.department_id

    @property
    def owner(self) -> dict:
        """The ownership columns for records this profile creates."""
        if self.kind == "school":
            return {"owner_kind": OWNER_SCHOOL, "owner_school_id": self.school_id}
        return dict(DEPARTMENT_OWNER)


def _check_writable(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=root, prefix=".write-check-"):
            pass
    except OSError as error:
        raise UserError(
            translate(
                "Profile",
                "Папка профиля %1 недоступна для записи. Проверьте права доступа или укажите другую папку (--data-dir).",
            ).replace("%1", str(root)),
            details=repr(error),
        ) from error


def _quick_check(db_path: Path) -> None:
    """Refuse a damaged database before SQLAlchemy or a migration touches it."""
    intact, details = quick_check(db_path)
    if not intact:
        raise ProfileDamaged(_damaged_message(db_path), details=details)


def _damaged_message(db_path: Path) -> str:
    # A copy set aside because it was damaged is no candidate for restoring.
    backups = [b for b in list_backups(db_path.parent / "backups") if b.reason != "damaged"]
    text = translate("Profile", "База данных профиля %1 повреждена, открыть её нельзя.").replace("%1", str(db_path))
    if backups:
        text += " " + fill(
            translate("Profile", "Восстановите последнюю резервную копию: orientir --data-dir \"%1\" restore \"%2\""),
            db_path.parent,
            backups[0].path,
        )
    else:
        text += " " + translate("Profile", "Резервных копий нет — обратитесь в службу поддержки, не удаляя папку.")
    return text


class ProfileStore:
    """An open profile: its database sessions and its attachment store."""

    def __init__(self, root: Path, engine: Engine, db_path: Path | None = None) -> None:
        self.root = root
        self.db_path = db_path or root / DB_FILE
        self.engine = engine
        self._reading, self._writing = session_factories(engine)
        changelog.install(self._writing)
        self.attachments = AttachmentStore(root / "attachments")
        self.backups_dir = root / "backups"
        self.keys_dir = root / "keys"
        self._info: ProfileInfo | None = None

    @property
    def info(self) -> ProfileInfo:
        if self._info is None:
            with self.reading() as session:
                row = session.scalars(select(Profile)).one()
                self._info = ProfileInfo(row.kind, row.name, row.department_id, row.school_id, row.public_key)
        return self._info

    def require(self, kind: str) -> ProfileInfo:
        """Refuse a command meant for the other kind of profile."""
        info = self.info
        if info.kind != kind:
            raise WrongProfileKind(
                translate("Profile", "Эта команда — для профиля %1, а в папке %2 профиль %3 «%4».")
                .replace("%1", KIND_NAMES[kind])
                .replace("%2", str(self.root))
                .replace("%3", KIND_NAMES[info.kind])
                .replace("%4", info.name)
            )
        return info

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._reading() as session:
            yield session

    @contextmanager
    def writing(self, actor: str = "") -> Iterator[Session]:
        """One atomic write: commits when the block ends normally, rolls back on any error."""
        with self._writing() as session:
            session.info["actor"] = actor or (self._info.name if self._info else "")
            with session.begin():
                yield session

    def backup(self, reason: str):
        return create_backup(self.db_path, self.backups_dir, reason)

    def close(self) -> None:
        self.engine.dispose()


def has_profile(root: Path) -> bool:
    return (root / DB_FILE).is_file()


def open_profile(root: Path, script_location: Path = MIGRATIONS_DIR) -> ProfileStore:
    root = Path(root)
    db_path = root / DB_FILE
    if not db_path.is_file():
        raise ProfileNotFound(
            translate(
                "Profile",
                "В папке %1 нет профиля Ориентира. Создайте его командой «orientir init department --name …» "
                "или «orientir init school --enrollment ФАЙЛ», либо укажите другую папку (--data-dir).",
            ).replace("%1", str(root))
        )
    _check_writable(root)
    start_logging(root)
    _finish_interrupted_init(root)
    _quick_check(db_path)
    engine = make_engine(db_path)
    try:
        _bring_schema_up_to_date(engine, db_path, script_location)
        store = ProfileStore(root, engine)
        store.attachments.remove_abandoned_temp_files()
        store.info  # noqa: B018 - reads the profile row now, so a broken profile fails here, not later
    except BaseException:
        engine.dispose()
        raise
    return store


def _finish_interrupted_init(root: Path) -> None:
    """`init` renames the database first and the key second; a crash in between is completed here."""
    pending = key_path(root).with_name(key_path(root).name + NEW_SUFFIX)
    if pending.exists() and not key_path(root).exists():
        replace(pending, key_path(root))
        fsync_dir(pending.parent)


def _bring_schema_up_to_date(engine: Engine, db_path: Path, script_location: Path) -> None:
    revision = stored_revision(engine)
    if revision == SCHEMA_HEAD and script_location == MIGRATIONS_DIR:
        return
    # Loaded only when the schema is not the current one: Alembic adds a noticeable start-up cost.
    from db.migrate import head_revision, known_revisions, upgrade

    if revision is None:
        raise ProfileDamaged(
            translate("Profile", "Файл %1 не является профилем Ориентира.").replace("%1", str(db_path))
        )
    if revision not in known_revisions(script_location):
        raise ProfileTooNew(
            translate(
                "Profile",
                "Профиль в папке %1 создан более новой версией Ориентира. Обновите программу, чтобы открыть его.",
            ).replace("%1", str(db_path.parent))
        )
    if revision != head_revision(script_location):
        log.info("migrating %s from %s", db_path, revision)
        made = create_backup(db_path, db_path.parent / "backups", "migration")
        try:
            upgrade(engine, script_location)
        except Exception as error:
            log.exception("migration failed")
            raise UserError(
                translate(
                    "Profile",
                    "Не удалось обновить профиль для новой версии программы. Профиль не изменён; его копия: %1. "
                    "Сообщите об этом в службу поддержки и приложите журнал.",
                ).replace("%1", str(made.path)),
                details=repr(error),
            ) from error


# What a profile folder may already hold before `init` (from an earlier attempt, or made by the program).
OWN_ENTRIES = {"logs", "backups", "attachments", "keys"}


def _refuse_foreign_folder(root: Path) -> None:
    """A profile gets its own folder: mixed into «Документы» its files would be moved or deleted by accident."""
    if not root.is_dir():
        return
    strangers = sorted(p.name for p in root.iterdir() if p.name not in OWN_ENTRIES and not p.name.startswith(DB_FILE))
    if strangers:
        raise ProfileExists(
            fill(
                translate(
                    "Profile",
                    "Папка %1 не пуста (%2…). Для профиля нужна отдельная пустая папка — укажите новую (--data-dir).",
                ),
                root,
                ", ".join(strangers[:3]),
            )
        )


def _refuse_remains(root: Path) -> None:
    """A folder holding pieces of an earlier profile (its journal, its key) is not a place for a new one:
    SQLite would replay the old journal into the new database, and the old key would be lost."""
    candidates = (side_file(root / DB_FILE, "-wal"), side_file(root / DB_FILE, "-journal"), key_path(root))
    remains = [p for p in candidates if p.exists()]
    if remains:
        raise ProfileExists(
            fill(
                translate(
                    "Profile",
                    "В папке %1 остались файлы прежнего профиля (%2). Создайте профиль в пустой папке "
                    "(--data-dir) — или, если прежний профиль нужен, восстановите его из резервной копии.",
                ),
                root,
                ", ".join(p.name for p in remains),
            )
        )


def init_profile(
    root: Path,
    kind: str,
    name: str,
    populate: Callable[[Session, ProfileInfo, str], None],
    department_id: str,
    school_id: str | None = None,
    script_location: Path = MIGRATIONS_DIR,
) -> ProfileStore:
    """Create a new profile atomically: built under a temporary name, renamed when complete.

    The signing key is made first; `populate(session, info, public_key)` writes the department and
    school rows and anything else the profile starts with; the profile row itself is added here.
    """
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise from_os_error(NotADirectoryError(20, "not a directory", str(root)), root)
    if has_profile(root):
        raise ProfileExists(
            translate("Profile", "В папке %1 уже есть профиль. Укажите другую папку (--data-dir).").replace("%1", str(root))
        )
    _refuse_remains(root)
    _refuse_foreign_folder(root)
    _check_writable(root)
    start_logging(root)
    building = root / (DB_FILE + NEW_SUFFIX)
    new_key = key_path(root).with_name(key_path(root).name + NEW_SUFFIX)
    remove_database(building)
    new_key.unlink(missing_ok=True)
    try:
        public_key = generate_key(new_key)
    except OSError as error:
        raise from_os_error(error, new_key.parent) from error
    engine = make_engine(building)
    try:
        from db.migrate import upgrade  # see _bring_schema_up_to_date

        upgrade(engine, script_location)
        info = ProfileInfo(kind, name, department_id, school_id, public_key)
        _reading, writing = session_factories(engine)
        changelog.install(writing)
        with writing() as session, session.begin():
            session.info["actor"] = name
            populate(session, info, public_key)
            session.flush()
            session.add(
                Profile(
                    kind=kind,
                    name=name,
                    department_id=department_id,
                    school_id=school_id,
                    installation_id=str(uuid.uuid4()),
                    public_key=public_key,
                    created_at=now(),
                    created_by_version=__version__,
                )
            )
        # Fold the WAL into the file so the rename moves one complete database.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        engine.dispose()
        remove_database(building)
        new_key.unlink(missing_ok=True)
        raise
    engine.dispose()
    try:
        replace(building, root / DB_FILE)
        fsync_dir(root)
        replace(new_key, key_path(root))
        fsync_dir(new_key.parent)
        remove_database(building)  # only its emptied side files are left by now
    except OSError as error:
        raise from_os_error(error, root) from error
    return open_profile(root, script_location)
