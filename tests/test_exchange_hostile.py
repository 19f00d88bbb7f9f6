"""Hostile bundles against a real department through the command line: each is refused with one Russian
line, exit code 1, and the department's database exactly as it was.

test_bundle_container.py takes the reader apart case by case with a stand-in key; here the same kinds
of damage are made from a real school's real bundle, re-signed with that school's real key where the
point is that only a later check may catch it, and run through `orientir import` the way an outside
tester would: a folder of crafted files.
"""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.keys import load_signing_key
from tests.bundle_samples import entry, random_bytes, raw_entries, raw_zip, resigned, with_entry, zeros_bomb
from tests.conftest import ROOT, db_dump, query
from tests.exchange_helpers import export, load, make_district, record_progress, resign, results

SCHOOL_A, SCHOOL_B = "МКОУ Тартасская СОШ", "МКОУ Кыштовская СОШ"
# What bundles bring; the receipt is left out: the department re-stamps it whenever it accepts a bundle.
DATA = ("department", "school", "roadmap", "section", "activity", "indicator", "progress", "evidence", "review",
        "comment", "attachment")


class Hostile:
    """A department with two schools that have sent their first bundles, and a folder of crafted files."""

    def __init__(self, root: Path) -> None:
        self.district = make_district(root / "ours", [SCHOOL_A, SCHOOL_B])
        self.department = self.district.department
        self.school_a, self.school_b = self.district.schools[SCHOOL_A], self.district.schools[SCHOOL_B]
        for school in (self.school_a, self.school_b):
            record_progress(school, "1.1", status="in_progress", actual="Начали анализ")
            self.district.send(school, self.department)  # pins each school's key
        evidence = root / "протокол.pdf"
        evidence.write_bytes(b"%PDF-1.4 " + random_bytes(9, 30_000))
        record_progress(self.school_a, "1.1", status="done", actual="Анализ проведён", attach=[evidence])
        # A's next bundle, valid and not imported: every crafted file below is made from it.
        self.good = export(self.school_a, self.district.bundle("good")).paths[0]
        self.folder = root / "hostile"
        self.folder.mkdir()
        self.files: dict[str, Path] = {}
        self.craft(root)

    def add(self, name: str, data: bytes) -> None:
        self.files[name] = self.folder / f"{name}.orientir"
        self.files[name].write_bytes(data)

    def craft(self, root: Path) -> None:
        data = self.good.read_bytes()
        entries = raw_entries(data)
        key = load_signing_key(self.school_a)
        with zipfile.ZipFile(self.good) as archive:
            infos = archive.infolist()
        for info, item in zip(infos, entries):
            flipped = bytearray(data)
            flipped[info.header_offset + 30 + len(item.name) + len(item.payload) // 2] ^= 0xFF
            self.add("flipped-file" if item.name.startswith(b"files/") else f"flipped-{item.name.decode()}", bytes(flipped))
        members = [e for e in entries if e.name not in (b"manifest.json", b"manifest.sig")]
        attachment = next(e for e in members if e.name.startswith(b"files/"))
        self.add("dropped", raw_zip([e for e in entries if e is not attachment]))
        self.add("dropped-resigned", raw_zip(resigned([e for e in entries if e is not attachment], key)))
        self.add("added", raw_zip(entries + [entry("files/extra", b"MZ" * 500)]))
        self.add("added-resigned", raw_zip(resigned(entries + [entry("files/" + "e" * 64, b"MZ" * 500)], key)))
        self.add("duplicated", raw_zip([attachment, *entries]))
        self.add("dotdot", raw_zip(resigned(entries + [entry("../../evil.txt", b"owned")], key)))
        self.add("absolute", raw_zip(resigned(entries + [entry("/etc/cron.d/evil", b"* * * * * root sh")], key)))
        self.add("symlink", raw_zip(resigned(
            entries + [entry("files/link", b"/etc/passwd", external_attr=(stat.S_IFLNK | 0o777) << 16)], key)))
        self.add("symlink-over-member", raw_zip(resigned(
            with_entry(entries, attachment.name, external_attr=(stat.S_IFLNK | 0o777) << 16), key)))
        self.add("bomb-1gb-zeros", raw_zip(resigned(entries + [zeros_bomb("files/zeros")], key)))
        self.add("bomb-1gb-zeros-declared-small", raw_zip(resigned(entries + [zeros_bomb("files/zeros", declared=1000)], key)))
        for fraction in (0.0, 0.1, 0.5, 0.9):
            self.add(f"truncated-{int(fraction * 100)}", data[: 4 + int((len(data) - 4) * fraction)])
        self.add("truncated-end-record", data[:-1])
        self.add("appended", data + b"\x00" * 10)
        for size in (0, 100, 20_000):
            self.add(f"random-{size}", random_bytes(size + 1, size))
        self.add("zip-of-something-else", _plain_zip())
        self.craft_signed(root)

    def craft_signed(self, root: Path) -> None:
        """Correctly signed bundles that still must not be taken."""
        id_b = query(self.school_b, "SELECT school_id FROM profile")[0][0]
        progress_b = query(self.department, "SELECT id, revision FROM progress WHERE owner_school_id = ?", id_b)[0]
        activity = query(self.department, "SELECT id, revision FROM activity WHERE number = '1.1'")[0]

        def claim_b(header):
            header["sender"]["id"], header["sender"]["name"] = id_b, SCHOOL_B

        def progress_entry(records):
            return next(r for r in records if r["entity"] == "progress")

        def as_school_b(records):
            progress_entry(records)["data"]["owner_school_id"] = id_b

        def overwrite_b(records):
            progress_entry(records)["id"], progress_entry(records)["revision"] = progress_b[0], progress_b[1] + 5

        def rename_activity(records):
            full = export(self.department, root / "department-full.orientir", full=True).paths[0]
            with zipfile.ZipFile(full) as archive:
                entry_ = next(r for r in json.loads(archive.read("records.json")) if r["id"] == activity[0])
            entry_["revision"] += 1
            entry_["data"]["title"] = "Переименовано школой"
            records.append(entry_)

        def unknown_column(records):
            progress_entry(records)["data"]["grade"] = 5

        for name, change in (("school-a-claims-b", None), ("touches-school-b", as_school_b),
                             ("overwrites-school-b", overwrite_b), ("renames-department-activity", rename_activity),
                             ("unknown-column", unknown_column)):
            path = resign(self.good, self.school_a, root / f"{name}.tmp", change_records=change,
                          change_manifest=claim_b if change is None else None)
            self.add(name, path.read_bytes())
        foreign = make_district(root / "theirs", ["МКОУ Чужая СОШ"])
        record_progress(foreign.schools["МКОУ Чужая СОШ"], "1.1", status="done")
        self.add("foreign-department", export(foreign.department, foreign.bundle("dept")).paths[0].read_bytes())
        self.add("foreign-school", export(foreign.schools["МКОУ Чужая СОШ"], foreign.bundle("school")).paths[0].read_bytes())
        self.add("own-department-bundle", export(self.department, root / "own.orientir").paths[0].read_bytes())


def _plain_zip() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "не пакет")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Hostile:
    return Hostile(tmp_path_factory.mktemp("hostile"))


