"""Loading a roadmap file with a preview: what was recognised is shown before anything is written.

The file is first read as a dry run (sections, activities, which header went to which field,
deadlines not understood, tables skipped); the person then loads it, or — when a header was not
understood — names the columns over the table's first rows and sees the preview again.
Used by the first-run wizard (a department's municipal roadmap) and by the roadmap editor (the
department's roadmap loaded later from the roadmap page, a school's own roadmap from its Word/Excel file).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.cli.roadmap_import_commands import FIELD_NAMES
from app.errors import InvalidInput
from app.i18n import translate
from app.profile import ProfileStore
from app.roadmap_import.detector import ColumnChoice
from app.roadmap_import.errors import ImportCancelled, ImportRefused
from app.roadmap_import.preview import TablePreview, table_previews
from app.roadmap_import.service import ImportReport, import_roadmap
from app.timeutil import format_date, parse_date
from ui.tasks import Task, run_task

CHOICES = ("", "number", "title", "deadline", "responsible", "result")


def field_name(name: str) -> str:
    return translate("CommandLine", FIELD_NAMES.get(name, name))


def report_html(report: ImportReport) -> str:
    """The dry run's findings, as a person checks them before loading."""
    parts = [f"<h3>{escape(report.title)}</h3>"]
    if report.period:
        parts.append(escape(translate("RoadmapPreview", "Период: %1–%2.").replace("%1", format_date(report.period[0])).replace("%2", format_date(report.period[1]))))
    else:
        parts.append("<span style='color:#a65f00'>" + escape(translate("RoadmapPreview", 
            "Период в документе не найден: укажите его ниже, иначе сроки «весь период», «в течение года» не будут поняты.")) + "</span>")
    parts.append("<br>" + escape(translate("RoadmapPreview", "Найдено: разделов — %1, мероприятий — %2.").replace("%1", str(report.sections)).replace("%2", str(report.activities))))
    if not report.created:
        parts.append("<br>" + escape(translate("RoadmapPreview", "Такая дорожная карта уже есть: новых — %1, изменится — %2, без изменений — %3, будет убрано — %4.")
                                     .replace("%1", str(report.new)).replace("%2", str(report.updated))
                                     .replace("%3", str(report.unchanged)).replace("%4", str(report.removed))))
    if report.indicators:
        parts.append("<br>" + escape(translate("RoadmapPreview", "Показателей: %1.").replace("%1", str(report.indicators))))
    if report.columns:
        mapping = ", ".join(f"«{escape(header)}» → {escape(field_name(name))}" for header, name in report.columns)
        heading = escape(translate("RoadmapPreview", "Столбцы:"))
        parts.append(f"<p><b>{heading}</b> {mapping}</p>")
    if report.unnumbered:
        parts.append("<p>" + escape(translate("RoadmapPreview", "Мероприятий без номера: %1. Если это строки заголовка, укажите столбцы вручную.")
                                    .replace("%1", str(report.unnumbered))) + "</p>")
    if report.deadlines_not_understood:
        rows = "".join(f"<li>{escape(number)}: «{escape(text)}» — {escape(issue)}</li>"
                       for number, text, issue in report.deadlines_not_understood[:30])
        more = len(report.deadlines_not_understood) - 30
        if more > 0:
            rows += "<li>" + escape(translate("RoadmapPreview", "и ещё %1").replace("%1", str(more))) + "</li>"
        heading = escape(translate("RoadmapPreview", "Сроки, которые не поняты (их можно исправить потом):"))
        parts.append(f"<p><b>{heading}</b></p><ul>{rows}</ul>")
    if report.skipped_tables:
        rows = "".join(f"<li>{escape(where)} — {escape(why)}</li>" for where, why in report.skipped_tables)
        heading = escape(translate("RoadmapPreview", "Пропущенные таблицы:"))
        parts.append(f"<p><b>{heading}</b></p><ul>{rows}</ul>")
    return "".join(parts)


