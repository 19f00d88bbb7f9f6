"""Who may send what: pinned keys, enrollment proofs, recipients and ownership. Every refusal changes nothing."""

from __future__ import annotations

import json

from app.profile import open_profile
from app.schools import reissue_enrollment
from tests.conftest import db_dump, query
from tests.exchange_helpers import export, load, make_district, record_progress, resign

SCHOOL_A, SCHOOL_B = "Школа А", "Школа Б"


def _refused(root, path) -> tuple[str, str]:
    before = db_dump(root)
    outcome = load(root, path)[0]
    assert outcome.result == "refused"
    assert db_dump(root) == before
    return outcome.code, outcome.reason


def _public_key(root) -> str:
    return query(root, "SELECT public_key FROM profile")[0][0]


def test_the_first_bundle_pins_the_key_and_only_a_reissue_lets_another_in(tmp_path):
    district = make_district(tmp_path, [SCHOOL_A])
    school, department = district.schools[SCHOOL_A], district.department
    assert query(department, "SELECT public_key FROM school") == [("",)]
    record_progress(school, "1.1", status="done")
    district.send(school, department)
    assert query(department, "SELECT public_key FROM school") == [(_public_key(school),)]

    # Someone who kept a copy of the enrollment file makes a profile of their own: its key is refused.
    impostor = district.join(tmp_path / "impostor", district.enrollments[SCHOOL_A], full=True)
    record_progress(impostor, "1.1", status="not_done", actual="подмена")
    code, reason = _refused(department, export(impostor, district.bundle("impostor")).paths[0])
    assert code == "key" and "не тем ключом, который зарегистрирован для этой школы" in reason

    # The school reinstalled: the department reissues, the new profile's first bundle re-pins the key.
    store = open_profile(department)
    try:
        _school, new_file = reissue_enrollment(store, SCHOOL_A, tmp_path / "reissued.orientir-enroll")
    finally:
        store.close()
    reinstalled = district.join(tmp_path / "reinstalled", new_file)
    record_progress(reinstalled, "1.3", status="done")
    assert [o.result for o in district.send(reinstalled, department)] == ["accepted"]
    assert query(department, "SELECT public_key FROM school") == [(_public_key(reinstalled),)]
    # The old key no longer counts, and the used secret cannot vouch for a third one.
    record_progress(school, "1.3", status="not_done")
    assert _refused(department, export(school, district.bundle("old-key")).paths[0])[0] == "key"
    third = district.join(tmp_path / "third", new_file, full=True)
    record_progress(third, "1.1", status="done")
    assert _refused(department, export(third, district.bundle("third")).paths[0])[0] == "key"


def test_a_school_cannot_speak_for_another_school(tmp_path):
    district = make_district(tmp_path, [SCHOOL_A, SCHOOL_B])
    school_a, school_b, department = district.schools[SCHOOL_A], district.schools[SCHOOL_B], district.department
    id_b = query(school_b, "SELECT school_id FROM profile")[0][0]
    record_progress(school_a, "1.1", status="done")
    bundle = export(school_a, district.bundle("a")).paths[0]

    def claim_b(header):
        header["sender"]["id"] = id_b
        header["sender"]["name"] = SCHOOL_B

    before_b_pinned = resign(bundle, school_a, tmp_path / "a-as-b-1.orientir", change_manifest=claim_b)
    assert _refused(department, before_b_pinned)[0] == "enrollment"
    district.send(school_b, department)  # B's own first bundle pins B's key
    after_b_pinned = resign(bundle, school_a, tmp_path / "a-as-b-2.orientir", change_manifest=claim_b)
    assert _refused(department, after_b_pinned)[0] == "key"