# Each crafted file and the check that must stop it (the `code` of `import --json`).
EXPECTED = {
    "flipped-file": "damaged", "flipped-records.json": "damaged", "flipped-manifest.json": "damaged",
    "flipped-manifest.sig": "damaged",
    "dropped": "members", "added": "members",
    # Re-signed, the manifest agrees with the zip; the records then name a file that is not there, or do not
    # describe the one that is.
    "dropped-resigned": "schema", "added-resigned": "schema",
    "duplicated": "unsafe_member", "dotdot": "unsafe_member", "absolute": "unsafe_member", "symlink": "unsafe_member",
    "symlink-over-member": "unsafe_member", "zip-of-something-else": "not_bundle",
    "bomb-1gb-zeros": "too_big", "bomb-1gb-zeros-declared-small": "damaged",
    "truncated-0": "damaged", "truncated-10": "damaged", "truncated-50": "damaged", "truncated-90": "damaged",
    "truncated-end-record": "damaged", "appended": "damaged",
    "random-0": "not_bundle", "random-100": "not_bundle", "random-20000": "not_bundle",
    "school-a-claims-b": "key", "touches-school-b": "ownership", "overwrites-school-b": "ownership",
    "renames-department-activity": "ownership", "unknown-column": "schema",
    "foreign-department": "recipient", "foreign-school": "unknown_sender", "own-department-bundle": "recipient",
}


