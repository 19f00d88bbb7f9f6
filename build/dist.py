"""Build the one-folder program: PyInstaller with build/orientir.spec, then the checks and the archive.

    python3 dev.py dist        (or `make dist`; dev.py prepares the venv with requirements-build.txt)

Steps: PyInstaller from a clean work folder (`build/work/`, git-ignored) into `dist/orientir/`; on Linux
the menu entry files (`install.sh`, `orientir.desktop`) beside the program; the size budget (at most
150 MB — a school downloads it over a rural line); on Linux the glibc floor and the libraries left to the
system (build/linux_floor.py); last the archive a school receives: `dist/orientir-VERSION-linux-x86_64.tar.gz`
or `dist/orientir-VERSION-windows-x64.zip`. PyInstaller's own output goes to `build/work/pyinstaller.log`
and is shown only when it fails. `python3 build/smoke.py` then runs the built program.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linux_floor import floor  # noqa: E402  (beside this file: sys.path[0])

from app import __version__  # noqa: E402

WORK = ROOT / "build" / "work"
DIST = ROOT / "dist"
FOLDER = DIST / "orientir"
BUDGET_MB = 150
LINUX_EXTRAS = ROOT / "build" / "linux"


def folder_size_mb(folder: Path) -> float:
    """Bytes of the files themselves (links counted once, as the archive stores them), in MiB."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 2**20


def run_pyinstaller() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    log = WORK / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "orientir.spec"), "--noconfirm", "--clean",
               "--workpath", str(WORK), "--distpath", str(DIST)]
    with log.open("w", encoding="utf-8") as output:
        completed = subprocess.run(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
    if completed.returncode != 0:
        print(log.read_text(encoding="utf-8", errors="replace")[-6000:])
        raise SystemExit(f"PyInstaller не собрал программу (код {completed.returncode}); весь вывод: {log}")


def archive() -> Path:
    if os.name == "nt":
        base = DIST / f"orientir-{__version__}-windows-x64"
        return Path(shutil.make_archive(str(base), "zip", DIST, FOLDER.name))
    base = DIST / f"orientir-{__version__}-linux-x86_64"
    return Path(shutil.make_archive(str(base), "gztar", DIST, FOLDER.name))


def main() -> int:
    started = time.perf_counter()
    print(f"[dist] PyInstaller: build/orientir.spec → {FOLDER.relative_to(ROOT)} …", flush=True)
    run_pyinstaller()
    if sys.platform.startswith("linux"):
        for name in ("install.sh", "orientir.desktop"):
            shutil.copy2(LINUX_EXTRAS / name, FOLDER / name)
    size = folder_size_mb(FOLDER)
    print(f"[dist] size: {size:.0f} MB (budget {BUDGET_MB} MB)")
    if size > BUDGET_MB:
        print(f"[dist] ERROR: the folder is over the {BUDGET_MB} MB budget; see what grew with "
              f"`du -sh dist/orientir/_internal/* | sort -h`")
        return 1
    if sys.platform.startswith("linux"):
        newest, _, from_system = floor(FOLDER)
        print(f"[dist] glibc floor {newest[0]}.{newest[1]}; from the system: {', '.join(sorted(from_system))}")
        if newest > (2, 28):
            print("[dist] note: built here, it runs on systems with this glibc or newer; the build for Astra Linux 1.7 "
                  "and RED OS 7.3 (glibc 2.28) is made in the manylinux_2_28 container, build/linux.md")
    packed = archive()
    print(f"[dist] archive: {packed.relative_to(ROOT)} ({packed.stat().st_size / 2**20:.0f} MB)")
    print(f"[dist] done in {time.perf_counter() - started:.0f} s; check it with: python3 build/smoke.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
