"""One school's report, read-only, with the curator's verdict: «Принято» or «На доработку» with a remark.

The roadmap tree is the school page's own model (`ui.roadmap_model`), filled with the school's progress as
`progress show --school` gives it; beside it the chosen activity: what the school did, its evidence (files
open in the system's viewer), the thread of remarks and replies, and the review buttons.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.progress import progress_json
from app.reviews import review_progress, review_state_name
from app.roadmaps import roadmaps_json
from app.schools import list_schools
from app.timeutil import format_date, format_datetime
from ui.context import WindowContext
from ui.empty_state import ADD_SCHOOL, EmptyState
from ui.evidence_box import EvidenceModel, open_evidence
from ui.messages import show_error
from ui.roadmap_model import (
    ACTIVITY_ROLE,
    DEADLINE,
    NUMBER,
    STATUS,
    TITLE,
    ActivityRow,
    RoadmapModel,
    SectionRow,
    deadline_tooltip,
    roadmap_rows,
    status_text,
)
from ui.roadmap_page import WrappingDelegate
from ui.widgets import shrinkable, wrapped_label

REWORK_STYLE = "background: #fbe0dd; border: 1px solid #e8a7a0; border-radius: 3px; padding: 5px;"
ACCEPTED_STYLE = "background: #dff1da; border: 1px solid #9fcf95; border-radius: 3px; padding: 5px;"
REMARK_STYLE = "background: #eef1f5; border-radius: 3px; padding: 5px;"
REPLY_STYLE = "background: #fff8e1; border-radius: 3px; padding: 5px;"
SHOWN_COLUMNS = (NUMBER, TITLE, DEADLINE, STATUS)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ReviewPanel(QScrollArea):
    """The chosen activity of the school: its report, evidence, thread and the review actions."""

    def __init__(self, page: SchoolReviewPage) -> None:
        super().__init__(page)
        self.page = page
        self.row: ActivityRow | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 4, 0)
        self.title = wrapped_label()
        self.title.setObjectName("reviewTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.facts = wrapped_label(rich=True)
        layout.addWidget(self.facts)
        # Everything below the title is about one activity: hidden while none is chosen.
        self.details = QWidget()
        outer = layout
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.details)
        layout.addWidget(_heading(self.tr("Фактический результат")))
        self.actual = wrapped_label()
        self.actual.setObjectName("reviewActual")
        layout.addWidget(self.actual)
        layout.addWidget(_heading(self.tr("Подтверждающие документы")))
        self.evidence = EvidenceModel(self)
        self.evidence_view = QListView()
        self.evidence_view.setObjectName("reviewEvidence")
        self.evidence_view.setModel(self.evidence)
        self.evidence_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence_view.activated.connect(self.open_evidence)
        self.evidence_view.setMaximumHeight(self.fontMetrics().height() * 7)
        layout.addWidget(self.evidence_view)
        self.no_evidence = wrapped_label(self.tr("Школа не приложила документов."))
        layout.addWidget(self.no_evidence)
        self.thread_heading = _heading(self.tr("Замечания и ответы"))
        layout.addWidget(self.thread_heading)
        self.thread = QVBoxLayout()
        layout.addLayout(self.thread)
        layout.addWidget(_heading(self.tr("Проверка")))
        self.verdict = wrapped_label()
        self.verdict.setObjectName("reviewVerdict")
        layout.addWidget(self.verdict)
        comment_label = QLabel(self.tr("&Замечание для школы (обязательно для «На доработку»):"))
        comment_label.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(self.fontMetrics().height() * 5)
        comment_label.setBuddy(self.comment)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Принято"))
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(lambda: self.review("accepted"))
        self.rework_button = QPushButton(self.tr("На &доработку"))
        self.rework_button.setObjectName("reworkButton")
        self.rework_button.clicked.connect(lambda: self.review("rework"))
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.rework_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = wrapped_label()
        self.note.setObjectName("reviewNote")
        layout.addWidget(self.note)
        outer.addStretch(1)
        self.setWidget(body)
        self.show_row(None)

    def show_row(self, row: ActivityRow | None) -> None:
        same = row is not None and self.row is not None and row.number == self.row.number
        self.row = row
        widgets = (self.comment, self.accept_button, self.rework_button)
        self.details.setVisible(row is not None)
        if row is None:
            self.title.setText(self.tr("Выберите мероприятие слева, чтобы увидеть отчёт школы и проверить его."))
            self.facts.clear()
            return
        self.title.setText(f"{row.number}. {row.title}")
        deadline = escape(row.deadline_text or self.tr("срок не указан"))
        facts = [self.tr("Срок: %1").replace("%1", deadline)]
        if row.status is None:
            facts.append(escape(self.tr("Это мероприятие школа не выполняет.")))
        else:
            status = escape(status_text(row.status))
            if row.is_overdue(self.page.ctx.today):
                status += " · <b style='color:#b3261e'>" + escape(self.tr("просрочено")) + "</b>"
            facts.append(self.tr("Статус: %1").replace("%1", status))
            updated = (row.progress or {}).get("updated_at")
            if updated:
                facts.append(escape(self.tr("Отчёт изменён %1").replace("%1", format_date(datetime.fromisoformat(updated).date()))))
        self.facts.setText("<br>".join(facts))
        self.facts.setToolTip(deadline_tooltip(row))
        reported = row.status is not None and row.progress is not None and row.progress.get("updated_at") is not None
        self.actual.setText(row.actual or self.tr("(не заполнено)"))
        evidence = (row.progress or {}).get("evidence") or []
        self.evidence.set_items(evidence)
        self.evidence_view.setVisible(bool(evidence))
        self.no_evidence.setVisible(not evidence)
        self._show_thread((row.progress or {}).get("comments") or [])
        self._show_verdict((row.progress or {}).get("review"))
        for widget in widgets:
            widget.setEnabled(reported)
        if not same:
            self.comment.clear()
            self.note.clear()
        if row.status is not None and not reported:
            self.verdict.setText(self.tr("Школа ещё не присылала отчёт по этому мероприятию — проверять пока нечего."))

    def _show_thread(self, comments: list[dict]) -> None:
        while self.thread.count():
            self.thread.takeAt(0).widget().deleteLater()
        for comment in comments:
            when = format_datetime(datetime.fromisoformat(comment["created_at"]))
            parts = [escape(comment["author"] or ""), when]
            if comment["verdict"]:
                parts.append("<b>" + escape(review_state_name(comment["verdict"])) + "</b>")
            head = " · ".join(part for part in parts if part)
            label = wrapped_label(f"<span style='color:#444'>{head}</span><br>{escape(comment['text']).replace(chr(10), '<br>')}",
                           rich=True)
            label.setObjectName("comment")
            rework = comment["verdict"] == "rework"
            label.setStyleSheet(REWORK_STYLE if rework else REMARK_STYLE if comment["from"] == "department" else REPLY_STYLE)
            self.thread.addWidget(label)
        self.thread_heading.setVisible(bool(comments))

    def _show_verdict(self, review: dict | None) -> None:
        state = (review or {}).get("state")
        if state is None:
            self.verdict.setText(self.tr("Ещё не проверено."))
            self.verdict.setStyleSheet("")
            return
        when = format_date(datetime.fromisoformat(review["updated_at"]).date()) if review.get("updated_at") else ""
        text = {"accepted": self.tr("Принято %1"), "rework": self.tr("Возвращено на доработку %1")}[state]
        text = text.replace("%1", when).strip()
        if review.get("by"):
            text += " · " + review["by"]
        if review.get("updated_since_review"):
            text += "\n" + self.tr("После проверки школа изменила отчёт — посмотрите его ещё раз.")
        self.verdict.setText(text)
        self.verdict.setStyleSheet(ACCEPTED_STYLE if state == "accepted" else REWORK_STYLE)

    def review(self, state: str) -> None:
        """Record the verdict now (one quick write); the school gets it in the department's next bundle."""
        row, school = self.row, self.page.current_school()
        if row is None or school is None:
            return
        try:
            result = review_progress(self.page.ctx.store, school["name"], row.number, state, self.comment.toPlainText(),
                                     roadmap_id=(row.progress or {}).get("roadmap_id"))
        except UserError as error:
            show_error(error.message, self)
            return
        self.comment.clear()
        if result.changed:
            self.note.setText(self.tr("Отметка сохранена. Школа увидит её, когда получит следующий пакет отдела "
                                      "(«Разослать изменения»)."))
        else:
            self.note.setText(self.tr("Эта отметка уже стоит, нового ничего нет."))
        self.page.ctx.changed.emit()

    def open_evidence(self, index: QModelIndex) -> None:
        open_evidence(self.page.ctx.store, self.evidence.item(index.row()), self)


