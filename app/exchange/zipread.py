"""Reading a zip that may be hostile: structure checked before anything is inflated, members inflated by hand.

zipfile parses the central directory, but only after the end record has been checked here (no
comment, no ZIP64, no multi-disk, entry count and directory size capped, nothing before or after the
archive), so it parses at most a few megabytes. Every entry is then judged from the directory alone:
a safe name, a regular file, no encryption, stored or deflated, declared size and ratio within the
caps, no two entries sharing bytes. Members are inflated here rather than by zipfile, which stops at
the declared size without looking further: this reader stops at a hard limit of its own, and accepts
a member only when its compressed bytes are consumed exactly, the deflate stream ends, and the CRC matches.

Every problem raises BundleError; the OS and library errors a damaged file can cause are listed in
READ_ERRORS for the caller to turn into one.
"""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from app.exchange.errors import BundleError
from app.exchange.manifest import (
    MANIFEST_NAME,
    MAX_BUNDLE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_NAME_LENGTH,
    MAX_RATIO,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    SIGNATURE_NAME,
    valid_member_name,
)

CHUNK = 1024 * 1024
READ_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, struct.error, ValueError,
    NotImplementedError, OSError, OverflowError, RecursionError,
)
_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CENTRAL_ENTRY_SIZE = 46
MAX_CENTRAL_DIRECTORY_BYTES = (MAX_MEMBERS + 2) * (_CENTRAL_ENTRY_SIZE + MAX_NAME_LENGTH + 64)
# Flag bits accepted: deflate options (1, 2), data descriptor (3), UTF-8 names (11).
# Encryption (0, 6), patched data (5) and anything unknown are refused.
_ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0008 | 0x0800
_MSDOS_DIRECTORY = 0x10
_CAPS = {MANIFEST_NAME: MAX_MANIFEST_BYTES, SIGNATURE_NAME: MAX_SIGNATURE_BYTES}


def ratio_too_high(size: int, compressed: int) -> bool:
    return size > RATIO_FLOOR and size > MAX_RATIO * compressed


