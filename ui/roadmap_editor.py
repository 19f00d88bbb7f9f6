"""Changing a roadmap from the window: the actions the roadmap page puts in its toolbar.

`RoadmapEditActions.set_target(roadmap, number)` tells the actions which roadmap (as roadmaps_json
gives it) and which activity are selected; they are enabled only where this profile owns that
roadmap — a school its own, the department the municipal one. A roadmap comes from a Word/Excel file
with the same preview as the first-run wizard: the department's municipal one (when «Загрузить позже»
was pressed there, or a corrected version), a school's own; a school can also make its own from
scratch. The department keeps the monitoring rounds and sends its changes to the schools.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import roadmap_edit, rounds
from app.deadlines import read_deadline, recurrence_name
from app.errors import InvalidInput, UserError
from app.i18n import translate
from app.roadmap_import.service import ImportReport
from app.roadmaps import roadmaps_json
from app.timeutil import format_date, parse_date
from ui.context import WindowContext
from ui.roadmap_preview import RoadmapImportPanel


def _period(roadmap: dict | None) -> tuple[date, date] | None:
    if roadmap and roadmap.get("period"):
        return date.fromisoformat(roadmap["period"][0]), date.fromisoformat(roadmap["period"][1])
    return None


def understood_text(text: str, period: tuple[date, date] | None) -> tuple[str, bool]:
    """«понято как: 01.09.2025–31.12.2025» for a deadline as typed; (text, understood)."""
    if not text.strip():
        return translate("RoadmapEditor", "срок не указан"), True
    deadline = read_deadline(text, period)
    if deadline.issue:
        return translate("RoadmapEditor", "не понято: %1").replace("%1", deadline.issue), False
    windows = "; ".join(f"{format_date(a)}–{format_date(b)}" if a != b else format_date(a) for a, b in deadline.windows)
    words = ", ".join(part for part in (windows, recurrence_name(deadline.recurrence)) if part)
    return translate("RoadmapEditor", "понято как: %1").replace("%1", words), True


def _date_or_none(text: str, what: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise InvalidInput(translate("RoadmapEditor", "Дата «%1» (%2) не понята: введите её как ДД.ММ.ГГГГ.").replace("%1", text).replace("%2", what)) from None


class ActivityDialog(QDialog):
    """Adding or changing one activity; a refused value is said under the fields and nothing is saved."""

    def __init__(self, ctx: WindowContext, roadmap: dict, item: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("Изменить мероприятие") if item else self.tr("Новое мероприятие"))
        self.ctx, self.roadmap, self.item = ctx, roadmap, item
        self.period = _period(roadmap)
        form = QFormLayout()
        self.number = QLineEdit(item["number"] if item else "")
        self.number.setObjectName("activityNumber")
        self.section = QComboBox()
        self.section.setObjectName("activitySection")
        self.section.setEditable(True)
        sections = list(dict.fromkeys(i["section"] for i in roadmap["items"] if i["section"]))
        self.section.addItems([""] + sections)
        self.section.setCurrentText(item["section"] if item else "")
        self.section.lineEdit().setPlaceholderText(self.tr("например: 2. Работа с педагогами (новый раздел — с номером)"))
        self.title = QPlainTextEdit(item["title"] if item else "")
        self.title.setObjectName("activityTitle")
        self.title.setTabChangesFocus(True)
        self.title.setFixedHeight(self.title.fontMetrics().lineSpacing() * 3 + 12)
        self.deadline = QLineEdit(item["deadline_text"] if item else "")
        self.deadline.setObjectName("activityDeadline")
        self.deadline.setPlaceholderText(self.tr("например: сентябрь–декабрь 2025, ежеквартально, весь период"))
        self.understood = QLabel()
        self.understood.setObjectName("deadlineUnderstood")
        self.understood.setWordWrap(True)
        self.deadline.textChanged.connect(self._read_deadline)
        self.responsible = QLineEdit(item["responsible"] if item else "")
        self.responsible.setObjectName("activityResponsible")
        self.result = QPlainTextEdit(item["result"] if item else "")
        self.result.setObjectName("activityResult")
        self.result.setTabChangesFocus(True)
        self.result.setFixedHeight(self.result.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("&Номер:"), self.number)
        form.addRow(self.tr("&Раздел:"), self.section)
        form.addRow(self.tr("&Мероприятие:"), self.title)
        form.addRow(self.tr("&Срок:"), self.deadline)
        form.addRow("", self.understood)
        form.addRow(self.tr("&Ответственные:"), self.responsible)
        form.addRow(self.tr("Ожидаемый &результат:"), self.result)
        self.performers = QComboBox()
        if ctx.is_department:
            for code, text in (("schools", self.tr("школы")), ("department", self.tr("отдел образования")),
                               ("both", self.tr("и отдел, и школы"))):
                self.performers.addItem(text, code)
            if item:
                code = "both" if item["by_department"] and item["by_schools"] else "department" if item["by_department"] else "schools"
                self.performers.setCurrentIndex(self.performers.findData(code))
            form.addRow(self.tr("&Выполняют:"), self.performers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("activityProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Сохранить"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._read_deadline()
        self.setMinimumWidth(max(640, self.fontMetrics().averageCharWidth() * 90))

    def _read_deadline(self) -> None:
        text, understood = understood_text(self.deadline.text(), self.period)
        self.understood.setText(text)
        self.understood.setStyleSheet("color: #1f6f2b;" if understood else "color: #a61b1b;")

    def save(self) -> None:
        store = self.ctx.store
        values = dict(
            number=self.number.text().strip(), title=self.title.toPlainText(), section=self.section.currentText().strip(),
            deadline=self.deadline.text().strip(), responsible=self.responsible.text(), result=self.result.toPlainText(),
        )
        performers = self.performers.currentData() if self.ctx.is_department else None
        try:
            if self.item is None:
                if not values["number"] or not " ".join(values["title"].split()):
                    raise InvalidInput(self.tr("Укажите номер и название мероприятия."))
                self.outcome = roadmap_edit.add_activity_cmd(store, roadmap_id=self.roadmap["id"],
                                                            performers=performers or "schools", **values)
            else:
                changes = {**values, "performers": performers}
                self.outcome = roadmap_edit.edit_activity(store, self.item["number"], changes, roadmap_id=self.roadmap["id"])
        except UserError as error:
            self.problem.setText(error.message)
            return
        self.ctx.changed.emit()
        self.accept()


class RoadmapDialog(QDialog):
    """A school's own roadmap made from scratch: its title and period."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRoadmapDialog")
        self.setWindowTitle(self.tr("Своя дорожная карта школы"))
        self.ctx = ctx
        form = QFormLayout()
        self.title = QLineEdit(self.tr("Дорожная карта %1").replace("%1", ctx.info.name))
        self.title.setObjectName("roadmapTitle")
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("ДД.ММ.ГГГГ"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("ДД.ММ.ГГГГ"))
        form.addRow(self.tr("&Название:"), self.title)
        form.addRow(self.tr("&Начало периода:"), self.start)
        form.addRow(self.tr("&Конец периода:"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Создать"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def save(self) -> None:
        try:
            start = _date_or_none(self.start.text(), self.tr("начало периода"))
            end = _date_or_none(self.end.text(), self.tr("конец периода"))
            if (start is None) != (end is None):
                raise InvalidInput(self.tr("Укажите обе даты периода или ни одной."))
            self.roadmap_id = roadmap_edit.create_own_roadmap(self.ctx.store, self.title.text(), (start, end) if start else None)
        except UserError as error:
            self.problem.setText(error.message)
            return
        self.ctx.changed.emit()
        self.accept()


class RoadmapFileDialog(QDialog):
    """A roadmap from a Word/Excel file with the first run's preview: the department's municipal one, a school's own.

    When the profile already has a roadmap of its own, the dialog says before a file is chosen what
    `import_roadmap` does then — the same roadmap (same title, or a file of the same name) is updated in
    place, another one is added beside it — and, once the file is previewed, which of the two it is.
    `loaded(roadmap id)` when the roadmap was written; the load runs through `ctx.run`, so pages reload.
    """

    loaded = Signal(str)

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmapFileDialog")
        self.setWindowTitle(self.tr("Дорожная карта из файла") if ctx.is_department else self.tr("Своя дорожная карта из файла"))
        self.owned = [r["title"] for r in roadmaps_json(ctx.store)["roadmaps"] if r["owner"] == ctx.info.kind]
        layout = QVBoxLayout(self)
        self.note = QLabel(self._note())
        self.note.setObjectName("roadmapFileNote")
        self.note.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("roadmapFileOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-weight: bold;")
        for label in (self.note, self.outcome):
            label.setVisible(bool(self.owned))
            layout.addWidget(label)
        self.panel = RoadmapImportPanel(lambda: ctx.store, self, ctx.run)
        self.panel.preview_changed.connect(self._previewed)
        self.panel.imported.connect(self._imported)
        layout.addWidget(self.panel, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        # Not the default button: Enter in the period fields must not close the dialog.
        close.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        # Sized by the font, as the first run's wizard, so the preview keeps its room at 150 %.
        metrics = self.fontMetrics()
        self.resize(max(760, metrics.averageCharWidth() * 100), max(560, metrics.lineSpacing() * 26))

    def _note(self) -> str:
        if not self.owned:
            return ""
        titles = ", ".join(f"«{title}»" for title in self.owned)
        have = (self.tr("У вас уже есть дорожная карта %1.") if len(self.owned) == 1
                else self.tr("У вас уже есть дорожные карты: %1.")).replace("%1", titles)
        return have + " " + self.tr(
            "Если в файле она же (то же название или то же имя файла), она будет обновлена: отметки о выполнении "
            "и документы совпавших мероприятий сохранятся, новые добавятся, а те, которых в файле нет, будут убраны "
            "из карты. Другая дорожная карта добавится к имеющимся."
        )

    def _previewed(self, report: ImportReport | None) -> None:
        if report is None:
            self.outcome.clear()
        elif report.created:
            self.outcome.setText(self.tr("Это другая дорожная карта: она добавится к имеющимся, они не изменятся."))
        else:
            self.outcome.setText(self.tr("Это та же дорожная карта: загрузка обновит её — что изменится, сказано в просмотре ниже."))

    def _imported(self, report: ImportReport) -> None:
        self.loaded.emit(report.roadmap_id)
        self.accept()


class _RoundsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rounds: list[rounds.RoundInfo] = []

    def set_rounds(self, items: list[rounds.RoundInfo]) -> None:
        self.beginResetModel()
        self.rounds = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rounds)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("RoadmapEditor", "Мониторинг"), translate("RoadmapEditor", "Начало"),
                    translate("RoadmapEditor", "Срок сдачи"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            item = self.rounds[index.row()]
            return (item.name, format_date(item.starts_on), format_date(item.due_date))[index.column()]
        return None


class RoundsDialog(QDialog):
    """The department's monitoring rounds: add, change, remove."""

    def __init__(self, ctx: WindowContext, roadmap_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundsDialog")
        self.setWindowTitle(self.tr("Мониторинги"))
        self.ctx, self.roadmap_id = ctx, roadmap_id
        layout = QVBoxLayout(self)
        self.model = _RoundsModel(self)
        self.table = QTableView()
        self.table.setObjectName("roundsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("roundName")
        self.name.setPlaceholderText(self.tr("например: Мониторинг за I полугодие 2025–2026 уч. года"))
        self.starts = QLineEdit()
        self.starts.setObjectName("roundStarts")
        self.starts.setPlaceholderText(self.tr("ДД.ММ.ГГГГ, можно не указывать"))
        self.due = QLineEdit()
        self.due.setObjectName("roundDue")
        self.due.setPlaceholderText(self.tr("ДД.ММ.ГГГГ"))
        form.addRow(self.tr("&Название:"), self.name)
        form.addRow(self.tr("&Начало:"), self.starts)
        form.addRow(self.tr("&Срок сдачи:"), self.due)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Добавить"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Со&хранить изменения"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("&Удалить"))
        self.remove_button.clicked.connect(self.remove)
        close = QPushButton(self.tr("&Закрыть"))
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()
        self.resize(640, 420)

    def reload(self) -> None:
        self.model.set_rounds(rounds.list_rounds(self.ctx.store))
        self._selected()

    def current(self) -> rounds.RoundInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rounds[rows[0].row()] if rows else None

    def _selected(self, *_args) -> None:
        item = self.current()
        self.save_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is not None:
            self.name.setText(item.name)
            self.starts.setText(format_date(item.starts_on))
            self.due.setText(format_date(item.due_date))

    def _values(self) -> tuple[str, date | None, date | None]:
        return (self.name.text(), _date_or_none(self.due.text(), self.tr("срок сдачи")),
                _date_or_none(self.starts.text(), self.tr("начало")))

    def _do(self, change) -> None:
        try:
            change()
        except UserError as error:
            self.problem.setText(error.message)
            return
        self.problem.clear()
        self.ctx.changed.emit()
        self.reload()

    def add(self) -> None:
        self._do(lambda: rounds.add_round(self.ctx.store, *self._values(), roadmap_id=self.roadmap_id))

    def save(self) -> None:
        item = self.current()
        if item is not None:
            self._do(lambda: rounds.edit_round(self.ctx.store, item.id, *self._values()))

    def remove(self) -> None:
        item = self.current()
        if item is not None:
            self._do(lambda: rounds.remove_round(self.ctx.store, item.id))


class RoadmapEditActions(QObject):
    """The roadmap page's editing actions, enabled for what this profile owns."""

    # A roadmap was loaded from a file (its id): the page shows it.
    roadmap_loaded = Signal(str)

    def __init__(self, ctx: WindowContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.roadmap: dict | None = None
        self.number: str | None = None

        def action(text: str, slot, name: str, shortcut: str | None = None) -> QAction:
            made = QAction(text, parent)
            made.setObjectName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            parent.addAction(made)
            return made

        self.create_roadmap = action(self.tr("Создать свою карту…"), self.new_roadmap, "createRoadmapAction")
        self.import_roadmap = action(
            self.tr("Загрузить дорожную карту из файла…") if ctx.is_department else self.tr("Своя карта из файла…"),
            self.roadmap_from_file, "importRoadmapAction",
        )
        self.add = action(self.tr("Добавить мероприятие…"), self.add_activity, "addActivityAction", "Ins")
        self.edit = action(self.tr("Изменить…"), self.edit_activity, "editActivityAction", "F2")
        self.remove = action(self.tr("Удалить"), self.remove_activity, "removeActivityAction", "Del")
        self.up = action(self.tr("Выше"), lambda: self.move(-1), "moveUpAction", "Ctrl+Shift+Up")
        self.down = action(self.tr("Ниже"), lambda: self.move(+1), "moveDownAction", "Ctrl+Shift+Down")
        self.rounds = action(self.tr("Мониторинги…"), self.edit_rounds, "roundsAction")
        self.send = action(self.tr("Разослать изменения"), self.send_changes, "sendChangesAction")
        self.last_dialog: QDialog | None = None
        self.set_target(None, None)

    def actions(self) -> list[QAction]:
        """In toolbar order; the school's roadmap-making ones and the department's ones only where they apply."""
        if self.ctx.is_department:
            # Loading the roadmap again is rare: last, so at a large font it is the one the toolbar folds away.
            return [self.add, self.edit, self.remove, self.up, self.down, self.rounds, self.send, self.import_roadmap]
        return [self.create_roadmap, self.import_roadmap, self.add, self.edit, self.remove, self.up, self.down]

    def owns(self) -> bool:
        return self.roadmap is not None and self.roadmap.get("owner") == self.ctx.info.kind

    def item(self) -> dict | None:
        if self.roadmap is None or not self.number:
            return None
        return next((i for i in self.roadmap["items"] if i["number"] == self.number), None)

    def set_target(self, roadmap: dict | None, number: str | None) -> None:
        self.roadmap, self.number = roadmap, number
        owns, chosen = self.owns(), self.item() is not None
        self.add.setEnabled(owns)
        for action in (self.edit, self.remove, self.up, self.down):
            action.setEnabled(owns and chosen)
        self.create_roadmap.setVisible(not self.ctx.is_department)
        self.rounds.setVisible(self.ctx.is_department)
        self.send.setVisible(self.ctx.is_department)
        self.rounds.setEnabled(self.ctx.is_department)
        self.send.setEnabled(self.ctx.is_department)
        tip = "" if owns or roadmap is None else self.tr("Эту дорожную карту утвердил отдел образования; изменить её может только отдел.")
        for action in (self.add, self.edit, self.remove, self.up, self.down):
            action.setToolTip(tip or action.text())

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_roadmap(self) -> QDialog:
        return self._open(RoadmapDialog(self.ctx, self.parent_widget))

    def roadmap_from_file(self) -> QDialog:
        dialog = RoadmapFileDialog(self.ctx, self.parent_widget)
        dialog.loaded.connect(self.roadmap_loaded)
        return self._open(dialog)

    def add_activity(self) -> QDialog | None:
        if not self.owns():
            return None
        return self._open(ActivityDialog(self.ctx, self.roadmap, None, self.parent_widget))

    def edit_activity(self) -> QDialog | None:
        item = self.item()
        if item is None or not self.owns():
            return None
        return self._open(ActivityDialog(self.ctx, self.roadmap, item, self.parent_widget))

    def remove_activity(self) -> None:
        item = self.item()
        if item is None or not self.owns():
            return
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Удалить мероприятие?"),
            self.tr("Убрать мероприятие %1 «%2» из дорожной карты? Отчёты по нему сохранятся.").replace("%1", item["number"]).replace("%2", item["title"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(lambda: roadmap_edit.remove_activity(self.ctx.store, item["number"], roadmap_id=self.roadmap["id"]))

    def move(self, step: int) -> None:
        item = self.item()
        if item is not None and self.owns():
            self._change(lambda: roadmap_edit.move_activity(self.ctx.store, item["number"], step, roadmap_id=self.roadmap["id"]))

    def _change(self, change) -> None:
        from ui.messages import show_error

        try:
            change()
        except UserError as error:
            show_error(error.message, self.parent_widget)
            return
        self.ctx.changed.emit()

    def edit_rounds(self) -> QDialog:
        return self._open(RoundsDialog(self.ctx, self.roadmap["id"] if self.roadmap else None, self.parent_widget))

    def send_changes(self):
        from ui.exchange_actions import export_bundle

        return export_bundle(self.ctx, self.parent_widget)
