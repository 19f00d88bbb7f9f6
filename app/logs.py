"""The log file in the profile folder: what a support person reads when something went wrong."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "orientir.log"
_handler: logging.Handler | None = None


def log_path(profile_root: Path) -> Path:
    return profile_root / "logs" / LOG_NAME


def start_logging(profile_root: Path) -> Path | None:
    """Send the program's log to the profile's `logs/` folder; None when that folder cannot be written."""
    global _handler
    path = log_path(profile_root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler = handler
    return path


def current_log_path() -> Path | None:
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None
