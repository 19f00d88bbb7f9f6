"""`report spravka` and `report monitoring` end to end: a department and two schools that really exchange bundles,
the reports written through the command line and read back, and the refusals a person may run into."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from app.profile import open_profile
from app.reports.base import ReportCancelled
from app.reports.service import ReportOptions, make_report, signature_settings
from app.timeutil import now
from exchange_helpers import make_district, record_progress

SOSNOVKA = "МБОУ «Сосновская СОШ»"
TARTAS = "МБОУ «Тартасская СОШ»"
ORDER = "Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара» https://clck.ru/34PaDg"


@pytest.fixture
def district(tmp_path):
    district = make_district(tmp_path, [SOSNOVKA, TARTAS])
    sosnovka, tartas = district.schools[SOSNOVKA], district.schools[TARTAS]
    record_progress(sosnovka, "1.1", status="done", actual="Проведён анализ ВПР по русскому языку", documents=[ORDER])
    record_progress(tartas, "1.1", status="in_progress", actual="Анализ начат в марте", links=["https://tartas.example/vpr"])
    record_progress(tartas, "1.3", status="not_done", actual="Сессия перенесена")
    district.send(sosnovka, district.department)
    district.send(tartas, district.department)
    record_progress(district.department, "1.2", status="done", actual="Семинар проведён для 12 заместителей")
    district.send(district.department, sosnovka, tartas)
    return district


def pdf_text(path: Path) -> str:
    """The PDF's words in reading order, a word hyphenated at a line end joined back."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(re.sub(r"(?<=[а-яё])[-\u00ad]\n(?=[а-яё])", "", text).split())


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def test_spravka_as_pdf_and_docx_carries_every_schools_results(district, cli, tmp_path):
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        out = tmp_path / f"Справка.{fmt}"
        run = cli("--data-dir", district.department, "report", "spravka", "--format", fmt, "--out", out,
                  "--signer-position", "Начальник отдела образования", "--signer-name", "И.О. Петров")
        assert run.code == 0, run.err
        assert run.out == ""
        assert f"Справка сохранена: {out} (2 школы, 3 мероприятия" in run.err
        text = read(out)
        for expected in ("Проведён анализ ВПР по русскому языку", "Анализ начат в марте", "Сессия перенесена",
                         "Семинар проведён для 12 заместителей", "Приказ Отдела образования от 09.03.2022 № 52",
                         "https://tartas.example/vpr", "И.О. Петров"):
            assert expected in text, (fmt, expected)
        assert not list(tmp_path.glob(".*part*")), "no temporary file is left behind"


def test_monitoring_form_as_xlsx(district, cli, tmp_path):
    import openpyxl

    out = tmp_path / "Мониторинг.xlsx"
    run = cli("--data-dir", district.department, "report", "monitoring", "--format", "xlsx", "--out", out, "--json")
    assert run.code == 0, run.err
    summary = json.loads(run.out)
    assert summary["kind"] == "monitoring" and summary["path"] == str(out) and summary["schools"] == 2
    assert summary["activities"] == 3 and summary["size"] == out.stat().st_size
    cells = [str(c.value) for sheet in openpyxl.load_workbook(out).worksheets for row in sheet.iter_rows() for c in row
             if c.value is not None]
    assert any("Анализ начат в марте" in value for value in cells)


def test_the_school_reports_on_itself_and_the_department_on_one_school(district, cli, tmp_path):
    own = tmp_path / "Своя.docx"
    assert cli("--data-dir", district.schools[TARTAS], "report", "spravka", "--format", "docx", "--out", own).code == 0
    one = tmp_path / "Одна.docx"
    run = cli("--data-dir", district.department, "report", "spravka", "--format", "docx", "--out", one, "--school", "Тартасская")
    assert run.code == 0, run.err
    assert "(1 школа, 2 мероприятия" in run.err
    for path in (own, one):
        text = docx_text(path)
        assert "Сессия перенесена" in text
        assert "Проведён анализ ВПР по русскому языку" not in text


