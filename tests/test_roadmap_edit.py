"""Changing a roadmap from the command line: add, edit, remove — each a single new revision in the change
log, the reports kept, and only the roadmap's owner allowed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.conftest import db_dump, query


def items(cli, root: Path, owner: str = "department") -> list[dict]:
    roadmaps = json.loads(cli("--data-dir", root, "roadmap", "show", "--json").out)["roadmaps"]
    return next(r for r in roadmaps if r["owner"] == owner)["items"]


def activity_log(root: Path, number: str) -> list[tuple]:
    """The change-log rows of the activity that has (or had) this number, oldest first."""
    return query(
        root,
        "SELECT op, revision, json_extract(data, '$.number'), json_extract(data, '$.deleted') FROM change_log "
        "WHERE entity = 'activity' AND record_id IN (SELECT record_id FROM change_log WHERE entity = 'activity' "
        "AND json_extract(data, '$.number') = ?) ORDER BY seq",
        number,
    )


def test_department_adds_an_activity_in_its_section(department, cli):
    result = cli("--data-dir", department, "roadmap", "add", "1.4", "--title", "Методический десант в школы",
                 "--section", "1", "--deadline", "апрель 2024 года", "--responsible", "МКУ «ИМЦ»",
                 "--result", "адресные рекомендации")
    assert result.code == 0, result.err
    assert result.err.startswith("Мероприятие 1.4 «Методический десант в школы» добавлено в дорожную карту «Дорожная карта на 2024 год».")
    assert "Школы получат изменение со следующим пакетом отдела." in result.err
    added = items(cli, department)
    assert [i["number"] for i in added] == ["1.1", "1.2", "1.3", "1.4"]
    new = added[-1]
    assert new["section"] == "1. Мероприятия по мониторингу и аналитике"
    assert new["windows"] == [["2024-04-01", "2024-04-30"]] and new["deadline_text"] == "апрель 2024 года"
    assert new["responsible"] == "МКУ «ИМЦ»" and new["result"] == "адресные рекомендации"
    assert activity_log(department, "1.4") == [("insert", 1, "1.4", 0)]


def test_a_new_section_and_number_order(department, cli):
    assert cli("--data-dir", department, "roadmap", "add", "2.1", "--title", "Курсы повышения квалификации",
               "--section", "2. Работа с педагогами", "--deadline", "ежеквартально").code == 0
    # 1.0 goes before 1.1, at the head of its section, not at the end of the roadmap.
    assert cli("--data-dir", department, "roadmap", "add", "1.0", "--title", "Установочное совещание", "--section", "1").code == 0
    shown = items(cli, department)
    assert [i["number"] for i in shown] == ["1.0", "1.1", "1.2", "1.3", "2.1"]
    courses = shown[-1]
    assert courses["section"] == "2. Работа с педагогами"
    assert courses["recurrence"] == "quarterly" and courses["windows"] == [["2024-01-01", "2024-12-31"]]
    assert query(department, "SELECT number, title FROM section ORDER BY position") == [
        ("1", "1. Мероприятия по мониторингу и аналитике"), ("2", "2. Работа с педагогами")
    ]
    # Naming the new section by its number alone now finds it.
    assert cli("--data-dir", department, "roadmap", "add", "2.2", "--title", "Наставничество", "--section", "2").code == 0
    assert items(cli, department)[-1]["section"] == "2. Работа с педагогами"


def test_edit_bumps_the_revision_once_and_rereads_the_deadline(department, cli):
    result = cli("--data-dir", department, "roadmap", "edit", "1.1", "--title", "Анализ результатов ВПР и ОГЭ",
                 "--deadline", "март 2024 года", "--responsible", "МКУ «ИМЦ», руководители школ")
    assert result.code == 0, result.err
    assert "Мероприятие 1.1 «Анализ результатов ВПР и ОГЭ» изменено: название, срок, ответственные." in result.err
    edited = items(cli, department)[0]
    assert edited["title"] == "Анализ результатов ВПР и ОГЭ" and edited["deadline_text"] == "март 2024 года"
    assert edited["windows"] == [["2024-03-01", "2024-03-31"]]
    assert activity_log(department, "1.1") == [("insert", 1, "1.1", 0), ("update", 2, "1.1", 0)]

    before = db_dump(department)
    same = cli("--data-dir", department, "roadmap", "edit", "1.1", "--title", "Анализ результатов ВПР и ОГЭ")
    assert same.code == 0 and "ничего не изменилось" in same.err
    assert db_dump(department) == before


def test_renumbering(department, cli):
    taken = cli("--data-dir", department, "roadmap", "edit", "1.1", "--number", "1.2")
    assert taken.code == 1 and "уже есть мероприятие с номером 1.2" in taken.err
    moved = cli("--data-dir", department, "roadmap", "edit", "1.1", "--number", "1.9")
    assert moved.code == 0 and "изменено: номер" in moved.err
    assert [i["number"] for i in items(cli, department)] == ["1.2", "1.3", "1.9"]
    assert activity_log(department, "1.9")[-1] == ("update", 2, "1.9", 0)


def test_removed_activity_is_hidden_but_its_reports_stay(department, cli):
    assert cli("--data-dir", department, "progress", "set", "1.2", "--status", "done", "--actual", "Семинар проведён").code == 0
    removed = cli("--data-dir", department, "roadmap", "remove", "1.2")
    assert removed.code == 0, removed.err
    assert "Мероприятие 1.2 «Семинар для заместителей директоров» убрано из дорожной карты" in removed.err
    assert "Отчёты по нему сохранены (1)." in removed.err
    assert [i["number"] for i in items(cli, department)] == ["1.1", "1.3"]
    assert activity_log(department, "1.2") == [("insert", 1, "1.2", 0), ("update", 2, "1.2", 1)]
    assert query(department, "SELECT p.status, p.actual_result FROM progress p JOIN activity a ON a.id = p.activity_id "
                             "WHERE a.number = '1.2'") == [("done", "Семинар проведён")]
    shown = json.loads(cli("--data-dir", department, "progress", "show", "--json").out)
    assert [i["number"] for i in shown["department"]["items"]] == ["1.3"]
    # Gone from the roadmap: no longer editable, and its number is free again.
    again = cli("--data-dir", department, "roadmap", "remove", "1.2")
    assert again.code == 1 and "Мероприятия с номером 1.2 нет" in again.err
    assert cli("--data-dir", department, "roadmap", "add", "1.2", "--title", "Новый семинар", "--section", "1").code == 0
    assert [i["number"] for i in items(cli, department)] == ["1.1", "1.2", "1.3"]


def test_refusals_change_nothing(department, cli):
    before = db_dump(department)
    cases = [
        (("roadmap", "add", "1.1", "--title", "Повтор"), "уже есть мероприятие с номером 1.1"),
        (("roadmap", "add", "1.5", "--title", "   "), "номер и название"),
        (("roadmap", "add", "3.1", "--title", "Что-то", "--section", "3"), "Раздела 3 в дорожной карте нет"),
        (("roadmap", "add", "1.5", "--title", "Что-то", "--section", "1. Другое название"), "уже есть раздел 1"),
        (("roadmap", "add", "1.5", "--title", "Что-то", "--roadmap", "нет-такой"), "не найдена"),
        (("roadmap", "edit", "1.1", "--title", " "), "не может быть пустым"),
        (("roadmap", "edit", "9.9", "--title", "Что-то"), "Мероприятия с номером 9.9 нет"),
    ]
    for args, expected in cases:
        result = cli("--data-dir", department, *args)
        assert result.code == 1, args
        assert expected in result.err, (args, result.err)
        assert "\n" not in result.err.strip()
    nothing = cli("--data-dir", department, "roadmap", "edit", "1.1")
    assert nothing.code == 2 and "Укажите, что изменить" in nothing.err
    assert db_dump(department) == before


def test_a_school_cannot_change_the_municipal_roadmap(demo_school, cli):
    before = db_dump(demo_school)
    for args in (("roadmap", "edit", "1.1", "--title", "Своё название"), ("roadmap", "remove", "1.1")):
        result = cli("--data-dir", demo_school, *args)
        assert result.code == 1 and "изменить её может только отдел" in result.err, result.err
    add = cli("--data-dir", demo_school, "roadmap", "add", "9.1", "--title", "Своё мероприятие")
    assert add.code == 1 and "У школы пока нет своей дорожной карты" in add.err
    assert db_dump(demo_school) == before


def test_a_school_edits_its_own_roadmap(demo_school, cli):
    from app.profile import open_profile
    from app.roadmaps import create_roadmap

    # The school's own roadmap, as `roadmap import` leaves it.
    store = open_profile(demo_school)
    try:
        with store.writing() as session:
            create_roadmap(session, store.info, "Программа перехода школы в эффективный режим работы",
                           period=(date(2024, 9, 1), date(2025, 8, 31)))
    finally:
        store.close()
    added = cli("--data-dir", demo_school, "roadmap", "add", "1.1", "--title", "Диагностика профессиональных дефицитов",
                "--section", "1. Кадры", "--deadline", "октябрь 2024 года")
    assert added.code == 0, added.err
    assert "Отдел образования получит изменение со следующим пакетом школы." in added.err
    # «1.1» is in both roadmaps; the school can only mean its own.
    assert cli("--data-dir", demo_school, "roadmap", "edit", "1.1", "--deadline", "ноябрь 2024").code == 0
    own = items(cli, demo_school, owner="school")
    assert [(i["number"], i["windows"]) for i in own] == [("1.1", [["2024-11-01", "2024-11-30"]])]
    school_id = query(demo_school, "SELECT school_id FROM profile")[0][0]
    assert query(demo_school, "SELECT DISTINCT owner_kind, owner_school_id FROM activity WHERE owner_kind = 'school'") == [
        ("school", school_id)
    ]
    assert items(cli, demo_school)[0]["title"].startswith("Пополнение фонда школьной библиотеки")


def test_schools_receive_the_changes_and_keep_their_progress(department, tmp_path, cli):
    school = tmp_path / "school"
    assert cli("--data-dir", department, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", tmp_path / "t.enroll").code == 0
    assert cli("--data-dir", school, "init", "school", "--enrollment", tmp_path / "t.enroll").code == 0

    def send(bundle: str) -> None:
        assert cli("--data-dir", department, "export", "--out", tmp_path / bundle).code == 0
        imported = cli("--data-dir", school, "import", tmp_path / bundle)
        assert imported.code == 0, imported.err

    send("1.orientir")
    for number in ("1.1", "1.3"):
        assert cli("--data-dir", school, "progress", "set", number, "--status", "done", "--actual", f"Сделано {number}").code == 0

    assert cli("--data-dir", department, "roadmap", "edit", "1.1", "--title", "Анализ ВПР и ОГЭ", "--deadline", "март 2024 года").code == 0
    assert cli("--data-dir", department, "roadmap", "remove", "1.3").code == 0
    assert cli("--data-dir", department, "roadmap", "add", "1.4", "--title", "Методический десант", "--section", "1").code == 0
    send("2.orientir")

    shown = items(cli, school)
    assert [(i["number"], i["title"]) for i in shown] == [
        ("1.1", "Анализ ВПР и ОГЭ"), ("1.2", "Семинар для заместителей директоров"), ("1.4", "Методический десант")
    ]
    assert shown[0]["windows"] == [["2024-03-01", "2024-03-31"]]
    progress = json.loads(cli("--data-dir", school, "progress", "show", "--json").out)["schools"][0]["items"]
    assert [(i["number"], i["status"], i["actual"]) for i in progress] == [
        ("1.1", "done", "Сделано 1.1"), ("1.4", "not_started", "")
    ]
    # The report on the removed activity is still in the school's database.
    assert query(school, "SELECT p.actual_result FROM progress p JOIN activity a ON a.id = p.activity_id "
                         "WHERE a.number = '1.3' AND a.deleted = 1") == [("Сделано 1.3",)]
