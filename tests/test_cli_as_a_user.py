"""What a department specialist and a deputy director run into at the command line, checked as they would meet it."""

from __future__ import annotations

import json
import os

from tests.conftest import query, run_process


def _log_size(root) -> int:
    return query(root, "SELECT count(*) FROM change_log")[0][0]


def _item(cli, root, number):
    items = json.loads(cli("--data-dir", root, "progress", "show", "--json").out)["schools"][0]["items"]
    return next(i for i in items if i["number"] == number)


def test_a_citation_is_kept_as_the_person_wrote_it(demo_school, cli):
    texts = [
        "Положение о школьной службе медиации",
        "Протокол заседания педагогического совета № 3 от 28.09.2026",
        "Приказ директора МКОУ «Сосновская СОШ» от 01.09.2026 № 101 «О рабочей группе»",
    ]
    args = [a for text in texts for a in ("--document", text)]
    assert cli("--data-dir", demo_school, "progress", "set", "2.6", *args).code == 0
    evidence = _item(cli, demo_school, "2.6")["evidence"]
    assert [e["name"] for e in evidence] == texts
    assert evidence[1]["document"]["number"] == "3" and evidence[1]["document"]["date"] == "2026-09-28"


def test_statuses_can_be_typed_in_russian(demo_school, cli):
    assert cli("--data-dir", demo_school, "progress", "set", "1,2", "--status", "Выполнено").code == 0
    assert _item(cli, demo_school, "1.2")["status"] == "done"


def test_repeating_what_is_recorded_changes_nothing(demo_school, cli):
    cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "in_progress", "--actual", "Закуплено 2 комплекта")
    before = _log_size(demo_school)
    stamp = _item(cli, demo_school, "1.2")["updated_at"]
    again = cli("--data-dir", demo_school, "progress", "set", "1.2", "--status", "в работе", "--actual", "Закуплено 2 комплекта")
    assert again.code == 0 and "Ничего не изменилось" in again.err
    assert _log_size(demo_school) == before and _item(cli, demo_school, "1.2")["updated_at"] == stamp
    nothing = cli("--data-dir", demo_school, "progress", "set", "1.2")
    assert nothing.code == 2 and "Укажите, что отметить" in nothing.err


def test_empty_and_special_files_are_not_attached(demo_school, tmp_path, cli):
    empty = tmp_path / "скан.pdf"
    empty.write_bytes(b"")
    fifo = tmp_path / "канал"
    os.mkfifo(fifo)
    before = _log_size(demo_school)
    assert "пустой" in cli("--data-dir", demo_school, "progress", "set", "1.2", "--attach", empty).err
    assert "не обычный файл" in cli("--data-dir", demo_school, "progress", "set", "1.2", "--attach", fifo).err
    assert "Укажите файл" in cli("--data-dir", demo_school, "progress", "set", "1.2", "--attach", "").err
    assert _log_size(demo_school) == before


def test_a_file_named_in_cp1251_is_attached_under_its_readable_name(demo_school, tmp_path):
    name = "Акт приёмки.pdf".encode("cp1251")
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.4 act")
    result = run_process("--data-dir", demo_school, "progress", "set", "1.2", "--attach", os.fsdecode(path))
    assert result.code == 0, result.err
    shown = json.loads(run_process("--data-dir", demo_school, "progress", "show", "--json").out)
    names = [e["name"] for i in shown["schools"][0]["items"] if i["number"] == "1.2" for e in i["evidence"]]
    assert names == ["Акт приёмки.pdf"]


def test_text_in_an_unknown_encoding_is_refused_in_russian(demo_school):
    garbled = "Отчёт".encode("cp1251").decode("utf-8", "surrogateescape")
    result = run_process("--data-dir", demo_school, "progress", "set", "1.2", "--actual", garbled)
    assert result.code == 2 and "неизвестной кодировке" in result.err and "Traceback" not in result.err


