"""Shared fixtures: a fresh profile folder per test, and the command line run in-process or as a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def qt_settings(tmp_path):
    """The window's preferences (QSettings) and the standard folders kept inside the test's folder."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings("Orientir", "Orientir").clear()


@pytest.fixture
def cli(capsys):
    """Run `orientir ARGS` in this process; returns exit code, stdout and stderr."""
    from app.cli.main import main

    def run(*args: str | Path) -> Run:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def query(root: Path, sql: str, *args) -> list[tuple]:
    """Read the profile's database directly, as a support person with sqlite3 would."""
    connection = sqlite3.connect(root / "orientir.sqlite3")
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def db_dump(root: Path) -> list[str]:
    """The whole profile database as SQL text: equal before and after means nothing changed."""
    connection = sqlite3.connect(Path(root) / "orientir.sqlite3")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def run_process(*args: str | Path, env: dict | None = None, preexec_fn=None) -> Run:
    """Run `python -m app ARGS` as a real process, as a user would."""
    completed = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        preexec_fn=preexec_fn,
        timeout=120,
    )
    return Run(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def department(tmp_path, cli) -> Path:
    """A department profile with one municipal roadmap: two school activities and one the department runs itself."""
    from datetime import date

    from app.profile import ProfileInfo, open_profile
    from app.roadmaps import ActivityFields, add_activity, add_section, create_roadmap

    root = tmp_path / "department"
    assert cli("--data-dir", root, "init", "department", "--name", "Отдел образования Тестового района").code == 0
    store = open_profile(root)
    try:
        info: ProfileInfo = store.info
        with store.writing() as session:
            roadmap = create_roadmap(session, info, "Дорожная карта на 2024 год", period=(date(2024, 1, 1), date(2024, 12, 31)))
            section = add_section(session, roadmap, "1. Мероприятия по мониторингу и аналитике", number="1")
            add_activity(session, roadmap, ActivityFields("1.1", "Анализ результатов ВПР", deadline_text="Январь-февраль, 2024",
                                                          windows=[(date(2024, 1, 1), date(2024, 2, 29))]), section)
            add_activity(session, roadmap, ActivityFields("1.2", "Семинар для заместителей директоров", deadline_text="март 2024 года",
                                                          windows=[(date(2024, 3, 1), date(2024, 3, 31))], by_department=True,
                                                          by_schools=False, responsible="управление образования"), section)
            add_activity(session, roadmap, ActivityFields("1.3", "Отчётные сессии руководителей школ", deadline_text="ежеквартально",
                                                          windows=[(date(2024, 1, 1), date(2024, 12, 31))], recurrence="quarterly",
                                                          by_department=True, by_schools=True), section)
    finally:
        store.close()
    return root


@pytest.fixture
def demo_school(tmp_path) -> Path:
    from app.demo import build_demo_school

    root = tmp_path / "school"
    build_demo_school(root).close()
    return root