class _RowsModel(QAbstractTableModel):
    def __init__(self, table: TablePreview, parent=None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.table.width

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.table.rows[index.row()][index.column()]
            return text if role == Qt.ItemDataRole.ToolTipRole else text[:120]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class ColumnMappingDialog(QDialog):
    """The first rows of a table; above each column, what it holds."""

    def __init__(self, tables: list[TablePreview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Какой столбец что означает"))
        self.tables = tables
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Под каждым номером столбца выберите, что в нём записано. Обязателен столбец «мероприятие»."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        table_label = QLabel(self.tr("&Таблица:"))
        self.table_choice = QComboBox()
        for table in tables:
            self.table_choice.addItem(self.tr("%1 (строк: %2)").replace("%1", table.origin).replace("%2", str(table.height)))
        table_label.setBuddy(self.table_choice)
        header_label = QLabel(self.tr("Строк &заголовка:"))
        self.header_rows = QSpinBox()
        self.header_rows.setRange(0, 5)
        self.header_rows.setValue(1)
        header_label.setBuddy(self.header_rows)
        top.addWidget(table_label)
        top.addWidget(self.table_choice, 1)
        top.addWidget(header_label)
        top.addWidget(self.header_rows)
        layout.addLayout(top)
        self.fields = QGridLayout()
        layout.addLayout(self.fields)
        self.view = QTableView()
        self.view.setObjectName("mappingRows")
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Применить"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.boxes: list[QComboBox] = []
        self.table_choice.currentIndexChanged.connect(self._show_table)
        self._show_table(0)
        self.resize(900, 480)

    def _show_table(self, index: int) -> None:
        table = self.tables[index]
        self.view.setModel(_RowsModel(table, self.view))
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []
        for column in range(table.width):
            box = QComboBox()
            box.setAccessibleName(self.tr("Столбец %1").replace("%1", str(column + 1)))
            for name in CHOICES:
                box.addItem(field_name(name) if name else self.tr("— не загружать"), name)
            self.fields.addWidget(QLabel(str(column + 1)), 0, column)
            self.fields.addWidget(box, 1, column)
            self.boxes.append(box)

    def set_field(self, column: int, name: str) -> None:
        self.boxes[column].setCurrentIndex(CHOICES.index(name))

    def choice(self) -> ColumnChoice:
        columns: dict[str, int] = {}
        for column, box in enumerate(self.boxes):
            name = box.currentData()
            if name and name not in columns:
                columns[name] = column
        table = self.tables[self.table_choice.currentIndex()]
        return ColumnChoice(table=table.number, columns=columns, body=self.header_rows.value())

    def _accept(self) -> None:
        if "title" not in self.choice().columns:
            self.problem.setText(self.tr("Укажите, в каком столбце записаны мероприятия."))
            return
        self.accept()


class RoadmapImportPanel(QWidget):
    """Choose a file → preview → load. `imported(report)` when the roadmap was written.

    `run_load` runs the load itself (`run_task`'s signature): the window passes `ctx.run`, so its
    pages reload afterwards. The previews are read-only and always go through `run_task`.
    """

    imported = Signal(object)
    # The dry run's report, or None when the file was refused: what loading it would do.
    preview_changed = Signal(object)

    def __init__(self, store_of: Callable[[], ProfileStore], parent: QWidget | None = None,
                 run_load: Callable[..., Task] = run_task) -> None:
        super().__init__(parent)
        self.setObjectName("roadmapImportPanel")
        self.store_of = store_of
        self.run_load = run_load
        self.path: Path | None = None
        self.columns: ColumnChoice | None = None
        self.report: ImportReport | None = None
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.pick = QPushButton(self.tr("&Выбрать файл дорожной карты (Word или Excel)…"))
        self.pick.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        row.addWidget(self.pick)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        period = QHBoxLayout()
        period_label = QLabel(self.tr("&Период (если в документе его нет): с"))
        self.period_start = QLineEdit()
        self.period_start.setPlaceholderText(self.tr("ДД.ММ.ГГГГ"))
        period_label.setBuddy(self.period_start)
        self.period_end = QLineEdit()
        self.period_end.setPlaceholderText(self.tr("ДД.ММ.ГГГГ"))
        self.period_end.setAccessibleName(self.tr("Конец периода"))
        for field in (self.period_start, self.period_end):
            field.setMaximumWidth(120)
            field.editingFinished.connect(self._period_changed)
        period.addWidget(period_label)
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("по")))
        period.addWidget(self.period_end)
        period.addStretch(1)
        layout.addLayout(period)
        self.preview = QTextBrowser()
        self.preview.setObjectName("roadmapPreview")
        self.preview.setPlaceholderText(self.tr("Здесь появится то, что программа нашла в файле, — до загрузки."))
        layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.mapping = QPushButton(self.tr("Столбцы распознаны &неверно…"))
        self.mapping.setObjectName("mappingButton")
        self.mapping.clicked.connect(self.map_columns)
        self.load = QPushButton(self.tr("&Загрузить дорожную карту"))
        self.load.setObjectName("loadRoadmapButton")
        self.load.clicked.connect(self.run_import)
        buttons.addWidget(self.mapping)
        buttons.addStretch(1)
        buttons.addWidget(self.load)
        layout.addLayout(buttons)
        # Enter in a period field only reads the period again: in a dialog it would otherwise press the
        # last button clicked — «Выбрать файл…» again, losing the columns the person named.
        for button in (self.pick, self.mapping, self.load):
            button.setAutoDefault(False)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.load.setEnabled(ready)
        self.mapping.setEnabled(self.path is not None)

    def period(self) -> tuple[date, date] | None:
        texts = (self.period_start.text().strip(), self.period_end.text().strip())
        if not any(texts):
            return None
        try:
            start, end = parse_date(texts[0]), parse_date(texts[1])
        except ValueError:
            raise InvalidInput(self.tr("Период не понят: введите обе даты как ДД.ММ.ГГГГ, например 01.09.2025 и 31.08.2026.")) from None
        if start > end:
            raise InvalidInput(self.tr("Начало периода позже его конца."))
        return start, end

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Файл дорожной карты"), "", self.tr("Word и Excel (*.docx *.xlsx);;Все файлы (*)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> Task:
        self.path, self.columns, self.report = path, None, None
        self.file_label.setText(path.name)
        return self.run_preview()

    def _period_changed(self) -> None:
        if self.path is not None and (self.report is not None or self.preview.toPlainText()):
            self.run_preview()

    def run_preview(self) -> Task | None:
        try:
            period = self.period()
        except InvalidInput as error:
            self._show_problem(error.message)
            return None
        store, path, columns = self.store_of(), self.path, self.columns
        self._set_ready(False)

        def work(progress, abort):
            return import_roadmap(store, path, period=period, columns=columns, dry_run=True, progress=progress, abort=abort)

        def failed(error) -> None:
            self._show_problem(error.message)

        self.task = run_task(self, self.tr("Читаю файл…"), work, self._previewed, failed, quiet_errors=(ImportRefused, ImportCancelled))
        return self.task

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        self.preview.setHtml(report_html(report))
        self._set_ready(True)
        self.preview_changed.emit(report)

    def _show_problem(self, message: str) -> None:
        self.report = None
        text = escape(message)
        if self.path is not None:
            text += "<p>" + escape(self.tr("Если таблица в файле есть, нажмите «Столбцы распознаны неверно…» и укажите столбцы сами.")) + "</p>"
        self.preview.setHtml(f"<p style='color:#a61b1b'>{text}</p>")
        self._set_ready(False)
        self.preview_changed.emit(None)

    def map_columns(self, dialog_ready: Callable[[ColumnMappingDialog], None] | None = None) -> None:
        if self.path is None:
            return
        try:
            tables = table_previews(self.path)
        except ImportRefused as error:
            self._show_problem(error.message)
            return
        if not tables:
            self._show_problem(self.tr("В файле нет ни одной таблицы с текстом."))
            return
        dialog = ColumnMappingDialog(tables, self)
        self.mapping_dialog = dialog

        def chosen() -> None:
            self.columns = dialog.choice()
            self.run_preview()

        dialog.accepted.connect(chosen)
        dialog.open()

    def run_import(self) -> Task | None:
        if self.path is None or self.report is None:
            return None
        try:
            period = self.period()
        except InvalidInput as error:
            self._show_problem(error.message)
            return None
        store, path, columns = self.store_of(), self.path, self.columns

        def work(progress, abort):
            return import_roadmap(store, path, period=period, columns=columns, progress=progress, abort=abort)

        self.task = self.run_load(self, self.tr("Загружаю дорожную карту…"), work, self.imported.emit, quiet_errors=(ImportCancelled,))
        return self.task
