"""`make bench`: every benchmark of tests/perf/ in one run, and one table of all their figures at the end.

    .venv/bin/python tests/perf/bench.py [--quick] [--keep DIR] [--only GROUP,...] [--runs N] [--json FILE]

The groups, each measured beside its baseline or floor in this same run (each script's docstring says what
its floor is; each script still runs alone):

- startup  — tests/perf/startup.py: the window on the big department beside a bare PySide6 window; the matrix filter;
- exchange — tests/perf/exchange.py: a department importing its schools' bundles (it builds its own schools);
- reports  — tests/perf/reports.py: the справки and the monitoring form beside the plainest writers;
- import   — tests/perf/roadmap_import.py: a 500-activity Word roadmap;
- frozen   — tests/perf/frozen.py: the built program (dist/orientir) beside the source run; the folder's size.

The big department (300 schools × 150 activities) is built once into a temporary folder — or DIR with --keep,
built there once and reused — and shared by startup, reports and frozen. `--quick` makes everything smaller
(30 × 40) for a smoke run of a minute or two that checks the runner works; its ratios mean little, and the
table says it was quick. Missed targets are shown in the table, not as a failure: the exit code is 0 when
everything ran, 1 when a measurement broke (its row says how, the traceback is above the table).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.fsutil import atomic_write_bytes  # noqa: E402
from tests.perf import exchange, frozen, reports, roadmap_import, startup  # noqa: E402
from tests.perf.big_department import build_big_department  # noqa: E402
from tests.perf.table import Row, failed, print_table  # noqa: E402

GROUPS = ("startup", "exchange", "reports", "import", "frozen")
ON_THE_BIG_DEPARTMENT = {"startup", "reports", "frozen"}
FULL, QUICK = (300, 150), (30, 40)


def groups(text: str) -> list[str]:
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in GROUPS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown group {', '.join(unknown)}; choose from {','.join(GROUPS)}")
    return [name for name in GROUPS if name in chosen]


def measures(work: Path, department: Path | None, schools: int, activities: int,
             runs: int) -> dict[str, Callable[[], list[Row]]]:
    def exchange_rows() -> list[Row]:
        folder = work / "exchange"
        folder.mkdir()
        return exchange.measure(folder, schools, activities)

    return {
        "startup": lambda: startup.measure(department, runs),
        "exchange": exchange_rows,
        "reports": lambda: reports.measure(department),
        "import": roadmap_import.measure,
        "frozen": lambda: frozen.measure(department, runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"smaller sizes ({QUICK[0]} schools × {QUICK[1]} activities), "
                        "fewer runs: a smoke run of the runner")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build the big department into DIR once and reuse it")
    parser.add_argument("--only", type=groups, default=list(GROUPS), metavar="GROUP,...", help=f"some of {','.join(GROUPS)}")
    parser.add_argument("--runs", type=int, metavar="N", help="runs of each start-up for the medians (default 5, quick 2)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows to FILE as JSON")
    args = parser.parse_args(argv)
    schools, activities = QUICK if args.quick else FULL
    runs = args.runs or (2 if args.quick else 5)
    began, rows = time.perf_counter(), []
    with tempfile.TemporaryDirectory(prefix="orientir-bench-") as scratch:
        work = Path(scratch)
        department = None
        if ON_THE_BIG_DEPARTMENT & set(args.only):
            started = time.perf_counter()
            department = build_big_department(args.keep or work / "department", schools, activities)
            print(f"big department, {schools} schools × {activities} activities, built or reused in "
                  f"{time.perf_counter() - started:.1f} s (not counted): {department}", flush=True)
        chosen = measures(work, department, schools, activities, runs)
        for group in args.only:
            print(f"\n== {group}", flush=True)
            started = time.perf_counter()
            try:
                rows += chosen[group]()
            except Exception as error:  # the other groups are still worth having
                traceback.print_exc()
                rows.append(failed(group, "the whole group", error))
            print(f"== {group}: {time.perf_counter() - started:.0f} s", flush=True)
    title = (f"Orientir benchmarks, {datetime.now():%d.%m.%Y %H:%M}, {platform.system()} {platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}; big department {schools} schools × "
             f"{activities} activities, medians of {runs} runs; {time.perf_counter() - began:.0f} s in all")
    if args.quick:
        title += "\nQUICK RUN (--quick): smaller sizes and fewer runs to check the runner; the figures are not the targets' test"
    notes = (reports.LEGEND,) if "reports" in args.only else ()
    print_table(rows, title, notes)
    if args.json:
        document = {"title": title, "quick": args.quick, "schools": schools, "activities": activities, "runs": runs,
                    "rows": [row.as_json() for row in rows]}
        atomic_write_bytes(args.json, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
        print(f"rows written to {args.json}")
    return 1 if any(row.error for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
