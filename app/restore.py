"""Restoring a profile from a backup without confusing the exchange.

A backup brings back old sequence numbers and old record revisions. Numbers already used for
changes that may have been sent must never be reused for different content. So the backup is first
copied to a private working file, brought to the current schema, and there every record this
profile owns whose revision was already passed (by the database being replaced, or by any backup) is
raised above it and logged again; the change-log numbering continues above the highest number ever
issued; the ids of records that no longer exist keep a revision floor; and the profile gets a new
installation id, so the other side can tell this is a restored copy. Only then is the working file
put in place of the live database, in one step, after a safety backup of what it replaces. A restore
interrupted at any point leaves the live database as it was.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from app.backup import BackupInfo, list_backups, restore_backup, verify_backup
from app.errors import ProfileTooNew, UserError
from app.i18n import fill, translate
from app.keys import folder_public_key, key_path
from app.profile import ProfileStore
from app.timeutil import now
from db.base import Base, Replicated
from db.engine import make_engine
from db.files import DB_FILE, open_readonly, remove_database
from db.models import Profile, RevisionFloor, Setting
from db.revision import SCHEMA_HEAD, stored_revision

LAST_RESTORE_SETTING = "last_restore"
WORK_SUFFIX = ".restoring"


@dataclass
class HighWater:
    """The highest change-log number and record revisions this profile has ever issued, as far as is known."""

    seq: int = 0
    revisions: dict[tuple[str, str], int] = field(default_factory=dict)

    def raise_to(self, entity: str, record_id: str, revision: int) -> None:
        key = (entity, record_id)
        self.revisions[key] = max(self.revisions.get(key, 0), revision)

    def absorb(self, db_path: Path) -> None:
        """Take in what a database file says (its log and its floors); an unreadable file adds nothing."""
        try:
            connection = open_readonly(db_path)
            try:
                row = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
                self.seq = max(self.seq, row[0] if row else 0)
                for entity, record_id, revision in connection.execute(
                    "SELECT entity, record_id, max(revision) FROM change_log GROUP BY entity, record_id"
                ):
                    self.raise_to(entity, record_id, revision)
                for entity, record_id, revision in connection.execute(
                    "SELECT entity, record_id, revision FROM revision_floor"
                ):
                    self.raise_to(entity, record_id, revision)
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            return


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety: BackupInfo | None
    records_superseded: int
    key_missing: bool
    kind: str


def _identity(db_path: Path) -> tuple[str, str, str | None, str, str] | None:
    """(kind, department id, school id, name, public key) of the profile in a database file; None if unreadable."""
    try:
        connection = open_readonly(db_path)
        try:
            return connection.execute("SELECT kind, department_id, school_id, name, public_key FROM profile").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None


def _known(revision: str | None) -> bool:
    if revision == SCHEMA_HEAD:
        return True
    # Alembic is loaded only when a schema is not the current one.
    from db.migrate import known_revisions

    return revision in known_revisions()


def _refuse_foreign(backup_path: Path, wanted, root: Path, current) -> None:
    """A backup of another profile must never land in this folder, beside this profile's key."""
    if current is not None:
        if current[:3] == wanted[:3]:
            return
        other = current[3]
    else:
        folder_key = folder_public_key(root)
        if folder_key is None or folder_key == wanted[4]:
            return
        other = translate("Restore", "с другим ключом подписи")
    raise UserError(
        fill(
            translate(
                "Restore",
                "Резервная копия %1 — от другого профиля («%2»), а папка %3 принадлежит профилю «%4». "
                "Выберите копию этого профиля или другую папку (--data-dir).",
            ),
            backup_path,
            wanted[3],
            root,
            other,
        )
    )


def restore_profile(root: Path, backup_path: Path) -> RestoreResult:
    root = Path(root)
    if Path(backup_path).resolve() == (root / DB_FILE).resolve():
        raise UserError(
            translate("Restore", "Это сам рабочий файл профиля, а не резервная копия. Выберите копию в папке backups.")
        )
    found = verify_backup(Path(backup_path))
    if not _known(found.schema_revision):
        raise ProfileTooNew(
            translate("Restore", "Резервная копия %1 сделана более новой версией Ориентира. Обновите программу.").replace(
                "%1", str(backup_path)
            )
        )
    db_path = root / DB_FILE
    wanted = _identity(found.path)
    current = _identity(db_path) if db_path.exists() else None
    _refuse_foreign(found.path, wanted, root, current)
    high = HighWater()
    for source in [db_path] + [b.path for b in list_backups(root / "backups")]:
        if source.exists():
            high.absorb(source)
    root.mkdir(parents=True, exist_ok=True)
    work = db_path.with_name(DB_FILE + WORK_SUFFIX)
    superseded = _prepare(found.path, work, root, high, found)
    try:
        safety = restore_backup(work, db_path, root / "backups")
    finally:
        remove_database(work)
    return RestoreResult(found, safety, superseded, key_missing=not key_path(root).exists(), kind=wanted[0])


def _prepare(backup: Path, work: Path, root: Path, high: HighWater, found: BackupInfo) -> int:
    """Copy the backup to the working file, bring it to the current schema and raise its numbers there."""
    remove_database(work)
    source = open_readonly(backup)
    target = sqlite3.connect(work)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    engine = make_engine(work)
    try:
        if stored_revision(engine) != SCHEMA_HEAD:
            from db.migrate import upgrade  # see _known

            upgrade(engine)
        store = ProfileStore(root, engine, db_path=work)
        superseded = _supersede(store, high, found)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return superseded


def _supersede(store: ProfileStore, high: HighWater, previous_backup: BackupInfo) -> int:
    """Raise what this profile owns above what it already issued, and log it anew.

    Records owned by another party keep the revision the backup has: their owner issues the next one.
    """
    owner = store.info.owner
    raised = 0
    with store.writing() as session:
        session.execute(
            text("UPDATE sqlite_sequence SET seq = max(seq, :seq) WHERE name = 'change_log'"), {"seq": high.seq}
        )
        present = set()
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if not issubclass(model, Replicated):
                continue
            for record in session.scalars(select(model)):
                present.add((model.__tablename__, record.id))
                if (record.owner_kind, record.owner_school_id) != (owner["owner_kind"], owner["owner_school_id"]):
                    continue
                issued = high.revisions.get((model.__tablename__, record.id), 0)
                # An equal revision means the same content; a higher one was issued after the backup.
                if issued > record.revision:
                    # The change log bumps it once more on flush: above anything issued before.
                    record.revision = issued
                    raised += 1
        # Records made after the backup are gone now; should the same id be made again, it starts above.
        for (entity, record_id), revision in high.revisions.items():
            if (entity, record_id) not in present:
                floor = session.get(RevisionFloor, record_id)
                if floor is None:
                    session.add(RevisionFloor(record_id=record_id, entity=entity, revision=revision))
                else:
                    floor.revision = max(floor.revision, revision)
        profile = session.scalars(select(Profile)).one()
        previous_installation = profile.installation_id
        profile.installation_id = str(uuid.uuid4())
        setting = session.get(Setting, LAST_RESTORE_SETTING) or Setting(key=LAST_RESTORE_SETTING)
        setting.value = {
            "at": now().isoformat(),
            "from": previous_backup.path.name,
            "previous_installation_id": previous_installation,
        }
        session.add(setting)
    return raised
