"""Real bundles for tests and the fuzzer: a real key, real members, and a hand-made zip writer.

The hand-made writer produces what zipfile refuses or warns about (duplicate names, symlink entries,
lying sizes, a 1 GB inflating member built without ever holding 1 GB) from a list of `RawEntry`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.exchange.container import MemberSource, write_bundle
from app.exchange.errors import BundleError
from app.exchange.manifest import canonical_json, sign_manifest
from app.keys import public_key_text

REGULAR = (stat.S_IFREG | 0o644) << 16


def header(key: Ed25519PrivateKey, **changes) -> dict:
    """A manifest header as the exporter fills it: a school writing to its department."""
    fields = {
        "kind": "school",
        "sender": {
            "kind": "school", "id": "school-1", "name": "МБОУ «Берёзовская ООШ»", "department_id": "dept-1",
            "public_key": public_key_text(key), "installation_id": "install-1",
        },
        "recipient": {"department_id": "dept-1", "school_id": None},
        "sequence": 1,
        "previous_sha256": None,
        "changes": {"from": 0, "to": 12, "full": True},
        "created_at": "2024-05-01T10:00:00+03:00",
        "app_version": "0.1.0",
        "part": {"set": "set-1", "index": 1, "count": 1},
        "extra": {},
    }
    fields.update(changes)
    return fields


def sample_members(folder: Path) -> list[MemberSource]:
    """Records as JSON, a photo-like file from disk, a text document: both stored and deflated entries."""
    photo = folder / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    records = {"records": [{"id": f"a-{i}", "title": "Анализ результатов ВПР", "status": "done"} for i in range(20)]}
    return [
        MemberSource("records.json", data=canonical_json(records)),
        MemberSource("attachments/ab/photo.jpg", path=photo),
        MemberSource("attachments/cd/report.txt", data="Протокол заседания\n".encode() * 200),
    ]


def write_sample(folder: Path, key: Ed25519PrivateKey, name: str = "sample.orientir") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_bundle(folder / name, header(key), sample_members(folder), key).path


class PinnedKey:
    """A verifier that knows one sender's key, and records what it was asked."""

    def __init__(self, public_key: Ed25519PublicKey, recipient_ok: bool = True) -> None:
        self.public_key = public_key
        self.recipient_ok = recipient_ok
        self.calls: list[str] = []

    def key_for(self, manifest: dict) -> Ed25519PublicKey:
        self.calls.append("key_for")
        return self.public_key

    def check_recipient(self, manifest: dict) -> None:
        self.calls.append("check_recipient")
        if not self.recipient_ok:
            raise BundleError("recipient")


@dataclass(frozen=True)
class RawEntry:
    """One zip entry exactly as it will be written: `payload` is the stored (maybe deflated) data."""

    name: bytes
    payload: bytes
    method: int
    crc: int
    file_size: int
    flags: int = 0
    external_attr: int = REGULAR
    create_system: int = 3
    sha256: str | None = None  # what resigned() lists, when inflating the payload to hash it would be too slow


def raw_entries(bundle: bytes) -> list[RawEntry]:
    """The entries of a zip with their compressed bytes, as the next writer will copy them."""
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        result = []
        for info in archive.infolist():
            name_length, extra_length = struct.unpack("<HH", bundle[info.header_offset + 26 : info.header_offset + 30])
            start = info.header_offset + 30 + name_length + extra_length
            result.append(RawEntry(
                info.orig_filename.encode(), bundle[start : start + info.compress_size], info.compress_type,
                info.CRC, info.file_size, info.flag_bits, info.external_attr, info.create_system,
            ))
        return result


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def entry(name: str | bytes, data: bytes, *, method: int = zipfile.ZIP_DEFLATED, **fields) -> RawEntry:
    payload = deflate(data) if method == zipfile.ZIP_DEFLATED else data
    name = name.encode() if isinstance(name, str) else name
    return RawEntry(name, payload, method, zlib.crc32(data), len(data), **fields)


def raw_zip(entries: list[RawEntry], *, comment: bytes = b"") -> bytes:
    """A zip of exactly these entries, in this order, with no checks at all."""
    body = bytearray()
    directory = bytearray()
    for item in entries:
        offset = len(body)
        body += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, item.flags, item.method, 0, 0x21,
            item.crc, len(item.payload), item.file_size, len(item.name), 0,
        ) + item.name + item.payload
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", (item.create_system << 8) | 20, 20, item.flags, item.method, 0, 0x21,
            item.crc, len(item.payload), item.file_size, len(item.name), 0, 0, 0, 0, item.external_attr, offset,
        ) + item.name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), len(body), len(comment))
    return bytes(body + directory + end + comment)


def resigned(entries: list[RawEntry], key: Ed25519PrivateKey, change=None) -> list[RawEntry]:
    """The entries with the manifest rewritten by `change(manifest)` and signed again with `key`."""
    by_name = {item.name: item for item in entries}
    manifest = json.loads(zlib.decompress(by_name[b"manifest.json"].payload, -15))
    members = {item.name.decode(): item for item in entries if item.name not in (b"manifest.json", b"manifest.sig")}
    manifest["members"] = [
        {"name": name, "size": item.file_size, "sha256": _sha256(item)} for name, item in sorted(members.items())
    ]
    if change is not None:
        manifest = change(manifest) or manifest
    manifest_bytes = manifest if isinstance(manifest, bytes) else canonical_json(manifest)
    replaced = {
        b"manifest.json": entry("manifest.json", manifest_bytes),
        b"manifest.sig": entry("manifest.sig", sign_manifest(manifest_bytes, key), method=zipfile.ZIP_STORED),
    }
    return [replaced.get(item.name, item) for item in entries]


def _sha256(item: RawEntry) -> str:
    if item.sha256 is not None:
        return item.sha256
    data = zlib.decompress(item.payload, -15) if item.method == zipfile.ZIP_DEFLATED else item.payload
    return hashlib.sha256(data).hexdigest()


def zeros_bomb(name: str = "attachments/zz/zeros.bin", gigabytes: int = 1, declared: int | None = None) -> RawEntry:
    """A member inflating to `gigabytes` GB of zeros from ~1 MB, built in a fraction of a second.

    After a full flush deflate starts afresh, so one compressed megabyte of zeros can be repeated.
    `declared` makes the central directory lie about the inflated size.
    """
    zeros = bytes(1 << 20)
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = gigabytes * 1024
    crc = 0
    if declared is None:
        for _ in range(count):
            crc = zlib.crc32(zeros, crc)
    payload = block * count + compressor.flush()
    size = count << 20 if declared is None else declared
    return RawEntry(name.encode(), payload, zipfile.ZIP_DEFLATED, crc, size, sha256="0" * 64)


def with_entry(entries: list[RawEntry], name: bytes, **fields) -> list[RawEntry]:
    """The entries with one entry's fields changed."""
    return [replace(item, **fields) if item.name == name else item for item in entries]


def random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size) if size else b""


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder)) if folder.exists() else []
