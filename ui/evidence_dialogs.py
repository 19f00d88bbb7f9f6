"""The two small forms of the evidence list: a link, and a cited document (вид, №, дата, название).

Each form checks its input with the same service the command line uses (`normalize_link`,
`make_document`) when «Добавить» is pressed, and shows what is wrong beside the field in question,
keeping everything typed so far.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.references import (
    DocumentRef,
    ReferenceInputError,
    make_document,
    normalize_link,
)

# The kinds a school cites most; any other of app.references.DOCUMENT_TYPES may be typed in.
COMMON_TYPES = ("Приказ", "Протокол", "Положение", "Справка", "Письмо", "План", "Программа", "Отчёт")
# The date field's lowest value stands for «no date»: QDateEdit cannot be empty.
NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b3261e;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("&Добавить"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Отмена"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class LinkDialog(QDialog):
    """A web link to a page or a file in the cloud; `link` holds it, with its scheme, once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Ссылка на документ"))
        self.link = ""
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Адрес страницы или файла в облаке:"))
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://clck.ru/34PaDg")
        self.address.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        label.setBuddy(self.address)
        self.error = _error_label()
        layout.addWidget(label)
        layout.addWidget(self.address)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        try:
            self.link = normalize_link(self.address.text())
        except ReferenceInputError as error:
            self.error.setText(error.message)
            self.error.show()
            self.address.setFocus()
            return
        super().accept()


class DocumentDialog(QDialog):
    """A document cited as evidence; `document` holds it once accepted."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(self.tr("Документ"))
        self.document: DocumentRef | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.doc_type = QComboBox()
        self.doc_type.setEditable(True)
        self.doc_type.addItems(COMMON_TYPES)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("например, 52 или 01-03/922"))
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("не указана"))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("например, О проведении педагогического совета"))
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

        self.errors: dict[str, QLabel] = {}
        rows = (
            ("doc_type", self.tr("&Вид:"), self.doc_type),
            ("number", self.tr("&Номер:"), self.number),
            ("date", self.tr("&Дата:"), self.date),
            ("title", self.tr("На&звание:"), self.title),
        )
        for field, text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            self.errors[field] = _error_label()
            column.addWidget(self.errors[field])
            form.addRow(label, box)
        # «Кем издан» has no field of its own here; a mistake about it is shown under the title.
        self.errors["issuer"] = self.errors["title"]
        self._fields = {"doc_type": self.doc_type, "number": self.number, "date": self.date, "title": self.title}

        hint = QLabel(self.tr("Достаточно заполнить вид и хотя бы номер, дату или название."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self))

    def chosen_date(self) -> date | None:
        value = self.date.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            self.document = make_document(
                self.doc_type.currentText(), self.number.text(), self.chosen_date(), self.title.text()
            )
        except ReferenceInputError as error:
            field = error.field if error.field in self.errors else "title"
            self.errors[field].setText(error.message)
            self.errors[field].show()
            self._fields.get(field, self.title).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
