"""A department that pressed «Загрузить позже» on its first run loads its roadmap from the «Дорожная карта» page:
the empty page's button, the first run's preview, the column-mapping dialog and the period fields, the Russian
refusal for a file that is not a roadmap, and loading again when the department already has a roadmap."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from docx import Document as WordDocument
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from shiboken6 import isValid

from app.profile import open_profile
from app.roadmaps import roadmaps_json
from tests.test_setup_services import unlabelled_docx
from ui.main_window import MainWindow
from ui.roadmap_model import ACTIVITY_ROLE

FIXTURES = Path(__file__).parent / "fixtures" / "roadmaps"
TODAY = date(2026, 1, 20)


@pytest.fixture
def empty_department(tmp_path, cli) -> Path:
    """A department whose specialist pressed «Загрузить позже»: a profile with no roadmap."""
    root = tmp_path / "department"
    assert cli("--data-dir", root, "init", "department", "--name", "Управление образования Уярского района").code == 0
    return root


@pytest.fixture
def open_page(qtbot, monkeypatch):
    """Opens a profile's window on the roadmap page; the file dialog answers with `page.next_file`."""
    opened = []

    def open_(root: Path):
        store = open_profile(root)
        window = MainWindow(store, today=TODAY)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.go_to("roadmap")
        opened.append((window, store))
        return window, window.page("roadmap")

    yield open_
    for window, store in opened:
        window.close()
        store.close()


