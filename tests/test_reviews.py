"""The curator's review from the command line: «принято» / «на доработку» with a remark, the school's reply,
and what each side sees in `progress show`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import db_dump, query

SCHOOL = "МКОУ Тартасская СОШ"
REMARK = "Приложите протокол педсовета и укажите, сколько учителей участвовало."


def send(cli, sender: Path, receiver: Path, bundle: Path) -> None:
    """One bundle by mail: the sender exports what is new, the receiver imports it."""
    exported = cli("--data-dir", sender, "export", "--out", bundle)
    assert exported.code == 0, exported.err
    imported = cli("--data-dir", receiver, "import", bundle)
    assert imported.code == 0, imported.err


@dataclass
class Pair:
    department: Path
    school: Path
    folder: Path
    sent: int = 0

    def to_school(self, cli) -> None:
        self.sent += 1
        send(cli, self.department, self.school, self.folder / f"{self.sent}-department.orientir")

    def to_department(self, cli) -> None:
        self.sent += 1
        send(cli, self.school, self.department, self.folder / f"{self.sent}-school.orientir")


@pytest.fixture
def pair(department, tmp_path, cli) -> Pair:
    """The department and one of its schools, whose report on 1.1 has reached the department."""
    school = tmp_path / "school"
    assert cli("--data-dir", department, "school", "add", "--name", SCHOOL, "--out", tmp_path / "tartas.enroll").code == 0
    assert cli("--data-dir", school, "init", "school", "--enrollment", tmp_path / "tartas.enroll").code == 0
    pair = Pair(department, school, tmp_path)
    pair.to_school(cli)
    assert cli("--data-dir", school, "progress", "set", "1.1", "--status", "done", "--actual", "Проведён анализ ВПР").code == 0
    pair.to_department(cli)
    return pair


def school_item(cli, root: Path, number: str, *extra: str) -> dict:
    shown = json.loads(cli("--data-dir", root, "progress", "show", "--json", *extra).out)
    return next(i for i in shown["schools"][0]["items"] if i["number"] == number)


def log_rows(root: Path, entity: str) -> list[tuple]:
    return query(root, "SELECT op, revision, owner_kind, origin FROM change_log WHERE entity = ? ORDER BY seq", entity)


def test_rework_reaches_the_thread_and_accept_closes_it(pair, cli):
    result = cli("--data-dir", pair.department, "review", "--school", SCHOOL, "1.1", "--state", "на доработку",
                 "--comment", REMARK, "--author", "Петрова А.С.")
    assert result.code == 0, result.err
    assert result.err.strip() == (
        f"Мероприятие 1.1 школы «{SCHOOL}»: на доработку. Замечание уйдёт школе со следующим пакетом отдела."
    )
    item = school_item(cli, pair.department, "1.1")
    assert item["review"]["state"] == "rework" and item["review"]["updated_since_review"] is False
    assert [(c["from"], c["verdict"], c["text"], c["author"]) for c in item["comments"]] == [
        ("department", "rework", REMARK, "Петрова А.С.")
    ]
    text = cli("--data-dir", pair.department, "progress", "show", "--school", SCHOOL).out
    assert "Проверка: на доработку" in text and REMARK in text

    accepted = cli("--data-dir", pair.department, "review", "--school", "мкоу тартасская сош", "1.1", "--state", "accepted")
    assert accepted.code == 0 and "принято. Отметка уйдёт школе" in accepted.err
    item = school_item(cli, pair.department, "1.1")
    assert item["review"]["state"] == "accepted"
    assert [c["verdict"] for c in item["comments"]] == ["rework", "accepted"]
    # One review per report, the department's, addressed to the school; revised in place.
    reviews = query(pair.department, "SELECT owner_kind, owner_school_id, school_id, state, revision FROM review")
    school_id = query(pair.department, "SELECT id FROM school")[0][0]
    assert reviews == [("department", None, school_id, "accepted", 2)]
    assert log_rows(pair.department, "review") == [("insert", 1, "department", "local"), ("update", 2, "department", "local")]
    assert query(pair.department, "SELECT owner_kind, school_id FROM comment") == [("department", school_id)] * 2


def test_the_same_verdict_again_is_not_news(pair, cli):
    assert cli("--data-dir", pair.department, "review", "--school", SCHOOL, "1.1", "--state", "принято").code == 0
    before = db_dump(pair.department)
    again = cli("--data-dir", pair.department, "review", "--school", SCHOOL, "1.1", "--state", "«принято»")
    assert again.code == 0 and "уже отмечено: принято. Ничего не изменилось" in again.err
    assert db_dump(pair.department) == before
    # A new report from the school is worth a new look, even with the same verdict.
    assert cli("--data-dir", pair.school, "progress", "set", "1.1", "--actual", "Добавлен протокол педсовета").code == 0
    pair.to_department(cli)
    assert school_item(cli, pair.department, "1.1")["review"]["updated_since_review"] is True
    assert "Отметка уйдёт школе" in cli("--data-dir", pair.department, "review", "--school", SCHOOL, "1.1", "--state", "принято").err
    assert school_item(cli, pair.department, "1.1")["review"]["updated_since_review"] is False


def test_refusals_change_nothing(pair, cli):
    """Checked before anything is written: a refused review leaves the database as it was."""
    before = db_dump(pair.department)
    cases = [
        (("review", "--school", SCHOOL, "1.1", "--state", "rework"), "напишите замечание"),
        (("review", "--school", SCHOOL, "1.1", "--state", "rework", "--comment", "   "), "напишите замечание"),
        (("review", "--school", SCHOOL, "1.3", "--state", "accepted"), "ещё не прислала отчёт по мероприятию 1.3"),
        (("review", "--school", "Несуществующая школа", "1.1", "--state", "accepted"), "не найдена"),
        (("review", "--school", SCHOOL, "9.9", "--state", "accepted"), "Мероприятия с номером 9.9 нет"),
        (("reply", "1.1", "--text", "ответ"), "для профиля школы"),
    ]
    for args, expected in cases:
        result = cli("--data-dir", pair.department, *args)
        assert result.code == 1, args
        assert expected in result.err, (args, result.err)
        assert "\n" not in result.err.strip()
    wrong = cli("--data-dir", pair.department, "review", "--school", SCHOOL, "1.1", "--state", "отлично")
    assert wrong.code == 2 and "неизвестная отметка «отлично»" in wrong.err
    assert db_dump(pair.department) == before


def test_school_replies_and_reworks_its_report(demo_school, cli):
    """The demo school holds a «на доработку» remark on 1.1 that came in the department's bundle."""
    item = school_item(cli, demo_school, "1.1")
    assert item["review"]["state"] == "rework" and item["comments"][0]["from"] == "department"

    answer = cli("--data-dir", demo_school, "reply", "1.1.", "--text", "Акт приёмки приложен, внеклассное чтение — 40 экз.",
                 "--author", "Иванова Е.В.")
    assert answer.code == 0, answer.err
    assert answer.err.strip() == "Ответ по мероприятию 1.1 записан. Он уйдёт в отдел образования со следующим пакетом школы."
    assert cli("--data-dir", demo_school, "progress", "set", "1.1", "--actual", "Получено 146 экз., из них 40 — внеклассное чтение").code == 0

    item = school_item(cli, demo_school, "1.1")
    # The verdict stays the curator's until the curator looks again; the change is visible beside it.
    assert item["review"]["state"] == "rework" and item["review"]["updated_since_review"] is True
    assert [(c["from"], c["verdict"], c["author"]) for c in item["comments"]] == [
        ("department", "rework", item["comments"][0]["author"]), ("school", None, "Иванова Е.В.")
    ]
    school_id = query(demo_school, "SELECT school_id FROM profile")[0][0]
    assert query(demo_school, "SELECT owner_kind, owner_school_id, verdict FROM comment WHERE owner_kind = 'school'") == [
        ("school", school_id, None)
    ]
    assert log_rows(demo_school, "comment")[-1] == ("insert", 1, "school", "local")
    text = cli("--data-dir", demo_school, "progress", "show").out
    assert "Проверка: на доработку" in text and "отчёт изменён после проверки" in text
    # The window reads the same thread through the service.
    from app.profile import open_profile
    from app.reviews import thread

    store = open_profile(demo_school)
    try:
        with store.reading() as session:
            progress_id = query(demo_school, "SELECT progress_id FROM comment WHERE owner_kind = 'school'")[0][0]
            assert thread(session, progress_id) == item["comments"]
    finally:
        store.close()
    assert "Последнее сообщение (школа, Иванова Е.В.): Акт приёмки приложен" in text


