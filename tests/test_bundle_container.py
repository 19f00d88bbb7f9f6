"""The bundle file: what a good one holds, and every hostile or damaged one refused with nothing left behind."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import UserError
from app.exchange.container import (
    EXTENSION,
    FileDigest,
    MemberSource,
    OpenedBundle,
    digest_bundle,
    open_bundle,
    peek_manifest,
    remove_abandoned_staging,
    write_bundle,
)
from app.exchange.errors import BundleError
from app.exchange.manifest import FORMAT_VERSION, MAX_BUNDLE_BYTES, canonical_json
from bundle_samples import (
    PinnedKey,
    entry,
    header,
    listing,
    random_bytes,
    raw_entries,
    raw_zip,
    resigned,
    sample_members,
    with_entry,
    write_sample,
    zeros_bomb,
)

ROOT = Path(__file__).resolve().parent.parent
DAMAGED = "Файл пакета повреждён при пересылке — попросите отправителя выгрузить пакет заново."


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def bundle(tmp_path, key) -> Path:
    return write_sample(tmp_path / "out", key)


@pytest.fixture
def staging(tmp_path) -> Path:
    return tmp_path / "staging"


def refused(path: Path, key: Ed25519PrivateKey, staging: Path, verifier=None) -> BundleError:
    """Open a bundle that must be refused; checks nothing was left in the staging folder."""
    with pytest.raises(BundleError) as caught:
        open_bundle(path, verifier or PinnedKey(key.public_key()), staging)
    assert listing(staging) == []
    assert caught.value.message
    return caught.value


def write_raw(tmp_path: Path, data: bytes, name: str = "hostile" + EXTENSION) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- good bundles


def test_a_written_bundle_opens_with_every_member_verified(tmp_path, key, staging):
    members = sample_members(tmp_path)
    written = write_bundle(tmp_path / f"school{EXTENSION}", header(key), members, key)

    assert written.sha256 == hashlib.sha256(written.path.read_bytes()).hexdigest()
    assert written.size == written.path.stat().st_size
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    verifier = PinnedKey(key.public_key())
    with open_bundle(written.path, verifier, staging) as opened:
        assert verifier.calls == ["key_for", "check_recipient"]
        assert opened.sha256 == written.sha256 and opened.size == written.size
        assert opened.manifest["sender"]["name"] == "МБОУ «Берёзовская ООШ»"
        assert opened.manifest["format_version"] == FORMAT_VERSION
        assert [m["name"] for m in opened.manifest["members"]] == [
            "attachments/ab/photo.jpg", "attachments/cd/report.txt", "records.json"
        ]
        assert opened.json("records.json")["records"][0]["title"] == "Анализ результатов ВПР"
        photo = opened.staged("attachments/ab/photo.jpg")
        assert photo.read_bytes() == (tmp_path / "photo.jpg").read_bytes()
        assert photo.parent == staging and "photo" not in photo.name  # never under the member's own name
        store = tmp_path / "store" / "ab" / "photo"
        opened.take("attachments/ab/photo.jpg", store)
    assert store.read_bytes() == (tmp_path / "photo.jpg").read_bytes()
    assert listing(staging) == []  # what was not taken is gone


def test_the_same_content_gives_the_same_bytes_and_media_are_not_deflated_again(tmp_path, key):
    first = write_bundle(tmp_path / "a.orientir", header(key), sample_members(tmp_path), key)
    second = write_bundle(tmp_path / "b.orientir", header(key), sample_members(tmp_path), key)

    assert first.sha256 == second.sha256
    with zipfile.ZipFile(first.path) as archive:
        methods = {info.filename: info.compress_type for info in archive.infolist()}
    assert methods["attachments/ab/photo.jpg"] == zipfile.ZIP_STORED
    assert methods["attachments/cd/report.txt"] == zipfile.ZIP_DEFLATED
    assert list(methods)[-2:] == ["manifest.json", "manifest.sig"]


def test_a_blank_uncompressed_scan_is_stored_so_the_reader_does_not_take_it_for_a_bomb(tmp_path, key, staging):
    scan = MemberSource("attachments/ee/scan.bmp", data=b"BM" + bytes(3 * 1024 * 1024))
    written = write_bundle(tmp_path / "scan.orientir", header(key), [scan], key)

    with zipfile.ZipFile(written.path) as archive:
        assert archive.getinfo("attachments/ee/scan.bmp").compress_type == zipfile.ZIP_STORED
    with open_bundle(written.path, PinnedKey(key.public_key()), staging) as opened:
        assert opened.staged("attachments/ee/scan.bmp").stat().st_size == len(scan.data)


def test_cancelling_an_export_keeps_the_old_file_and_leaves_no_temporary_one(tmp_path, key):
    out = tmp_path / "school.orientir"
    out.write_bytes(b"previous export")

    with pytest.raises(BundleError) as caught:
        write_bundle(out, header(key), sample_members(tmp_path), key, abort=lambda: True)

    assert caught.value.reason == "cancelled"
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_attachment_missing_on_disk_is_named_and_nothing_is_written(tmp_path, key):
    members = [MemberSource("attachments/ab/gone.jpg", path=tmp_path / "gone.jpg")]

    with pytest.raises(UserError) as caught:
        write_bundle(tmp_path / "school.orientir", header(key), members, key)

    assert "gone.jpg" in caught.value.message
    assert os.listdir(tmp_path) == []


def test_progress_is_reported_and_cancelling_an_import_leaves_nothing(tmp_path, key, bundle, staging):
    seen: list[tuple[int, int]] = []
    with open_bundle(bundle, PinnedKey(key.public_key()), staging, progress=lambda d, t: seen.append((d, t))):
        pass
    assert seen and seen[-1][0] == seen[-1][1]

    with pytest.raises(BundleError) as caught:
        open_bundle(bundle, PinnedKey(key.public_key()), staging, abort=lambda: True)
    assert caught.value.reason == "cancelled"
    assert listing(staging) == []


def test_peek_shows_the_manifest_without_knowing_the_sender(bundle):
    assert peek_manifest(bundle)["sender"]["id"] == "school-1"


def test_canonical_json_is_sorted_compact_utf8():
    assert canonical_json({"b": 1, "a": ["ё", None]}) == '{"a":["ё",null],"b":1}'.encode()


def test_staged_files_of_a_killed_import_are_removed_and_a_running_ones_kept(tmp_path, key, bundle, staging):
    staging.mkdir()
    (staging / "0123abcd.lease").write_bytes(b"")  # its process is gone: nobody holds the lock
    (staging / "0123abcd-1.staged").write_bytes(b"half a photo")
    (staging / "feedbeef-1.staged").write_bytes(b"no lease at all")

    with open_bundle(bundle, PinnedKey(key.public_key()), staging) as opened:
        assert remove_abandoned_staging(staging) == 2
        assert opened.staged("attachments/ab/photo.jpg").exists()
    assert listing(staging) == []


# ---------------------------------------------------------------- the sender, the signature, the format


def test_a_bundle_signed_by_another_key_is_refused_before_the_recipient_is_checked(tmp_path, key, bundle, staging):
    verifier = PinnedKey(Ed25519PrivateKey.generate().public_key())

    error = refused(bundle, key, staging, verifier)

    assert error.reason == "signature"
    assert "другим ключом" in error.message
    assert verifier.calls == ["key_for"]


def test_a_manifest_edited_after_signing_is_refused_by_its_signature(tmp_path, key, bundle, staging):
    entries = raw_entries(bundle.read_bytes())
    forged = resigned(entries, Ed25519PrivateKey.generate(), lambda m: m.update(sequence=99))
    signature_of_the_original = {item.name: item for item in entries}[b"manifest.sig"]
    forged = [signature_of_the_original if item.name == b"manifest.sig" else item for item in forged]

    assert refused(write_raw(tmp_path, raw_zip(forged)), key, staging).reason == "signature"


def test_the_verifiers_refusals_pass_through(tmp_path, key, bundle, staging):
    assert refused(bundle, key, staging, PinnedKey(key.public_key(), recipient_ok=False)).reason == "recipient"


def test_a_bundle_from_a_newer_program_asks_to_update_first(tmp_path, key, bundle, staging):
    def newer(manifest):
        manifest["format_version"] = FORMAT_VERSION + 1
        manifest["something_new"] = {"a": 1}

    path = write_raw(tmp_path, raw_zip(resigned(raw_entries(bundle.read_bytes()), key, newer)))

    error = refused(path, key, staging)
    assert error.reason == "newer_format"
    assert "Обновите программу" in error.message


@pytest.mark.parametrize(
    "change",
    [
        lambda m: m.pop("recipient") and None,
        lambda m: m.update(sequence=0),
        lambda m: m.update(sequence=True),
        lambda m: m.update(previous_sha256="ABC"),
        lambda m: m.update(changes={"from": 5, "to": 4, "full": False}),
        lambda m: m.update(part={"set": "s", "index": 3, "count": 2}),
        lambda m: m.update(created_at="вчера"),
        lambda m: m["sender"].update(public_key="not base64"),
        lambda m: m.update(members=[{"name": "../x", "size": 1, "sha256": "0" * 64}]),
    ],
)
def test_a_signed_manifest_with_wrong_fields_is_refused(tmp_path, key, bundle, staging, change):
    path = write_raw(tmp_path, raw_zip(resigned(raw_entries(bundle.read_bytes()), key, change)))

    assert refused(path, key, staging).reason == "damaged"


def test_a_manifest_nested_a_thousand_deep_is_refused_before_it_is_parsed(tmp_path, key, bundle, staging):
    deep = b"[" * 1000 + b"]" * 1000
    path = write_raw(tmp_path, raw_zip(resigned(raw_entries(bundle.read_bytes()), key, lambda m: deep)))

    error = refused(path, key, staging)
    assert (error.reason, error.member) == ("damaged", "manifest.json")


def test_a_deeply_nested_json_member_is_refused(tmp_path, key, staging):
    deep = MemberSource("records.json", data=b'{"a":' * 40 + b"1" + b"}" * 40)
    written = write_bundle(tmp_path / "deep.orientir", header(key), [deep], key)

    error = refused(written.path, key, staging)
    assert (error.reason, error.member) == ("damaged", "records.json")


def test_a_zip_that_is_not_a_bundle(tmp_path, key, staging):
    path = write_raw(tmp_path, raw_zip([entry("readme.txt", b"hello")]))

    assert refused(path, key, staging).reason == "not_bundle"


def test_a_missing_file_and_a_folder_are_refused_in_words(tmp_path, key, staging):
    assert refused(tmp_path / "nothing.orientir", key, staging).reason == "unreadable"
    assert refused(tmp_path, key, staging).reason == "not_bundle"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_the_digest_taken_before_verifying_refuses_a_pipe_and_an_oversized_file_unread(tmp_path):
    pipe = tmp_path / f"pipe{EXTENSION}"
    os.mkfifo(pipe)  # reading it would wait for a writer for ever
    huge = tmp_path / f"huge{EXTENSION}"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BUNDLE_BYTES + 1)  # sparse: nothing is written, and nothing may be read

    for path, reason in ((pipe, "not_bundle"), (huge, "too_big")):
        with pytest.raises(BundleError) as caught:
            digest_bundle(path)
        assert caught.value.reason == reason


def test_a_digest_taken_before_spares_a_second_reading_only_while_the_file_is_unchanged(tmp_path, key, bundle, staging):
    digest = digest_bundle(bundle)
    assert (digest.sha256, digest.size) == (hashlib.sha256(bundle.read_bytes()).hexdigest(), bundle.stat().st_size)
    with open_bundle(bundle, PinnedKey(key.public_key()), staging, digest=digest) as opened:
        assert opened.sha256 == digest.sha256
    # A digest of the file as it was at another moment is not trusted: the file is read again.
    older = FileDigest("0" * 64, digest.size, (*digest.stamp[:3], digest.stamp[3] - 1))
    with open_bundle(bundle, PinnedKey(key.public_key()), staging, digest=older) as opened:
        assert opened.sha256 == digest.sha256


# ---------------------------------------------------------------- damage in transit


def test_every_member_with_its_bytes_flipped_is_refused(tmp_path, key, bundle, staging):
    data = bundle.read_bytes()
    entries = raw_entries(data)
    with zipfile.ZipFile(bundle) as archive:
        infos = archive.infolist()
    assert len(infos) == len(entries) == 5
    for info, item in zip(infos, entries):
        start = info.header_offset + 30 + len(item.name)
        for offset in {0, len(item.payload) // 2, len(item.payload) - 1}:
            damaged = bytearray(data)
            damaged[start + offset] ^= 0xFF
            error = refused(write_raw(tmp_path, bytes(damaged)), key, staging)
            assert error.reason in ("damaged", "signature"), (item.name, offset, error.reason)


def test_a_member_replaced_with_a_consistent_zip_entry_fails_its_sha256(tmp_path, key, bundle, staging):
    entries = raw_entries(bundle.read_bytes())
    swapped = [entry("attachments/cd/report.txt", b"X" * item.file_size) if item.name == b"attachments/cd/report.txt"
               else item for item in entries]

    error = refused(write_raw(tmp_path, raw_zip(swapped)), key, staging)
    assert (error.reason, error.member) == ("damaged", "attachments/cd/report.txt")
    assert "attachments/cd/report.txt" in error.message


@pytest.mark.parametrize("points", [10])
def test_a_bundle_cut_short_anywhere_is_damaged(tmp_path, key, bundle, staging, points):
    data = bundle.read_bytes()
    for index in range(points):
        cut = 4 + (len(data) - 5) * index // (points - 1)
        error = refused(write_raw(tmp_path, data[:cut]), key, staging)
        assert error.reason == "damaged"
        assert error.message == DAMAGED


@pytest.mark.parametrize("seed,size", [(1, 0), (2, 21), (3, 100), (4, 4096), (5, 200_000)])
def test_random_bytes_are_not_a_bundle(tmp_path, key, staging, seed, size):
    assert refused(write_raw(tmp_path, random_bytes(seed, size)), key, staging).reason == "not_bundle"


# ---------------------------------------------------------------- members added, dropped, hostile


def test_a_dropped_member_is_refused(tmp_path, key, bundle, staging):
    entries = [e for e in raw_entries(bundle.read_bytes()) if e.name != b"attachments/ab/photo.jpg"]

    assert refused(write_raw(tmp_path, raw_zip(entries)), key, staging).reason == "members"


def test_an_added_member_is_refused(tmp_path, key, bundle, staging):
    entries = raw_entries(bundle.read_bytes()) + [entry("attachments/zz/virus.exe", b"MZ" * 100)]

    assert refused(write_raw(tmp_path, raw_zip(entries)), key, staging).reason == "members"


def test_a_duplicated_member_is_refused(tmp_path, key, bundle, staging):
    entries = raw_entries(bundle.read_bytes())
    duplicate = next(e for e in entries if e.name == b"records.json")

    assert refused(write_raw(tmp_path, raw_zip([duplicate, *entries])), key, staging).reason == "unsafe_member"


@pytest.mark.parametrize(
    "name", ["../x", "../../etc/passwd", "/abs", "C:\\x", "C:/x", "attachments\\ab\\x", "a/../b", "Records.json",
             "dir/", "a//b", "фото.jpg", "a\x00b", "x" * 151]
)
def test_a_member_with_a_dangerous_name_is_refused(tmp_path, key, bundle, staging, name):
    entries = raw_entries(bundle.read_bytes()) + [entry(name.encode("utf-8"), b"payload", flags=0x800)]

    assert refused(write_raw(tmp_path, raw_zip(entries)), key, staging).reason == "unsafe_member"


def test_a_symlink_entry_is_refused(tmp_path, key, bundle, staging):
    link = entry("attachments/ab/link", b"/etc/passwd", external_attr=(stat.S_IFLNK | 0o777) << 16)
    entries = raw_entries(bundle.read_bytes()) + [link]

    assert refused(write_raw(tmp_path, raw_zip(entries)), key, staging).reason == "unsafe_member"


@pytest.mark.parametrize(
    "fields",
    [{"flags": 0x1}, {"flags": 0x40}, {"method": 12}, {"external_attr": 0x10}, {"external_attr": (stat.S_IFDIR | 0o755) << 16}],
)
def test_encrypted_directory_and_strange_entries_are_refused(tmp_path, key, bundle, staging, fields):
    entries = with_entry(raw_entries(bundle.read_bytes()), b"records.json", **fields)

    assert refused(write_raw(tmp_path, raw_zip(entries)), key, staging).reason == "unsafe_member"


def test_overlapping_entries_are_refused(tmp_path, key, bundle, staging):
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        infos = archive.infolist()
    # Point the second entry's central directory record at the first entry's local header.
    directory = data.index(b"PK\x01\x02")
    second = data.index(b"PK\x01\x02", directory + 1)
    data[second + 42 : second + 46] = infos[0].header_offset.to_bytes(4, "little")

    assert refused(write_raw(tmp_path, bytes(data)), key, staging).reason in ("unsafe_member", "damaged")


def test_junk_before_or_after_the_zip_is_refused(tmp_path, key, bundle, staging):
    data = bundle.read_bytes()

    assert refused(write_raw(tmp_path, b"MZ" + bytes(100) + data), key, staging).reason == "damaged"
    assert refused(write_raw(tmp_path, data + b"trailing"), key, staging).reason == "damaged"
    commented = raw_zip(raw_entries(data), comment=b"hello")
    assert refused(write_raw(tmp_path, commented), key, staging).reason == "damaged"


@pytest.mark.parametrize("declared", ["smaller", "bigger", "manifest"])
def test_a_member_whose_declared_size_lies_is_refused(tmp_path, key, bundle, staging, declared):
    entries = raw_entries(bundle.read_bytes())
    real = next(e for e in entries if e.name == b"attachments/cd/report.txt")
    if declared == "manifest":
        # The zip is honest; the signed manifest lists a smaller size.
        def shrink(manifest):
            for member in manifest["members"]:
                if member["name"] == "attachments/cd/report.txt":
                    member["size"] = 10
        entries = resigned(entries, key, shrink)
    else:
        size = real.file_size // 2 if declared == "smaller" else real.file_size * 2
        entries = resigned(with_entry(entries, real.name, file_size=size), key)

    error = refused(write_raw(tmp_path, raw_zip(entries)), key, staging)
    assert error.reason == "damaged"


# ---------------------------------------------------------------- zip bombs


def test_a_gigabyte_of_zeros_declared_honestly_is_refused_from_the_directory(tmp_path, key, bundle, staging):
    entries = resigned(raw_entries(bundle.read_bytes()) + [zeros_bomb()], key)

    error = refused(write_raw(tmp_path, raw_zip(entries)), key, staging)
    assert error.reason == "too_big"


def test_a_gigabyte_of_zeros_declared_small_and_signed_stops_after_its_declared_size(tmp_path, key, bundle, staging):
    bomb = zeros_bomb(declared=1000)
    entries = raw_entries(bundle.read_bytes()) + [bomb]

    def claim_1000_bytes(manifest):
        for member in manifest["members"]:
            if member["name"] == bomb.name.decode():
                member["sha256"] = hashlib.sha256(b"a" * 1000).hexdigest()

    path = write_raw(tmp_path, raw_zip(resigned(entries, key, claim_1000_bytes)))
    error = refused(path, key, staging)
    assert (error.reason, error.member) == ("damaged", bomb.name.decode())


def test_a_zip_bomb_is_refused_without_inflating_it(tmp_path, key, bundle):
    """Peak memory of a separate process opening both bombs grows by far less than 300 MB."""
    honest = write_raw(tmp_path, raw_zip(resigned(raw_entries(bundle.read_bytes()) + [zeros_bomb()], key)), "a.orientir")
    lying = write_raw(tmp_path, raw_zip(resigned(raw_entries(bundle.read_bytes()) + [zeros_bomb(declared=1000)], key)),
                      "b.orientir")
    script = textwrap.dedent(f"""
        import base64, json, resource
        from pathlib import Path
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        from app.exchange.container import open_bundle
        from app.exchange.errors import BundleError
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode({header(key)["sender"]["public_key"]!r}))
        class Pinned:
            def key_for(self, manifest): return key
            def check_recipient(self, manifest): pass
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        reasons = []
        for path in ({str(honest)!r}, {str(lying)!r}):
            try:
                open_bundle(Path(path), Pinned(), Path({str(tmp_path / "staging")!r}))
            except BundleError as error:
                reasons.append(error.reason)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({{"reasons": reasons, "growth_kb": after - before}}))
    """)
    completed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout)
    assert result["reasons"] == ["too_big", "damaged"]
    assert result["growth_kb"] * 1024 < 300 * 1024 * 1024
    assert listing(tmp_path / "staging") == []


def test_too_many_entries_are_refused_before_zipfile_reads_them(tmp_path, key, staging):
    entries = [entry(f"attachments/{i:05d}", b"") for i in range(20_003)]

    assert refused(write_raw(tmp_path, raw_zip(entries)), key, staging).reason == "too_big"


def test_the_bundle_file_is_left_as_it_was(tmp_path, key, bundle, staging):
    before = bundle.read_bytes()
    with open_bundle(bundle, PinnedKey(key.public_key()), staging) as opened:
        assert isinstance(opened, OpenedBundle)
    assert bundle.read_bytes() == before
    assert sorted(os.listdir(bundle.parent)) == ["photo.jpg", bundle.name]
