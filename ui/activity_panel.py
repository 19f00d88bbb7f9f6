"""The activity panel beside the roadmap: one activity, and this profile's report on it.

The status is saved as soon as it is chosen; the actual result a second after typing stops and when
the field loses focus, keeping the text's undo history across saves. The department's remarks
come with their verdict, and the history lists who changed what and when.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.history import activity_history
from app.progress import ProgressChange, set_progress
from app.reviews import reply, review_state_name
from app.timeutil import format_date, format_datetime, now
from db.models import PROGRESS_STATUSES
from ui.context import WindowContext
from ui.evidence_box import EvidenceBox
from ui.messages import show_error
from ui.roadmap_model import (
    UNCLEAR_MARK,
    ActivityRow,
    spans_text,
    status_text,
    tr_reported_by,
)
from ui.widgets import wrapped_label

AUTOSAVE_MS = 1000
# Below this many average characters of width the facts' labels go above their values.
NARROW_CHARS = 60
REWORK_STYLE = "background: #fbe0dd; border-left: 4px solid #c0392b; padding: 6px; border-radius: 2px;"
REMARK_STYLE = "background: #f1f3f6; border-left: 4px solid #9aa3ad; padding: 6px; border-radius: 2px;"
REPLY_STYLE = "background: #e8f1fb; border-left: 4px solid #6c9bd2; padding: 6px; border-radius: 2px;"
REVIEW_STYLES = {
    "accepted": "background: #dff1da; color: #1e5b1a; padding: 4px 6px; border-radius: 2px;",
    "rework": "background: #fbe0dd; color: #8a1f12; padding: 4px 6px; border-radius: 2px;",
}
QUIET_STYLE = "color: #5f6368;"


def _heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class ResultEdit(QPlainTextEdit):
    """The actual result's field; says when the person leaves it, so what was typed is saved at once."""

    left = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.left.emit()


