"""The database check started ahead of the window gives the same verdict as one made when the profile opens."""

from __future__ import annotations

from app.demo import build_demo_school
from db.files import DB_FILE
from db.integrity import quick_check, start_quick_check


def test_a_check_started_ahead_passes_an_intact_profile_and_refuses_a_damaged_one(tmp_path):
    good, bad = tmp_path / "good", tmp_path / "bad"
    build_demo_school(good).close()
    build_demo_school(bad).close()
    (bad / DB_FILE).write_bytes(b"\x00\xff garbage \x00" * 4096)
    start_quick_check(good / DB_FILE)
    start_quick_check(bad / DB_FILE)
    assert quick_check(good / DB_FILE)[0] is True
    intact, details = quick_check(bad / DB_FILE)
    assert intact is False and details


def test_without_a_check_ahead_the_profile_is_checked_when_it_opens(tmp_path):
    build_demo_school(tmp_path / "p").close()
    assert quick_check(tmp_path / "p" / DB_FILE)[0] is True
