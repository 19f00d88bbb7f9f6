"""A department that has just been set up opens its window: every page says what to do first, at the top,
with the one button that does it — no empty tables, frames or colour legends."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.profile import open_profile
from ui.main_window import MainWindow
from ui.schools_page import AddSchoolDialog

TODAY = date(2026, 1, 20)


def open_window(qtbot, root):
    store = open_profile(root)
    window = MainWindow(store, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window, store


@pytest.fixture
def new_department(tmp_path, cli):
    """Just created: no schools, no roadmap, no bundles."""
    root = tmp_path / "new"
    assert cli("--data-dir", root, "init", "department", "--name", "Отдел образования Нового района").code == 0
    return root


@pytest.fixture
def empty_window(qtbot, new_department):
    window, store = open_window(qtbot, new_department)
    yield window
    window.close()
    store.close()


def enrol(cli, root, tmp_path, name: str) -> None:
    assert cli("--data-dir", root, "school", "add", "--name", name, "--out", tmp_path / f"{name}.orientir-enroll").code == 0


def at_top(window, widget) -> bool:
    """In the upper part of the window, where the eye starts."""
    return widget.mapTo(window, widget.rect().topLeft()).y() < window.height() // 4


def test_the_empty_overview_offers_to_enrol_a_school_and_shows_no_legend(qtbot, empty_window):
    page = empty_window.page("overview")
    assert page.empty.isVisible()
    assert "Школ пока нет" in page.empty.text.text()
    assert page.empty.button.isVisible() and "Подключить" in page.empty.button.text()
    assert at_top(empty_window, page.empty.button)
    for hidden in (page.legend, page.schools_view, page.indicators_view, page.no_indicators, page.schools_card):
        assert not hidden.isVisible()


def test_the_overview_button_opens_the_enrolment_dialog_on_the_schools_page(qtbot, empty_window):
    qtbot.mouseClick(empty_window.page("overview").empty.button, Qt.MouseButton.LeftButton)
    schools = empty_window.page("schools")
    assert empty_window.current_page() is schools
    assert isinstance(schools.last_dialog, AddSchoolDialog) and schools.last_dialog.isVisible()
    schools.last_dialog.reject()


@pytest.mark.parametrize("key", ["schools", "matrix", "school"])
def test_every_page_without_schools_says_so_at_the_top_with_the_enrol_button(qtbot, empty_window, key):
    empty_window.go_to(key)
    page = empty_window.page(key)
    assert page.empty.isVisible() and "Школ пока нет" in page.empty.text.text()
    assert "Подключить" in page.empty.button.text() and at_top(empty_window, page.empty.button)
    # The tables, filters and legends have nothing to show and are not there.
    for name in ("schoolsTable", "matrixView", "reviewTree", "schoolChoice", "matrixSearch", "schoolsSearch"):
        found = page.findChild(QWidget, name)
        assert found is None or not found.isVisible(), name


def test_the_schools_page_button_opens_the_enrolment_dialog(qtbot, empty_window):
    empty_window.go_to("schools")
    page = empty_window.page("schools")
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert isinstance(page.last_dialog, AddSchoolDialog) and page.last_dialog.isVisible()
    page.last_dialog.reject()


def test_the_inbox_before_any_bundle_shows_only_the_drop_area(qtbot, empty_window):
    empty_window.go_to("inbox")
    page = empty_window.page("inbox")
    assert page.drop_area.isVisible() and at_top(empty_window, page.pick_files_button)
    assert not page.tabs.isVisible()
    assert not page.summary.isVisible()
    # The drop area keeps to its text instead of filling the page.
    assert page.drop_area.height() < empty_window.height() // 3


def test_schools_without_a_roadmap_are_sent_to_the_roadmap_page(qtbot, cli, tmp_path, new_department):
    enrol(cli, new_department, tmp_path, "МБОУ Тартасская СОШ")
    window, store = open_window(qtbot, new_department)
    try:
        for key in ("matrix", "school"):
            window.go_to(key)
            page = window.page(key)
            assert page.empty.isVisible() and "дорожн" in page.empty.text.text()
            qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
            assert window.current_page() is window.page("roadmap")
    finally:
        window.close()
        store.close()


def test_with_schools_but_no_bundles_the_overview_shows_the_bars_and_their_legend(qtbot, cli, tmp_path, department):
    enrol(cli, department, tmp_path, "МБОУ Тартасская СОШ")
    enrol(cli, department, tmp_path, "МБОУ Кедровская ООШ")
    window, store = open_window(qtbot, department)
    try:
        page = window.page("overview")
        assert not page.empty.isVisible()
        assert page.schools_view.isVisible() and page.schools_model.rowCount() == 2
        assert page.legend.isVisible()
        assert page.no_bundles.isVisible() and "Входящие пакеты" in page.no_bundles.text()
        for key in ("schools", "matrix", "school"):
            window.go_to(key)
            assert not window.page(key).empty.isVisible(), key
    finally:
        window.close()
        store.close()
