"""Taking a piece of evidence back out of a report, and handing an attached file to the system's viewer.

Evidence travels to the other side in bundles, so it is never deleted: a removed item becomes a
tombstone (`deleted`) that the next bundle carries, and the department's copy disappears too. The
stored file stays in the attachment store — other evidence, or an older report, may still refer to it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.errors import InvalidInput, NotFound, from_os_error
from app.i18n import fill, translate
from app.profile import ProfileStore
from app.progress import applies_to, progress_id
from app.roadmaps import find_activity
from app.timeutil import now
from db.models import Attachment, Evidence, Progress


def evidence_key(item: dict) -> str:
    """What tells one item of a report's evidence (as `progress_json` lists it) from the others."""
    if item["kind"] == "file":
        return item["sha256"] or ""
    if item["kind"] == "link":
        return item["url"] or ""
    return item["name"]


def _key_of(evidence: Evidence) -> str:
    return evidence_key({"kind": evidence.kind, "sha256": evidence.attachment_sha256, "url": evidence.url,
                         "name": evidence.title})


def remove_evidence(store: ProfileStore, number: str, kind: str, key: str, roadmap_id: str | None = None,
                    actor: str = "") -> str:
    """Take one item (by its `evidence_key`) out of this profile's report on an activity; returns its name."""
    info = store.info
    with store.writing(actor=actor) as session:
        activity = find_activity(session, info, number, roadmap_id)
        if not applies_to(activity, info):
            raise InvalidInput(fill(translate(
                "EvidenceEdit", "Мероприятие %1 отмечает не ваша организация, убирать из него нечего."), activity.number))
        record = session.get(Progress, progress_id(activity.id, info.party_id))
        found = [e for e in (record.evidence if record else []) if not e.deleted and e.kind == kind and _key_of(e) == key]
        if not found:
            raise NotFound(fill(translate(
                "EvidenceEdit", "В отчёте по мероприятию %1 такого документа уже нет — обновите окно (F5)."), activity.number))
        for evidence in found:
            evidence.deleted = True
        record.updated_at = now()
        record.updated_by = actor or info.name
        return found[0].title


def copy_for_viewing(store: ProfileStore, sha256: str, folder: Path) -> Path:
    """A copy of an attached file under `folder` with its original name, so a viewer knows its type.

    The stored file is named by its hash and must not be opened in place: a viewer that saves
    would change the evidence behind the report's back.
    """
    with store.reading() as session:
        attachment = session.get(Attachment, sha256)
        if attachment is None or not store.attachments.has(attachment.content_sha256):
            raise NotFound(translate(
                "EvidenceEdit", "Файла нет в папке профиля — возможно, он ещё не пришёл в пакете. "
                                "Попросите прислать пакет ещё раз или приложите файл заново."))
        source = store.attachments.path_for(attachment.content_sha256)
        name = Path(attachment.original_name.replace("\\", "/")).name
    # The name came from another computer: only its last part is used, never a path.
    target = folder / (name if name not in ("", ".", "..") else sha256)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as error:
        raise from_os_error(error, target) from error
    return target
