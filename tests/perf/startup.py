"""Benchmark (not a test): the department's window opening on 300 schools × 150 activities, and the matrix filter.

    .venv/bin/python tests/perf/startup.py [--keep DIR] [--runs 5]

Start-up: from process start to the main window drawn, `orientir --selftest --data-dir DIR` on the big
department (tests/perf/big_department.py; the window opens on its overview), beside a bare PySide6 window
(QApplication, a QMainWindow with a label, shown and drawn the same way) started in a fresh process in the
same run. Both run offscreen and end right after the first paint; the median of `--runs` is compared.
Target: within 3× of the bare window.

Filtering: the matrix page over the same profile (45,000 cells) in this process; each filter change as the
person makes it (the proxy works out rows and columns, the view takes them). Target: under 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.big_department import build_big_department  # noqa: E402
from tests.perf.table import Row, exit_code, print_table  # noqa: E402

TODAY = date(2026, 1, 20)
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Ориентир"))
window.resize(1366, 768)
window.show()
app.processEvents()
app.processEvents()
window.grab()
"""


def _timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stderr}")
    return elapsed


def medians(first: list[str], second: list[str], runs: int) -> tuple[float, float]:
    """The median seconds of each command, each run in a fresh process, offscreen, the two taking turns."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # As on a person's machine, Python keeps its compiled modules: without this a developer shell that sets
    # PYTHONDONTWRITEBYTECODE would charge every run from source for compiling the project again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # One of each first, unmeasured: the disk cache is then warm for both alike, and the bytecode written.
    _timed(first, env)
    _timed(second, env)
    first_times, second_times = [], []
    for _ in range(runs):
        first_times.append(_timed(first, env))
        second_times.append(_timed(second, env))
    return statistics.median(first_times), statistics.median(second_times)


def startup(profile: Path, runs: int) -> tuple[float, float]:
    app = [sys.executable, "-m", "app", "--data-dir", str(profile), "--selftest"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    bare_time, app_time = medians(bare, app, runs)
    return app_time, bare_time


def filtering(profile: Path, runs: int) -> tuple[int, list[tuple[str, float]]]:
    """The matrix's cells, and each filter step with its median seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.overview import STATUS_CODES
    from app.profile import open_profile
    from ui.context import WindowContext
    from ui.launcher import prepare
    from ui.matrix_page import MatrixPage

    application = QApplication.instance() or QApplication(sys.argv[:1])
    prepare(application)
    store = open_profile(profile)
    try:
        page = MatrixPage(WindowContext(store, TODAY))
        page.resize(1366, 768)
        page.show()
        application.processEvents()
        cells = len(page.model.matrix.codes)
        steps = [
            ("школа «сош»", lambda: page.search.setText("сош")),
            ("раздел 3", lambda: page.section_choice.setCurrentIndex(3)),
            ("статус «выполнено»", lambda: page.status_choice.setCurrentIndex(page.status_choice.findData(STATUS_CODES["done"]))),
            ("только просроченные", lambda: page.overdue_only.setChecked(True)),
            ("всё сброшено", lambda: (page.search.clear(), page.section_choice.setCurrentIndex(0),
                                      page.status_choice.setCurrentIndex(0), page.overdue_only.setChecked(False))),
        ]
        results: dict[str, list[float]] = {name: [] for name, _ in steps}
        for _ in range(runs):
            for name, step in steps:
                started = time.perf_counter()
                step()
                application.processEvents()
                results[name].append(time.perf_counter() - started)
        page.close()
    finally:
        store.close()
    return cells, [(name, statistics.median(times)) for name, times in results.items()]


def measure(profile: Path, runs: int) -> list[Row]:
    app_time, bare_time = startup(profile, runs)
    rows = [Row("startup", "start-up to the window drawn (median)", app_time * 1000, "ms",
                "a bare PySide6 window, fresh process", bare_time * 1000, "≤ 3×", app_time <= 3 * bare_time)]
    cells, filters = filtering(profile, runs)
    rows += [Row("startup", f"matrix filter: {name}", seconds * 1000, "ms", target="< 100 ms", met=seconds < 0.1,
                 note=f"{cells} cells") for name, seconds in filters]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="build (or reuse) the big department here instead of a temporary folder")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary) / "big"
        started = time.perf_counter()
        profile = build_big_department(folder)
        print(f"big department ready in {time.perf_counter() - started:.1f} s: {profile}")
        rows = measure(profile, args.runs)
    print_table(rows)
    return exit_code(rows)


if __name__ == "__main__":
    sys.exit(main())
