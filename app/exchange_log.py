"""What this profile sent and received, and where its exchange with the other side stands.

The window's exchange page lists the bundles out and in; its status line says what the department
last acknowledged and when, and how many records changed here have not been sent yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.exchange import ledger
from app.exchange.records import ENTITIES
from app.import_log import import_log
from app.profile import ProfileStore
from db.models import BundleIn, BundleOut, ChangeLog, Department, School


@dataclass(frozen=True)
class ExchangeEntry:
    """One bundle file: sent («out») or received («in»)."""

    direction: str  # "out" or "in"
    when: datetime
    file_name: str
    sequence: int
    counterpart: str  # who it went to or came from
    records: int
    status: str  # out: "sent"; in: "accepted", "waiting" or "fork"
    part: tuple[int, int] = (1, 1)


@dataclass(frozen=True)
class ExchangeState:
    """Where the exchange stands, for the status line."""

    acknowledged_at: datetime | None  # the department's latest receipt of this school's changes
    last_sent_at: datetime | None
    last_received_at: datetime | None
    # Records changed here since the last bundle was written (not in any bundle yet).
    unsent: int
    # Records sent but not yet acknowledged by the other side.
    unacknowledged: int
    # The other side's e-mail address, for «Отправить по почте» ("" when unknown).
    email: str


def exchange_history(store: ProfileStore, limit: int = 500) -> list[ExchangeEntry]:
    """The latest bundles out and in, newest first."""
    with store.reading() as session:
        schools = dict(session.execute(select(School.id, School.name)).all())
        departments = dict(session.execute(select(Department.id, Department.name)).all())
        entries = []
        for row in session.scalars(select(BundleOut).order_by(BundleOut.created_at.desc()).limit(limit)):
            if store.info.kind == "school":
                to = departments.get(store.info.department_id, "")
            else:
                to = schools.get(row.recipient_school_id, "") if row.recipient_school_id else ""
            entries.append(ExchangeEntry("out", row.created_at, row.file_name, row.sequence, to, row.records, "sent",
                                         (row.part_index, row.part_count)))
    for got in import_log(store, limit):
        records = got.new_records + got.updated_records + got.unchanged_records
        entries.append(ExchangeEntry("in", got.received_at, got.file_name, got.sequence, got.sender, records, got.status,
                                     got.part))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]


def _changed_after(session, owner: dict, after: int, entities: frozenset[str]) -> int:
    query = select(func.count(func.distinct(ChangeLog.record_id))).where(
        ChangeLog.seq > after,
        ChangeLog.owner_kind == owner["owner_kind"],
        ChangeLog.entity.in_(entities),
    )
    school = owner["owner_school_id"]
    query = query.where(ChangeLog.owner_school_id.is_(None) if school is None else ChangeLog.owner_school_id == school)
    return session.scalar(query) or 0


def exchange_state(store: ProfileStore) -> ExchangeState:
    info = store.info
    with store.reading() as session:
        entities = ENTITIES[info.kind]
        sent_through = session.scalar(select(func.max(BundleOut.changes_to))) or 0
        last_sent = session.scalar(select(func.max(BundleOut.created_at)))
        last_received = session.scalar(select(func.max(BundleIn.applied_at)))
        acknowledged_at, acknowledged_through, email = None, 0, ""
        if info.kind == "school":
            receipt = ledger.receipt_for(session, info.school_id)
            if receipt is not None:
                acknowledged_at, acknowledged_through = receipt.accepted_at, receipt.accepted_through
            department = session.get(Department, info.department_id)
            email = department.email if department else ""
        unsent = _changed_after(session, info.owner, sent_through, entities)
        unacknowledged = _changed_after(session, info.owner, acknowledged_through, entities) - unsent if info.kind == "school" else 0
    return ExchangeState(acknowledged_at, last_sent, last_received, unsent, max(unacknowledged, 0), email)


def school_email(store: ProfileStore, school_name: str) -> str:
    """A school's e-mail address as the department holds it ("" when none)."""
    with store.reading() as session:
        return session.scalar(select(School.email).where(School.name == school_name, School.deleted.is_(False))) or ""