def pick(qtbot, monkeypatch, dialog, path: Path) -> None:
    """Press «Выбрать файл…» and choose `path`; wait for the preview."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    panel = dialog.panel
    qtbot.mouseClick(panel.pick, Qt.MouseButton.LeftButton)
    wait(qtbot, panel)


def wait(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.task is not None and (panel.task.result is not None or panel.task.error is not None),
                    timeout=30_000)


def import_backups(root: Path) -> list[Path]:
    return [path for path in (root / "backups").glob("*") if "import" in path.name] if (root / "backups").exists() else []


def shown_activities(page) -> list[tuple[str, str]]:
    return [(index.data(ACTIVITY_ROLE).number, index.data(ACTIVITY_ROLE).title) for index in page._proxy_activities()]


def test_the_empty_page_offers_to_load_the_roadmap(qtbot, empty_department, open_page, tmp_path):
    from ui.first_run import FirstRunWizard

    _window, page = open_page(empty_department)
    assert page.empty.isVisible() and not page.splitter.isVisible()
    assert "нет дорожной карты" in page.empty_text.text() and "orientir" not in page.empty_text.text()
    assert page.empty_button.isVisible() and page.empty_button.isEnabled()
    assert page.editing.import_roadmap in page.toolbar.actions() and page.editing.import_roadmap.isEnabled()
    # «Загрузить позже» on the first run names this very button.
    wizard = FirstRunWizard(tmp_path / "elsewhere")
    qtbot.addWidget(wizard)
    later = wizard.findChild(type(page.empty_button), "roadmapLater")
    assert "«Дорожная карта»" in later.toolTip()
    assert f"«{page.empty_button.text().replace('&', '')}»" in later.toolTip()


def test_loading_the_municipal_plan_from_the_empty_page(qtbot, monkeypatch, empty_department, open_page, cli):
    window, page = open_page(empty_department)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    dialog = page.editing.last_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Дорожная карта из файла"
    assert not dialog.note.isVisible()  # nothing to update or add to yet

    pick(qtbot, monkeypatch, dialog, FIXTURES / "001_municipal_plan.docx")
    panel = dialog.panel
    preview = panel.preview.toPlainText()
    assert f"мероприятий — {panel.report.activities}" in preview
    assert "«Основные направления деятельности» → мероприятие" in preview
    assert "Пропущенные таблицы:" in preview and "паспорт дорожной карты" in preview
    assert roadmaps_json(window.ctx.store)["roadmaps"] == []  # the preview wrote nothing

    with qtbot.waitSignal(window.ctx.changed, timeout=30_000):
        qtbot.mouseClick(panel.load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_roadmap() is not None, timeout=30_000)
    assert not isValid(dialog) or not dialog.isVisible()  # closed once loaded
    assert page.splitter.isVisible() and not page.empty.isVisible()
    shown = shown_activities(page)
    assert import_backups(empty_department)  # a verified backup before the load
    window.close()
    window.ctx.store.close()

    result = cli("--data-dir", empty_department, "roadmap", "show", "--json")
    assert result.code == 0, result.err
    roadmaps = json.loads(result.out)["roadmaps"]
    assert len(roadmaps) == 1 and roadmaps[0]["owner"] == "department"
    assert shown == [(item["number"], item["title"]) for item in roadmaps[0]["items"]]
    assert len(shown) == 15


def test_columns_and_period_named_by_hand_before_loading(qtbot, monkeypatch, empty_department, open_page, tmp_path):
    source = unlabelled_docx(tmp_path / "план района.docx")
    window, page = open_page(empty_department)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    dialog = page.editing.last_dialog
    pick(qtbot, monkeypatch, dialog, source)
    panel = dialog.panel
    assert "Период в документе не найден" in panel.preview.toPlainText()
    assert panel.report.activities == 4  # the header row «А | Б | В | Г» read as an activity

    qtbot.mouseClick(panel.mapping, Qt.MouseButton.LeftButton)
    mapping = panel.mapping_dialog
    for column, name in enumerate(("number", "title", "deadline", "responsible")):
        mapping.set_field(column, name)
    previous = panel.task
    qtbot.mouseClick(mapping.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.task is not previous, timeout=30_000)
    wait(qtbot, panel)
    assert panel.report.activities == 3 and "«Б» → мероприятие" in panel.preview.toPlainText()

    previous = panel.task
    qtbot.keyClicks(panel.period_start, "01.09.2025")
    qtbot.keyClicks(panel.period_end, "31.08.2026")
    qtbot.keyClick(panel.period_end, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.task is not previous, timeout=30_000)
    wait(qtbot, panel)
    assert "Период: 01.09.2025–31.08.2026." in panel.preview.toPlainText()

    with qtbot.waitSignal(window.ctx.changed, timeout=30_000):
        qtbot.mouseClick(panel.load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_roadmap() is not None, timeout=30_000)
    roadmap = page.current_roadmap()
    assert roadmap["period"] == ["2025-09-01", "2026-08-31"]
    assert [item["title"] for item in roadmap["items"]] == [
        "Провести педсовет по итогам ВПР", "Открыть консультационный пункт для родителей", "Закупить учебники"]
    # «в течение года» is the period the person gave.
    assert roadmap["items"][2]["windows"] == [["2025-09-01", "2026-08-31"]]


def not_a_roadmap(tmp_path: Path) -> list[tuple[Path, str]]:
    """A letter without a table, and plain text saved under a Word name; with what the refusal says."""
    letter = WordDocument()
    letter.add_paragraph("Уважаемые коллеги! Направляем информацию о проведении семинара.")
    letter.save(tmp_path / "письмо.docx")
    (tmp_path / "заметки.docx").write_text("просто текст, не документ Word", encoding="utf-8")
    return [(tmp_path / "письмо.docx", "В файле не найдена таблица дорожной карты"),
            (tmp_path / "заметки.docx", "простой текст")]


def test_a_file_that_is_not_a_roadmap_is_refused_and_nothing_is_loaded(qtbot, monkeypatch, empty_department, open_page, tmp_path):
    window, page = open_page(empty_department)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    dialog = page.editing.last_dialog
    for path, said in not_a_roadmap(tmp_path):
        pick(qtbot, monkeypatch, dialog, path)
        panel = dialog.panel
        refusal = panel.preview.toPlainText()
        assert said in refusal and panel.task.error.message in refusal
        assert not panel.load.isEnabled()
    assert roadmaps_json(window.ctx.store)["roadmaps"] == []
    dialog.reject()
    assert page.empty.isVisible() and page.current_roadmap() is None
    assert not import_backups(empty_department)


def test_loading_again_says_first_what_happens_to_the_roadmap_there(qtbot, monkeypatch, department, open_page):
    window, page = open_page(department)
    assert not page.empty.isVisible()
    page.editing.import_roadmap.trigger()
    dialog = page.editing.last_dialog
    assert dialog.note.isVisible() and "«Дорожная карта на 2024 год»" in dialog.note.text()
    assert "будет обновлена" in dialog.note.text() and "добавится" in dialog.note.text()

    pick(qtbot, monkeypatch, dialog, FIXTURES / "001_municipal_plan.docx")
    assert dialog.outcome.text().startswith("Это другая дорожная карта")
    title = dialog.panel.report.title
    with qtbot.waitSignal(window.ctx.changed, timeout=30_000):
        qtbot.mouseClick(dialog.panel.load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(roadmaps_json(window.ctx.store)["roadmaps"]) == 2, timeout=30_000)
    qtbot.waitUntil(lambda: page.current_roadmap()["title"] == title, timeout=30_000)  # the new one is shown
    assert page.roadmap_choice.count() == 2 and len(shown_activities(page)) == 15

    page.editing.import_roadmap.trigger()
    again = page.editing.last_dialog
    pick(qtbot, monkeypatch, again, FIXTURES / "001_municipal_plan_corrected.docx")
    assert again.outcome.text().startswith("Это та же дорожная карта")
    assert "Такая дорожная карта уже есть" in again.panel.preview.toPlainText()
    with qtbot.waitSignal(window.ctx.changed, timeout=30_000):
        qtbot.mouseClick(again.panel.load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(again) or not again.isVisible(), timeout=30_000)
    assert len(roadmaps_json(window.ctx.store)["roadmaps"]) == 2

