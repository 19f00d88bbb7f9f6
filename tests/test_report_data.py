"""What a report says, read from a real district: the state as of a moment, summaries, one school, changes.

The district is built with the real services and really exchanges bundles. Where a test needs days to pass
(a report as of a past date, monitoring rounds), the program's clock is moved: every module that reads
`app.timeutil.now` sees the chosen day, as it would on a computer where that much time went by.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import app.cli.main  # noqa: F401 - loads every module that reads the clock before the clock fixture patches them
import app.timeutil
from app.errors import InvalidInput
from app.profile import open_profile
from app.progress import ProgressChange, set_progress
from app.reports.as_of import REPORT_ENTITIES, snapshot_at, snapshot_through
from app.reports import texts
from app.reports.collect import ReportOptions, collect_report
from app.reviews import review_progress
from app.schools import add_school
from db.base import Base
from db.changelog import record_data
from db.models import Activity, Evidence, Indicator, IndicatorValue, MonitoringRound
from exchange_helpers import make_district

SOSNOVKA = "МБОУ «Сосновская СОШ»"
TARTAS = "МБОУ «Тартасская СОШ»"
MODELS = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


class Clock:
    def __init__(self) -> None:
        self.current: datetime | None = None

    def set(self, day: date, hour: int = 10) -> None:
        self.current = datetime.combine(day, time(hour)).astimezone()

    def __call__(self) -> datetime:
        return self.current or datetime.now().astimezone().replace(microsecond=0)


@pytest.fixture
def clock(monkeypatch):
    """The program's clock, set to a chosen day for every module that imported `now`."""
    real = app.timeutil.now
    fake = Clock()
    for module in list(sys.modules.values()):
        if getattr(module, "now", None) is real:
            monkeypatch.setattr(module, "now", fake)
    monkeypatch.setattr(app.timeutil, "now", fake)
    yield fake
    # A module first imported during the test took the moved clock: give it the real one back too.
    for module in list(sys.modules.values()):
        if getattr(module, "now", None) is fake:
            module.now = real


def record(root: Path, number: str, **fields) -> None:
    store = open_profile(root)
    try:
        set_progress(store, ProgressChange(number=number, **fields))
    finally:
        store.close()


def collect(root: Path, **options):
    store = open_profile(root)
    try:
        return collect_report(store, ReportOptions(**options))
    finally:
        store.close()


def write(root: Path, work) -> None:
    store = open_profile(root)
    try:
        with store.writing() as session:
            work(session, store.info)
    finally:
        store.close()


def set_deadlines(session, _info) -> None:
    """1.1 due by February 2024, 1.2 (the department's) March 2024, 1.3 all of 2024 and only for Sosnovka."""
    windows = {"1.1": [["2024-01-01", "2024-02-29"]], "1.2": [["2024-03-01", "2024-03-31"]], "1.3": [["2024-01-01", "2024-12-31"]]}
    for activity in session.scalars(select(Activity)):
        activity.windows = windows[activity.number]


def activity(data, number: str):
    return next(a for s in data.sections for a in s.activities if a.number == number)


def result(data, number: str, party: str):
    return next(r for r in activity(data, number).results if r.party_name == party)


def summary(data, name: str):
    return next(s for s in data.schools if s.name == name)


@pytest.fixture
def district(tmp_path):
    return make_district(tmp_path, [TARTAS, SOSNOVKA])


