"""Benchmark (not a test): the reports of a big district, each beside a floor measured in the same run.

    .venv/bin/python tests/perf/reports.py [--keep DIR] [--schools 300] [--activities 150]

On the department of tests/perf/big_department.py (300 schools × 150 activities; built once into DIR and
reused with --keep), as of 20.01.2026 (its second monitoring):

- a one-school справка (150 activities), PDF and DOCX — target under 1 s;
- the district справка (300 schools), PDF and DOCX — target under 30 s, its progress shown as it goes;
- the monitoring form (300 × 150), XLSX — target under 10 s.

Each is timed through app.reports.service.make_report, as the window and the command line make it, and
beside it a floor for the same content: the raw SQL read of the same rows (sqlite3, the current tables)
plus the plainest writer of the same words — reportlab SimpleDocTemplate of the report's text as
paragraphs, a bare Word file of the same paragraphs, an openpyxl write_only workbook of the same cells
without styles.
The ratio says what the official layout (tables, repeated headers, styles, charts) and the as-of read
of the change log cost over that floor. Collecting the data (the snapshot and the model) is shown apart.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.big_department import build_big_department  # noqa: E402
from tests.perf.table import Row, exit_code, failed, print_table  # noqa: E402

AS_OF = date(2026, 1, 20)
TARGETS = {"school": 1.0, "district": 30.0, "monitoring": 10.0}


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """The best of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def plain_lines(data) -> list[str]:
    """The report's words, one paragraph each, without any layout."""
    from app.progress import status_name
    from app.reports import texts

    lines = [data.department_name, texts.title_text(data), texts.approval_text(data), texts.state_text(data),
             texts.procedure_text(data), texts.participants_text(data)]
    for section in data.sections:
        lines.append(section.title)
        for activity in section.activities:
            lines.append(f"{activity.number} {activity.title} — {activity.expected_result}")
            for result in activity.results:
                proofs = "; ".join(line.text for line in result.evidence)
                lines.append(f"{result.party_name}: {status_name(result.status)}. {result.actual} {proofs}")
    for party in data.schools:
        lines.append(f"{party.name}: {party.done} / {party.in_progress} / {party.not_started} / {party.overdue}")
    return lines


def read_rows(db: Path, school_id: str | None) -> list[tuple]:
    """The floor of reading: the same reports and their evidence straight from the current tables."""
    connection = sqlite3.connect(db)
    try:
        where, args = ("WHERE p.owner_school_id = ?", (school_id,)) if school_id else ("", ())
        rows = connection.execute(
            "SELECT a.number, a.title, a.expected_result, s.short_name, p.status, p.actual_result, p.id "
            "FROM progress p JOIN activity a ON a.id = p.activity_id LEFT JOIN school s ON s.id = p.owner_school_id "
            f"{where} ORDER BY a.position, s.name", args).fetchall()
        evidence = connection.execute(
            "SELECT e.progress_id, e.title FROM evidence e JOIN progress p ON p.id = e.progress_id "
            f"{where}", args).fetchall()
        return rows + evidence
    finally:
        connection.close()


def plain_pdf(lines: list[str], out: Path) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.fonts import REPORT_SERIF, register_reportlab_fonts, reportlab_name

    register_reportlab_fonts()
    style = ParagraphStyle("plain", fontName=reportlab_name(REPORT_SERIF), fontSize=11, leading=13)
    SimpleDocTemplate(str(out)).build([Paragraph(escape(line), style) for line in lines])


DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Target="word/document.xml" '
             'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>')


def plain_docx(lines: list[str], out: Path) -> None:
    """The smallest valid Word file of the same paragraphs, zipped by hand (python-docx's add_paragraph
    slows down as the body grows, which would flatter the real writer)."""
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                f'{body}</w:body></w:document>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/document.xml", document)


def plain_xlsx(data, out: Path) -> None:
    """The monitoring form's cells — statuses school × activity, then one row per result — without styles."""
    from openpyxl import Workbook

    from app.progress import status_name

    workbook = Workbook(write_only=True)
    grid, results = workbook.create_sheet("Статусы"), workbook.create_sheet("Результаты")
    activities = [a for section in data.sections for a in section.activities]
    grid.append(["Школа", *[a.number for a in activities]])
    by_party: dict[str, dict[str, str]] = {}
    for activity in activities:
        for result in activity.results:
            by_party.setdefault(result.party_name, {})[activity.number] = status_name(result.status)
            results.append([result.party_name, activity.number, activity.title, status_name(result.status),
                            result.actual, "; ".join(line.text for line in result.evidence)])
    for party, statuses in by_party.items():
        grid.append([party, *[statuses.get(a.number, "") for a in activities]])
    summary = workbook.create_sheet("Свод")
    for party in data.schools:
        summary.append([party.name, party.total, party.done, party.in_progress, party.not_started, party.overdue])
    workbook.save(out)


