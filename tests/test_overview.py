"""The department's overview: per-school counts, who reported this round, indicators, the status matrix, the import log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.import_log import import_log
from app.overview import (
    NOT_FOR_SCHOOL,
    OVERDUE,
    REWORK,
    STATUS_CODES,
    STATUS_MASK,
    overview,
    status_matrix,
)
from app.profile import open_profile
from app.reviews import review_progress
from app.roadmap_edit import edit_activity
from app.rounds import current_round
from app.schools import find_school
from db.base import DEPARTMENT_OWNER
from db.models import Activity, Indicator, IndicatorValue, MonitoringRound, Roadmap
from tests.exchange_helpers import make_district, record_progress

SCHOOLS = ["МБОУ Альфинская СОШ", "МБОУ Бетинская ООШ", "МБОУ Гаммская СОШ"]
TODAY = date(2024, 6, 1)


@pytest.fixture
def district(tmp_path):
    district = make_district(tmp_path, SCHOOLS)
    store = open_profile(district.department)
    try:
        # 1.1 must be done by the end of February; 1.3 has no date anyone could read.
        edit_activity(store, "1.1", {"deadline": "январь-февраль 2024 года"})
    finally:
        store.close()
    alpha, beta, _gamma = (district.schools[name] for name in SCHOOLS)
    record_progress(alpha, "1.1", status="done", actual="Проведён анализ")
    record_progress(alpha, "1.3", status="in_progress")
    record_progress(beta, "1.1", status="in_progress")
    district.send(alpha, district.department)
    district.send(beta, district.department)
    return district


def add_round(root, name: str, starts_on: date, due_date: date) -> None:
    store = open_profile(root)
    try:
        with store.writing() as session:
            session.add(MonitoringRound(**DEPARTMENT_OWNER, name=name, starts_on=starts_on, due_date=due_date,
                                        updated_at=datetime.now().astimezone()))
    finally:
        store.close()


def test_counts_per_school_follow_what_the_schools_sent(district):
    store = open_profile(district.department)
    try:
        seen = {line.name: line for line in overview(store, TODAY).schools}
    finally:
        store.close()
    assert list(seen) == sorted(SCHOOLS)
    alpha, beta, gamma = (seen[name].summary for name in SCHOOLS)
    # Two activities are carried out by schools (1.2 is the department's own).
    assert (alpha.total, alpha.done, alpha.in_progress, alpha.not_started, alpha.overdue) == (2, 1, 1, 0, 0)
    assert alpha.percent_done == 50
    # 1.1 closed at the end of February and is not done: overdue for the two schools that did not finish it.
    assert (beta.total, beta.done, beta.in_progress, beta.overdue) == (2, 0, 1, 1)
    assert (gamma.not_started, gamma.overdue, gamma.percent_done) == (2, 1, 0)
    assert seen[SCHOOLS[0]].bundles_received == 1 and seen[SCHOOLS[2]].bundles_received == 0
    assert seen[SCHOOLS[0]].key_fingerprint and seen[SCHOOLS[2]].key_fingerprint is None
    assert alpha.last_report is not None and gamma.last_report is None


def test_who_has_not_reported_in_the_current_round(district):
    today = date.today()
    add_round(district.department, "Первый мониторинг", today - timedelta(days=200), today - timedelta(days=170))
    store = open_profile(district.department)
    try:
        # No round has started yet when looking from long ago: nobody is marked.
        early = overview(store, today - timedelta(days=400))
        assert early.round is None and early.next_round.name == "Первый мониторинг"
        assert {line.summary.reported_this_round for line in early.schools} == {None}
        # The two schools' bundles came in today, inside the round.
        first = overview(store, today)
        assert first.round.name == "Первый мониторинг"
        assert [line.summary.reported_this_round for line in first.schools] == [True, True, False]
        assert first.reported == 2
    finally:
        store.close()
    # A newer round starting tomorrow: once it starts, the bundles of today no longer count for it.
    add_round(district.department, "Второй мониторинг", today + timedelta(days=1), today + timedelta(days=20))
    store = open_profile(district.department)
    try:
        assert current_round(store, today).name == "Первый мониторинг"
        later = overview(store, today + timedelta(days=2))
        assert later.round.name == "Второй мониторинг"
        assert later.reported == 0
    finally:
        store.close()


def test_matrix_cells_carry_status_overdue_and_rework(district):
    store = open_profile(district.department)
    try:
        review_progress(store, SCHOOLS[1], "1.1", "rework", "Приложите протокол")
        matrix = status_matrix(store, TODAY)
    finally:
        store.close()
    assert matrix.numbers == ("1.1", "1.3") and matrix.school_names == tuple(sorted(SCHOOLS))
    assert matrix.sections == ("1. Мероприятия по мониторингу и аналитике",) and matrix.section_of == (0, 0)
    alpha, beta, gamma = range(3)
    assert matrix.code(alpha, 0) == STATUS_CODES["done"]
    assert matrix.code(alpha, 1) == STATUS_CODES["in_progress"]
    assert matrix.code(beta, 0) == STATUS_CODES["in_progress"] | OVERDUE | REWORK
    assert matrix.code(gamma, 0) == STATUS_CODES["not_started"] | OVERDUE
    assert matrix.code(gamma, 1) & STATUS_MASK == STATUS_CODES["not_started"]


def test_an_activity_meant_for_some_schools_only_is_empty_for_the_others(district):
    store = open_profile(district.department)
    try:
        with store.writing() as session:
            activity = session.scalars(select(Activity).where(Activity.number == "1.3")).one()
            activity.target_school_ids = [find_school(session, SCHOOLS[2]).id]
        matrix = status_matrix(store, TODAY)
        lines = {line.name: line.summary for line in overview(store, TODAY).schools}
    finally:
        store.close()
    assert [matrix.code(row, 1) for row in range(3)][:2] == [NOT_FOR_SCHOOL, NOT_FOR_SCHOOL]
    assert matrix.code(2, 1) != NOT_FOR_SCHOOL
    assert lines[SCHOOLS[0]].total == 1 and lines[SCHOOLS[2]].total == 2


def test_indicators_against_their_targets(district):
    store = open_profile(district.department)
    try:
        with store.writing() as session:
            roadmap = session.query(Roadmap).one()
            stamp = datetime.now().astimezone()
            share = Indicator(**DEPARTMENT_OWNER, roadmap_id=roadmap.id, name="Доля не преодолевших порог ВПР", unit="%",
                              base_value=20.0, base_text="20 %", targets={"2024": 10, "2025": 5}, position=1, updated_at=stamp)
            count = Indicator(**DEPARTMENT_OWNER, roadmap_id=roadmap.id, name="Количество школ роста", unit="",
                              base_value=12.0, targets={"2024": 9}, position=2, updated_at=stamp)
            silent = Indicator(**DEPARTMENT_OWNER, roadmap_id=roadmap.id, name="Доля педагогов на курсах", unit="%",
                               base_value=40.0, targets={"2025": 100}, position=3, updated_at=stamp)
            session.add_all([share, count, silent])
            session.flush()
            for name, value in ((SCHOOLS[0], 16.0), (SCHOOLS[1], 12.0)):
                school = find_school(session, name)
                session.add(IndicatorValue(owner_kind="school", owner_school_id=school.id, indicator_id=share.id, year=2024,
                                           value=value, updated_at=stamp))
            session.add(IndicatorValue(**DEPARTMENT_OWNER, indicator_id=count.id, year=2024, value=10.0, updated_at=stamp))
        lines = overview(store, TODAY).indicators
    finally:
        store.close()
    share, count, silent = lines
    assert (share.actual, share.reported_by, share.target_year, share.target) == (14.0, 2, 2024, 10.0)
    # From 20 towards 10, now at 14: 60 % of the way.
    assert share.progress == pytest.approx(0.6)
    assert (count.actual, count.reported_by, count.progress) == (10.0, 0, pytest.approx(2 / 3))
    # No values yet: this year's target (or the first one), nothing to measure.
    assert (silent.actual, silent.target_year, silent.progress) == (None, 2025, None)


def test_import_log_lists_the_bundles_taken_in(district):
    store = open_profile(district.department)
    try:
        log = import_log(store)
    finally:
        store.close()
    assert sorted(entry.sender for entry in log) == sorted(SCHOOLS[:2])
    assert {entry.status for entry in log} == {"accepted"}
    assert all(entry.file_name.endswith(".orientir") and entry.applied_at for entry in log)


def test_the_matrix_of_a_big_district_is_built_from_a_few_queries(district):
    """Not timed: the matrix is plain bytes, one per cell, whatever the size of the district."""
    store = open_profile(district.department)
    try:
        matrix = status_matrix(store, TODAY)
    finally:
        store.close()
    assert isinstance(matrix.codes, bytes) and len(matrix.codes) == len(SCHOOLS) * matrix.width
