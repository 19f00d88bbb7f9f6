"""Evidence files on the way: photos go as email copies, big exports go as parts that arrive in any order."""

from __future__ import annotations

import json
import os

from PIL import Image

from app.profile import open_profile
from app.progress import progress_json
from tests.conftest import query
from tests.exchange_helpers import export, load, make_district, record_progress

SCHOOL = "МКОУ Тартасская СОШ"


def _items(root) -> list[dict]:
    store = open_profile(root)
    try:
        document = progress_json(store)
    finally:
        store.close()
    return next(s for s in document["schools"] if s["name"] == SCHOOL)["items"]


def test_a_big_photo_travels_as_an_email_copy_under_its_own_identity(tmp_path):
    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    photo = tmp_path / "стенд.jpg"
    Image.effect_noise((3000, 2000), 40).convert("RGB").save(photo, "JPEG", quality=95)
    record_progress(school, "1.1", status="done", attach=[photo])

    result = export(school, district.bundle("photo"))
    assert result.files == 1 and result.size < photo.stat().st_size
    assert [o.result for o in load(department, result.paths[0])] == ["accepted"]

    sha, stored = query(department, "SELECT sha256, stored_sha256 FROM attachment")[0]
    assert stored is not None and stored != sha
    with Image.open(department / "attachments" / stored[:2] / stored) as copy:
        assert max(copy.size) <= 2000
    assert (school / "attachments" / sha[:2] / sha).read_bytes() == photo.read_bytes()
    assert _items(department) == _items(school)
    assert _items(school)[0]["evidence"][0]["sha256"] == sha


def test_an_export_over_the_size_cap_goes_in_parts_that_apply_together(tmp_path, cli):
    district = make_district(tmp_path, [SCHOOL])
    school, department = district.schools[SCHOOL], district.department
    scans = []
    for index in range(3):
        scan = tmp_path / f"скан-{index}.bin"
        scan.write_bytes(os.urandom(120 * 1024))
        scans.append(scan)
    record_progress(school, "1.1", status="done", attach=scans)

    out = tmp_path / "отчёт.orientir"
    exported = cli("--data-dir", school, "export", "--out", out, "--max-size", "0.2", "--json")
    assert exported.code == 0, exported.err
    parts = [tmp_path / f"отчёт-part{i}of3.orientir" for i in (1, 2, 3)]
    assert json.loads(exported.out)["files"] == [str(p) for p in parts]
    assert all(p.stat().st_size <= 200 * 1024 for p in parts)

    imported = cli("--data-dir", department, "import", *reversed(parts), "--json")
    assert imported.code == 0, imported.err
    assert [f["result"] for f in json.loads(imported.out)["files"]] == ["waiting", "waiting", "accepted"]
    assert "получено 1 из 3" in imported.err
    assert _items(department) == _items(school)
    assert query(department, "SELECT count(*) FROM attachment") == [(3,)]
    listed = json.loads(cli("--data-dir", department, "school", "list", "--json").out)["schools"][0]
    assert listed["bundles_received"] == 1 and listed["exchange_attention"] is None
    again = cli("--data-dir", department, "import", parts[1])
    assert again.code == 0 and "уже загружен" in again.err