def shown_progress(label: str) -> Callable[[int, int], None]:
    """The window's progress bar, as lines: every tenth of the way, with the time so far."""
    started, last = time.perf_counter(), [-1]

    def show(done: int, total: int) -> None:
        tenth = (10 * done // total) if total else 10
        if tenth != last[0]:
            last[0] = tenth
            print(f"  {label}: {10 * tenth:3d} % at {time.perf_counter() - started:5.1f} s", file=sys.stderr, flush=True)

    return show


LEGEND = ("time: make_report as the window calls it (includes collect), against both floors; collect: the as-of "
          "snapshot of the change log\nand the report model, against the raw SQL read of the same rows from the current "
          "tables; writer: time less\ncollect, against the plainest writer of the same words (see the docstring of "
          "tests/perf/reports.py).")


def measure(root: Path) -> list[Row]:
    """Each report of the department in `root` beside its floors: its time, then its collect and its writer."""
    from sqlalchemy import select

    from app.profile import open_profile
    from app.reports.collect import collect_report
    from app.reports.service import ReportOptions, make_report
    from db.models import School

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        store = open_profile(root)
        try:
            with store.reading() as session:
                school = session.scalars(select(School).order_by(School.name).limit(1)).one()
            school_options = ReportOptions(school=school.name, as_of=AS_OF)
            district_options = ReportOptions(as_of=AS_OF)

            def report(label: str, target: float, kind: str, fmt: str, options, school_id, floor_write,
                       repeat: int, show: bool) -> None:
                out = work / f"{kind}-{label}.{fmt}".replace(" ", "_")
                data = collect_report(store, options)
                collect = timed(lambda: collect_report(store, options), repeat)

                def made() -> None:
                    make_report(store, kind, fmt, out, options, shown_progress(label) if show else None)

                try:
                    total = timed(made, repeat)
                except Exception as error:  # a writer still being built: the other lines are still worth having
                    rows.append(failed("reports", label, error))
                    return
                read = timed(lambda: read_rows(root / "orientir.sqlite3", school_id), repeat)
                plain = work / f"plain-{label}.{fmt}".replace(" ", "_")
                write = timed(lambda: floor_write(data, plain), repeat)
                rows.extend([
                    Row("reports", label, total, "s", "raw SQL read + plainest writer", read + write, f"< {target:g} s",
                        total < target, f"{out.stat().st_size / 1024:.0f} KB"),
                    Row("reports", f"{label}: collect", collect, "s", "raw SQL read of the same rows", read),
                    Row("reports", f"{label}: writer", max(total - collect, 0.0), "s", "plainest writer of the same words",
                        write),
                ])

            pdf_floor = lambda data, out: plain_pdf(plain_lines(data), out)  # noqa: E731
            docx_floor = lambda data, out: plain_docx(plain_lines(data), out)  # noqa: E731
            report("1 school PDF", TARGETS["school"], "spravka", "pdf", school_options, school.id, pdf_floor, 3, False)
            report("1 school DOCX", TARGETS["school"], "spravka", "docx", school_options, school.id, docx_floor, 3, False)
            report("district PDF", TARGETS["district"], "spravka", "pdf", district_options, None, pdf_floor, 1, True)
            report("district DOCX", TARGETS["district"], "spravka", "docx", district_options, None, docx_floor, 1, True)
            report("monitoring XLSX", TARGETS["monitoring"], "monitoring", "xlsx", district_options, None, plain_xlsx,
                   1, False)
        finally:
            store.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="build the department into DIR once and reuse it")
    parser.add_argument("--schools", type=int, default=300)
    parser.add_argument("--activities", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        root = build_big_department(args.keep or Path(scratch) / "department", args.schools, args.activities)
        print(f"department: {args.schools} schools × {args.activities} activities "
              f"(built or reused in {time.perf_counter() - started:.1f} s, not counted)")
        rows = measure(root)
    print_table(rows, notes=(LEGEND,))
    return exit_code(rows)


if __name__ == "__main__":
    sys.exit(main())
