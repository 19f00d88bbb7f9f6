"""The monitoring form as XLSX, read back with openpyxl: statuses with their colours, actual results and evidence
per school and activity, indicators; the summary's formulas worked out here from the «Статусы» sheet (no
spreadsheet program in the tests) and checked against the figures; frozen headers, filters, print setup; a
cancelled form leaves no file; and the same through make_report on a real department."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.profile import open_profile
from app.reports import texts
from app.reports.base import ReportCancelled
from app.reports.model import PartyResult
from app.reports.service import ReportOptions, make_report
from app.reports.xlsx import STATUS_COLOURS, MonitoringWorkbook
from exchange_helpers import make_district, record_progress
from tests.report_samples import ACTUALS, DEPARTMENT_ACTUALS, OVERDUE, SCHOOLS, STATUSES, sample_report

SHORT = {party_id: short for party_id, _full, short in SCHOOLS}
NUMBERS = ["1", "2", "3", "4"]
SHEETS = ["Сводка", "Статусы", "Результаты", "Показатели"]


def write(tmp_path: Path, data=None) -> openpyxl.Workbook:
    out = tmp_path / "Мониторинг.xlsx"
    MonitoringWorkbook().write(data or sample_report(), out)
    return openpyxl.load_workbook(out)


def header_row(sheet, first: str) -> int:
    return next(row[0].row for row in sheet.iter_rows(max_col=1) if row[0].value == first)


def status_text(party_id: str, number: str) -> str:
    overdue = (party_id, number) in OVERDUE
    result = PartyResult(party_id, "", "school", STATUSES[(party_id, number)], "", overdue=overdue)
    text = texts.party_status_text(result)
    return text[:1].upper() + text[1:]


def test_statuses_sheet_is_schools_by_activities_with_a_colour_per_status(tmp_path):
    sheet = write(tmp_path)["Статусы"]
    header = header_row(sheet, "Организация")
    numbers = [c.value for c in sheet[header - 1][1:]]
    assert numbers == NUMBERS
    titles = [c.value for c in sheet[header][1:]]
    assert titles == [a.title for s in sample_report().sections for a in s.activities]
    rows = {row[0].value: row[1:] for row in sheet.iter_rows(min_row=header + 1) if row[0].value}
    assert list(rows) == ["Отдел образования", *SHORT.values()]
    for (party_id, number), status in STATUSES.items():
        cell = rows[SHORT[party_id]][NUMBERS.index(number)]
        assert cell.value == status_text(party_id, number)
        look = "overdue" if (party_id, number) in OVERDUE else status
        assert cell.fill.fgColor.rgb[-6:] == STATUS_COLOURS[look][0], (party_id, number)
    # The department carries out activities 1 and 3 only.
    assert [c.value for c in rows["Отдел образования"]] == ["Выполнено", "—", "Выполнено", "—"]
    assert STATUS_COLOURS["done"][0] == "C6EFCE" and STATUS_COLOURS["overdue"][0] == "FFC7CE"
    assert STATUS_COLOURS["in_progress"][0] == "FFEB9C" and STATUS_COLOURS["not_started"][0] == "D9D9D9"
    assert sheet.merged_cells.ranges  # the two sections over their activities


def test_results_sheet_has_every_schools_actual_result_and_evidence(tmp_path):
    sheet = write(tmp_path)["Результаты"]
    header = header_row(sheet, "Организация")
    assert [c.value for c in sheet[header]] == ["Организация", "№", "Мероприятие", "Срок", "Статус",
                                                  "Фактический результат", "Документы и ссылки"]
    rows = {(r[0], r[1]): r for r in sheet.iter_rows(min_row=header + 1, values_only=True)}
    assert len(rows) == len(ACTUALS) + len(DEPARTMENT_ACTUALS)
    report = sample_report()
    results = {(r.party_id, a.number): r for s in report.sections for a in s.activities for r in a.results}
    for (party_id, number), actual in ACTUALS.items():
        row = rows[(SHORT[party_id], number)]
        assert row[4] == status_text(party_id, number)
        assert (row[5] or "") == actual
        evidence = [texts.evidence_text(line) for line in results[(party_id, number)].evidence]
        assert (row[6] or "").split("\n") == (evidence or [""])
    for number, actual in DEPARTMENT_ACTUALS.items():
        assert rows[("Отдел образования", number)][5] == actual
    assert rows[("Балайская СОШ", "3")][3] == "до 15.04.2026"
    assert "https://clck.ru/34PaDg" in rows[("Балайская СОШ", "1")][6]
    wrapped = sheet.cell(header + 1, 6)
    assert wrapped.alignment.wrap_text


def work_out(book, header: int) -> dict[str, float]:
    """Every summary cell's value, each formula worked out from the cells it points at (in the order they
    depend on each other, as a spreadsheet does). The summary uses three kinds of formula only."""
    sheet = book["Сводка"]
    computed: dict[str, float] = {}

    def value(ref: str) -> float:
        if ref not in computed:
            raw = sheet[ref].value
            computed[ref] = evaluate(raw[1:]) if isinstance(raw, str) and raw.startswith("=") else raw
        return computed[ref]

    def cells(ref: str):
        name, area = ref.rsplit("!", 1)
        return book[name.strip("'")][area.replace("$", "")]

    def evaluate(body: str) -> float:
        if match := re.fullmatch(r"SUM\(([A-Z])(\d+):([A-Z])(\d+)\)", body):
            first_col, first_row, last_col, last_row = match[1], int(match[2]), match[3], int(match[4])
            return sum(value(f"{chr(col)}{row}") for col in range(ord(first_col), ord(last_col) + 1)
                       for row in range(first_row, last_row + 1))
        if match := re.fullmatch(r'COUNTIF\(INDEX\((.+),MATCH\(\$A(\d+),(.+),0\),0\),"(.+)"\)', body):
            block, key_row, names, pattern = match.groups()
            labels = [row[0].value for row in cells(names)]
            row = cells(block)[labels.index(value(f"A{key_row}"))]
            return sum(fnmatch.fnmatchcase(str(c.value or "").lower(), pattern.lower()) for c in row)
        if match := re.fullmatch(r"IF\((\w+)-(\w+)>0,(\w+)/\((\w+)-(\w+)\),0\)", body):
            total, cancelled, done = value(match[1]), value(match[2]), value(match[3])
            return done / (total - cancelled) if total - cancelled > 0 else 0
        raise AssertionError(f"unexpected formula ={body}")

    for row in sheet.iter_rows(min_row=header + 1):
        for cell in row:
            value(cell.coordinate)
    return computed


def test_summary_formulas_count_the_statuses_sheet_and_come_to_the_schools_figures(tmp_path):
    book = write(tmp_path)
    sheet = book["Сводка"]
    header = header_row(sheet, "Организация")
    assert [c.value for c in sheet[header]] == [*texts.summary_headers(), "Полное наименование"]

    computed = work_out(book, header)
    assert all(isinstance(c.value, str) and c.value.startswith("=") for c in sheet[header + 1][1:9])
    assert "COUNTIF(" in sheet.cell(header + 1, 3).value and sheet.cell(header + 1, 9).number_format == "0%"

    data = sample_report()
    figures = {row[0].value: [computed[c.coordinate] for c in row[1:9]] for row in sheet.iter_rows(min_row=header + 1)}
    for party in (data.department, *data.schools):
        expected = [party.total, party.done, party.in_progress, party.not_started, party.not_done, party.cancelled,
                    party.overdue]
        assert figures[party.short_name][:7] == expected, party.short_name
        assert round(100 * figures[party.short_name][7]) == party.percent_done
    total = figures[texts.summary_total_label()]
    assert total[:7] == [12, 6, 4, 1, 1, 0, 3] and total[7] == 0.5
    # The cached values a viewer shows without calculating agree with the formulas.
    cached = openpyxl.load_workbook(tmp_path / "Мониторинг.xlsx", data_only=True)["Сводка"]
    for row in sheet.iter_rows(min_row=header + 1):
        for cell in row[1:9]:
            assert cached[cell.coordinate].value == pytest.approx(computed[cell.coordinate])


def test_the_summary_gives_each_schools_full_name_beside_the_short_one_the_other_sheets_use(tmp_path):
    sheet = write(tmp_path)["Сводка"]
    header = header_row(sheet, "Организация")
    names = {row[0]: row[9] for row in sheet.iter_rows(min_row=header + 1, values_only=True)}
    for _party, full, short in SCHOOLS:
        assert names[short] == full
    assert names["Отдел образования"] == sample_report().department_name
    assert names[texts.summary_total_label()] is None
    assert sheet.auto_filter.ref == f"A{header}:J{header + 1 + len(SCHOOLS)}"  # the total row stays out
    assert sheet.column_dimensions["J"].width >= 40 and sheet.cell(header + 1, 10).alignment.wrap_text


def test_sorting_the_statuses_sheet_keeps_the_summary_right(tmp_path):
    """Each summary row finds its school on «Статусы» by name, so reordering those rows changes nothing."""
    book = write(tmp_path)
    statuses = book["Статусы"]
    header = header_row(statuses, "Организация")
    rows = [[c.value for c in row] for row in statuses.iter_rows(min_row=header + 1)]
    for offset, values in enumerate(reversed(rows)):
        for column, value in enumerate(values, 1):
            statuses.cell(header + 1 + offset, column, value)
    sheet = book["Сводка"]
    computed = work_out(book, header_row(sheet, "Организация"))
    tolst = next(row for row in sheet.iter_rows() if row[0].value == "Толстихинская СОШ")
    assert [computed[c.coordinate] for c in tolst[1:8]] == [4, 0, 2, 1, 1, 0, 2]


def test_indicators_sheet_has_base_targets_and_reported_values(tmp_path):
    data = sample_report()
    sheet = write(tmp_path, data)["Показатели"]
    header = header_row(sheet, "Показатель")
    assert [c.value for c in sheet[header]] == ["Показатель", "Единица измерения", "Базовое значение", "План на 2025",
                                                  "План на 2026", "Организация", "Год", "Мониторинг",
                                                  "Фактическое значение"]
    rows = list(sheet.iter_rows(min_row=header + 1, values_only=True))
    first = data.indicators[0]
    mine = [r for r in rows if r[0] == first.name]
    assert len(mine) == len(first.values)
    assert all(r[1:5] == ("%", 18.5, 15, 12) for r in mine)
    assert {(r[5], r[6], r[8]) for r in mine} == {(v.party_name, v.year, v.value) for v in first.values}
    second = [r for r in rows if r[0] == data.indicators[1].name]
    assert second == [(data.indicators[1].name, "чел.", 4, 8, 12, None, 2025, None, 9)]


def test_a_roadmap_without_indicators_gets_a_line_saying_so_instead_of_a_bare_header(tmp_path):
    sheet = write(tmp_path, replace(sample_report(), indicators=()))["Показатели"]
    header = header_row(sheet, "Показатель")
    heads = [c.value for c in sheet[header]]
    assert heads[-1] == "Фактическое значение"
    note = sheet.cell(header + 1, 1)
    # The справка's own words: no indicators, and where they come from.
    assert note.value == texts.no_indicators_text()
    assert note.value.startswith("Показатели в Дорожной карте не заданы.") and "из таблицы показателей" in note.value
    assert f"A{header + 1}:{chr(ord('A') + len(heads) - 1)}{header + 1}" in {str(r) for r in sheet.merged_cells.ranges}
    assert note.alignment.wrap_text and sheet.row_dimensions[header + 1].height >= 25  # two lines show in full
    assert sheet.max_row == header + 1
    # The header stays frozen and printed on every page; no filter over a table with nothing to filter.
    assert sheet.freeze_panes == f"A{header + 1}" and sheet.print_title_rows.endswith(f"${header}")
    assert sheet.auto_filter.ref is None


def test_every_sheet_has_its_title_frozen_filtered_headers_and_prints_landscape_to_the_page_width(tmp_path):
    data = sample_report()
    book = write(tmp_path, data)
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet["A1"].value == data.department_name
        assert sheet["A2"].value.startswith("Мониторинг реализации мероприятий дорожной карты «")
        assert sheet["A3"].value == "по состоянию на 20.05.2026 (Мониторинг за первое полугодие 2026 года)"
        first = "Показатель" if sheet.title == "Показатели" else "Организация"
        header = header_row(sheet, first)
        assert sheet.freeze_panes in (f"A{header + 1}", f"B{header + 1}")
        assert sheet.auto_filter.ref.startswith(f"A{header}:")
        assert sheet.print_title_rows.endswith(f"${header}")
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.column_dimensions["A"].width >= 26
    statuses = book["Статусы"]
    assert statuses.freeze_panes == "B8"
    assert statuses.print_title_rows == "$5:$7" and statuses.print_title_cols == "$A:$A"
    assert book["Результаты"].auto_filter.ref == f"A5:G{5 + len(ACTUALS) + len(DEPARTMENT_ACTUALS)}"
    # A row of long text is made tall enough to show it (LibreOffice does not fit rows itself).
    results = book["Результаты"]
    assert max((d.height or 0) for d in results.row_dimensions.values()) > 30


def test_text_a_spreadsheet_cannot_hold_is_cleaned_rather_than_failing(tmp_path):
    data = sample_report()
    first = data.sections[0].activities[0]
    long_text = "Результат с управляющими\x01\x1f символами и формулой =1+1. " + "а" * 40000
    result = replace(first.results[1], actual=long_text)
    activity = replace(first, results=(first.results[0], result, *first.results[2:]))
    data = replace(data, sections=(replace(data.sections[0], activities=(activity, *data.sections[0].activities[1:])),
                                   *data.sections[1:]))
    sheet = write(tmp_path, data)["Результаты"]
    value = next(r[5] for r in sheet.iter_rows(values_only=True) if r[0] == "Балайская СОШ" and r[1] == "1")
    assert value.startswith("Результат с управляющими символами и формулой =1+1.")
    assert len(value) == 32767 and value.endswith("…")


def test_progress_runs_to_the_end_and_cancelling_leaves_no_file(tmp_path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "Мониторинг.xlsx"
    MonitoringWorkbook().write(sample_report(), out, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) == 5
    for stop_after in (1, 3, 5):
        calls = []

        def abort() -> bool:
            calls.append(1)
            return len(calls) > stop_after

        cancelled = tmp_path / f"Отменено-{stop_after}.xlsx"
        with pytest.raises(ReportCancelled):
            MonitoringWorkbook().write(sample_report(), cancelled, abort=abort)
        assert not cancelled.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Мониторинг.xlsx"]


def test_through_make_report_on_a_department_that_received_its_schools_bundles(tmp_path):
    sosnovka, tartas = "МБОУ «Сосновская СОШ»", "МБОУ «Тартасская СОШ»"
    district = make_district(tmp_path, [sosnovka, tartas])
    record_progress(district.schools[sosnovka], "1.1", status="done", actual="Проведён анализ ВПР",
                    documents=["Приказ от 09.03.2024 № 52 «Об анализе ВПР» https://clck.ru/34PaDg"])
    record_progress(district.schools[tartas], "1.3", status="not_done", actual="Сессия перенесена")
    district.send(district.schools[sosnovka], district.department)
    district.send(district.schools[tartas], district.department)
    store = open_profile(district.department)
    try:
        result = make_report(store, "monitoring", "xlsx", tmp_path / "Форма.xlsx", ReportOptions())
    finally:
        store.close()
    book = openpyxl.load_workbook(result.path)
    values = [str(c.value) for row in book["Результаты"].iter_rows() for c in row if c.value is not None]
    assert "Проведён анализ ВПР" in values and "Сессия перенесена" in values
    assert any("https://clck.ru/34PaDg" in value for value in values)
    statuses = book["Статусы"]
    header = header_row(statuses, "Организация")
    grid = {row[0]: row[1:] for row in statuses.iter_rows(min_row=header + 1, values_only=True)}
    numbers = [c.value for c in statuses[header - 1][1:]]
    sosnovka_row = next(v for k, v in grid.items() if "Сосновская" in k)
    assert sosnovka_row[numbers.index("1.1")] == "Выполнено"
    tartas_row = next(v for k, v in grid.items() if "Тартасская" in k)
    assert tartas_row[numbers.index("1.3")].startswith("Не выполнено")
