"""Merging a checked bundle into the profile database: per record, the higher revision wins.

`plan_merge` reads what is here and decides, for every record, insert / update / leave; it refuses the
whole bundle when a record already exists here under another owner, or refers to a parent that does
not exist or belongs to someone else. `apply_merge` then writes everything with bulk statements in the
caller's transaction and appends the change-log rows itself, in the shape db.changelog writes them,
with the sender as origin and the revision the bundle carries (an older bundle never rolls anything
back; wall clocks are never compared). Bulk statements keep an import of hundreds of bundles close to
the speed of the disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.exchange.records import (
    CHUNK,
    ORDER,
    Incoming,
    IncomingFile,
    Parsed,
    ownership_error,
    schema_error,
    table_of,
)
from db.base import OWNER_DEPARTMENT
from db.models import Attachment, ChangeLog

# (record entity, column, parent entity, rule). "same": the parent has the record's owner (a school's
# activity sits in that school's roadmap); "visible": the parent is the department's or the record
# owner's (a school reports on the department's activities or its own); "about": the parent progress
# belongs to the school the record names (a comment under that school's report).
PARENTS = (
    ("section", "roadmap_id", "roadmap", "same"),
    ("activity", "roadmap_id", "roadmap", "same"),
    ("activity", "section_id", "section", "same"),
    ("indicator", "roadmap_id", "roadmap", "same"),
    ("evidence", "progress_id", "progress", "same"),
    ("progress", "activity_id", "activity", "visible"),
    ("indicator_value", "indicator_id", "indicator", "visible"),
    ("indicator_value", "round_id", "monitoring_round", "visible"),
    ("monitoring_round", "roadmap_id", "roadmap", "visible"),
    ("comment", "progress_id", "progress", "about"),
    ("review", "progress_id", "progress", "about"),
)


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged}

    def add(self, other: Counts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged


@dataclass
class Plan:
    inserts: dict[str, list[Incoming]] = field(default_factory=dict)
    updates: dict[str, list[Incoming]] = field(default_factory=dict)
    files: list[IncomingFile] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)


def _owners(session: Session, entity: str, ids: list[str]) -> dict[str, tuple[int, str, str | None]]:
    """(revision, owner_kind, owner_school_id) of the records here with these ids."""
    table = table_of(entity)
    found = {}
    columns = (table.c.id, table.c.revision, table.c.owner_kind, table.c.owner_school_id)
    for start in range(0, len(ids), CHUNK):
        for row in session.execute(select(*columns).where(table.c.id.in_(ids[start : start + CHUNK]))):
            found[row[0]] = (row[1], row[2], row[3])
    return found


def _parents(session: Session, parsed: Parsed, entity: str, ids: set[str]) -> dict[str, tuple[str, str | None]]:
    """Owner of each parent: from the bundle when it carries the parent, from here otherwise."""
    owners = {r.id: r.owner for r in parsed.records.get(entity, ()) if r.id in ids}
    missing = sorted(ids - owners.keys())
    for record_id, (_revision, kind, school) in _owners(session, entity, missing).items():
        owners[record_id] = (kind, school)
    return owners


def _check_parents(session: Session, parsed: Parsed, sender_kind: str) -> set[str]:
    """Refuse records whose parent is missing or someone else's; returns the ids to leave out.

    A curator's verdict or remark about a report this school no longer holds (it restored an old
    backup) is left out rather than refused: refusing would block every later department bundle.
    """
    orphans = set()
    for entity, column, parent, rule in PARENTS:
        records = [r for r in parsed.records.get(entity, ()) if r.values[column] is not None]
        if not records:
            continue
        owners = _parents(session, parsed, parent, {r.values[column] for r in records})
        for record in records:
            owner = owners.get(record.values[column])
            if owner is None and rule == "about" and sender_kind == OWNER_DEPARTMENT:
                orphans.add(record.id)
                continue
            if owner is None:
                raise schema_error(f"{entity} {record.id}: {column} {record.values[column]} not found")
            if rule == "same":
                allowed = owner == record.owner
            elif rule == "visible":
                allowed = owner[0] == OWNER_DEPARTMENT or owner == record.owner
            else:
                allowed = owner[1] is not None and owner[1] == record.values["school_id"]
            if not allowed:
                raise ownership_error(sender_kind, f"{entity} {record.id}: {column} belongs to {owner}")
    return orphans


def _check_files(session: Session, parsed: Parsed, plan: Plan) -> None:
    """Evidence must point at a file the bundle brings or this profile has; only missing metadata is added."""
    wanted = {r.values["attachment_sha256"] for r in parsed.records.get("evidence", ()) if r.values["attachment_sha256"]}
    known = set()
    hashes = sorted(wanted | parsed.files.keys())
    for start in range(0, len(hashes), CHUNK):
        known.update(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(hashes[start : start + CHUNK]))))
    lacking = wanted - known - parsed.files.keys()
    if lacking:
        raise schema_error(f"evidence refers to files neither carried nor stored: {sorted(lacking)[:3]}")
    plan.files = [item for sha, item in sorted(parsed.files.items()) if sha not in known]


def plan_merge(session: Session, parsed: Parsed, sender_kind: str) -> Plan:
    """Decide every record's fate; refuses (BundleError) before anything is written."""
    plan = Plan()
    orphans = _check_parents(session, parsed, sender_kind)
    for entity, records in parsed.records.items():
        here = _owners(session, entity, [r.id for r in records])
        for record in records:
            if record.id in orphans:
                plan.counts.unchanged += 1
                continue
            local = here.get(record.id)
            if local is None:
                plan.inserts.setdefault(entity, []).append(record)
                plan.counts.new += 1
                continue
            if (local[1], local[2]) != record.owner:
                raise ownership_error(sender_kind, f"{entity} {record.id} is owned here by {local[1:]}")
            if record.revision > local[0]:
                plan.updates.setdefault(entity, []).append(record)
                plan.counts.updated += 1
            else:
                # Equal: the same change seen before; lower: older than what is here and never rolls it back.
                plan.counts.unchanged += 1
    _check_files(session, parsed, plan)
    return plan


