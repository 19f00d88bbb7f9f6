"""`roadmap import` as a person uses it: real Word and Excel files in, `roadmap show --json` out, compared
field by field with values written by hand; re-importing a corrected file keeps the progress recorded;
refused files change nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import db_dump, query
from tests.fixtures.roadmaps.expected import CORRECTED_TITLE_1_2, EXPECTED, MUNICIPAL_PLAN, SCHOOL_PROGRAMME

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "roadmaps"
FIELDS = ("number", "section", "title", "responsible", "deadline_text", "windows", "recurrence", "result")


@pytest.fixture
def fresh_department(tmp_path, cli) -> Path:
    root = tmp_path / "department"
    assert cli("--data-dir", root, "init", "department", "--name", "Управление образования").code == 0
    return root


def show(cli, root: Path) -> list[dict]:
    result = cli("--data-dir", root, "roadmap", "show", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)["roadmaps"]


def change_log_rows(root: Path) -> int:
    return query(root, "SELECT COUNT(*) FROM change_log")[0][0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_of_every_activity(name, fresh_department, cli):
    expected = EXPECTED[name]
    result = cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / name)
    assert result.code == 0, result.err
    [roadmap] = show(cli, fresh_department)
    assert roadmap["title"] == expected["title"]
    assert roadmap["period"] == expected["period"]
    assert roadmap["order"] == expected["order"]
    got = [{field: item[field] for field in FIELDS} for item in roadmap["items"]]
    for index, (found, wanted) in enumerate(zip(got, expected["items"], strict=False)):
        assert found == wanted, f"{name}: activity {index + 1}"
    assert len(got) == len(expected["items"])
    assert [{k: v for k, v in i.items()} for i in roadmap["indicators"]] == expected["indicators"]
    for table in expected["skipped"]:
        assert table in result.err


def test_report_says_what_was_read(fresh_department, cli):
    result = cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "other_wording.docx")
    assert result.code == 0
    assert result.out == ""  # the report is for a person: stderr only
    assert "мероприятий — 6 (новых — 6" in result.err
    assert "«Когда» → срок" in result.err and "«Кто отвечает» → ответственные" in result.err
    assert "«Что получим» → ожидаемый результат" in result.err
    # The deadline nobody can date is listed, with where it is (the rows have no numbers).
    assert "«после утверждения бюджета»" in result.err and "таблица 1, строка 5" in result.err
    assert "таблица 2 — список людей (ФИО, должность)" in result.err
    assert "таблица 3 — блок подписей" in result.err
    assert "Мероприятий без номера: 6" in result.err


def test_report_as_json(fresh_department, cli):
    result = cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "001_municipal_plan.docx", "--json")
    assert result.code == 0
    report = json.loads(result.out)
    assert report["created"] is True and report["activities"] == 15 and report["sections"] == 4
    assert {"header": "Сроки исполнения", "field": "deadline"} in report["columns"]
    assert {"header": "Форма предоставления результата", "field": "result"} in report["columns"]
    assert report["skipped_tables"][0]["table"] == "таблица 1"
    assert report["order"] == {"number": "49-ра", "date": "2020-02-28"}


def test_reimport_of_a_corrected_file_keeps_progress(fresh_department, cli):
    root = fresh_department
    assert cli("--data-dir", root, "roadmap", "import", FIXTURES / "001_municipal_plan.docx").code == 0
    before = {item["number"]: item for item in show(cli, root)[0]["items"]}
    # Progress on 3.3 (renumbered 3.4 in the corrected file) and on 2.2 (removed from it).
    assert cli("--data-dir", root, "progress", "set", "3.3", "--status", "in_progress", "--actual", "Приглашён психолог").code == 0
    assert cli("--data-dir", root, "progress", "set", "2.2", "--status", "done").code == 0

    # A corrected version, saved under another name.
    corrected = root.parent / "план_исправленный.docx"
    shutil.copy(FIXTURES / "001_municipal_plan_corrected.docx", corrected)
    result = cli("--data-dir", root, "roadmap", "import", corrected)
    assert result.code == 0, result.err
    assert "Обновлена дорожная карта" in result.err
    assert "новых — 1, изменено — 2, без изменений — 12, удалено — 1" in result.err

    [roadmap] = show(cli, root)
    after = {item["number"]: item for item in roadmap["items"]}
    assert after["1.2"]["id"] == before["1.2"]["id"] and after["1.2"]["title"] == CORRECTED_TITLE_1_2
    assert after["3.4"]["id"] == before["3.3"]["id"]
    assert after["3.3"]["title"] == "Организация родительского просвещения" and after["3.3"]["id"] not in {i["id"] for i in before.values()}
    assert "2.2" not in after
    assert [item["number"] for item in roadmap["items"]] == [
        "1.1", "1.2", "1.3", "2.1", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "1", "2", "3", "4"]

    progress = json.loads(cli("--data-dir", root, "progress", "show", "--json").out)["department"]["items"]
    recorded = {item["number"]: item for item in progress if item["updated_at"]}
    assert recorded["3.4"]["status"] == "in_progress" and recorded["3.4"]["actual"] == "Приглашён психолог"
    # The removed activity is a tombstone: its report stays in the database.
    assert query(root, "SELECT a.deleted, p.status FROM progress p JOIN activity a ON a.id = p.activity_id WHERE a.number = '2.2'") == [(1, "done")]


def test_identical_reimport_changes_nothing(fresh_department, cli):
    root = fresh_department
    assert cli("--data-dir", root, "roadmap", "import", FIXTURES / "002_kyzyl_plan.docx").code == 0
    rows, revisions = change_log_rows(root), query(root, "SELECT id, revision FROM activity ORDER BY id")
    result = cli("--data-dir", root, "roadmap", "import", FIXTURES / "002_kyzyl_plan.docx")
    assert result.code == 0
    assert "изменено — 0, без изменений — 6, удалено — 0" in result.err
    assert change_log_rows(root) == rows
    assert query(root, "SELECT id, revision FROM activity ORDER BY id") == revisions


def test_period_and_title_given_on_the_command_line(fresh_department, cli):
    result = cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "two_row_header.docx",
                 "--period", "01.01.2026:31.12.2026", "--title", "Дорожная карта школы на 2026 год")
    assert result.code == 0, result.err
    [roadmap] = show(cli, fresh_department)
    assert roadmap["title"] == "Дорожная карта школы на 2026 год"
    assert roadmap["period"] == ["2026-01-01", "2026-12-31"]
    assert roadmap["items"][0]["windows"] == [["2026-03-01", "2026-03-31"]]

    iso = cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "two_row_header.docx",
              "--period", "2027-01-01:2027-12-31", "--title", "Дорожная карта школы на 2026 год")
    assert iso.code == 0 and "Обновлена" in iso.err
    assert show(cli, fresh_department)[0]["period"] == ["2027-01-01", "2027-12-31"]


@pytest.mark.parametrize("period", ["2024-01-01", "2024-12-31:2024-01-01", "первое:второе", "2024-13-01:2024-12-31"])
def test_a_wrong_period_is_a_usage_error(period, fresh_department, cli):
    before = db_dump(fresh_department)
    result = cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "two_row_header.docx", "--period", period)
    assert result.code == 2
    assert "период" in result.err
    assert db_dump(fresh_department) == before


def test_without_a_period_the_report_asks_for_one(fresh_department, cli, tmp_path):
    from docx import Document

    path = tmp_path / "без периода.docx"
    document = Document()
    document.add_paragraph("План мероприятий по повышению качества образования")
    table = document.add_table(rows=3, cols=4)
    for row, cells in enumerate([["№", "Мероприятие", "Срок", "Ответственный"],
                                 ["1", "Анализ результатов ВПР", "весь период", "заместитель директора"],
                                 ["2", "Пробный ОГЭ", "март 2025 года", "заместитель директора"]]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(path)
    result = cli("--data-dir", fresh_department, "roadmap", "import", path)
    assert result.code == 0
    assert "Период в документе не найден" in result.err
    assert "1: «весь период»" in result.err
    items = show(cli, fresh_department)[0]["items"]
    assert items[0]["windows"] == [] and items[0]["deadline_issue"]
    assert items[1]["windows"] == [["2025-03-01", "2025-03-31"]]


def _old_word_file(path: Path) -> Path:
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 4000)
    return path


def _empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _no_roadmap(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph("Состав рабочей группы")
    table = document.add_table(rows=2, cols=3)
    for column, text in enumerate(["№", "ФИО", "Должность"]):
        table.cell(0, column).text = text
    for column, text in enumerate(["1", "Иванова М.П.", "директор"]):
        table.cell(1, column).text = text
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: _old_word_file(tmp / "план.doc"), "Word 97"),
        (lambda tmp: _no_roadmap(tmp / "группа.docx"), "не найдена таблица дорожной карты"),
        (lambda tmp: _empty_file(tmp / "пусто.docx"), "пуст"),
        (lambda tmp: tmp / "нет такого.docx", "нет такого.docx"),
    ],
)
def test_a_refused_file_changes_nothing(make, words, fresh_department, cli, tmp_path):
    assert cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "workbook_plan.xlsx").code == 0
    before, backups = db_dump(fresh_department), sorted((fresh_department / "backups").iterdir())
    result = cli("--data-dir", fresh_department, "roadmap", "import", make(tmp_path))
    assert result.code == 1
    assert words in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert db_dump(fresh_department) == before
    assert sorted((fresh_department / "backups").iterdir()) == backups


def test_an_import_makes_a_verified_backup_first(fresh_department, cli):
    assert cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "workbook_plan.xlsx").code == 0
    assert any("import" in path.name for path in (fresh_department / "backups").iterdir())


def test_a_school_imports_its_own_roadmap(tmp_path, cli):
    department, school = tmp_path / "department", tmp_path / "school"
    enrollment = tmp_path / "school.orientir-enroll"
    assert cli("--data-dir", department, "init", "department", "--name", "Управление образования").code == 0
    assert cli("--data-dir", department, "school", "add", "--name", "МБОУ «Сосновская СОШ»", "--out", enrollment).code == 0
    assert cli("--data-dir", school, "init", "school", "--enrollment", enrollment).code == 0

    result = cli("--data-dir", school, "roadmap", "import", FIXTURES / "school_programme.docx")
    assert result.code == 0, result.err
    [roadmap] = show(cli, school)
    assert roadmap["owner"] == "school"
    assert roadmap["title"] == SCHOOL_PROGRAMME["title"]
    assert [{f: i[f] for f in FIELDS} for i in roadmap["items"]] == SCHOOL_PROGRAMME["items"]
    # The school records progress on its own activities.
    assert cli("--data-dir", school, "progress", "set", "2", "--status", "done").code == 0
    assert query(school, "SELECT owner_kind FROM roadmap") == [("school",)]


def test_the_municipal_roadmap_says_who_carries_each_activity_out(fresh_department, cli):
    assert cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / "001_municipal_plan.docx").code == 0
    items = {i["number"]: i for i in show(cli, fresh_department)[0]["items"]}
    assert (items["1.1"]["by_department"], items["1.1"]["by_schools"]) == (False, True)
    assert (items["2.4"]["by_department"], items["2.4"]["by_schools"]) == (True, False)
    assert (items["2.2"]["by_department"], items["2.2"]["by_schools"]) == (True, True)


def test_import_service_reports_progress_and_can_be_cancelled(fresh_department):
    from app.profile import open_profile
    from app.roadmap_import.errors import ImportCancelled
    from app.roadmap_import.service import import_roadmap

    store = open_profile(fresh_department)
    try:
        steps = []
        report = import_roadmap(store, FIXTURES / "001_municipal_plan.docx", progress=lambda done, total: steps.append((done, total)))
        assert report.activities == 15 and steps[-1][0] == steps[-1][1]
        before = db_dump(fresh_department)
        with pytest.raises(ImportCancelled):
            import_roadmap(store, FIXTURES / "002_kyzyl_plan.docx", abort=lambda: True)
        assert db_dump(fresh_department) == before
    finally:
        store.close()


def test_the_reimport_finds_the_roadmap_by_file_name_when_the_title_changed(fresh_department, cli):
    root = fresh_department
    assert cli("--data-dir", root, "roadmap", "import", FIXTURES / "workbook_plan.xlsx").code == 0
    first = show(cli, root)[0]
    result = cli("--data-dir", root, "roadmap", "import", FIXTURES / "workbook_plan.xlsx", "--title", "Дорожная карта (исправленная)")
    assert result.code == 0 and "Обновлена" in result.err
    [again] = show(cli, root)
    assert again["id"] == first["id"] and again["title"] == "Дорожная карта (исправленная)"
    assert [i["id"] for i in again["items"]] == [i["id"] for i in first["items"]]


def test_two_documents_make_two_roadmaps(fresh_department, cli):
    for name in ("001_municipal_plan.docx", "workbook_plan.xlsx"):
        assert cli("--data-dir", fresh_department, "roadmap", "import", FIXTURES / name).code == 0
    titles = [r["title"] for r in show(cli, fresh_department)]
    assert sorted(titles) == sorted([MUNICIPAL_PLAN["title"], EXPECTED["workbook_plan.xlsx"]["title"]])


def test_fixtures_are_built_by_the_script(tmp_path):
    """The committed files are what build.py makes (so a changed builder is noticed)."""
    from tests.fixtures.roadmaps.build import build

    made = {path.name for path in build(tmp_path)}
    assert made == {p.name for p in FIXTURES.iterdir() if p.suffix in (".docx", ".xlsx")}
