"""Opening the SQLite file the right way: WAL, foreign keys, full sync, busy timeout, real transactions.

pysqlite's own transaction handling does not wrap DDL and begins lazily; we switch it off and emit
BEGIN ourselves (SQLAlchemy's documented recipe), so migrations and imports are atomic. A session
that will write asks for BEGIN IMMEDIATE, so it takes the write lock up front instead of failing with
"database is locked" halfway through.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _busy_timeout_ms() -> int:
    """How long to wait for another window or command to finish writing (a slow network drive may want more)."""
    value = os.environ.get("ORIENTIR_BUSY_TIMEOUT_MS", "")
    return int(value) if value.isdigit() else 15_000


BUSY_TIMEOUT_MS = _busy_timeout_ms()
IMMEDIATE = "immediate"


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        # Built, not formatted: a "?" or "#" in a folder name must stay part of the path.
        URL.create("sqlite", database=str(db_path)),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(reading, writing) session factories; objects stay usable after commit."""
    reading = sessionmaker(bind=engine, expire_on_commit=False)
    writing = sessionmaker(bind=engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False)
    return reading, writing