def test_snapshot_taken_now_equals_the_live_tables_for_everything_a_report_reads(district):
    sosnovka, tartas = district.schools[SOSNOVKA], district.schools[TARTAS]

    def plan(session, info):
        roadmap_id = session.scalars(select(Activity.roadmap_id)).first()
        indicator = Indicator(**info.owner, roadmap_id=roadmap_id, name="Доля обучающихся с результатом ниже базового",
                              unit="%", base_value=12.5, base_text="12,5", targets={"2024": 10, "2025": 8}, position=1,
                              updated_at=app.timeutil.now())
        session.add(indicator)
        session.add(MonitoringRound(**info.owner, roadmap_id=roadmap_id, name="Первый мониторинг", starts_on=date(2024, 1, 1),
                                    due_date=date(2024, 6, 30), updated_at=app.timeutil.now()))
        session.flush()
        session.add(IndicatorValue(**info.owner, indicator_id=indicator.id, year=2024, value=11.0, updated_at=app.timeutil.now()))

    write(district.department, plan)
    record(district.department, "1.2", status="done", actual="Семинар проведён 12.03.2024")
    district.send(district.department, sosnovka, tartas)
    record(sosnovka, "1.1", status="done", actual="Проведён анализ ВПР",
           documents=["Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара» https://clck.ru/34PaDg"],
           links=["https://school.example/vpr"])
    record(sosnovka, "1.1", actual="Проведён анализ ВПР по русскому языку и математике")
    record(tartas, "1.3", status="in_progress")
    district.send(sosnovka, district.department)
    district.send(tartas, district.department)
    store = open_profile(district.department)
    try:
        review_progress(store, SOSNOVKA, "1.1", "rework", comment="Приложите протокол")
    finally:
        store.close()

    store = open_profile(district.department)
    try:
        with store.reading() as session:
            snap = snapshot_at(session, app.timeutil.now())
            for entity in REPORT_ENTITIES:
                live = {row.id: record_data(row) for row in session.scalars(select(MODELS[entity])) if not row.deleted}
                assert snap.tables[entity] == live, entity
                assert live or entity == "comment" or entity == "review", f"the scenario leaves {entity} empty"
            assert snap.tables["review"] and snap.tables["comment"]
    finally:
        store.close()


@pytest.fixture(scope="module")
def busy_department(tmp_path_factory):
    """A department whose log holds inserts, updates, foreign records and tombstones, in many transactions."""
    district = make_district(tmp_path_factory.mktemp("busy"), [TARTAS, SOSNOVKA])
    sosnovka = district.schools[SOSNOVKA]
    for number, status, actual in (("1.1", "in_progress", "Начат анализ"), ("1.3", "done", "Сессия проведена"),
                                   ("1.1", "done", "Анализ завершён")):
        record(sosnovka, number, status=status, actual=actual, links=[f"https://school.example/{number}/{status}"])
        district.send(sosnovka, district.department)

    def take_back(session, _info):  # a removed proof is a tombstone that travels like any change
        session.scalars(select(Evidence).where(Evidence.url == "https://school.example/1.1/done")).one().deleted = True

    write(sosnovka, take_back)
    district.send(sosnovka, district.department)
    record(district.department, "1.2", status="in_progress", actual="Готовится")
    record(district.department, "1.2", status="done", actual="Проведён")
    return district.department


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_snapshot_at_any_point_of_the_log_equals_replaying_the_log_up_to_it(busy_department, data):
    store = open_profile(busy_department)
    try:
        with store.reading() as session:
            log = session.connection().exec_driver_sql("SELECT seq, entity, record_id, data FROM change_log ORDER BY seq").all()
            through = data.draw(st.integers(min_value=0, max_value=log[-1][0]))
            replayed: dict[str, dict[str, dict]] = {entity: {} for entity in REPORT_ENTITIES}
            for seq, entity, record_id, text in log:
                if seq > through or entity not in replayed:
                    continue
                replayed[entity][record_id] = json.loads(text)
            expected = {entity: {k: v for k, v in rows.items() if not v["deleted"]} for entity, rows in replayed.items()}
            assert snapshot_through(session, through).tables == expected
            # One school's snapshot is the department's records and that school's, nothing else.
            school_id = data.draw(st.sampled_from(sorted(expected["school"]))) if expected["school"] else None
            if school_id is not None:
                ours = {entity: {k: v for k, v in rows.items() if v["owner_kind"] == "department" or v["owner_school_id"] == school_id}
                        for entity, rows in expected.items()}
                assert snapshot_through(session, through, school_id=school_id).tables == ours
    finally:
        store.close()