class ActivityPanel(QScrollArea):
    """What the person sees and changes about the chosen activity; empty until one is chosen."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityPanel")
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes straight to the fields; the area scrolls to whichever has the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.row: ActivityRow | None = None
        self.roadmap: dict | None = None
        # The actual result as stored, and as it was when the activity was opened (for «Отменить изменения»).
        self._saved_actual = ""
        self._opened_actual = ""
        self._loading = False
        self.edit_deadline_action: QAction | None = None

        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        self.placeholder = wrapped_label(self.tr("Выберите мероприятие в списке слева: здесь появятся его срок, "
                                            "ход выполнения, документы и замечания отдела."))
        self.placeholder.setStyleSheet(QUIET_STYLE)
        layout.addWidget(self.placeholder)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        self.heading = wrapped_label(rich=True)
        details.addWidget(self.heading)
        details.addLayout(self._build_facts())
        self.not_ours = wrapped_label()
        self.not_ours.setObjectName("notOurs")
        self.not_ours.setStyleSheet("background: #eef1f5; padding: 6px; border-radius: 2px;")
        details.addWidget(self.not_ours)
        self.editors = QWidget()
        self._build_editors(self.editors)
        details.addWidget(self.editors)
        self.history_view = QListView()
        self.history_view.setObjectName("history")
        self.history_model = QStringListModel(self)
        self.history_view.setModel(self.history_model)
        self.history_view.setWordWrap(True)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setMinimumHeight(self.fontMetrics().height() * 6)
        self.history_view.setAccessibleName(self.tr("История изменений"))
        details.addWidget(_heading(self.tr("&История изменений"), self.history_view))
        details.addWidget(self.history_view)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.details.hide()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_actual)
        self._set_tab_order()

    def _build_facts(self) -> QFormLayout:
        form = self.facts = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        self.deadline = wrapped_label(rich=True)
        self.deadline.setObjectName("deadline")
        self.unclear = wrapped_label()
        self.unclear.setObjectName("unclearDeadline")
        self.unclear.setStyleSheet("color: #8a4b00;")
        self.unclear_edit = QToolButton()
        self.unclear_edit.setText(self.tr("Изменить…"))
        unclear_row = QHBoxLayout()
        unclear_row.setContentsMargins(0, 0, 0, 0)
        unclear_row.addWidget(self.unclear, 1)
        unclear_row.addWidget(self.unclear_edit, 0, Qt.AlignmentFlag.AlignTop)
        self.responsible = wrapped_label()
        self.expected = wrapped_label()
        for label, value in ((self.tr("Срок:"), self.deadline), (self.tr("Ответственные:"), self.responsible),
                             (self.tr("Ожидаемый результат:"), self.expected)):
            name = QLabel(label)
            name.setStyleSheet(QUIET_STYLE)
            form.addRow(name, value)
            if value is self.deadline:
                form.addRow(unclear_row)
        return form

    def _build_editors(self, box: QWidget) -> None:
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.review = wrapped_label()
        self.review.setObjectName("reviewState")
        layout.addWidget(self.review)

        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in PROGRESS_STATUSES:
            self.status.addItem(status_text(status), status)
        self.status.activated.connect(self._status_chosen)
        status_row = QHBoxLayout()
        status_row.addWidget(_heading(self.tr("Стат&ус:"), self.status))
        status_row.addWidget(self.status, 1)
        layout.addLayout(status_row)

        self.actual = ResultEdit()
        self.actual.setObjectName("actual")
        self.actual.setTabChangesFocus(True)
        self.actual.setPlaceholderText(self.tr("Что сделано: сколько, когда, с кем; сохраняется само"))
        self.actual.setMinimumHeight(self.fontMetrics().height() * 5)
        # Room for a paragraph; more scrolls, so the documents and remarks below stay in sight.
        self.actual.setMaximumHeight(self.fontMetrics().height() * 9)
        self.actual.textChanged.connect(self._actual_edited)
        self.actual.left.connect(lambda: self.save_actual(later=True))
        layout.addWidget(_heading(self.tr("Фактический &результат:"), self.actual))
        layout.addWidget(self.actual)
        self.revert = QPushButton(self.tr("Отменить изменения"))
        self.revert.setToolTip(self.tr("Вернуть текст, каким он был, когда вы открыли мероприятие"))
        self.revert.clicked.connect(self.revert_actual)
        self.saved = QLabel()
        self.saved.setObjectName("savedNote")
        self.saved.setStyleSheet(QUIET_STYLE)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.revert)
        saved_row.addStretch(1)
        saved_row.addWidget(self.saved)
        layout.addLayout(saved_row)

        self.evidence = EvidenceBox(self.ctx)
        self.evidence.on_saved = self._note_saved
        layout.addWidget(_heading(self.tr("Подтверждающие документы"), self.evidence.view))
        layout.addWidget(self.evidence)

        self.thread = QWidget()
        thread = QVBoxLayout(self.thread)
        thread.setContentsMargins(0, 0, 0, 0)
        thread.setSpacing(4)
        thread.addWidget(_heading(self.tr("Замечания отдела и ответы")))
        self.comments = QVBoxLayout()
        self.comments.setSpacing(4)
        thread.addLayout(self.comments)
        self.reply_text = QPlainTextEdit()
        self.reply_text.setObjectName("replyText")
        self.reply_text.setTabChangesFocus(True)
        self.reply_text.setPlaceholderText(self.tr("Ответ куратору: что исправлено или когда будет сделано"))
        self.reply_text.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.reply_button = QPushButton(self.tr("Отв&етить"))
        self.reply_button.clicked.connect(self.send_reply)
        thread.addWidget(_heading(self.tr("&Ответ отделу:"), self.reply_text))
        thread.addWidget(self.reply_text)
        reply_row = QHBoxLayout()
        reply_row.addStretch(1)
        reply_row.addWidget(self.reply_button)
        thread.addLayout(reply_row)
        layout.addWidget(self.thread)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # A narrow panel (a big font) puts the labels above their values, which then get the whole width.
        narrow = self.viewport().width() < NARROW_CHARS * self.fontMetrics().averageCharWidth()
        self.facts.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.DontWrapRows
        )

    def first_field(self) -> QWidget:
        """Where Tab enters the panel from the tree."""
        return self.unclear_edit

    def _set_tab_order(self) -> None:
        chain = [self.unclear_edit, self.status, self.actual, self.revert, *self.evidence.buttons(),
                 self.reply_text, self.reply_button, self.history_view]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- showing ---------------------------------------------------------------------------------

    def show_activity(self, roadmap: dict | None, row: ActivityRow | None) -> None:
        """Show an activity (None: nothing chosen). The same activity again updates it in place."""
        same = row is not None and self.row is not None and roadmap is not None and self.roadmap is not None \
            and (roadmap["id"], row.number) == (self.roadmap["id"], self.row.number)
        if not same:
            self.save_actual(later=True)
        self.roadmap, self.row = (roadmap, row) if row is not None else (None, None)
        self.placeholder.setVisible(row is None)
        self.details.setVisible(row is not None)
        if row is None:
            return
        self._show_facts(row)
        ours = row.progress is not None
        self.not_ours.setVisible(not ours)
        self.editors.setVisible(ours)
        if ours:
            self._show_report(row.progress, same)
        else:
            self.not_ours.setText(self.tr("%1. Это мероприятие выполняет не ваша организация, поэтому отмечать "
                                          "его здесь не нужно.").replace("%1", tr_reported_by(row)))
        self._show_history()

    def _show_facts(self, row: ActivityRow) -> None:
        self.heading.setText(f"<b>{escape(row.number)}</b>&nbsp; {escape(row.title)}")
        text = escape(row.deadline_text or self.tr("не указан"))
        if row.windows:
            dates = self.tr("понятые даты: %1").replace("%1", spans_text(row.windows))
            text += f"<br><span style='color:#5f6368'>{escape(dates)}</span>"
        self.deadline.setText(text)
        self.unclear.setVisible(not row.deadline_understood)
        self.unclear.setText(f"{UNCLEAR_MARK} " + self.tr("Срок не понят: уточните его.")
                             + (f" {row.deadline_issue}" if row.deadline_issue else ""))
        can_edit = self.edit_deadline_action is not None and self._owns_roadmap()
        self.unclear_edit.setVisible(not row.deadline_understood and can_edit)
        if can_edit:
            self.unclear_edit.setDefaultAction(self.edit_deadline_action)
            self.unclear_edit.setText(self.tr("Изменить…"))
        self.responsible.setText(row.responsible or "—")
        self.expected.setText(row.item.get("result") or "—")

    def _owns_roadmap(self) -> bool:
        return self.roadmap is not None and self.roadmap["owner"] == self.ctx.info.kind

    def _show_report(self, progress: dict, same: bool) -> None:
        self.status.setCurrentIndex(max(self.status.findData(progress["status"]), 0))
        stored = progress["actual"] or ""
        if not same:
            self._set_actual(stored)
            self._opened_actual = stored
            self.saved.clear()
        elif stored != self._saved_actual:
            # Changed elsewhere (a loaded bundle, a second window): show what is stored now.
            self._set_actual(stored)
        self._saved_actual = stored
        self.revert.setEnabled(self.actual.toPlainText().strip() != self._opened_actual)
        self.evidence.show_report(self.roadmap["id"], self.row.number, progress["evidence"])
        self._show_review(progress.get("review"))
        self._show_thread(progress.get("comments") or [], same)

    def _set_actual(self, text: str) -> None:
        self._loading = True
        try:
            self.actual.setPlainText(text)
        finally:
            self._loading = False

    def _show_review(self, review: dict | None) -> None:
        state = (review or {}).get("state")
        self.review.setVisible(state is not None)
        if state is None:
            return
        when = format_date(datetime.fromisoformat(review["updated_at"])) if review.get("updated_at") else ""
        text = {
            "accepted": self.tr("Принято отделом %1"),
            "rework": self.tr("Отдел вернул на доработку %1"),
        }[state].replace("%1", when).strip()
        if review.get("by"):
            text += " · " + review["by"]
        if review.get("updated_since_review"):
            text += "\n" + self.tr("После проверки отчёт изменён — отдел увидит это в следующем пакете.")
        self.review.setText(text)
        self.review.setStyleSheet(REVIEW_STYLES[state])

    def _show_thread(self, comments: list[dict], same: bool) -> None:
        while self.comments.count():
            widget = self.comments.takeAt(0).widget()
            widget.hide()
            widget.deleteLater()
        for comment in comments:
            label = wrapped_label(self._comment_html(comment), rich=True)
            label.setObjectName("comment")
            rework = comment["verdict"] == "rework"
            label.setProperty("rework", rework)
            label.setStyleSheet(REWORK_STYLE if rework else REMARK_STYLE if comment["from"] == "department" else REPLY_STYLE)
            self.comments.addWidget(label)
            label.show()  # a layout would show it only on the next turn of the event loop
        # A school answers the department's remarks; with no remarks there is nothing to answer.
        self.thread.setVisible(bool(comments) and not self.ctx.is_department)
        if not same:
            self.reply_text.clear()

    def _comment_html(self, comment: dict) -> str:
        when = format_datetime(datetime.fromisoformat(comment["created_at"]))
        parts = [escape(comment["author"] or ""), when]
        if comment["verdict"]:
            parts.append("<b>" + escape(review_state_name(comment["verdict"])) + "</b>")
        head = " · ".join(part for part in parts if part)
        return f"<span style='color:#444'>{head}</span><br>{escape(comment['text']).replace(chr(10), '<br>')}"

    def _show_history(self) -> None:
        try:
            entries = activity_history(self.ctx.store, self.row.number, self.roadmap["id"])
        except UserError:
            entries = []
        # Newest first: what changed last is what the person is looking for.
        self.history_model.setStringList([entry.text() for entry in reversed(entries)])

    # --- saving ----------------------------------------------------------------------------------

    def _note_saved(self, text: str) -> None:
        self.saved.setText(text)

    def _status_chosen(self, position: int) -> None:
        status = self.status.itemData(position)
        if self.row is None or self.row.progress is None or status == self.row.progress["status"]:
            return
        self.save_actual()
        if self._write(ProgressChange(self.row.number, self.roadmap["id"], status=status)):
            self._note_saved(self.tr("Статус сохранён в %1").replace("%1", now().strftime("%H:%M")))
            self.ctx.changed.emit()

    def _actual_edited(self) -> None:
        if not self._loading and self.row is not None:
            self._autosave.start()
            self.revert.setEnabled(self.actual.toPlainText().strip() != self._opened_actual)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_actual(later=True)
        super().hideEvent(event)

    def save_actual(self, later: bool = False) -> None:
        """Save the actual result if it differs from what is stored; quietly, as people expect of autosave.

        `later`: the pages reload after the current event, not in the middle of a change of selection
        or of page that caused the save.
        """
        self._autosave.stop()
        if self._loading or self.row is None or self.row.progress is None or self.roadmap is None:
            return
        text = self.actual.toPlainText()
        if text.strip() == self._saved_actual:
            return
        if self._write(ProgressChange(self.row.number, self.roadmap["id"], actual=text)):
            self._saved_actual = text.strip()
            self._note_saved(self.tr("Сохранено %1").replace("%1", now().strftime("%H:%M")))
            if later:
                QTimer.singleShot(0, self.ctx, self.ctx.changed.emit)
            else:
                self.ctx.changed.emit()

    def revert_actual(self) -> None:
        """Back to the text as it was when the activity was opened; Ctrl+Z brings the edit back."""
        cursor = self.actual.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self._opened_actual)
        self.save_actual()

    def _write(self, change: ProgressChange) -> bool:
        try:
            set_progress(self.ctx.store, change)
        except UserError as error:
            show_error(error.message, self)
            return False
        return True

    def send_reply(self) -> None:
        text = self.reply_text.toPlainText()
        try:
            reply(self.ctx.store, self.row.number, text, self.roadmap["id"])
        except UserError as error:
            show_error(error.message, self)
            return
        self.reply_text.clear()
        self._note_saved(self.tr("Ответ сохранён; он уйдёт в отдел со следующим пакетом"))
        self.ctx.changed.emit()
