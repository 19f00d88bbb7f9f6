"""Monitoring rounds («мониторинг за I полугодие»): the department sets them, schools report for them.

A round has a name, a due date and optionally a start; schools enter their indicators' actual values
per round. Only the department changes rounds; a removed round is a tombstone, so values already
reported for it stay in the database. Rounds travel to schools in the department's next bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.i18n import translate
from app.profile import ProfileStore
from app.timeutil import now
from db.models import MonitoringRound


@dataclass(frozen=True)
class RoundInfo:
    id: str
    name: str
    starts_on: date | None
    due_date: date
    roadmap_id: str | None


def _info(row: MonitoringRound) -> RoundInfo:
    return RoundInfo(row.id, row.name, row.starts_on, row.due_date, row.roadmap_id)


def list_rounds(store: ProfileStore) -> list[RoundInfo]:
    """The department's rounds, earliest due first."""
    with store.reading() as session:
        rows = session.scalars(
            select(MonitoringRound)
            .where(MonitoringRound.deleted.is_(False), MonitoringRound.owner_kind == "department")
            .order_by(MonitoringRound.due_date, MonitoringRound.name)
        ).all()
        return [_info(r) for r in rows]


def current_round(store: ProfileStore, today: date) -> RoundInfo | None:
    """The round being reported now: the first one not yet past its due date, else the last one."""
    rounds = list_rounds(store)
    return next((r for r in rounds if r.due_date >= today), rounds[-1] if rounds else None)


def _checked(name: str, due_date: date | None, starts_on: date | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput(translate("Rounds", "Укажите название мониторинга, например «Мониторинг за I полугодие»."))
    if len(name) > 300:
        raise InvalidInput(translate("Rounds", "Название мониторинга слишком длинное (больше 300 знаков)."))
    if due_date is None:
        raise InvalidInput(translate("Rounds", "Укажите срок сдачи мониторинга."))
    if starts_on is not None and starts_on > due_date:
        raise InvalidInput(translate("Rounds", "Начало мониторинга позже срока сдачи. Проверьте даты."))
    return name


def add_round(store: ProfileStore, name: str, due_date: date, starts_on: date | None = None,
              roadmap_id: str | None = None) -> RoundInfo:
    info = store.require("department")
    name = _checked(name, due_date, starts_on)
    with store.writing() as session:
        row = MonitoringRound(**info.owner, roadmap_id=roadmap_id, name=name, starts_on=starts_on, due_date=due_date,
                              updated_at=now())
        session.add(row)
        session.flush()
        return _info(row)


def _own(session, round_id: str) -> MonitoringRound:
    row = session.get(MonitoringRound, round_id)
    if row is None or row.deleted or row.owner_kind != "department":
        raise NotFound(translate("Rounds", "Такого мониторинга нет: его уже удалили. Обновите список (F5)."))
    return row


def edit_round(store: ProfileStore, round_id: str, name: str, due_date: date, starts_on: date | None = None) -> RoundInfo:
    store.require("department")
    name = _checked(name, due_date, starts_on)
    with store.writing() as session:
        row = _own(session, round_id)
        values = {"name": name, "due_date": due_date, "starts_on": starts_on}
        if any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = now()
        return _info(row)


def remove_round(store: ProfileStore, round_id: str) -> None:
    """Remove a round; the values schools reported for it stay in the database."""
    store.require("department")
    with store.writing() as session:
        row = _own(session, round_id)
        row.deleted = True
        row.updated_at = now()
