"""Placeholder for the page being built now (owner: helper WF); replaced before this issue closes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import WindowContext


class ExchangePage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel("…"))

    def refresh(self) -> None:
        pass