def test_a_signed_school_bundle_touching_data_that_is_not_its_own_is_refused_whole(tmp_path):
    district = make_district(tmp_path, [SCHOOL_A, SCHOOL_B])
    school_a, school_b, department = district.schools[SCHOOL_A], district.schools[SCHOOL_B], district.department
    record_progress(school_b, "1.1", status="done", actual="отчёт школы Б")
    district.send(school_b, department)
    record_progress(school_a, "1.1", status="done", actual="отчёт школы А")
    record_progress(school_a, "1.3", status="in_progress")
    bundle = export(school_a, district.bundle("a")).paths[0]
    id_b = query(school_b, "SELECT school_id FROM profile")[0][0]
    progress_b = query(department, "SELECT id FROM progress WHERE owner_school_id = ?", id_b)[0][0]
    activity = query(department, "SELECT id, revision FROM activity WHERE number = '1.1'")[0]

    def as_school_b(records):
        records[-1]["data"]["owner_school_id"] = id_b

    def overwrite_b(records):
        records[-1]["id"] = progress_b
        records[-1]["revision"] = 99

    def rename_activity(records):
        entry = next(r for r in json.loads(export_json(department)) if r["entity"] == "activity" and r["id"] == activity[0])
        entry["revision"] = activity[1] + 1
        entry["data"]["title"] = "Переименовано школой"
        records.append(entry)

    for index, tamper in enumerate((as_school_b, overwrite_b, rename_activity)):
        forged = resign(bundle, school_a, tmp_path / f"forged-{index}.orientir", change_records=tamper)
        code, reason = _refused(department, forged)
        assert code == "ownership" and "чужие данные" in reason
    assert query(department, "SELECT count(*) FROM progress WHERE owner_school_id != ?", id_b) == [(0,)]
    assert [o.result for o in load(department, bundle)] == ["accepted"]


def export_json(department) -> str:
    """The department's own records as its full bundle carries them."""
    import zipfile

    path = department.parent / "department-full.orientir"
    if not path.exists():
        export(department, path, full=True)
    with zipfile.ZipFile(path) as archive:
        return archive.read("records.json").decode("utf-8")


def test_bundles_of_another_department_or_its_schools_are_refused(tmp_path):
    ours = make_district(tmp_path / "ours", [SCHOOL_A])
    theirs = make_district(tmp_path / "theirs", [SCHOOL_B])
    foreign_department = export(theirs.department, theirs.bundle("dept")).paths[0]
    assert _refused(ours.schools[SCHOOL_A], foreign_department)[0] == "unknown_sender"
    record_progress(theirs.schools[SCHOOL_B], "1.1", status="done")
    foreign_school = export(theirs.schools[SCHOOL_B], theirs.bundle("school")).paths[0]
    code, reason = _refused(ours.department, foreign_school)
    assert code == "unknown_sender" and "не зарегистрирована в этом отделе" in reason
    # A department's own bundle is not for a department, and a school's bundle is not for a school.
    own = export(ours.department, ours.bundle("own")).paths[0]
    assert _refused(ours.department, own)[0] == "recipient"
    record_progress(ours.schools[SCHOOL_A], "1.1", status="done")
    school_bundle = export(ours.schools[SCHOOL_A], ours.bundle("school")).paths[0]
    assert _refused(theirs.schools[SCHOOL_B], school_bundle)[0] == "recipient"


def test_a_damaged_bundle_is_refused_in_plain_words(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL_A])
    record_progress(district.schools[SCHOOL_A], "1.1", status="done")
    bundle = export(district.schools[SCHOOL_A], district.bundle("a")).paths[0]
    data = bytearray(bundle.read_bytes())
    data[200] ^= 0x01
    damaged = tmp_path / "damaged.orientir"
    damaged.write_bytes(bytes(data))
    before = db_dump(district.department)
    result = cli("--data-dir", district.department, "import", damaged, bundle, "--json")
    assert result.code == 1
    assert [f["result"] for f in json.loads(result.out)["files"]] == ["refused", "accepted"]
    assert "повреждён при пересылке" in result.err
    assert db_dump(district.department) != before  # the good one is applied, the damaged one alone refused
