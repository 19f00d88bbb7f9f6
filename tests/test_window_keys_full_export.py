"""Key fingerprints where the window promises them, and full bundles from the window.

A school opening its enrollment file sees the department's fingerprint (the digits the department reads
over the phone); the school's «Обмен с отделом» page shows both fingerprints, the same as `orientir key
show`. «Выгрузить полный пакет…» (school) and Файл → «Выгрузить полный пакет для школы…» (department)
write the same full bundle as `orientir export --full`, and a department kept waiting after a restore
is told where that action is and is unblocked by it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.profile import open_profile
from app.restore import restore_profile
from tests.exchange_helpers import export, load, make_district, record_progress
from ui import exchange_actions
from ui.first_run import SCHOOL as SCHOOL_PAGE
from ui.first_run import FirstRunWizard
from ui.main_window import MainWindow

SCHOOL = "МБОУ Тартасская СОШ"


pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def outbox(tmp_path) -> Path:
    folder = tmp_path / "Отправка"
    folder.mkdir()
    exchange_actions.set_bundle_folder(folder)
    return folder


@pytest.fixture
def open_window(qtbot):
    stores = []

    def make(root: Path) -> MainWindow:
        store = open_profile(root)
        stores.append(store)
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    yield make
    for store in stores:
        store.close()


def key_show(cli, root: Path) -> dict:
    shown = cli("--data-dir", root, "key", "show", "--json")
    assert shown.code == 0
    return json.loads(shown.out)


def manifest(bundle: Path) -> dict:
    with zipfile.ZipFile(bundle) as archive:
        return json.loads(archive.read("manifest.json"))


def cli_full_records(cli, root: Path, out: Path, *options: str) -> int:
    made = cli("--data-dir", root, "export", "--out", out, "--full", *options, "--json")
    assert made.code == 0, made.err
    return json.loads(made.out)["records"]


def test_school_sees_the_department_fingerprint_before_making_its_profile(qtbot, tmp_path, cli, monkeypatch):
    district = make_district(tmp_path / "district", [SCHOOL], join=False)
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go(SCHOOL_PAGE)
    fingerprint = wizard.findChild(QLabel, "departmentFingerprint")
    assert not fingerprint.isVisible()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(district.enrollments[SCHOOL]), ""))
    qtbot.mouseClick(wizard.findChild(type(wizard.schoolChoice), "pickEnrollment"), Qt.MouseButton.LeftButton)
    assert fingerprint.isVisible()
    assert fingerprint.text() == key_show(cli, district.department)["fingerprint"]
    assert fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert wizard.create_school_button.isEnabled()

    broken = tmp_path / "чужой.orientir-enroll"
    broken.write_text("не файл подключения", encoding="utf-8")
    wizard.open_enrollment(broken)
    assert not fingerprint.isVisible() and not wizard.create_school_button.isEnabled()


def test_school_exchange_page_shows_both_fingerprints_as_the_command_line_does(tmp_path, cli, open_window):
    district = make_district(tmp_path, [SCHOOL])
    window = open_window(district.schools[SCHOOL])
    window.go_to("exchange")
    page = window.page("exchange")
    shown = key_show(cli, district.schools[SCHOOL])
    own = page.findChild(QLabel, "schoolKeyFingerprint")
    department = page.findChild(QLabel, "departmentKeyFingerprint")
    assert own.isVisible() and own.text() == shown["fingerprint"]
    assert department.isVisible() and department.text() == shown["department_fingerprint"]
    assert department.text() == key_show(cli, district.department)["fingerprint"]
    assert own.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_school_full_export_from_the_window_unblocks_a_restored_department(qtbot, tmp_path, cli, outbox, open_window, monkeypatch):
    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    record_progress(school, "1.1", status="in_progress", actual="до копии отдела")
    district.send(school, department)
    district.send(department, school)
    store = open_profile(department)
    try:
        copy = store.backup("manual").path
    finally:
        store.close()
    record_progress(school, "1.1", status="done", actual="после копии отдела")
    district.send(school, department)
    district.send(department, school)
    restore_profile(department, copy)
    record_progress(school, "1.3", status="in_progress", actual="новое")
    late = export(school, district.bundle("after-gap")).paths[0]
    waiting = cli("--data-dir", department, "import", late)
    assert "«Выгрузить полный пакет…»" in waiting.err and "orientir export --full" in waiting.err
    by_command_line = cli_full_records(cli, school, tmp_path / "cli-full.orientir")

    window = open_window(school)
    window.go_to("exchange")
    page = window.page("exchange")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.full_export_button, Qt.MouseButton.LeftButton)
    assert list(outbox.iterdir()) == []  # not confirmed: nothing written

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.full_export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(page, "last_export_dialog"), timeout=30_000)
    [written] = list(outbox.iterdir())
    changes = manifest(written)["changes"]
    assert changes["full"] is True and changes["from"] == 0
    assert _records(written) == by_command_line

    outcomes = load(department, written)
    assert [(o.result, o.from_waiting) for o in outcomes] == [("accepted", False), ("accepted", True)]


def _records(bundle: Path) -> int:
    with zipfile.ZipFile(bundle) as archive:
        return len(json.loads(archive.read("records.json")))


def test_department_full_export_for_one_school_from_the_file_menu(qtbot, tmp_path, cli, outbox, open_window):
    district = make_district(tmp_path, [SCHOOL, "МКОУ Сибирская ООШ"])
    by_command_line = cli_full_records(cli, district.department, tmp_path / "cli-full.orientir", "--school", SCHOOL)
    window = open_window(district.department)
    window.full_export_action.trigger()
    dialog = window.full_export_dialog
    combo = dialog.schools
    assert sorted(combo.itemText(i) for i in range(combo.count())) == sorted([SCHOOL, "МКОУ Сибирская ООШ"])
    combo.setCurrentText(SCHOOL)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(window, "last_export_dialog"), timeout=30_000)

    [written] = list(outbox.iterdir())
    header = manifest(written)
    assert header["changes"]["full"] is True and header["changes"]["from"] == 0
    school_store = open_profile(district.schools[SCHOOL])
    try:
        assert header["recipient"]["school_id"] == school_store.info.school_id
    finally:
        school_store.close()
    assert _records(written) == by_command_line
    [outcome] = load(district.schools[SCHOOL], written)
    assert outcome.result == "accepted"
