"""What a built Linux folder asks of the system it runs on: the oldest glibc and the libraries not shipped.

    python3 build/linux_floor.py [dist/orientir] [--max-glibc 2.28]

Reads every ELF file in the folder with `objdump -p` (binutils, which PyInstaller needs anyway): the
GLIBC_x.y symbol versions they require, and the libraries they link that the folder does not carry.
The oldest targets are Astra Linux 1.7 (glibc 2.28), ALT 10 (2.32) and RED OS 7.3 (2.28): a folder
built on a newer system than manylinux_2_28 requires a newer glibc and will not start there —
`--max-glibc 2.28` makes that an error (build/linux.md builds in a manylinux_2_28 container).
Standard library only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Libraries every target has from its C library; never shipped, never a package to name.
GLIBC_PARTS = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux[\w-]*)\.so")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def describe(path: Path) -> tuple[set[str], set[tuple[int, int]]]:
    """(libraries the file links, glibc versions it requires)."""
    listing = _headers(path)
    versions = {(int(a), int(b)) for a, b in re.findall(r"\bGLIBC_(\d+)\.(\d+)", listing)}
    return set(_needed(listing)), versions


def linked_libraries(path: Path | str) -> list[str]:
    """The libraries an ELF file names itself (DT_NEEDED), not ldd's closure through the system's libraries."""
    return _needed(_headers(path))


def _headers(path: Path | str) -> str:
    return subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout


def _needed(listing: str) -> list[str]:
    return re.findall(r"^\s*NEEDED\s+(\S+)", listing, re.MULTILINE)


def floor(folder: Path) -> tuple[tuple[int, int], dict[tuple[int, int], list[str]], dict[str, list[str]]]:
    """The newest glibc any file requires, which files require each version, and the libraries left to the system."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink() and is_elf(path)]
    shipped = {path.name for path in folder.rglob("*") if path.is_file()}
    by_version: dict[tuple[int, int], list[str]] = {}
    from_system: dict[str, list[str]] = {}
    for path in files:
        needed, versions = describe(path)
        for version in versions:
            by_version.setdefault(version, []).append(str(path.relative_to(folder)))
        for library in needed - shipped:
            if not GLIBC_PARTS.match(library):
                from_system.setdefault(library, []).append(path.name)
    newest = max(by_version, default=(0, 0))
    return newest, by_version, from_system


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "orientir")
    parser.add_argument("--max-glibc", help="fail when a file needs a newer glibc than this (e.g. 2.28)")
    args = parser.parse_args(argv)
    newest, by_version, from_system = floor(args.folder)
    print(f"glibc floor: {newest[0]}.{newest[1]}")
    for version in sorted(by_version, reverse=True)[:3]:
        files = sorted(by_version[version])
        print(f"  GLIBC_{version[0]}.{version[1]}: {', '.join(files[:4])}{' …' if len(files) > 4 else ''}")
    print("libraries taken from the system: " + ", ".join(sorted(from_system)))
    if args.max_glibc:
        limit = tuple(int(part) for part in args.max_glibc.split("."))
        if newest > limit:
            print(f"ERROR: the folder needs glibc {newest[0]}.{newest[1]}, newer than {args.max_glibc}: "
                  "it will not start on the oldest targets. Build in the manylinux_2_28 container (build/linux.md).")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