class ZipReader:
    """The entries of a bundle file opened for reading; construction refuses any unsafe structure."""

    def __init__(self, handle: BinaryIO, size: int) -> None:
        self.handle = handle
        if size > MAX_BUNDLE_BYTES:
            raise BundleError("too_big", details=f"file of {size} bytes")
        cd_offset = self._check_end_record(size)
        handle.seek(0)
        entries = zipfile.ZipFile(handle).infolist()
        if len(entries) != self._entry_count:
            raise BundleError("damaged", details="entry count differs from the end record")
        # An ordinary zip archive (photos, documents) is simply not a bundle: say so, not «unsafe names».
        if not any(info.orig_filename == MANIFEST_NAME for info in entries):
            raise BundleError("not_bundle", details="no manifest.json")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        declared_total = 0
        for info in entries:
            self._check_entry(info)
            self.infos[info.orig_filename] = info
            declared_total += info.file_size
        if declared_total > MAX_TOTAL_BYTES + MAX_MANIFEST_BYTES + MAX_SIGNATURE_BYTES:
            raise BundleError("too_big", details=f"{declared_total} bytes declared")
        self._bounds = self._check_layout(entries, cd_offset)

    def _check_end_record(self, size: int) -> int:
        handle = self.handle
        looks_like_zip = handle.read(4) == _LOCAL_SIGNATURE
        if size < _END_RECORD.size + 4:
            raise BundleError("damaged" if looks_like_zip else "not_bundle", details="too short")
        start = max(0, size - _END_RECORD.size - _ZIP64_LOCATOR.size)
        handle.seek(start)
        tail = handle.read(size - start)
        # zipfile would follow a ZIP64 locator right before the end record to another directory.
        before = tail[: -_END_RECORD.size] if len(tail) == _END_RECORD.size + _ZIP64_LOCATOR.size else b""
        signature, disk, cd_disk, disk_entries, entries, cd_size, cd_offset, comment = _END_RECORD.unpack(
            tail[-_END_RECORD.size :]
        )
        # Bundles carry no comment, so the end record is the last 22 bytes, where zipfile looks first too.
        if signature != _END_SIGNATURE or comment != 0:
            raise BundleError("damaged" if looks_like_zip else "not_bundle", details="no end record")
        if disk or cd_disk or disk_entries != entries or before.startswith(_ZIP64_LOCATOR_SIGNATURE):
            raise BundleError("unsafe_member", details="multi-disk or zip64 archive")
        if entries > MAX_MEMBERS + 2 or cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
            raise BundleError("too_big", details=f"{entries} entries, central directory of {cd_size} bytes")
        if cd_offset + cd_size != size - _END_RECORD.size:
            raise BundleError("damaged", details="central directory is not where the end record says")
        self._entry_count = entries
        return cd_offset

    def _check_entry(self, info: zipfile.ZipInfo) -> None:
        name = info.orig_filename
        mode = info.external_attr >> 16
        if (
            not valid_member_name(name)
            or name != info.filename
            or name in self.infos
            or info.flag_bits & ~_ALLOWED_FLAGS
            or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
            or info.external_attr & _MSDOS_DIRECTORY
            or (mode and not stat.S_ISREG(mode))
        ):
            raise BundleError("unsafe_member", details=f"entry {name!r}")
        if info.file_size > _CAPS.get(name, MAX_MEMBER_BYTES) or ratio_too_high(info.file_size, info.compress_size):
            raise BundleError("too_big", details=f"entry {name!r}: {info.file_size} bytes from {info.compress_size}")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise BundleError("damaged", member=name, details="stored entry with two sizes")

    @staticmethod
    def _check_layout(entries: list[zipfile.ZipInfo], cd_offset: int) -> dict[str, int]:
        """Where each entry must end: entries lie one after another before the central directory, and
        none shares bytes with another (overlapping entries are how the smallest zip bombs multiply)."""
        ordered = sorted(entries, key=lambda item: item.header_offset)
        bounds = {}
        for info, following in zip(ordered, [*ordered[1:], None]):
            bound = cd_offset if following is None else following.header_offset
            if info.header_offset + _LOCAL_HEADER.size + len(info.orig_filename) + info.compress_size > bound:
                raise BundleError("unsafe_member", details=f"entry {info.orig_filename!r} overlaps the next")
            bounds[info.orig_filename] = bound
        return bounds

    def chunks(self, name: str, limit: int) -> Iterator[bytes]:
        """The member's bytes, inflated at most CHUNK at a time; refuses it past `limit` bytes, and at the end
        unless the compressed bytes ran out exactly where the deflate stream ended and the CRC matches."""
        info = self.infos[name]
        self.handle.seek(info.header_offset)
        header = self.handle.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise BundleError("damaged", member=name, details="truncated local header")
        signature, _, flags, method, _, _, _, _, _, name_length, extra_length = _LOCAL_HEADER.unpack(header)
        if (
            signature != _LOCAL_SIGNATURE
            or method != info.compress_type
            or flags & ~_ALLOWED_FLAGS
            or self.handle.read(name_length) != name.encode("ascii")
        ):
            raise BundleError("damaged", member=name, details="local header differs from the directory")
        start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        if start + info.compress_size > self._bounds[name]:
            raise BundleError("unsafe_member", details=f"entry {name!r} overlaps the next")
        self.handle.seek(start)
        inflater = zlib.decompressobj(-15) if method == zipfile.ZIP_DEFLATED else None
        left, produced, crc = info.compress_size, 0, 0
        while left:
            raw = self.handle.read(min(CHUNK, left))
            if not raw:
                raise BundleError("damaged", member=name, details="compressed data cut short")
            left -= len(raw)
            while raw:
                if inflater is None:
                    out, raw = raw, b""
                else:
                    out = inflater.decompress(raw, CHUNK)
                    raw = inflater.unconsumed_tail
                    if inflater.eof and (left or inflater.unused_data):
                        raise BundleError("damaged", member=name, details="data after the end of the deflate stream")
                produced += len(out)
                if produced > limit:
                    raise BundleError("damaged", member=name, details=f"more than {limit} bytes")
                crc = zlib.crc32(out, crc)
                yield out
        if (inflater is not None and not inflater.eof) or produced != info.file_size or crc != info.CRC:
            raise BundleError("damaged", member=name, details="deflate stream, size or CRC")

    def read(self, name: str, limit: int) -> bytes:
        return b"".join(self.chunks(name, limit))
