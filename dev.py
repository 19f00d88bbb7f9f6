"""Run Orientir and its tests from a fresh checkout with nothing but Python 3.11.

    python3 dev.py run  [app arguments]     starts the program (`python -m app ...`)
    python3 dev.py test [pytest arguments]  runs the tests offscreen, exits with pytest's code
    python3 dev.py dist                     builds the one-folder program into dist/orientir (build/dist.py)
    python3 dev.py bench [bench arguments]  runs the benchmarks and prints one table (tests/perf/bench.py)

Both create `.venv` beside this file when it is missing, install the pinned requirements only
when they changed since the last install (sha256 stamp in `.venv`), and on Linux check that Qt's
system libraries are there, installing them with apt-get when run as root. Standard library only:
this file runs before any dependency exists. Messages are Russian because people read them.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "orientir-requirements.sha256"
REQUIREMENTS = {"run": ["requirements.txt"], "test": ["requirements.txt", "requirements-dev.txt"],
                "dist": ["requirements.txt", "requirements-build.txt"]}
LINUX = sys.platform.startswith("linux")

# Shared libraries Qt needs beyond a bare Debian 12 (debootstrap minbase) and their packages.
# Found with `ldd` on PySide6's Qt modules and platform plugins and `dpkg -S` on each library;
# docs/system-packages.md has the lists and how they were made.
DEBIAN_PACKAGES = {
    "libbrotlicommon.so.1": "libbrotli1", "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0", "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1", "libexpat.so.1": "libexpat1",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libGL.so.1": "libgl1", "libGLdispatch.so.0": "libglvnd0", "libGLX.so.0": "libglx0",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16", "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6", "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
}
# What each Qt platform loads, relative to PySide6/; ldd follows their dependencies.
QT_FILES = {
    "offscreen": ["QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so",
                  "Qt/plugins/platforms/libqoffscreen.so"],
    "xcb": ["Qt/plugins/platforms/libqxcb.so", "Qt/plugins/xcbglintegrations/*.so"],
}
QT_PROBE = "from PySide6 import QtWidgets; QtWidgets.QApplication([])"
USAGE = """Как пользоваться:
    python3 dev.py run  [параметры программы]  — запустить «Ориентир»
    python3 dev.py test [параметры pytest]     — прогнать тесты
    python3 dev.py dist                        — собрать программу в папку dist/orientir
    python3 dev.py bench                       — замерить скорость (таблица сравнений)"""


def say(text: str) -> None:
    print(f"[dev.py] {text}", flush=True)


def fail(text: str, details: str = "") -> None:
    if details:
        print(details.rstrip(), file=sys.stderr)
    print(f"[dev.py] {text}", file=sys.stderr, flush=True)
    sys.exit(1)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run_quietly(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    """Runs a command keeping its output for the case it fails."""
    return subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace", **kwargs)


def can_use_apt() -> bool:
    return LINUX and os.geteuid() == 0 and shutil.which("apt-get") is not None


APT_ENV = dict(os.environ, DEBIAN_FRONTEND="noninteractive")


@functools.cache
def apt_update() -> None:
    """Refreshes the package lists, once per run: a fresh machine has none."""
    result = run_quietly(["apt-get", "update"], env=APT_ENV)
    if result.returncode != 0:
        fail("Не удалось обновить список пакетов (apt-get update). Проверьте интернет.",
             result.stdout)


def apt_install(packages: list[str]) -> None:
    say("Устанавливаю системные пакеты: " + " ".join(packages))
    apt_update()
    install = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    result = run_quietly(install, env=APT_ENV)
    if result.returncode != 0:
        fail("Не удалось установить системные пакеты (apt-get install).", result.stdout)


def create_venv() -> None:
    """Creates .venv; Debian's python3 without python3-venv gets the package first, as root."""
    venv_package = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
    for attempt in (1, 2):
        say("Создаю виртуальное окружение .venv …")
        result = run_quietly([sys.executable, "-m", "venv", VENV], cwd=ROOT)
        if result.returncode == 0:
            return
        shutil.rmtree(VENV, ignore_errors=True)
        if "ensurepip" not in result.stdout:
            fail("Не удалось создать .venv.", result.stdout)
        if attempt == 1 and can_use_apt():
            apt_install([venv_package])
            continue
        fail("В системе нет модуля venv для Python. Установите его командой:\n"
             f"    sudo apt-get install {venv_package}\n"
             "и запустите эту команду снова.")


def digest(names: list[str]) -> dict[str, str]:
    files = names + (["pyproject.toml"] if (ROOT / "pyproject.toml").exists() else [])
    return {name: hashlib.sha256((ROOT / name).read_bytes()).hexdigest() for name in files}


def read_stamp() -> dict[str, str]:
    if not STAMP.exists():
        return {}
    pairs = (line.split(maxsplit=1) for line in STAMP.read_text().splitlines() if line.strip())
    return {name: sha for sha, name in pairs}


