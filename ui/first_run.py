"""The first-run wizard: «Я — школа», «Я — отдел образования», «Посмотреть демонстрацию».

It opens over the demonstration profile when the computer has no profile yet. A school opens the
enrollment file its department sent and sees the department's key fingerprint, to compare with the
digits the department reads over the phone before the profile is made; a department gives its name
and loads its roadmap file with a preview. When the new profile is made, `profile_ready(folder)`
tells the launcher to switch the window to it; «Посмотреть демонстрацию» just closes the wizard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.enrollment import read_enrollment
from app.errors import UserError
from app.keys import fingerprint
from app.profile import ProfileStore, has_profile
from app.schools import create_department, create_school
from ui.messages import show_error
from ui.roadmap_preview import RoadmapImportPanel
from ui.tasks import Task, run_task
from ui.widgets import fingerprint_label

CHOICE, SCHOOL, DEPARTMENT, ROADMAP = range(4)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 130%; font-weight: bold;")
    label.setWordWrap(True)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class FirstRunWizard(QDialog):
    """`target`: the folder the new profile goes to (the usual one unless the person picks another)."""

    profile_ready = Signal(Path)

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Ориентир — начало работы"))
        self.target = Path(target)
        self.enrollment: Path | None = None
        self.store: ProfileStore | None = None
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._school_page())
        self.pages.addWidget(self._department_page())
        self.pages.addWidget(self._roadmap_page())
        layout.addWidget(self.pages, 1)
        folder_row = QHBoxLayout()
        self.folder = QLabel()
        self.folder.setObjectName("profileFolder")
        self.folder.setWordWrap(True)
        self.folder.setStyleSheet("color: #555;")
        self.change_folder = QPushButton(self.tr("Другая п&апка…"))
        self.change_folder.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.change_folder)
        layout.addLayout(folder_row)
        self._show_folder()
        # Sized by the font, so the preview keeps its room at 150 %.
        metrics = self.fontMetrics()
        self.resize(max(720, metrics.averageCharWidth() * 105), max(520, metrics.lineSpacing() * 28))

    # --- pages ----------------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Добро пожаловать в «Ориентир»")))
        layout.addWidget(_note(self.tr("Программа ведёт дорожные карты школ и отчёты по ним — без интернета. Кто вы?")))
        for name, text, note, slot in (
            ("schoolChoice", self.tr("Я — &школа"),
             self.tr("Откройте файл подключения, который прислал отдел образования."), lambda: self.go(SCHOOL)),
            ("departmentChoice", self.tr("Я — &отдел образования"),
             self.tr("Укажите название отдела и загрузите дорожную карту из файла Word или Excel."), lambda: self.go(DEPARTMENT)),
            ("demoChoice", self.tr("Посмотреть &демонстрацию"),
             self.tr("Вымышленная школа с заполненной дорожной картой: можно спокойно осмотреться."), self.reject),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setMinimumHeight(40)
            button.setStyleSheet("text-align: left; padding-left: 12px; font-weight: bold;")
            button.clicked.connect(slot)
            layout.addWidget(button)
            layout.addWidget(_note(note))
            setattr(self, name, button)
        layout.addStretch(1)
        return page

    def _back(self) -> QPushButton:
        button = QPushButton(self.tr("&Назад"))
        button.clicked.connect(lambda: self.go(CHOICE))
        return button

    def _school_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Профиль школы")))
        layout.addWidget(_note(self.tr(
            "Отдел образования присылает школе файл подключения (он оканчивается на .orientir-enroll). "
            "Сохраните его из письма и откройте здесь.")))
        pick = QPushButton(self.tr("&Открыть файл подключения…"))
        pick.setObjectName("pickEnrollment")
        pick.clicked.connect(self.choose_enrollment)
        layout.addWidget(pick, 0, Qt.AlignmentFlag.AlignLeft)
        self.enrollment_text = _note("")
        self.enrollment_text.setObjectName("enrollmentText")
        self.enrollment_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.enrollment_text)
        # Shown only for a valid file: the department reads these digits over the phone.
        self.department_key = QWidget()
        key_layout = QVBoxLayout(self.department_key)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(_note(self.tr("Отпечаток ключа отдела образования:")))
        self.department_fingerprint = fingerprint_label("", "departmentFingerprint")
        key_layout.addWidget(self.department_fingerprint)
        key_layout.addWidget(_note(self.tr(
            "Проверьте, что это ваша школа, и сравните отпечаток с тем, что отдел образования прочитает вам по телефону. "
            "Если цифры не совпадают, не создавайте профиль: попросите отдел выдать файл подключения заново.")))
        self.department_key.setVisible(False)
        layout.addWidget(self.department_key)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._back())
        row.addStretch(1)
        self.create_school_button = QPushButton(self.tr("&Создать профиль школы"))
        self.create_school_button.setObjectName("createSchool")
        self.create_school_button.setEnabled(False)
        self.create_school_button.clicked.connect(self.create_school)
        row.addWidget(self.create_school_button)
        layout.addLayout(row)
        return page

    def _department_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Профиль отдела образования")))
        label = QLabel(self.tr("&Название отдела (как в документах):"))
        self.department_name = QLineEdit()
        self.department_name.setObjectName("departmentName")
        self.department_name.setPlaceholderText(self.tr("Например: Управление образования администрации Уярского района"))
        label.setBuddy(self.department_name)
        layout.addWidget(label)
        layout.addWidget(self.department_name)
        layout.addWidget(_note(self.tr("Затем загрузите муниципальную дорожную карту: программа покажет, что нашла в файле, до загрузки.")))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._back())
        row.addStretch(1)
        self.create_department_button = QPushButton(self.tr("&Далее"))
        self.create_department_button.setObjectName("createDepartment")
        self.create_department_button.setDefault(True)
        self.create_department_button.clicked.connect(self.create_department)
        row.addWidget(self.create_department_button)
        layout.addLayout(row)
        return page

    def _roadmap_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Дорожная карта района")))
        self.import_panel = RoadmapImportPanel(lambda: self.store, page)
        self.import_panel.imported.connect(self._roadmap_loaded)
        layout.addWidget(self.import_panel, 1)
        later = QPushButton(self.tr("Загрузить &позже"))
        later.setObjectName("roadmapLater")
        later.setToolTip(self.tr("Профиль отдела уже создан; дорожную карту можно загрузить потом: страница «Дорожная карта», кнопка «Загрузить дорожную карту из файла…»."))
        later.clicked.connect(self._finish)
        layout.addWidget(later, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # --- steps ----------------------------------------------------------------------------------

    def go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.change_folder.setEnabled(page in (CHOICE, SCHOOL, DEPARTMENT))
        if page == DEPARTMENT:
            self.department_name.setFocus()

    def _show_folder(self) -> None:
        self.folder.setText(self.tr("Профиль будет храниться в папке: %1").replace("%1", str(self.target)))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка для профиля"), str(self.target.parent))
        if folder:
            self.target = Path(folder)
            self._show_folder()

    def choose_enrollment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Файл подключения"), "", self.tr("Файлы подключения (*.orientir-enroll);;Все файлы (*)")
        )
        if path:
            self.open_enrollment(Path(path))

    def open_enrollment(self, path: Path) -> None:
        """Show whom the file is for before anything is created."""
        try:
            invitation = read_enrollment(path)
        except UserError as error:
            self.enrollment = None
            self.enrollment_text.setText(error.message)
            self.department_key.setVisible(False)
            self.create_school_button.setEnabled(False)
            return
        self.enrollment = path
        self.enrollment_text.setText(
            self.tr("Школа: %1\nОтдел образования: %2")
            .replace("%1", invitation.school_name).replace("%2", invitation.department_name)
        )
        self.department_fingerprint.setText(fingerprint(invitation.department_public_key))
        self.department_key.setVisible(True)
        self.create_school_button.setEnabled(True)

    def _folder_free(self) -> bool:
        if has_profile(self.target):
            show_error(self.tr("В папке %1 уже есть профиль. Выберите другую папку («Другая папка…»).").replace("%1", str(self.target)), self)
            return False
        return True

    def create_school(self) -> Task | None:
        if self.enrollment is None or not self._folder_free():
            return None
        target, enrollment = self.target, self.enrollment

        def work(progress, abort):
            create_school(target, enrollment).close()
            return target

        self.task = run_task(self, self.tr("Создаю профиль школы…"), work, self._ready, cancellable=False)
        return self.task

    def create_department(self) -> Task | None:
        if not self._folder_free():
            return None
        target, name = self.target, self.department_name.text()

        def work(progress, abort):
            return create_department(target, name)

        def made(store: ProfileStore) -> None:
            self.store = store
            self.go(ROADMAP)

        self.task = run_task(self, self.tr("Создаю профиль отдела…"), work, made, cancellable=False)
        return self.task

    def _roadmap_loaded(self, _report) -> None:
        self._finish()

    def _finish(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self._ready(self.target)

    def _ready(self, folder: Path) -> None:
        self.accept()
        self.profile_ready.emit(Path(folder))

    def reject(self) -> None:
        # A department made without its roadmap is still a profile: it opens, the roadmap comes later.
        if self.store is not None:
            self._finish()
            return
        super().reject()
