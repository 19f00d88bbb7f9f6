"""The analytical report as DOCX, read back with python-docx: every school's actual results and evidence, the
summary figures, the signature; the page set up to ГОСТ Р 7.0.97 with page numbers from page two, the main
table's header repeated on each page; a cancelled report leaves no file; and the same through make_report on
a real department that received its schools' bundles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from app.profile import open_profile
from app.reports import texts
from app.reports.base import ReportCancelled
from app.reports.docx import DocxSpravka
from app.reports.model import EvidenceLine, PartyResult
from app.reports.service import ReportOptions, make_report
from app.timeutil import format_date
from exchange_helpers import make_district, record_progress
from tests.report_samples import (
    ACTUALS,
    DEPARTMENT_ACTUALS,
    ISSUED_ON,
    LINK,
    LONG_LINK,
    ORDER_52,
    OVERDUE,
    PROTOCOL_FILE,
    SCHOOLS,
    SIGNATURE,
    STATUSES,
    sample_report,
)

SHORT = {party_id: short for party_id, _full, short in SCHOOLS}


def write(tmp_path: Path, data=None, name: str = "Справка.docx") -> docx.document.Document:
    out = tmp_path / name
    DocxSpravka().write(data or sample_report(), out)
    return docx.Document(str(out))


def flat(text: str) -> str:
    return " ".join(text.split())


def main_rows(document) -> dict[str, list]:
    """The main table's activity rows by number (section rows have one merged cell)."""
    table = document.tables[0]
    return {row.cells[0].text: row for row in table.rows[1:] if len(row._tr.tc_lst) == 4}


def hyperlinks(document, element) -> list[tuple[str, str]]:
    """(text, target) of every hyperlink inside `element`."""
    rels = document.part.rels
    found = []
    for link in element.iter(qn("w:hyperlink")):
        target = rels[link.get(qn("r:id"))].target_ref
        found.append(("".join(t.text for t in link.iter(qn("w:t"))), target))
    return found


def test_every_schools_actual_result_is_in_its_activitys_row_under_its_bold_label(tmp_path):
    rows = main_rows(write(tmp_path))
    assert set(rows) == {"1", "2", "3", "4"}
    for (party_id, number), actual in ACTUALS.items():
        cell = rows[number].cells[3]
        label = SHORT[party_id] + ":"
        bold = [run.text for p in cell.paragraphs for run in p.runs if run.bold]
        assert label in bold, (party_id, number)
        paragraph = next(p for p in cell.paragraphs if p.text.startswith(label))
        status = texts.party_status_text(PartyResult(party_id, "", "school", STATUSES[(party_id, number)], "",
                                                     overdue=(party_id, number) in OVERDUE))
        assert paragraph.text.startswith(f"{label} {status}. ")
        assert (actual or texts.no_result_text()) in paragraph.text
    for number, actual in DEPARTMENT_ACTUALS.items():
        assert "Отдел образования: выполнено. " + actual in flat(rows[number].cells[3].text)


def test_evidence_is_written_out_with_real_hyperlinks(tmp_path):
    document = write(tmp_path)
    rows = main_rows(document)
    balai_3 = rows["3"].cells[3]
    assert ORDER_52 in balai_3.text and texts.evidence_label() in balai_3.text
    links = hyperlinks(document, balai_3._tc)
    assert (LINK, LINK) in links and (LONG_LINK, LONG_LINK) in links
    for rel in document.part.rels.values():
        if rel.target_ref in (LINK, LONG_LINK):
            assert rel.is_external
    assert f"файл «{PROTOCOL_FILE}»" in rows["1"].cells[3].text
    # Every «done» result carries the order with its address as a link.
    for (party_id, number), status in STATUSES.items():
        if status == "done":
            assert any(target == LINK for _text, target in hyperlinks(document, rows[number].cells[3]._tc))


def test_the_participants_name_each_school_in_full_with_the_name_the_tables_use(tmp_path):
    document = write(tmp_path)
    listed = next(p.text for p in document.paragraphs if p.text.startswith("В мониторинге приняли участие"))
    assert listed == ("В мониторинге приняли участие общеобразовательные организации (3): "
                      + "; ".join(f"{full} (далее – {short})" for _party, full, short in SCHOOLS) + ".")
    assert [row.cells[0].text for row in document.tables[1].rows[2:]][:3] == [short for _p, _f, short in SCHOOLS]


def test_a_roadmap_without_indicators_says_so_and_where_they_come_from(tmp_path):
    paragraphs = [p.text for p in write(tmp_path, replace(sample_report(), indicators=())).paragraphs]
    after = paragraphs[paragraphs.index(texts.indicators_heading()) + 1]
    assert after == texts.no_indicators_text() and "из таблицы показателей" in after


