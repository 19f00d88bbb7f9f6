"""build/linux/install.sh in the folders people actually unpack to: odd characters, and XDG_DATA_HOME.

The menu entry must start the program from whatever folder it was unpacked into, or refuse in Russian
when the desktop entry format cannot spell that folder; nothing half-written is left behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_build_files import exec_path, install, unpacked

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux menu entry")


def validate(entry: Path) -> None:
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


@pytest.mark.parametrize("name", [
    "back\\slash", 'dq"quote', "back`tick", "one'quote", "dollar$HOME", "semi;amp&(x)", "Мои программы ~ #1",
])
def test_the_menu_entry_names_the_program_exactly_whatever_the_folder_is_called(tmp_path, name):
    folder = unpacked(tmp_path, f"{name}/orientir")
    home = tmp_path / "home"
    result = install(folder, home)
    assert result.returncode == 0, result.stderr
    entry = home / ".local/share/applications/orientir.desktop"
    assert exec_path(entry) == str(folder / "orientir")
    validate(entry)


@pytest.mark.parametrize("name", ["100%f", "tab\there", "line\nbreak"])
def test_a_folder_the_menu_cannot_name_is_refused_in_russian_and_nothing_is_written(tmp_path, name):
    folder = unpacked(tmp_path, f"{name}/orientir")
    home = tmp_path / "home"
    result = install(folder, home)
    assert result.returncode == 1
    assert "Переименуйте папку" in result.stderr
    assert not (home / ".local").exists()


def test_xdg_data_home_is_where_the_entry_and_icons_go(tmp_path):
    folder = unpacked(tmp_path, "orientir")
    data = tmp_path / "мои данные"
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(data)}
    result = subprocess.run(["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = data / "applications" / "orientir.desktop"
    assert exec_path(entry) == str(folder / "orientir")
    assert (data / "icons/hicolor/256x256/apps/orientir.png").exists()
    assert not (tmp_path / "home" / ".local").exists()
    removed = subprocess.run(["sh", str(folder / "install.sh"), "--remove"], env=env, capture_output=True, text=True)
    assert removed.returncode == 0 and not entry.exists()


def test_a_relative_start_with_cdpath_set_still_finds_the_folder(tmp_path):
    folder = unpacked(tmp_path, "Загрузки/orientir")
    env = {**os.environ, "HOME": str(tmp_path / "home"), "CDPATH": str(tmp_path)}
    env.pop("XDG_DATA_HOME", None)
    result = subprocess.run(["sh", "Загрузки/orientir/install.sh"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert exec_path(tmp_path / "home/.local/share/applications/orientir.desktop") == str(folder / "orientir")
