"""«Восстановить из резервной копии»: the profile's verified backups with their dates and reasons,
restored with the exchange kept consistent (app.restore), then the window reopens on the result."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from app.backup import BackupInfo, list_backups
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.restore import restore_profile
from app.timeutil import format_datetime
from ui.tasks import Task

REASONS = {
    "manual": QT_TRANSLATE_NOOP("Restore", "сделана вручную"),
    "import": QT_TRANSLATE_NOOP("Restore", "перед загрузкой данных"),
    "migration": QT_TRANSLATE_NOOP("Restore", "перед обновлением программы"),
    "before-restore": QT_TRANSLATE_NOOP("Restore", "перед прошлым восстановлением"),
    "damaged": QT_TRANSLATE_NOOP("Restore", "повреждённая база, отложена"),
}
HEADERS = (QT_TRANSLATE_NOOP("Restore", "Когда"), QT_TRANSLATE_NOOP("Restore", "Почему"), QT_TRANSLATE_NOOP("Restore", "Размер"))


def reason_name(reason: str) -> str:
    return translate("Restore", REASONS[reason]) if reason in REASONS else reason


class BackupsModel(QAbstractTableModel):
    def __init__(self, backups: list[BackupInfo], parent=None) -> None:
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Restore", HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        backup = self.backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_datetime(backup.created), reason_name(backup.reason),
                    translate("Restore", "%1 КБ").replace("%1", f"{max(1, backup.size // 1024):,}".replace(",", " ")))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None


class RestoreDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Восстановить из резервной копии"))
        self.window_ = window
        self.task: Task | None = None
        store = window.ctx.store
        # A copy set aside because it was damaged is no candidate for restoring.
        self.backups = [b for b in list_backups(store.backups_dir) if b.reason != "damaged"]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Выберите копию. Всё, что сделано после неё, пропадёт из профиля (перед восстановлением программа "
            "сохранит копию нынешнего состояния). Пакеты, уже отправленные отделу, останутся действительными."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(self.backups, self)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("Резервных копий пока нет. Их делает «Файл → Сделать резервную копию» и каждая загрузка данных.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Восстановить"))
        self.restore_button.setEnabled(bool(self.backups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.ask_and_restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.backups:
            self.table.selectRow(0)
        self.resize(620, 380)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def ask_and_restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Восстановить профиль?"),
            self.tr("Вернуть профиль к состоянию на %1? Изменения, сделанные позже, пропадут.").replace("%1", format_datetime(backup.created)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(backup)

    def restore(self, backup: BackupInfo) -> Task:
        """Close the profile, restore in the worker, reopen the window on the restored profile."""
        window = self.window_
        store = window.ctx.store
        root = store.root
        store.close()

        def work(progress, abort):
            return restore_profile(root, backup.path)

        def done(_result) -> None:
            from ui.launcher import switch_profile

            self.accept()
            window.restored_window = switch_profile(window, root)

        self.task = window.ctx.run(self, self.tr("Восстанавливаю профиль…"), work, done, cancellable=False, changes_data=False)
        return self.task
