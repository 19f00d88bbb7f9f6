"""The roadmap page as a deputy director uses it: choose an activity, record progress, attach evidence, answer the curator.

Everything goes through the real window on a real demo profile: keys typed into the fields, a real drop
of a real file, the real dialogs; only the system's file viewer is replaced by a URL handler.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.demo import build_demo_school
from app.progress import own_progress_items
from app.profile import open_profile
from tests.conftest import query
from ui.evidence_dialogs import DocumentDialog, LinkDialog
from ui.main_window import MainWindow
from ui.roadmap_model import ACTIVITY_ROLE

DAY = date(2026, 1, 20)


@pytest.fixture
def root(tmp_path) -> Path:
    build_demo_school(tmp_path / "school", today=DAY).close()
    return tmp_path / "school"


@pytest.fixture
def store(root):
    opened = open_profile(root)
    yield opened
    opened.close()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """What error dialogs said; the person would have pressed OK."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *rest: said.append(text))
    return said


def type_text(widget, text: str) -> None:
    """Type as a keyboard with a Russian layout does: QTest.keyClicks accepts only ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_window(qtbot, store, today: date = DAY) -> MainWindow:
    window = MainWindow(store, demo=True, today=today)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def page(qtbot, store):
    return open_window(qtbot, store).page("roadmap")


def shown_numbers(page) -> list[str]:
    return [index.data(ACTIVITY_ROLE).number for index in page._proxy_activities()]


def stored(store, number: str) -> dict:
    return next(item for item in own_progress_items(store) if item["number"] == number)


def choose(qtbot, page, number: str) -> None:
    """Click the activity's row in the tree."""
    index = next(index for index in page._proxy_activities() if index.data(ACTIVITY_ROLE).number == number)
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center())
    assert page.panel.row.number == number


def test_status_and_result_are_saved_as_the_person_works_and_are_there_next_time(qtbot, root, store):
    page = open_window(qtbot, store).page("roadmap")
    choose(qtbot, page, "2.2")
    panel = page.panel
    assert panel.status.currentText() == "В работе"

    panel.status.setFocus()
    qtbot.keyClick(panel.status, Qt.Key.Key_Down)
    assert stored(store, "2.2")["status"] == "done"
    assert "Статус сохранён" in panel.saved.text()

    panel.actual.setFocus()
    panel.actual.moveCursor(panel.actual.textCursor().MoveOperation.End)
    type_text(panel.actual, " Итоги — на педсовете.")
    qtbot.waitUntil(lambda: panel.saved.text().startswith("Сохранено"), timeout=5000)
    expected = "4 педагога приняли участие в РМО учителей математики, 2 — в вебинаре ИРО. Итоги — на педсовете."
    assert stored(store, "2.2")["actual"] == expected
    # The tree shows the saved text at once, and the chosen row stays chosen.
    assert page.current_row().number == "2.2" and page.current_row().actual == expected
    history = panel.history_model.stringList()
    assert any("статус: в работе → выполнено" in line for line in history)
    assert "фактический результат: «4 педагога" in history[0]

    store.close()
    again = open_profile(root)
    try:
        reopened = open_window(qtbot, again).page("roadmap")
        reopened.show_item("2.2")
        assert reopened.panel.actual.toPlainText() == expected
        assert reopened.panel.status.currentText() == "Выполнено"
    finally:
        again.close()


