"""The window's setup screens as a person meets them: the first-run wizard for a school and for a
department (with the roadmap preview and the column fallback), the settings, backups and restore."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QRadioButton
from shiboken6 import isValid

from app.demo import build_demo_school
from app.roadmaps import roadmaps_json
from tests.conftest import run_process
from tests.exchange_helpers import make_district
from tests.test_setup_services import unlabelled_docx
from ui import launcher
from ui.main_window import MainWindow, apply_font_scale

DAY = date(2026, 1, 20)
FIXTURES = Path(__file__).parent / "fixtures" / "roadmaps"


@pytest.fixture(autouse=True)
def own_settings(qt_settings, tmp_path, monkeypatch):
    """The person's preferences and Documents folder kept inside the test's folder, and the usual profile too."""
    monkeypatch.setenv("ORIENTIR_DATA_DIR", str(tmp_path / "usual"))
    yield
    apply_font_scale(100)


@pytest.fixture
def demo_window(qtbot, tmp_path):
    store = build_demo_school(tmp_path / "demo", today=DAY)
    window = MainWindow(store, demo=True, today=DAY)
    window.resize(1366, 768)
    window.show()
    yield window
    for opened in launcher._windows:
        opened.ctx.store.close()
        opened.close()
    launcher._windows.clear()
    if isValid(window):  # switching profiles deletes the window it replaces
        window.close()
    store.close()


def wait_task(qtbot, owner) -> None:
    qtbot.waitUntil(lambda: owner.task is not None and not owner.task.cancelled() and (owner.task.result is not None or owner.task.error is not None), timeout=30_000)


def newest_window() -> MainWindow:
    return launcher._windows[-1]


def test_school_first_run_opens_the_enrollment_file_and_switches_to_the_school(qtbot, tmp_path, demo_window, monkeypatch):
    district = make_district(tmp_path / "district", ["МБОУ Тартасская СОШ"], join=False)
    enrollment = district.enrollments["МБОУ Тартасская СОШ"]
    wizard = launcher.show_first_run(demo_window, tmp_path / "usual")
    assert wizard.isVisible() and "usual" in wizard.folder.text()

    qtbot.mouseClick(wizard.schoolChoice, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(enrollment), ""))
    qtbot.mouseClick(wizard.findChild(type(wizard.schoolChoice), "pickEnrollment"), Qt.MouseButton.LeftButton)
    assert "МБОУ Тартасская СОШ" in wizard.enrollment_text.text()
    assert "Отдел образования Тестового района" in wizard.enrollment_text.text()
    qtbot.mouseClick(wizard.create_school_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(launcher._windows), timeout=30_000)

    window = newest_window()
    assert window.windowTitle() == "Ориентир — МБОУ Тартасская СОШ"
    assert window.ctx.info.kind == "school" and window.ctx.store.root == tmp_path / "usual"
    assert not isValid(demo_window) or not demo_window.isVisible()


def test_department_first_run_previews_the_roadmap_before_loading_it(qtbot, tmp_path, demo_window):
    wizard = launcher.show_first_run(demo_window, tmp_path / "usual")
    qtbot.mouseClick(wizard.departmentChoice, Qt.MouseButton.LeftButton)
    wizard.department_name.insert("Управление образования Уярского района")  # QtTest types only ASCII
    qtbot.mouseClick(wizard.create_department_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=30_000)

    panel = wizard.import_panel
    panel.open_file(FIXTURES / "001_municipal_plan.docx")
    qtbot.waitUntil(lambda: panel.report is not None, timeout=30_000)
    preview = panel.preview.toPlainText()
    assert "мероприятий — %d" % panel.report.activities in preview
    assert "Столбцы:" in preview and "→ мероприятие" in preview
    assert roadmaps_json(wizard.store)["roadmaps"] == []  # nothing written by the preview

    qtbot.mouseClick(panel.load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(launcher._windows), timeout=30_000)
    window = newest_window()
    assert window.ctx.is_department and window.windowTitle() == "Ориентир — Управление образования Уярского района"
    items = roadmaps_json(window.ctx.store)["roadmaps"][0]["items"]
    assert len(items) == panel.report.activities and items[0]["number"] == "1.1"


def test_columns_not_understood_are_named_by_hand(qtbot, tmp_path, demo_window):
    source = unlabelled_docx(tmp_path / "план школы.docx")
    wizard = launcher.show_first_run(demo_window, tmp_path / "usual")
    qtbot.mouseClick(wizard.departmentChoice, Qt.MouseButton.LeftButton)
    wizard.department_name.insert("Отдел образования")  # QtTest types only ASCII
    qtbot.mouseClick(wizard.create_department_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=30_000)
    panel = wizard.import_panel
    panel.open_file(source)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=30_000)
    assert panel.report.activities == 4  # the header row «А | Б | В | Г» read as an activity

    qtbot.mouseClick(panel.mapping, Qt.MouseButton.LeftButton)
    dialog = panel.mapping_dialog
    assert dialog.view.model().index(0, 1).data() == "Б"
    for column, name in enumerate(("number", "title", "deadline", "responsible")):
        dialog.set_field(column, name)
    dialog._accept()
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.activities == 3, timeout=30_000)
    assert "«Б» → мероприятие" in panel.preview.toPlainText()


def test_demonstration_choice_just_closes_the_wizard(qtbot, tmp_path, demo_window):
    wizard = launcher.show_first_run(demo_window, tmp_path / "usual")
    qtbot.mouseClick(wizard.demoChoice, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and demo_window.isVisible() and not launcher._windows


def test_selftest_shows_no_wizard_on_a_computer_without_a_profile(tmp_path):
    result = run_process("--selftest", env={"ORIENTIR_DATA_DIR": str(tmp_path / "usual")})
    assert result.code == 0, result.err
    assert "демонстрация" in result.err or "Самопроверка пройдена" in result.err


def test_settings_apply_the_font_size(qtbot, demo_window):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.portable.isEnabled() and dialog.findChild(type(dialog.folder_label), "portableWhy") is not None
    qtbot.mouseClick(dialog.findChild(QRadioButton, "font150"), Qt.MouseButton.LeftButton)
    dialog.apply()
    assert QApplication.font().pointSizeF() == pytest.approx(15)
    assert QSettings("Orientir", "Orientir").value("view/font_scale") in (150, "150")


def test_backups_are_listed_and_restore_reopens_the_window(qtbot, demo_window, monkeypatch):
    from ui import setup_menu

    task = setup_menu.backup(demo_window)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    qtbot.waitUntil(lambda: task.result is not None, timeout=30_000)
    dialog = setup_menu.restore(demo_window)
    model = dialog.table.model()
    reasons = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert "сделана вручную" in reasons
    assert model.index(0, 0).data().count(".") == 2  # ДД.ММ.ГГГГ ЧЧ:ММ

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(reasons.index("сделана вручную"))
    dialog.ask_and_restore()
    qtbot.waitUntil(lambda: bool(launcher._windows), timeout=30_000)
    assert newest_window().ctx.store.root == demo_window.ctx.store.root


def test_roadmap_editor_adds_moves_and_keeps_rounds_where_the_profile_owns_the_roadmap(qtbot, tmp_path, department):
    from app.profile import open_profile
    from app.rounds import list_rounds
    from ui.roadmap_editor import RoadmapEditActions

    store = open_profile(department)
    try:
        window = MainWindow(store, today=DAY)
        qtbot.addWidget(window)
        actions = RoadmapEditActions(window.ctx, window)
        roadmap = roadmaps_json(store)["roadmaps"][0]
        actions.set_target(roadmap, "1.2")
        assert all(a.isEnabled() for a in (actions.add, actions.edit, actions.remove, actions.up, actions.rounds))

        dialog = actions.add_activity()
        dialog.number.setText("1.4")
        dialog.title.setPlainText("Методический десант в школы")
        dialog.deadline.setText("сентябрь–декабрь 2024")
        assert dialog.understood.text() == "понято как: 01.09.2024–31.12.2024"
        dialog.deadline.setText("когда-нибудь")
        assert dialog.understood.text().startswith("не понято")
        dialog.deadline.setText("октябрь 2024")
        dialog.save()
        assert [i["number"] for i in roadmaps_json(store)["roadmaps"][0]["items"]] == ["1.1", "1.2", "1.3", "1.4"]

        actions.set_target(roadmaps_json(store)["roadmaps"][0], "1.2")
        actions.move(-1)
        assert [i["number"] for i in roadmaps_json(store)["roadmaps"][0]["items"]][:2] == ["1.2", "1.1"]

        rounds = actions.edit_rounds()
        rounds.name.setText("Мониторинг за май")
        rounds.due.setText("31.05.2024")
        rounds.add()
        assert [r.name for r in list_rounds(store)] == ["Мониторинг за май"]
        assert rounds.model.index(0, 2).data() == "31.05.2024"
        rounds.due.setText("31 мая")
        rounds.add()
        assert "ДД.ММ.ГГГГ" in rounds.problem.text()
        window.close()
    finally:
        store.close()


def test_a_school_cannot_edit_the_department_roadmap(qtbot, demo_window):
    from ui.roadmap_editor import RoadmapEditActions

    actions = RoadmapEditActions(demo_window.ctx, demo_window)
    roadmap = roadmaps_json(demo_window.ctx.store)["roadmaps"][0]
    actions.set_target(roadmap, roadmap["items"][0]["number"])
    assert roadmap["owner"] == "department"
    assert not any(a.isEnabled() for a in (actions.add, actions.edit, actions.remove, actions.up, actions.down))
    assert "только отдел" in actions.edit.toolTip()
    assert actions.create_roadmap.isVisible() or actions.create_roadmap in actions.actions()
