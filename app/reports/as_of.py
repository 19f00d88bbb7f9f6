"""The profile's records as they stood at one moment, read back from the change log.

Every change to a replicated record leaves a `change_log` row holding the whole record as committed, so
the state at any moment is, for each record, its latest row up to that moment. Reports are always built
from such a snapshot — «now» is just the latest moment — so a report re-issued months later as of the
same date says exactly what it said then, and there is only one way a report is made.

The moment is turned into a cut in the log's own order (the last change committed by then) rather
than compared row by row: a snapshot is then always a state the database really was in after some
transaction, never a mix, even if the computer's clock was moved back in between.

Speed matters (300 schools × 150 activities is some 45,000 progress records plus their evidence and
history): the latest row per record is picked by SQL over the log's record index, and only those rows
are decoded, as plain dicts, in Python.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

# Every entity a report reads.
REPORT_ENTITIES = (
    "department",
    "school",
    "roadmap",
    "section",
    "activity",
    "indicator",
    "indicator_value",
    "monitoring_round",
    "progress",
    "evidence",
    "review",
    "comment",
)


@dataclass(frozen=True)
class Snapshot:
    """Live records per entity, as the change log keeps them (dates as ISO text), keyed by id."""

    through_seq: int  # the last change included (0: nothing had happened yet)
    tables: dict[str, dict[str, dict]]

    def rows(self, entity: str) -> list[dict]:
        return list(self.tables.get(entity, {}).values())

    def get(self, entity: str, record_id: str | None) -> dict | None:
        return self.tables.get(entity, {}).get(record_id) if record_id else None


def cut_at(session: Session, moment: datetime) -> int:
    """The log's sequence number of the last change committed at or before `moment` (0 when none was).

    SQLite's julianday reads the stored UTC offset, so rows written under another offset compare right.
    """
    found = session.connection().exec_driver_sql(
        "SELECT max(seq) FROM change_log WHERE julianday(changed_at) <= julianday(?)",
        (moment.isoformat(timespec="seconds"),),
    ).scalar()
    return found or 0


def snapshot_through(session: Session, through_seq: int, entities: Iterable[str] = REPORT_ENTITIES,
                     school_id: str | None = None) -> Snapshot:
    """Each record of `entities` as its latest change up to `through_seq` left it; removed records left out.

    With `school_id`, only the department's records and that school's: a one-school report of a big
    district then decodes a few hundred records instead of every school's.
    """
    wanted = tuple(entities)
    tables: dict[str, dict[str, dict]] = {entity: {} for entity in wanted}
    marks = ", ".join("?" for _ in wanted)
    # The latest change of each record runs on the record_id index alone (seq is the rowid, so the index
    # covers it). For one school its records are picked first: a record's owner never changes, and
    # looking up only theirs is several times faster than the whole district's.
    latest = "SELECT max(seq) FROM change_log WHERE seq <= ? GROUP BY record_id"
    parameters: tuple = (through_seq,)
    if school_id is not None:
        latest = ("SELECT max(seq) FROM change_log WHERE seq <= ? AND record_id IN (SELECT record_id FROM change_log "
                  "WHERE seq <= ? AND (owner_kind = 'department' OR owner_school_id = ?)) GROUP BY record_id")
        parameters = (through_seq, through_seq, school_id)
    # Fetched at once from the driver's cursor: per-row result objects would cost more than the query.
    rows = session.connection().exec_driver_sql(
        f"SELECT entity, record_id, op, data FROM change_log WHERE seq IN ({latest}) AND entity IN ({marks})",
        (*parameters, *wanted),
    ).cursor.fetchall()
    decode = json.loads
    for entity, record_id, op, data in rows:
        if op == "delete":
            continue
        record = decode(data)
        if record.get("deleted"):
            continue
        tables[entity][record_id] = record
    return Snapshot(through_seq, tables)


def snapshot_at(session: Session, moment: datetime, entities: Iterable[str] = REPORT_ENTITIES,
                school_id: str | None = None) -> Snapshot:
    """The records of `entities` as they stood at `moment` (with `school_id`: the department's and that school's)."""
    return snapshot_through(session, cut_at(session, moment), entities, school_id)
