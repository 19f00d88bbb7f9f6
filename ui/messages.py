"""Telling the person that something failed: the same words in a dialog, on stderr, or after a crash in a slot.

The traceback of an unexpected error goes to the log file only; the person gets where that file is.
`open_local` hands a file or folder to the system's program, and says where it is when none takes it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError
from app.logs import current_log_path

log = logging.getLogger("orientir.window")


def internal_error_text() -> str:
    text = QCoreApplication.translate("Messages", "Внутренняя ошибка программы.")
    where = current_log_path()
    if where is not None:
        return text + " " + QCoreApplication.translate(
            "Messages", "Подробности записаны в журнал: %1. Передайте этот файл в службу поддержки."
        ).replace("%1", str(where))
    return text + " " + QCoreApplication.translate(
        "Messages", "Перезапустите программу; если ошибка повторится, обратитесь в службу поддержки."
    )


def show_error(message: str, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("Messages", "Ориентир"), message)


def open_local(path: Path, parent: QWidget | None = None) -> None:
    """Open a file in its program, or a folder in the file manager; without one, say where it lies."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return
    if Path(path).is_dir():
        text = QCoreApplication.translate("Messages", "Не удалось открыть папку: в системе не настроен файловый менеджер. Папка: %1")
    else:
        text = QCoreApplication.translate("Messages", "Не нашлось программы, которая открывает такие файлы. Файл лежит здесь: %1")
    show_error(text.replace("%1", str(path)), parent)


def say(message: str) -> None:
    """One line on stderr, for `--selftest`. A windowed build on Windows has no stderr at all."""
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def _report_unexpected(kind, value, trace) -> None:
    log.error("unexpected error in the window", exc_info=(kind, value, trace))
    show_error(value.message if isinstance(value, UserError) else internal_error_text())


@contextmanager
def errors_shown_in_dialogs() -> Iterator[None]:
    """While the window runs, an exception escaping a slot is logged and shown, not printed as a traceback."""
    previous = sys.excepthook
    sys.excepthook = _report_unexpected
    try:
        yield
    finally:
        sys.excepthook = previous
