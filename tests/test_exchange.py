"""The exchange as people use it: a school and its department send each other signed bundles by email,
and both end up seeing the same reports, reviews and receipts."""

from __future__ import annotations

import json
from datetime import date

from app.timeutil import format_date
from tests.conftest import db_dump, query
from tests.exchange_helpers import export, load, make_district, record_progress, results

SCHOOL = "МКОУ Тартасская СОШ"


def _school_items(document: dict, name: str) -> list[dict]:
    return next(s for s in document["schools"] if s["name"] == name)["items"]


def test_round_trip_through_the_command_line(department, tmp_path, cli):
    enrollment = tmp_path / "school.orientir-enroll"
    assert cli("--data-dir", department, "school", "add", "--name", SCHOOL, "--out", enrollment).code == 0
    first = tmp_path / "отдел-1.orientir"
    assert cli("--data-dir", department, "export", "--out", first).code == 0
    school = tmp_path / "school"
    assert cli("--data-dir", school, "init", "school", "--enrollment", enrollment).code == 0
    taken = cli("--data-dir", school, "import", first)
    assert taken.code == 0 and "пакет отдела образования" in taken.err and "принят" in taken.err

    protocol = tmp_path / "протокол совещания.pdf"
    protocol.write_bytes(b"%PDF-1.4 protocol of the meeting " * 100)
    assert cli("--data-dir", school, "progress", "set", "1.1", "--status", "done", "--actual", "Проведён анализ ВПР",
               "--attach", protocol, "--document", "Приказ от 09.03.2024 № 52 «Об анализе ВПР»").code == 0
    report = tmp_path / "школа-1.orientir"
    exported = cli("--data-dir", school, "export", "--out", report)
    assert exported.code == 0 and "Пакет №1 выгружен" in exported.err

    imported = cli("--data-dir", department, "import", report, "--json")
    assert imported.code == 0, imported.err
    line = json.loads(imported.out)["files"][0]
    assert line["result"] == "accepted" and line["sender"] == SCHOOL and line["sequence"] == 1
    assert line["new"] >= 3  # progress and two pieces of evidence
    assert f"пакет школы «{SCHOOL}» №1 от {format_date(date.today())}: принят (новых" in imported.err

    on_department = json.loads(cli("--data-dir", department, "progress", "show", "--school", SCHOOL, "--json").out)
    on_school = json.loads(cli("--data-dir", school, "progress", "show", "--json").out)
    assert _school_items(on_department, SCHOOL) == _school_items(on_school, SCHOOL)
    sha = next(e["sha256"] for e in _school_items(on_school, SCHOOL)[0]["evidence"] if e["kind"] == "file")
    assert (department / "attachments" / sha[:2] / sha).read_bytes() == protocol.read_bytes()

    # The curator returns the report with a remark; it reaches the school with the receipt.
    assert cli("--data-dir", department, "review", "1.1", "--school", SCHOOL, "--state", "rework",
               "--comment", "Приложите протокол заседания").code == 0
    answer = tmp_path / "отдел-2.orientir"
    assert cli("--data-dir", department, "export", "--out", answer).code == 0
    assert cli("--data-dir", school, "import", answer).code == 0
    shown = cli("--data-dir", school, "progress", "show")
    assert f"принято отделом {format_date(date.today())}" in shown.out
    assert "Приложите протокол заседания" in shown.out
    document = json.loads(cli("--data-dir", school, "progress", "show", "--json").out)
    assert document["schools"][0]["received_by_department"] == date.today().isoformat()

    # The school's answer goes back in its next bundle.
    assert cli("--data-dir", school, "reply", "1.1", "--text", "Протокол приложен").code == 0
    second = tmp_path / "школа-2.orientir"
    assert cli("--data-dir", school, "export", "--out", second).code == 0
    assert cli("--data-dir", department, "import", second).code == 0
    on_department = json.loads(cli("--data-dir", department, "progress", "show", "--school", SCHOOL, "--json").out)
    on_school = json.loads(cli("--data-dir", school, "progress", "show", "--json").out)
    assert _school_items(on_department, SCHOOL) == _school_items(on_school, SCHOOL)
    assert [c["text"] for c in _school_items(on_department, SCHOOL)[0]["comments"]] == [
        "Приложите протокол заседания", "Протокол приложен"]

    listed = json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"][0]
    assert listed["bundles_received"] == 2 and listed["last_import"].startswith(date.today().isoformat())
    assert listed["key_fingerprint"] and listed["exchange_attention"] is None


