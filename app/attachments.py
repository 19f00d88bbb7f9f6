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
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, from_os_error
from app.fsutil import fsync_dir, is_abandoned, replace, try_lock
from app.i18n import translate

CHUNK = 1 << 20
TEMP_SUFFIX = ".part"
# Evidence travels by email in bundles split into parts; a bigger file is almost always an unreduced scan or video.
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024

@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    original_name: str


def media_type_of(name: str) -> str:
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def display_name(path: Path) -> str:
    """The file's name as text: names from old flash drives and archives may be in cp1251, not UTF-8."""
    raw = os.fsencode(path.name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251", errors="replace")


def check_source(path: Path) -> Path:
    """Refuse, before anything is changed, a file that cannot be attached."""
    shown = str(path.parent / display_name(path)) if path.name else str(path)
    if not path.name:
        raise InvalidInput(translate("Attachments", "Укажите файл, который нужно прикрепить."))
    if not path.exists():
        raise InvalidInput(
            translate("Attachments", "Файл для прикрепления не найден: %1. Проверьте имя файла и папку.").replace("%1", shown)
        )
    if path.is_dir():
        raise InvalidInput(
            translate("Attachments", "%1 — это папка. Прикрепить можно только файл (папку можно упаковать в zip).")
            .replace("%1", shown)
        )
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(
                translate("Attachments", "%1 — не обычный файл (устройство или канал). Прикрепите документ, скан или фото.")
                .replace("%1", shown)
            )
        with path.open("rb"):
            pass
    except PermissionError as error:
        raise InvalidInput(
            translate("Attachments", "Нет прав на чтение файла %1. Скопируйте его к себе (например, в «Документы») и прикрепите копию.")
            .replace("%1", shown),
            details=repr(error),
        ) from error
    except OSError as error:
        raise from_os_error(error, shown) from error
    if info.st_size == 0:
        raise InvalidInput(
            translate("Attachments", "Файл %1 пустой (0 байт) — вероятно, он не сохранился до конца. Прикрепите исправный файл.")
            .replace("%1", shown)
        )
    if info.st_size > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            translate("Attachments", "Файл %1 больше 100 МБ — для отчёта это слишком много. Уменьшите его (например, сохраните скан в меньшем разрешении) и прикрепите снова.")
            .replace("%1", shown)
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
                try_lock(fd)
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
        name = display_name(source)
        return StoredFile(sha256, size, media_type_of(name), name)

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
            if is_abandoned(temp):
                try:
                    temp.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed
