"""«Открыть» and «Показать в папке» where the system has no program for it (as here, offscreen): the person
is told where the file or folder lies instead of a button that does nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ui.messages import open_local


def test_a_folder_nothing_opens_is_named_in_words(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    folder = tmp_path / "Пакеты"
    folder.mkdir()
    open_local(folder)
    assert shown == [f"Не удалось открыть папку: в системе не настроен файловый менеджер. Папка: {folder}"]


def test_a_file_nothing_opens_is_named_in_words(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    report = tmp_path / "справка.pdf"
    report.write_bytes(b"%PDF-1.4\n")
    open_local(report)
    assert shown == [f"Не нашлось программы, которая открывает такие файлы. Файл лежит здесь: {report}"]
