"""The profile commands as a department and a school use them: init, school add/list, init school, and their refusals."""

from __future__ import annotations

import base64
import json
import re

import pytest

from tests.conftest import run_process

FINGERPRINT = re.compile(r"\d{5}( \d{5}){5}")


def test_init_department_creates_profile_with_key(tmp_path, cli):
    root = tmp_path / "dep"
    result = cli("--data-dir", root, "init", "department", "--name", "Управление образования Кызылского кожууна")
    assert result.code == 0
    assert "Управление образования Кызылского кожууна" in result.err
    assert FINGERPRINT.search(result.err), result.err
    assert result.out == ""
    assert (root / "orientir.sqlite3").is_file()
    key = root / "keys" / "signing.key"
    assert key.is_file() and oct(key.stat().st_mode & 0o777) == "0o600"
    assert not list(root.glob("*.new*")), "the temporary build file must be gone"


def test_init_twice_is_refused(tmp_path, cli):
    root = tmp_path / "dep"
    assert cli("--data-dir", root, "init", "department", "--name", "Отдел").code == 0
    again = cli("--data-dir", root, "init", "department", "--name", "Другой отдел")
    assert again.code == 1
    assert "уже есть профиль" in again.err


def test_init_department_needs_a_name(tmp_path, cli):
    result = cli("--data-dir", tmp_path / "dep", "init", "department", "--name", "   ")
    assert result.code == 1
    assert "Укажите название" in result.err
    assert not (tmp_path / "dep" / "orientir.sqlite3").exists()


def test_wrong_usage_exits_2_in_russian(tmp_path, cli):
    result = cli("--data-dir", tmp_path, "init", "department")
    assert result.code == 2
    assert "не указаны обязательные аргументы: --name" in result.err
    assert cli("--data-dir", tmp_path, "frobnicate").code == 2
    bad_status = cli("--data-dir", tmp_path, "progress", "set", "1.1", "--status", "finished")
    assert bad_status.code == 2 and "неизвестный статус «finished»" in bad_status.err
    assert bad_status.out == "", "usage goes to stderr: stdout stays clean for --json readers"


