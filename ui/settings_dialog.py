"""«Настройки»: the font size, the profile folder, and portable mode (the profile beside the program).

These are the person's own preferences (QSettings), not the profile's: another user of the same
computer keeps theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app.errors import UserError
from app.paths import is_portable, portable_marker, set_portable
from ui.context import settings
from ui.launcher import DATA_DIR_KEY, usual_data_dir
from ui.main_window import FONT_SCALES, saved_font_scale
from ui.messages import show_error


class SettingsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Настройки"))
        self.window_ = window
        self.folder: Path = usual_data_dir()
        layout = QVBoxLayout(self)

        fonts = QGroupBox(self.tr("Размер шрифта"))
        row = QHBoxLayout(fonts)
        self.scales = QButtonGroup(self)
        current = saved_font_scale()
        for percent in FONT_SCALES:
            button = QRadioButton(self.tr("%1 %").replace("%1", str(percent)))
            button.setObjectName(f"font{percent}")
            button.setChecked(percent == current)
            self.scales.addButton(button, percent)
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(fonts)

        data = QGroupBox(self.tr("Папка профиля"))
        column = QVBoxLayout(data)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setWordWrap(True)
        column.addWidget(self.folder_label)
        choose = QPushButton(self.tr("Выбрать &другую папку…"))
        choose.clicked.connect(self.choose_folder)
        column.addWidget(choose)
        note = QLabel(self.tr("Новая папка будет открыта при следующем запуске программы. Если в ней нет профиля, "
                              "программа предложит создать его."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        column.addWidget(note)
        self.portable = QCheckBox(self.tr("&Переносной режим: хранить профиль в папке data рядом с программой (например, на флешке)"))
        self.portable.setObjectName("portableMode")
        self.portable.setChecked(is_portable())
        if portable_marker() is None:
            self.portable.setEnabled(False)
            why = QLabel(self.tr("Переносной режим доступен в установленной программе; сейчас она запущена из исходного кода."))
            why.setObjectName("portableWhy")
            why.setWordWrap(True)
            why.setStyleSheet("color: #555;")
            column.addWidget(self.portable)
            column.addWidget(why)
        else:
            column.addWidget(self.portable)
        layout.addWidget(data)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Сохранить"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_folder()
        self.setMinimumWidth(560)

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Сейчас: %1").replace("%1", str(self.folder)))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка профиля"), str(self.folder.parent))
        if folder:
            self.folder = Path(folder)
            self._show_folder()

    def apply(self) -> None:
        percent = self.scales.checkedId()
        if percent in FONT_SCALES and percent != saved_font_scale():
            self.window_.set_font_scale(percent)
        if self.folder != usual_data_dir():
            settings().setValue(DATA_DIR_KEY, str(self.folder))
        if self.portable.isEnabled() and self.portable.isChecked() != is_portable():
            try:
                set_portable(self.portable.isChecked())
            except UserError as error:
                show_error(error.message, self)
                return
        self.accept()
