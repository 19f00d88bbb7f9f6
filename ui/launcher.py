"""Starting the window: the Qt application, its Russian translations and fonts, which profile to open.

Whatever goes wrong is shown as a Russian message (a dialog, or one line on stderr for `--selftest`);
a traceback only ever reaches the log file.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    Qt,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app.errors import UserError
from app.i18n import translator
from app.paths import default_data_dir, demo_data_dir, resource_path
from app.profile import ProfileStore, has_profile, open_profile
from ui.fonts import UI_FAMILY, register_qt_fonts
from ui.messages import errors_shown_in_dialogs, internal_error_text, say, show_error

log = logging.getLogger("orientir.window")

# A window narrower or lower than this did not lay out: something is broken in the build.
SELFTEST_MIN_SIZE = (400, 300)

# Qt does not own installed translators; keeping them here stops Python from deleting them.
_translators: list[QTranslator] = []


# The profile folder the person chose in the settings (used when neither --data-dir nor the env names one).
DATA_DIR_KEY = "profile/data_dir"


@dataclass
class Opened:
    store: ProfileStore
    demo: bool
    missing_dir: Path | None
    # No profile anywhere: the demonstration opened, and the first-run wizard shows over it.
    first_run: bool = False
    # Where the wizard makes the new profile.
    target: Path | None = None


def _no_screen() -> bool:
    """On Linux without a display Qt aborts with an English message; we say it in Russian first."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(data_dir: Path | None, selftest: bool = False) -> int:
    if selftest and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if _no_screen():
        say(QCoreApplication.translate(
            "Launcher",
            "Окно открыть негде: нет графического экрана. Запустите программу из рабочего стола "
            "или на виртуальном экране: xvfb-run -a orientir. Команды (orientir --help) работают и без экрана.",
        ))
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare(app)
    try:
        opened = _open(data_dir)
    except UserError as error:
        log.warning("refused: %s | %s", error.message, error.details)
        return _fail(error.message, selftest)
    except Exception:
        log.exception("could not open the profile")
        return _fail(internal_error_text(), selftest)
    try:
        return _show(app, opened, selftest)
    except Exception:
        log.exception("the window failed")
        return _fail(internal_error_text(), selftest)
    finally:
        opened.store.close()
        for window in _windows:
            window.ctx.store.close()


def prepare(app: QApplication) -> None:
    """Name, translations and fonts: everything the window needs from the application before it opens."""
    qInstallMessageHandler(_qt_message)
    app.setApplicationName("Ориентир")
    app.setOrganizationName("Orientir")
    app.setDesktopFileName("orientir")
    app.setWindowIcon(program_icon())
    if not _translators:
        qt_own = QTranslator()
        if any(qt_own.load("qtbase_ru", folder) for folder in _qt_translation_dirs()):
            _translators.append(qt_own)
        ours = translator()
        if ours is not None:
            _translators.append(ours)
    for item in _translators:
        app.installTranslator(item)
    register_qt_fonts()
    app.setFont(QFont(UI_FAMILY, 10))


def program_icon() -> QIcon:
    """The flag-on-a-hill icon at every size drawn for it (tools/icon.py), for title bars and task bars."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("orientir-*.png")):
        icon.addFile(str(path))
    return icon


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    """Qt's own warnings are English and meant for developers: they go to the log, not to the person."""
    # Before a profile is open there is no log file, and Python would print the warning on stderr instead.
    if log.hasHandlers():
        level = logging.DEBUG if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) else logging.WARNING
        log.log(level, "Qt: %s", message)


