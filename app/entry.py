"""Starting the window: the only place in `app/` that reaches into `ui/`, and only when asked to.

The import happens inside the function so the command line and the domain never load Qt widgets.
A system without the few graphics libraries Qt takes from it (a server, a minimal install) gets the
package to install in Russian instead of a traceback; the commands work there without them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from app.i18n import fill, translate

# What the built program takes from the system rather than carrying (build/orientir.spec,
# docs/system-packages.md): library → (Astra Linux and Debian, ALT, RED OS) package.
SYSTEM_PACKAGES = {
    "libGL.so.1": ("libgl1", "libGL", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libEGL", "libglvnd-egl"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libdbus-1.so.3": ("libdbus-1-3", "libdbus", "dbus-libs"),
}


def start_window(data_dir: Path | None, selftest: bool = False) -> int:
    _check_ahead(data_dir)
    try:
        from ui.launcher import run
    except ImportError as error:
        library = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object", str(error))
        if library is None:
            raise
        print(missing_library_text(library.group(1)), file=sys.stderr)
        return 1
    return run(data_dir, selftest=selftest)


def _check_ahead(data_dir: Path | None) -> None:
    """Start the database's integrity check now, while Qt loads (db/integrity.py).

    The profile the window will most likely open: the one asked for, else the usual folder before a
    folder chosen in the settings is known (reading those needs Qt). A guess that misses costs nothing:
    the profile that is opened is checked then.
    """
    from app.paths import default_data_dir
    from db.files import DB_FILE
    from db.integrity import start_quick_check

    db_path = Path(data_dir or default_data_dir()) / DB_FILE
    try:
        found = db_path.is_file()
    except OSError:  # a folder the person may not read: opening the profile says so in words
        return
    if found:
        start_quick_check(db_path)


def missing_library_text(library: str) -> str:
    packages = SYSTEM_PACKAGES.get(library)
    if packages is None:
        return fill(translate("Entry", "Окно программы не открывается: в системе нет библиотеки %1. Установите пакет, в котором она есть, "
                                       "и запустите программу снова (список пакетов — в docs/system-packages.md). "
                                       "Команды orientir работают и без неё."), library)
    return fill(translate("Entry", "Окно программы не открывается: в системе нет библиотеки %1. Установите её и запустите программу снова:\n"
                                   "    Astra Linux, Debian:  sudo apt-get install %2\n"
                                   "    Альт:                 su -c 'apt-get install %3'\n"
                                   "    РЕД ОС:               sudo dnf install %4\n"
                                   "Команды orientir работают и без неё."), library, *packages)
