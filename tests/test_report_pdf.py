"""The analytical report as PDF, read back with poppler as a reader would see it: every school's results
and evidence, the summary figures, the signature; every font embedded; page numbers from page 2; the
table header on every page; no word cut letter by letter; «Отмена» leaves no file."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.reports import charts, texts
from app.reports.base import ReportCancelled
from app.reports.model import ActivityReport, SectionReport
from app.reports.pdf import PdfSpravka
from tests.report_samples import (
    ACTUALS,
    DEPARTMENT,
    DEPARTMENT_ACTUALS,
    LONG_LINK,
    ORDER_52,
    PROTOCOL_FILE,
    SCHOOLS,
    SIGNATURE,
    big_report,
    sample_report,
)


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def words(path: Path) -> str:
    """The PDF's text with line ends and runs of spaces made single spaces, a hyphenated word joined back."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", pdftotext(path))
    return re.sub(r"\s+", " ", text)


def pages(path: Path) -> list[str]:
    return pdftotext(path).split("\f")[:-1]


def write(tmp_path: Path, data, name: str = "Справка.pdf", **kwargs) -> Path:
    out = tmp_path / name
    PdfSpravka().write(data, out, **kwargs)
    return out


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def said(phrase: str, text: str) -> bool:
    """The phrase is in the text, or its words are in order with short gaps: a row split across pages is
    read with the page's number, the repeated header and the other columns' ends in between."""
    if squeeze(phrase) in text:
        return True
    wanted, found = phrase.split(), text.split()
    for start in (i for i, word in enumerate(found) if word == wanted[0]):
        at = start
        for word in wanted[1:]:
            window = found[at + 1 : at + 40]
            if word not in window:
                break
            at += 1 + window.index(word)
        else:
            return True
    return False


def test_the_district_report_carries_every_schools_results_evidence_and_signature(tmp_path):
    out = write(tmp_path, sample_report())
    text = words(out)
    assert DEPARTMENT in text
    assert "Аналитическая справка о результатах реализации мероприятий дорожной карты" in text
    assert "от 20.05.2025 № 89" in text and "по состоянию на 20.05.2026" in text
    assert "1. Процедура мониторинга." in text and "2. Результаты мониторинга." in text
    for _party, full, short in SCHOOLS:
        assert f"{full} (далее – {short})" in text  # the participants, each with the name the table uses
        assert f"{short}:" in text  # each school's label in the table
    for actual in [*ACTUALS.values(), *DEPARTMENT_ACTUALS.values()]:
        if actual:
            assert said(actual, text), actual
    assert "Толстихинская СОШ: не начато, просрочено." in text
    assert "Фактический результат не указан." in text
    assert squeeze(ORDER_52) + " https://clck.ru/34PaDg" in text
    assert LONG_LINK in re.sub(r"\s+", "", pdftotext(out))  # cut at its slashes, but all there
    assert f"файл «{PROTOCOL_FILE}»" in re.sub(r"\n", "", pdftotext(out))
    assert SIGNATURE.position in text and SIGNATURE.name in text and SIGNATURE.executor in text
    assert "22.05.2026" in text


def test_summary_figures_and_indicators_are_printed(tmp_path):
    out = write(tmp_path, sample_report())
    layout = pdftotext(out, "-layout")
    figures: dict[str, list[str]] = {}
    for line in layout.splitlines():  # the table comes before the chart, whose bars carry figures too
        found = re.match(r"\s*(Балайская|Сосновская|Толстихинская)(?: СОШ)?\s+(\d[\d\s]*)$", line)
        if found:  # the name may wrap, «СОШ» going to the next line
            figures.setdefault(found[1] + " СОШ", found[2].split())
    # Всего, выполнено, в работе, не начато, не выполнено, отменено, просрочено, доля %.
    assert figures["Балайская СОШ"] == ["4", "4", "0", "0", "0", "0", "0", "100"]
    assert figures["Сосновская СОШ"] == ["4", "2", "2", "0", "0", "0", "1", "50"]
    assert figures["Толстихинская СОШ"] == ["4", "0", "2", "1", "1", "0", "2", "0"]
    total = next(line for line in layout.splitlines() if "Итого по школам" in line)
    assert total.split()[3:] == ["12", "6", "4", "1", "1", "0", "3", "50"]
    text = words(out)
    assert "Доля обучающихся, не преодолевших минимальный порог ОГЭ по математике" in text
    assert "План: 2025 год — 15; 2026 год — 12." in text
    assert re.search(r"^\s*Сосновская СОШ\s+16,2 %\s+13,1 %\s*$", layout, re.MULTILINE)
    assert re.search(r"^\s*Толстихинская СОШ\s+—\s+—\s*$", layout, re.MULTILINE)
    assert "просрочено: 2" in text  # beside Толстихинская's bar in the chart
    assert "5. Что изменилось с прошлого мониторинга." in text
    assert "Балайская СОШ, 1 «Анализ данных по итогам процедур идентификации ШНОР»: в работе → выполнено" in text


def test_a_roadmap_without_indicators_says_so_and_where_they_come_from(tmp_path):
    text = words(write(tmp_path, replace(sample_report(), indicators=())))
    assert "4. Показатели реализации Дорожной карты. Показатели в Дорожной карте не заданы. Они загружаются" in text
    assert squeeze(texts.no_indicators_text()) in text