def test_a_report_as_of_a_day_is_the_same_when_made_again_after_more_work(tmp_path, clock):
    clock.set(date(2024, 3, 1))
    district = make_district(tmp_path, [TARTAS, SOSNOVKA])
    sosnovka, tartas = district.schools[SOSNOVKA], district.schools[TARTAS]
    clock.set(date(2024, 3, 10))
    record(sosnovka, "1.1", status="in_progress", actual="Начат анализ")
    district.send(sosnovka, district.department)
    record(district.department, "1.2", status="in_progress")
    first = collect(district.department, as_of=date(2024, 3, 10))

    clock.set(date(2024, 4, 2))
    record(sosnovka, "1.1", status="done", actual="Анализ завершён", documents=["Протокол РМО №3 от 12.11.2023"])
    record(tartas, "1.3", status="done", actual="Сессия проведена")
    district.send(sosnovka, district.department)
    district.send(tartas, district.department)
    record(district.department, "1.2", status="done")
    store = open_profile(district.department)
    try:
        review_progress(store, SOSNOVKA, "1.1", "accepted")
    finally:
        store.close()

    again = collect(district.department, as_of=date(2024, 3, 10))
    assert again == first
    assert again.issued_on == date(2024, 3, 10)
    assert result(again, "1.1", SOSNOVKA).status == "in_progress"
    assert summary(again, TARTAS).last_report is None
    today = collect(district.department)
    assert result(today, "1.1", SOSNOVKA).status == "done"
    assert result(today, "1.1", SOSNOVKA).review == "accepted"
    assert summary(today, TARTAS).last_report is not None


def test_a_date_in_the_future_or_before_the_profile_existed_is_refused(tmp_path, clock):
    clock.set(date(2024, 3, 1))
    district = make_district(tmp_path, [SOSNOVKA])
    with pytest.raises(InvalidInput, match="ещё не наступила"):
        collect(district.department, as_of=date(2024, 3, 2))
    with pytest.raises(InvalidInput, match="профиля ещё не было.*01.03.2024"):
        collect(district.department, as_of=date(2024, 2, 29))
    assert collect(district.department, as_of=date(2024, 3, 1)).as_of.date() == date(2024, 3, 1)


def test_district_report_lists_the_department_first_then_each_school_by_name_with_its_evidence(district):
    sosnovka = district.schools[SOSNOVKA]
    record(sosnovka, "1.1", status="done", actual="Проведён анализ ВПР", attach=[_file(district.folder, "Анализ ВПР.pdf")],
           documents=["Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара» https://clck.ru/34PaDg"],
           links=["school.example/vpr"])
    district.send(sosnovka, district.department)
    record(district.department, "1.2", status="done", actual="Семинар проведён")

    data = collect(district.department)
    assert data.department_name == "Отдел образования Тестового района"
    assert data.roadmap_title == "Дорожная карта на 2024 год" and data.school_filter is None
    assert [s.name for s in data.schools] == [SOSNOVKA, TARTAS]
    assert [a.number for s in data.sections for a in s.activities] == ["1.1", "1.2", "1.3"]
    assert data.sections[0].title == "1. Мероприятия по мониторингу и аналитике"
    assert [r.party_name for r in activity(data, "1.2").results] == ["Отдел образования Тестового района"]
    assert [r.party_name for r in activity(data, "1.1").results] == [SOSNOVKA, TARTAS]
    done = activity(data, "1.1").results[0]
    assert (done.status, done.actual) == ("done", "Проведён анализ ВПР")
    assert [(e.kind, e.text) for e in done.evidence] == [
        ("file", "Анализ ВПР.pdf"),
        ("link", "https://school.example/vpr"),
        ("document", "Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара» https://clck.ru/34PaDg"),
    ]
    assert done.evidence[2].url == "https://clck.ru/34PaDg"
    nothing = activity(data, "1.1").results[1]
    assert (nothing.status, nothing.actual, nothing.evidence, nothing.updated_at) == ("not_started", "", (), None)


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4 analysis\n")
    return path