def _row(record: Incoming) -> dict:
    return {**record.values, "id": record.id, "revision": record.revision, "deleted": record.deleted}


def _log_row(record: Incoming, op: str, origin: str, stamp: datetime, actor: str) -> dict:
    return {
        "entity": record.entity,
        "record_id": record.id,
        "revision": record.revision,
        "op": op,
        "owner_kind": record.values["owner_kind"],
        "owner_school_id": record.values["owner_school_id"],
        "origin": origin,
        "changed_at": stamp,
        "changed_by": actor,
        "data": record.log_data(),
    }


def apply_merge(session: Session, plan: Plan, origin: str, stamp: datetime, actor: str) -> None:
    """Write the plan in the caller's transaction. The files themselves must already be in the store."""
    log_rows = []
    try:
        if plan.files:
            session.execute(
                Attachment.__table__.insert(),
                [{"sha256": f.sha256, "size": f.size, "media_type": f.media_type, "original_name": f.original_name,
                  "stored_at": stamp, "stored_sha256": f.stored_sha256} for f in plan.files],
            )
        for entity in [e for e in ORDER if e in plan.inserts or e in plan.updates]:
            table = table_of(entity)
            inserts = plan.inserts.get(entity, [])
            if inserts:
                session.execute(table.insert(), [_row(r) for r in inserts])
                log_rows += [_log_row(r, "insert", origin, stamp, actor) for r in inserts]
            updates = plan.updates.get(entity, [])
            if updates:
                rows = []
                for record in updates:
                    row = _row(record)
                    row["_id"] = row.pop("id")
                    rows.append(row)
                session.execute(table.update().where(table.c.id == bindparam("_id")), rows)
                log_rows += [_log_row(r, "update", origin, stamp, actor) for r in updates]
        if log_rows:
            session.execute(ChangeLog.__table__.insert(), log_rows)
    except IntegrityError as error:
        # A constraint the checks above do not repeat (a status outside the list, a duplicate key).
        raise schema_error(f"constraint: {error.orig}") from None
