"""Temporary files for the members of a bundle being imported, and the clean-up after a killed import.

Members are staged under generated names (`<token>-<n>.staged`), never their own. One lease file per
bundle (`<token>.lease`), locked while the bundle is open, tells `remove_abandoned_staging` whether the
process that staged the files still runs; the same lock the attachment store uses for its temporary files.
The suffixes differ from the store's `.part`, so its clean-up never removes a running import's files.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import BinaryIO

from app.errors import from_os_error
from app.fsutil import is_abandoned, try_lock

STAGED_SUFFIX = ".staged"
LEASE_SUFFIX = ".lease"
_BINARY = getattr(os, "O_BINARY", 0)


class Staging:
    """The staged files of one bundle; the lease is made with the first file, so a bundle refused
    before its members are read touches no disk."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.token = uuid.uuid4().hex
        self.files: dict[str, Path] = {}
        self._lease: int | None = None
        self._count = 0

    def create(self, name: str) -> BinaryIO:
        """A new, empty, owner-only file for member `name`, open for writing."""
        try:
            if self._lease is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                lease = self.folder / f"{self.token}{LEASE_SUFFIX}"
                self._lease = os.open(lease, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
                try_lock(self._lease)
            self._count += 1
            path = self.folder / f"{self.token}-{self._count}{STAGED_SUFFIX}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
        except OSError as error:
            raise from_os_error(error, self.folder) from error
        self.files[name] = path
        return os.fdopen(fd, "wb")

    def close(self) -> None:
        """Remove every staged file not taken, then the lease."""
        for path in self.files.values():
            path.unlink(missing_ok=True)
        self.files.clear()
        if self._lease is not None:
            os.close(self._lease)
            self._lease = None
            (self.folder / f"{self.token}{LEASE_SUFFIX}").unlink(missing_ok=True)


def remove_abandoned_staging(folder: Path) -> int:
    """Delete staged files whose import is no longer running (killed, power cut); returns how many."""
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    running = set()
    for lease in folder.glob(f"*{LEASE_SUFFIX}"):
        if is_abandoned(lease):
            lease.unlink(missing_ok=True)
        else:
            running.add(lease.name[: -len(LEASE_SUFFIX)])
    removed = 0
    for staged in folder.glob(f"*{STAGED_SUFFIX}"):
        if staged.name.split("-", 1)[0] not in running:
            try:
                staged.unlink()
                removed += 1
            except OSError:
                pass
    return removed
