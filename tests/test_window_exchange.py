"""A school's exchange with its department through the window: the bundle written where the person
keeps files and signed, the passphrase asked (a wrong one refused), «Отправить по почте» with the
department's address, the department's bundle loaded and its comment seen, and the status strip."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.exchange.importing import verify_bundle
from app.keys import set_passphrase
from app.profile import open_profile
from app.progress import ProgressChange, progress_json, set_progress
from app.reviews import review_progress
from tests.exchange_helpers import make_district
from ui import exchange_actions, passphrase
from ui.main_window import MainWindow

SCHOOL = "МБОУ Тартасская СОШ"


pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def district(tmp_path):
    made = make_district(tmp_path, [SCHOOL])
    store = open_profile(made.department)
    try:
        with store.writing() as session:
            from db.models import Department

            session.get(Department, store.info.department_id).email = "uo@example.ru"
    finally:
        store.close()
    made.send(made.department, made.schools[SCHOOL])
    return made


@pytest.fixture
def school_window(qtbot, district):
    store = open_profile(district.schools[SCHOOL])
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    store.close()


def wait(qtbot, task) -> None:
    qtbot.waitUntil(lambda: task.result is not None or task.error is not None, timeout=30_000)


def test_school_exports_a_signed_bundle_into_the_chosen_folder(qtbot, tmp_path, district, school_window):
    set_progress(school_window.ctx.store, ProgressChange(number="1.1", status="done", actual="Анализ проведён"))
    school_window.ctx.changed.emit()
    assert "не отправлено: 1" in school_window.exchange_status.text()
    outbox = tmp_path / "Отправка"
    outbox.mkdir()
    exchange_actions.set_bundle_folder(outbox)
    school_window.go_to("exchange")
    page = school_window.page("exchange")
    assert str(outbox) in page.folder.text()

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(page, "last_export_dialog"), timeout=30_000)
    [written] = list(outbox.iterdir())
    assert written.name.startswith(SCHOOL) and written.suffix == ".orientir"
    dialog = page.last_export_dialog
    assert str(written) in dialog.findChild(type(dialog.show_folder).__mro__[2], "exportPath").text()
    assert "uo@example.ru" in dialog.findChild(type(dialog.show_folder).__mro__[2], "exportInstruction").text()

    department = open_profile(district.department)
    try:
        checked = verify_bundle(department, written)
    finally:
        department.close()
    assert checked.valid and checked.sender == SCHOOL and checked.records >= 1
    assert "всё отправлено" in school_window.exchange_status.text()
    assert page.model.rowCount() >= 2 and page.model.index(0, 1).data() == "отправлен"


def test_passphrase_is_asked_and_a_wrong_one_refused(qtbot, district, monkeypatch):
    root = district.schools[SCHOOL]
    set_passphrase(root, None, "правильный пароль")
    typed = iter(["неправильный", "правильный пароль"])
    hints = []

    def answer(dialog):
        hints.append(dialog.hint.text())
        dialog.field.setText(next(typed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(passphrase.PassphraseDialog, "exec", answer)
    ask = passphrase.passphrase_asker(root)
    assert ask is not None and ask() == "правильный пароль"
    assert hints[0] == "" and "Неверный пароль" in hints[1]

    monkeypatch.setattr(passphrase.PassphraseDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert passphrase.passphrase_asker(root) is None


def test_send_by_mail_opens_the_mail_program_with_the_file_and_address(tmp_path, monkeypatch):
    record = tmp_path / "mail-args.json"
    program = tmp_path / "bin" / "xdg-email"
    program.parent.mkdir()
    program.write_text(f"#!/bin/sh\n{os.sys.executable} -c 'import json,sys; json.dump(sys.argv[1:], open(\"{record}\", \"w\"))' \"$@\"\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(exchange_actions.sys, "platform", "linux")
    bundle = tmp_path / "пакет.orientir"
    bundle.write_bytes(b"x")
    assert exchange_actions.mail_available()
    assert exchange_actions.send_by_mail([bundle], "uo@example.ru", "Отчёт школы", "Файл во вложении")
    for _ in range(200):
        if record.exists() and record.read_text():
            break
        import time

        time.sleep(0.05)
    args = json.loads(record.read_text())
    assert args[args.index("--attach") + 1] == str(bundle) and args[-1] == "uo@example.ru"


def test_school_loads_the_department_bundle_and_sees_the_curator_comment(qtbot, tmp_path, district, school_window):
    school_root = district.schools[SCHOOL]
    set_progress(school_window.ctx.store, ProgressChange(number="1.1", status="done", actual="Анализ проведён"))
    district.send(school_root, district.department)
    department = open_profile(district.department)
    try:
        review_progress(department, SCHOOL, "1.1", "rework", "Приложите протокол педсовета.")
    finally:
        department.close()
    bundle = tmp_path / "от отдела.orientir"
    from tests.exchange_helpers import export

    export(district.department, bundle)

    page = school_window.page("exchange")
    task = exchange_actions.import_files(school_window.ctx, page, [bundle])
    wait(qtbot, task)
    qtbot.waitUntil(lambda: hasattr(page, "last_import_dialog"), timeout=30_000)
    assert "принят" in page.last_import_dialog.text.toPlainText()
    item = next(i for i in progress_json(school_window.ctx.store)["schools"][0]["items"] if i["number"] == "1.1")
    assert "Приложите протокол педсовета." in json.dumps(item, ensure_ascii=False)
    assert "Отдел подтвердил" in school_window.exchange_status.text()
    assert any(page.model.index(r, 1).data() == "получен, принят" for r in range(page.model.rowCount()))


def test_a_bundle_dropped_on_the_page_is_loaded(qtbot, tmp_path, district, school_window):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    bundle = tmp_path / "снова.orientir"
    from tests.exchange_helpers import export

    export(district.department, bundle)
    page = school_window.page("exchange")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(Path(__file__)))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    qtbot.waitUntil(lambda: hasattr(page, "last_import_dialog"), timeout=30_000)
    assert "снова.orientir" in page.last_import_dialog.text.toPlainText()
    assert "__init__" not in page.last_import_dialog.text.toPlainText()
