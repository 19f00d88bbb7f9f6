"""Durable file writes: fsync helpers and an atomic replace-by-rename.

A school PC may lose power at any moment; a file the program reports as saved must survive that.
Data is flushed to the disk before a rename makes it visible, and the folder is flushed after the
rename so the new name itself survives.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# Flushes in flight together share one journal commit; more threads than this gain nothing on one disk.
_FLUSH_THREADS = 8


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    # Windows only flushes through a handle opened for writing.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (new, renamed, removed names) to the disk; a no-op on Windows."""
    if os.name == "nt":
        # Windows cannot open a folder as a file; NTFS journals the rename itself.
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some network and FUSE file systems cannot flush a folder; the data is flushed already.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def fsync_many(paths: Iterable[Path], folders: bool = False) -> None:
    """Flush several files (or, with `folders`, folders) to the disk, each once; returns when all are durable.

    The flushes run concurrently: a journalling file system (ext4, NTFS, APFS) writes requests that
    are in flight together in one commit, so a bundle's files cost little more than one of them.
    """
    flush = fsync_dir if folders else fsync_file
    unique = list(dict.fromkeys(paths))
    if len(unique) < 2:
        for path in unique:
            flush(path)
        return
    with ThreadPoolExecutor(max_workers=min(_FLUSH_THREADS, len(unique))) as pool:
        for done in [pool.submit(flush, path) for path in unique]:
            done.result()  # the first failure is raised, after every flush has ended


def replace(source: Path, target: Path) -> None:
    """os.replace, patient with Windows: an antivirus or indexer briefly holding the new file makes the
    rename fail with a sharing violation that clears up in a moment."""
    attempts = 20 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write data to path so that a crash leaves either the old file or the new one, never a mix.

    The temporary file sits in the same folder (a rename is only atomic within one file system)
    and is removed if anything fails.
    """
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


if os.name == "nt":
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Take the exclusive lock a running writer holds on its temporary file; False when it is held."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def is_abandoned(path: Path) -> bool:
    """True when the file's writer no longer holds its lock (killed, power cut): the file may be removed."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        return try_lock(fd)
    finally:
        os.close(fd)
