"""The bundle file: a zip with a signed manifest, written atomically and read without trusting a byte of it.

Writing streams each member into the zip while hashing it, then adds `manifest.json` (every member's
name, size and sha256) and `manifest.sig`. Reading checks, in this order and before anything is
inflated: the file size, the zip's end record and central directory (entry count, names, types,
flags, declared sizes and ratios, no overlapping entries), the manifest (caps, JSON depth, fields,
format version), the signature by the sender's pinned key, the recipient, the exact member set; then
it streams each member with a hard byte limit and compares its size and sha256 with the manifest.
Members are never written under their own names: JSON members stay in memory, the rest go to
temporary files with generated names in a staging folder (Anki's and calibre's importers, hardened).
What the members mean (records, schema, sequence rules, merge) is the business of the importer.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import from_os_error
from app.exchange.errors import BundleError
from app.exchange.manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MAX_BUNDLE_BYTES,
    MAX_JSON_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    SIGNATURE_NAME,
    canonical_json,
    check_format,
    check_manifest,
    load_json,
    sign_manifest,
    valid_member_name,
    verify_signature,
)
from app.exchange.staging import Staging, remove_abandoned_staging
from app.exchange.zipread import CHUNK, READ_ERRORS, ZipReader, ratio_too_high
from app.fsutil import fsync_dir, fsync_many, replace
from app.i18n import translate

__all__ = [
    "EXTENSION", "FORMAT", "FORMAT_VERSION", "BundleError", "MemberSource", "WrittenBundle", "Verifier",
    "OpenedBundle", "FileDigest", "write_bundle", "open_bundle", "digest_bundle", "peek_manifest", "canonical_json",
    "remove_abandoned_staging",
]

EXTENSION = ".orientir"
# Fixed entry times: the same members give the same zip bytes, whenever they are written.
ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
# Deflating these again gains nothing and costs time: photos, PDFs, Office files (which are zips), archives.
STORED_EXTENSIONS = frozenset(
    "jpg jpeg png gif webp heic heif pdf docx xlsx pptx odt ods odp zip 7z rar gz bz2 xz mp3 m4a mp4 mov avi".split()
)
STORED_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"%PDF", b"PK\x03\x04", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")

Progress = Callable[[int, int], None] | None
Abort = Callable[[], bool] | None


@dataclass(frozen=True)
class MemberSource:
    """One member to write: its name in the bundle and either a file to read or the bytes themselves."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    sha256: str
    size: int


class Verifier(Protocol):
    def key_for(self, manifest: dict) -> Ed25519PublicKey:
        """The sender's pinned public key; raise BundleError("unknown_sender", …) when there is none."""

    def check_recipient(self, manifest: dict) -> None:
        """Raise BundleError("recipient", …) when the bundle is not for this profile; called after the signature."""


# ---------------------------------------------------------------- writing


def write_bundle(
    out: Path,
    header: dict,
    members: Sequence[MemberSource],
    private_key: Ed25519PrivateKey,
    *,
    progress: Progress = None,
    abort: Abort = None,
) -> WrittenBundle:
    """Write a signed bundle to `out` atomically; `header` is the manifest without format, version and members."""
    out = Path(out)
    reserved = {"format", "format_version", "members"} & set(header)
    if reserved:
        raise ValueError(f"the header must not set {sorted(reserved)}")
    ordered = sorted(members, key=lambda member: member.name)
    _check_sources(ordered)
    try:
        check_manifest({"format": FORMAT, "format_version": FORMAT_VERSION, **header, "members": []})
    except BundleError as error:
        raise ValueError(f"not a valid bundle header: {error.details}") from error
    sizes = [_source_size(member) for member in ordered]
    json_total = sum(size for member, size in zip(ordered, sizes) if member.name.endswith(".json"))
    if sum(sizes) > MAX_TOTAL_BYTES or json_total > MAX_JSON_BYTES or any(size > MAX_MEMBER_BYTES for size in sizes):
        raise _too_big_to_write()
    # A member that deflates beyond the readers' ratio cap (a blank uncompressed scan) is rewritten stored.
    stored: set[str] = set()
    while True:
        try:
            fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        except OSError as error:
            raise from_os_error(error, out.parent) from error
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "w+b") as handle:
                too_compressible = _write_zip(handle, header, ordered, sizes, stored, private_key, progress, abort)
                if too_compressible:
                    stored |= too_compressible
                    continue
                handle.flush()
                os.fsync(handle.fileno())
                digest, size = _file_digest(handle)
            if size > MAX_BUNDLE_BYTES:
                raise _too_big_to_write()
            replace(temp, out)
        except OSError as error:
            # A member that cannot be read names itself in the error; a full disk is the output's.
            raise from_os_error(error, error.filename or out) from error
        finally:
            temp.unlink(missing_ok=True)
        fsync_dir(out.parent)
        return WrittenBundle(out, digest, size)


