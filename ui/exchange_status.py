"""Where the school's exchange with its department stands, in words: the page's status text and the
main window's one-line status strip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.exchange_log import ExchangeState, exchange_state
from app.i18n import translate
from app.timeutil import format_datetime
from ui.context import WindowContext


def status_lines(state: ExchangeState) -> tuple[str, str]:
    """(what the department acknowledged, what is not yet sent) as two sentences."""
    if state.acknowledged_at is not None:
        acknowledged = translate("ExchangeStatus", "Отдел образования подтвердил получение ваших данных %1.").replace(
            "%1", format_datetime(state.acknowledged_at))
    elif state.last_sent_at is not None:
        acknowledged = translate("ExchangeStatus", "Отдел образования ещё не подтвердил получение ваших пакетов.")
    else:
        acknowledged = translate("ExchangeStatus", "Вы ещё не отправляли пакет в отдел образования.")
    if state.unsent:
        waiting = translate("ExchangeStatus", "Не отправлено изменений: %1 — выгрузите пакет и отправьте его в отдел.").replace(
            "%1", str(state.unsent))
    elif state.unacknowledged:
        waiting = translate("ExchangeStatus", "Все изменения выгружены; отдел пока не подтвердил изменений: %1.").replace(
            "%1", str(state.unacknowledged))
    else:
        waiting = translate("ExchangeStatus", "Все изменения отправлены.")
    return acknowledged, waiting


def status_html(state: ExchangeState) -> str:
    acknowledged, waiting = status_lines(state)
    colour = "#a65f00" if state.unsent else "#1f6f2b"
    return f"{escape(acknowledged)}<br><span style='color:{colour}'>{escape(waiting)}</span>"


class ExchangeStatus(QLabel):
    """The status bar's short line: «Отдел подтвердил: 12.01.2026 10:15 · не отправлено: 3»."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeStatus")
        self.ctx = ctx
        self.setTextFormat(Qt.TextFormat.PlainText)
        ctx.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = exchange_state(self.ctx.store)
        if state.acknowledged_at is not None:
            first = self.tr("Отдел подтвердил: %1").replace("%1", format_datetime(state.acknowledged_at))
        else:
            first = self.tr("Отдел ещё не подтверждал")
        second = self.tr("не отправлено: %1").replace("%1", str(state.unsent)) if state.unsent else self.tr("всё отправлено")
        self.setText(f"{first} · {second}")
        acknowledged, waiting = status_lines(state)
        self.setToolTip(f"{acknowledged}\n{waiting}")
