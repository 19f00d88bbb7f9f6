"""Asking for the signing key's passphrase on the GUI thread, before a signing task starts.

The worker thread cannot open a dialog, so the key is unlocked here first: `passphrase_asker`
asks until the passphrase opens the key (or the person cancels) and returns an `ask` callable that
gives the same passphrase again to `export_bundle`/`add_school` in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import keys
from app.errors import UserError
from ui.messages import show_error

Ask = Callable[[], str]


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Пароль ключа подписи"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ключ подписи этого профиля защищён паролем. Введите пароль, чтобы подписать файл."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.hint = QLabel(hint)
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #a61b1b;")
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        label = QLabel(self.tr("&Пароль:"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Подписать"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def passphrase_asker(
    root: Path, parent: QWidget | None = None, dialog_factory: Callable[[str], PassphraseDialog] | None = None
) -> Ask | None:
    """An `ask` for the profile's key; a no-op one when the key is not protected; None when the person cancels.

    A wrong passphrase is refused with the key module's Russian hint and asked again.
    """
    if not keys.is_protected(root):
        return lambda: ""
    hint = ""
    while True:
        dialog = dialog_factory(hint) if dialog_factory else PassphraseDialog(parent, hint)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.field.text()
        try:
            keys.load_signing_key(root, lambda: passphrase)
        except keys.WrongPassphrase as error:
            hint = error.message
            continue
        except UserError as error:
            show_error(error.message, parent)
            return None
        return lambda: passphrase
