"""The history of one activity as people read it: who changed what and when, from the change log.

The change log keeps every committed version of every replicated record, here and from the other
side's bundles. For one activity this module reads the versions of the activity itself, of this
profile's report on it, of the report's evidence, of the department's verdict and of the thread, and
says in words what each version changed against the one before it:
«24.11.2026 14:05 · Иванова Е.В. · статус: в работе → выполнено».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.i18n import fill, translate
from app.profile import ProfileStore
from app.progress import progress_id, status_name
from app.reviews import review_id, review_state_name
from app.roadmaps import find_activity
from app.timeutil import format_datetime
from db.models import ChangeLog, Comment, Evidence

# A long text is quoted up to this many characters in a line of the history.
QUOTE_LIMIT = 80


@dataclass(frozen=True)
class HistoryEntry:
    """One change: when, by whom, and what it did, in words."""

    when: datetime
    who: str
    what: str

    def text(self) -> str:
        return " · ".join(part for part in (format_datetime(self.when), self.who, self.what) if part)


def activity_history(store: ProfileStore, number: str, roadmap_id: str | None = None) -> list[HistoryEntry]:
    """Every change to the activity and to this profile's report on it, oldest first."""
    info = store.info
    with store.reading() as session:
        activity = find_activity(session, info, number, roadmap_id)
        report = progress_id(activity.id, info.party_id)
        ids = [activity.id, report, review_id(report)]
        ids += session.scalars(select(Evidence.id).where(Evidence.progress_id == report)).all()
        ids += session.scalars(select(Comment.id).where(Comment.progress_id == report)).all()
        rows = session.scalars(select(ChangeLog).where(ChangeLog.record_id.in_(ids)).order_by(ChangeLog.seq)).all()
        entries: list[HistoryEntry] = []
        before: dict[str, dict] = {}
        for row in rows:
            previous = before.get(row.record_id)
            before[row.record_id] = row.data
            who = _author(row.entity, row.data) or _party(row, info.kind)
            entries += [HistoryEntry(row.changed_at, who, what) for what in _describe(row.entity, previous, row.data)]
    return entries


def _author(entity: str, data: dict) -> str:
    """The person the record itself names (a report's editor, a remark's author), when it names one."""
    field = {"progress": "updated_by", "review": "updated_by", "comment": "author"}.get(entity)
    return (data.get(field) or "").strip() if field else ""


def _party(row: ChangeLog, kind: str) -> str:
    """Who made a change the record does not sign: on a school, the department's records come from the department."""
    if kind == "school" and row.owner_kind == "department":
        return translate("History", "отдел образования")
    return row.changed_by


def _quote(text: str) -> str:
    text = " ".join((text or "").split())
    if len(text) > QUOTE_LIMIT:
        text = text[: QUOTE_LIMIT - 1].rstrip() + "…"
    return "«" + text + "»"


def _describe(entity: str, before: dict | None, after: dict) -> list[str]:
    describe = {
        "activity": _activity_changes,
        "progress": _progress_changes,
        "evidence": _evidence_changes,
        "review": _review_changes,
        "comment": _comment_changes,
    }[entity]
    return describe(before, after)


def _activity_changes(before: dict | None, after: dict) -> list[str]:
    if before is None:
        return [translate("History", "мероприятие внесено в дорожную карту")]
    if after.get("deleted") and not before.get("deleted"):
        return [translate("History", "мероприятие удалено из дорожной карты")]
    changes = []
    if before.get("number") != after.get("number"):
        changes.append(fill(translate("History", "номер: %1 → %2"), before.get("number"), after.get("number")))
    if before.get("title") != after.get("title"):
        changes.append(fill(translate("History", "название: %1"), _quote(after.get("title"))))
    if before.get("deadline_text") != after.get("deadline_text"):
        changes.append(fill(translate("History", "срок: %1 → %2"), _quote(before.get("deadline_text")),
                            _quote(after.get("deadline_text"))))
    if before.get("responsible") != after.get("responsible"):
        changes.append(fill(translate("History", "ответственные: %1"), _quote(after.get("responsible"))))
    if before.get("expected_result") != after.get("expected_result"):
        changes.append(fill(translate("History", "ожидаемый результат: %1"), _quote(after.get("expected_result"))))
    if before.get("section_id") != after.get("section_id"):
        changes.append(translate("History", "перенесено в другой раздел"))
    if (before.get("by_department"), before.get("by_schools")) != (after.get("by_department"), after.get("by_schools")):
        changes.append(translate("History", "изменено, кто выполняет мероприятие"))
    return changes


def _progress_changes(before: dict | None, after: dict) -> list[str]:
    old = before or {"status": "not_started", "actual_result": "", "note": ""}
    changes = []
    if old.get("status") != after.get("status"):
        changes.append(fill(translate("History", "статус: %1 → %2"), status_name(old["status"]), status_name(after["status"])))
    if (old.get("actual_result") or "") != (after.get("actual_result") or ""):
        if after.get("actual_result"):
            changes.append(fill(translate("History", "фактический результат: %1"), _quote(after["actual_result"])))
        else:
            changes.append(translate("History", "фактический результат стёрт"))
    if (old.get("note") or "") != (after.get("note") or "") and after.get("note"):
        changes.append(fill(translate("History", "примечание: %1"), _quote(after["note"])))
    return changes


def _evidence_changes(before: dict | None, after: dict) -> list[str]:
    kind, title = after.get("kind"), _quote(after.get("title"))
    if before is None and not after.get("deleted"):
        added = {
            "file": translate("History", "приложен файл %1"),
            "link": translate("History", "добавлена ссылка %1"),
            "document": translate("History", "добавлен документ %1"),
        }
        return [fill(added[kind], title)]
    if after.get("deleted") and not (before or {}).get("deleted"):
        removed = {
            "file": translate("History", "убран файл %1"),
            "link": translate("History", "убрана ссылка %1"),
            "document": translate("History", "убран документ %1"),
        }
        return [fill(removed[kind], title)]
    return []


def _review_changes(before: dict | None, after: dict) -> list[str]:
    if after.get("deleted"):
        return [translate("History", "отметка отдела снята")] if before and not before.get("deleted") else []
    if before is not None and before.get("state") == after.get("state") and not before.get("deleted"):
        return [fill(translate("History", "отдел проверил ещё раз: %1"), review_state_name(after["state"]))]
    return [fill(translate("History", "отдел: %1"), review_state_name(after["state"]))]


def _comment_changes(before: dict | None, after: dict) -> list[str]:
    if before is not None or after.get("deleted"):
        return []
    if after.get("owner_kind") == "department":
        return [fill(translate("History", "замечание отдела: %1"), _quote(after.get("text")))]
    return [fill(translate("History", "ответ школы: %1"), _quote(after.get("text")))]
