"""A SQLite database as files on disk: the main file and the side files SQLite keeps beside it.

Opening by URI lets a caller refuse to create a missing file (`rw`) or read without writing (`ro`);
removing a database removes its journal files with it, so a later database of the same name never
replays an old journal.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# A profile's database, in the profile folder.
DB_FILE = "orientir.sqlite3"
SIDE_FILES = ("-wal", "-shm", "-journal")


def uri(path: Path, mode: str) -> str:
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open a database for reading without leaving anything beside it, e.g. on a user's flash drive.

    A file with no WAL beside it is read as immutable: otherwise a database in WAL mode copied
    from another computer would get `-wal` and `-shm` files created next to it.
    """
    immutable = "" if side_file(Path(path), "-wal").exists() else "&immutable=1"
    return sqlite3.connect(uri(path, "ro") + immutable, uri=True)


def remove_database(path: Path) -> None:
    """Delete a database file and its side files; missing ones are fine, other OS errors propagate."""
    for name in (path, *(side_file(path, suffix) for suffix in SIDE_FILES)):
        name.unlink(missing_ok=True)