def test_every_font_is_embedded(tmp_path):
    out = write(tmp_path, sample_report())
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        assert re.search(r"\byes\s+yes\s+yes\b", row), row  # emb sub uni


def test_page_numbers_start_on_page_two_and_the_header_repeats(tmp_path):
    out = write(tmp_path, big_report(schools=12, activities=8, sections=2))
    texts = pages(out)
    assert len(texts) > 3
    assert texts[0].split()[0] != "1"
    for number, page in enumerate(texts[1:], start=2):
        assert page.split()[0] == str(number)
        assert "Наименование мероприятия" in squeeze(page) or number > len(texts) - 3
    assert "(продолжение)" in pdftotext(out)


def test_the_one_school_report_says_the_state_without_labels(tmp_path):
    school = SCHOOLS[1][1]
    text = words(write(tmp_path, sample_report(school=school)))
    assert f"в {school}" in text
    assert f"Справка составлена по общеобразовательной организации {school} (далее – Сосновская СОШ)." in text
    assert "Сосновская СОШ:" not in text and "Балайская СОШ" not in text
    assert said("Выполнено. Аналитическая записка по итогам идентификации подготовлена, выводы учтены", text)


def test_long_words_are_hyphenated_never_cut_letter_by_letter(tmp_path):
    title = ("Высококвалифицированных общеобразовательных контрольно-измерительных материалов "
             "совершенствования профессиональных компетенций педагогических работников")
    data = sample_report()
    activity = replace(data.sections[0].activities[0], title=title, expected_result=title, number="1.10")
    data = replace(data, sections=(SectionReport("Раздел", (activity,)),))
    out = write(tmp_path, data)
    for mode in ((), ("-layout",)):
        for line in pdftotext(out, *mode).splitlines():
            for cell in re.split(r"\s{2,}", line.strip()):
                assert not re.fullmatch(r"[А-Яа-яЁё]-?", cell), (cell, line)
    text = words(out)
    for word in ("Высококвалифицированных", "общеобразовательных"):
        assert text.count(word) >= 2, word  # both columns, hyphenated and joined back whole


def test_a_result_taller_than_a_page_runs_on_over_several_pages(tmp_path):
    sentences = " ".join(f"Проведено мероприятие номер {i} для педагогов и родителей." for i in range(1, 401))
    data = sample_report()
    activity = data.sections[0].activities[0]
    huge = replace(activity.results[1], actual=sentences)
    activity = replace(activity, results=(activity.results[0], huge, *activity.results[2:]))
    # The same text also as the only party, in the activity's first row.
    alone = ActivityReport("9", "Одна школа", "Итог", "", "", (replace(huge, party_id="x", party_name="Школа Х"),))
    data = replace(data, sections=(SectionReport("Раздел", (activity, alone)),))
    out = write(tmp_path, data)
    text = words(out)
    assert text.count("Проведено мероприятие номер 400 для педагогов и родителей.") == 2
    assert text.count("номер 1 для педагогов") == 2
    assert len(pages(out)) > 6


def test_cancelling_raises_and_writes_nothing(tmp_path):
    calls = []

    def abort() -> bool:
        calls.append(1)
        return len(calls) > 5

    out = tmp_path / "Справка.pdf"
    with pytest.raises(ReportCancelled):
        PdfSpravka().write(big_report(schools=10, activities=20), out, abort=abort)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_progress_goes_up_to_the_total(tmp_path):
    seen: list[tuple[int, int]] = []
    write(tmp_path, big_report(schools=5, activities=12), progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _t in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] == 13
    assert len(seen) >= 12  # one step an activity, so the bar moves


def test_charts_split_many_schools_and_render_cyrillic_png():
    data = big_report(schools=60, activities=3)
    drawings = charts.progress_charts(data.schools, 500)
    assert len(drawings) == 3 and all(d.height < 700 for d in drawings)  # ≤ 25 schools each, a page each
    labels = [s.text for s in drawings[0].contents if hasattr(s, "text")]
    assert "Школа № 1" in labels and "Выполнено" in labels and "Школа № 26" not in labels
    png = charts.png_bytes(charts.indicator_chart(data.indicators[0], 500))
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    assert charts.progress_charts([], 500) == []


def test_the_report_of_a_real_district_through_the_service(tmp_path):
    from app.profile import open_profile
    from app.reports.service import ReportOptions, make_report
    from exchange_helpers import make_district, record_progress

    district = make_district(tmp_path, ["МБОУ «Сосновская СОШ»", "МБОУ «Тартасская СОШ»"])
    school = district.schools["МБОУ «Сосновская СОШ»"]
    record_progress(school, "1.1", status="done", actual="Проведён анализ ВПР & подготовлены <рекомендации>",
                    links=["https://sosnovka.example/vpr"])
    district.send(school, district.department)
    store = open_profile(district.department)
    try:
        out = tmp_path / "Справка района.pdf"
        make_report(store, "spravka", "pdf", out, ReportOptions())
    finally:
        store.close()
    text = words(out)
    assert "Проведён анализ ВПР & подготовлены <рекомендации>" in text
    assert "https://sosnovka.example/vpr" in text
    assert "Наименование мероприятия" in text and "Итого по школам" in text
