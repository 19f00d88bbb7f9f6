"""Colours, words and small painted pieces the department's pages share, so a status looks the same everywhere.

A cell or a bar is never told apart by colour alone: each status also has a sign, for people who do not
see red and green apart and for grey printouts of a screenshot.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.i18n import QT_TRANSLATE_NOOP
from app.overview import OVERDUE, REWORK, STATUS_CODES, STATUS_MASK

DONE = QColor("#4caf50")
IN_PROGRESS = QColor("#64a0d8")
NOT_DONE = QColor("#8d6e63")
CANCELLED = QColor("#b0b4ba")
NOT_STARTED = QColor("#e3e6ea")
LATE = QColor("#d9534f")
NOT_REPORTED = QColor("#f0a030")
NOT_FOR_SCHOOL = QColor("#ffffff")
TRACK = QColor("#eceff2")
QUIET = QColor("#6b6f76")

# The matrix: status → (fill, sign drawn in the cell).
CELL_COLOURS = {
    STATUS_CODES["not_started"]: NOT_STARTED,
    STATUS_CODES["in_progress"]: IN_PROGRESS,
    STATUS_CODES["done"]: DONE,
    STATUS_CODES["not_done"]: NOT_DONE,
    STATUS_CODES["cancelled"]: CANCELLED,
}
CELL_SIGNS = {
    STATUS_CODES["not_started"]: "",
    STATUS_CODES["in_progress"]: "…",
    STATUS_CODES["done"]: "✓",
    STATUS_CODES["not_done"]: "✗",
    STATUS_CODES["cancelled"]: "–",
}
OVERDUE_SIGN = "!"
REWORK_SIGN = "↺"

ATTENTION_NAMES = {
    "fork": QT_TRANSLATE_NOOP("Department", "пакет отложен: не совпадает с полученными ранее"),
    "waiting": QT_TRANSLATE_NOOP("Department", "пакет ждёт более раннего"),
}


def attention_text(attention: str | None) -> str:
    return QCoreApplication.translate("Department", ATTENTION_NAMES[attention]) if attention in ATTENTION_NAMES else ""


def cell_colour(code: int) -> QColor:
    if code & OVERDUE:
        return LATE
    return CELL_COLOURS.get(code & STATUS_MASK, NOT_FOR_SCHOOL)


def cell_sign(code: int) -> str:
    sign = OVERDUE_SIGN if code & OVERDUE else CELL_SIGNS.get(code & STATUS_MASK, "")
    return sign + REWORK_SIGN if code & REWORK else sign


def paint_bar(painter: QPainter, rect: QRect, parts: list[tuple[float, QColor]]) -> None:
    """A horizontal bar: the track, then each part (a share of the whole, 0…1) from the left."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TRACK)
    painter.drawRoundedRect(QRectF(rect), 3, 3)
    left = float(rect.left())
    for share, colour in parts:
        width = rect.width() * max(0.0, min(share, 1.0))
        if width <= 0:
            continue
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(left, rect.top(), width, rect.height()), 3, 3)
        left += width
    painter.setPen(QPen(QColor("#c9ced4"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.restore()


def badge(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
    """A rounded label with white text: «не отчиталась», «просрочено: 3»."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
