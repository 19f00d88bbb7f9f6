"""Changing a roadmap after it was loaded: adding, editing and removing activities, and their sections.

Only the roadmap's owner changes it: the department its municipal roadmap, a school its own. An
activity keeps its id through every edit, so the reports on it stay attached; a removed activity is a
tombstone (`deleted`), hidden from the roadmap while the reports on it stay in the database. The other
side receives each change in the next bundle, like any other record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.deadlines import Deadline, read_deadline
from app.errors import InvalidInput, NotFound
from app.i18n import fill, translate
from app.profile import ProfileInfo, ProfileStore
from app.roadmaps import ActivityFields, add_activity, add_section, find_activity, live_activities, normalize_number, visible_roadmaps
from app.schools import comparable_name
from app.timeutil import now
from db.models import Activity, Progress, Roadmap, Section

# Who carries an activity out: (by_department, by_schools).
PERFORMERS = {"schools": (False, True), "department": (True, False), "both": (True, True)}
EDITABLE = ("number", "title", "section", "deadline", "responsible", "result", "performers")

_ONLY_NUMBER = re.compile(r"\d+(?:[.,]\d+)*\.?")
_LEADING_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\.?\s+\S")


@dataclass(frozen=True)
class EditResult:
    """What a roadmap command did, for the message to the person."""

    number: str
    title: str
    roadmap_title: str
    # Who made the roadmap, so the message says who will receive the change.
    owner_kind: str
    # The fields that changed («title», «deadline», …); empty when nothing did.
    changed: tuple[str, ...]
    # What could not be read in a new deadline (None when it was understood or not changed).
    deadline_issue: str | None = None
    # Reports on a removed activity, kept in the database.
    reports_kept: int = 0


def _owns(info: ProfileInfo, record: Roadmap | Activity) -> bool:
    owner = info.owner
    return record.owner_kind == owner["owner_kind"] and record.owner_school_id == owner["owner_school_id"]


def _not_owner(roadmap: Roadmap) -> InvalidInput:
    return InvalidInput(fill(
        translate(
            "RoadmapEdit",
            "Дорожную карту «%1» утвердил отдел образования; изменить её может только отдел. "
            "Школа меняет только свою дорожную карту.",
        ),
        roadmap.title,
    ))


def _own_roadmap(session: Session, info: ProfileInfo, roadmap_id: str | None) -> Roadmap:
    """The roadmap to add to: the one named, or this profile's only own roadmap."""
    visible = visible_roadmaps(session, info)
    if roadmap_id:
        found = [r for r in visible if r.id == roadmap_id.strip().lower()]
        if not found:
            raise NotFound(fill(translate("Roadmaps", "Дорожная карта %1 не найдена. Список карт: orientir roadmap show."), roadmap_id))
        if not _owns(info, found[0]):
            raise _not_owner(found[0])
        return found[0]
    own = [r for r in visible if _owns(info, r)]
    if len(own) == 1:
        return own[0]
    if own:
        raise InvalidInput(translate(
            "RoadmapEdit", "Дорожных карт несколько. Укажите, какую изменить: --roadmap ID (список: orientir roadmap show)."
        ))
    if info.kind == "school":
        raise InvalidInput(translate(
            "RoadmapEdit",
            "У школы пока нет своей дорожной карты, а муниципальную меняет только отдел образования. "
            "Свою карту школа загружает командой orientir roadmap import ФАЙЛ.",
        ))
    raise InvalidInput(translate("RoadmapEdit", "Дорожной карты пока нет. Загрузите её: orientir roadmap import ФАЙЛ."))


def _own_activity(session: Session, info: ProfileInfo, number: str, roadmap_id: str | None) -> Activity:
    """The activity to change, looked for in this profile's own roadmap first; refused if another party owns it."""
    own = [r for r in visible_roadmaps(session, info) if _owns(info, r)]
    scope = own[0].id if roadmap_id is None and len(own) == 1 else roadmap_id
    try:
        activity = find_activity(session, info, number, scope)
    except NotFound:
        if scope == roadmap_id:
            raise
        activity = find_activity(session, info, number, None)
    if not _owns(info, activity):
        raise _not_owner(activity.roadmap)
    return activity


