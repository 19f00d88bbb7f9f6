"""The one way the window runs long work: off the GUI thread, with a progress dialog and «Отмена».

Shaped like calibre's `export(..., progress, abort)` and Anki's background operations: the work is a
plain function of `(progress, abort)` from `app/` — the same one the command line calls — run in the
single worker thread, so database writes never contend with each other. The result comes back to the
GUI thread through queued signals; a refusal (`UserError`) is shown as its Russian message, anything
unexpected goes to the log and the person gets where the log is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import UserError
from ui.messages import internal_error_text, show_error

log = logging.getLogger("orientir.window")

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

# One worker: every write of the window goes through it, in the order it was asked for.
_pool: QThreadPool | None = None
# Tasks whose signals have not arrived yet; Qt would otherwise let Python collect them mid-flight.
_running: set[Task] = set()


def worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class Task(QObject):
    """One piece of background work. Connect to `succeeded`/`failed`/`ended` before `start()`."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    # The UserError (or a generic one standing for an unexpected failure); already shown unless `quiet`.
    failed = Signal(object)
    ended = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: UserError | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        _running.add(self)
        self.ended.connect(lambda: _running.discard(self))
        worker_pool().start(_Runner(self))

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except UserError as error:
            log.info("task refused: %s | %s", error.message, error.details)
            self.failed.emit(error)
        except Exception:
            log.exception("background task failed")
            self.failed.emit(UserError(internal_error_text()))
        else:
            self.succeeded.emit(result)
        self.ended.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_task(
    parent: QWidget,
    label: str,
    work: Work,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
    cancellable: bool = True,
    quiet_errors: tuple[type[UserError], ...] = (),
) -> Task:
    """Run `work(progress, abort)` in the worker with a progress dialog over `parent`.

    The dialog shows only when the work takes longer than half a second, so quick saves do not flicker.
    A failure is shown as a dialog unless its type is in `quiet_errors` (a cancel the person asked for);
    `on_failure` is called after either way.
    """
    task = Task(work, parent)
    dialog = QProgressDialog(label, parent.tr("Отмена") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(parent.tr("Ориентир"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(parent.tr("Останавливаю…")))

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def succeeded(result: Any) -> None:
        task.result = result
        if on_success is not None:
            on_success(result)

    def failed(error: UserError) -> None:
        task.error = error
        if not isinstance(error, quiet_errors):
            show_error(error.message, parent)
        if on_failure is not None:
            on_failure(error)

    task.progressed.connect(progressed)
    # The dialog closes before the result is shown, so a message box never sits under a progress bar.
    task.succeeded.connect(dialog.reset)
    task.failed.connect(dialog.reset)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.ended.connect(dialog.deleteLater)
    task.start()
    return task