def test_school_add_writes_versioned_enrollment(tmp_path, cli):
    root = tmp_path / "dep"
    cli("--data-dir", root, "init", "department", "--name", "Отдел образования")
    out = tmp_path / "tartas.orientir-enroll"
    result = cli("--data-dir", root, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", out, "--curator", "Иванова А.А.")
    assert result.code == 0, result.err
    assert str(out) in result.err
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "orientir-enrollment" and document["version"] == 2
    payload = document["payload"]
    assert payload["school"]["name"] == "МКОУ Тартасская СОШ"
    assert payload["department"]["name"] == "Отдел образования"
    assert len(payload["department"]["public_key"]) == 44
    assert len(payload["secret"]) >= 40
    assert len(base64.b64decode(document["signature"])) == 64


def test_school_add_refuses_duplicates_and_existing_file(tmp_path, cli):
    root = tmp_path / "dep"
    cli("--data-dir", root, "init", "department", "--name", "Отдел образования")
    first = tmp_path / "a.orientir-enroll"
    assert cli("--data-dir", root, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", first).code == 0
    again = cli("--data-dir", root, "school", "add", "--name", "мкоу ключевская ООШ", "--out", tmp_path / "b.orientir-enroll")
    assert again.code == 1 and "уже зарегистрирована" in again.err
    assert not (tmp_path / "b.orientir-enroll").exists()
    existing = cli("--data-dir", root, "school", "add", "--name", "МКОУ Другая СОШ", "--out", first)
    assert existing.code == 1 and "уже существует" in existing.err
    listed = json.loads(cli("--data-dir", root, "school", "list", "--json").out)
    assert [s["name"] for s in listed["schools"]] == ["МКОУ Ключевская ООШ"]


def test_school_list_json_shape(department, tmp_path, cli):
    for name in ("МКОУ Селиклинская ООШ", "МКОУ Усть-Изесская ООШ"):
        cli("--data-dir", department, "school", "add", "--name", name, "--out", tmp_path / f"{name}.enroll")
    result = cli("--data-dir", department, "school", "list", "--json")
    assert result.code == 0 and result.err == ""
    schools = json.loads(result.out)["schools"]
    assert [s["name"] for s in schools] == ["МКОУ Селиклинская ООШ", "МКОУ Усть-Изесская ООШ"]
    for school in schools:
        assert set(school) >= {"id", "name", "status", "key_fingerprint", "bundles_received", "last_import", "progress"}
        assert school["key_fingerprint"] is None  # no bundle received yet, so no key pinned
        assert school["bundles_received"] == 0
        assert school["progress"] == {"activities": 2, "done": 0, "percent": 0}


def test_init_school_from_enrollment(tmp_path, cli):
    dep = tmp_path / "dep"
    cli("--data-dir", dep, "init", "department", "--name", "Отдел образования")
    enrollment = tmp_path / "school.orientir-enroll"
    cli("--data-dir", dep, "school", "add", "--name", "МБОУ Сукпакская СОШ", "--out", enrollment)
    school = tmp_path / "school"
    result = cli("--data-dir", school, "init", "school", "--enrollment", enrollment)
    assert result.code == 0, result.err
    assert "МБОУ Сукпакская СОШ" in result.err and FINGERPRINT.search(result.err)
    shown = json.loads(cli("--data-dir", school, "progress", "show", "--json").out)
    assert shown["schools"][0]["name"] == "МБОУ Сукпакская СОШ"
    assert "department" not in shown


def test_init_school_refuses_missing_and_foreign_files(tmp_path, cli):
    missing = cli("--data-dir", tmp_path / "s1", "init", "school", "--enrollment", tmp_path / "nothing.orientir-enroll")
    assert missing.code == 1 and "не найден" in missing.err
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"format": "something-else", "version": 1}', encoding="utf-8")
    docx = tmp_path / "roadmap.docx"
    docx.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    for path in (foreign, docx, tmp_path):
        result = cli("--data-dir", tmp_path / "s2", "init", "school", "--enrollment", path)
        assert result.code == 1
        assert "файл подключения" in result.err.lower() or "папка" in result.err
    newer = tmp_path / "newer.orientir-enroll"
    newer.write_text(json.dumps({"format": "orientir-enrollment", "version": 99}), encoding="utf-8")
    result = cli("--data-dir", tmp_path / "s3", "init", "school", "--enrollment", newer)
    assert result.code == 1 and "Обновите программу" in result.err
    for folder in ("s1", "s2", "s3"):
        assert not (tmp_path / folder / "orientir.sqlite3").exists()


def test_commands_for_the_other_kind_of_profile_are_refused(department, demo_school, tmp_path, cli):
    result = cli("--data-dir", demo_school, "school", "add", "--name", "Школа", "--out", tmp_path / "x.enroll")
    assert result.code == 1 and "для профиля отдела образования" in result.err
    assert not (tmp_path / "x.enroll").exists()
    assert cli("--data-dir", demo_school, "school", "list").code == 1
    dep_school_filter = cli("--data-dir", demo_school, "progress", "show", "--school", "Кто-то")
    assert dep_school_filter.code == 1 and "--school" in dep_school_filter.err
    # A school's enrollment opened in the department's folder must not turn it into a school.
    enrollment = tmp_path / "school.orientir-enroll"
    assert cli("--data-dir", department, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", enrollment).code == 0
    joined = cli("--data-dir", department, "init", "school", "--enrollment", enrollment)
    assert joined.code == 1 and "уже есть профиль" in joined.err
    assert "department" in json.loads(cli("--data-dir", department, "progress", "show", "--json").out)


def test_no_profile_is_explained(tmp_path, cli):
    result = cli("--data-dir", tmp_path / "empty", "roadmap", "show")
    assert result.code == 1
    assert "нет профиля" in result.err and "orientir init" in result.err


def _without_root_override(*args):
    """The command as a process that file permissions apply to (root would ignore them)."""
    import os
    import shutil

    if os.geteuid() != 0:
        return run_process(*args)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's permission override")
    import subprocess
    import sys

    from tests.conftest import ROOT, Run

    completed = subprocess.run(
        [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-dac_override,-dac_read_search",
         sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    return Run(completed.returncode, completed.stdout, completed.stderr)


def test_unwritable_profile_folder_is_refused(department, tmp_path):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)
    result = _without_root_override("--data-dir", locked / "dep", "init", "department", "--name", "Отдел")
    assert result.code == 1
    assert "недоступна для записи" in result.err or "Нет прав" in result.err
    assert "Traceback" not in result.err
    # An existing profile whose folder became read-only.
    for path in [department, *department.rglob("*")]:
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
    result = _without_root_override("--data-dir", department, "progress", "show")
    assert result.code == 1
    assert "недоступна для записи" in result.err
    assert "Traceback" not in result.err


def test_init_refuses_a_folder_with_remains_of_an_old_profile(tmp_path, cli):
    root = tmp_path / "dep"
    assert cli("--data-dir", root, "init", "department", "--name", "Прежний отдел").code == 0
    key = (root / "keys" / "signing.key").read_bytes()
    (root / "orientir.sqlite3").unlink()
    (root / "orientir.sqlite3-wal").write_bytes(b"left by a killed writer")
    result = cli("--data-dir", root, "init", "department", "--name", "Новый отдел")
    assert result.code == 1 and "остались файлы прежнего профиля" in result.err
    assert "orientir.sqlite3-wal" in result.err and "signing.key" in result.err
    assert not (root / "orientir.sqlite3").exists()
    assert (root / "keys" / "signing.key").read_bytes() == key


def test_refusals_print_one_russian_line_even_before_a_profile_log_exists(tmp_path):
    odd = tmp_path / "odd.orientir-enroll"
    odd.write_text('{"format": "orientir-enrollment", "version": 1, "department": [], "school": {}}', encoding="utf-8")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"")
    for args in (("init", "school", "--enrollment", odd), ("restore", junk)):
        result = run_process("--data-dir", tmp_path / "p", *args)
        assert result.code == 1, args
        lines = result.err.strip().splitlines()
        assert len(lines) == 1, result.err
        assert re.search("[а-яё]", lines[0]) and "Traceback" not in result.err


def test_school_reissue_replaces_a_lost_enrollment_file(department, tmp_path, cli):
    lost = tmp_path / "lost.orientir-enroll"
    assert cli("--data-dir", department, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", lost).code == 0
    old_secret = json.loads(lost.read_text(encoding="utf-8"))["payload"]["secret"]
    again = cli("--data-dir", department, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", tmp_path / "x")
    assert again.code == 1 and "school reissue" in again.err
    fresh = tmp_path / "fresh.orientir-enroll"
    result = cli("--data-dir", department, "school", "reissue", "--name", "мкоу тартасская сош", "--out", fresh)
    assert result.code == 0, result.err
    document = json.loads(fresh.read_text(encoding="utf-8"))["payload"]
    assert document["school"]["name"] == "МКОУ Тартасская СОШ" and document["secret"] != old_secret
    unknown = cli("--data-dir", department, "school", "reissue", "--name", "Нет такой", "--out", tmp_path / "y")
    assert unknown.code == 1 and "не найдена" in unknown.err


def test_a_folder_name_with_percent_signs_works(tmp_path, cli):
    root = tmp_path / "Отдел 100%25 и #1"
    assert cli("--data-dir", root, "init", "department", "--name", "Отдел").code == 0
    assert cli("--data-dir", root, "school", "list").code == 0


def test_school_list_counts_only_the_activities_meant_for_each_school(department, tmp_path, cli):
    from sqlalchemy import select

    from app.profile import open_profile
    from db.models import Activity, School

    for name in ("МКОУ Первая СОШ", "МКОУ Вторая СОШ"):
        cli("--data-dir", department, "school", "add", "--name", name, "--out", tmp_path / f"{name}.enroll")
    store = open_profile(department)
    with store.writing() as session:
        first = session.scalars(select(School).where(School.name == "МКОУ Первая СОШ")).one()
        session.scalars(select(Activity).where(Activity.number == "1.1")).one().target_school_ids = [first.id]
    store.close()
    schools = {s["name"]: s["progress"]["activities"] for s in json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"]}
    assert schools == {"МКОУ Первая СОШ": 2, "МКОУ Вторая СОШ": 1}


def _signed_enrollment(department, tmp_path, cli) -> tuple[dict, object]:
    enrollment = tmp_path / "school.orientir-enroll"
    assert cli("--data-dir", department, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", enrollment).code == 0
    return json.loads(enrollment.read_text(encoding="utf-8")), enrollment


def test_an_edited_enrollment_file_is_refused(department, tmp_path, cli):
    document, _ = _signed_enrollment(department, tmp_path, cli)
    flipped = bytearray(base64.b64decode(document["signature"]))
    flipped[10] ^= 0x01
    renamed = json.loads(json.dumps(document))
    renamed["payload"]["school"]["name"] = "МКОУ Другая СОШ"
    rekeyed = json.loads(json.dumps(document))
    rekeyed["payload"]["department"]["public_key"] = base64.b64encode(bytes(32)).decode()
    for number, edited in enumerate((dict(document, signature=base64.b64encode(bytes(flipped)).decode()), renamed, rekeyed)):
        path = tmp_path / f"edited{number}.orientir-enroll"
        path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
        result = cli("--data-dir", tmp_path / f"s{number}", "init", "school", "--enrollment", path)
        assert result.code == 1 and "повреждён" in result.err, (number, result.err)
        assert not (tmp_path / f"s{number}" / "orientir.sqlite3").exists()
    # Reformatting the file (another indentation, key order) is not an edit: the signed content is the same.
    relaid = tmp_path / "relaid.orientir-enroll"
    relaid.write_text(json.dumps(dict(reversed(list(document.items()))), ensure_ascii=True), encoding="utf-8")
    assert cli("--data-dir", tmp_path / "school", "init", "school", "--enrollment", relaid).code == 0


def test_an_unsigned_version_1_enrollment_asks_for_a_new_file(department, tmp_path, cli):
    document, _ = _signed_enrollment(department, tmp_path, cli)
    old = {**document["payload"], "version": 1}  # version 1 had the payload's fields at the top, unsigned
    path = tmp_path / "old.orientir-enroll"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    result = cli("--data-dir", tmp_path / "school", "init", "school", "--enrollment", path)
    assert result.code == 1 and "не подписан" in result.err and "новый файл подключения" in result.err


def test_enrollment_proof_binds_the_secret_and_the_school_key(department, tmp_path, cli):
    from app import enrollment as enroll
    from app.keys import folder_public_key
    from app.schools import ENROLLMENT_SECRET_SETTING
    from tests.conftest import query

    _, path = _signed_enrollment(department, tmp_path, cli)
    school = tmp_path / "school"
    assert cli("--data-dir", school, "init", "school", "--enrollment", path).code == 0
    [(stored,)] = query(school, "SELECT value FROM setting WHERE key = ?", ENROLLMENT_SECRET_SETTING)
    secret = json.loads(stored)  # a JSON column
    [(school_id, stored_hash)] = query(department, "SELECT school_id, secret_sha256 FROM enrollment_secret")
    school_key = folder_public_key(school)

    made = enroll.proof(enroll.secret_hash(secret), school_id, school_key)
    assert enroll.verify_proof(stored_hash, school_id, school_key, made)
    other_key = folder_public_key(department)
    assert not enroll.verify_proof(stored_hash, school_id, other_key, made)
    assert not enroll.verify_proof(enroll.secret_hash(enroll.new_secret()), school_id, school_key, made)
    assert not enroll.verify_proof(stored_hash, enroll.new_secret(), school_key, made)
    assert not enroll.verify_proof(stored_hash, school_id, school_key, "не hex")
    # A reissued file replaces the secret: a proof made with the lost file no longer counts.
    assert cli("--data-dir", department, "school", "reissue", "--name", "МКОУ Тартасская СОШ", "--out", tmp_path / "new.orientir-enroll").code == 0
    [(reissued_hash,)] = query(department, "SELECT secret_sha256 FROM enrollment_secret")
    assert not enroll.verify_proof(reissued_hash, school_id, school_key, made)
