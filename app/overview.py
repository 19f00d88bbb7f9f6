"""What the department's overview, school list and matrix show: every school's progress at a glance.

Read with a handful of plain SQL queries (no ORM object per cell), because a district may hold 300 schools
× 150 activities: the matrix is one status code per cell, and the per-school counts are counted from it, so
the overview, the school list and the matrix can never disagree. Overdue is `app.progress.is_overdue`, the
one rule the roadmap page and the reports use; the per-school counts are the reports' `PartySummary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange import ledger
from app.keys import fingerprint
from app.profile import ProfileStore
from app.progress import is_overdue
from app.reports.model import PartySummary
from app.rounds import RoundInfo, place_rounds
from db.models import (
    Activity,
    Indicator,
    IndicatorValue,
    MonitoringRound,
    Progress,
    Review,
    Roadmap,
    School,
    Section,
)

# A matrix cell: the status in the low bits, flags above. 0: the activity is not meant for the school.
NOT_FOR_SCHOOL = 0
STATUS_CODES = {"not_started": 1, "in_progress": 2, "done": 3, "not_done": 4, "cancelled": 5}
STATUS_OF_CODE = {code: status for status, code in STATUS_CODES.items()}
STATUS_MASK = 0x07
OVERDUE = 0x08
REWORK = 0x10  # the curator returned the school's report for rework


@dataclass(frozen=True)
class Matrix:
    """Schools (rows, by name) × the department's activities carried out by schools (columns, in roadmap order)."""

    school_ids: tuple[str, ...]
    school_names: tuple[str, ...]  # full names
    school_labels: tuple[str, ...]  # the short name where there is one
    activity_ids: tuple[str, ...]
    numbers: tuple[str, ...]
    titles: tuple[str, ...]
    section_of: tuple[int, ...]  # index into `sections` per activity, -1 outside any section
    sections: tuple[str, ...]
    codes: bytes  # row-major: codes[row * len(activity_ids) + column]

    @property
    def width(self) -> int:
        return len(self.activity_ids)

    def code(self, row: int, column: int) -> int:
        return self.codes[row * len(self.activity_ids) + column]

    def row_codes(self, row: int) -> bytes:
        width = len(self.activity_ids)
        return self.codes[row * width:(row + 1) * width]


@dataclass(frozen=True)
class SchoolLine:
    """One school as the overview and the school list show it."""

    summary: PartySummary
    status: str  # the school's list: "shnor", "risk_group", …
    curator: str
    email: str
    key_fingerprint: str | None  # None until the school's first bundle proves its key
    bundles_received: int
    exchange_attention: str | None  # "fork" or "waiting" when a bundle of the school is kept aside

    @property
    def id(self) -> str:
        return self.summary.party_id

    @property
    def name(self) -> str:
        return self.summary.name


@dataclass(frozen=True)
class IndicatorLine:
    """An indicator of the roadmap against its target: the district's value is the department's own, or the schools' mean."""

    name: str
    unit: str
    base_value: float | None
    base_text: str
    target_year: int | None
    target: float | None
    actual: float | None
    reported_by: int  # how many schools gave a value (0 when the value is the department's own)

    @property
    def progress(self) -> float | None:
        """How far from the base towards the target the value has come, 0…1 (either direction of improvement)."""
        if self.actual is None or self.target is None or self.base_value is None or self.target == self.base_value:
            return None
        share = (self.actual - self.base_value) / (self.target - self.base_value)
        return min(max(share, 0.0), 1.0)


@dataclass(frozen=True)
class Overview:
    today: date
    round: RoundInfo | None  # the current monitoring round: the latest that has started
    next_round: RoundInfo | None  # the first one not started yet
    schools: tuple[SchoolLine, ...]  # by name
    indicators: tuple[IndicatorLine, ...]

    @property
    def reported(self) -> int:
        return sum(bool(s.summary.reported_this_round) for s in self.schools)

    @property
    def overdue(self) -> int:
        return sum(s.summary.overdue for s in self.schools)


def _school_activities(session: Session) -> list:
    """Live activities of the department's live roadmaps that schools carry out, in roadmap order."""
    return session.execute(
        select(Activity.id, Activity.number, Activity.title, Activity.windows, Activity.section_id, Activity.target_school_ids)
        .join(Roadmap, Roadmap.id == Activity.roadmap_id)
        .where(Roadmap.owner_kind == "department", Roadmap.deleted.is_(False), Activity.deleted.is_(False),
               Activity.by_schools.is_(True))
        .order_by(Roadmap.owner_kind, Roadmap.updated_at, Activity.position)
    ).all()