def test_typing_can_be_undone_and_the_opened_text_brought_back(qtbot, page, store):
    choose(qtbot, page, "1.1")
    panel = page.panel
    opened = panel.actual.toPlainText()
    assert not panel.revert.isEnabled()

    panel.actual.setFocus()
    panel.actual.moveCursor(panel.actual.textCursor().MoveOperation.End)
    type_text(panel.actual, " Акт приёмки")
    qtbot.keyClick(panel.actual, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.actual.toPlainText() == opened

    type_text(panel.actual, " Акт приёмки приложен.")
    # Leaving the field saves at once, without waiting for the pause.
    panel.status.setFocus()
    assert stored(store, "1.1")["actual"] == opened + " Акт приёмки приложен."
    assert panel.revert.isEnabled()

    qtbot.mouseClick(panel.revert, Qt.MouseButton.LeftButton)
    assert panel.actual.toPlainText() == opened
    assert stored(store, "1.1")["actual"] == opened


def test_a_dropped_file_becomes_evidence_stored_in_the_profile(qtbot, page, store, root, tmp_path):
    scan = tmp_path / "Акт приёмки учебников.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned act\n" * 50)
    choose(qtbot, page, "1.1")
    box = page.panel.evidence
    before = box.model.rowCount()

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(scan))])
    centre = box.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(box, enter)
    assert enter.isAccepted()
    drop = QDropEvent(centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(box, drop)
    qtbot.waitUntil(lambda: box.model.rowCount() == before + 1, timeout=10000)

    names = [box.model.item(row)["name"] for row in range(box.model.rowCount())]
    assert "Акт приёмки учебников.pdf" in names
    assert "Приложено файлов: 1" in page.panel.saved.text()
    sha256 = next(e["sha256"] for e in stored(store, "1.1")["evidence"] if e["kind"] == "file")
    assert (root / "attachments" / sha256[:2] / sha256).read_bytes() == scan.read_bytes()
    assert page.current_row().evidence[-1] == "Акт приёмки учебников.pdf"


class Viewer(QObject):
    """Stands for the system's file viewer: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


def test_an_attached_file_opens_in_the_viewer_from_a_copy_with_its_name(qtbot, page, store):
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open_url")
    try:
        choose(qtbot, page, "2.1")
        box = page.panel.evidence
        row = next(r for r in range(box.model.rowCount()) if box.model.item(r)["kind"] == "file")
        box.view.setCurrentIndex(box.model.index(row))
        qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    copy = Path(viewer.opened[0].toLocalFile())
    assert copy.name == "Протокол педсовета № 2.docx"
    assert copy.read_bytes()[:2] == b"PK"
    assert "attachments" not in copy.parts


def test_a_document_with_a_bad_date_is_refused_beside_the_field_and_a_good_one_is_listed(qtbot, page, store, errors):
    choose(qtbot, page, "1.2")
    box = page.panel.evidence
    qtbot.mouseClick(box.add_document_button, Qt.MouseButton.LeftButton)
    dialog = box.findChild(DocumentDialog)
    assert dialog.isVisible() and dialog.doc_type.currentText() == "Приказ"

    type_text(dialog.number, "№ 5")
    dialog.date.setDate(QDate(1985, 3, 1))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["date"].isVisible() and "1990" in dialog.errors["date"].text()

    dialog.date.setDate(QDate(2026, 1, 15))
    type_text(dialog.title, "О закупке оборудования")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    names = [box.model.item(row)["name"] for row in range(box.model.rowCount())]
    assert names == ["Приказ от 15.01.2026 № 5 «О закупке оборудования»"]
    assert stored(store, "1.2")["evidence"][0]["document"] == {
        "type": "Приказ", "issuer": "", "number": "5", "date": "2026-01-15"}
    assert errors == []


def test_a_link_is_checked_then_added_and_evidence_can_be_taken_out(qtbot, page, store, monkeypatch):
    choose(qtbot, page, "1.2")
    box = page.panel.evidence
    qtbot.mouseClick(box.add_link_button, Qt.MouseButton.LeftButton)
    dialog = box.findChild(LinkDialog)
    type_text(dialog.address, "почта@школа.рф")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "электронной почты" in dialog.error.text()
    dialog.address.clear()
    type_text(dialog.address, "sosnovka-school.ru/docs/kabinet")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert [box.model.item(r)["name"] for r in range(box.model.rowCount())] == ["https://sosnovka-school.ru/docs/kabinet"]

    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)
    box.view.setCurrentIndex(box.model.index(0))
    box.view.setFocus()
    qtbot.keyClick(box.view, Qt.Key.Key_Delete)
    assert box.model.rowCount() == 0
    assert stored(store, "1.2")["evidence"] == []
    assert "убрана ссылка «https://sosnovka-school.ru/docs/kabinet»" in page.panel.history_model.stringList()[0]


def test_filters_show_overdue_rows_and_search_finds_words_of_the_actual_result(qtbot, page):
    assert page.count.text() == "показано 16 из 16"

    qtbot.mouseClick(page.overdue_filter, Qt.MouseButton.LeftButton)
    assert shown_numbers(page) == ["1.2", "4.2"]
    assert page.count.text() == "показано 2 из 16"
    qtbot.mouseClick(page.overdue_filter, Qt.MouseButton.LeftButton)

    qtbot.keyClick(page.window(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    # «Подключён оптоволоконный канал…» is found with «е» typed for «ё», in any case.
    type_text(page.search, "ПОДКЛЮЧЕН")
    assert shown_numbers(page) == ["1.3"]
    page.search.clear()

    page.status_filter.setCurrentIndex(page.status_filter.findText("Выполнено"))
    assert shown_numbers(page) == ["1.3", "2.1", "3.3"]
    page.section_filter.setCurrentIndex(page.section_filter.findText("2. Программно-методическое обеспечение"))
    assert shown_numbers(page) == ["2.1"]
    page.clear_filters()
    qtbot.mouseClick(page.mine_filter, Qt.MouseButton.LeftButton)
    # The department runs 2.4 itself; the school reports on everything else.
    assert "2.4" not in shown_numbers(page) and len(shown_numbers(page)) == 15


def test_the_tree_keeps_the_chosen_row_and_the_scroll_position_when_data_changes(qtbot, page):
    choose(qtbot, page, "4.2")
    scroll = page.tree.verticalScrollBar().value()
    assert scroll > 0

    page.ctx.changed.emit()

    assert page.current_row().number == "4.2"
    assert page.tree.verticalScrollBar().value() == scroll
    assert page.panel.row.number == "4.2"


def test_the_curators_rework_remark_is_highlighted_and_the_reply_is_saved(qtbot, page, store):
    choose(qtbot, page, "1.1")
    panel = page.panel
    assert panel.review.isVisible() and panel.review.text().startswith("Отдел вернул на доработку")
    [remark] = [label for label in panel.findChildren(QLabel, "comment") if label.isVisible()]
    assert remark.property("rework") is True
    assert "#fbe0dd" in remark.styleSheet() and "на доработку" in remark.text()

    type_text(panel.reply_text, "Акт приёмки приложили, количество экземпляров указали.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)

    thread = stored(store, "1.1")["comments"]
    assert thread[-1]["text"] == "Акт приёмки приложили, количество экземпляров указали."
    assert thread[-1]["from"] == "school"
    replies = [label for label in panel.findChildren(QLabel, "comment") if label.isVisible()]
    assert len(replies) == 2 and "Акт приёмки приложили" in replies[-1].text()
    assert panel.reply_text.toPlainText() == ""
    assert "ответ школы: «Акт приёмки приложили" in panel.history_model.stringList()[0]


def test_a_row_the_school_does_not_report_on_says_who_does_it_and_offers_no_editors(qtbot, page):
    choose(qtbot, page, "2.4")
    panel = page.panel

    assert panel.not_ours.isVisible()
    assert panel.not_ours.text().startswith("Проводит отдел образования")
    assert not panel.editors.isVisible()
    assert "мероприятие внесено в дорожную карту" in panel.history_model.stringList()[-1]
    assert "отдел образования" in panel.history_model.stringList()[-1]


def test_the_page_is_reached_from_the_keyboard_in_a_sensible_order(qtbot, page):
    choose(qtbot, page, "1.1")
    panel = page.panel
    order = []
    page.search.setFocus()
    for _ in range(11):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # From the search through the filters to the tree and on into the panel; the revert button is
    # disabled until something is typed, so Tab passes it by.
    assert order == [page.search, page.status_filter, page.overdue_filter, page.soon_filter, page.mine_filter,
                     page.section_filter, page.tree, panel.status, panel.actual, panel.evidence.view,
                     panel.evidence.add_file_button]


def test_an_unclear_deadline_is_marked_for_a_person_to_fix(qtbot, store):
    from db.models import Activity

    with store.writing() as session:
        # As the importer leaves it when a deadline could not be read.
        activity = session.query(Activity).filter_by(number="3.2").one()
        activity.deadline_text, activity.windows, activity.deadline_issue = "по мере готовности", [], "Не удалось прочитать дату."
    page = open_window(qtbot, store).page("roadmap")
    choose(qtbot, page, "3.2")

    index = page.tree.currentIndex().siblingAtColumn(2)
    assert index.data() == "⚠ по мере готовности"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Срок не понят: уточните его.")
    assert page.panel.unclear.isVisible() and "Срок не понят" in page.panel.unclear.text()
    # The department's roadmap is the department's to change: the school gets no «Изменить».
    assert not page.panel.unclear_edit.isVisible()
    assert not page.editing.edit.isEnabled() and page.editing.create_roadmap in page.toolbar.actions()


def test_the_department_records_its_own_activities_on_the_same_page(qtbot, department):
    store = open_profile(department)
    try:
        window = open_window(qtbot, store, today=date(2024, 6, 1))
        window.go_to("roadmap")
        page = window.page("roadmap")
        assert shown_numbers(page) == ["1.1", "1.2", "1.3"]

        qtbot.mouseClick(page.mine_filter, Qt.MouseButton.LeftButton)
        assert shown_numbers(page) == ["1.2", "1.3"]
        choose(qtbot, page, "1.2")
        page.panel.status.setFocus()
        qtbot.keyClick(page.panel.status, Qt.Key.Key_Down)
        assert stored(store, "1.2")["status"] == "in_progress"
        assert not page.panel.thread.isVisible()
        # The department owns its roadmap: the editor's actions are on the toolbar and work on the chosen row.
        assert page.editing.edit in page.toolbar.actions() and page.editing.edit.isEnabled()
        assert page.editing.number == "1.2"

        page.clear_filters()
        choose(qtbot, page, "1.1")
        assert page.panel.not_ours.text().startswith("Выполняют школы")
        assert query(department, "SELECT count(*) FROM progress") == [(1,)]
    finally:
        store.close()


def test_the_roadmaps_owner_fixes_an_unclear_deadline_from_the_panel(qtbot, department):
    from db.models import Activity

    store = open_profile(department)
    try:
        with store.writing() as session:
            activity = session.query(Activity).filter_by(number="1.3").one()
            activity.deadline_text, activity.windows, activity.deadline_issue = "по согласованию", [], "Не удалось прочитать дату."
        window = open_window(qtbot, store, today=date(2024, 6, 1))
        window.go_to("roadmap")
        page = window.page("roadmap")
        choose(qtbot, page, "1.3")

        assert page.panel.unclear_edit.isVisible()
        qtbot.mouseClick(page.panel.unclear_edit, Qt.MouseButton.LeftButton)
        dialog = page.editing.last_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.close()
    finally:
        store.close()


def test_choosing_another_activity_while_typing_keeps_what_was_typed(qtbot, page, store):
    choose(qtbot, page, "3.1")
    page.panel.actual.setFocus()
    type_text(page.panel.actual, "Проведено 2 собрания")

    choose(qtbot, page, "3.2")

    assert stored(store, "3.1")["actual"] == "Проведено 2 собрания"
    assert page.panel.actual.toPlainText() == stored(store, "3.2")["actual"]
    # The tree shows it once the page has reloaded, right after the click.
    qtbot.waitUntil(lambda: next(r for r in page.model.activities() if r.number == "3.1").actual == "Проведено 2 собрания")
    assert page.current_row().number == "3.2"
