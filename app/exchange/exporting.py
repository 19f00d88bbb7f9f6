"""Writing this profile's bundle: everything it owns that the other side has not acknowledged.

A school sends its changes after the `accepted_through` of the department's latest receipt; the
department sends its changes after the least of what its active schools acknowledge (or, with
`school`, what that school acknowledges), receipts included. `full` sends everything. Photos travel
as email copies (the original stays here); an export bigger than `max_bytes` is split into parts
`name-part1of3.orientir` … that the other side applies together, in any order of arrival.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import __version__, keys
from app.enrollment import proof, secret_hash
from app.errors import InvalidInput
from app.exchange import ledger, records
from app.exchange.container import EXTENSION, MemberSource, canonical_json, write_bundle
from app.exchange.parts import CAP_BYTES, plan_parts
from app.exchange.photos import email_copy
from app.exchange.trust import ACKNOWLEDGED_KEY, PROOF_KEY
from app.i18n import translate
from app.profile import ProfileInfo, ProfileStore
from app.schools import ENROLLMENT_SECRET_SETTING, find_school
from app.timeutil import now
from db.models import BundleOut, ChangeLog, Department, EnrollmentSecret, PeerState, Profile, School, Setting

# Room for the manifest, the signature and zip headers of a part, beside its members.
PART_OVERHEAD = 64 * 1024


@dataclass(frozen=True)
class ExportResult:
    paths: list[Path]
    sequence: int
    records: int
    files: int
    size: int
    only_acknowledgements: bool
    # Files bigger than the size cap, each sent as a part of its own: (name, size).
    oversized: list[tuple[str, int]]


@dataclass
class _Content:
    header: dict
    members: list[MemberSource]
    sizes: dict[str, int]
    records: int
    files: int
    only_acknowledgements: bool
    recipient_school_id: str | None


def _check_out(out: Path) -> Path:
    out = Path(out)
    if not out.name:
        raise InvalidInput(translate("Exchange", "Укажите имя файла пакета, например «пакет.orientir»."))
    if out.suffix.lower() != EXTENSION:
        # The other side's computer recognises a bundle by its extension.
        out = out.with_name(out.name + EXTENSION)
    if out.is_dir():
        raise InvalidInput(translate("Exchange", "%1 — это папка. Укажите имя файла пакета в ней.").replace("%1", str(out)))
    if not out.parent.is_dir():
        raise InvalidInput(
            translate("Exchange", "Папка %1 не существует. Укажите существующую папку для пакета.").replace("%1", str(out.parent))
        )
    return out


def part_path(out: Path, index: int, count: int) -> Path:
    return out if count == 1 else out.with_name(f"{out.stem}-part{index}of{count}{EXTENSION}")


def _after(session: Session, info: ProfileInfo, full: bool, school: School | None) -> int:
    """The change number after which the other side may lack this profile's changes."""
    if full:
        return 0
    if info.kind == "school":
        receipt = ledger.receipt_for(session, info.school_id)
        return receipt.accepted_through if receipt else 0
    acknowledged = dict(session.execute(select(PeerState.peer_id, PeerState.acknowledged_through)).all())
    # A school with an enrollment file not yet used (new, or reissued after a reinstall) holds nothing yet.
    for school_id in session.scalars(select(EnrollmentSecret.school_id)):
        acknowledged[school_id] = 0
    if school is not None:
        return acknowledged.get(school.id, 0)
    active = session.scalars(select(School.id).where(School.deleted.is_(False), School.active.is_(True))).all()
    return min((acknowledged.get(school_id, 0) for school_id in active), default=0)


def _new_evidence(session: Session, after: int) -> set[str]:
    """Evidence created after `after`: the other side may not have its file yet."""
    return set(
        session.scalars(
            select(ChangeLog.record_id).where(ChangeLog.entity == "evidence", ChangeLog.op == "insert", ChangeLog.seq > after)
        )
    )


def _files(store: ProfileStore, session: Session, entries: list[dict], after: int, full: bool):
    """Attachment entries and file members for the exported evidence that the other side may lack."""
    fresh = None if full else _new_evidence(session, after)
    wanted = [e for e in entries if e["entity"] == "evidence" and (fresh is None or e["id"] in fresh)]
    attachment_entries, members = [], []
    for attachment in records.referenced_files(session, wanted):
        source = store.attachments.path_for(attachment.content_sha256)
        if not source.is_file():
            continue  # lost from the store here; the evidence still travels, the file cannot
        copy = None if attachment.reduced else email_copy(source)
        name = records.FILES + attachment.sha256
        if copy is not None:
            members.append(MemberSource(name, data=copy))
            attachment_entries.append(records.attachment_entry(attachment, hashlib.sha256(copy).hexdigest()))
        else:
            members.append(MemberSource(name, path=source))
            attachment_entries.append(records.attachment_entry(attachment, attachment.stored_sha256))
    return attachment_entries, members


