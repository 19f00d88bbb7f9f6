"""The services behind the window's setup and exchange screens: a roadmap import previewed without
writing, a table read with the columns a person named, activities reordered, monitoring rounds,
indicators' actual values and the risk profile, the exchange status, the chosen data folder."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document as WordDocument

from app.errors import InvalidInput, UsageError
from app.exchange_log import exchange_history, exchange_state
from app.indicators import indicators_view, read_value, risk_profile, set_indicator_value, set_risk
from app.paths import default_data_dir, portable_marker, set_portable
from app.profile import open_profile
from app.progress import ProgressChange, set_progress
from app.roadmap_edit import move_activity
from app.roadmap_import.detector import ColumnChoice
from app.roadmap_import.errors import ImportRefused
from app.roadmap_import.preview import table_previews
from app.roadmap_import.service import import_roadmap
from app.roadmaps import roadmaps_json
from app.rounds import add_round, current_round, edit_round, list_rounds, remove_round
from app.schools import create_department
from tests.conftest import db_dump
from tests.exchange_helpers import export, load, make_district

FIXTURES = Path(__file__).parent / "fixtures" / "roadmaps"


def unlabelled_docx(path: Path) -> Path:
    """A roadmap whose header names nothing the reader knows: «А | Б | В | Г»."""
    document = WordDocument()
    table = document.add_table(rows=4, cols=4)
    rows = [
        ("А", "Б", "В", "Г"),
        ("1", "Провести педсовет по итогам ВПР", "сентябрь 2025", "Иванова И. И."),
        ("2", "Открыть консультационный пункт для родителей", "октябрь 2025", "Петров П. П."),
        ("3", "Закупить учебники", "в течение года", "Сидорова С. С."),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.save(path)
    return path


def test_dry_run_reports_what_would_be_imported_and_writes_nothing(tmp_path):
    store = create_department(tmp_path / "d", "Отдел образования")
    try:
        before = db_dump(store.root)
        preview = import_roadmap(store, FIXTURES / "001_municipal_plan.docx", dry_run=True)
        assert db_dump(store.root) == before
        assert not (store.root / "backups").exists() or not any((store.root / "backups").iterdir())
        real = import_roadmap(store, FIXTURES / "001_municipal_plan.docx")
    finally:
        store.close()
    assert preview.created and preview.activities == real.activities == real.new
    assert (preview.sections, preview.columns, preview.skipped_tables) == (real.sections, real.columns, real.skipped_tables)


def test_a_person_names_the_columns_the_reader_did_not_understand(tmp_path):
    source = unlabelled_docx(tmp_path / "план.docx")
    store = create_department(tmp_path / "d", "Отдел образования")
    try:
        guessed = import_roadmap(store, source, dry_run=True)
        # Read by content, the header row «А | Б | В | Г» became an unnumbered activity of its own.
        assert guessed.activities == 4 and guessed.unnumbered == 1
        [table] = table_previews(source)
        assert table.rows[0] == ["А", "Б", "В", "Г"] and table.height == 4
        choice = ColumnChoice(table=table.number, columns={"number": 0, "title": 1, "deadline": 2, "responsible": 3}, body=1)
        report = import_roadmap(store, source, columns=choice, period=(date(2025, 9, 1), date(2026, 8, 31)))
        items = roadmaps_json(store)["roadmaps"][0]["items"]
    finally:
        store.close()
    assert report.activities == 3
    assert report.columns == [("А", "number"), ("Б", "title"), ("В", "deadline"), ("Г", "responsible")]
    assert [(i["number"], i["title"], i["responsible"]) for i in items] == [
        ("1", "Провести педсовет по итогам ВПР", "Иванова И. И."),
        ("2", "Открыть консультационный пункт для родителей", "Петров П. П."),
        ("3", "Закупить учебники", "Сидорова С. С."),
    ]
    assert items[0]["windows"] == [["2025-09-01", "2025-09-30"]]


def test_choosing_no_activity_column_is_refused(tmp_path):
    source = unlabelled_docx(tmp_path / "план.docx")
    store = create_department(tmp_path / "d", "Отдел образования")
    try:
        with pytest.raises(ImportRefused, match="мероприятия"):
            import_roadmap(store, source, columns=ColumnChoice(1, {"number": 0}), dry_run=True)
    finally:
        store.close()


def test_moving_an_activity_swaps_it_with_its_neighbour_and_keeps_numbers(department):
    store = open_profile(department)
    try:
        assert move_activity(store, "1.2", -1).changed == ("position",)
        assert [i["number"] for i in roadmaps_json(store)["roadmaps"][0]["items"]] == ["1.2", "1.1", "1.3"]
        assert move_activity(store, "1.2", -1).changed == ()  # already first
        move_activity(store, "1.1", +1)
        assert [i["number"] for i in roadmaps_json(store)["roadmaps"][0]["items"]] == ["1.2", "1.3", "1.1"]
    finally:
        store.close()


def test_department_keeps_monitoring_rounds(department):
    store = open_profile(department)
    try:
        first = add_round(store, "  Мониторинг  за май ", date(2024, 5, 31), date(2024, 5, 1))
        second = add_round(store, "Мониторинг за декабрь", date(2024, 12, 25))
        assert [r.name for r in list_rounds(store)] == ["Мониторинг за май", "Мониторинг за декабрь"]
        assert current_round(store, date(2024, 6, 1)).id == second.id
        edit_round(store, first.id, "Мониторинг за апрель", date(2024, 4, 30))
        with pytest.raises(InvalidInput, match="позже срока"):
            edit_round(store, first.id, "Мониторинг", date(2024, 4, 1), date(2024, 4, 30))
        with pytest.raises(InvalidInput, match="название"):
            add_round(store, " ", date(2024, 4, 1))
        remove_round(store, first.id)
        assert [r.name for r in list_rounds(store)] == ["Мониторинг за декабрь"]
    finally:
        store.close()


def test_school_enters_actual_values_and_its_risk_profile(demo_school):
    store = open_profile(demo_school)
    try:
        view = indicators_view(store)
        indicator, round_ = view.indicators[0], view.rounds[0]
        assert indicator.actual[round_.id].value == 16.0
        set_indicator_value(store, indicator.id, round_.id, "14,5 %")
        assert indicators_view(store).indicators[0].actual[round_.id].value == 14.5
        with pytest.raises(InvalidInput, match="не число"):
            set_indicator_value(store, indicator.id, round_.id, "много")
        set_indicator_value(store, indicator.id, round_.id, "")
        assert round_.id not in indicators_view(store).indicators[0].actual

        risks = {r.code: r for r in risk_profile(store)}
        assert risks["teacher_competence"].level == "high" and len(risks) == 12
        set_risk(store, "parents", "low", "родительский клуб открыт")
        changed = {r.code: r for r in risk_profile(store)}["parents"]
        assert (changed.level, changed.note) == ("low", "родительский клуб открыт")
        with pytest.raises(InvalidInput):
            set_risk(store, "parents", "огромный")
    finally:
        store.close()
    assert read_value("16") == 16.0 and read_value("") is None


def test_indicator_values_travel_to_the_department(tmp_path):
    district = make_district(tmp_path, ["МБОУ Тартасская СОШ"])
    store = open_profile(district.department)
    try:
        with store.writing() as session:
            from app.roadmaps import visible_roadmaps
            from db.models import Indicator

            roadmap = visible_roadmaps(session, store.info)[0]
            session.add(Indicator(**store.info.owner, roadmap_id=roadmap.id, name="Доля педагогов", unit="%",
                                  targets={"2024": 50}, updated_at=roadmap.updated_at))
        add_round(store, "Мониторинг за май", date(2024, 5, 31))
    finally:
        store.close()
    school = district.schools["МБОУ Тартасская СОШ"]
    district.send(district.department, school)
    store = open_profile(school)
    try:
        view = indicators_view(store)
        set_indicator_value(store, view.indicators[0].id, view.rounds[0].id, "42")
    finally:
        store.close()
    outcomes = district.send(school, district.department)
    assert [o.result for o in outcomes] == ["accepted"] and outcomes[0].counts["new"] >= 1


def test_exchange_state_counts_what_is_not_sent_and_what_the_department_acknowledged(tmp_path):
    district = make_district(tmp_path, ["МБОУ Тартасская СОШ"])
    school = district.schools["МБОУ Тартасская СОШ"]
    store = open_profile(school)
    try:
        assert exchange_state(store).acknowledged_at is None
        set_progress(store, ProgressChange(number="1.1", status="in_progress"))
        assert exchange_state(store).unsent == 1
    finally:
        store.close()
    bundle = tmp_path / "to-department.orientir"
    export(school, bundle)
    load(district.department, bundle)
    district.send(district.department, school)
    store = open_profile(school)
    try:
        state = exchange_state(store)
        history = exchange_history(store)
    finally:
        store.close()
    assert state.unsent == 0 and state.unacknowledged == 0 and state.acknowledged_at is not None
    assert {(e.direction, e.status) for e in history} == {("in", "accepted"), ("out", "sent")}
    assert {e.counterpart for e in history} == {"Отдел образования Тестового района"}


def test_chosen_data_folder_and_portable_mode(tmp_path, monkeypatch):
    monkeypatch.delenv("ORIENTIR_DATA_DIR", raising=False)
    assert default_data_dir(tmp_path / "мой профиль") == tmp_path / "мой профиль"
    assert portable_marker() is None  # run from source
    with pytest.raises(UsageError):
        set_portable(True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "orientir.exe"))
    set_portable(True)
    assert (tmp_path / "portable.txt").is_file()
    assert default_data_dir(tmp_path / "мой профиль") == tmp_path / "data"
    set_portable(False)
    assert not (tmp_path / "portable.txt").exists()
