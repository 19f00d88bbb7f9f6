"""The справка's indicator values as a grid, read back as a reader sees it: in the PDF (pdftotext -layout)
and the DOCX (python-docx tables) a school's value for a monitoring round stands in that school's row and
that round's column, a school that did not report shows «—», the department's own row comes first under
the name the main table gives it, a one-school справка has one row, and a district's long grid repeats its
header on every page it runs onto."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
from docx.oxml.ns import qn

from app.reports import texts
from app.reports.docx import DocxSpravka
from app.reports.model import IndicatorReport, IndicatorValueLine
from app.reports.pdf import PdfSpravka
from tests.report_samples import SCHOOLS, big_report, sample_report

DECEMBER, MAY = "Декабрь 2025", "Май 2026"
DEPARTMENT_LABEL = "Отдел образования"  # the department's short name in sample_report, as the main table shows it


def _line(party: str, round_name: str, text: str, kind: str = "school") -> IndicatorValueLine:
    due = date(2025, 12, 25) if round_name == DECEMBER else date(2026, 5, 25)
    return IndicatorValueLine(party, due.year, round_name, float(text.split()[0]), text, kind, due)


INDICATOR = IndicatorReport(
    name="Доля обучающихся с результатами ниже базового уровня",
    unit="%",
    base_text="18 %",
    base_value=18.0,
    targets={2025: 15.0, 2026: 12.5},
    # The later round first: the columns go by the rounds' dates, not by the order values come in.
    values=(
        _line("Балайская СОШ", MAY, "7 %"),
        _line("Балайская СОШ", DECEMBER, "11 %"),
        _line("Сосновская СОШ", MAY, "9 %"),
        _line("Толстихинская СОШ", DECEMBER, "15 %"),
        _line(DEPARTMENT_LABEL, DECEMBER, "10 %", "department"),
    ),
)
EXPECTED = {
    DEPARTMENT_LABEL: ["10 %", "—"],
    "Балайская СОШ": ["11 %", "7 %"],
    "Сосновская СОШ": ["—", "9 %"],
    "Толстихинская СОШ": ["15 %", "—"],
}


def district():
    return replace(sample_report(), indicators=(INDICATOR,))


def pdf_layout(tmp_path: Path, data) -> list[str]:
    out = tmp_path / "Справка.pdf"
    PdfSpravka().write(data, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def docx_tables(tmp_path: Path, data) -> docx.document.Document:
    out = tmp_path / "Справка.docx"
    DocxSpravka().write(data, out)
    return docx.Document(str(out))


def grid_table(document):
    return next(t for t in document.tables if [c.text for c in t.rows[0].cells][1:2] in ([DECEMBER], [MAY]))


def centres(line: str) -> list[tuple[float, str]]:
    """The pieces of a layout line (runs of text parted by two spaces or more) with where each one's middle is."""
    return [((m.start() + m.end()) / 2, m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def test_pdf_puts_each_value_in_its_schools_row_under_its_rounds_column(tmp_path):
    text = "\n".join(pdf_layout(tmp_path, district()))
    section = text[text.index(INDICATOR.name):]
    lines = section.splitlines()
    header = next(line for line in lines if DECEMBER in line and MAY in line)
    columns = {label: where for where, label in centres(header) if label in (DECEMBER, MAY)}
    assert columns[DECEMBER] < columns[MAY]  # in the order of the rounds
    seen = {}
    for line in lines[lines.index(header) + 1:]:
        pieces = centres(line)
        if pieces and pieces[0][1] in EXPECTED and pieces[0][1] not in seen:
            cells = {}
            for where, value in pieces[1:]:
                nearest = min(columns, key=lambda label: abs(columns[label] - where))
                cells[nearest] = value.replace(" ", "")  # pdftotext may drop the narrow space before «%»
            seen[pieces[0][1]] = [cells.get(DECEMBER), cells.get(MAY)]
    assert seen == {party: [v.replace(" ", "") for v in values] for party, values in EXPECTED.items()}
    rows = [line.split()[0] for line in lines[lines.index(header) + 1:] if centres(line) and centres(line)[0][1] in EXPECTED]
    assert rows[0] == "Отдел"  # the department first, as in the main table
    assert "Единица измерения: %. Базовое значение: 18 %. План: 2025 год — 15; 2026 год — 12,5." in " ".join(section.split())


def test_docx_grid_has_a_row_per_school_a_column_per_round_and_a_repeating_header(tmp_path):
    document = docx_tables(tmp_path, district())
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[paragraphs.index(INDICATOR.name) + 1] == texts.indicator_facts_text(INDICATOR)
    table = grid_table(document)
    assert [c.text for c in table.rows[0].cells] == ["Организация", DECEMBER, MAY]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    rows = [(row.cells[0].text, [c.text for c in row.cells[1:]]) for row in table.rows[1:]]
    assert rows == list(EXPECTED.items())  # the department first, then the schools by name


def test_the_one_school_report_has_a_grid_of_one_row(tmp_path):
    school = SCHOOLS[1]
    own = replace(INDICATOR, values=tuple(v for v in INDICATOR.values if v.party_name == school[2]))
    data = replace(sample_report(school=school[1]), indicators=(own,))
    table = grid_table(docx_tables(tmp_path, data))
    assert [[c.text for c in row.cells] for row in table.rows] == [["Организация", MAY], [school[2], "9 %"]]
    page = "\n".join(pdf_layout(tmp_path, data))
    assert re.search(r"^\s*Сосновская СОШ\s+9\s*%\s*$", page, re.MULTILINE)


def test_an_indicator_nobody_reported_says_so_instead_of_an_empty_grid(tmp_path):
    data = replace(district(), indicators=(replace(INDICATOR, values=()),))
    document = docx_tables(tmp_path, data)
    assert texts.indicator_no_reports_text() in [p.text for p in document.paragraphs]
    assert texts.indicator_no_reports_text() in " ".join("".join(pdf_layout(tmp_path, data)).split())


def test_a_districts_long_grid_repeats_its_header_on_every_page(tmp_path):
    data = big_report(schools=300, activities=1, sections=1)
    grid_row = re.compile(r"^\s*Школа № \d+\s+(—|[\d,]+\s?%)\s+(—|[\d,]+\s?%)\s*$", re.MULTILINE)
    pages = [page for page in pdf_layout(tmp_path, data) if grid_row.search(page)]
    assert len(pages) >= 5  # the first indicator's 300 schools
    for page in pages:
        assert "Организация" in page and "мониторинг, 2025 год" in page, page[:400]
    assert sum(len(grid_row.findall(page)) for page in pages) >= 300
    table = next(t for t in docx_tables(tmp_path, data).tables if t.rows[0].cells[1].text == "мониторинг, 2025 год")
    assert len(table.rows) == 301 and table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
