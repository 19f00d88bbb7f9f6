"""Monitoring rounds («мониторинг за I полугодие»): the department sets them, schools report for them.

A round has a name, a due date and optionally a start; schools enter their indicators' actual values
per round. Only the department changes rounds; a removed round is a tombstone, so values already
reported for it stay in the database. Rounds travel to schools in the department's next bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

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


@dataclass(frozen=True)
class RoundPlace:
    """Where `today` falls among the rounds (indexes into the list given to `place_rounds`)."""

    current: int | None  # the latest round started by today
    start: date | None  # when the current round started; None: it has always been on (the first, with no start)
    previous: int | None  # the round before the current one: changes are counted from its due date
    upcoming: int | None  # the first round not started yet


def place_rounds(rounds: Sequence[tuple[date | None, date]], today: date) -> RoundPlace:
    """The one rule of the overview and the reports. `rounds`: (starts_on, due_date) ordered by due date.

    A round without a start date starts the day after the one before it is due (the first one: always).
    """
    started: list[tuple[int, date | None]] = []
    upcoming: int | None = None
    previous_due: date | None = None
    for position, (starts_on, due_date) in enumerate(rounds):
        start = starts_on or (previous_due + timedelta(days=1) if previous_due else None)
        if start is None or start <= today:
            started.append((position, start))
        elif upcoming is None:
            upcoming = position
        previous_due = due_date
    if not started:
        return RoundPlace(None, None, None, upcoming)
    current, start = max(started, key=lambda pair: (pair[1] or date.min, rounds[pair[0]][1]))
    return RoundPlace(current, start, current - 1 if current > 0 else None, upcoming)


def current_round(store: ProfileStore, today: date) -> RoundInfo | None:
    """The round being reported now (see `place_rounds`), with its start as it applies."""
    rounds = list_rounds(store)
    place = place_rounds([(r.starts_on, r.due_date) for r in rounds], today)
    if place.current is None:
        return None
    found = rounds[place.current]
    return RoundInfo(found.id, found.name, place.start, found.due_date, found.roadmap_id)


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