def test_summaries_and_overdue_counts_are_what_a_person_counts_by_hand(district):
    def deadlines_and_targets(session, info):
        set_deadlines(session, info)
        sosnovka_id = session.scalars(select(MODELS["school"].id).where(MODELS["school"].name == SOSNOVKA)).one()
        session.scalars(select(Activity).where(Activity.number == "1.3")).one().target_school_ids = [sosnovka_id]

    write(district.department, deadlines_and_targets)
    sosnovka = district.schools[SOSNOVKA]
    district.send(district.department, sosnovka, district.schools[TARTAS])
    record(sosnovka, "1.1", status="done")
    record(sosnovka, "1.3", status="in_progress")
    district.send(sosnovka, district.department)

    data = collect(district.department, as_of=None)
    # Sosnovka: 1.1 done in time, 1.3 still in progress after 2024 → one overdue of two.
    s = summary(data, SOSNOVKA)
    assert (s.total, s.done, s.in_progress, s.not_started, s.overdue, s.percent_done) == (2, 1, 1, 0, 1, 50)
    assert s.last_report is not None and s.reported_this_round is None
    # Tartas carries out 1.1 only (1.3 is meant for Sosnovka), and has not started it: overdue.
    t = summary(data, TARTAS)
    assert (t.total, t.done, t.not_started, t.overdue, t.last_report) == (1, 0, 1, 1, None)
    assert [r.party_name for r in activity(data, "1.3").results] == [SOSNOVKA]
    assert activity(data, "1.3").results[0].overdue and not activity(data, "1.1").results[0].overdue
    assert (data.department.total, data.department.not_started, data.department.overdue) == (1, 1, 1)
    assert data.round_name == "" and data.previous_as_of is None and data.changes == ()


def test_the_participants_introduce_each_short_name_the_tables_use_and_a_shared_one_is_not_used(tmp_path):
    """The справка lists schools by their full names and names them in its tables by the short one: the list says
    «(далее – …)» so a reader can match them. Two schools with the same short name go by their full names."""
    district = make_district(tmp_path, [], join=False)
    zarechnoe = "МКОУ «Заречненская средняя общеобразовательная школа»"
    berezovka, uyar = "МКОУ «Берёзовская СОШ» Берёзовского района", "МКОУ «Берёзовская СОШ» Уярского района"
    store = open_profile(district.department)
    try:
        for index, (name, short) in enumerate([(zarechnoe, "Заречненская СОШ"), (berezovka, "Берёзовская СОШ"),
                                               (uyar, "Берёзовская СОШ"), (TARTAS, "")]):
            add_school(store, name, tmp_path / f"{index}.orientir-enroll", short_name=short)
    finally:
        store.close()

    data = collect(district.department)
    labels = [berezovka, uyar, "Заречненская СОШ", TARTAS]
    assert [r.party_name for r in activity(data, "1.1").results] == labels
    assert [s.short_name for s in data.schools] == labels
    assert texts.participants_text(data) == (
        "В мониторинге приняли участие общеобразовательные организации (4): "
        f"{berezovka}; {uyar}; {zarechnoe} (далее – Заречненская СОШ); {TARTAS}.")

    one = collect(district.department, school="Заречненская")
    assert texts.participants_text(one) == (
        f"Справка составлена по общеобразовательной организации {zarechnoe} (далее – Заречненская СОШ).")


def test_one_school_report_holds_only_that_school_and_matches_the_schools_own_report(district):
    sosnovka = district.schools[SOSNOVKA]
    record(sosnovka, "1.1", status="done", actual="Проведён анализ", links=["https://school.example/vpr"])
    record(district.schools[TARTAS], "1.1", status="not_done", actual="Не успели")
    district.send(sosnovka, district.department)
    district.send(district.schools[TARTAS], district.department)
    record(district.department, "1.2", status="done")

    data = collect(district.department, school="Сосновская")
    assert data.school_filter == SOSNOVKA
    assert [s.name for s in data.schools] == [SOSNOVKA] and data.department is None
    assert [a.number for s in data.sections for a in s.activities] == ["1.1", "1.3"]  # 1.2 is the department's
    assert {r.party_name for s in data.sections for a in s.activities for r in a.results} == {SOSNOVKA}
    assert activity(data, "1.1").results[0].evidence[0].text == "https://school.example/vpr"

    own = collect(sosnovka)
    assert own.school_filter == SOSNOVKA and own.department is None
    assert own.sections == data.sections
    with pytest.raises(InvalidInput, match="не найдена"):
        collect(district.department, school="Несуществующая")