class SchoolReviewPage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolReviewPage")
        self.ctx = ctx
        self.schools: list[dict] = []
        self.roadmaps: list[dict] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The school chooser, the tree and the panel; hidden while there is no school or no roadmap to report on.
        self.content = QWidget()
        self.content.setObjectName("reviewContent")
        outer.addWidget(self.content, 1)
        self.empty = EmptyState("noReports")
        outer.addWidget(self.empty, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.school_choice = shrinkable(QComboBox())
        self.school_choice.setObjectName("schoolChoice")
        self.school_choice.setAccessibleName(self.tr("Школа"))
        self.school_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.school_choice.setMinimumContentsLength(30)
        chooser_label = QLabel(self.tr("&Школа:"))
        chooser_label.setBuddy(self.school_choice)
        top.addWidget(chooser_label)
        top.addWidget(self.school_choice, 1)
        self.summary = QLabel()
        self.summary.setObjectName("schoolSummary")
        top.addWidget(self.summary)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.model = RoadmapModel([], ctx.today, self)
        self.tree = QTreeView()
        self.tree.setObjectName("reviewTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(14)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        splitter.addWidget(self.tree)
        self.panel = ReviewPanel(self)
        self.panel.setObjectName("reviewPanel")
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.school_choice.currentIndexChanged.connect(self._school_chosen)
        self.refresh()

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.current_school()
        number = self.panel.row.number if self.panel.row else None
        self.schools = [{"id": s.id, "name": s.name, "label": s.short_name or s.name} for s in list_schools(self.ctx.store)]
        self.roadmaps = roadmaps_json(self.ctx.store)["roadmaps"]
        self.school_choice.blockSignals(True)
        self.school_choice.clear()
        for school in self.schools:
            self.school_choice.addItem(school["name"], school["id"])
        position = self.school_choice.findData(chosen["id"]) if chosen else 0
        self.school_choice.setCurrentIndex(max(position, 0) if self.schools else -1)
        self.school_choice.blockSignals(False)
        self._show_empty()
        self._load_school(number)

    def _show_empty(self) -> None:
        """No school yet, or no roadmap to report on: what is missing and where to add it."""
        if not self.schools:
            self.empty.set_case(
                self.tr("Школ пока нет. Здесь вы будете читать отчёты школ по мероприятиям дорожной карты и "
                        "отмечать их «Принято» или «На доработку»."),
                self.tr("Подключить &школу…"),
                lambda: self.ctx.navigate.emit("schools", ADD_SCHOOL),
            )
        elif not self.roadmaps:
            self.empty.set_case(
                self.tr("В профиле пока нет дорожной карты: школам не о чем отчитываться. Загрузите её на "
                        "странице «Дорожная карта»."),
                self.tr("Открыть &дорожную карту"),
                lambda: self.ctx.navigate.emit("roadmap", None),
            )
        empty = not self.schools or not self.roadmaps
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)

    def current_school(self) -> dict | None:
        position = self.school_choice.currentIndex()
        return self.schools[position] if 0 <= position < len(self.schools) else None

    def _school_chosen(self, _position: int) -> None:
        self._load_school(None)

    def _load_school(self, number: str | None) -> None:
        school = self.current_school()
        rows: list[SectionRow | ActivityRow] = []
        if school is not None:
            items = progress_json(self.ctx.store, school["name"])["schools"][0]["items"]
            for roadmap in self.roadmaps:
                rows += roadmap_rows(roadmap, items)
        self.model.set_rows(rows, self.ctx.today)
        for row in range(self.model.rowCount()):
            if self.model.is_section(row):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            self.tree.setColumnHidden(column, column not in SHOWN_COLUMNS)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 48), (DEADLINE, 110), (STATUS, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, int(width * self.fontMetrics().height() / 16))
        self.summary.setText(self._summary())
        if number is None:
            # The first activity the school reports on, so the panel shows something at once.
            number = next((a.number for a in self.model.activities() if a.status is not None), None)
        if number is None or not self.select_activity(number):
            self.panel.show_row(None)

    def _summary(self) -> str:
        mine = [a for a in self.model.activities() if a.status is not None]
        if not mine:
            return ""
        done = sum(a.status == "done" for a in mine)
        late = sum(a.is_overdue(self.ctx.today) for a in mine)
        return (self.tr("выполнено %1 из %2 · просрочено %3").replace("%1", str(done)).replace("%2", str(len(mine)))
                .replace("%3", str(late)))

    # --- choosing --------------------------------------------------------------------------------------

    def select_activity(self, number: str) -> bool:
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            candidates = [(r, parent) for r in range(self.model.rowCount(parent))] or [(row, QModelIndex())]
            for child, where in candidates:
                index = self.model.index(child, NUMBER, where)
                found = index.data(ACTIVITY_ROLE)
                if found is not None and found.number == number:
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def show_item(self, argument: object) -> None:
        """A school id, or (school id, activity number): choose the school and, if given, the activity."""
        school_id, number = argument if isinstance(argument, tuple) else (argument, None)
        position = self.school_choice.findData(school_id)
        if position < 0:
            return
        self.school_choice.blockSignals(True)
        self.school_choice.setCurrentIndex(position)
        self.school_choice.blockSignals(False)
        self._load_school(number)
        (self.panel.comment if number else self.tree).setFocus()

    def focus_search(self) -> None:
        self.school_choice.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_row(current.data(ACTIVITY_ROLE) if current.isValid() else None)

