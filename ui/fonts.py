"""The shipped fonts made available to Qt, so the window looks the same on any school PC.

Qt only sees fonts installed in the system; a bare Windows or Astra Linux may lack PT Sans, and the
interface would fall back to a font with a different width. `app.fonts` lists the files.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QGuiApplication

from app.fonts import FONT_FAMILIES

UI_FAMILY = "PT Sans"

log = logging.getLogger(__name__)

# Qt adds a file again each time it is asked, so the ids of the files already added are kept.
_added: dict[str, int] = {}


def register_qt_fonts() -> list[str]:
    """Add every shipped font file to the application's font database; return the families added.

    Needs a QGuiApplication. A file that cannot be loaded is logged and skipped: the interface then
    uses a system font, which is better than refusing to start.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_qt_fonts() needs a QGuiApplication to exist")
    families: list[str] = []
    for files in FONT_FAMILIES.values():
        for path in files.values():
            key = str(path)
            font_id = _added.get(key, -1)
            # A font database recreated with a new QGuiApplication has forgotten earlier ids.
            if font_id < 0 or not QFontDatabase.applicationFontFamilies(font_id):
                font_id = QFontDatabase.addApplicationFont(key)
            if font_id < 0:
                log.warning("Could not load font file %s", path)
                continue
            _added[key] = font_id
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    return families