def _read(text: str, roadmap: Roadmap) -> Deadline:
    period = (roadmap.period_start, roadmap.period_end) if roadmap.period_start and roadmap.period_end else None
    return read_deadline(text, period)


def _section(session: Session, roadmap: Roadmap, text: str) -> Section | None:
    """The section named by its number («2») or title («2. Работа с педагогами»); a new title makes a new section."""
    text = " ".join(text.split())
    if not text:
        return None
    sections = [s for s in roadmap.sections if not s.deleted]
    if _ONLY_NUMBER.fullmatch(text):
        wanted = normalize_number(text)
        for section in sections:
            if section.number == wanted:
                return section
        raise InvalidInput(fill(
            translate(
                "RoadmapEdit",
                "Раздела %1 в дорожной карте нет. Чтобы создать его, укажите номер и название: --section \"%1. Название раздела\".",
            ),
            wanted,
        ))
    for section in sections:
        if comparable_name(section.title) == comparable_name(text):
            return section
    leading = _LEADING_NUMBER.match(text)
    number = normalize_number(leading.group(1)) if leading else ""
    for section in sections:
        if number and section.number == number:
            raise InvalidInput(fill(
                translate(
                    "RoadmapEdit",
                    "В дорожной карте уже есть раздел %1 «%2». Укажите его номер (--section %1) или другой номер для нового раздела.",
                ),
                number, section.title,
            ))
    return add_section(session, roadmap, text, number=number)


def _number_key(number: str) -> tuple:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in number.split("."))


def _place(session: Session, activity: Activity) -> None:
    """Put the activity among its section's activities in number order (the roadmap is shown by position)."""
    others = [a for a in live_activities(session, activity.roadmap_id) if a.id != activity.id]
    siblings = [a for a in others if a.section_id == activity.section_id]
    if not siblings:
        index = len(others)
    else:
        before = [a for a in siblings if _number_key(a.number) < _number_key(activity.number)]
        index = others.index(before[-1]) + 1 if before else others.index(siblings[0])
    wanted = others[:index] + [activity] + others[index:]
    current = sorted([*others, activity], key=lambda a: a.position)
    if [a.id for a in current] == [a.id for a in wanted]:
        return
    # Only the activities that really move get a new position (each change travels to the other side).
    last = 0
    for item in wanted:
        if item is activity or item.position <= last:
            item.position = last + 1
        last = item.position
    session.flush()


def add_activity_cmd(
    store: ProfileStore,
    number: str,
    title: str,
    section: str | None = None,
    deadline: str = "",
    responsible: str = "",
    result: str = "",
    performers: str = "schools",
    roadmap_id: str | None = None,
    actor: str = "",
) -> EditResult:
    """Add an activity to this profile's own roadmap (creating the section when a new title is given)."""
    info = store.info
    by_department, by_schools = PERFORMERS[performers]
    with store.writing(actor=actor) as session:
        roadmap = _own_roadmap(session, info, roadmap_id)
        read = _read(deadline.strip(), roadmap)
        fields = ActivityFields(
            number=number, title=" ".join(title.split()), responsible=responsible, deadline_text=deadline,
            windows=list(read.windows), recurrence=read.recurrence, deadline_issue=read.issue, expected_result=result,
            by_department=by_department, by_schools=by_schools,
        )
        activity = add_activity(session, roadmap, fields, _section(session, roadmap, section or ""))
        _place(session, activity)
        return EditResult(activity.number, activity.title, roadmap.title, roadmap.owner_kind, ("added",), read.issue)