def test_the_crafted_set_is_complete_and_its_source_is_a_good_bundle(hostile, cli):
    assert sorted(hostile.files) == sorted(EXPECTED)
    assert cli("--data-dir", hostile.department, "verify", hostile.good).code == 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_bundle_is_refused_in_one_russian_line_and_changes_nothing(hostile, cli, name):
    path = hostile.files[name]
    before = db_dump(hostile.department)
    result = cli("--data-dir", hostile.department, "import", path, "--json")
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "отклонён" in lines[0] and "Traceback" not in result.err, result.err
    outcome = json.loads(result.out)["files"][0]
    assert (outcome["result"], outcome["code"]) == ("refused", EXPECTED[name])
    assert db_dump(hostile.department) == before
    assert not list((hostile.department / "exchange" / "staging").glob("*.staged"))


# Runs the command line and writes its own peak memory (KiB) to the file named first. VmHWM, because
# ru_maxrss carries over the forking pytest process's peak on Linux, and RUSAGE_CHILDREN counts every
# other process the test run started.
PEAK_WRAPPER = (
    "import re, sys\n"
    "from app.cli.main import main\n"
    "code = main(sys.argv[2:])\n"
    "status = open('/proc/self/status').read()\n"
    "open(sys.argv[1], 'w').write(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
    "sys.exit(code)\n"
)


def test_a_folder_of_hostile_bundles_through_a_real_process(hostile, tmp_path):
    before = db_dump(hostile.department)
    files = sorted(hostile.folder.iterdir())
    peak = tmp_path / "peak-kib"
    completed = subprocess.run(
        [sys.executable, "-c", PEAK_WRAPPER, str(peak), "--data-dir", str(hostile.department), "import", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert completed.returncode == 1
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == len(files) and all("отклонён" in line for line in lines), completed.stderr
    assert db_dump(hostile.department) == before
    # The zip bombs among them were refused without inflating.
    assert int(peak.read_text()) < 300 * 1024


def _data(root: Path) -> list[tuple]:
    return [row for table in DATA for row in query(root, f"SELECT * FROM {table} ORDER BY 1")]  # noqa: S608


def test_replayed_reordered_gapped_and_forked_bundles_never_change_the_data(tmp_path, cli):
    """Not refusals: a replay is «уже загружен», an older bundle after a newer one changes nothing, a bundle
    after a gap waits and a restored school's bundle is kept aside as a fork — none of them touches the data."""
    from app.profile import open_profile
    from app.restore import restore_profile

    district = make_district(tmp_path, [SCHOOL_A])
    school, department = district.schools[SCHOOL_A], district.department
    store = open_profile(school)
    try:
        early_copy = store.backup("manual").path
    finally:
        store.close()
    record_progress(school, "1.1", status="in_progress", actual="первая редакция")
    older = export(school, district.bundle("older")).paths[0]
    record_progress(school, "1.1", status="done", actual="вторая редакция")
    newer = export(school, district.bundle("newer")).paths[0]
    assert results(load(department, newer)) == ["accepted"]

    def unchanged(path: Path, code: int, words: str) -> None:
        before = _data(department)
        result = cli("--data-dir", department, "import", path)
        assert (result.code, len(result.err.strip().splitlines())) == (code, 1), result.err
        assert words in result.err
        assert _data(department) == before

    unchanged(newer, 0, "уже загружен")
    unchanged(older, 0, "без изменений 1")
    # The department's receipt reaches the school, so its next bundle starts after what the department holds.
    district.send(department, school)
    record_progress(school, "1.3", status="done")
    gapped = resign(export(school, district.bundle("after")).paths[0], school, tmp_path / "gap.orientir",
                    change_manifest=lambda header: header["changes"].update({"from": header["changes"]["to"] + 5,
                                                                             "to": header["changes"]["to"] + 9}))
    unchanged(gapped, 0, "export --full")
    restore_profile(school, early_copy)
    record_progress(school, "1.1", status="not_done", actual="после восстановления")
    unchanged(export(school, district.bundle("fork")).paths[0], 1, "--accept-fork")
