"""The department's schools: who is on the list, whose key is confirmed, who sent what, how far each has come.

«Подключить школу…» registers a school and writes its enrollment file (signed with the department's key,
asked for its passphrase first when protected); afterwards a dialog says where the file is, what to send,
and the department's key fingerprint to read to the school over the phone. A lost file is issued again;
a school's own key is confirmed by comparing fingerprints aloud.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import schools as school_service
from app.enrollment import EXTENSION
from app.i18n import QT_TRANSLATE_NOOP
from app.keys import fingerprint
from app.overview import SchoolLine, overview
from app.schools import school_status_name
from app.timeutil import format_date
from db.models import SCHOOL_STATUSES
from ui.context import WindowContext
from ui.department_style import LATE, NOT_REPORTED, attention_text
from ui.empty_state import ADD_SCHOOL, EmptyState
from ui.exchange_actions import bundle_folder, set_bundle_folder
from ui.messages import open_local
from ui.passphrase import passphrase_asker
from ui.tasks import Task
from ui.widgets import fingerprint_label, wrapped_label

NAME, STATUS, KEY, LAST, DONE, OVERDUE, ROUND, EXCHANGE = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("SchoolsPage", "Школа"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Статус"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Ключ школы"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Последний пакет"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Выполнено"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Просрочено"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Мониторинг"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Обмен"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("SchoolsPage", "Полное название школы; куратор — во всплывающей подсказке"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Почему школа в списке: ШНОР, группа риска и т. п."),
    QT_TRANSLATE_NOOP("SchoolsPage", "Отпечаток ключа подписи школы; появляется с её первым пакетом"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Когда загружен последний принятый пакет школы"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Доля выполненных мероприятий (отменённые не считаются)"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Сколько мероприятий школы просрочено"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Прислала ли школа пакет в текущем мониторинге"),
    QT_TRANSLATE_NOOP("SchoolsPage", "Пакеты школы, которые отложены и требуют внимания"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class SchoolsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[SchoolLine] = []

    def set_lines(self, lines: list[SchoolLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        s = line.summary
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == SORT_ROLE:
            return {DONE: s.percent_done, OVERDUE: s.overdue,
                    LAST: s.last_report.isoformat() if s.last_report else ""}.get(column, self._text(line, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                parts = [line.name]
                if line.curator:
                    parts.append(self.tr("Куратор: %1").replace("%1", line.curator))
                if line.email:
                    parts.append(self.tr("Почта: %1").replace("%1", line.email))
                return "\n".join(parts)
            if column == KEY and line.key_fingerprint is None:
                return self.tr("Ключ школы станет известен с её первым пакетом: подпись проверит файл подключения.")
            if column == DONE:
                return self.tr("Выполнено %1 из %2").replace("%1", str(s.done)).replace("%2", str(s.total - s.cancelled))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == OVERDUE and s.overdue:
                return LATE
            if column == ROUND and s.reported_this_round is False:
                return NOT_REPORTED.darker(140)
            if column == EXCHANGE and line.exchange_attention:
                return LATE
            if column == KEY and line.key_fingerprint is None:
                return QColor("#6b6f76")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DONE, OVERDUE):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, line: SchoolLine, column: int) -> str:
        s = line.summary
        if column == NAME:
            return line.name
        if column == STATUS:
            return school_status_name(line.status)
        if column == KEY:
            return line.key_fingerprint or self.tr("ждёт первого пакета")
        if column == LAST:
            return format_date(s.last_report.date()) if s.last_report else self.tr("не было")
        if column == DONE:
            return f"{s.percent_done} %"
        if column == OVERDUE:
            return str(s.overdue) if s.overdue else "—"
        if column == ROUND:
            if s.reported_this_round is None:
                return "—"
            return self.tr("отчиталась") if s.reported_this_round else self.tr("не отчиталась")
        return attention_text(line.exchange_attention) or "—"


class AddSchoolDialog(QDialog):
    """The school's names, list status, e-mail and curator; the enrollment file is chosen after «Далее»."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addSchoolDialog")
        self.setWindowTitle(self.tr("Подключить школу"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Школа появится в списке, а программа запишет для неё файл подключения. Отправьте его школе: "
            "с ним школа создаст свой профиль и будет присылать отчёты."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("schoolName")
        self.name.setPlaceholderText(self.tr("МБОУ «Тартасская СОШ»"))
        form.addRow(self.tr("&Полное название:"), self.name)
        self.short_name = QLineEdit()
        self.short_name.setObjectName("schoolShortName")
        self.short_name.setPlaceholderText(self.tr("Тартасская СОШ"))
        form.addRow(self.tr("&Краткое название:"), self.short_name)
        self.status = QComboBox()
        self.status.setObjectName("schoolStatus")
        for status in SCHOOL_STATUSES:
            self.status.addItem(school_status_name(status), status)
        form.addRow(self.tr("&Статус:"), self.status)
        self.email = QLineEdit()
        self.email.setObjectName("schoolEmail")
        form.addRow(self.tr("&Электронная почта:"), self.email)
        self.curator = QLineEdit()
        self.curator.setObjectName("schoolCurator")
        form.addRow(self.tr("К&уратор:"), self.curator)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a61b1b;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Далее…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Укажите полное название школы, как в её уставе."))
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()

    def file_stem(self) -> str:
        """The enrollment file's default name: the short name, else the full one, without characters files cannot hold."""
        name = self.short_name.text().strip() or self.name.text().strip()
        return " ".join(_UNSAFE.sub(" ", name).split())[:120] or self.tr("Школа")


class EnrollmentDoneDialog(QDialog):
    """Where the enrollment file is, what to send, and the department's fingerprint to read over the phone."""

    def __init__(self, school_name: str, path: Path, department_fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentDoneDialog")
        self.setWindowTitle(self.tr("Файл подключения готов"))
        self.path = path
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Файл подключения школы «%1» сохранён:").replace("%1", school_name))
        head.setWordWrap(True)
        layout.addWidget(head)
        where = QLabel(str(path))
        where.setObjectName("enrollmentPath")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("font-weight: bold;")
        layout.addWidget(where)
        steps = QLabel(self.tr(
            "1. Прикрепите этот файл к письму и отправьте его школе.\n"
            "2. Школа откроет файл в программе Ориентир («Я — школа») и увидит отпечаток ключа отдела образования.\n"
            "3. Позвоните в школу и прочитайте отпечаток вслух — он должен совпасть с тем, что видит школа:"
        ))
        steps.setWordWrap(True)
        layout.addWidget(steps)
        layout.addWidget(fingerprint_label(department_fingerprint, "departmentFingerprint"))
        warning = QLabel(self.tr("Если отпечатки не совпадают, файл подменили по дороге: выдайте файл заново и "
                                 "передайте его другим способом."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        buttons = QDialogButtonBox()
        show = QPushButton(self.tr("Показать в &папке"))
        show.clicked.connect(lambda: open_local(self.path.parent, self))
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)


class KeyCheckDialog(QDialog):
    """The school's key fingerprint, to compare aloud with what the school's own program shows."""

    def __init__(self, line: SchoolLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyCheckDialog")
        self.setWindowTitle(self.tr("Ключ школы"))
        layout = QVBoxLayout(self)
        if line.key_fingerprint is None:
            text = self.tr(
                "Школа «%1» ещё не прислала ни одного пакета, поэтому её ключ пока неизвестен. Первый пакет "
                "программа проверит по секрету из файла подключения и запомнит ключ школы."
            ).replace("%1", line.name)
            layout.addWidget(wrapped_label(text))
        else:
            intro = wrapped_label(self.tr(
                "Отпечаток ключа школы «%1». Позвоните в школу и попросите прочитать отпечаток её ключа из программы "
                "Ориентир (страница «Обмен с отделом»). Он должен совпасть с этим:"
            ).replace("%1", line.name))
            layout.addWidget(intro)
            layout.addWidget(fingerprint_label(line.key_fingerprint, "schoolFingerprint"))
            layout.addWidget(wrapped_label(self.tr(
                "Если отпечатки не совпадают, пакеты приходят не от этой школы: не загружайте их и выдайте школе "
                "файл подключения заново."
            )))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)


class SchoolsPage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolsPage")
        self.ctx = ctx
        self.task: Task | None = None
        self.last_dialog: QDialog | None = None
        self._select_next: str | None = None  # a school just enrolled: chosen once the list reloads
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # The buttons and the search act on a list; with no school yet only the first step is shown.
        self.actions = QWidget()
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Подключить школу…"))
        self.add_button.setObjectName("addSchool")
        self.add_button.clicked.connect(self.add_school)
        self.reissue_button = QPushButton(self.tr("Выдать файл подключения &заново…"))
        self.reissue_button.setObjectName("reissueEnrollment")
        self.reissue_button.setToolTip(self.tr("Если школа потеряла файл подключения: новый файл заменит прежний"))
        self.reissue_button.clicked.connect(self.reissue)
        self.key_button = QPushButton(self.tr("Сверить &ключ школы…"))
        self.key_button.setObjectName("checkKey")
        self.key_button.clicked.connect(self.check_key)
        self.open_button = QPushButton(self.tr("&Открыть отчёт школы"))
        self.open_button.setObjectName("openSchool")
        self.open_button.clicked.connect(self.open_school)
        for button in (self.add_button, self.reissue_button, self.key_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.search = QLineEdit()
        self.search.setObjectName("schoolsSearch")
        self.search.setPlaceholderText(self.tr("Найти школу…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Поиск школы"))
        self.search.setMaximumWidth(260)
        actions.addWidget(self.search)
        layout.addWidget(self.actions)

        self.model = SchoolsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("schoolsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.open_school)
        self.view.activated.connect(self.open_school)
        layout.addWidget(self.view, 1)
        self.empty = EmptyState("noSchools")
        self.empty.set_case(
            self.tr("Школ пока нет. Подключите первую школу: программа запишет файл подключения, который нужно "
                    "отправить школе по почте. С ним школа создаст свой профиль и начнёт присылать отчёты."),
            self.tr("&Подключить школу…"),
            self.add_school,
        )
        layout.addWidget(self.empty, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_line()
        wanted = self._select_next or (chosen.id if chosen else None)
        self._select_next = None
        self.model.set_lines(list(overview(self.ctx.store, self.ctx.today).schools))
        self.empty.setVisible(not self.model.lines)
        self.actions.setVisible(bool(self.model.lines))
        self.view.setVisible(bool(self.model.lines))
        if wanted is not None:
            self.select_school(wanted)
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_line(self) -> SchoolLine | None:
        index = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        if not index.isValid():
            return None
        return self.model.lines[self.proxy.mapToSource(index).row()]

    def select_school(self, school_id: str) -> None:
        for row, line in enumerate(self.model.lines):
            if line.id == school_id:
                self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, NAME)))
                return

    def show_item(self, argument: object) -> None:
        """A school id (or a tuple starting with one) to choose; ADD_SCHOOL opens «Подключить школу»."""
        if argument == ADD_SCHOOL:
            self.add_school()
            return
        self.select_school(argument[0] if isinstance(argument, tuple) else argument)

    def _update_buttons(self) -> None:
        chosen = self.current_line() is not None
        for button in (self.reissue_button, self.key_button, self.open_button):
            button.setEnabled(chosen)

    def open_school(self, _index: QModelIndex | None = None) -> None:
        line = self.current_line()
        if line is not None:
            self.ctx.navigate.emit("school", line.id)

    def check_key(self) -> None:
        line = self.current_line()
        if line is not None:
            self.last_dialog = KeyCheckDialog(line, self)
            self.last_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_dialog.open()

    # --- enrollment ----------------------------------------------------------------------------------

    def _enrollment_file(self, stem: str) -> Path | None:
        suggested = bundle_folder() / f"{stem}{EXTENSION}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Куда сохранить файл подключения"), str(suggested),
            self.tr("Файлы подключения Ориентира (*%1)").replace("%1", EXTENSION),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.name.endswith(EXTENSION):
            path = path.with_name(path.name + EXTENSION)
        set_bundle_folder(path.parent)
        return path

    def add_school(self) -> QDialog:
        """Open the «Подключить школу» dialog; the school is registered when it is accepted."""
        dialog = AddSchoolDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.enroll(dialog))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def enroll(self, dialog: AddSchoolDialog) -> Task | None:
        out = self._enrollment_file(dialog.file_stem())
        if out is None:
            return None
        ask = passphrase_asker(self.ctx.store.root, self)
        if ask is None:
            return None
        store = self.ctx.store
        fields = {"name": dialog.name.text(), "short_name": dialog.short_name.text(), "status": dialog.status.currentData(),
                  "curator": dialog.curator.text(), "email": dialog.email.text()}

        def work(_progress, _abort):
            return school_service.add_school(store, out=out, ask=ask, **fields)

        self.task = self.ctx.run(self, self.tr("Записываю файл подключения…"), work, self._enrolled, cancellable=False)
        return self.task

    def reissue(self) -> Task | None:
        line = self.current_line()
        if line is None:
            return None
        stem = " ".join(_UNSAFE.sub(" ", line.summary.short_name or line.name).split())[:120]
        out = self._enrollment_file(stem)
        if out is None:
            return None
        ask = passphrase_asker(self.ctx.store.root, self)
        if ask is None:
            return None
        store = self.ctx.store
        name = line.name

        def work(_progress, _abort):
            return school_service.reissue_enrollment(store, name, out, ask=ask)

        self.task = self.ctx.run(self, self.tr("Записываю файл подключения…"), work, self._enrolled, cancellable=False)
        return self.task

    def _enrolled(self, result) -> None:
        school, path = result
        dialog = EnrollmentDoneDialog(school.name, path, fingerprint(self.ctx.info.public_key), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        self._select_next = school.id
