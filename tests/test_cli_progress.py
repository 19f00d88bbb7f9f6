"""Roadmaps and progress from the command line: the JSON shapes of the contract, evidence, and refusals that change nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from tests.conftest import db_dump

RECURRENCES = {None, "weekly", "monthly", "quarterly", "semiannual", "yearly", "event"}


def test_roadmap_show_json_matches_contract(demo_school, cli):
    result = cli("--data-dir", demo_school, "roadmap", "show", "--json")
    assert result.code == 0 and result.err == ""
    roadmaps = json.loads(result.out)["roadmaps"]
    assert len(roadmaps) == 1
    roadmap = roadmaps[0]
    assert set(roadmap) >= {"id", "title", "owner", "period", "items"}
    assert roadmap["owner"] == "department"
    start, end = roadmap["period"]
    assert start.endswith("-09-01") and end.endswith("-08-31")
    numbers = [item["number"] for item in roadmap["items"]]
    assert numbers[:3] == ["1.1", "1.2", "1.3"] and len(numbers) == 16
    for item in roadmap["items"]:
        assert set(item) >= {"id", "number", "section", "title", "responsible", "deadline_text", "windows", "recurrence", "result"}
        assert item["recurrence"] in RECURRENCES
        for window in item["windows"]:
            assert len(window) == 2 and window[0] <= window[1]
    first = roadmap["items"][0]
    assert first["section"] == "1. Улучшение материально-технической базы"
    assert first["deadline_text"] == "весь период" and first["windows"] == [[start, end]]
    by_event = next(i for i in roadmap["items"] if i["deadline_text"] == "по результатам ВПР")
    assert by_event["windows"] == [] and by_event["recurrence"] == "event"


def test_progress_set_with_every_kind_of_evidence(demo_school, tmp_path, cli):
    scan = tmp_path / "Акт приёмки.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned act " * 1000)
    result = cli(
        "--data-dir", demo_school, "progress", "set", "1.2", "--status", "done",
        "--actual", "Кабинеты физики и химии дооснащены: 2 лабораторных комплекта.",
        "--attach", scan, "--link", "sosnovka-school.ru/news/kabinety",
        "--document", "Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара»",
        "--note", "Поставка по договору",
    )
    assert result.code == 0, result.err
    assert "1.2" in result.err and "выполнено" in result.err and "Добавлено подтверждений: 3" in result.err
    shown = json.loads(cli("--data-dir", demo_school, "progress", "show", "--json").out)
    item = next(i for i in shown["schools"][0]["items"] if i["number"] == "1.2")
    assert item["status"] == "done"
    assert item["actual"] == "Кабинеты физики и химии дооснащены: 2 лабораторных комплекта."
    assert item["updated_at"] and item["updated_at"][10] == "T" and ("+" in item["updated_at"][19:] or "-" in item["updated_at"][19:])
    kinds = {e["kind"]: e for e in item["evidence"]}
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert kinds["file"]["sha256"] == sha and kinds["file"]["name"] == "Акт приёмки.pdf"
    assert (demo_school / "attachments" / sha[:2] / sha).read_bytes() == scan.read_bytes()
    assert kinds["link"]["name"] == "https://sosnovka-school.ru/news/kabinety"
    assert kinds["document"]["name"] == "Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара»"
    assert kinds["document"]["document"] == {"type": "Приказ", "issuer": "Отдела образования", "number": "52", "date": "2022-03-09"}


def test_same_file_twice_is_stored_once(demo_school, tmp_path, cli):
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    assert cli("--data-dir", demo_school, "progress", "set", "3.1", "--attach", photo).code == 0
    again = cli("--data-dir", demo_school, "progress", "set", "3.1", "--attach", photo)
    assert again.code == 0 and "Уже были прикреплены раньше: 1" in again.err
    assert cli("--data-dir", demo_school, "progress", "set", "3.2", "--attach", photo).code == 0
    stored = [p for p in (demo_school / "attachments").rglob("*") if p.is_file()]
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert sum(1 for p in stored if p.name == sha) == 1


def test_refusals_change_nothing(demo_school, tmp_path, cli):
    before = db_dump(demo_school)
    cases = [
        (("progress", "set", "9.9", "--status", "done"), "Мероприятия с номером 9.9 нет"),
        (("progress", "set", "1.2", "--status", "done", "--attach", tmp_path / "нет-такого.pdf"), "не найден"),
        (("progress", "set", "1.2", "--status", "done", "--attach", tmp_path), "это папка"),
        (("progress", "set", "1.2", "--status", "done", "--link", "просто текст"), "ссылк"),
        (("progress", "set", "1.2", "--document", "Приказ от 31.02.2022 № 5"), "31.02.2022"),
        (("progress", "set", "2.4", "--status", "done"), "проводит отдел образования"),
    ]
    for args, expected in cases:
        result = cli("--data-dir", demo_school, *args)
        assert result.code == 1, args
        assert expected in result.err, (args, result.err)
        assert "\n" not in result.err.strip(), "one line a person can act on"
    assert db_dump(demo_school) == before


def test_department_records_only_its_own_activities(department, cli):
    own = cli("--data-dir", department, "progress", "set", "1.2", "--status", "done", "--actual", "Семинар проведён 14.03.2024, 23 участника")
    assert own.code == 0, own.err
    schools_only = cli("--data-dir", department, "progress", "set", "1.1", "--status", "done")
    assert schools_only.code == 1 and "выполняют школы" in schools_only.err
    shown = json.loads(cli("--data-dir", department, "progress", "show", "--json").out)
    assert set(shown) == {"department", "schools"}
    items = {i["number"]: i for i in shown["department"]["items"]}
    assert set(items) == {"1.2", "1.3"}
    assert items["1.2"]["status"] == "done" and items["1.3"]["status"] == "not_started"


def test_department_sees_every_school(department, tmp_path, cli):
    for name in ("МКОУ Тартасская СОШ", "МКОУ Ключевская ООШ"):
        assert cli("--data-dir", department, "school", "add", "--name", name, "--out", tmp_path / f"{name}.enroll").code == 0
    shown = json.loads(cli("--data-dir", department, "progress", "show", "--json").out)
    assert [s["name"] for s in shown["schools"]] == ["МКОУ Ключевская ООШ", "МКОУ Тартасская СОШ"]
    assert [i["number"] for i in shown["schools"][0]["items"]] == ["1.1", "1.3"]
    one = json.loads(cli("--data-dir", department, "progress", "show", "--school", "МКОУ Тартасская СОШ", "--json").out)
    assert [s["name"] for s in one["schools"]] == ["МКОУ Тартасская СОШ"]
    unknown = cli("--data-dir", department, "progress", "show", "--school", "Несуществующая школа")
    assert unknown.code == 1 and "не найдена" in unknown.err


def test_every_change_is_in_the_append_only_log(demo_school, cli):
    connection = sqlite3.connect(demo_school / "orientir.sqlite3")
    last = connection.execute("SELECT max(seq) FROM change_log").fetchone()[0]
    connection.close()
    cli("--data-dir", demo_school, "progress", "set", "1.1", "--status", "done", "--actual", "Фонд пополнен")
    connection = sqlite3.connect(demo_school / "orientir.sqlite3")
    rows = connection.execute(
        "SELECT seq, entity, op, revision, json_extract(data, '$.status') FROM change_log WHERE seq > ? ORDER BY seq", (last,)
    ).fetchall()
    assert [(r[1], r[2], r[4]) for r in rows] == [("progress", "update", "done")]
    assert rows[0][0] == last + 1 and rows[0][3] == 2
    for statement in ("UPDATE change_log SET op = 'insert'", "DELETE FROM change_log"):
        try:
            connection.execute(statement)
        except sqlite3.DatabaseError as error:
            assert "append-only" in str(error)
        else:
            raise AssertionError(f"{statement} was allowed")
    connection.close()


def test_a_document_with_a_link_is_not_added_twice(demo_school, cli):
    citation = "Приказ от 12.10.2026 № 88 «О библиотеке» https://school.ru/doc88.pdf"
    assert "Добавлено подтверждений: 1" in cli("--data-dir", demo_school, "progress", "set", "1.2", "--document", citation).err
    again = cli("--data-dir", demo_school, "progress", "set", "1.2", "--document", citation)
    assert "Уже были прикреплены раньше: 1" in again.err
    items = json.loads(cli("--data-dir", demo_school, "progress", "show", "--json").out)["schools"][0]["items"]
    assert len(next(i for i in items if i["number"] == "1.2")["evidence"]) == 1