def test_as_of_is_read_in_both_date_forms_and_a_bad_one_is_refused(district, cli, tmp_path):
    today = now().date()
    out = tmp_path / "Справка.pdf"
    for written in (today.isoformat(), today.strftime("%d.%m.%Y")):
        run = cli("--data-dir", district.department, "report", "spravka", "--format", "pdf", "--out", out, "--as-of", written,
                  "--json")
        assert run.code == 0, run.err
        assert json.loads(run.out)["as_of"] == today.isoformat()
    for bad, reason in (("31.02.2024", "не распознана"), ("2999-01-01", "ещё не наступила"), ("2001-01-01", "профиля ещё не было")):
        run = cli("--data-dir", district.department, "report", "spravka", "--format", "pdf", "--out", tmp_path / "x.pdf",
                  "--as-of", bad)
        assert (run.code, run.out) == (1, ""), bad
        assert reason in run.err and "Traceback" not in run.err
        assert not (tmp_path / "x.pdf").exists()


def test_refusals_say_what_to_do(district, cli, tmp_path):
    base = ("--data-dir", district.department, "report", "spravka", "--format", "pdf")
    unknown = cli(*base, "--out", tmp_path / "a.pdf", "--school", "Несуществующая")
    assert unknown.code == 1 and "не найдена" in unknown.err
    missing = cli(*base, "--out", tmp_path / "нет такой папки" / "a.pdf")
    assert missing.code == 1 and "не существует" in missing.err
    folder = cli(*base, "--out", tmp_path)
    assert folder.code == 1 and "это папка" in folder.err
    wrong = cli(*base, "--out", tmp_path / "a.docx")
    assert wrong.code == 1 and ".pdf" in wrong.err
    usage = cli("--data-dir", district.department, "report", "spravka", "--format", "xlsx", "--out", tmp_path / "a.xlsx")
    assert usage.code == 2 and "недопустимое значение" in usage.err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.xlsx"))


def test_the_signature_is_remembered_for_next_time(district, cli, tmp_path):
    base = ("--data-dir", district.department, "report", "spravka", "--format", "docx")
    assert cli(*base, "--out", tmp_path / "1.docx", "--signer-position", "Начальник отдела образования",
               "--signer-name", "И.О.  Петров", "--executor", "Исполнитель: Васильева И.С., тел. 2-15-40").code == 0
    assert cli(*base, "--out", tmp_path / "2.docx", "--signer-name", "А.Б. Сидоров").code == 0
    store = open_profile(district.department)
    try:
        saved = signature_settings(store)
    finally:
        store.close()
    assert (saved.position, saved.name, saved.executor) == (
        "Начальник отдела образования", "А.Б. Сидоров", "Исполнитель: Васильева И.С., тел. 2-15-40")
    text = docx_text(tmp_path / "2.docx")
    assert "А.Б. Сидоров" in text and "Васильева И.С." in text


def test_cancelling_leaves_no_file_and_progress_runs_to_the_end(district, tmp_path):
    store = open_profile(district.department)
    try:
        out = tmp_path / "Справка.pdf"
        seen: list[int] = []
        result = make_report(store, "spravka", "pdf", out, ReportOptions(), progress=lambda done, total: seen.append(done))
        assert result.path == out and out.stat().st_size == result.size
        assert seen == sorted(seen) and seen[-1] == 100
        assert result.pages is None or result.pages >= 1

        calls = []

        def abort() -> bool:
            calls.append(1)
            return len(calls) > 3

        cancelled = tmp_path / "Отменённая.pdf"
        with pytest.raises(ReportCancelled):
            make_report(store, "spravka", "pdf", cancelled, ReportOptions(), abort=abort)
        assert not cancelled.exists()
        assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or ".part" in p.name) == ["Справка.pdf"]
    finally:
        store.close()


def test_a_department_without_a_roadmap_is_told_to_import_one(cli, tmp_path):
    department = tmp_path / "department"
    assert cli("--data-dir", department, "init", "department", "--name", "Отдел образования").code == 0
    for kind, fmt in (("spravka", "pdf"), ("monitoring", "xlsx")):
        out = tmp_path / f"r.{fmt}"
        run = cli("--data-dir", department, "report", kind, "--format", fmt, "--out", out)
        assert run.code == 1 and "нет дорожной карты" in run.err and "roadmap import" in run.err
        assert not out.exists()
