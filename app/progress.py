"""Recording and reading progress: status, actual result and evidence per activity.

A school reports on the activities of the roadmaps it holds (the department's ones meant for it,
and its own); the department reports on the municipal activities it carries out itself. Everything
a command asks for is checked before anything is changed, and the change is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.attachments import StoredFile, check_source
from app.errors import InvalidInput
from app.exchange.ledger import receipt_for
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.profile import ProfileInfo, ProfileStore
from app.references import normalize_link, parse_document
from app.reviews import school_threads
from app.roadmaps import find_activity, live_activities, visible_roadmaps
from app.schools import find_school
from app.timeutil import now
from db.base import derived_id
from db.models import (
    PROGRESS_STATUSES,
    Activity,
    Attachment,
    Evidence,
    Progress,
    School,
)

STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("Status", "не начато"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "в работе"),
    "done": QT_TRANSLATE_NOOP("Status", "выполнено"),
    "not_done": QT_TRANSLATE_NOOP("Status", "не выполнено"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "отменено"),
}


# Finished work is never late, whatever its deadline said.
FINISHED_STATUSES = ("done", "cancelled")
# «Скоро срок»: an activity whose last window closes within this many days.
DUE_SOON_DAYS = 14


def last_day(windows) -> date | None:
    """The last day of a deadline's windows (ISO strings or dates), None when no date could be read."""
    ends = [end if isinstance(end, date) else date.fromisoformat(end) for _start, end in windows or ()]
    return max(ends) if ends else None


def is_overdue(status: str | None, windows, today: date) -> bool:
    """Every window of the deadline closed before `today` and the work is neither done nor cancelled.

    The one rule the window, the overview and the reports all use; `status` None means nothing was recorded.
    """
    if status in FINISHED_STATUSES:
        return False
    end = last_day(windows)
    return end is not None and end < today


def is_due_soon(status: str | None, windows, today: date) -> bool:
    """Not finished, not yet late, and its last window closes within DUE_SOON_DAYS."""
    if status in FINISHED_STATUSES:
        return False
    end = last_day(windows)
    return end is not None and today <= end and (end - today).days <= DUE_SOON_DAYS


def status_name(status: str) -> str:
    """The status as people read it («выполнено»)."""
    return translate("Status", STATUS_NAMES[status])


def progress_id(activity_id: str, party_id: str) -> str:
    """One progress record per activity and reporter, with the same key on every machine."""
    return derived_id("progress", activity_id, party_id)


def applies_to(activity: Activity, info: ProfileInfo) -> bool:
    """Whether this profile reports on the activity."""
    if activity.owner_kind == "school":
        return activity.owner_school_id == info.school_id
    if info.kind == "department":
        return activity.by_department
    targets = activity.target_school_ids
    return activity.by_schools and (targets is None or info.school_id in targets)


@dataclass
class ProgressChange:
    """What `progress set` asks for; None leaves a field as it is."""

    number: str
    roadmap_id: str | None = None
    status: str | None = None
    actual: str | None = None
    note: str | None = None
    attach: list[Path] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProgressResult:
    number: str
    title: str
    status: str
    evidence_added: int
    evidence_skipped: int
    changed: bool


def set_progress(store: ProfileStore, change: ProgressChange, actor: str = "") -> ProgressResult:
    info = store.info
    if change.status is not None and change.status not in PROGRESS_STATUSES:
        raise InvalidInput(translate("Progress", "Неизвестный статус: %1.").replace("%1", change.status))
    # Check every input first: a refused command changes nothing.
    files = [check_source(Path(p)) for p in change.attach]
    links = [normalize_link(url) for url in change.links]
    documents = [parse_document(text) for text in change.documents]
    with store.reading() as session:
        activity = find_activity(session, info, change.number, change.roadmap_id)
        if not applies_to(activity, info):
            raise InvalidInput(_not_yours(activity, info))
    # Files go into the store before the transaction; a crash in between leaves only an unreferenced copy.
    stored: list[StoredFile] = [store.attachments.put(path) for path in files]
    with store.writing(actor=actor) as session:
        activity = session.get(Activity, activity.id)
        record = _progress_for(session, activity, info)
        wanted = {"status": change.status, "actual_result": change.actual, "note": change.note}
        changed = False
        for column, value in wanted.items():
            if value is not None and getattr(record, column) != value.strip():
                setattr(record, column, value.strip())
                changed = True
        added, skipped = _add_evidence(session, record, info, stored, links, documents)
        # Repeating what is already recorded must not look like news to the department.
        if changed or added:
            record.updated_at = now()
            record.updated_by = actor or info.name
        status = record.status
    return ProgressResult(activity.number, activity.title, status, added, skipped, changed or bool(added))


def _not_yours(activity: Activity, info: ProfileInfo) -> str:
    if info.kind == "department":
        return translate(
            "Progress",
            "Мероприятие %1 выполняют школы; отдел образования отмечает только мероприятия, которые проводит сам. "
            "Отчёты школ приходят в их пакетах.",
        ).replace("%1", activity.number)
    return translate(
        "Progress", "Мероприятие %1 проводит отдел образования, а не школа; отмечать его не нужно."
    ).replace("%1", activity.number)


