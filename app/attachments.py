"""The content-addressed attachment store inside the profile folder.

A file is copied to a temporary file while its sha256 is computed, fsynced, then renamed to
`attachments/<first two hex digits>/<sha256>`; the same content is stored once. A writer holds an
exclusive lock on its temporary file, so cleaning up after a crash removes only files whose writer
is gone.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, from_os_error
from app.fsutil import fsync_dir, replace
from app.i18n import translate

CHUNK = 1 << 20
TEMP_SUFFIX = ".part"
# Bigger files do not belong in an email-exchanged report; the bundle would be refused by mail servers.
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    original_name: str


def media_type_of(name: str) -> str:
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def check_source(path: Path) -> Path:
    """Refuse, before anything is changed, a file that cannot be attached."""
    if not path.exists():
        raise InvalidInput(translate("Attachments", "Файл для прикрепления не найден: %1").replace("%1", str(path)))
    if path.is_dir():
        raise InvalidInput(
            translate("Attachments", "%1 — это папка. Прикрепить можно только файл (папку можно упаковать в zip).")
            .replace("%1", str(path))
        )
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as error:
        raise from_os_error(error, path) from error
    if size > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            translate("Attachments", "Файл %1 больше 200 МБ — такой файл не пройдёт по почте. Уменьшите его (например, сожмите скан) и прикрепите снова.")
            .replace("%1", str(path))
        )
    return path


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.temp_dir = root / "tmp"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, source: Path) -> StoredFile:
        """Store a copy of `source`; returns its address. Safe to interrupt at any moment."""
        check_source(source)
        self.temp_dir.mkdir(parents=True, exist_ok=True)
        temp = self.temp_dir / f"{uuid.uuid4().hex}{TEMP_SUFFIX}"
        digest = hashlib.sha256()
        size = 0
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            try:
                _try_lock(fd)
                with source.open("rb") as src:
                    while chunk := src.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        os.write(fd, chunk)
                os.fsync(fd)
            finally:
                os.close(fd)
            sha256 = digest.hexdigest()
            final = self.path_for(sha256)
            if final.is_file() and final.stat().st_size == size:
                temp.unlink()
            else:
                if not final.parent.is_dir():
                    final.parent.mkdir()
                    fsync_dir(self.root)
                replace(temp, final)
                fsync_dir(final.parent)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise from_os_error(error, source) from error
        return StoredFile(sha256, size, media_type_of(source.name), source.name)

    def verify(self, sha256: str) -> bool:
        """True when the stored file exists and still has the content its name promises."""
        path = self.path_for(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def remove_abandoned_temp_files(self) -> int:
        """Delete temporary files left by a writer that was killed; returns how many."""
        if not self.temp_dir.is_dir():
            return 0
        removed = 0
        for temp in self.temp_dir.glob(f"*{TEMP_SUFFIX}"):
            try:
                fd = os.open(temp, os.O_RDWR)
            except OSError:
                continue
            try:
                abandoned = _try_lock(fd)
            finally:
                os.close(fd)
            if abandoned:
                try:
                    temp.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed
