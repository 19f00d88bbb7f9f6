"""Small widget helpers the pages share, so a label or a list behaves the same on every page.

`shrinkable`: a drop-down list that gives way on a narrow screen instead of widening the window — a
QComboBox asks for the width of its longest item, and a section title or a school's full name would
push a 1366-pixel window (or any window at 150 % font) off the screen. It shows about `characters`
letters and the full text in its pop-up.
`wrapped_label`: a wrapped, selectable label (plain text unless asked), for texts people may copy.
`fingerprint_label`: a key's fingerprint large and selectable, the same wherever it is read aloud over the phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel


def shrinkable(combo: QComboBox, characters: int = 16) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def wrapped_label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fingerprint_label(fingerprint: str, name: str) -> QLabel:
    """A key's fingerprint large and selectable, to be read aloud over the phone."""
    key = QLabel(fingerprint)
    key.setObjectName(name)
    key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = key.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    key.setFont(font)
    key.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return key
