"""Bundles that arrive late, out of order, after a restore, or from a school that restored an old copy."""

from __future__ import annotations

import json

from app.profile import open_profile
from app.restore import restore_profile
from tests.conftest import db_dump, query
from tests.exchange_helpers import export, load, make_district, record_progress, results

SCHOOL = "МКОУ Тартасская СОШ"


def _actual(root, number: str) -> list[tuple]:
    return query(root, "SELECT actual_result, revision FROM progress WHERE owner_kind = 'school' AND activity_id IN "
                       "(SELECT id FROM activity WHERE number = ?)", number)


def _backup(root):
    store = open_profile(root)
    try:
        return store.backup("manual").path
    finally:
        store.close()


def test_an_older_bundle_arriving_later_never_rolls_back_newer_data(tmp_path):
    district = make_district(tmp_path, [SCHOOL])
    school = district.schools[SCHOOL]
    record_progress(school, "1.1", status="in_progress", actual="первая редакция")
    first = export(school, district.bundle("first")).paths[0]
    record_progress(school, "1.1", status="done", actual="вторая редакция")
    second = export(school, district.bundle("second")).paths[0]

    outcomes = load(district.department, second, first)
    assert results(outcomes) == ["accepted", "accepted"]
    assert outcomes[1].counts == {"new": 0, "updated": 0, "unchanged": 1}
    assert _actual(district.department, "1.1") == _actual(school, "1.1")
    assert _actual(district.department, "1.1")[0][0] == "вторая редакция"


def test_a_bundle_after_a_gap_waits_and_applies_when_the_full_export_arrives(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    record_progress(school, "1.1", status="in_progress", actual="до копии отдела")
    district.send(school, department)
    district.send(department, school)
    copy = _backup(department)
    record_progress(school, "1.1", status="done", actual="после копии отдела")
    district.send(school, department)
    district.send(department, school)  # the school now holds a receipt the restored department will not remember
    restore_profile(department, copy)

    record_progress(school, "1.3", status="in_progress", actual="новое")
    late = export(school, district.bundle("after-gap")).paths[0]
    waiting = cli("--data-dir", department, "import", late, "--json")
    assert waiting.code == 0  # kept aside, not refused
    assert json.loads(waiting.out)["files"][0]["result"] == "waiting"
    assert "export --full" in waiting.err
    assert _actual(department, "1.3") == []
    listed = json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"][0]
    assert listed["exchange_attention"] == "waiting"

    full = export(school, district.bundle("full"), full=True).paths[0]
    outcomes = load(department, full)
    assert [(o.result, o.from_waiting) for o in outcomes] == [("accepted", False), ("accepted", True)]
    assert _actual(department, "1.1") == _actual(school, "1.1")
    assert _actual(department, "1.3") == _actual(school, "1.3")
    listed = json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"][0]
    assert listed["exchange_attention"] is None
    assert not list((department / "exchange" / "waiting").iterdir())


def test_a_school_restored_from_an_old_backup_is_flagged_and_merged_only_on_request(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    record_progress(school, "1.1", status="in_progress", actual="до копии")
    district.send(school, department)
    copy = _backup(school)
    record_progress(school, "1.1", status="done", actual="после копии")
    record_progress(school, "1.3", status="done", actual="сделано после копии")
    district.send(school, department)
    revision_before = _actual(department, "1.1")[0][1]
    restore_profile(school, copy)

    forked = export(school, district.bundle("restored")).paths[0]
    before = query(department, "SELECT * FROM progress ORDER BY id")
    flagged = cli("--data-dir", department, "import", forked, "--json")
    assert flagged.code == 1
    assert json.loads(flagged.out)["files"][0]["result"] == "fork"
    assert "восстановила данные из резервной копии" in flagged.err and "--accept-fork" in flagged.err
    assert query(department, "SELECT * FROM progress ORDER BY id") == before
    assert json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"][0]["exchange_attention"] == "fork"
    assert "ВНИМАНИЕ" in cli("--data-dir", department, "school", "list").out
    again = cli("--data-dir", department, "import", forked)
    assert again.code == 0 and "уже загружен" in again.err

    accepted = cli("--data-dir", department, "import", "--accept-fork", forked, "--json")
    assert accepted.code == 0, accepted.err
    assert json.loads(accepted.out)["files"][0]["result"] == "accepted"
    # The school's present state wins by revision (its restore raised it); nothing the department had is lost.
    assert _actual(department, "1.1") == _actual(school, "1.1")
    assert _actual(department, "1.1")[0][1] > revision_before
    assert _actual(department, "1.3")[0][0] == "сделано после копии"
    assert json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"][0]["exchange_attention"] is None

    # The restored school's chain is the one that counts from now on.
    record_progress(school, "1.1", actual="после восстановления")
    assert results(district.send(school, department)) == ["accepted"]
    assert _actual(department, "1.1")[0][0] == "после восстановления"


def test_a_department_bundle_from_before_a_later_one_changes_nothing_at_the_school(tmp_path):
    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    record_progress(school, "1.1", status="done")
    district.send(school, department)
    old = export(department, district.bundle("old")).paths[0]
    district.send(school, department)
    new = export(department, district.bundle("new")).paths[0]
    assert results(load(school, new)) == ["accepted"]
    before = db_dump(school)
    outcome = load(school, old)[0]
    assert outcome.result == "accepted" and outcome.counts["new"] == outcome.counts["updated"] == 0
    assert query(school, "SELECT accepted_sequence FROM receipt") == [(2,)]
    assert [line for line in db_dump(school) if "receipt" in line] == [line for line in before if "receipt" in line]


def test_a_verdict_on_a_report_a_restored_school_no_longer_holds_does_not_block_department_bundles(tmp_path):
    from app.reviews import review_progress

    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    copy = _backup(school)
    record_progress(school, "1.3", status="done", actual="отчёт, которого не будет в копии")
    district.send(school, department)
    store = open_profile(department)
    try:
        review_progress(store, SCHOOL, "1.3", "rework", "Приложите протокол")
    finally:
        store.close()
    restore_profile(school, copy)

    assert results(district.send(department, school)) == ["accepted"]
    # The roadmap and everything else still arrive; the remark about the lost report is left out.
    assert query(school, "SELECT count(*) FROM review") == [(0,)]
    assert query(school, "SELECT title FROM activity WHERE number = '1.3'") == [("Отчётные сессии руководителей школ",)]