def _schools(session: Session) -> list:
    return session.execute(
        select(School.id, School.name, School.short_name, School.status, School.curator, School.email, School.public_key)
        .where(School.deleted.is_(False))
        .order_by(School.name)
    ).all()


def _matrix(session: Session, today: date, schools: list) -> Matrix:
    activities = _school_activities(session)
    section_ids = list(dict.fromkeys(a.section_id for a in activities if a.section_id))
    titles = dict(session.execute(select(Section.id, Section.title).where(Section.id.in_(section_ids))).all())
    section_index = {section_id: index for index, section_id in enumerate(section_ids)}
    column = {a.id: index for index, a in enumerate(activities)}
    row = {s.id: index for index, s in enumerate(schools)}
    width = len(activities)
    codes = bytearray(len(schools) * width)
    # Cells of the schools an activity is meant for start as «не начато» (nothing recorded yet).
    for index, activity in enumerate(activities):
        targets = activity.target_school_ids
        code = STATUS_CODES["not_started"] | (OVERDUE if is_overdue(None, activity.windows, today) else 0)
        if targets is None:
            codes[index::width] = bytes([code]) * len(schools)
            continue
        for school in schools:
            if school.id in targets:
                codes[row[school.id] * width + index] = code
    # The biggest read (a row per school and activity): straight from the driver, no result objects per row.
    cursor = session.connection().connection.cursor()
    try:
        reported = cursor.execute(
            "SELECT owner_school_id, activity_id, status FROM progress WHERE owner_kind = 'school' AND deleted = 0"
        ).fetchall()
    finally:
        cursor.close()
    # Whether a status is late depends only on the activity's deadline: worked out once per activity and status.
    codes_for = [{status: code | (OVERDUE if is_overdue(status, a.windows, today) else 0) for status, code in STATUS_CODES.items()}
                 for a in activities]
    for school_id, activity_id, status in reported:
        r, c = row.get(school_id), column.get(activity_id)
        if r is None or c is None or not codes[r * width + c]:
            continue
        codes[r * width + c] = codes_for[c][status]
    returned = session.execute(
        select(Review.school_id, Progress.activity_id)
        .join(Progress, Progress.id == Review.progress_id)
        .where(Review.deleted.is_(False), Review.state == "rework")
    )
    for school_id, activity_id in returned:
        r, c = row.get(school_id), column.get(activity_id)
        if r is not None and c is not None and codes[r * width + c]:
            codes[r * width + c] |= REWORK
    return Matrix(
        school_ids=tuple(s.id for s in schools),
        school_names=tuple(s.name for s in schools),
        school_labels=tuple(s.short_name or s.name for s in schools),
        activity_ids=tuple(a.id for a in activities),
        numbers=tuple(a.number for a in activities),
        titles=tuple(a.title for a in activities),
        section_of=tuple(section_index.get(a.section_id, -1) for a in activities),
        sections=tuple(titles.get(section_id, "") for section_id in section_ids),
        codes=bytes(codes),
    )


def status_matrix(store: ProfileStore, today: date) -> Matrix:
    """The schools × activities matrix of the department's roadmap as of `today`."""
    store.require("department")
    with store.reading() as session:
        return _matrix(session, today, _schools(session))


def _round(session: Session, today: date) -> tuple[RoundInfo | None, RoundInfo | None]:
    """(the current round, the next one), by the rule the reports use (app.rounds.place_rounds)."""
    rows = session.execute(
        select(MonitoringRound.id, MonitoringRound.name, MonitoringRound.starts_on, MonitoringRound.due_date,
               MonitoringRound.roadmap_id)
        .where(MonitoringRound.deleted.is_(False), MonitoringRound.owner_kind == "department")
        .order_by(MonitoringRound.due_date, MonitoringRound.name, MonitoringRound.id)
    ).all()
    place = place_rounds([(row.starts_on, row.due_date) for row in rows], today)
    current = upcoming = None
    if place.current is not None:
        row = rows[place.current]
        current = RoundInfo(row.id, row.name, place.start, row.due_date, row.roadmap_id)
    if place.upcoming is not None:
        row = rows[place.upcoming]
        upcoming = RoundInfo(row.id, row.name, row.starts_on, row.due_date, row.roadmap_id)
    return current, upcoming


