"""Pictures of every main screen for the documentation and for checking the layout by eye.

Run under a virtual screen the size of a typical school PC:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py [--today ДД.ММ.ГГГГ]

It builds fresh demonstration profiles (a school and a department) in a temporary folder, opens the main
window at 1366×768 with the font at 100 % and at 150 %, shows each page in turn and saves
`docs/screenshots/<profile>-<page>-1366x768-<font %>.png`, plus the first-run wizard (and its school page
with an enrollment file opened), the reports dialog and «Входящие пакеты» with refused bundles.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402 - after the path is set
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.demo import build_demo_school  # noqa: E402
from app.demo_department import build_demo_department  # noqa: E402
from app.timeutil import format_date, parse_date  # noqa: E402
from ui.launcher import prepare  # noqa: E402
from ui.main_window import MainWindow, apply_font_scale  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
DEFAULT_TODAY = date(2026, 1, 20)
# The activity shown open in the school's panel: in progress, with evidence and the curator's comment.
SCHOOL_ACTIVITY = "1.1"


def settle(milliseconds: int = 300) -> None:
    """Let the window lay out and paint before it is grabbed."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target))
    print(f"{target} ({widget.width()}×{widget.height()})")


def shoot_window(store, name: str, suffix: str, out: Path, today: date, selections: dict) -> None:
    window = MainWindow(store, demo=True, today=today)
    window.resize(*SIZE)
    window.show()
    settle()
    for spec in window.specs:
        window.go_to(spec.key, selections.get(spec.key))
        settle()
        save(window, out / f"{name}-{spec.key}-{suffix}.png")
    if window.ctx.is_department:
        from ui.reports_dialog import KINDS, ReportsDialog

        dialog = ReportsDialog(window.ctx, KINDS[0], window)
        dialog.show()
        settle()
        save(dialog, out / f"{name}-report-dialog-{suffix}.png")
        dialog.close()
    window.close()


def refused_bundles(folder: Path, today: date) -> list[Path]:
    """Files the demonstration department refuses: a bundle signed by a key it does not know for that school
    (the demonstration school, as if set up again), the same bundle cut in half on the way, and no bundle at all."""
    from app.exchange.exporting import export_bundle

    folder.mkdir()
    school = build_demo_school(folder / "school", today=today)
    try:
        signed = folder / f"Сосновская СОШ — пакет для отдела от {format_date(today)}.orientir"
        export_bundle(school, signed)
    finally:
        school.close()
    cut = folder / f"Кедровская ООШ — пакет для отдела от {format_date(today)}.orientir"
    cut.write_bytes(signed.read_bytes()[: signed.stat().st_size // 2])
    letter = folder / "Протокол педсовета.orientir"
    letter.write_bytes("Протокол № 3 от 15.01.2026".encode())
    return [signed, cut, letter]


def shoot_refused(store, suffix: str, out: Path, today: date, files: list[Path]) -> None:
    """«Входящие пакеты» after loading refused files, the first one's reason shown under the table."""
    window = MainWindow(store, demo=True, today=today)
    window.resize(*SIZE)
    window.show()
    window.go_to("inbox")
    loaded = QEventLoop()
    window.page("inbox").import_paths(files).ended.connect(loaded.quit)
    loaded.exec()
    settle()
    save(window, out / f"department-inbox-refused-{suffix}.png")
    window.close()


def enrollment_file(folder: Path) -> Path:
    """An enrollment file from a department of its own, so the demonstration department's lists stay as they are."""
    from app.schools import add_school, create_department

    store = create_department(folder / "department", "Управление образования администрации Уярского района")
    try:
        return add_school(store, "МБОУ Тартасская СОШ", folder / "Тартасская СОШ.orientir-enroll")[1]
    finally:
        store.close()


def shoot_wizard(out: Path, suffix: str, target: Path, enrollment: Path) -> None:
    from ui.first_run import SCHOOL, FirstRunWizard

    wizard = FirstRunWizard(target)
    wizard.show()
    settle()
    save(wizard, out / f"first-run-{suffix}.png")
    wizard.go(SCHOOL)
    wizard.open_enrollment(enrollment)
    settle()
    save(wizard, out / f"first-run-school-{suffix}.png")
    wizard.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="Снимки окна Ориентира для документации")
    parser.add_argument("--today", type=parse_date, default=DEFAULT_TODAY,
                        help="дата, от которой строится демонстрация (ДД.ММ.ГГГГ)")
    parser.add_argument("--out", type=Path, default=OUT, help="папка для снимков (по умолчанию docs/screenshots)")
    parser.add_argument("--scales", default="100,150", help="размеры шрифта в процентах через запятую (по умолчанию 100,150)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    prepare(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        school = build_demo_school(Path(folder) / "school", today=args.today)
        department = build_demo_department(Path(folder) / "department", today=args.today)
        refused = refused_bundles(Path(folder) / "refused", args.today)
        enrollment = enrollment_file(Path(folder) / "enrollment")
        try:
            for percent in (int(part) for part in args.scales.split(",")):
                apply_font_scale(percent)
                suffix = f"{SIZE[0]}x{SIZE[1]}-{percent}"
                shoot_window(school, "school", suffix, args.out, args.today, {"roadmap": SCHOOL_ACTIVITY})
                shoot_window(department, "department", suffix, args.out, args.today, {})
                shoot_refused(department, suffix, args.out, args.today, refused)
                shoot_wizard(args.out, suffix, Path(folder) / "new-profile", enrollment)
        finally:
            school.close()
            department.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
