"""Incoming bundles: drop the files from the mail (or pick them, or a whole folder), see what became of each.

The import is the exchange's own `import_bundles`, run in the worker with a progress bar and «Отмена»;
each file gets its verdict in plain words (`importing.describe`). A bundle from a school's restored copy
(a fork) is explained and the person decides whether to take it. Earlier imports are in the log tab.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.exchange import importing
from app.exchange.container import EXTENSION
from app.i18n import QT_TRANSLATE_NOOP
from app.import_log import LogEntry, import_log
from app.timeutil import format_datetime
from ui.context import WindowContext
from ui.exchange_actions import bundle_folder, pick_bundle_files, set_bundle_folder
from ui.tasks import Task

RESULT_NAMES = {
    "accepted": QT_TRANSLATE_NOOP("InboxPage", "принят"),
    "duplicate": QT_TRANSLATE_NOOP("InboxPage", "уже загружен"),
    "waiting": QT_TRANSLATE_NOOP("InboxPage", "ждёт более раннего пакета"),
    "fork": QT_TRANSLATE_NOOP("InboxPage", "отложен: нужно ваше решение"),
    "refused": QT_TRANSLATE_NOOP("InboxPage", "отклонён"),
}
RESULT_COLOURS = {
    "accepted": QColor("#dff1da"),
    "duplicate": QColor("#eef1f5"),
    "waiting": QColor("#fff3bf"),
    "fork": QColor("#ffe0b3"),
    "refused": QColor("#fbe0dd"),
}
LOG_STATUS = {
    "accepted": QT_TRANSLATE_NOOP("InboxPage", "принят"),
    "waiting": QT_TRANSLATE_NOOP("InboxPage", "ждёт более раннего пакета"),
    "fork": QT_TRANSLATE_NOOP("InboxPage", "отложен: не совпадает с полученными"),
}

FILE, SENDER, RESULT, EXPLANATION = range(4)
RESULT_HEADERS = (
    QT_TRANSLATE_NOOP("InboxPage", "Файл"),
    QT_TRANSLATE_NOOP("InboxPage", "От кого"),
    QT_TRANSLATE_NOOP("InboxPage", "Итог"),
    QT_TRANSLATE_NOOP("InboxPage", "Пояснение"),
)
LOG_HEADERS = (
    QT_TRANSLATE_NOOP("InboxPage", "Получен"),
    QT_TRANSLATE_NOOP("InboxPage", "От кого"),
    QT_TRANSLATE_NOOP("InboxPage", "Пакет"),
    QT_TRANSLATE_NOOP("InboxPage", "Итог"),
    QT_TRANSLATE_NOOP("InboxPage", "Файл"),
)


def bundle_paths(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for the bundle files in it (and in its subfolders), in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted((p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(EXTENSION)),
                            key=lambda p: str(p).casefold())
        else:
            found.append(path)
    return list(dict.fromkeys(found))


class ResultModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.outcomes: list[importing.ImportOutcome] = []

    def set_outcomes(self, outcomes: list[importing.ImportOutcome]) -> None:
        self.beginResetModel()
        self.outcomes = outcomes
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return len(RESULT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(RESULT_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        outcome = self.outcomes[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == FILE:
                return str(outcome.path) if role == Qt.ItemDataRole.ToolTipRole else outcome.path.name
            if column == SENDER:
                return outcome.sender or "—"
            if column == RESULT:
                return self.tr(RESULT_NAMES.get(outcome.result, outcome.result))
            return importing.describe(outcome)
        if role == Qt.ItemDataRole.BackgroundRole and column == RESULT:
            return RESULT_COLOURS.get(outcome.result)
        return None


class LogModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[LogEntry] = []

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return len(LOG_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(LOG_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return format_datetime(entry.received_at)
        if column == 1:
            return entry.sender or "—"
        if column == 2:
            text = self.tr("№%1 от %2").replace("%1", str(entry.sequence)).replace("%2", format_datetime(entry.created_at))
            if entry.part[1] > 1:
                text += self.tr(", часть %1 из %2").replace("%1", str(entry.part[0])).replace("%2", str(entry.part[1]))
            return text
        if column == 3:
            text = self.tr(LOG_STATUS.get(entry.status, entry.status))
            if entry.status == "accepted":
                text += self.tr(" (новых %1, изменено %2)").replace("%1", str(entry.new_records)).replace("%2", str(entry.updated_records))
            return text
        return entry.file_name


class DropArea(QFrame):
    """A plain frame that takes the files (or folders) dropped on it."""

    def __init__(self, page: InboxPage) -> None:
        super().__init__(page)
        self._page = page
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.setStyleSheet("#dropArea { border: 2px dashed #9dbbe6; border-radius: 6px; background: #f4f8fd; }")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._page.import_paths(paths)


class InboxPage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxPage")
        self.ctx = ctx
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.drop_area = DropArea(self)
        drop_layout = QHBoxLayout(self.drop_area)
        drop_layout.setContentsMargins(14, 12, 14, 12)
        hint = QLabel(self.tr(
            "<b>Перетащите сюда файлы пакетов</b> (.orientir) из письма или из папки — можно много сразу "
            "или целую папку. Программа проверит подпись каждого пакета и загрузит отчёты школ."
        ))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.RichText)
        drop_layout.addWidget(hint, 1)
        self.pick_files_button = QPushButton(self.tr("Выбрать &файлы…"))
        self.pick_files_button.setObjectName("pickFiles")
        self.pick_files_button.setToolTip(self.tr("Выбрать файлы пакетов (Ctrl+I)"))
        self.pick_files_button.clicked.connect(self.pick_files)
        drop_layout.addWidget(self.pick_files_button)
        self.pick_folder_button = QPushButton(self.tr("Выбрать &папку…"))
        self.pick_folder_button.setObjectName("pickFolder")
        self.pick_folder_button.clicked.connect(self.pick_folder)
        drop_layout.addWidget(self.pick_folder_button)
        layout.addWidget(self.drop_area)

        self.summary = QLabel(self.tr("Загруженные здесь файлы появятся в таблице ниже, с итогом по каждому."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.results = ResultModel(self)
        self.results_view = self._table(self.results, "importResults")
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FILE, 220)
        header.setSectionResizeMode(SENDER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SENDER, 220)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RESULT, self.fontMetrics().horizontalAdvance(self.tr(RESULT_NAMES["waiting"])) + 16)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Stretch)
        # One line per file, whatever their number: measuring a hundred wrapped rows would stall the window.
        # The chosen file's whole explanation is shown under the table.
        self.results_view.setWordWrap(False)
        results_tab = QWidget()
        results_layout = QVBoxLayout(results_tab)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_view, 1)
        self.explanation = QLabel()
        self.explanation.setObjectName("importExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        results_layout.addWidget(self.explanation)
        self.results_view.selectionModel().currentRowChanged.connect(self._explain)
        self.tabs.addTab(results_tab, self.tr("&Итог загрузки"))
        self.log = LogModel(self)
        self.log_view = self._table(self.log, "importLog")
        self.log_view.setWordWrap(False)
        log_header = self.log_view.horizontalHeader()
        metrics = self.fontMetrics()
        # Widths from typical texts, not measured over hundreds of rows.
        samples = {0: "00.00.0000 00:00", 2: self.tr("№%1 от %2").replace("%1", "000").replace("%2", "00.00.0000 00:00"),
                   3: self.tr(LOG_STATUS["waiting"]), 4: "0" * 24}
        for column, sample in samples.items():
            log_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            log_header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        log_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.log_view, self.tr("&Журнал загрузок"))
        layout.addWidget(self.tabs, 1)
        # Takes the room the hidden tables leave, so the drop area keeps its size at the top.
        layout.addStretch(0)
        self.refresh()

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        return view

    def refresh(self) -> None:
        self.log.set_entries(import_log(self.ctx.store))
        if not self.results.outcomes and self.log.entries:
            self.tabs.setCurrentIndex(1)
        # Nothing loaded yet, ever: the drop area at the top says what to do; empty tables below would not.
        self._show_tables(not self.results.outcomes and not self.log.entries)

    def _show_tables(self, nothing: bool) -> None:
        self.tabs.setVisible(not nothing)
        self.summary.setVisible(not nothing or self.task is not None)
        layout = self.layout()
        layout.setStretch(layout.count() - 1, 1 if nothing else 0)

    # --- choosing files --------------------------------------------------------------------------

    def pick_files(self) -> None:
        """«Выбрать файлы…» (also Файл → Загрузить пакеты, Ctrl+I)."""
        paths = pick_bundle_files(self)
        if paths:
            set_bundle_folder(paths[0].parent)
            self.import_paths(paths)

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка с пакетами"), str(bundle_folder()))
        if folder:
            set_bundle_folder(Path(folder))
            self.import_paths([Path(folder)])

    # --- importing ---------------------------------------------------------------------------------

    def import_paths(self, paths: list[Path], accept_fork: bool = False) -> Task | None:
        """Import these files (folders: the bundle files in them) in the worker; results shown when done."""
        files = bundle_paths([Path(p) for p in paths])
        self.summary.show()
        if not files:
            self.summary.setText(self.tr("В выбранной папке нет файлов пакетов (.orientir)."))
            return None
        store = self.ctx.store

        def work(progress, abort):
            return importing.import_bundles(store, files, accept_fork=accept_fork, progress=progress, abort=abort)

        label = self.tr("Загружаю пакеты: %1…").replace("%1", str(len(files)))
        self.summary.setText(label)
        self.task = self.ctx.run(self, label, work, self._show_results, lambda _error: self.summary.setText(
            self.tr("Загрузка не выполнена.")))
        return self.task

    def _explain(self, current, _previous=None) -> None:
        if current.isValid():
            outcome = self.results.outcomes[current.row()]
            self.explanation.setText(f"{outcome.path.name}: {importing.describe(outcome)}")
        else:
            self.explanation.clear()

    def _show_results(self, outcomes: list[importing.ImportOutcome]) -> None:
        self.results.set_outcomes(outcomes)
        self._show_tables(False)
        self.tabs.setCurrentIndex(0)
        # The first file that needs attention is explained at once.
        first = next((row for row, o in enumerate(outcomes) if o.result not in ("accepted", "duplicate")), 0 if outcomes else None)
        if first is not None:
            self.results_view.setCurrentIndex(self.results.index(first, FILE))
        counts = {key: sum(o.result == key for o in outcomes) for key in RESULT_NAMES}
        parts = [self.tr("Файлов: %1").replace("%1", str(len(outcomes))),
                 self.tr("принято: %1").replace("%1", str(counts["accepted"]))]
        if counts["duplicate"]:
            parts.append(self.tr("уже были загружены: %1").replace("%1", str(counts["duplicate"])))
        if counts["waiting"]:
            parts.append(self.tr("ждут более раннего пакета: %1").replace("%1", str(counts["waiting"])))
        if counts["fork"]:
            parts.append(self.tr("ждут вашего решения: %1").replace("%1", str(counts["fork"])))
        if counts["refused"]:
            parts.append(self.tr("отклонено: %1 — причины в таблице").replace("%1", str(counts["refused"])))
        self.summary.setText("; ".join(parts) + ".")
        forks = [o for o in outcomes if o.result == "fork"]
        if forks:
            self.ask_about_forks(forks)

    def ask_about_forks(self, forks: list[importing.ImportOutcome]) -> None:
        """A school's restored copy: explain, and take the bundles only when the person agrees."""
        names = "\n".join(f"• {o.sender} — {o.path.name}" for o in forks)
        text = self.tr(
            "Эти пакеты не продолжают пакеты, уже полученные от школы:\n%1\n\n"
            "Так бывает, когда в школе компьютер сломался и данные восстановили из резервной копии. "
            "Пакеты пока отложены, ничего не изменилось.\n\n"
            "Если вы созвонились со школой и она подтвердила, что восстанавливала данные, пакеты можно принять: "
            "более новые данные, уже полученные от школы, не пропадут. Принять их сейчас?"
        ).replace("%1", names)
        answer = QMessageBox.question(self, self.tr("Пакет из восстановленной копии"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.import_paths([o.path for o in forks], accept_fork=True)
