"""The append-only change log, written automatically at every commit.

Each record created or changed in a transaction gets its revision bumped once (a record made here
starts at 1) and, at commit, one `change_log` row with the next local sequence number and the record
as committed. A record brought by another party's bundle is marked with `mark_foreign` before the
flush: it keeps the revision the bundle carries and its log row names the sender as `origin`.
Replicated records are never deleted (a removal is a tombstone: `deleted = True`), and triggers in the
database refuse to update or delete log rows.

The bookkeeping follows savepoints: what was first touched inside a savepoint that rolls back is
forgotten, what was touched before it is still logged.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, SessionTransaction

from app.timeutil import now
from db.base import Replicated
from db.models import ChangeLog, RevisionFloor

ORIGIN_LOCAL = "local"
TOUCHED = "changelog_touched"
FLOORS = "changelog_has_floors"
FOREIGN = "changelog_foreign"


class HardDeleteRefused(RuntimeError):
    """A replicated record was deleted instead of tombstoned: other machines would never learn of it."""


def mark_foreign(session: Session, record: Replicated, origin: str) -> None:
    """The record comes from `origin`'s bundle: keep its revision, log it as theirs."""
    session.info.setdefault(FOREIGN, {})[id(record)] = origin


def record_data(obj: Replicated) -> dict:
    """The record's columns as JSON-ready values (dates as ISO text)."""
    data = {}
    for column in inspect(obj).mapper.column_attrs:
        value = getattr(obj, column.key)
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        data[column.key] = value
    return data


def _current(session: Session) -> SessionTransaction | None:
    return session.get_nested_transaction() or session.get_transaction()


def _before_flush(session: Session, _context, _instances) -> None:
    """Bump each local record's revision once per transaction, however many flushes it takes."""
    for obj in session.deleted:
        if isinstance(obj, Replicated):
            raise HardDeleteRefused(f"{obj.__tablename__} {obj.id}: set deleted=True instead")
    touched = session.info.setdefault(TOUCHED, {})
    foreign = session.info.get(FOREIGN, {})
    where = _current(session)
    for obj in session.new:
        if isinstance(obj, Replicated) and id(obj) not in touched:
            if obj.revision is None:
                obj.revision = _floor(session, obj) + 1 if id(obj) not in foreign else 1
            touched[id(obj)] = (obj, "insert", where)
    for obj in session.dirty:
        if not isinstance(obj, Replicated) or not session.is_modified(obj, include_collections=False):
            continue
        if id(obj) not in touched:
            if id(obj) not in foreign:
                obj.revision = (obj.revision or 0) + 1
            touched[id(obj)] = (obj, "update", where)


def _floor(session: Session, obj: Replicated) -> int:
    """The revision a restore says this record id already reached (0 almost always)."""
    if obj.id is None:  # a fresh random id cannot have been issued before
        return 0
    if FLOORS not in session.info:
        session.info[FLOORS] = bool(session.connection().execute(select(RevisionFloor.record_id).limit(1)).first())
    if not session.info[FLOORS]:
        return 0
    found = session.connection().execute(
        select(RevisionFloor.revision).where(RevisionFloor.record_id == obj.id)
    ).scalar_one_or_none()
    return found or 0


def _before_commit(session: Session) -> None:
    """One log row per record changed in the transaction, showing the record as committed."""
    if session.in_nested_transaction():
        return  # releasing a savepoint: the log is written when the whole transaction commits
    session.flush()
    touched = session.info.pop(TOUCHED, {})
    foreign = session.info.pop(FOREIGN, {})
    session.info.pop(FLOORS, None)
    if not touched:
        return
    stamp = now()
    actor = session.info.get("actor", "")
    rows = []
    for obj, op, _where in touched.values():
        data = record_data(obj)
        rows.append(
            {
                "entity": obj.__tablename__,
                "record_id": data["id"],
                "revision": data["revision"],
                "op": op,
                "owner_kind": data.get("owner_kind"),
                "owner_school_id": data.get("owner_school_id"),
                "origin": foreign.get(id(obj), ORIGIN_LOCAL),
                "changed_at": stamp,
                "changed_by": actor,
                "data": data,
            }
        )
    # Core insert on the transaction's own connection: no ORM bookkeeping while committing.
    session.connection().execute(ChangeLog.__table__.insert(), rows)


def _within(transaction: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False


def _after_soft_rollback(session: Session, previous: SessionTransaction) -> None:
    """Forget what the rolled-back transaction or savepoint touched first; keep what came before it."""
    touched = session.info.get(TOUCHED)
    if not touched:
        return
    for key, (_obj, _op, where) in list(touched.items()):
        if _within(where, previous):
            del touched[key]
    if previous.parent is None:
        for key in (TOUCHED, FOREIGN, FLOORS):
            session.info.pop(key, None)


def install(session_factory) -> None:
    """Attach the change log to every session the factory makes."""
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "before_commit", _before_commit)
    event.listen(session_factory, "after_soft_rollback", _after_soft_rollback)