def summarize(
    party_id: str, name: str, short_name: str, codes: bytes, last_report: datetime | None, round_: RoundInfo | None
) -> PartySummary:
    """A school's counts from its row of the matrix; reported this round = a bundle accepted on or after its start."""
    counts = dict.fromkeys(STATUS_CODES.values(), 0)
    overdue = total = 0
    for code in codes:
        if code:
            total += 1
            counts[code & STATUS_MASK] += 1
            overdue += bool(code & OVERDUE)
    reported = None
    if round_ is not None:
        reported = last_report is not None and (round_.starts_on is None or last_report.date() >= round_.starts_on)
    return PartySummary(
        party_id=party_id,
        name=name,
        short_name=short_name,
        total=total,
        done=counts[STATUS_CODES["done"]],
        in_progress=counts[STATUS_CODES["in_progress"]],
        not_started=counts[STATUS_CODES["not_started"]],
        not_done=counts[STATUS_CODES["not_done"]],
        cancelled=counts[STATUS_CODES["cancelled"]],
        overdue=overdue,
        last_report=last_report,
        reported_this_round=reported,
    )


def overview(store: ProfileStore, today: date) -> Overview:
    """Every school's progress, the current monitoring round and the indicators, as of `today`."""
    store.require("department")
    with store.reading() as session:
        schools = _schools(session)
        matrix = _matrix(session, today, schools)
        round_, next_round = _round(session, today)
        exchange = ledger.summaries(session)
        indicators = _indicators(session, today, len(schools))
    lines = []
    for index, school in enumerate(schools):
        received = exchange.get(school.id, ledger.PeerSummary(0, None, None))
        lines.append(
            SchoolLine(
                summary=summarize(school.id, school.name, school.short_name, matrix.row_codes(index),
                                  received.last_import, round_),
                status=school.status,
                curator=school.curator,
                email=school.email,
                key_fingerprint=fingerprint(school.public_key) if school.public_key else None,
                bundles_received=received.bundles_received,
                exchange_attention=received.attention,
            )
        )
    return Overview(today, round_, next_round, tuple(lines), tuple(indicators))


def _target(targets: dict, year: int | None, today: date) -> tuple[int | None, float | None]:
    """The target for the year the values are for; without values, this year's (or the nearest earlier, else the first)."""
    planned = {}
    for key, value in (targets or {}).items():
        try:
            planned[int(key)] = float(value)
        except (TypeError, ValueError):
            continue
    if not planned:
        return None, None
    wanted = year or today.year
    earlier = [y for y in planned if y <= wanted]
    chosen = max(earlier) if earlier else min(planned)
    return chosen, planned[chosen]


def _indicators(session: Session, today: date, school_count: int) -> list[IndicatorLine]:
    indicators = session.execute(
        select(Indicator.id, Indicator.name, Indicator.unit, Indicator.base_value, Indicator.base_text, Indicator.targets)
        .join(Roadmap, Roadmap.id == Indicator.roadmap_id)
        .where(Indicator.deleted.is_(False), Roadmap.deleted.is_(False), Roadmap.owner_kind == "department")
        .order_by(Roadmap.updated_at, Indicator.position)
    ).all()
    values = session.execute(
        select(IndicatorValue.indicator_id, IndicatorValue.owner_school_id, IndicatorValue.value, IndicatorValue.year,
               MonitoringRound.due_date, IndicatorValue.updated_at)
        .outerjoin(MonitoringRound, MonitoringRound.id == IndicatorValue.round_id)
        .where(IndicatorValue.deleted.is_(False), IndicatorValue.value.is_not(None))
    ).all()
    # The latest value of each indicator from each reporter (None: the department itself).
    latest: dict[tuple[str, str | None], tuple] = {}
    for indicator_id, reporter, value, year, due, updated in values:
        order = (year or 0, due or date.min, updated)
        key = (indicator_id, reporter)
        if key not in latest or order > latest[key][0]:
            latest[key] = (order, value, year)
    lines = []
    for indicator in indicators:
        own = latest.get((indicator.id, None))
        from_schools = [v for (i, reporter), v in latest.items() if i == indicator.id and reporter is not None]
        if own is not None:
            actual, year, count = own[1], own[2], 0
        elif from_schools:
            actual = sum(v[1] for v in from_schools) / len(from_schools)
            year, count = max((v[2] or 0) for v in from_schools) or None, len(from_schools)
        else:
            actual, year, count = None, None, 0
        target_year, target = _target(indicator.targets, year, today)
        lines.append(IndicatorLine(indicator.name, indicator.unit, indicator.base_value, indicator.base_text,
                                   target_year, target, actual, count))
    return lines