def test_changes_since_the_previous_round_and_who_reported_this_round(tmp_path, clock):
    clock.set(date(2024, 2, 1))
    district = make_district(tmp_path, [TARTAS, SOSNOVKA])
    sosnovka, tartas = district.schools[SOSNOVKA], district.schools[TARTAS]

    def rounds(session, info):
        session.add(MonitoringRound(**info.owner, name="Мониторинг за I квартал", starts_on=date(2024, 2, 1),
                                    due_date=date(2024, 3, 15), updated_at=app.timeutil.now()))
        # No start date: it starts the day after the first one is due.
        session.add(MonitoringRound(**info.owner, name="Мониторинг за II квартал", due_date=date(2024, 6, 15),
                                    updated_at=app.timeutil.now()))

    write(district.department, rounds)
    clock.set(date(2024, 3, 10))
    record(sosnovka, "1.1", status="in_progress", actual="Начат анализ")
    district.send(sosnovka, district.department)

    first = collect(district.department, as_of=date(2024, 3, 10))
    assert first.round_name == "Мониторинг за I квартал"
    assert first.previous_as_of is None and first.changes == ()
    assert summary(first, SOSNOVKA).reported_this_round is True
    assert summary(first, TARTAS).reported_this_round is False

    clock.set(date(2024, 4, 20))
    record(sosnovka, "1.1", status="done", actual="Анализ завершён", documents=["Протокол РМО №3 от 12.11.2023"])
    record(sosnovka, "1.3", actual="")  # a record with nothing in it is no change
    record(tartas, "1.3", status="in_progress")
    district.send(sosnovka, district.department)
    district.send(tartas, district.department)

    second = collect(district.department, as_of=date(2024, 4, 20))
    assert second.round_name == "Мониторинг за II квартал"
    assert second.previous_as_of.date() == date(2024, 3, 15)
    assert [(c.party_name, c.number, c.status_before, c.status_now, c.actual_changed, c.evidence_added)
            for c in second.changes] == [
        (SOSNOVKA, "1.1", "in_progress", "done", True, 1),
        (TARTAS, "1.3", None, "in_progress", False, 0),
    ]
    assert summary(second, SOSNOVKA).reported_this_round is True
    assert summary(second, TARTAS).reported_this_round is True


def test_a_school_added_later_is_not_in_a_report_as_of_an_earlier_day(tmp_path, clock):
    clock.set(date(2024, 3, 1))
    district = make_district(tmp_path, [SOSNOVKA])
    clock.set(date(2024, 3, 5))
    store = open_profile(district.department)
    try:
        add_school(store, TARTAS, tmp_path / "tartas.orientir-enroll")
    finally:
        store.close()
    assert [s.name for s in collect(district.department, as_of=date(2024, 3, 1)).schools] == [SOSNOVKA]
    assert [s.name for s in collect(district.department, as_of=date(2024, 3, 5)).schools] == [SOSNOVKA, TARTAS]
    with pytest.raises(InvalidInput, match="На 01.03.2024 школы МБОУ «Тартасская СОШ» ещё не было"):
        collect(district.department, as_of=date(2024, 3, 1), school="Тартасская")


def test_a_citation_typed_with_an_iso_date_is_printed_with_the_official_date(district):
    sosnovka = district.schools[SOSNOVKA]
    record(sosnovka, "1.1", documents=["Приказ от 2024-03-01 № 17 «О подготовке отчёта» https://school.example/2024-03-01"])
    district.send(sosnovka, district.department)
    proof = result(collect(district.department), "1.1", SOSNOVKA).evidence[0]
    assert proof.text == "Приказ от 01.03.2024 № 17 «О подготовке отчёта» https://school.example/2024-03-01"
