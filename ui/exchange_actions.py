"""Writing and loading bundles from the window: the file, where it went, and how to send it.

`export_bundle` writes this profile's bundle (a school's for its department; a department's
«Разослать изменения» for all schools or one) into the person's Documents folder unless another
folder was chosen, then says where the file is, with «Показать в папке», a one-line instruction to
attach it to an e-mail, and «Отправить по почте» where the system has a mail program that takes
attachments (xdg-email on Linux, MAPI on Windows). `export_full` (a school's «Выгрузить полный пакет…»)
and `export_full_for_school` (a department's, for one school it picks) write everything from the start,
after a confirmation: the other side asks for it when its data were restored from a backup.
`import_files` loads bundles and shows, for each file, what became of it in the exchange's own words.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange import exporting, importing
from app.exchange.container import EXTENSION
from app.exchange_log import exchange_state, school_email
from app.i18n import translate
from app.schools import list_schools
from app.timeutil import format_date
from ui.context import WindowContext, settings
from ui.messages import open_local, show_error
from ui.passphrase import passphrase_asker
from ui.tasks import Task
from ui.widgets import shrinkable, wrapped_label

log = logging.getLogger("orientir.window")

FOLDER_KEY = "exchange/folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def bundle_folder() -> Path:
    """Where bundles are written: the folder the person chose last, else Documents."""
    chosen = settings().value(FOLDER_KEY, "")
    if chosen and Path(str(chosen)).is_dir():
        return Path(str(chosen))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def set_bundle_folder(folder: Path) -> None:
    settings().setValue(FOLDER_KEY, str(folder))


def bundle_file(ctx: WindowContext, folder: Path, school: str | None = None, full: bool = False) -> Path:
    """A file name that says whose bundle it is, for whom, and from which day; never an existing file."""
    info = ctx.info
    day = format_date(ctx.today)
    if info.kind == "school" and full:
        stem = translate("ExchangeActions", "%1 — полный пакет для отдела от %2").replace("%1", info.name).replace("%2", day)
    elif info.kind == "school":
        stem = translate("ExchangeActions", "%1 — пакет для отдела от %2").replace("%1", info.name).replace("%2", day)
    elif school and full:
        stem = translate("ExchangeActions", "Полный пакет для %1 — %2").replace("%1", school).replace("%2", day)
    elif school:
        stem = translate("ExchangeActions", "Изменения для %1 — %2").replace("%1", school).replace("%2", day)
    else:
        stem = translate("ExchangeActions", "Изменения для школ — %1").replace("%1", day)
    stem = " ".join(_UNSAFE.sub(" ", stem).split())[:150]
    candidate = folder / f"{stem}{EXTENSION}"
    number = 2
    while candidate.exists() or candidate.with_name(f"{stem}-part1of2{EXTENSION}").exists():
        candidate = folder / f"{stem} ({number}){EXTENSION}"
        number += 1
    return candidate


def export_bundle(
    ctx: WindowContext, parent: QWidget, school: str | None = None, folder: Path | None = None, full: bool = False
) -> Task | None:
    """Write the bundle in the worker; afterwards the «где файл и как отправить» dialog. None when cancelled."""
    ask = passphrase_asker(ctx.store.root, parent)
    if ask is None:
        return None
    folder = folder or bundle_folder()
    out = bundle_file(ctx, folder, school, full)
    store = ctx.store

    def work(progress, abort):
        return exporting.export_bundle(store, out, full=full, school=school, ask=ask, progress=progress, abort=abort)

    def done(result: exporting.ExportResult) -> None:
        email = school_email(store, school) if school else exchange_state(store).email if ctx.info.kind == "school" else ""
        dialog = ExportDoneDialog(ctx, result, email, parent, full)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        parent.last_export_dialog = dialog  # for tests and for screenshots

    return ctx.run(parent, translate("ExchangeActions", "Выгружаю пакет…"), work, done)


def export_full(ctx: WindowContext, parent: QWidget) -> Task | None:
    """A school's full bundle for its department, after saying when one is needed. None when not confirmed."""
    answer = QMessageBox.question(
        parent,
        translate("ExchangeActions", "Полный пакет"),
        translate(
            "ExchangeActions",
            "Полный пакет содержит все данные школы с самого начала, а не только новое. Он нужен, когда отдел "
            "образования попросил о нём после восстановления своих данных из резервной копии. Выгрузить полный пакет?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return export_bundle(ctx, parent, full=True)


def export_full_for_school(ctx: WindowContext, parent: QWidget) -> FullExportDialog:
    """The department's full bundle for one school: a dialog to pick the school; the export starts on «Выгрузить»."""
    dialog = FullExportDialog([s.name for s in list_schools(ctx.store)], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: export_bundle(ctx, parent, dialog.school(), full=True))
    parent.full_export_dialog = dialog  # for tests and for screenshots
    dialog.open()
    return dialog


class FullExportDialog(QDialog):
    """Which school gets a full bundle, and when one is needed."""

    def __init__(self, schools: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fullExportDialog")
        self.setWindowTitle(self.tr("Полный пакет для школы"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr(
            "Полный пакет содержит все данные отдела для школы с самого начала, а не только новое. Он нужен, когда "
            "школа попросила о нём после восстановления своих данных из резервной копии.")))
        label = QLabel(self.tr("&Школа:"))
        self.schools = shrinkable(QComboBox(), 30)
        self.schools.setObjectName("fullExportSchool")
        self.schools.addItems(schools)
        label.setBuddy(self.schools)
        layout.addWidget(label)
        layout.addWidget(self.schools)
        if not schools:
            layout.addWidget(wrapped_label(self.tr("Школ пока нет: сначала подключите школу на странице «Школы».")))
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Выгрузить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(bool(schools))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Отмена"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def school(self) -> str:
        return self.schools.currentText()


class ExportDoneDialog(QDialog):
    """Where the bundle is and what to do with it."""

    def __init__(
        self, ctx: WindowContext, result: exporting.ExportResult, email: str, parent: QWidget | None = None, full: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDoneDialog")
        self.setWindowTitle(self.tr("Пакет выгружен"))
        self.ctx = ctx
        self.paths = result.paths
        self.email = email
        layout = QVBoxLayout(self)
        files = "\n".join(str(p) for p in result.paths)
        if len(result.paths) == 1:
            head = self.tr("Пакет сохранён в файл:")
        else:
            head = self.tr("Пакет большой, поэтому сохранён в %1 файлах — отправьте их все:").replace("%1", str(len(result.paths)))
        layout.addWidget(QLabel(head))
        where = QLabel(files)
        where.setObjectName("exportPath")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        where.setStyleSheet("font-weight: bold;")
        layout.addWidget(where)
        if full:
            what = self.tr("Полный пакет, все данные с самого начала: записей %1, файлов %2.")
            what = what.replace("%1", str(result.records)).replace("%2", str(result.files))
        elif result.only_acknowledgements:
            what = self.tr("Новых данных нет: в пакете только подтверждение полученного.")
        else:
            what = self.tr("В пакете записей: %1, файлов: %2.").replace("%1", str(result.records)).replace("%2", str(result.files))
        layout.addWidget(QLabel(what))
        if ctx.info.kind == "school":
            how = self.tr("Прикрепите этот файл к письму и отправьте его в отдел образования.")
        else:
            how = self.tr("Прикрепите этот файл к письму и отправьте его школам.")
        if email:
            how += " " + self.tr("Адрес: %1").replace("%1", email)
        instruction = QLabel(how)
        instruction.setObjectName("exportInstruction")
        instruction.setWordWrap(True)
        instruction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(instruction)
        buttons = QDialogButtonBox()
        self.show_folder = QPushButton(self.tr("Показать в &папке"))
        self.show_folder.clicked.connect(self.open_folder)
        buttons.addButton(self.show_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.mail = QPushButton(self.tr("Отправить по &почте"))
        self.mail.setVisible(mail_available())
        self.mail.clicked.connect(self.send_mail)
        buttons.addButton(self.mail, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_folder(self) -> None:
        open_local(self.paths[0].parent, self)

    def send_mail(self) -> None:
        if self.ctx.info.kind == "school":
            subject = self.tr("Отчёт школы «%1» по дорожной карте").replace("%1", self.ctx.info.name)
        else:
            subject = self.tr("Изменения дорожной карты от отдела образования")
        body = self.tr("Файл пакета Ориентира во вложении. Загрузите его в программе Ориентир.")
        if not send_by_mail(self.paths, self.email, subject, body):
            show_error(
                self.tr("Почтовую программу открыть не удалось. Создайте письмо сами и прикрепите файл из папки %1.")
                .replace("%1", str(self.paths[0].parent)),
                self,
            )


def mail_available() -> bool:
    """Whether this computer has a mail program that can take an attachment from us."""
    if sys.platform.startswith("win"):
        return _mapi() is not None
    if sys.platform.startswith("linux"):
        return shutil.which("xdg-email") is not None
    return False


def send_by_mail(paths: list[Path], to: str, subject: str, body: str) -> bool:
    """Open a new message in the mail program with the files attached; False when that could not be done."""
    try:
        if sys.platform.startswith("win"):
            return _send_mapi(paths, to, subject, body)
        program = shutil.which("xdg-email")
        if program is None:
            return False
        command = [program, "--utf8", "--subject", subject, "--body", body]
        for path in paths:
            command += ["--attach", str(path)]
        if to:
            command.append(to)
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        return True
    except OSError:
        log.exception("could not start the mail program")
        return False


def _mapi():
    """MAPISendMailW from the system's Simple MAPI (Windows 8 and later), or None."""
    try:
        import ctypes

        return ctypes.WinDLL("mapi32.dll").MAPISendMailW
    except (OSError, AttributeError, ImportError):
        return None


def _send_mapi(paths: list[Path], to: str, subject: str, body: str) -> bool:
    import ctypes
    from ctypes import POINTER, Structure, c_ulong, c_void_p, c_wchar_p

    class Recipient(Structure):
        _fields_ = [("ulReserved", c_ulong), ("ulRecipClass", c_ulong), ("lpszName", c_wchar_p),
                    ("lpszAddress", c_wchar_p), ("ulEIDSize", c_ulong), ("lpEntryID", c_void_p)]

    class FileDesc(Structure):
        _fields_ = [("ulReserved", c_ulong), ("flFlags", c_ulong), ("nPosition", c_ulong),
                    ("lpszPathName", c_wchar_p), ("lpszFileName", c_wchar_p), ("lpFileType", c_void_p)]

    class Message(Structure):
        _fields_ = [("ulReserved", c_ulong), ("lpszSubject", c_wchar_p), ("lpszNoteText", c_wchar_p),
                    ("lpszMessageType", c_wchar_p), ("lpszDateReceived", c_wchar_p), ("lpszConversationID", c_wchar_p),
                    ("flFlags", c_ulong), ("lpOriginator", POINTER(Recipient)), ("nRecipCount", c_ulong),
                    ("lpRecips", POINTER(Recipient)), ("nFileCount", c_ulong), ("lpFiles", POINTER(FileDesc))]

    send = _mapi()
    if send is None:
        return False
    mapi_to, logon_ui, dialog, user_abort, position_any = 1, 0x1, 0x8, 1, 0xFFFFFFFF
    files = (FileDesc * len(paths))(*[FileDesc(0, 0, position_any, str(p), p.name, None) for p in paths])
    recipients = (Recipient * 1)(Recipient(0, mapi_to, to, "SMTP:" + to, 0, None))
    message = Message(0, subject, body, None, None, None, 0, None, 1 if to else 0, recipients if to else None,
                      len(paths), files)
    send.argtypes = [c_void_p, c_void_p, POINTER(Message), c_ulong, c_ulong]
    send.restype = c_ulong
    outcome: list[int] = []

    def call() -> None:
        # The mail program's window is modal to this call: run it aside so the window stays responsive.
        outcome.append(send(None, None, ctypes.byref(message), logon_ui | dialog, 0))

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(2.0)
    return not outcome or outcome[0] in (0, user_abort)


# --- loading ----------------------------------------------------------------------------------------


def pick_bundle_files(parent: QWidget) -> list[Path]:
    paths, _filter = QFileDialog.getOpenFileNames(
        parent,
        translate("ExchangeActions", "Загрузить пакет"),
        str(bundle_folder()),
        translate("ExchangeActions", "Пакеты Ориентира (*.orientir);;Все файлы (*)"),
    )
    return [Path(p) for p in paths]


def import_files(ctx: WindowContext, parent: QWidget, paths: list[Path]) -> Task | None:
    """Load bundles in the worker; afterwards a dialog with one line per file."""
    if not paths:
        return None
    store = ctx.store

    def work(progress, abort):
        return importing.import_bundles(store, list(paths), progress=progress, abort=abort)

    def done(outcomes: list[importing.ImportOutcome]) -> None:
        dialog = ImportResultDialog(outcomes, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        parent.last_import_dialog = dialog

    return ctx.run(parent, translate("ExchangeActions", "Загружаю пакеты…"), work, done)


class ImportResultDialog(QDialog):
    def __init__(self, outcomes: list[importing.ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultDialog")
        self.setWindowTitle(self.tr("Загрузка пакетов"))
        layout = QVBoxLayout(self)
        accepted = sum(1 for o in outcomes if o.result == "accepted")
        layout.addWidget(QLabel(self.tr("Принято пакетов: %1 из %2.").replace("%1", str(accepted)).replace("%2", str(len(outcomes)))))
        self.text = QPlainTextEdit()
        self.text.setObjectName("importResults")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(f"{o.path.name}\n{importing.describe(o)}" for o in outcomes))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 320)
