"""Drop-down lists that give way on a narrow screen instead of widening the window.

A QComboBox asks for the width of its longest item; a section title or a school's full name would then
push a 1366-pixel window (or any window at 150 % font) off the screen. These lists show about
`characters` letters and the full text in their pop-up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def shrinkable(combo: QComboBox, characters: int = 16) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