def test_demo_without_a_folder_never_takes_the_working_profiles_place(tmp_path, monkeypatch, cli):
    monkeypatch.setenv("ORIENTIR_DATA_DIR", str(tmp_path / "Orientir" / "profile"))
    assert cli("demo").code == 0
    assert (tmp_path / "Orientir" / "demo" / "orientir.sqlite3").is_file()
    assert not (tmp_path / "Orientir" / "profile").exists()


def test_init_wants_a_folder_of_its_own(tmp_path, cli):
    documents = tmp_path / "Документы"
    documents.mkdir()
    (documents / "Отчёт.docx").write_bytes(b"PK")
    result = cli("--data-dir", documents, "init", "department", "--name", "Отдел")
    assert result.code == 1 and "не пуста" in result.err
    assert sorted(p.name for p in documents.iterdir()) == ["Отчёт.docx"]


def test_the_live_database_is_not_a_backup(demo_school, cli):
    result = cli("--data-dir", demo_school, "restore", demo_school / "orientir.sqlite3")
    assert result.code == 1 and "не резервная копия" in result.err
    assert not list((demo_school / "backups").glob("*-before-restore.sqlite3"))


def test_hand_edited_enrollment_files_are_refused(department, tmp_path, cli):
    good = tmp_path / "good.orientir-enroll"
    cli("--data-dir", department, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", good)
    document = json.loads(good.read_text(encoding="utf-8"))
    for path, change in (("school", {"id": "not-a-uuid"}), ("school", {"status": "zzz"}), (None, {"secret": "x"})):
        edited = json.loads(json.dumps(document))
        (edited["payload"][path] if path else edited["payload"]).update(change)
        broken = tmp_path / "broken.orientir-enroll"
        broken.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
        result = cli("--data-dir", tmp_path / "school", "init", "school", "--enrollment", broken)
        assert result.code == 1 and "повреждён" in result.err, change
        assert not (tmp_path / "school" / "orientir.sqlite3").exists()


def test_the_same_school_typed_differently_is_one_school(department, tmp_path, cli):
    assert cli("--data-dir", department, "school", "add", "--name", "МКОУ «Ёлочкинская СОШ»", "--out", tmp_path / "a").code == 0
    assert (tmp_path / "a.orientir-enroll").is_file(), "a file without an extension gets the enrollment one"
    for variant in ("мкоу Елочкинская  СОШ", 'МКОУ "Ёлочкинская СОШ"'):
        result = cli("--data-dir", department, "school", "add", "--name", variant, "--out", tmp_path / "b.orientir-enroll")
        assert result.code == 1 and "уже зарегистрирована" in result.err


def test_a_failed_reissue_leaves_the_old_file_working(department, tmp_path, cli):
    cli("--data-dir", department, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", tmp_path / "k.orientir-enroll")
    before = query(department, "SELECT secret_sha256 FROM enrollment_secret")
    result = cli("--data-dir", department, "school", "reissue", "--name", "МКОУ Ключевская ООШ", "--out", "/proc/k.orientir-enroll")
    assert result.code == 1 and "по-прежнему действует" in result.err
    assert query(department, "SELECT secret_sha256 FROM enrollment_secret") == before


def test_listings_can_be_saved_to_a_file(demo_school):
    result = run_process("--data-dir", demo_school, "roadmap", "show")
    assert result.code == 0 and "1.1. Пополнение фонда школьной библиотеки" in result.out and "ID" in result.out


def test_a_garbled_busy_timeout_setting_is_ignored(demo_school):
    result = run_process("--data-dir", demo_school, "roadmap", "show", env={"ORIENTIR_BUSY_TIMEOUT_MS": "abc"})
    assert result.code == 0 and result.err == ""


def test_the_window_without_a_screen_says_so_in_russian(demo_school):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import subprocess
    import sys

    from tests.conftest import ROOT

    completed = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(demo_school)], cwd=ROOT, env=env,
                               capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert completed.returncode == 1
    assert "нет графического экрана" in completed.stderr and "xvfb-run" in completed.stderr
