"""Attaching a file survives being killed at any moment: the kill script, run as part of the suite.

The full 100-run figure is produced by `python tests/crash/kill_attach.py --runs 100`; the suite runs a
shorter series with a fixed seed so it stays quick while still landing kills in every phase.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "crash" / "kill_attach.py"


@pytest.mark.slow
def test_killing_progress_set_attach_never_damages_the_profile():
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--runs", "30", "--seed", "7", "--min-mb", "2", "--max-mb", "8"],
        capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Итог: всё в порядке" in completed.stdout


IMPORT_SCRIPT = Path(__file__).resolve().parent / "crash" / "kill_import.py"


@pytest.mark.slow
def test_killing_an_import_of_fifty_bundles_never_damages_the_department():
    """The full 200-run figure: `python tests/crash/kill_import.py --runs 200`."""
    completed = subprocess.run(
        [sys.executable, str(IMPORT_SCRIPT), "--runs", "20", "--seed", "7"],
        capture_output=True, text=True, encoding="utf-8", timeout=900,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Итог: OK" in completed.stdout