def test_school_reply_refusals(demo_school, cli):
    before = db_dump(demo_school)
    cases = [
        (("reply", "1.1", "--text", "  "), "Напишите текст ответа"),
        (("reply", "1.2", "--text", "Ответ"), "школа ещё ничего не отмечала"),
        (("review", "--school", "Сосновская СОШ", "1.1", "--state", "accepted"), "для профиля отдела образования"),
    ]
    for args, expected in cases:
        result = cli("--data-dir", demo_school, *args)
        assert result.code == 1 and expected in result.err, (args, result.err)
    assert db_dump(demo_school) == before


def test_the_thread_travels_both_ways(pair, cli):
    department, school = pair.department, pair.school
    assert cli("--data-dir", department, "review", "--school", SCHOOL, "1.1", "--state", "rework", "--comment", REMARK,
               "--author", "Петрова А.С.").code == 0
    pair.to_school(cli)
    item = school_item(cli, school, "1.1")
    assert item["review"]["state"] == "rework"
    assert [(c["from"], c["text"], c["author"]) for c in item["comments"]] == [("department", REMARK, "Петрова А.С.")]
    assert "Проверка: на доработку" in cli("--data-dir", school, "progress", "show").out

    assert cli("--data-dir", school, "reply", "1.1", "--text", "Протокол приложен", "--author", "Иванова Е.В.").code == 0
    assert cli("--data-dir", school, "progress", "set", "1.1", "--document", "Протокол педсовета № 3 от 20.03.2024").code == 0
    pair.to_department(cli)
    item = school_item(cli, department, "1.1", "--school", SCHOOL)
    assert item["review"]["state"] == "rework" and item["review"]["updated_since_review"] is True
    assert [(c["from"], c["text"]) for c in item["comments"]] == [("department", REMARK), ("school", "Протокол приложен")]
    assert len(item["evidence"]) == 1
    text = cli("--data-dir", department, "progress", "show", "--school", SCHOOL).out
    assert "отчёт изменён после проверки" in text and "Последнее сообщение (школа, Иванова Е.В.): Протокол приложен" in text

    assert cli("--data-dir", department, "review", "--school", SCHOOL, "1.1", "--state", "принято").code == 0
    pair.to_school(cli)
    item = school_item(cli, school, "1.1")
    assert item["review"]["state"] == "accepted" and item["review"]["updated_since_review"] is False
    assert [c["verdict"] for c in item["comments"]] == ["rework", None, "accepted"]
