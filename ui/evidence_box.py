"""The evidence of one report: files, links and cited documents, with ways to add, open and take them out.

Files come by drag and drop from the file manager or through «Файл…»; they are copied into the
profile off the GUI thread (a scan may be large). A file opens in the system's viewer from a copy
with its original name, never from the store itself.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.evidence_edit import copy_for_viewing, evidence_key, remove_evidence
from app.progress import ProgressChange, set_progress
from ui.context import WindowContext
from ui.evidence_dialogs import DocumentDialog, LinkDialog
from ui.messages import open_local, show_error

# Pixels around an item's text in the list, as the style draws it (a little more, so the last line is never cut).
ITEM_MARGIN = 8
KIND_ICONS = {
    "file": QStyle.StandardPixmap.SP_FileIcon,
    "link": QStyle.StandardPixmap.SP_DriveNetIcon,
    "document": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


_view_folder: Path | None = None


def _viewing_folder() -> Path:
    """One temporary folder per session, removed when the program ends; a subfolder per file opened."""
    global _view_folder
    if _view_folder is None:
        _view_folder = Path(tempfile.mkdtemp(prefix="orientir-view-"))
        folder = _view_folder
        QApplication.instance().aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    return _view_folder / str(len(list(_view_folder.iterdir())))


def open_evidence(store, item: dict, parent: QWidget) -> None:
    """Open a link in the browser, or a copy of a file (under its own name) in the system's viewer."""
    if item["kind"] != "file":
        if item["url"]:
            QDesktopServices.openUrl(QUrl(item["url"]))
        return
    try:
        copy = copy_for_viewing(store, item["sha256"], _viewing_folder())
    except UserError as error:
        show_error(error.message, parent)
        return
    open_local(copy, parent)


