"""The school's exchange with its department: send a bundle, load one, see what went where and when.

Bundles can also be dropped on the page from the file manager or an e-mail program's attachment.
The «Ключи» lines show the school's own key fingerprint and its department's, to read aloud and compare
over the phone; «Выгрузить полный пакет…» sends everything from the start when the department asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exchange.container import EXTENSION
from app.exchange_log import ExchangeEntry, exchange_history, exchange_state
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.key_info import profile_keys
from app.timeutil import format_datetime
from ui.context import WindowContext
from ui.exchange_actions import (
    bundle_folder,
    export_bundle,
    export_full,
    import_files,
    pick_bundle_files,
    set_bundle_folder,
)
from ui.exchange_status import status_html

HEADERS = (
    QT_TRANSLATE_NOOP("ExchangeModel", "Когда"),
    QT_TRANSLATE_NOOP("ExchangeModel", "Пакет"),
    QT_TRANSLATE_NOOP("ExchangeModel", "Кому / от кого"),
    QT_TRANSLATE_NOOP("ExchangeModel", "№"),
    QT_TRANSLATE_NOOP("ExchangeModel", "Записей"),
    QT_TRANSLATE_NOOP("ExchangeModel", "Файл"),
)
STATUS = {
    "sent": QT_TRANSLATE_NOOP("ExchangeModel", "отправлен"),
    "accepted": QT_TRANSLATE_NOOP("ExchangeModel", "получен, принят"),
    "waiting": QT_TRANSLATE_NOOP("ExchangeModel", "получен, ждёт более раннего"),
    "fork": QT_TRANSLATE_NOOP("ExchangeModel", "получен, отложен"),
}


class ExchangeModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[ExchangeEntry] = []

    def set_entries(self, entries: list[ExchangeEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ExchangeModel", HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_datetime(entry.when)
            if column == 1:
                return translate("ExchangeModel", STATUS.get(entry.status, entry.status))
            if column == 2:
                return entry.counterpart
            if column == 3:
                part = "" if entry.part[1] == 1 else f" ({entry.part[0]}/{entry.part[1]})"
                return f"{entry.sequence}{part}"
            if column == 4:
                return str(entry.records)
            return entry.file_name
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return entry.file_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExchangePage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangePage")
        self.ctx = ctx
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Обмен с отделом образования"))
        title.setStyleSheet("font-size: 130%; font-weight: bold;")
        layout.addWidget(title)
        self.status = QLabel()
        self.status.setObjectName("exchangeStatusText")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._keys())

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Выгрузить пакет для отдела"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Записать всё новое в файл, чтобы отправить его в отдел по почте (Ctrl+E)"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("&Загрузить пакет от отдела…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Открыть файл пакета, присланный отделом (Ctrl+I); можно и перетащить его сюда"))
        self.import_button.clicked.connect(self.pick_files)
        self.full_export_button = QPushButton(self.tr("Выгрузить п&олный пакет…"))
        self.full_export_button.setObjectName("fullExportButton")
        self.full_export_button.setToolTip(self.tr(
            "Все данные школы с самого начала — когда отдел образования попросил о нём после восстановления своих данных"))
        self.full_export_button.clicked.connect(self.export_full)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.full_export_button)
        layout.addLayout(buttons)

        folder_row = QHBoxLayout()
        self.folder = QLabel()
        self.folder.setObjectName("bundleFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("Другая &папка…"))
        change.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(change)
        layout.addLayout(folder_row)

        hint = QLabel(self.tr("Файл пакета от отдела можно перетащить на эту страницу из папки или из письма."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        history = QLabel(self.tr("&История обмена:"))
        layout.addWidget(history)
        self.model = ExchangeModel(self)
        self.table = QTableView()
        self.table.setObjectName("exchangeHistory")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        history.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Пакетов пока не было. Выгрузите первый пакет, когда отметите ход выполнения."))
        self.empty.setStyleSheet("color: #555;")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        self.refresh()

    def _keys(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 4)
        tip = self.tr("Отпечатки сверяют с отделом образования по телефону: цифры должны совпасть с тем, что видит отдел.")
        self.school_fingerprint = QLabel()
        self.department_fingerprint = QLabel()
        for row, (caption, label, name) in enumerate((
            (self.tr("Ключ школы:"), self.school_fingerprint, "schoolKeyFingerprint"),
            (self.tr("Ключ отдела образования:"), self.department_fingerprint, "departmentKeyFingerprint"),
        )):
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("font-weight: bold;")
            label.setToolTip(tip)
            title = QLabel(caption)
            title.setToolTip(tip)
            grid.addWidget(title, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def refresh(self) -> None:
        found = profile_keys(self.ctx.store)
        self.school_fingerprint.setText(found.fingerprint)
        self.department_fingerprint.setText(found.department_fingerprint or "")
        self.status.setText(status_html(exchange_state(self.ctx.store)))
        self.folder.setText(self.tr("Пакеты сохраняются в папку: %1").replace("%1", str(bundle_folder())))
        self.model.set_entries(exchange_history(self.ctx.store))
        self.empty.setVisible(not self.model.entries)
        self.table.setVisible(bool(self.model.entries))

    def export(self) -> None:
        export_bundle(self.ctx, self)

    def export_full(self) -> None:
        export_full(self.ctx, self)

    def pick_files(self) -> None:
        import_files(self.ctx, self, pick_bundle_files(self))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка для пакетов"), str(bundle_folder()))
        if folder:
            set_bundle_folder(Path(folder))
            self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _bundles(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = _bundles(event.mimeData())
        if paths:
            event.acceptProposedAction()
            import_files(self.ctx, self, paths)


def _bundles(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == EXTENSION and p.is_file()]

