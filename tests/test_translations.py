"""Every string the program shows is in the one catalogue a reviewer edits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_catalogue_holds_every_user_visible_string():
    completed = subprocess.run(
        [sys.executable, "tools/translations.py", "--check"], cwd=ROOT, capture_output=True, text=True, encoding="utf-8"
    )
    assert completed.returncode == 0, "run `python tools/translations.py`:\n" + completed.stdout + completed.stderr