class EvidenceModel(QAbstractListModel):
    """The report's evidence as `progress_json` lists it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[dict] = []

    def set_items(self, items: list[dict]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> dict:
        return self._items[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item["name"]
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(KIND_ICONS[item["kind"]])
        if role == Qt.ItemDataRole.ToolTipRole:
            tr = QCoreApplication.translate
            kind = {
                "file": tr("EvidenceBox", "Файл: откройте двойным щелчком или клавишей Enter"),
                "link": tr("EvidenceBox", "Ссылка: откроется в браузере"),
                "document": tr("EvidenceBox", "Документ"),
            }[item["kind"]]
            return f"{kind}\n{item['name']}"
        return None


class EvidenceList(QListView):
    """Enter opens the chosen item, Delete takes it out."""

    open_requested = Signal()
    remove_requested = Signal()
    # Wrapped items change height with the width: the box sizes the list anew.
    resized = Signal()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resized.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)


class EvidenceBox(QWidget):
    """The list and its buttons; files dropped anywhere on it are attached."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBox")
        self.ctx = ctx
        self._roadmap_id: str | None = None
        self._number: str | None = None
        # Told what happened after an addition or removal, for the panel's quiet status line.
        self.on_saved: Callable[[str], None] = lambda _text: None
        self.setAcceptDrops(True)

        self.model = EvidenceModel(self)
        self.view = EvidenceList()
        self.view.setModel(self.model)
        self.view.setObjectName("evidenceList")
        self.view.setAccessibleName(self.tr("Подтверждающие документы"))
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setToolTip(self.tr("Перетащите сюда файлы из папки, чтобы приложить их к отчёту"))
        self.view.doubleClicked.connect(self.open_current)
        self.view.open_requested.connect(self.open_current)
        self.view.remove_requested.connect(self.remove_current)
        self.view.resized.connect(lambda: self.view.setFixedHeight(self._list_height()))

        self.add_file_button = QPushButton(self.tr("Фа&йл…"))
        self.add_file_button.setToolTip(self.tr("Приложить скан, фото или документ с этого компьютера"))
        self.add_link_button = QPushButton(self.tr("Сс&ылка…"))
        self.add_link_button.setToolTip(self.tr("Добавить ссылку на страницу сайта или файл в облаке"))
        self.add_document_button = QPushButton(self.tr("&Документ…"))
        self.add_document_button.setToolTip(self.tr("Указать приказ, протокол или другой документ: вид, номер, дату"))
        self.open_button = QPushButton(self.tr("Откры&ть"))
        self.remove_button = QPushButton(self.tr("У&брать"))
        self.remove_button.setToolTip(self.tr("Убрать выбранное из отчёта"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.add_link_button.clicked.connect(self.add_link)
        self.add_document_button.clicked.connect(self.add_document)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        adding = QHBoxLayout()
        adding.setSpacing(4)
        for button in (self.add_file_button, self.add_link_button, self.add_document_button):
            adding.addWidget(button)
        adding.addStretch(1)
        handling = QVBoxLayout()
        handling.setSpacing(4)
        handling.addWidget(self.open_button)
        handling.addWidget(self.remove_button)
        handling.addStretch(1)
        listing = QHBoxLayout()
        listing.setSpacing(4)
        listing.addWidget(self.view, 1)
        listing.addLayout(handling)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(listing)
        layout.addLayout(adding)
        self._update_buttons()

    def buttons(self) -> list[QWidget]:
        """In the order Tab reaches them."""
        return [self.view, self.add_file_button, self.add_link_button, self.add_document_button,
                self.open_button, self.remove_button]

    def show_report(self, roadmap_id: str, number: str, evidence: list[dict]) -> None:
        current = self.view.currentIndex().row()
        self._roadmap_id, self._number = roadmap_id, number
        self.model.set_items(evidence)
        if 0 <= current < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current))
        self.view.setFixedHeight(self._list_height())
        self._update_buttons()

    def _list_height(self) -> int:
        """Room for every item up to eight lines, then the list scrolls; two lines when empty, for dropping."""
        metrics = self.view.fontMetrics()
        line = metrics.height()
        # The text's width beside the icon; the view's own size hints do not know the width yet.
        width = max(self.view.viewport().width() - self.view.iconSize().width() - 3 * ITEM_MARGIN, 10 * line)
        flags = Qt.TextFlag.TextWordWrap
        rows = sum(metrics.boundingRect(QRect(0, 0, width, 0), flags, self.model.item(row)["name"]).height() + ITEM_MARGIN
                   for row in range(self.model.rowCount()))
        return min(max(rows, 2 * line), 8 * line) + 2 * self.view.frameWidth() + ITEM_MARGIN

    def _current(self) -> dict | None:
        row = self.view.currentIndex().row()
        return self.model.item(row) if 0 <= row < self.model.rowCount() else None

    def _update_buttons(self) -> None:
        item = self._current()
        self.open_button.setEnabled(item is not None and (item["kind"] == "file" or bool(item["url"])))
        self.remove_button.setEnabled(item is not None)

    # --- adding ------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._number and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._number and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self._number:
            event.acceptProposedAction()
            self.attach(paths)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Приложить файлы"), "", self.tr("Все файлы (*)"))
        if names:
            self.attach([Path(name) for name in names])

    def attach(self, paths: list[Path]) -> None:
        """Copy the files into the profile in the background; the page reloads when they are in."""
        store, change = self.ctx.store, ProgressChange(self._number, self._roadmap_id, attach=list(paths))

        def done(result) -> None:
            text = self.tr("Приложено файлов: %1").replace("%1", str(result.evidence_added))
            if result.evidence_skipped:
                text += self.tr(" (уже были приложены: %1)").replace("%1", str(result.evidence_skipped))
            self.on_saved(text)

        self.ctx.run(self, self.tr("Прикладываю файлы…"), lambda _progress, _abort: set_progress(store, change),
                     on_success=done, cancellable=False)

    def add_link(self) -> None:
        dialog = LinkDialog(self)
        dialog.accepted.connect(lambda: self._add(ProgressChange(self._number, self._roadmap_id, links=[dialog.link])))
        self._open_dialog(dialog)

    def add_document(self) -> None:
        dialog = DocumentDialog(self.ctx.today, self)
        dialog.accepted.connect(
            lambda: self._add(ProgressChange(self._number, self._roadmap_id, documents=[dialog.document.text]))
        )
        self._open_dialog(dialog)

    @staticmethod
    def _open_dialog(dialog: QDialog) -> None:
        """Window-modal and not blocking: the result arrives through `accepted`."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _add(self, change: ProgressChange) -> None:
        try:
            result = set_progress(self.ctx.store, change)
        except UserError as error:
            show_error(error.message, self)
            return
        self.on_saved(self.tr("Добавлено") if result.evidence_added else self.tr("Это уже есть в списке"))
        self.ctx.changed.emit()

    # --- opening and removing ----------------------------------------------------------------------

    def open_current(self) -> None:
        item = self._current()
        if item is not None:
            open_evidence(self.ctx.store, item, self)

    def remove_current(self) -> None:
        item = self._current()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Убрать из отчёта"),
            self.tr("Убрать «%1» из отчёта? Отдел образования увидит это в следующем пакете.").replace("%1", item["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_evidence(self.ctx.store, self._number, item["kind"], evidence_key(item), self._roadmap_id)
        except UserError as error:
            show_error(error.message, self)
            return
        self.on_saved(self.tr("Убрано из отчёта"))
        self.ctx.changed.emit()