def _extra(session: Session, info: ProfileInfo) -> dict:
    if info.kind == "department":
        return {}
    state = session.get(PeerState, info.department_id)
    extra = {ACKNOWLEDGED_KEY: state.held_through if state else 0}
    secret = session.get(Setting, ENROLLMENT_SECRET_SETTING)
    if secret is not None:
        extra[PROOF_KEY] = proof(secret_hash(secret.value), info.school_id, info.public_key)
    return extra


def _content(store: ProfileStore, full: bool, school_name: str | None) -> _Content:
    info = store.info
    with store.reading() as session:
        school = find_school(session, school_name) if school_name else None
        after = _after(session, info, full, school)
        through = session.scalar(select(func.max(ChangeLog.seq))) or 0
        ids = records.changed_records(session, info.owner, after, records.ENTITIES[info.kind])
        entries = records.serialize(session, ids)
        if school is not None:
            entries = [e for e in entries if records.concerns(e["entity"], e["id"], e["data"], school.id)]
        attachment_entries, file_members = _files(store, session, entries, after, full)
        sequence, previous = ledger.next_sequence(session)
        profile = session.scalars(select(Profile)).one()
        department = session.get(Department, info.department_id)
        header = {
            "kind": info.kind,
            "sender": {
                "kind": info.kind,
                "id": info.party_id,
                "name": info.name,
                "department_id": info.department_id,
                "public_key": info.public_key,
                "installation_id": profile.installation_id,
            },
            "recipient": {
                "department_id": department.id,
                "school_id": school.id if school else None,
            },
            "sequence": sequence,
            "previous_sha256": previous or None,
            "changes": {"from": after, "to": max(through, after), "full": full},
            "created_at": now().isoformat(),
            "app_version": __version__,
            "extra": _extra(session, info),
        }
    document = canonical_json(attachment_entries + entries)
    members = [MemberSource(records.RECORDS, data=document), *file_members]
    sizes = {m.name: len(m.data) if m.data is not None else m.path.stat().st_size for m in members}
    return _Content(
        header=header,
        members=members,
        sizes=sizes,
        records=len(entries),
        files=len(file_members),
        only_acknowledgements=all(e["entity"] == "receipt" for e in entries),
        recipient_school_id=school.id if school else None,
    )


def export_bundle(
    store: ProfileStore,
    out: Path,
    *,
    full: bool = False,
    school: str | None = None,
    ask: Callable[[], str] | None = None,
    max_bytes: int = CAP_BYTES,
    progress: Callable[[int, int], None] | None = None,
    abort: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the bundle (or its parts) and record it; refuses before writing anything it cannot finish."""
    info = store.info
    if school and info.kind != "department":
        raise InvalidInput(translate("Exchange", "Параметр --school — для профиля отдела образования: школа отправляет пакет своему отделу."))
    out = _check_out(out)
    keys.check_folder_key(store.root, info.public_key)
    private = keys.load_signing_key(store.root, ask)
    content = _content(store, full, school)
    groups = plan_parts(sorted(content.sizes.items()), max_bytes, PART_OVERHEAD)
    paths = [part_path(out, i, len(groups)) for i in range(1, len(groups) + 1)]
    taken = [p for p in paths if p.exists()]
    if taken:
        raise InvalidInput(
            translate("Exchange", "Файл %1 уже существует. Укажите другое имя файла пакета.").replace("%1", str(taken[0]))
        )
    by_name = {m.name: m for m in content.members}
    oversized = [(n, content.sizes[n]) for group in groups for n in group if content.sizes[n] + PART_OVERHEAD > max_bytes]
    part_set = uuid.uuid4().hex
    total = sum(content.sizes.values())
    written = []
    done = 0
    try:
        for index, (group, path) in enumerate(zip(groups, paths), start=1):
            header = {**content.header, "part": {"set": part_set, "index": index, "count": len(groups)}}
            offset = done
            report = None if progress is None else (lambda d, _t, offset=offset: progress(offset + d, total))
            written.append(write_bundle(path, header, [by_name[n] for n in group], private, progress=report, abort=abort))
            done += sum(content.sizes[n] for n in group)
    except BaseException:
        for bundle in written:
            bundle.path.unlink(missing_ok=True)
        raise
    _record(store, content, written, len(groups))
    return ExportResult(
        paths=[b.path for b in written],
        sequence=content.header["sequence"],
        records=content.records,
        files=content.files,
        size=sum(b.size for b in written),
        only_acknowledgements=content.only_acknowledgements,
        oversized=oversized,
    )


def _record(store: ProfileStore, content: _Content, written, count: int) -> None:
    """The ledger of bundles out: the next bundle names the first file of this one as its predecessor."""
    header = content.header
    stamp = now()
    with store.writing() as session:
        for index, bundle in enumerate(written, start=1):
            session.add(
                BundleOut(
                    sha256=bundle.sha256,
                    sequence=header["sequence"],
                    file_name=bundle.path.name[:500],
                    recipient_school_id=content.recipient_school_id,
                    changes_from=header["changes"]["from"],
                    changes_to=header["changes"]["to"],
                    full=header["changes"]["full"],
                    part_index=index,
                    part_count=count,
                    records=content.records if index == 1 else 0,
                    files=content.files if index == 1 else 0,
                    size=bundle.size,
                    created_at=stamp,
                )
            )
