"""The append-only change log, written automatically on every flush.

Each record created or changed in a transaction gets its revision bumped once (a record made here
starts at 1) and, at commit, one `change_log` row with the next local sequence number and the record
as committed. A session
applying another party's bundle sets `session.info["origin"]` to that party's id and keeps the
revisions the bundle carries. Triggers in the database refuse to update or delete log rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.timeutil import now
from db.base import Replicated
from db.models import ChangeLog

ORIGIN_LOCAL = "local"
TOUCHED = "changelog_touched"


def record_data(obj: Replicated) -> dict:
    """The record's columns as JSON-ready values (dates as ISO text)."""
    data = {}
    for column in inspect(obj).mapper.column_attrs:
        value = getattr(obj, column.key)
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        data[column.key] = value
    return data


def _before_flush(session: Session, _context, _instances) -> None:
    """Bump each record's revision once per transaction, however many flushes it takes."""
    local = session.info.get("origin", ORIGIN_LOCAL) == ORIGIN_LOCAL
    touched = session.info.setdefault(TOUCHED, {})
    for obj in session.new:
        if isinstance(obj, Replicated) and id(obj) not in touched:
            if obj.revision is None:
                obj.revision = 1
            touched[id(obj)] = (obj, "insert")
    for obj in session.dirty:
        if not isinstance(obj, Replicated) or not session.is_modified(obj, include_collections=False):
            continue
        if id(obj) not in touched:
            if local:
                obj.revision = (obj.revision or 0) + 1
            touched[id(obj)] = (obj, "update")
    for obj in session.deleted:
        if isinstance(obj, Replicated):
            touched[id(obj)] = (obj, "delete")


def _before_commit(session: Session) -> None:
    """One log row per record changed in the transaction, showing the record as committed."""
    session.flush()
    touched = session.info.pop(TOUCHED, {})
    if not touched:
        return
    stamp = now()
    origin = session.info.get("origin", ORIGIN_LOCAL)
    actor = session.info.get("actor", "")
    rows = []
    for obj, op in touched.values():
        data = record_data(obj)
        rows.append(
            {
                "entity": obj.__tablename__,
                "record_id": data["id"],
                "revision": data["revision"],
                "op": op,
                "owner_kind": data.get("owner_kind"),
                "owner_school_id": data.get("owner_school_id"),
                "origin": origin,
                "changed_at": stamp,
                "changed_by": actor,
                "data": data,
            }
        )
    # Core insert on the transaction's own connection: no ORM bookkeeping while committing.
    session.connection().execute(ChangeLog.__table__.insert(), rows)


def _forget(session: Session, *_args) -> None:
    session.info.pop(TOUCHED, None)


def install(session_factory) -> None:
    """Attach the change log to every session the factory makes."""
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "before_commit", _before_commit)
    event.listen(session_factory, "after_rollback", _forget)
