"""The Reports menu: the analytical report (PDF or DOCX) and the monitoring form (XLSX), made off the GUI thread.

The dialog only gathers the choices; `app.reports.service.make_report` — the same function as
`orientir report …` — does the work with progress and cancel. Afterwards the person can open the file
or its folder at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.schools import list_schools
from app.timeutil import format_date
from ui.context import WindowContext
from ui.messages import open_local
from ui.widgets import shrinkable


@dataclass(frozen=True)
class ReportKind:
    kind: str
    fmt: str
    label: str  # QT_TRANSLATE_NOOP("ReportsDialog", …)
    file_stem: str  # QT_TRANSLATE_NOOP("ReportsDialog", …)
    filter: str  # QT_TRANSLATE_NOOP("ReportsDialog", …)


KINDS = (
    ReportKind("spravka", "pdf", QT_TRANSLATE_NOOP("ReportsDialog", "Аналитическая справка (PDF)…"),
               QT_TRANSLATE_NOOP("ReportsDialog", "Аналитическая справка"), QT_TRANSLATE_NOOP("ReportsDialog", "Документ PDF (*.pdf)")),
    ReportKind("spravka", "docx", QT_TRANSLATE_NOOP("ReportsDialog", "Аналитическая справка (Word)…"),
               QT_TRANSLATE_NOOP("ReportsDialog", "Аналитическая справка"), QT_TRANSLATE_NOOP("ReportsDialog", "Документ Word (*.docx)")),
    ReportKind("monitoring", "xlsx", QT_TRANSLATE_NOOP("ReportsDialog", "Форма мониторинга (Excel)…"),
               QT_TRANSLATE_NOOP("ReportsDialog", "Форма мониторинга"), QT_TRANSLATE_NOOP("ReportsDialog", "Книга Excel (*.xlsx)")),
)


def fill_reports_menu(menu: QMenu, ctx: WindowContext, parent: QWidget) -> None:
    """One item per report; each opens the dialog for it."""
    for number, kind in enumerate(KINDS, start=1):
        action = QAction(_tr(kind.label), parent)
        action.setShortcut(f"Ctrl+Shift+{number}")
        action.triggered.connect(lambda _checked=False, k=kind: ReportsDialog(ctx, k, parent).open())
        menu.addAction(action)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ReportsDialog", text)


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ReportsDialog(QDialog):
    """Which school, as of which date, who signs, where to save — then the report is made with a progress bar."""

    def __init__(self, ctx: WindowContext, kind: ReportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.reports.service import signature_settings

        self.ctx = ctx
        self.kind = kind
        self.result_path: Path | None = None
        self.setObjectName("reportsDialog")
        self.setWindowTitle(_tr(kind.label).rstrip("…"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.school = shrinkable(QComboBox())
        self.school.addItem(self.tr("Все школы района"), None)
        for school in list_schools(ctx.store):
            self.school.addItem(school.name, school.name)
        if kind.kind == "spravka":
            form.addRow(self.tr("&Школа:"), self.school)
        self.as_of = QDateEdit(QDate(ctx.today.year, ctx.today.month, ctx.today.day))
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of.setMaximumDate(QDate(ctx.today.year, ctx.today.month, ctx.today.day))
        self.as_of.setToolTip(self.tr(
            "Отчёт показывает состояние на конце этого дня; отчёт за прошлую дату повторяет тогдашний слово в слово."
        ))
        form.addRow(self.tr("По состоянию &на:"), self.as_of)
        signature = signature_settings(ctx.store)
        self.position = QLineEdit(signature.position)
        self.position.setPlaceholderText(self.tr("Начальник отдела образования"))
        self.signer = QLineEdit(signature.name)
        self.signer.setPlaceholderText(self.tr("И.О. Фамилия"))
        self.executor = QLineEdit(signature.executor)
        self.executor.setPlaceholderText(self.tr("Фамилия И.О., должность, телефон"))
        if kind.kind == "spravka":
            form.addRow(self.tr("&Должность подписывающего:"), self.position)
            form.addRow(self.tr("&Подписывает:"), self.signer)
            form.addRow(self.tr("&Исполнитель:"), self.executor)
        self.out = QLineEdit()
        self.out.setMinimumWidth(380)
        browse = QPushButton(self.tr("&Обзор…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)
        # A row holding a layout gets no buddy by itself: the label is made here so its «&» works.
        save_label = QLabel(self.tr("&Сохранить в:"))
        save_label.setBuddy(self.out)
        form.addRow(save_label, where)
        layout.addLayout(form)
        self.note = QLabel(self.tr("Файл можно будет сразу открыть или отправить; программа ничего не отправляет сама."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = buttons.addButton(self.tr("Со&ставить"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.school.currentIndexChanged.connect(self._suggest_name)
        self.as_of.dateChanged.connect(self._suggest_name)
        self._suggest_name()

    def _suggest_name(self) -> None:
        stem = _tr(self.kind.file_stem)
        school = self.school.currentData()
        if school:
            stem += " — " + school.replace("«", "").replace("»", "").replace('"', "")
        stem += " на " + format_date(self.as_of_date())
        folder = Path(self.out.text()).parent if self.out.text() else _documents()
        self.out.setText(str(folder / f"{stem}.{self.kind.fmt}"))

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить отчёт"), self.out.text(), _tr(self.kind.filter))
        if chosen:
            if not chosen.lower().endswith("." + self.kind.fmt):
                chosen += "." + self.kind.fmt
            self.out.setText(chosen)

    def make(self) -> None:
        from app.reports.base import ReportCancelled
        from app.reports.model import Signature
        from app.reports.service import ReportOptions, make_report, save_signature

        out = Path(self.out.text().strip())
        if not self.out.text().strip():
            self._browse()
            return
        signature = Signature(self.position.text().strip(), self.signer.text().strip(), self.executor.text().strip())
        as_of = self.as_of_date()
        options = ReportOptions(
            school=self.school.currentData(),
            as_of=None if as_of == self.ctx.today else as_of,
            signature=signature,
        )
        store, kind = self.ctx.store, self.kind
        if kind.kind == "spravka":
            save_signature(store, signature)

        def work(progress, abort):
            return make_report(store, kind.kind, kind.fmt, out, options, progress=progress, abort=abort)

        self.make_button.setEnabled(False)
        self.ctx.run(
            self, self.tr("Составляю отчёт…"), work, self._made, lambda _error: self.make_button.setEnabled(True),
            quiet_errors=(ReportCancelled,), changes_data=False,
        )

    def _made(self, result) -> None:
        self.result_path = Path(result.path)
        self.accept()
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Отчёт готов"))
        box.setText(self.tr("Отчёт сохранён:\n%1").replace("%1", str(self.result_path)))
        open_file = box.addButton(self.tr("&Открыть"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Показать в &папке"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Закрыть"), QMessageBox.ButtonRole.RejectRole)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path = self.result_path

        def clicked(button) -> None:
            if button is open_file:
                open_local(path, self)
            elif button is open_folder:
                open_local(path.parent, self)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box = box
        box.open()
