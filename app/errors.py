"""The errors a person sees, and the one place that turns OS errors into words they can act on.

Every refusal raises `UserError` (or a subclass) carrying a Russian message; the command line prints
it on one line and exits 1, the window shows it in a dialog. Technical details go to the log only.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.i18n import translate


class UserError(Exception):
    """A refusal or failure explained in words a deputy director can act on."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class UsageError(UserError):
    """The command was given wrongly (exit code 2), e.g. nothing to do."""


class ProfileNotFound(UserError):
    pass


class ProfileExists(UserError):
    pass


class WrongProfileKind(UserError):
    pass


class ProfileDamaged(UserError):
    pass


class ProfileTooNew(UserError):
    pass


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass


# SQLite's primary result codes for "another connection holds the lock".
SQLITE_BUSY, SQLITE_LOCKED = 5, 6


def from_database_error(error: Exception) -> UserError | None:
    """A message for a database that is busy (another window or command is writing); None for other errors."""
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
        return UserError(
            translate(
                "Errors",
                "Профиль сейчас занят: с ним работает другое окно или команда Ориентира. "
                "Дождитесь окончания или закройте другое окно и повторите.",
            ),
            details=repr(error),
        )
    return None


def from_os_error(error: OSError, path: Path | str | None = None) -> UserError:
    """A message for a file-system error, by its errno (never by its text)."""
    where = str(path or error.filename or "")
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate("Errors", "Нет прав на запись или чтение: %1. Проверьте права доступа к папке или выберите другую.")
    elif error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        text = translate("Errors", "Не хватает места на диске для %1. Освободите место и повторите.")
    elif isinstance(error, FileNotFoundError):
        text = translate("Errors", "Файл или папка не найдены: %1.")
    elif isinstance(error, IsADirectoryError):
        text = translate("Errors", "%1 — это папка, а нужен файл.")
    elif isinstance(error, NotADirectoryError):
        text = translate("Errors", "%1 — это файл, а нужна папка.")
    else:
        text = translate("Errors", "Не удалось выполнить операцию с файлом %1. Подробности записаны в журнал.")
    return UserError(text.replace("%1", where), details=repr(error))
