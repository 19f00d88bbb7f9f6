"""The log of bundles taken in earlier: which file, from whom, when, and what became of it.

The department's inbox shows it as it is; a school's exchange page lists it beside what it sent.

Read from the `bundle_in` ledger the exchange keeps; refused files are not recorded there (a refusal
changes nothing), so they appear only in the results of the import that refused them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.profile import ProfileStore
from db.models import BundleIn, Department, School


@dataclass(frozen=True)
class LogEntry:
    file_name: str
    sender: str  # the school's (or the department's) name; "" when the sender is no longer known
    sender_kind: str
    sequence: int
    created_at: datetime  # when the sender made the bundle
    received_at: datetime
    applied_at: datetime | None
    status: str  # "accepted", "waiting" or "fork"
    reason: str  # for "waiting": "gap" or "parts"
    new_records: int
    updated_records: int
    unchanged_records: int
    part: tuple[int, int]


def import_log(store: ProfileStore, limit: int = 500) -> list[LogEntry]:
    """The latest bundles taken in, newest first (each part of a bundle in parts is its own line)."""
    with store.reading() as session:
        names = dict(session.execute(select(School.id, School.name)).all())
        names.update(session.execute(select(Department.id, Department.name)).all())
        rows = session.execute(
            select(BundleIn.file_name, BundleIn.sender_id, BundleIn.sender_kind, BundleIn.sequence, BundleIn.created_at,
                   BundleIn.received_at, BundleIn.applied_at, BundleIn.status, BundleIn.reason, BundleIn.new_records,
                   BundleIn.updated_records, BundleIn.unchanged_records, BundleIn.part_index, BundleIn.part_count)
            .order_by(BundleIn.received_at.desc(), BundleIn.sequence.desc())
            .limit(limit)
        ).all()
    return [
        LogEntry(
            file_name=row.file_name,
            sender=names.get(row.sender_id, ""),
            sender_kind=row.sender_kind,
            sequence=row.sequence,
            created_at=row.created_at,
            received_at=row.received_at,
            applied_at=row.applied_at,
            status=row.status,
            reason=row.reason,
            new_records=row.new_records,
            updated_records=row.updated_records,
            unchanged_records=row.unchanged_records,
            part=(row.part_index, row.part_count),
        )
        for row in rows
    ]
