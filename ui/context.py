"""What every page of the window shares: the open profile, today's date, and the news that data changed.

Pages hold no state of their own beyond what they show; after any write they call `ctx.changed.emit()`
and every page reloads what it shows from the services. Long work goes through `ctx.run(...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from app.profile import ProfileInfo, ProfileStore
from ui.tasks import Task, Work, run_task


class WindowContext(QObject):
    """The open profile as the window sees it."""

    # Something in the profile changed (progress, roadmap, schools, an import): pages reload.
    changed = Signal()
    # A page asks the window to show another page with something selected: (page key, argument).
    navigate = Signal(str, object)

    def __init__(self, store: ProfileStore, today: date | None = None, demo: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        # A fixed date (tests, screenshots); None follows the calendar. Kept when the window reopens another profile.
        self.fixed_today = today
        self.demo = demo

    @property
    def today(self) -> date:
        """Fixed in tests and screenshots; otherwise the real date, read anew so a window left open overnight is right."""
        return self.fixed_today or date.today()

    @property
    def info(self) -> ProfileInfo:
        return self.store.info

    @property
    def is_department(self) -> bool:
        return self.store.info.kind == "department"

    def run(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[UserError], None] | None = None,
        cancellable: bool = True,
        quiet_errors: tuple[type[UserError], ...] = (),
        changes_data: bool = True,
    ) -> Task:
        """Run `work(progress, abort)` off the GUI thread; afterwards pages reload when it may have written."""
        task = run_task(parent, label, work, on_success, on_failure, cancellable, quiet_errors)
        if changes_data:
            task.ended.connect(self.changed.emit)
        return task


def settings() -> QSettings:
    """The person's own preferences (font size, last folders), kept per user, not in the profile."""
    return QSettings("Orientir", "Orientir")
