"""Indicators against their targets, the actual values a school reports per monitoring round, and the
school's risk profile («рисковый профиль»: a level on each of the reference risk factors).

A school enters its own actual values and risk levels; the records are the school's and travel to
the department in its next bundle. One value per indicator, round and school, with the same key on
every machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.profile import ProfileStore
from app.roadmaps import visible_roadmaps
from app.rounds import RoundInfo, list_rounds
from app.timeutil import now
from db.base import derived_id
from db.models import RISK_LEVELS, Indicator, IndicatorValue, MonitoringRound, RiskFactor, SchoolRisk

LEVEL_NAMES = {
    "none": QT_TRANSLATE_NOOP("Risk", "нет"),
    "low": QT_TRANSLATE_NOOP("Risk", "низкий"),
    "medium": QT_TRANSLATE_NOOP("Risk", "средний"),
    "high": QT_TRANSLATE_NOOP("Risk", "высокий"),
}
_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?")


def level_name(level: str) -> str:
    return translate("Risk", LEVEL_NAMES.get(level, level))


@dataclass(frozen=True)
class ActualValue:
    value: float | None
    text: str
    note: str = ""


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    roadmap_title: str
    name: str
    unit: str
    base_value: float | None
    base_text: str
    targets: dict[str, float]  # year → target
    # round id → what this school reported for it (on a department: empty).
    actual: dict[str, ActualValue] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorsView:
    rounds: list[RoundInfo]
    indicators: list[IndicatorRow]

    @property
    def years(self) -> list[str]:
        return sorted({year for row in self.indicators for year in row.targets})


def indicators_view(store: ProfileStore) -> IndicatorsView:
    """Every indicator of the roadmaps this profile holds, with the school's own actual values."""
    info = store.info
    rounds = list_rounds(store)
    with store.reading() as session:
        roadmaps = {r.id: r.title for r in visible_roadmaps(session, info)}
        indicators = session.scalars(
            select(Indicator)
            .where(Indicator.roadmap_id.in_(list(roadmaps)), Indicator.deleted.is_(False))
            .order_by(Indicator.position)
        ).all()
        values: dict[tuple[str, str], ActualValue] = {}
        if info.kind == "school":
            for row in session.scalars(
                select(IndicatorValue).where(
                    IndicatorValue.owner_school_id == info.school_id, IndicatorValue.deleted.is_(False)
                )
            ):
                values[(row.indicator_id, row.round_id or "")] = ActualValue(row.value, row.value_text, row.note)
        order = list(roadmaps)
        rows = [
            IndicatorRow(
                i.id, roadmaps[i.roadmap_id], i.name, i.unit, i.base_value, i.base_text,
                {str(k): v for k, v in (i.targets or {}).items()},
                {r.id: values[(i.id, r.id)] for r in rounds if (i.id, r.id) in values},
            )
            for i in sorted(indicators, key=lambda i: (order.index(i.roadmap_id), i.position))
        ]
    return IndicatorsView(rounds, rows)


def read_value(text: str) -> float | None:
    """«16,5», «16.5 %», «16» → the number; "" → None. Anything else is refused."""
    text = " ".join((text or "").split())
    if not text:
        return None
    found = _NUMBER.match(text)
    if found is None:
        raise InvalidInput(fill(translate("Indicators", "«%1» — не число. Введите значение числом, например 16,5."), text))
    return float(found.group(0).replace(",", "."))


def set_indicator_value(store: ProfileStore, indicator_id: str, round_id: str, text: str, note: str = "") -> ActualValue | None:
    """The school's actual value of an indicator for a round; an empty text removes it. Returns what is stored."""
    info = store.require("school")
    value = read_value(text)
    text = " ".join(text.split())
    with store.writing() as session:
        indicator = session.get(Indicator, indicator_id)
        round_ = session.get(MonitoringRound, round_id)
        if indicator is None or indicator.deleted or round_ is None or round_.deleted:
            raise NotFound(translate("Indicators", "Этого показателя или мониторинга больше нет. Обновите страницу (F5)."))
        row = session.scalars(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id, IndicatorValue.round_id == round_id,
                IndicatorValue.owner_school_id == info.school_id,
            )
        ).first()
        if row is None:
            if value is None:
                return None
            key = derived_id("indicator_value", indicator_id, round_id, info.school_id)
            row = IndicatorValue(id=key, **info.owner, indicator_id=indicator_id, round_id=round_id)
            session.add(row)
        wanted = {"value": value, "value_text": text, "note": note.strip(), "year": round_.due_date.year,
                  "deleted": value is None}
        if any(getattr(row, name, None) != v for name, v in wanted.items()):
            for name, v in wanted.items():
                setattr(row, name, v)
            row.updated_at = now()
        return None if value is None else ActualValue(value, text, row.note)


@dataclass(frozen=True)
class RiskRow:
    code: str
    name: str
    level: str  # one of RISK_LEVELS; "none" when not assessed
    note: str
    assessed_on: date | None
    # False when the department set this level: the school sees it but cannot change it.
    editable: bool = True


def risk_profile(store: ProfileStore) -> list[RiskRow]:
    """The school's level on every reference risk factor."""
    info = store.require("school")
    with store.reading() as session:
        risks = {
            r.factor_code: r
            for r in session.scalars(
                select(SchoolRisk).where(SchoolRisk.school_id == info.school_id, SchoolRisk.deleted.is_(False))
            )
        }
        rows = []
        for factor in session.scalars(select(RiskFactor).order_by(RiskFactor.position)):
            risk = risks.get(factor.code)
            rows.append(RiskRow(
                factor.code, factor.name, risk.level if risk else "none", risk.note if risk else "",
                risk.assessed_on if risk else None, risk is None or risk.owner_kind == "school",
            ))
    return rows


def set_risk(store: ProfileStore, code: str, level: str, note: str | None = None, assessed_on: date | None = None) -> RiskRow:
    """The school's level on one risk factor (and, when given, its note)."""
    info = store.require("school")
    if level not in RISK_LEVELS:
        raise InvalidInput(fill(translate("Risk", "Уровень риска «%1» неизвестен: выберите нет, низкий, средний или высокий."), level))
    with store.writing() as session:
        factor = session.get(RiskFactor, code)
        if factor is None:
            raise NotFound(fill(translate("Risk", "Фактора риска «%1» нет в справочнике."), code))
        row = session.scalars(
            select(SchoolRisk).where(SchoolRisk.school_id == info.school_id, SchoolRisk.factor_code == code)
        ).first()
        if row is not None and row.owner_kind != "school":
            raise InvalidInput(fill(translate("Risk", "Уровень по фактору «%1» установил отдел образования; изменить его может только отдел."),
                                    factor.name))
        if row is None:
            row = SchoolRisk(id=derived_id("school_risk", info.school_id, code), **info.owner, school_id=info.school_id,
                             factor_code=code, level=level)
            session.add(row)
        wanted = {"level": level, "deleted": False, "assessed_on": assessed_on or row.assessed_on}
        if note is not None:
            wanted["note"] = note.strip()
        if any(getattr(row, name, None) != v for name, v in wanted.items()):
            for name, v in wanted.items():
                setattr(row, name, v)
            row.updated_at = now()
        return RiskRow(code, factor.name, row.level, row.note or "", row.assessed_on, True)