def _qt_translation_dirs() -> list[str]:
    """Qt's own catalogue (buttons «Отмена», «Да», context menus): where Qt says, else inside PySide6."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def _open(data_dir: Path | None) -> Opened:
    """The profile asked for; else the user's usual one; else the demonstration, made on first use.

    A profile made by `orientir demo` carries the demonstration department's fixed id, so it is announced
    as a demonstration wherever it lies.
    """
    from app.demo import DEPARTMENT_ID, build_demo_school

    if data_dir is not None and has_profile(data_dir):
        store = open_profile(data_dir)
        return Opened(store, store.info.department_id == DEPARTMENT_ID, None)
    usual = usual_data_dir()
    if has_profile(usual):
        store = open_profile(usual)
        return Opened(store, store.info.department_id == DEPARTMENT_ID, data_dir)
    demo = demo_data_dir()
    store = open_profile(demo) if has_profile(demo) else build_demo_school(demo)
    return Opened(store, True, data_dir, first_run=True, target=data_dir or usual)


def usual_data_dir() -> Path:
    """The profile folder of this user: ORIENTIR_DATA_DIR, portable mode, the folder chosen in settings, the default."""
    from ui.context import settings

    return default_data_dir(settings().value(DATA_DIR_KEY, "") or None)


def _show(app: QApplication, opened: Opened, selftest: bool) -> int:
    from ui.main_window import MainWindow

    window = MainWindow(opened.store, demo=opened.demo, missing_dir=opened.missing_dir)
    _place(window)
    if selftest:
        return _check_drawn(app, window)
    if opened.first_run:
        show_first_run(window, opened.target or usual_data_dir())
    with errors_shown_in_dialogs():
        return app.exec()


def _place(window) -> None:
    # School PCs are mostly 1366×768: there every pixel is needed. Restoring from maximized then
    # gives the screen's size rather than Qt's small default.
    available = window.screen().availableGeometry()
    if available.width() <= 1440 or available.height() <= 860:
        window.resize(available.size())
        window.showMaximized()
    else:
        window.resize(1400, 860)
        window.show()


# Windows opened in place of the first one (another profile, a restored one): kept so Python does not
# collect them, and their stores closed when the program ends.
_windows: list = []


def show_first_run(window, target: Path):
    """The wizard over `window`; a profile it makes replaces the window's."""
    from ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(target, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.profile_ready.connect(lambda folder: _adopt(window, folder))
    wizard.open()
    window.first_run_wizard = wizard
    return wizard


def _adopt(window, folder: Path) -> None:
    """A profile made outside the usual folder becomes the usual one: the next start opens it."""
    from ui.context import settings

    if Path(folder) != usual_data_dir():
        settings().setValue(DATA_DIR_KEY, str(folder))
    switch_profile(window, folder)


def switch_profile(window, folder: Path):
    """Close `window` and its profile; open the profile in `folder` in a new window, placed the same way."""
    from app.demo import DEPARTMENT_ID
    from ui.main_window import MainWindow

    try:
        store = open_profile(folder)
    except UserError as error:
        show_error(error.message, window)
        return None
    replacement = MainWindow(store, demo=store.info.department_id == DEPARTMENT_ID, today=window.ctx.fixed_today)
    if window.isMaximized():
        replacement.resize(window.size())
        replacement.showMaximized()
    else:
        replacement.resize(window.size())
        replacement.show()
    _windows.append(replacement)
    window.close()
    window.ctx.store.close()
    if window in _windows:
        _windows.remove(window)
    window.deleteLater()
    return replacement


def _check_drawn(app: QApplication, window) -> int:
    # Twice: the first pass lays the rows out, the second paints them.
    app.processEvents()
    app.processEvents()
    picture = window.grab()
    width, height = picture.width(), picture.height()
    window.close()
    if picture.isNull() or width < SELFTEST_MIN_SIZE[0] or height < SELFTEST_MIN_SIZE[1]:
        say(
            QCoreApplication.translate("Launcher", "Самопроверка не пройдена: окно не отрисовалось (%1×%2 точек).")
            .replace("%1", str(width))
            .replace("%2", str(height))
        )
        return 1
    say(
        QCoreApplication.translate("Launcher", "Самопроверка пройдена: окно «%1» отрисовано, %2×%3 точек.")
        .replace("%1", window.windowTitle())
        .replace("%2", str(width))
        .replace("%3", str(height))
    )
    return 0


def _fail(message: str, selftest: bool) -> int:
    if selftest:
        say(message)
    else:
        show_error(message)
    return 1
