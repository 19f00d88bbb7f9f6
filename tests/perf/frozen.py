"""Benchmark (not a test): the built program (`make dist`, PyInstaller one-folder) beside the same code from source.

    .venv/bin/python tests/perf/frozen.py [--keep DIR] [--schools 300] [--activities 150] [--runs 5] [--dist DIR]

On the big department (tests/perf/big_department.py), in the same run, each in a fresh process, the two taking
turns after one unmeasured run of each (the disk cache is then warm for both alike), median of `--runs`:

- start-up to the window drawn: the built `dist/orientir/orientir --data-dir P --selftest` (on Windows its
  console twin `orientir-cli.exe`) beside `python -m app --data-dir P --selftest` with the project's python;
- one command both ways: `school list --json` on the same profile (it reads every school's progress).

Target: the built program within 1.5× of the source (unpacking nothing, it should be about as fast; a slower
one means the bundle imports more than the source run does). Last, the size of dist/orientir: target ≤ 150 MB.
When dist/orientir is missing the rows say so and nothing fails.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.big_department import build_big_department  # noqa: E402
from tests.perf.startup import medians  # noqa: E402
from tests.perf.table import Row, exit_code, print_table  # noqa: E402

DIST = ROOT / "dist" / "orientir"
TARGET_RATIO, TARGET_MB = 1.5, 150
NOT_BUILT = "not built — run make dist first"


def built_program(dist: Path = DIST) -> Path | None:
    """The built program's console executable in `dist`, or None when it has not been built."""
    program = dist / ("orientir-cli.exe" if sys.platform == "win32" else "orientir")
    return program if program.is_file() else None


def folder_mb(folder: Path) -> float:
    """The bytes of every file under `folder` (links not followed), in MB."""
    total = 0
    for parent, _folders, files in os.walk(folder):
        total += sum(os.lstat(os.path.join(parent, name)).st_size for name in files)
    return total / 2**20


def measure(profile: Path, runs: int, dist: Path = DIST) -> list[Row]:
    program = built_program(dist)
    source = [sys.executable, "-m", "app"]
    commands = (("start-up to the window drawn, built vs source (median)", ["--selftest"]),
                ("`school list --json`, built vs source (median)", ["school", "list", "--json"]))
    rows = []
    for name, rest in commands:
        if program is None:
            rows.append(Row("frozen", name, None, "ms", target=f"≤ {TARGET_RATIO:g}×", note=NOT_BUILT))
            continue
        arguments = ["--data-dir", str(profile), *rest]
        built_time, source_time = medians([str(program), *arguments], [*source, *arguments], runs)
        rows.append(Row("frozen", name, built_time * 1000, "ms", "python -m app, same profile", source_time * 1000,
                        f"≤ {TARGET_RATIO:g}×", built_time <= TARGET_RATIO * source_time))
    if dist.is_dir():
        size = folder_mb(dist)
        rows.append(Row("frozen", "size of dist/orientir", size, "MB", target=f"≤ {TARGET_MB} MB", met=size <= TARGET_MB))
    else:
        rows.append(Row("frozen", "size of dist/orientir", None, "MB", target=f"≤ {TARGET_MB} MB", note=NOT_BUILT))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="build (or reuse) the big department here instead of a temporary folder")
    parser.add_argument("--schools", type=int, default=300)
    parser.add_argument("--activities", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=DIST, help="the built folder (default: dist/orientir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        started = time.perf_counter()
        profile = build_big_department(args.keep or Path(temporary) / "big", args.schools, args.activities)
        print(f"big department ready in {time.perf_counter() - started:.1f} s: {profile}")
        rows = measure(profile, args.runs, args.dist)
    print_table(rows)
    return exit_code(rows)


if __name__ == "__main__":
    sys.exit(main())
