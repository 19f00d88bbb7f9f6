"""Records as they travel in `records.json`: written from this profile's tables, checked when they arrive.

Each entry is {"entity": table, "id", "revision", "deleted", "data": {column: value}}; `data` holds
every other column of the table, dates as ISO text. A file's metadata travels as an entry of the
pseudo-entity "attachment" (id = the original's sha256) beside the `files/<sha256>` member.

Checking is strict: an unknown entity, a missing or unknown column, a value of the wrong type or
too long refuses the whole bundle ("schema"); a record outside the sender's ownership refuses it as
"ownership". What needs the database (existing owners, parents) is checked in `merge`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import JSON, Boolean, Float, Integer, String, Text, Table, select, text
from sqlalchemy.orm import Session

from app.exchange.errors import BundleError
from app.i18n import translate
from db.base import OWNER_DEPARTMENT, OWNER_SCHOOL, Base, IsoDate, IsoDateTime
from db.models import Attachment, Evidence

# What each kind of party may send: its own records of these tables, nothing else.
DEPARTMENT_ENTITIES = frozenset(
    {"department", "school", "roadmap", "section", "activity", "indicator", "monitoring_round", "school_risk",
     "review", "comment", "receipt"}
)
SCHOOL_ENTITIES = frozenset(
    {"roadmap", "section", "activity", "indicator", "monitoring_round", "indicator_value", "progress", "evidence",
     "school_risk", "comment"}
)
ENTITIES = {"department": DEPARTMENT_ENTITIES, "school": SCHOOL_ENTITIES}
ATTACHMENT = "attachment"
# The bundle members this module reads and writes: the records, and each file as `files/<sha256>`.
RECORDS = "records.json"
FILES = "files/"
ATTACHMENT_FIELDS = ("size", "media_type", "original_name", "stored_sha256")
# Records that name the school they are about: a school receives only its own of these.
ABOUT_SCHOOL = "school_id"
# Tables in an order where every record comes after what it refers to.
ORDER = [t.name for t in Base.metadata.sorted_tables if t.name in DEPARTMENT_ENTITIES | SCHOOL_ENTITIES]
META = ("id", "revision", "deleted")
MAX_TEXT = 200_000
MAX_REVISION = 2**62
_SHA256 = re.compile(r"[0-9a-f]{64}")
# The one form str(uuid.UUID(...)) gives: lower-case hex in groups of 8-4-4-4-12.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CHUNK = 500


@dataclass
class Incoming:
    """One checked record: `values` ready for the table (dates as dates), `data` as it travelled."""

    entity: str
    id: str
    revision: int
    deleted: bool
    values: dict
    data: dict

    @property
    def owner(self) -> tuple[str, str | None]:
        return self.values["owner_kind"], self.values["owner_school_id"]

    def log_data(self) -> dict:
        """The record as the change log keeps it: every column, JSON-ready."""
        return {**self.data, "id": self.id, "revision": self.revision, "deleted": self.deleted}


@dataclass(frozen=True)
class IncomingFile:
    sha256: str
    size: int
    media_type: str
    original_name: str
    stored_sha256: str | None

    @property
    def content_sha256(self) -> str:
        return self.stored_sha256 or self.sha256


@dataclass
class Parsed:
    """A bundle's records, by entity in dependency order, and its files' metadata."""

    records: dict[str, list[Incoming]] = field(default_factory=dict)
    files: dict[str, IncomingFile] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(items) for items in self.records.values())

    def only_concerning(self, school_id: str) -> Parsed:
        """What a school keeps of a department bundle: nothing addressed to another school."""
        kept = {
            entity: [r for r in items if concerns(r.entity, r.id, r.values, school_id)]
            for entity, items in self.records.items()
        }
        return Parsed({entity: items for entity, items in kept.items() if items}, self.files)


def concerns(entity: str, record_id: str, data: dict, school_id: str) -> bool:
    """Whether a department record is for this school: its entry, or a record naming no other school."""
    if entity == "school":
        return record_id == school_id
    return data.get(ABOUT_SCHOOL, school_id) == school_id


def table_of(entity: str) -> Table:
    return Base.metadata.tables[entity]


def schema_error(detail: str) -> BundleError:
    return BundleError("schema", details=detail)


def ownership_error(sender_kind: str, detail: str) -> BundleError:
    if sender_kind == "school":
        message = translate(
            "Exchange",
            "Пакет школы пытается изменить чужие данные (другой школы или отдела образования), поэтому он не принят "
            "целиком. Сообщите об этом школе.",
        )
    else:
        message = translate(
            "Exchange", "Пакет отдела образования пытается изменить данные школы, поэтому он не принят целиком."
        )
    return BundleError("ownership", message, details=detail)


# --- export -------------------------------------------------------------------------------------------


def _json_value(value):
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def changed_records(session: Session, owner: dict, after: int, entities: frozenset[str]) -> dict[str, list[str]]:
    """Ids of the records this owner has that changed after change number `after`, by entity."""
    rows = session.execute(
        text(
            "SELECT DISTINCT entity, record_id FROM change_log WHERE seq > :after AND owner_kind = :kind "
            "AND owner_school_id IS :school"
        ),
        {"after": after, "kind": owner["owner_kind"], "school": owner["owner_school_id"]},
    )
    found: dict[str, list[str]] = {}
    for entity, record_id in rows:
        if entity in entities:
            found.setdefault(entity, []).append(record_id)
    return found


def serialize(session: Session, ids: dict[str, list[str]]) -> list[dict]:
    """The current state of the given records as records.json entries, in dependency order."""
    entries = []
    for entity in ORDER:
        wanted = sorted(ids.get(entity, ()))
        table = table_of(entity)
        for start in range(0, len(wanted), CHUNK):
            for row in session.execute(select(table).where(table.c.id.in_(wanted[start : start + CHUNK]))).mappings():
                data = {key: _json_value(value) for key, value in row.items() if key not in META}
                entries.append(
                    {"entity": entity, "id": row["id"], "revision": row["revision"], "deleted": bool(row["deleted"]),
                     "data": data}
                )
    return entries


def referenced_files(session: Session, entries: list[dict]) -> list[Attachment]:
    """The attachments the exported evidence refers to."""
    hashes = sorted({e["data"]["attachment_sha256"] for e in entries
                     if e["entity"] == Evidence.__tablename__ and e["data"].get("attachment_sha256")})
    found = []
    for start in range(0, len(hashes), CHUNK):
        found += session.scalars(select(Attachment).where(Attachment.sha256.in_(hashes[start : start + CHUNK]))).all()
    return sorted(found, key=lambda a: a.sha256)


def attachment_entry(attachment: Attachment, stored_sha256: str | None) -> dict:
    return {
        "entity": ATTACHMENT,
        "id": attachment.sha256,
        "revision": 1,
        "deleted": False,
        "data": {"size": attachment.size, "media_type": attachment.media_type,
                 "original_name": attachment.original_name, "stored_sha256": stored_sha256},
    }


# --- import -------------------------------------------------------------------------------------------


def _uuid(value) -> str:
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise ValueError("id")
    return value


def _sha256(value) -> str:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise ValueError("sha256")
    return value


def _text_ok(value, limit: int) -> bool:
    """Text SQLite can store as UTF-8: JSON may carry lone surrogates («\\ud800») that cannot be encoded."""
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _converter(column) -> Callable[[object], object]:
    """value → the value for the column, or ValueError when it is not what the column holds."""
    name, kind = column.name, column.type

    def fail(what: str = ""):
        raise ValueError(f"{name}{what}")

    if isinstance(kind, IsoDateTime):
        def convert(value):
            if not isinstance(value, str) or len(value) > kind.impl.length:
                fail()
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo is not None else fail(": no offset")
    elif isinstance(kind, IsoDate):
        def convert(value):
            return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else fail()
    elif isinstance(kind, Boolean):
        def convert(value):
            return value if isinstance(value, bool) else fail()
    elif isinstance(kind, Integer):
        def convert(value):
            ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_REVISION
            return value if ok else fail()
    elif isinstance(kind, Float):
        def convert(value):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            return float(value) if ok else fail()
    elif isinstance(kind, JSON):
        def convert(value):
            return value
    elif isinstance(kind, (String, Text)):
        limit = kind.length or MAX_TEXT

        def convert(value):
            return value if _text_ok(value, limit) else fail()
    else:
        raise TypeError(f"{name}: no converter for {kind!r}")
    targets = {fk.column.name for fk in column.foreign_keys}
    # A reference is a record id, or a file's hash; the database resolves it.
    reference = _uuid if "id" in targets or name == "owner_school_id" else _sha256 if "sha256" in targets else None
    nullable = column.nullable

    def check(value):
        if value is None:
            return None if nullable else fail(": null")
        value = convert(value)
        return value if reference is None else reference(value)

    return check


@lru_cache(maxsize=None)
def _converters(entity: str) -> dict[str, Callable[[object], object]]:
    return {c.name: _converter(c) for c in table_of(entity).columns if c.name not in META}


def _record(entry: dict, entity: str) -> Incoming:
    converters = _converters(entity)
    data = entry["data"]
    if not isinstance(data, dict) or data.keys() != converters.keys():
        raise ValueError(f"{entity}: columns {sorted(set(data) ^ set(converters)) if isinstance(data, dict) else data!r}")
    values = {name: convert(data[name]) for name, convert in converters.items()}
    revision = entry["revision"]
    if isinstance(revision, bool) or not isinstance(revision, int) or not 1 <= revision <= MAX_REVISION:
        raise ValueError("revision")
    if not isinstance(entry["deleted"], bool):
        raise ValueError("deleted")
    return Incoming(entity, _uuid(entry["id"]), revision, entry["deleted"], values, data)


def _file(entry: dict) -> IncomingFile:
    data = entry["data"]
    if not isinstance(data, dict) or set(data) != set(ATTACHMENT_FIELDS):
        raise ValueError("attachment fields")
    size, media_type, name, stored = (data[k] for k in ATTACHMENT_FIELDS)
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValueError("attachment size")
    if not _text_ok(media_type, 200) or not _text_ok(name, 500):
        raise ValueError("attachment text")
    return IncomingFile(_sha256(entry["id"]), size, media_type, name, None if stored is None else _sha256(stored))


def _check_owner(record: Incoming, sender_kind: str, sender_id: str) -> None:
    if record.entity not in ENTITIES[sender_kind]:
        raise ownership_error(sender_kind, f"{record.entity} {record.id} from a {sender_kind}")
    expected = (OWNER_SCHOOL, sender_id) if sender_kind == "school" else (OWNER_DEPARTMENT, None)
    if record.owner != expected:
        raise ownership_error(sender_kind, f"{record.entity} {record.id} owned by {record.owner}")
    if sender_kind == "school" and record.values.get(ABOUT_SCHOOL, sender_id) != sender_id:
        raise ownership_error(sender_kind, f"{record.entity} {record.id} about school {record.values[ABOUT_SCHOOL]}")


def parse_records(document, sender_kind: str, sender_id: str) -> Parsed:
    """Check every entry of records.json; the first defect refuses the whole bundle."""
    if not isinstance(document, list):
        raise schema_error("records.json is not a list")
    parsed = Parsed()
    seen: set[tuple[str, str]] = set()
    known = DEPARTMENT_ENTITIES | SCHOOL_ENTITIES
    for index, entry in enumerate(document):
        if not isinstance(entry, dict) or set(entry) != {"entity", "id", "revision", "deleted", "data"}:
            raise schema_error(f"entry {index}: keys")
        entity = entry["entity"]
        if not isinstance(entity, str) or entity != ATTACHMENT and entity not in known:
            raise schema_error(f"entry {index}: entity {entity!r}")
        key = (entity, entry["id"]) if isinstance(entry["id"], str) else None
        if key is None or key in seen:
            raise schema_error(f"entry {index}: id missing or repeated")
        seen.add(key)
        try:
            if entity == ATTACHMENT:
                item = _file(entry)
                parsed.files[item.sha256] = item
                continue
            record = _record(entry, entity)
        except (ValueError, TypeError, OverflowError) as error:
            raise schema_error(f"entry {index} ({entity}): {error}") from None
        _check_owner(record, sender_kind, sender_id)
        parsed.records.setdefault(entity, []).append(record)
    parsed.records = {entity: parsed.records[entity] for entity in ORDER if entity in parsed.records}
    return parsed
