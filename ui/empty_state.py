"""A page's empty state: one short explanation and the one action, at the top where the eye starts.

A department that has just been set up has no schools, bundles or roadmap yet; its pages then show this
instead of empty tables, frames and colour legends, so the screen reads as a first step rather than a broken
one. It looks like the «Дорожная карта» page's own: a wrapped line of text with a button under it on the left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

# What an empty page's «Подключить школу…» passes with `ctx.navigate` to the «Школы» page, which then opens
# its dialog (kept here so a page need not load the «Школы» page's module to ask for it).
ADD_SCHOOL = "add-school"


class EmptyState(QWidget):
    """The explanation and its button; a page with several reasons to be empty sets the case it is in."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._action: Callable[[], object] | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        self.text = QLabel()
        self.text.setObjectName(f"{name}Text")
        self.text.setWordWrap(True)
        column.addWidget(self.text)
        self.button = QPushButton()
        self.button.setObjectName(f"{name}Action")
        self.button.setMinimumHeight(36)
        self.button.clicked.connect(lambda _checked=False: self._action and self._action())
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

    def set_case(self, text: str, button_text: str, action: Callable[[], object]) -> None:
        self.text.setText(text)
        self.button.setText(button_text)
        self._action = action
