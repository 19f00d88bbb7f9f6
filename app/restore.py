"""Restoring a profile from a backup without confusing the exchange.

A backup brings back old sequence numbers and old record revisions. Numbers already used for
changes that may have been sent must never be reused for different content, so after the copy is put
back every record whose revision was already passed (by the database just replaced, or by any newer
backup) is raised above it and logged again, the change-log sequence continues above the highest
number ever issued, and the profile gets a new installation id so the other side can tell that this
is a restored copy.
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
from app.keys import key_path
from app.profile import DB_FILE, open_profile
from app.timeutil import now
from db.base import Base, Replicated
from db.models import Profile, RevisionFloor, Setting
from db.revision import SCHEMA_HEAD

LAST_RESTORE_SETTING = "last_restore"


@dataclass
class HighWater:
    """The highest change-log number and record revisions this profile has ever issued, as far as is known."""

    seq: int = 0
    revisions: dict[tuple[str, str], int] = field(default_factory=dict)

    def absorb(self, db_path: Path) -> None:
        """Take in what a database file says; an unreadable file adds nothing."""
        try:
            connection = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                row = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
                self.seq = max(self.seq, row[0] if row else 0)
                for entity, record_id, revision in connection.execute(
                    "SELECT entity, record_id, max(revision) FROM change_log GROUP BY entity, record_id"
                ):
                    key = (entity, record_id)
                    self.revisions[key] = max(self.revisions.get(key, 0), revision)
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


def _known(revision: str | None) -> bool:
    from db.migrate import (
        known_revisions,  # Alembic is loaded only when a schema is not the current one
    )

    return revision in known_revisions()


def _identity(db_path: Path) -> tuple[str, str, str | None, str] | None:
    """(kind, department id, school id, name) of the profile in a database file; None if unreadable."""
    try:
        connection = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return connection.execute("SELECT kind, department_id, school_id, name FROM profile").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None


def restore_profile(root: Path, backup_path: Path) -> RestoreResult:
    root = Path(root)
    found = verify_backup(Path(backup_path))
    if found.schema_revision != SCHEMA_HEAD and not _known(found.schema_revision):
        raise ProfileTooNew(
            translate("Restore", "Резервная копия %1 сделана более новой версией Ориентира. Обновите программу.").replace(
                "%1", str(backup_path)
            )
        )
    db_path = root / DB_FILE
    wanted = _identity(found.path)
    current = _identity(db_path) if db_path.exists() else None
    if current is not None and wanted is not None and current[:3] != wanted[:3]:
        raise UserError(
            fill(
                translate(
                    "Restore",
                    "Резервная копия %1 — от другого профиля («%2»), а в папке %3 профиль «%4». "
                    "Выберите копию этого профиля или другую папку (--data-dir).",
                ),
                backup_path,
                wanted[3],
                root,
                current[3],
            )
        )
    high = HighWater()
    if db_path.exists():
        high.absorb(db_path)
    for other in list_backups(root / "backups"):
        if other.created > found.created:
            high.absorb(other.path)
    root.mkdir(parents=True, exist_ok=True)
    safety = restore_backup(found.path, db_path, root / "backups")
    store = open_profile(root)  # migrates an older copy and checks the result
    try:
        superseded = _supersede(store, high, previous_backup=found)
    finally:
        store.close()
    return RestoreResult(found, safety, superseded, key_missing=not key_path(root).exists())


def _supersede(store, high: HighWater, previous_backup: BackupInfo) -> int:
    """Raise everything the restore rolled back above what was already issued, and log it anew."""
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
