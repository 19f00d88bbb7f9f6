"""Pictures of the window for the documentation and for checking the layout by eye.

Run under a virtual screen the size of a typical school PC:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py [--today ДД.ММ.ГГГГ]

It builds a fresh demonstration profile in a temporary folder, opens the main window at 1366×768
and saves `docs/screenshots/main-window-demo.png`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402 - after the path is set
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.demo import build_demo_school  # noqa: E402
from app.timeutil import parse_date  # noqa: E402
from ui.launcher import prepare  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def settle(milliseconds: int = 300) -> None:
    """Let the window lay out and paint before it is grabbed."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description="Снимки окна Ориентира для документации")
    parser.add_argument("--today", type=parse_date, help="дата, от которой строится демонстрация (ДД.ММ.ГГГГ)")
    parser.add_argument("--out", type=Path, default=OUT, help="папка для снимков (по умолчанию docs/screenshots)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    prepare(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = build_demo_school(Path(folder) / "demo", today=args.today)
        try:
            window = MainWindow(store, demo=True, today=args.today)
            window.resize(*SIZE)
            window.show()
            settle()
            target = args.out / "main-window-demo.png"
            window.grab().save(str(target))
            print(f"{target} ({window.width()}×{window.height()})")
            window.close()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