def edit_activity(store: ProfileStore, number: str, changes: dict, roadmap_id: str | None = None, actor: str = "") -> EditResult:
    """Change an activity of this profile's own roadmap; `changes` maps EDITABLE names to new values (None: leave)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    changes = {key: value for key, value in changes.items() if value is not None}
    info = store.info
    with store.writing(actor=actor) as session:
        activity = _own_activity(session, info, number, roadmap_id)
        roadmap = activity.roadmap
        changed: list[str] = []
        issue = None

        def put(name: str, column: str, value) -> None:
            if getattr(activity, column) != value:
                setattr(activity, column, value)
                changed.append(name)

        if "title" in changes:
            title = " ".join(changes["title"].split())
            if not title:
                raise InvalidInput(translate("RoadmapEdit", "Название мероприятия не может быть пустым."))
            put("title", "title", title)
        if "responsible" in changes:
            put("responsible", "responsible", changes["responsible"].strip())
        if "result" in changes:
            put("result", "expected_result", changes["result"].strip())
        if "performers" in changes:
            by_department, by_schools = PERFORMERS[changes["performers"]]
            put("performers", "by_department", by_department)
            put("performers", "by_schools", by_schools)
        if "deadline" in changes and changes["deadline"].strip() != activity.deadline_text:
            read = _read(changes["deadline"].strip(), roadmap)
            activity.deadline_text = read.text
            activity.windows = [[start.isoformat(), end.isoformat()] for start, end in read.windows]
            activity.recurrence, activity.deadline_issue, issue = read.recurrence, read.issue, read.issue
            changed.append("deadline")
        if "number" in changes:
            new_number = normalize_number(changes["number"])
            if not new_number:
                raise InvalidInput(translate("RoadmapEdit", "Укажите новый номер мероприятия, например 1.4."))
            if new_number != activity.number:
                _check_free(session, roadmap, new_number)
                put("number", "number", new_number)
        if "section" in changes:
            section = _section(session, roadmap, changes["section"])
            put("section", "section_id", section.id if section else None)
        if changed:
            activity.updated_at = now()
            if {"number", "section"} & set(changed):
                _place(session, activity)
        return EditResult(activity.number, activity.title, roadmap.title, roadmap.owner_kind,
                          tuple(sorted(set(changed), key=EDITABLE.index)), issue)


def _check_free(session: Session, roadmap: Roadmap, number: str) -> None:
    taken = session.scalar(
        select(Activity.id).where(Activity.roadmap_id == roadmap.id, Activity.number == number, Activity.deleted.is_(False))
    )
    if taken:
        raise InvalidInput(fill(translate("Roadmaps", "В дорожной карте уже есть мероприятие с номером %1."), number))


def remove_activity(store: ProfileStore, number: str, roadmap_id: str | None = None, actor: str = "") -> EditResult:
    """Remove an activity from this profile's own roadmap; the reports on it stay in the database."""
    info = store.info
    with store.writing(actor=actor) as session:
        activity = _own_activity(session, info, number, roadmap_id)
        activity.deleted = True
        activity.updated_at = now()
        kept = session.scalar(select(func.count(Progress.id)).where(Progress.activity_id == activity.id)) or 0
        roadmap = activity.roadmap
        return EditResult(activity.number, activity.title, roadmap.title, roadmap.owner_kind, ("removed",), reports_kept=kept)


def move_activity(store: ProfileStore, number: str, step: int, roadmap_id: str | None = None, actor: str = "") -> EditResult:
    """Move an activity one place up (`step` -1) or down (+1) among its section's activities; the numbers stay."""
    info = store.info
    with store.writing(actor=actor) as session:
        activity = _own_activity(session, info, number, roadmap_id)
        siblings = [a for a in live_activities(session, activity.roadmap_id) if a.section_id == activity.section_id]
        index = siblings.index(activity) + (1 if step > 0 else -1)
        roadmap = activity.roadmap
        if not 0 <= index < len(siblings):
            return EditResult(activity.number, activity.title, roadmap.title, roadmap.owner_kind, ())
        other = siblings[index]
        activity.position, other.position = other.position, activity.position
        stamp = now()
        activity.updated_at = other.updated_at = stamp
        return EditResult(activity.number, activity.title, roadmap.title, roadmap.owner_kind, ("position",))


def create_own_roadmap(store: ProfileStore, title: str, period: tuple | None = None, actor: str = "") -> str:
    """A new, empty roadmap of this profile (a school's own one made from scratch); returns its id."""
    from app.roadmaps import create_roadmap

    with store.writing(actor=actor) as session:
        return create_roadmap(session, store.info, title, period=period).id
