"""Where things live: bundled resources (from source or a frozen build) and the profile folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Orientir"
DATA_DIR_ENV = "ORIENTIR_DATA_DIR"
PORTABLE_MARKER = "portable.txt"


def project_root() -> Path:
    """The folder that holds `resources/` and `db/`: the source tree, or PyInstaller's bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, the same from source and from a frozen build."""
    return project_root().joinpath("resources", *parts)


def portable_marker() -> Path | None:
    """Where `portable.txt` goes: beside the executable of a frozen build; None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent / PORTABLE_MARKER


def _portable_dir() -> Path | None:
    """A `portable.txt` beside the executable keeps the profile on the same stick as the program."""
    marker = portable_marker()
    if marker is not None and marker.exists():
        return marker.parent / "data"
    return None


def is_portable() -> bool:
    return _portable_dir() is not None


def set_portable(on: bool) -> None:
    """Switch portable mode of a frozen build: the profile then lives in `data` beside the program."""
    # Imported here: app.i18n (and through it app.errors) imports this module for resource_path.
    from app.errors import UsageError, from_os_error
    from app.fsutil import atomic_write_bytes
    from app.i18n import translate

    marker = portable_marker()
    if marker is None:
        raise UsageError(translate("Paths", "Переносной режим есть только у установленной программы, не при запуске из исходного кода."))
    try:
        if on:
            atomic_write_bytes(marker, "Ориентир: профиль хранится в папке data рядом с программой.\n".encode())
        else:
            marker.unlink(missing_ok=True)
    except OSError as error:
        raise from_os_error(error, marker.parent) from error


def default_data_dir(chosen: Path | str | None = None) -> Path:
    """The profile folder when neither `--data-dir` nor ORIENTIR_DATA_DIR names one.

    `chosen`: the folder the person picked in the window's settings; portable mode comes before it.
    """
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    portable = _portable_dir()
    if portable is not None:
        return portable
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    # Local, not roaming: Windows copies a roaming profile at logon and logoff, which a live database must not meet.
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "profile"


def demo_data_dir() -> Path:
    """The demonstration profile, kept apart from the user's own so it never mixes with real data."""
    return default_data_dir().parent / "demo"
