"""The main window: its roadmap page shows the profile's roadmap and progress, marks late and finished work; it starts headless."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from app.demo import build_demo_school
from app.profile import open_profile
from app.progress import progress_json
from app.roadmaps import roadmaps_json
from tests.conftest import run_process
from ui.main_window import MainWindow
from ui.roadmap_model import (
    ACTUAL,
    DEADLINE,
    DOCUMENTS,
    DONE_COLOUR,
    NUMBER,
    OVERDUE_COLOUR,
    SOON_COLOUR,
    STATUS,
    TITLE,
)

# The demonstration built on this day has its school year 01.09.2025–31.08.2026.
DAY = date(2026, 1, 20)
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture
def demo(tmp_path):
    store = build_demo_school(tmp_path / "p", today=DAY)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo):
    shown = MainWindow(demo, demo=True, today=DAY)
    qtbot.addWidget(shown)
    return shown


def activity_rows(model) -> dict[str, tuple[QModelIndex, int]]:
    """Activity number → (its parent index, its row)."""
    found = {}
    for section in range(model.rowCount()):
        parent = model.index(section, 0)
        for row in range(model.rowCount(parent)):
            found[model.index(row, NUMBER, parent).data()] = (parent, row)
    return found


def cell(model, where: tuple[QModelIndex, int], column: int, role=Qt.ItemDataRole.DisplayRole):
    parent, row = where
    return model.index(row, column, parent).data(role)


def roadmap_model(window):
    return window.page("roadmap").tree.model()


def test_window_shows_the_demo_roadmap_as_the_services_give_it(window, demo):
    roadmap = roadmaps_json(demo)["roadmaps"][0]
    sections = list(dict.fromkeys(item["section"] for item in roadmap["items"]))
    page = window.page("roadmap")
    model = page.tree.model()

    assert window.windowTitle().startswith("Ориентир — " + demo.info.name)
    assert window.current_page() is page and page.objectName() == "roadmapPage"
    assert page.roadmap_choice.currentText() == roadmap["title"]
    assert "Утверждена приказом № 112" in page.roadmap_choice.toolTip()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == sections
    for row, section in enumerate(sections):
        expected = [item["number"] for item in roadmap["items"] if item["section"] == section]
        parent = model.index(row, 0)
        assert [model.index(child, NUMBER, parent).data() for child in range(model.rowCount(parent))] == expected
    assert len(activity_rows(model)) == len(roadmap["items"]) == 16
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["№", "Мероприятие", "Срок", "Ответственные", "Статус", "Фактический результат", "Документы"]


def test_each_activity_shows_its_progress_and_evidence(window, demo):
    model = roadmap_model(window)
    rows = activity_rows(model)
    progress = {item["number"]: item for item in progress_json(demo)["schools"][0]["items"]}

    assert cell(model, rows["1.2"], TITLE) == "Дооснащение оборудованием кабинетов физики и химии"
    assert cell(model, rows["1.3"], STATUS) == "Выполнено"
    assert cell(model, rows["1.3"], ACTUAL) == progress["1.3"]["actual"]
    assert cell(model, rows["2.1"], DOCUMENTS) == str(len(progress["2.1"]["evidence"])) == "4"
    assert "Протокол педсовета № 2.docx" in cell(model, rows["2.1"], DOCUMENTS, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, rows["2.2"], STATUS) == "В работе"
    # The department runs 2.4 itself; the school does not report on it.
    assert "2.4" not in progress
    assert cell(model, rows["2.4"], STATUS) == "Проводит отдел образования"


def test_deadline_is_shown_as_written_with_the_understood_dates_beside_it(window):
    model = roadmap_model(window)
    rows = activity_rows(model)

    assert cell(model, rows["1.2"], DEADLINE) == "до 25.12.2025"
    assert "01.09.2025 – 25.12.2025" in cell(model, rows["1.2"], DEADLINE, Qt.ItemDataRole.ToolTipRole)
    assert "ежеквартально" in cell(model, rows["3.1"], DEADLINE, Qt.ItemDataRole.ToolTipRole)


def test_overdue_rows_are_tinted_red_due_soon_amber_and_done_green(qtbot, demo):
    # On 20.01.2026: 1.2 (due 25.12.2025, not started) and 4.2 (due 15.10.2025, in progress) are late;
    # 2.4 was due in November too, but the department runs it, so it is not the school's delay.
    # On 20.03.2026 the teachers' training 2.3 (due 28.03.2026) and the mock exams 4.3 (till March) are due soon.
    window = MainWindow(demo, demo=True, today=date(2026, 3, 20))
    qtbot.addWidget(window)
    page = window.page("roadmap")
    model = page.tree.model()
    rows = activity_rows(model)
    overdue = {"1.2", "4.2"}
    soon = {"2.3", "4.3"}
    done = {"1.3", "2.1", "3.3"}

    for number, where in rows.items():
        colours = [cell(model, where, column, Qt.ItemDataRole.BackgroundRole) for column in range(model.columnCount())]
        expected = OVERDUE_COLOUR if number in overdue else SOON_COLOUR if number in soon else DONE_COLOUR if number in done else None
        assert colours == [expected] * model.columnCount(), number
    assert cell(model, rows["4.2"], STATUS) == "В работе, просрочено"
    for words in ("выполнено: 3", "скоро срок: 2", "просрочено: 2"):
        assert words in page.roadmap_details.text()


def test_demo_is_announced_and_a_real_profile_is_not(qtbot, window, department):
    assert "Демонстрационный профиль" in window.findChild(QLabel, "demoBar").text()
    store = open_profile(department)
    try:
        real = MainWindow(store, today=date(2024, 6, 1))
        qtbot.addWidget(real)
        assert real.findChild(QLabel, "demoBar") is None
        assert real.windowTitle() == "Ориентир — Отдел образования Тестового района"
        model = roadmap_model(real)
        rows = activity_rows(model)
        assert set(rows) == {"1.1", "1.2", "1.3"}
        # The schools do 1.1; the department reports on 1.2 (late since March) and 1.3 itself.
        assert cell(model, rows["1.1"], STATUS) == "Выполняют школы"
        assert cell(model, rows["1.2"], STATUS) == "Не начато, просрочено"
        assert cell(model, rows["1.3"], STATUS) == "Не начато"
        elsewhere = MainWindow(store, missing_dir=department.parent / "nothing")
        qtbot.addWidget(elsewhere)
        note = elsewhere.findChild(QLabel, "elsewhereBar").text()
        assert str(department.parent / "nothing") in note and str(department) in note
    finally:
        store.close()


def test_menus_offer_exit_and_about_with_the_font_licences(window):
    actions = {a.text().replace("&", ""): a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    assert actions["Выход"].shortcut().toString() == "Ctrl+Q"
    assert "О программе" in actions
    about = window.about_text()
    assert "ParaType Free Font License" in about and "SIL Open Font License 1.1" in about
    assert "0." in about


def test_selftest_draws_the_window_headless(tmp_path):
    build_demo_school(tmp_path / "p").close()
    result = run_process("--data-dir", tmp_path / "p", "--selftest", env={"QT_QPA_PLATFORM": "", "DISPLAY": ""})
    assert result.code == 0, result.err
    assert "Самопроверка пройдена" in result.err
    assert "Traceback" not in result.err


def test_without_a_profile_the_demonstration_is_created_and_opened(tmp_path):
    usual = tmp_path / "user" / "profile"
    result = run_process("--data-dir", tmp_path / "empty", "--selftest", env={"ORIENTIR_DATA_DIR": str(usual)})
    assert result.code == 0, result.err
    assert "(демонстрация)" in result.err
    assert (tmp_path / "user" / "demo" / "orientir.sqlite3").is_file()
    assert not (usual / "orientir.sqlite3").exists()


def test_a_damaged_profile_is_refused_in_russian_without_a_traceback(tmp_path):
    root = tmp_path / "p"
    build_demo_school(root).close()
    (root / "orientir.sqlite3").write_bytes(b"\x00\xff garbage \x00" * 4096)
    result = run_process("--data-dir", root, "--selftest")
    assert result.code == 1
    assert "повреждена" in result.err
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert lines and all(CYRILLIC.search(line) for line in lines)


def test_an_unexpected_failure_points_to_the_log_without_a_traceback(tmp_path):
    root = tmp_path / "p"
    build_demo_school(root).close()
    # A table gone from an otherwise sound database: the window fails while reading the progress.
    with sqlite3.connect(root / "orientir.sqlite3") as connection:
        connection.execute("DROP TABLE evidence")
    connection.close()
    result = run_process("--data-dir", root, "--selftest")
    assert result.code == 1
    assert "Внутренняя ошибка программы" in result.err
    assert str(root / "logs" / "orientir.log") in result.err
    assert "Traceback" not in result.err
    assert "Traceback" in (root / "logs" / "orientir.log").read_text(encoding="utf-8")


def test_the_screenshot_tool_still_draws_the_window(tmp_path):
    """docs/screenshots are regenerated by this tool; it must keep working as the window changes."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    completed = subprocess.run(
        [sys.executable, "tools/screenshots.py", "--today", "20.01.2027", "--out", str(tmp_path), "--scales", "100"],
        cwd=root, capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert completed.returncode == 0, completed.stderr
    for name in ("school-roadmap", "school-exchange", "department-overview", "department-matrix", "first-run"):
        assert (tmp_path / f"{name}-1366x768-100.png").stat().st_size > 20_000, name