def test_the_opening_says_what_the_pdf_says(tmp_path):
    data = sample_report()
    document = write(tmp_path, data)
    paragraphs = [p.text for p in document.paragraphs]
    for expected in (data.department_name, texts.title_text(data), texts.approval_text(data), texts.state_text(data),
                     texts.procedure_heading(), texts.procedure_text(data), texts.results_heading(),
                     texts.participants_text(data), texts.summary_heading(), texts.indicators_heading(),
                     texts.changes_heading(), texts.changes_intro(data)):
        assert expected in paragraphs, expected
    order = [paragraphs.index(t) for t in (texts.procedure_heading(), texts.results_heading(),
                                          texts.summary_heading(), texts.indicators_heading(), texts.changes_heading())]
    assert order == sorted(order)
    assert [c.text for c in document.tables[0].rows[0].cells] == list(texts.table_headers())
    for line in data.changes:
        assert "– " + texts.change_text(line) in paragraphs


def test_sections_are_rows_merged_across_the_table_and_the_header_repeats_on_every_page(tmp_path):
    document = write(tmp_path)
    table = document.tables[0]
    header = table.rows[0]._tr
    assert header.trPr.find(qn("w:tblHeader")) is not None
    sections = [row for row in table.rows if len(row._tr.tc_lst) == 1]
    assert [flat(row.cells[0].text) for row in sections] == [s.title for s in sample_report().sections]
    for row in sections:
        assert row._tr.tc_lst[0].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "4"
        assert all(run.bold for p in row.cells[0].paragraphs for run in p.runs)
    # Long activity rows may break across pages rather than leave half a page empty.
    for row in main_rows(document).values():
        assert row._tr.trPr is None or row._tr.trPr.find(qn("w:cantSplit")) is None


def test_summary_table_has_every_schools_figures_and_the_district_total(tmp_path):
    data = sample_report()
    table = write(tmp_path, data).tables[1]
    assert [flat(c.text) for c in table.rows[0].cells] == list(texts.summary_headers())
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows[1:]}
    for party in (data.department, *data.schools):
        figures = (party.total, party.done, party.in_progress, party.not_started, party.not_done, party.cancelled,
                   party.overdue, party.percent_done)
        assert rows[party.short_name] == [str(v) for v in figures]
    total = rows[texts.summary_total_label()]
    assert total[:7] == [str(sum(getattr(s, f) for s in data.schools))
                         for f in ("total", "done", "in_progress", "not_started", "not_done", "cancelled", "overdue")]
    assert total[7] == "50"  # 6 of 12


def test_indicators_with_targets_and_values_and_the_charts_as_pictures(tmp_path):
    data = sample_report()
    document = write(tmp_path, data)
    paragraphs = [p.text for p in document.paragraphs]
    first = data.indicators[0]
    assert paragraphs[paragraphs.index(first.name) + 1] == texts.indicator_facts_text(first)
    assert "Базовое значение: 18,5 % (2024). План: 2025 год — 15; 2026 год — 12." in texts.indicator_facts_text(first)
    table = document.tables[2]
    assert [flat(c.text) for c in table.rows[0].cells] == ["Организация", "мониторинг, 2025 год", "мониторинг, 2026 год"]
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows[1:]}
    assert rows == {"Балайская СОШ": ["16,2 %", "13,1 %"], "Сосновская СОШ": ["16,2 %", "13,1 %"],
                    "Толстихинская СОШ": ["—", "—"]}
    # One progress chart (three schools) and one chart per indicator, inline, PNG.
    assert len(document.inline_shapes) == 1 + len(data.indicators)
    images = [p for p in document.part.package.parts if p.content_type == "image/png"]
    assert images and all(p.blob.startswith(b"\x89PNG") for p in images)


def test_signature_block_date_and_executor(tmp_path):
    document = write(tmp_path)
    signature = document.tables[-1]
    cells = [c.text for c in signature.rows[0].cells]
    assert cells[0] == SIGNATURE.position and cells[2] == SIGNATURE.name and set(cells[1]) == {"_"}
    assert signature._tbl.tblPr.find(qn("w:tblBorders")) is not None  # a layout table: no lines
    paragraphs = [p.text for p in document.paragraphs]
    assert format_date(ISSUED_ON) in paragraphs and paragraphs[-1] == SIGNATURE.executor


def test_an_empty_signature_leaves_lines_to_fill_in_by_hand(tmp_path):
    data = replace(sample_report(), signature=replace(SIGNATURE, position="", name="", executor=""))
    cells = [c.text for c in write(tmp_path, data).tables[-1].rows[0].cells]
    assert all(text and set(text) == {"_"} for text in cells)


