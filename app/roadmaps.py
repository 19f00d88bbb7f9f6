"""Roadmaps, their sections and activities: creating them and reading them back.

Activity numbers are hierarchical («1.», «1.1.», «2.10») and written with or without the final
dot; they are stored without it and compared the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.i18n import translate
from app.profile import ProfileInfo, ProfileStore
from app.timeutil import now
from db.models import Activity, Indicator, Roadmap, Section

_SPACES = re.compile(r"\s+")


def normalize_number(number: str) -> str:
    """«1.1.» → «1.1», « 2 . 10 » → «2.10», «1,1» → «1.1»; a number is compared in this form."""
    return _SPACES.sub("", number or "").replace(",", ".").rstrip(".")


def create_roadmap(
    session: Session,
    info: ProfileInfo,
    title: str,
    period: tuple[date, date] | None = None,
    order_number: str = "",
    order_date: date | None = None,
    goal: str = "",
    source_file_name: str = "",
    source_sha256: str = "",
) -> Roadmap:
    title = " ".join((title or "").split())
    if not title:
        raise InvalidInput(translate("Roadmaps", "У дорожной карты должно быть название."))
    if period is not None and period[0] > period[1]:
        raise InvalidInput(translate("Roadmaps", "Начало периода дорожной карты позже его конца."))
    roadmap = Roadmap(
        **info.owner,
        title=title,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        order_number=order_number,
        order_date=order_date,
        goal=goal,
        source_file_name=source_file_name,
        source_sha256=source_sha256,
        updated_at=now(),
    )
    session.add(roadmap)
    session.flush()
    return roadmap


def add_section(session: Session, roadmap: Roadmap, title: str, number: str = "") -> Section:
    position = session.scalar(select(func.count(Section.id)).where(Section.roadmap_id == roadmap.id)) or 0
    section = Section(
        owner_kind=roadmap.owner_kind,
        owner_school_id=roadmap.owner_school_id,
        roadmap_id=roadmap.id,
        number=normalize_number(number),
        title=title.strip(),
        position=position + 1,
    )
    session.add(section)
    session.flush()
    return section


@dataclass
class ActivityFields:
    """What a roadmap row says about one activity."""

    number: str
    title: str
    responsible: str = ""
    deadline_text: str = ""
    windows: list[tuple[date, date]] | None = None
    recurrence: str | None = None
    deadline_issue: str | None = None
    expected_result: str = ""
    by_department: bool = False
    by_schools: bool = True


def add_activity(session: Session, roadmap: Roadmap, fields: ActivityFields, section: Section | None = None) -> Activity:
    number = normalize_number(fields.number)
    if not number or not fields.title.strip():
        raise InvalidInput(translate("Roadmaps", "У мероприятия должны быть номер и название."))
    clash = session.scalar(
        select(Activity.id).where(
            Activity.roadmap_id == roadmap.id, Activity.number == number, Activity.deleted.is_(False)
        )
    )
    if clash:
        raise InvalidInput(
            translate("Roadmaps", "В дорожной карте уже есть мероприятие с номером %1.").replace("%1", number)
        )
    position = session.scalar(select(func.count(Activity.id)).where(Activity.roadmap_id == roadmap.id)) or 0
    activity = Activity(
        owner_kind=roadmap.owner_kind,
        owner_school_id=roadmap.owner_school_id,
        roadmap_id=roadmap.id,
        section_id=section.id if section else None,
        number=number,
        title=fields.title.strip(),
        responsible=fields.responsible.strip(),
        deadline_text=fields.deadline_text.strip(),
        windows=[[start.isoformat(), end.isoformat()] for start, end in (fields.windows or [])],
        recurrence=fields.recurrence,
        deadline_issue=fields.deadline_issue,
        expected_result=fields.expected_result.strip(),
        position=position + 1,
        by_department=fields.by_department,
        by_schools=fields.by_schools,
        updated_at=now(),
    )
    session.add(activity)
    session.flush()
    return activity


def visible_roadmaps(session: Session, info: ProfileInfo) -> list[Roadmap]:
    """The roadmaps this profile holds: the department's, and on a school also its own."""
    query = select(Roadmap).where(Roadmap.deleted.is_(False))
    if info.kind == "school":
        query = query.where(
            (Roadmap.owner_kind == "department") | (Roadmap.owner_school_id == info.school_id)
        )
    else:
        query = query.where(Roadmap.owner_kind == "department")
    # The department's roadmap first, then the school's own; oldest first within each.
    return list(session.scalars(query.order_by(Roadmap.owner_kind, Roadmap.updated_at)).all())


