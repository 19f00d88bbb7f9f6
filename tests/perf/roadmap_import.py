"""Benchmark (not a test): importing a 500-activity Word roadmap.

    .venv/bin/python tests/perf/roadmap_import.py

Builds a .docx of 25 sections × 20 activities split over three tables (the header repeated on each),
then times `import_roadmap` into a fresh department profile, best of 3. Beside it, a baseline measured
in the same run on the same machine: python-docx opening the same file plus a raw sqlite3 executemany
of 500 rows. The target is under 2 s; the ratio says how much the reading by meaning, the deadlines,
the backup and the change log cost over the bare minimum.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402

from app.roadmap_import.service import import_roadmap  # noqa: E402
from app.schools import create_department  # noqa: E402
from tests.perf.table import Row, exit_code, print_table  # noqa: E402

SECTIONS, PER_SECTION, TABLES = 25, 20, 3
HEADER = ["№ п/п", "Наименование мероприятия", "Сроки исполнения", "Ответственный исполнитель", "Ожидаемый результат"]
DEADLINES = ["весь период", "до 15.03.2025", "сентябрь-октябрь 2024", "ежеквартально", "Февраль, май 2025",
             "в течение учебного года", "по результатам ВПР", "1 четверть", "декабрь 2024 г. – январь 2025 г."]
PEOPLE = ["заместитель директора по УВР", "управление образования, руководители ОО", "методист МКУ «ИМЦ»",
          "классные руководители 5-9 классов"]


def rows() -> list[list[str]]:
    made = []
    for section in range(1, SECTIONS + 1):
        made.append([f"{section}. Направление работы номер {section}: повышение качества образования", "", "", "", ""])
        for number in range(1, PER_SECTION + 1):
            index = section * PER_SECTION + number
            made.append([
                f"{section}.{number}",
                f"Мероприятие {section}.{number}: проведение семинара для педагогов по вопросам формирования функциональной грамотности обучающихся",
                DEADLINES[index % len(DEADLINES)],
                PEOPLE[index % len(PEOPLE)],
                "аналитическая справка, протокол, план-график на следующий период",
            ])
    return made


def build(path: Path) -> None:
    document = Document()
    document.add_paragraph("ПРИКАЗ")
    document.add_paragraph("от 02.09.2024 № 150")
    document.add_paragraph("Дорожная карта по повышению качества образования на 2024-2025 учебный год")
    body = rows()
    size = len(body) // TABLES + 1
    for part in range(TABLES):
        chunk = [HEADER] + body[part * size:(part + 1) * size]
        table = document.add_table(rows=len(chunk), cols=len(HEADER))
        for r, row in enumerate(chunk):
            cells = table.rows[r].cells
            if len(row[0]) > 8:  # a section row: one cell across the table
                merged = cells[0].merge(cells[-1])
                merged.text = row[0]
                continue
            for c, text in enumerate(row):
                cells[c].text = text
    document.save(path)


def best_of(times: int, work) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "roadmap-500.docx"
        build(source)
        stores = [create_department(folder / f"profile-{n}", "Управление образования") for n in range(3)]
        try:
            pending = list(stores)
            reports = []

            def one_import() -> None:
                reports.append(import_roadmap(pending.pop(), source))

            ours = best_of(3, one_import)
            assert all(report.activities == SECTIONS * PER_SECTION for report in reports), reports[0]
        finally:
            for store in stores:
                store.close()

        database = folder / "baseline.sqlite3"

        def baseline() -> None:
            Document(source)
            connection = sqlite3.connect(database)
            connection.execute("CREATE TABLE IF NOT EXISTS activity (number TEXT, title TEXT, deadline TEXT, responsible TEXT, result TEXT)")
            with connection:
                connection.executemany("INSERT INTO activity VALUES (?, ?, ?, ?, ?)", [r for r in rows() if len(r[0]) <= 8])
            connection.close()

        base = best_of(3, baseline)
    return [Row("import", f"import_roadmap, {SECTIONS * PER_SECTION} activities (best of 3)", ours, "s",
                f"python-docx open + sqlite3 executemany of {SECTIONS * PER_SECTION} rows", base, "< 2 s", ours < 2.0)]


def main() -> int:
    rows = measure()
    print_table(rows)
    return exit_code(rows)


if __name__ == "__main__":
    sys.exit(main())
