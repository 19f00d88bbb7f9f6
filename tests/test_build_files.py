"""The files that ship beside the built program: the Linux menu entry, its installer and the icon.

The build itself (PyInstaller, minutes) is checked by `.ci/run` through build/smoke.py on the real folder;
these tests cover what a person meets after unpacking it, quickly and without building.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "build" / "linux"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux menu entry")


def unpacked(tmp_path: Path, name: str) -> Path:
    """A folder laid out as the archive unpacks: the program, _internal/resources/icons, install.sh."""
    folder = tmp_path / name
    (folder / "_internal" / "resources" / "icons").mkdir(parents=True)
    for path in (ROOT / "resources" / "icons").glob("orientir-*.png"):
        shutil.copy2(path, folder / "_internal" / "resources" / "icons" / path.name)
    for path in LINUX.iterdir():
        shutil.copy2(path, folder / path.name)
    program = folder / "orientir"
    program.write_text("#!/bin/sh\necho started\n")
    program.chmod(0o755)
    return folder


def install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(["sh", str(folder / "install.sh"), *args], env=env, capture_output=True, text=True)


def exec_path(entry: Path) -> str:
    """The program path as a desktop reads Exec: the file's string escapes, then the quoted argument's."""
    line = next(line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))
    value = line.removeprefix("Exec=").replace("\\\\", "\\")
    assert value.startswith('"') and value.endswith('"'), value
    inner, out, escaped = value[1:-1], [], False
    for char in inner:
        if escaped or char != "\\":
            out.append(char)
            escaped = False
        else:
            escaped = True
    return "".join(out)


def test_install_adds_a_menu_entry_that_starts_the_program_from_a_folder_with_spaces_and_cyrillic(tmp_path):
    folder = unpacked(tmp_path, "Загрузки/Ориентир 2026 $дом")
    home = tmp_path / "home"
    result = install(folder, home)
    assert result.returncode == 0, result.stderr
    assert "добавлен в меню" in result.stdout
    entry = home / ".local/share/applications/orientir.desktop"
    assert exec_path(entry) == str(folder / "orientir")
    assert (home / ".local/share/icons/hicolor/48x48/apps/orientir.png").exists()
    text = entry.read_text(encoding="utf-8")
    assert "Name=Ориентир" in text and "Icon=orientir" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_remove_takes_the_entry_out_and_leaves_the_program(tmp_path):
    folder = unpacked(tmp_path, "orientir")
    home = tmp_path / "home"
    install(folder, home)
    result = install(folder, home, "--remove")
    assert result.returncode == 0
    assert not (home / ".local/share/applications/orientir.desktop").exists()
    assert (folder / "orientir").exists()


def test_install_outside_the_unpacked_folder_says_what_to_do(tmp_path):
    folder = tmp_path / "stray"
    folder.mkdir()
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    result = install(folder, tmp_path / "home")
    assert result.returncode == 1
    assert "Запустите install.sh из распакованной папки" in result.stderr


def test_the_icon_is_there_at_every_size_the_menu_and_windows_ask_for():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 64, 128, 256):
        with Image.open(icons / f"orientir-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(icons / "orientir.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