def _progress_for(session: Session, activity: Activity, info: ProfileInfo) -> Progress:
    key = progress_id(activity.id, info.party_id)
    record = session.get(Progress, key)
    if record is None:
        record = Progress(id=key, activity_id=activity.id, **info.owner, updated_at=now())
        session.add(record)
        session.flush()
    return record


def _evidence_key(kind: str, sha256: str | None, url: str, title: str) -> tuple[str, str]:
    """What makes two pieces of evidence the same: the file's content, the link, or the citation."""
    return kind, {"file": sha256 or "", "link": url}.get(kind, title)


def _add_evidence(session, record, info, stored, links, documents) -> tuple[int, int]:
    existing = {_evidence_key(e.kind, e.attachment_sha256, e.url, e.title) for e in record.evidence if not e.deleted}
    position = len(record.evidence)
    added = skipped = 0

    def add(kind: str, **fields) -> None:
        nonlocal added, skipped, position
        key = _evidence_key(kind, fields.get("attachment_sha256"), fields.get("url", ""), fields["title"])
        if key in existing:
            skipped += 1
            return
        existing.add(key)
        position += 1
        added += 1
        session.add(Evidence(progress_id=record.id, kind=kind, position=position, created_at=now(), **info.owner, **fields))

    for item in stored:
        if session.get(Attachment, item.sha256) is None:
            session.add(Attachment(sha256=item.sha256, size=item.size, media_type=item.media_type,
                                   original_name=item.original_name, stored_at=now()))
            session.flush()
        add("file", title=item.original_name, attachment_sha256=item.sha256)
    for url in links:
        add("link", title=url, url=url)
    for ref in documents:
        # The citation as the person wrote it is kept; the parts read from it sit beside it.
        add("document", title=" ".join(ref.text.split()), url=ref.url, doc_type=ref.doc_type, doc_issuer=ref.issuer,
            doc_number=ref.number, doc_date=ref.date)
    session.flush()
    return added, skipped


def _items(session: Session, info: ProfileInfo, party_id: str, owner_school_id: str | None) -> list[dict]:
    """Every activity the party reports on, with its progress (not_started where nothing was recorded)."""
    owner_kind = "school" if owner_school_id else "department"
    records = {
        p.activity_id: p
        for p in session.scalars(
            select(Progress)
            .where(Progress.owner_kind == owner_kind, Progress.owner_school_id == owner_school_id)
            .options(selectinload(Progress.evidence).selectinload(Evidence.attachment))
        ).all()
    }
    party = ProfileInfo(owner_kind, "", info.department_id, owner_school_id)
    threads = school_threads(session, owner_school_id)
    items = []
    for roadmap in visible_roadmaps(session, party):
        for activity in live_activities(session, roadmap.id):
            if not applies_to(activity, party):
                continue
            record = records.get(activity.id)
            items.append({**_item_json(activity, record), **threads.item_keys(record)})
    return items


def _item_json(activity: Activity, record: Progress | None) -> dict:
    evidence = []
    if record is not None:
        for e in record.evidence:
            if e.deleted:
                continue
            evidence.append(
                {
                    "kind": e.kind,
                    "name": e.title,
                    "sha256": e.attachment_sha256,
                    "url": e.url or None,
                    "document": {
                        "type": e.doc_type,
                        "issuer": e.doc_issuer,
                        "number": e.doc_number,
                        "date": e.doc_date.isoformat() if e.doc_date else None,
                    }
                    if e.kind == "document"
                    else None,
                }
            )
    return {
        "number": activity.number,
        "roadmap_id": activity.roadmap_id,
        "title": activity.title,
        "status": record.status if record else "not_started",
        "actual": record.actual_result if record else "",
        "note": record.note if record else "",
        "evidence": evidence,
        "updated_at": record.updated_at.isoformat() if record else None,
    }


def own_progress_items(store: ProfileStore) -> list[dict]:
    """The items of `progress_json` this profile reports on itself, in roadmap order.

    A department's `progress_json` lists every school's reports too — 45,000 items for 300 schools — while
    the roadmap page needs only the department's own, reloaded after every autosave.
    """
    info = store.info
    with store.reading() as session:
        return _items(session, info, info.party_id, info.school_id)


def progress_json(store: ProfileStore, school_name: str | None = None) -> dict:
    """`progress show --json`: a school's own progress; a department's own and every school's."""
    info = store.info
    with store.reading() as session:
        if info.kind == "school":
            school = session.get(School, info.school_id)
            receipt = receipt_for(session, school.id)
            return {"schools": [{"id": school.id, "name": school.name, "items": _items(session, info, school.id, school.id),
                                 "received_by_department": receipt.accepted_at.date().isoformat() if receipt else None}]}
        query = select(School).where(School.deleted.is_(False)).order_by(School.name)
        schools = session.scalars(query).all()
        if school_name:
            schools = [find_school(session, school_name)]
        return {
            "department": {"items": _items(session, info, info.department_id, None)},
            "schools": [{"id": s.id, "name": s.name, "items": _items(session, info, s.id, s.id)} for s in schools],
        }