def ensure_requirements(command: str) -> None:
    """Installs the pinned requirements and the project (editable) unless the stamp has them."""
    wanted = digest(REQUIREMENTS[command])
    stamp = read_stamp()
    if all(stamp.get(name) == sha for name, sha in wanted.items()):
        return
    python = venv_python()
    # A .venv left without pip (an interrupted creation) is rebuilt rather than repaired.
    if run_quietly([python, "-c", "import pip"]).returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)
        create_venv()
        stamp = {}
    say("Устанавливаю библиотеки Python; в первый раз это займёт несколько минут …")
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    steps = [pip + ["-r", REQUIREMENTS[command][-1]]]
    if (ROOT / "pyproject.toml").exists():
        steps.append(pip + ["-e", ".", "--no-deps"])
    for step in steps:
        result = run_quietly(step, cwd=ROOT)
        if result.returncode != 0:
            fail("Не удалось установить библиотеки Python (pip). Проверьте интернет и повторите.",
                 result.stdout)
    stamp.update(wanted)
    STAMP.write_text("".join(f"{sha}  {name}\n" for name, sha in sorted(stamp.items())))


def missing_libraries(platform: str, error_output: str) -> set[str]:
    """Shared libraries Qt could not find: from ldd over the platform's files and the error text."""
    missing = set(re.findall(r"([\w.+-]+\.so[\w.]*): cannot open shared object", error_output))
    if not shutil.which("ldd"):
        return missing
    for site in glob.glob(str(VENV / "lib/python3*/site-packages/PySide6")):
        for pattern in QT_FILES[platform]:
            for path in glob.glob(os.path.join(site, pattern)):
                ldd = run_quietly(["ldd", path]).stdout
                missing.update(re.findall(r"^\s*(\S+) => not found", ldd, re.MULTILINE))
    return missing


def ensure_qt(platform: str) -> None:
    """Starts a QApplication on `platform` in the venv; installs or names missing libraries."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    for attempt in (1, 2):
        probe = run_quietly([venv_python(), "-c", QT_PROBE], env=env, cwd=ROOT, timeout=120)
        if probe.returncode == 0:
            return
        missing = missing_libraries(platform, probe.stdout)
        if not missing and platform == "xcb":
            fail(f"Не удалось открыть окно на экране DISPLAY={os.environ.get('DISPLAY')} "
                 "(подробности выше).\nПроверьте, что рабочий стол запущен, или запустите "
                 "программу на виртуальном экране:\n    xvfb-run -a python3 dev.py run",
                 probe.stdout)
        if not missing:
            fail("Qt не запускается (подробности выше).", probe.stdout)
        packages = sorted({DEBIAN_PACKAGES.get(lib, "") for lib in missing} - {""})
        unknown = sorted(lib for lib in missing if lib not in DEBIAN_PACKAGES)
        if attempt == 1 and can_use_apt() and packages:
            apt_install(packages)
            continue
        text = "Для Qt, на котором построены окна программы, не хватает системных библиотек:\n    "
        text += " ".join(sorted(missing)) + "\n"
        if packages:
            text += f"Установите их командой:\n    sudo apt-get install {' '.join(packages)}\n"
        if unknown:
            text += f"Пакет, в котором лежат {' '.join(unknown)}, подскажет `apt-file search`.\n"
        fail(text + "Затем запустите эту команду снова.", probe.stdout)


def ensure_objdump() -> None:
    """PyInstaller reads Linux libraries with objdump (binutils), which a bare system lacks."""
    if not LINUX or shutil.which("objdump"):
        return
    if can_use_apt():
        apt_install(["binutils"])
        return
    fail("Для сборки нужна программа objdump. Установите её командой:\n"
         "    sudo apt-get install binutils\n"
         "и запустите эту команду снова.")


def ensure_display() -> None:
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return
    fail("Нет графического экрана: окно программы негде показать.\n"
         "Запустите программу на компьютере с рабочим столом или через виртуальный экран:\n"
         "    sudo apt-get install xvfb xauth\n"
         "    xvfb-run -a python3 dev.py run")


def prepare(command: str, qt_platforms: list[str]) -> Path:
    if not venv_python().exists():
        shutil.rmtree(VENV, ignore_errors=True)
        create_venv()
    ensure_requirements(command)
    if LINUX:
        for platform in qt_platforms:
            ensure_qt(platform)
    return venv_python()


def hand_over(cmd: list, env: dict) -> None:
    """Replaces this process on POSIX so signals and the exit code are the child's own."""
    cmd = [str(c) for c in cmd]
    os.chdir(ROOT)
    if os.name == "posix":
        os.execve(cmd[0], cmd, env)
    sys.exit(subprocess.call(cmd, env=env))


def main(argv: list[str]) -> None:
    if sys.version_info < (3, 11):
        fail("Нужен Python 3.11 или новее; запустите dev.py через python3.11.")
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    if command == "run":
        wants_window = LINUX and not args
        if wants_window:
            ensure_display()
        on_x11 = os.environ.get("DISPLAY") and (os.environ.get("QT_QPA_PLATFORM") or "xcb") == "xcb"
        window = ["xcb"] if wants_window and on_x11 else []
        python = prepare("run", ["offscreen", *window])
        hand_over([python, "-m", "app", *args], dict(os.environ))
    elif command == "test":
        python = prepare("test", ["offscreen"])
        hand_over([python, "-m", "pytest", *args], dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    elif command == "dist":
        python = prepare("dist", ["offscreen"])
        ensure_objdump()
        hand_over([python, ROOT / "build" / "dist.py", *args], dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    elif command == "bench":
        python = prepare("run", ["offscreen"])
        hand_over([python, ROOT / "tests" / "perf" / "bench.py", *args], dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    else:
        print(USAGE, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
