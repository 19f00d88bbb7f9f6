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


def _portable_dir() -> Path | None:
    """A `portable.txt` beside the executable keeps the profile on the same stick as the program."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    if (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    return None


def default_data_dir() -> Path:
    """The profile folder when neither `--data-dir` nor ORIENTIR_DATA_DIR names one."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    portable = _portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    # Local, not roaming: Windows copies a roaming profile at logon and logoff, which a live database must not meet.
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "profile"


def demo_data_dir() -> Path:
    """The demonstration profile, kept apart from the user's own so it never mixes with real data."""
    return default_data_dir().parent / "demo"
