"""A system without the graphics libraries the built program takes from it gets the package to install, in Russian.

Seen for real on a bare Debian 12 (debootstrap minbase) with the built folder: `orientir --selftest` said
libGL.so.1, then libdbus-1.so.3, and opened once libgl1, libegl1 and libdbus-1-3 were installed. Here the
loader's failure is reproduced by a finder that refuses `ui.launcher` with the loader's own words.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
class NoGL:
    def find_spec(self, name, path=None, target=None):
        if name == "ui.launcher":
            raise ImportError("%s: cannot open shared object file: No such file or directory")
sys.meta_path.insert(0, NoGL())
from app.entry import start_window
sys.exit(start_window(None, selftest=True))
"""


def start_without(library: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM % library], capture_output=True, text=True)


def test_a_missing_libgl_names_the_package_for_each_distribution():
    result = start_without("libGL.so.1")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "нет библиотеки libGL.so.1" in result.stderr
    assert "sudo apt-get install libgl1" in result.stderr
    assert "apt-get install libGL" in result.stderr
    assert "sudo dnf install libglvnd-glx" in result.stderr
    assert "Команды orientir работают и без неё" in result.stderr


def test_an_unknown_missing_library_is_named_with_where_to_look():
    result = start_without("libxcb-cursor.so.0")
    assert result.returncode == 1
    assert "нет библиотеки libxcb-cursor.so.0" in result.stderr
    assert "docs/system-packages.md" in result.stderr
