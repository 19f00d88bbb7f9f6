"""The integrity check a profile's database passes before anything reads it, startable ahead of time.

`PRAGMA quick_check` reads every page: a quarter of a second for a district's 100 MB database. The window
starts it in a thread as the program starts — sqlite3 lets other Python threads run while it reads — so it
overlaps loading Qt and SQLAlchemy; `quick_check` then takes that result instead of reading again. Nothing
reads the database through the program before the result is in. Standard library only, so starting it
costs nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from db.files import uri

_pending: dict[Path, tuple[threading.Thread, list[tuple[bool, str]]]] = {}
_lock = threading.Lock()


def start_quick_check(db_path: Path) -> None:
    """Begin checking `db_path` in the background; a later `quick_check` of the same file waits for it."""
    key = Path(db_path).resolve()
    result: list[tuple[bool, str]] = []
    thread = threading.Thread(target=lambda: result.append(_check(key)), name="orientir-quick-check", daemon=True)
    with _lock:
        if key in _pending:
            return
        _pending[key] = (thread, result)
    thread.start()


def quick_check(db_path: Path) -> tuple[bool, str]:
    """(intact, details): the check started earlier for this file if there was one, else one made now."""
    key = Path(db_path).resolve()
    with _lock:
        pending = _pending.pop(key, None)
    if pending is not None:
        thread, result = pending
        thread.join()
        if result:
            return result[0]
    return _check(key)


def _check(db_path: Path) -> tuple[bool, str]:
    try:
        connection = sqlite3.connect(uri(db_path, "rw"), uri=True, timeout=15)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
        return rows == [("ok",)], repr(rows[:20])
    except sqlite3.DatabaseError as error:
        return False, repr(error)