def live_activities(session: Session, roadmap_id: str) -> list[Activity]:
    return list(
        session.scalars(
            select(Activity)
            .where(Activity.roadmap_id == roadmap_id, Activity.deleted.is_(False))
            .order_by(Activity.position)
        ).all()
    )


def find_activity(session: Session, info: ProfileInfo, number: str, roadmap_id: str | None = None) -> Activity:
    """The activity with this number in the roadmaps this profile holds; refuses unknown or ambiguous numbers."""
    wanted = normalize_number(number)
    if not wanted:
        raise InvalidInput(translate("Roadmaps", "Укажите номер мероприятия, например 1.1 (номера: orientir roadmap show)."))
    roadmaps = visible_roadmaps(session, info)
    if roadmap_id:
        roadmaps = [r for r in roadmaps if r.id == roadmap_id.strip().lower()]
        if not roadmaps:
            raise NotFound(
                translate("Roadmaps", "Дорожная карта %1 не найдена. Список карт: orientir roadmap show.").replace("%1", roadmap_id)
            )
    matches = list(
        session.scalars(
            select(Activity).where(
                Activity.roadmap_id.in_([r.id for r in roadmaps]),
                Activity.number == wanted,
                Activity.deleted.is_(False),
            )
        ).all()
    )
    if not matches:
        raise NotFound(
            translate("Roadmaps", "Мероприятия с номером %1 нет в дорожной карте. Номера мероприятий: orientir roadmap show.")
            .replace("%1", number)
        )
    if len(matches) > 1:
        raise InvalidInput(
            translate("Roadmaps", "Мероприятие с номером %1 есть в нескольких дорожных картах. Укажите карту: --roadmap ID (список: orientir roadmap show).")
            .replace("%1", number)
        )
    return matches[0]


def roadmaps_json(store: ProfileStore) -> dict:
    """Every roadmap this profile holds, in the shape of `roadmap show --json`."""
    info = store.info
    result = []
    with store.reading() as session:
        for roadmap in visible_roadmaps(session, info):
            sections = {s.id: s.title for s in roadmap.sections}
            period = None
            if roadmap.period_start and roadmap.period_end:
                period = [roadmap.period_start.isoformat(), roadmap.period_end.isoformat()]
            result.append(
                {
                    "id": roadmap.id,
                    "title": roadmap.title,
                    "owner": roadmap.owner_kind,
                    "period": period,
                    "order": {
                        "number": roadmap.order_number,
                        "date": roadmap.order_date.isoformat() if roadmap.order_date else None,
                    },
                    "items": [
                        {
                            "id": a.id,
                            "number": a.number,
                            "section": sections.get(a.section_id, ""),
                            "title": a.title,
                            "responsible": a.responsible,
                            "deadline_text": a.deadline_text,
                            "windows": a.windows,
                            "recurrence": a.recurrence,
                            "deadline_understood": a.deadline_issue is None,
                            "deadline_issue": a.deadline_issue,
                            "result": a.expected_result,
                            "by_department": a.by_department,
                            "by_schools": a.by_schools,
                        }
                        for a in live_activities(session, roadmap.id)
                    ],
                    "indicators": [
                        {
                            "name": i.name,
                            "type": i.indicator_type,
                            "unit": i.unit,
                            "base_value": i.base_value,
                            "base_text": i.base_text,
                            "targets": i.targets,
                        }
                        for i in session.scalars(
                            select(Indicator)
                            .where(Indicator.roadmap_id == roadmap.id, Indicator.deleted.is_(False))
                            .order_by(Indicator.position)
                        )
                    ],
                }
            )
    return {"roadmaps": result}