def _too_big_to_write() -> BundleError:
    return BundleError(
        "too_big",
        translate(
            "Bundle",
            "Выгрузка получается больше, чем другой Ориентир согласится принять. "
            "Уменьшите или удалите самые большие вложения и выгрузите снова.",
        ),
    )


def _check_sources(ordered: list[MemberSource]) -> None:
    names = [member.name for member in ordered]
    if len(set(names)) != len(names) or len(names) > MAX_MEMBERS:
        raise ValueError("member names must be unique and at most MAX_MEMBERS")
    for member in ordered:
        if not valid_member_name(member.name) or member.name in (MANIFEST_NAME, SIGNATURE_NAME):
            raise ValueError(f"not a valid member name: {member.name!r}")
        if (member.path is None) == (member.data is None):
            raise ValueError(f"member {member.name!r} needs exactly one of path and data")


def _source_size(member: MemberSource) -> int:
    if member.data is not None:
        return len(member.data)
    try:
        return member.path.stat().st_size
    except OSError as error:
        raise from_os_error(error, member.path) from error


def _write_zip(handle, header, ordered, sizes, stored, private_key, progress, abort) -> set[str]:
    """Write every member, the manifest and its signature; returns the names that must be written stored
    (and then the zip is incomplete and must be written again)."""
    listed: list[dict] = []
    too_compressible: set[str] = set()
    total, done = sum(sizes), 0
    with zipfile.ZipFile(handle, "w") as archive:
        for member, size in zip(ordered, sizes):
            info = _entry(member.name)
            info.file_size = size
            with _open_source(member) as source:
                head = source.read(CHUNK)
                if member.name in stored or _already_compressed(member.name, head):
                    info.compress_type = zipfile.ZIP_STORED
                digest, length = hashlib.sha256(), 0
                with archive.open(info, "w") as sink:
                    chunk = head
                    while chunk:
                        if abort is not None and abort():
                            raise BundleError("cancelled")
                        digest.update(chunk)
                        sink.write(chunk)
                        length += len(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                        chunk = source.read(CHUNK)
            if length > MAX_MEMBER_BYTES:
                raise _too_big_to_write()
            if info.compress_type == zipfile.ZIP_DEFLATED and ratio_too_high(info.file_size, info.compress_size):
                too_compressible.add(member.name)
            listed.append({"name": member.name, "size": length, "sha256": digest.hexdigest()})
        if too_compressible:
            return too_compressible
        manifest_bytes = canonical_json({**header, "format": FORMAT, "format_version": FORMAT_VERSION, "members": listed})
        if len(manifest_bytes) > MAX_MANIFEST_BYTES:
            raise _too_big_to_write()
        archive.writestr(_entry(MANIFEST_NAME), manifest_bytes)
        signature = _entry(SIGNATURE_NAME)
        signature.compress_type = zipfile.ZIP_STORED
        archive.writestr(signature, sign_manifest(manifest_bytes, private_key))
    return too_compressible


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so the mode below is read as a regular file on every system
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _open_source(member: MemberSource):
    return io.BytesIO(member.data) if member.data is not None else member.path.open("rb")


def _already_compressed(name: str, head: bytes) -> bool:
    extension = PurePosixPath(name).suffix[1:]
    return extension in STORED_EXTENSIONS or head.startswith(STORED_MAGIC) or head[4:8] == b"ftyp"


# ---------------------------------------------------------------- reading


class OpenedBundle:
    """A bundle whose every member has been verified; JSON members parsed, the others staged as files."""

    def __init__(self, manifest: dict, sha256: str, size: int, parsed: dict[str, object], staging: Staging) -> None:
        self.manifest = manifest
        self.sha256 = sha256
        self.size = size
        self._parsed = parsed
        self._staging = staging

    def json(self, name: str) -> object:
        """The parsed content of a JSON member (one whose name ends in .json)."""
        return self._parsed[name]

    def staged(self, name: str) -> Path:
        """The temporary file holding a verified non-JSON member; gone after close() unless taken."""
        return self._staging.files[name]

    def take(self, name: str, dest: Path) -> None:
        """Move a staged member to `dest` durably (fsync, rename, folder fsync); close() then leaves it alone."""
        self.take_all([(name, dest)])

    def take_all(self, moves: Sequence[tuple[str, Path]]) -> None:
        """Move staged members to their destinations durably, as `take` does for one, with each file and
        each folder that gains a name flushed once: the files first (a name must never reach the disk
        before its content), then the renames, then the folders, all before the caller commits."""
        sources = [self._staging.files[name] for name, _dest in moves]
        folders: list[Path] = []
        dest = None
        try:
            fsync_many(sources)
            for source, (_name, dest) in zip(sources, moves):
                dest = Path(dest)
                missing = dest.parent
                while not missing.is_dir():
                    folders.append(missing.parent)  # the new folder's own name must reach the disk too
                    missing = missing.parent
                if missing != dest.parent:
                    dest.parent.mkdir(parents=True)
                replace(source, dest)
                folders.append(dest.parent)
            fsync_many(folders, folders=True)
        except OSError as error:
            raise from_os_error(error, dest or sources[0]) from error
        for name, _dest in moves:
            del self._staging.files[name]

    def close(self) -> None:
        self._staging.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass(frozen=True)
class FileDigest:
    """A bundle file's sha256, and what shows that the file has not changed since (device, inode, size, time)."""

    sha256: str
    size: int
    stamp: tuple[int, int, int, int]


def _stamp(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def digest_bundle(path: Path) -> FileDigest:
    """The sha256 of a bundle file, read as open_bundle reads one (a regular file within the size cap): to
    recognise a file taken in before without trusting anything in it. Given to open_bundle, it spares
    reading the whole file once more, as long as the file has not changed in between."""
    with _opened(Path(path)) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError("too_big", details=f"file of {size} bytes")
        sha256, size = _file_digest(handle)
        return FileDigest(sha256, size, _stamp(os.fstat(handle.fileno())))


def open_bundle(
    path: Path, verifier: Verifier, staging_dir: Path, *, progress: Progress = None, abort: Abort = None,
    digest: FileDigest | None = None,
) -> OpenedBundle:
    """Verify a bundle up to and including every member's size and sha256; use the result as a context manager.

    Raises BundleError for anything wrong with the file; a UserError (from_os_error) only when the
    staging folder cannot be written. A BundleError the verifier raises passes through unchanged.
    `digest` is `digest_bundle(path)` taken just before, if any.
    """
    staging = Staging(staging_dir)
    try:
        with _opened(Path(path)) as handle:
            info = os.fstat(handle.fileno())
            reader = ZipReader(handle, info.st_size)
            manifest_bytes, manifest = _read_manifest(reader)
            if SIGNATURE_NAME not in reader.infos:
                raise BundleError("signature", details="no manifest.sig")
            signature = reader.read(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
            verify_signature(manifest_bytes, signature, verifier.key_for(manifest))
            verifier.check_recipient(manifest)
            _check_member_set(manifest, reader)
            parsed = _stream_members(reader, manifest, staging, progress, abort)
            # The same file, unchanged since it was hashed and while it was read here: no need to hash it again.
            latest = _stamp(os.fstat(handle.fileno()))
            unchanged = digest is not None and digest.size == info.st_size and digest.stamp == _stamp(info) == latest
            sha256, size = (digest.sha256, digest.size) if unchanged else _file_digest(handle, abort)
    except BaseException:
        staging.close()
        raise
    return OpenedBundle(manifest, sha256, size, parsed, staging)


def peek_manifest(path: Path) -> dict:
    """The manifest of a bundle, NOT verified (no signature check): for diagnostics only. Caps apply."""
    with _opened(Path(path)) as handle:
        return _read_manifest(ZipReader(handle, os.fstat(handle.fileno()).st_size))[1]


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """The bundle opened for reading, with every read-side failure turned into a BundleError."""
    try:
        # A FIFO or a device would block or never end: only a regular file is opened at all.
        if not stat.S_ISREG(path.stat().st_mode):
            raise BundleError("not_bundle", details="not a regular file")
        handle = path.open("rb")
    except OSError as error:
        raise BundleError("unreadable", from_os_error(error, path).message, details=repr(error)) from error
    try:
        with handle:
            yield handle
    except READ_ERRORS as error:
        raise BundleError("damaged", details=repr(error)) from error


def _read_manifest(reader: ZipReader) -> tuple[bytes, dict]:
    if MANIFEST_NAME not in reader.infos:
        raise BundleError("not_bundle", details="no manifest.json")
    data = reader.read(MANIFEST_NAME, MAX_MANIFEST_BYTES)
    return data, check_manifest(check_format(load_json(data, MANIFEST_NAME)))


def _check_member_set(manifest: dict, reader: ZipReader) -> None:
    listed = {entry["name"]: entry for entry in manifest["members"]}
    present = set(reader.infos) - {MANIFEST_NAME, SIGNATURE_NAME}
    if present != set(listed):
        extra, missing = sorted(present - set(listed)), sorted(set(listed) - present)
        raise BundleError("members", details=f"not listed: {extra[:5]}, missing: {missing[:5]}")
    for name, entry in listed.items():
        if reader.infos[name].file_size != entry["size"]:
            raise BundleError("damaged", member=name, details="size differs from the manifest")


def _stream_members(reader: ZipReader, manifest: dict, staging: Staging, progress: Progress, abort: Abort) -> dict:
    """Read every member with a hard limit of its listed size, hashing it; JSON kept, the rest staged."""
    members = sorted(manifest["members"], key=lambda entry: reader.infos[entry["name"]].header_offset)
    total, done = sum(entry["size"] for entry in members), 0
    parsed: dict[str, object] = {}
    for entry in members:
        name = entry["name"]
        in_memory = name.endswith(".json")
        sink = bytearray() if in_memory else staging.create(name)
        digest = hashlib.sha256()
        try:
            for chunk in reader.chunks(name, entry["size"]):
                if abort is not None and abort():
                    raise BundleError("cancelled")
                digest.update(chunk)
                _write(sink, chunk, staging)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        except READ_ERRORS as error:
            raise BundleError("damaged", member=name, details=repr(error)) from error
        finally:
            if not in_memory:
                _close(sink, staging)
        if digest.hexdigest() != entry["sha256"]:
            raise BundleError("damaged", member=name, details=f"sha256 {digest.hexdigest()}")
        if in_memory:
            parsed[name] = load_json(bytes(sink), name)
    return parsed


def _write(sink: bytearray | BinaryIO, chunk: bytes, staging: Staging) -> None:
    if isinstance(sink, bytearray):
        sink += chunk
        return
    try:
        sink.write(chunk)
    except OSError as error:
        raise from_os_error(error, staging.folder) from error


def _close(sink: BinaryIO, staging: Staging) -> None:
    try:
        sink.close()
    except OSError as error:
        raise from_os_error(error, staging.folder) from error


def _file_digest(handle: BinaryIO, abort: Abort = None) -> tuple[str, int]:
    """The sha256 and size of a whole file: the next bundle from a sender names its predecessor's digest."""
    handle.seek(0)
    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(CHUNK):
        if abort is not None and abort():
            raise BundleError("cancelled")
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size