def test_incremental_export_after_a_receipt_carries_only_the_new_change(tmp_path):
    district = make_district(tmp_path, [SCHOOL])
    school = district.schools[SCHOOL]
    evidence = tmp_path / "фото.txt"
    evidence.write_bytes(b"x" * 50_000)
    record_progress(school, "1.1", status="done", actual="Сделано", attach=[evidence])
    record_progress(school, "1.3", status="in_progress", actual="Начали")
    district.send(school, district.department)
    district.send(district.department, school)  # the receipt

    record_progress(school, "1.3", actual="Проведена первая сессия")
    result = export(school, district.bundle("incremental"))
    assert (result.records, result.files) == (1, 0)
    assert result.size <= 20 * 1024
    outcome = load(district.department, result.paths[0])[0]
    assert outcome.result == "accepted" and outcome.counts == {"new": 0, "updated": 1, "unchanged": 0}
    assert query(district.department, "SELECT actual_result FROM progress WHERE activity_id IN "
                 "(SELECT id FROM activity WHERE number = '1.3')") == [("Проведена первая сессия",)]

    # Until the department's receipt arrives, the change goes again; after it, nothing does.
    assert export(school, district.bundle("again")).records == 1
    district.send(district.department, school)
    nothing = export(school, district.bundle("nothing"))
    assert nothing.records == 0 and nothing.only_acknowledgements
    full = export(school, district.bundle("full"), full=True)
    assert (full.records, full.files) == (3, 1)  # two progress records and the file evidence


def test_the_same_bundle_twice_is_already_imported_and_changes_nothing(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL])
    school = district.schools[SCHOOL]
    record_progress(school, "1.1", status="done")
    bundle = district.bundle("school")
    export(school, bundle)
    assert results(load(district.department, bundle)) == ["accepted"]
    before = db_dump(district.department)
    again = cli("--data-dir", district.department, "import", bundle, "--json")
    assert again.code == 0 and "уже загружен" in again.err
    assert json.loads(again.out)["files"][0]["result"] == "duplicate"
    assert db_dump(district.department) == before


def test_verify_names_the_sender_and_changes_nothing(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL])
    school = district.schools[SCHOOL]
    record_progress(school, "1.1", status="done")
    bundle = district.bundle("school")
    export(school, bundle)
    before = db_dump(district.department)
    checked = cli("--data-dir", district.department, "verify", bundle, "--json")
    assert checked.code == 0 and "подпись проверена" in checked.err
    shown = json.loads(checked.out)
    assert shown["valid"] and shown["sender"] == SCHOOL and shown["kind"] == "school" and shown["records"] == 1
    fingerprint = query(district.department, "SELECT public_key FROM school")[0][0]
    assert fingerprint == "" and shown["fingerprint"]  # not pinned before the bundle is imported
    assert db_dump(district.department) == before

    broken = tmp_path / "broken.orientir"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    refused = cli("--data-dir", district.department, "verify", broken)
    assert refused.code == 1 and "не прошёл проверку" in refused.err


def test_department_bundle_for_one_school_carries_only_what_concerns_it(tmp_path):
    district = make_district(tmp_path, ["Школа А", "Школа Б"])
    for name in ("Школа А", "Школа Б"):
        record_progress(district.schools[name], "1.1", status="done")
        district.send(district.schools[name], district.department)
    only_a = district.bundle("for-a")
    export(district.department, only_a, school="Школа А")
    assert results(load(district.schools["Школа А"], only_a)) == ["accepted"]
    assert results(load(district.schools["Школа Б"], only_a)) == ["refused"]
    # A school keeps its own receipt and entry, never another school's.
    broadcast = district.bundle("everyone")
    export(district.department, broadcast)
    assert results(load(district.schools["Школа Б"], broadcast)) == ["accepted"]
    school_b = district.schools["Школа Б"]
    assert query(school_b, "SELECT count(*) FROM receipt") == [(1,)]
    assert query(school_b, "SELECT name FROM school") == [("Школа Б",)]


def test_export_refuses_what_it_cannot_do_before_writing_anything(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL])
    school = district.schools[SCHOOL]
    taken = tmp_path / "занято.orientir"
    taken.write_bytes(b"old")
    result = cli("--data-dir", school, "export", "--out", taken)
    assert result.code == 1 and "уже существует" in result.err and taken.read_bytes() == b"old"
    result = cli("--data-dir", school, "export", "--out", tmp_path / "x.orientir", "--school", SCHOOL)
    assert result.code == 1 and "для профиля отдела образования" in result.err
    result = cli("--data-dir", district.department, "export", "--out", tmp_path / "нет папки" / "x.orientir")
    assert result.code == 1 and "не существует" in result.err
    assert cli("--data-dir", school, "export", "--out", tmp_path / "x", "--max-size", "0").code == 2
    assert query(school, "SELECT count(*) FROM bundle_out") == [(0,)]
    named = cli("--data-dir", school, "export", "--out", tmp_path / "без расширения")
    assert named.code == 0 and (tmp_path / "без расширения.orientir").is_file()