def test_page_is_a4_with_gost_margins_times_14_and_numbers_from_the_second_page(tmp_path):
    document = write(tmp_path)
    section = document.sections[0]
    sizes = (section.page_width, section.page_height, section.left_margin, section.right_margin, section.top_margin,
             section.bottom_margin)
    assert [round(size.mm, 1) for size in sizes] == [210, 297, 20, 10, 20, 20]  # stored in twips
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    assert document.styles["Текст таблицы"].font.size == Pt(11)
    assert section.different_first_page_header_footer
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
    header = section.header._element
    assert [t.text.strip() for t in header.iter(qn("w:instrText"))] == ["PAGE"]
    kinds = [c.get(qn("w:fldCharType")) for c in header.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    # No text boxes or floating pictures: everything stays in the flow of the text.
    body = document.element.body
    assert not list(body.iter(qn("w:txbxContent"))) and not list(body.iter(qn("wp:anchor")))


def test_one_schools_report_has_its_results_without_labels(tmp_path):
    full = SCHOOLS[1][1]
    data = sample_report(school=full)
    document = write(tmp_path, data)
    assert texts.title_text(data) in [p.text for p in document.paragraphs]
    rows = main_rows(document)
    for number in ("1", "2", "3", "4"):
        text = rows[number].cells[3].text
        assert ACTUALS[("s-sosn", number)] in text
        assert "Балайская СОШ" not in text and not text.startswith("Сосновская СОШ:")
    assert rows["2"].cells[3].paragraphs[0].runs[0].text == "В работе, просрочено. "
    assert [row.cells[0].text for row in document.tables[1].rows[1:]] == ["Сосновская СОШ"]


def test_text_that_breaks_careless_writers_survives(tmp_path):
    data = sample_report()
    nasty = "Итог: 5 < 7 & «кавычки» \"прямые\"\x01\x08 </w:t> ]]> конец"
    odd = (EvidenceLine("link", "javascript:alert(1)", "javascript:alert(1)"),
           EvidenceLine("document", "Приказ № 1", "ftp://x y"))
    first = data.sections[0].activities[0]
    result = replace(first.results[1], actual=nasty + "\nвторая строка", evidence=odd)
    activity = replace(first, results=(first.results[0], result, *first.results[2:]))
    data = replace(data, sections=(replace(data.sections[0], activities=(activity, *data.sections[0].activities[1:])),
                                   *data.sections[1:]))
    document = write(tmp_path, data)
    text = main_rows(document)["1"].cells[3].text
    assert "Итог: 5 < 7 & «кавычки» \"прямые\" </w:t> ]]> конец" in text and "вторая строка" in text
    assert "javascript:alert(1)" in text and "Приказ № 1 ftp://x y" in text
    # Neither is made clickable: only web and mail addresses are.
    assert not any(t.startswith(("javascript", "ftp://x")) for _l, t in hyperlinks(document, document.element.body))


def test_progress_runs_to_the_end_and_cancelling_leaves_no_file(tmp_path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "Справка.docx"
    DocxSpravka().write(sample_report(), out, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert len(seen) >= 2 + len(sample_report().sections)

    for stop_after in (1, 3, 6):
        calls = []

        def abort() -> bool:
            calls.append(1)
            return len(calls) > stop_after

        cancelled = tmp_path / f"Отменено-{stop_after}.docx"
        with pytest.raises(ReportCancelled):
            DocxSpravka().write(sample_report(), cancelled, abort=abort)
        assert not cancelled.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Справка.docx"]


def test_through_make_report_on_a_department_that_received_its_schools_bundles(tmp_path):
    sosnovka, tartas = "МБОУ «Сосновская СОШ»", "МБОУ «Тартасская СОШ»"
    district = make_district(tmp_path, [sosnovka, tartas])
    record_progress(district.schools[sosnovka], "1.1", status="done", actual="Проведён анализ ВПР",
                    documents=["Приказ от 09.03.2024 № 52 «Об анализе ВПР» https://clck.ru/34PaDg"])
    record_progress(district.schools[tartas], "1.1", status="in_progress", actual="Анализ начат",
                    links=["https://tartas.example/vpr"])
    district.send(district.schools[sosnovka], district.department)
    district.send(district.schools[tartas], district.department)
    record_progress(district.department, "1.2", status="done", actual="Семинар проведён")
    store = open_profile(district.department)
    try:
        result = make_report(store, "spravka", "docx", tmp_path / "Справка", ReportOptions())
    finally:
        store.close()
    assert result.path == tmp_path / "Справка.docx" and result.schools == 2
    document = docx.Document(str(result.path))
    rows = main_rows(document)
    assert "Проведён анализ ВПР" in rows["1.1"].cells[3].text and "Анализ начат" in rows["1.1"].cells[3].text
    assert "Семинар проведён" in rows["1.2"].cells[3].text
    targets = [t for _text, t in hyperlinks(document, document.element.body)]
    assert "https://clck.ru/34PaDg" in targets and "https://tartas.example/vpr" in targets
    assert "Отчётные сессии руководителей школ" in rows["1.3"].cells[1].text


def test_a_title_longer_than_the_file_properties_hold_is_whole_in_the_text(tmp_path):
    data = replace(sample_report(), roadmap_title="Очень длинное название дорожной карты " * 12)
    document = write(tmp_path, data)
    assert texts.title_text(data) in [p.text for p in document.paragraphs]
    assert len(document.core_properties.title) == 255 and document.core_properties.title.endswith("…")
