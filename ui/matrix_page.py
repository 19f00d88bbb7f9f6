"""The matrix: schools × activities, each cell coloured (and signed) by the school's status on the activity.

Built over the compact `app.overview.Matrix` (one byte per cell), so 300 schools × 150 activities load and
filter instantly: the filter works out which rows and columns to keep once per change, and the proxy only
looks them up. A click or Enter on a cell opens that school's report on that activity.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.overview import (
    NOT_FOR_SCHOOL,
    OVERDUE,
    REWORK,
    STATUS_CODES,
    STATUS_MASK,
    STATUS_OF_CODE,
    Matrix,
    status_matrix,
)
from app.progress import status_name
from app.schools import comparable_name
from ui.context import WindowContext
from ui.department_style import (
    CELL_COLOURS,
    LATE,
    OVERDUE_SIGN,
    QUIET,
    REWORK_SIGN,
    cell_colour,
    cell_sign,
)
from ui.department_style import (
    NOT_FOR_SCHOOL as BLANK,
)
from ui.empty_state import ADD_SCHOOL, EmptyState
from ui.widgets import shrinkable

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FADED = QColor("#f7f8f9")
FADED_INK = QColor("#b8bcc2")
WHITE = QColor("#ffffff")
INK = QColor("#222222")
DARK_STATUSES = (STATUS_CODES["in_progress"], STATUS_CODES["done"], STATUS_CODES["not_done"])
# Status filter entries beyond the plain statuses.
REWORK_FILTER = 0x100


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix = Matrix((), (), (), (), (), (), (), (), b"")

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.matrix.school_ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.matrix.width

    def code(self, row: int, column: int) -> int:
        return self.matrix.code(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        m = self.matrix
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return m.numbers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                where = m.sections[m.section_of[section]] if m.section_of[section] >= 0 else ""
                return f"{m.numbers[section]}. {m.titles[section]}" + (f"\n{where}" if where else "")
        else:
            if role == Qt.ItemDataRole.DisplayRole:
                return m.school_labels[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return m.school_names[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.matrix.code(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_sign(code)
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_colour(code)
        if role == CODE_ROLE:
            return code
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(index.row(), index.column(), code)
        return None

    def _describe(self, row: int, column: int, code: int) -> str:
        m = self.matrix
        head = f"{m.school_names[row]}\n{m.numbers[column]}. {m.titles[column]}\n"
        if code == NOT_FOR_SCHOOL:
            return head + self.tr("Мероприятие не для этой школы")
        text = status_name(STATUS_OF_CODE[code & STATUS_MASK])
        text = text[:1].upper() + text[1:]
        if code & OVERDUE:
            text += self.tr(", просрочено")
        if code & REWORK:
            text += self.tr("; возвращено на доработку")
        return head + text + "\n" + self.tr("Щёлкните или нажмите Enter, чтобы открыть отчёт школы")


class MatrixFilter(QSortFilterProxyModel):
    """Rows and columns kept by the filters, worked out once per change; non-matching cells in view are faded."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: set[int] | None = None
        self._columns: set[int] | None = None
        self._wanted: bytes | None = None  # per code: 1 when the cell matches the status filters

    def set_filters(self, text: str = "", section: int = -1, status: int = 0, overdue_only: bool = False) -> None:
        model: MatrixModel = self.sourceModel()
        m = model.matrix
        width = m.width
        columns = [c for c in range(width) if section < 0 or m.section_of[c] == section]
        wanted_text = comparable_name(text)
        rows = [r for r in range(len(m.school_ids))
                if not wanted_text or wanted_text in comparable_name(m.school_names[r])
                or wanted_text in comparable_name(m.school_labels[r])]
        wanted = None
        if status or overdue_only:
            table = bytearray(256)
            for code in range(1, 256):
                if status == REWORK_FILTER:
                    hit = bool(code & REWORK)
                else:
                    hit = not status or (code & STATUS_MASK) == status
                table[code] = hit and (not overdue_only or bool(code & OVERDUE))
            wanted = bytes(table)
            kept_rows, kept_columns = [], set()
            all_columns = len(columns) == width
            for r in rows:
                hits = m.row_codes(r).translate(wanted)
                if all_columns:
                    if 1 not in hits:
                        continue
                    kept_columns.update(c for c, hit in enumerate(hits) if hit)
                else:
                    found = [c for c in columns if hits[c]]
                    if not found:
                        continue
                    kept_columns.update(found)
                kept_rows.append(r)
            rows, columns = kept_rows, sorted(kept_columns)
        self._rows = None if len(rows) == len(m.school_ids) else set(rows)
        self._columns = None if len(columns) == width else set(columns)
        self._wanted = wanted
        self.invalidate()

    def clear(self) -> None:
        self._rows = self._columns = self._wanted = None
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        return self._rows is None or source_row in self._rows

    def filterAcceptsColumn(self, source_column: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        return self._columns is None or source_column in self._columns

    def matches(self, code: int) -> bool:
        """Whether a cell answers the status filters (every cell does when none is set)."""
        return self._wanted is None or bool(self._wanted[code])


class CellDelegate(QStyledItemDelegate):
    """Paints a cell straight from its code: 45,000 cells scroll and filter without asking the model for every role."""

    def __init__(self, view: QTableView, proxy: MatrixFilter) -> None:
        super().__init__(view)
        self._proxy = proxy

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code is None:
            return
        rect = option.rect
        if self._proxy.matches(code):
            fill, pen = cell_colour(code), (WHITE if code & OVERDUE or (code & STATUS_MASK) in DARK_STATUSES else INK)
        else:
            fill, pen = FADED, FADED_INK
        painter.fillRect(rect, fill)
        sign = cell_sign(code)
        if sign:
            painter.setPen(pen)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sign)
        if option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus):
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class MatrixPage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPage")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        # The filters, the table and its legend; hidden while there is nothing to put in the table.
        self.content = QWidget()
        self.content.setObjectName("matrixContent")
        layout.addWidget(self.content, 1)
        self.empty = EmptyState("emptyMatrix")
        layout.addWidget(self.empty, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("matrixSearch")
        self.search.setPlaceholderText(self.tr("Школа…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Поиск школы"))
        label = QLabel(self.tr("&Школа:"))
        label.setBuddy(self.search)
        filters.addWidget(label)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("М" * 14))
        filters.addWidget(self.search, 2)
        self.section_choice = shrinkable(QComboBox())
        self.section_choice.setObjectName("matrixSection")
        section_label = QLabel(self.tr("&Раздел:"))
        section_label.setBuddy(self.section_choice)
        filters.addWidget(section_label)
        filters.addWidget(self.section_choice, 2)
        self.status_choice = QComboBox()
        self.status_choice.setObjectName("matrixStatus")
        self.status_choice.addItem(self.tr("Все статусы"), 0)
        for status, code in STATUS_CODES.items():
            name = status_name(status)
            self.status_choice.addItem(name[:1].upper() + name[1:], code)
        self.status_choice.addItem(self.tr("На доработке"), REWORK_FILTER)
        status_label = QLabel(self.tr("С&татус:"))
        status_label.setBuddy(self.status_choice)
        filters.addWidget(status_label)
        filters.addWidget(self.status_choice, 1)
        self.overdue_only = QCheckBox(self.tr("Только &просроченные"))
        self.overdue_only.setObjectName("matrixOverdue")
        filters.addWidget(self.overdue_only)
        layout.addLayout(filters)

        self.model = MatrixModel(self)
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("matrixView")
        self.view.setAccessibleName(self.tr("Матрица выполнения"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CellDelegate(self.view, self.proxy))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        for header in (self.view.horizontalHeader(), self.view.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(True)
        self.view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.legend = QLabel(self._legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        bottom.addWidget(self.legend, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("matrixCount")
        self.count_label.setStyleSheet(f"color: {QUIET.name()}")
        bottom.addWidget(self.count_label)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.apply_filters)
        self.section_choice.currentIndexChanged.connect(self.apply_filters)
        self.status_choice.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.refresh()

    def _legend(self) -> str:
        def swatch(colour: QColor, sign: str, text: str) -> str:
            return (f'<span style="background:{colour.name()}; color:#fff">&nbsp;{escape(sign) or "&nbsp;"}&nbsp;</span>'
                    f"&nbsp;{escape(text)}")

        parts = [swatch(CELL_COLOURS[code], sign, status_name(status))
                 for status, code in STATUS_CODES.items()
                 for sign in [cell_sign(code)]]
        parts.append(swatch(LATE, OVERDUE_SIGN, self.tr("просрочено")))
        parts.append(f"{REWORK_SIGN}&nbsp;{escape(self.tr('на доработке'))}")
        parts.append(f'<span style="border:1px solid #ccc; background:{BLANK.name()}">&nbsp;&nbsp;&nbsp;</span>&nbsp;'
                     f"{escape(self.tr('не для этой школы'))}")
        return " &nbsp; ".join(parts)

    def refresh(self) -> None:
        matrix = status_matrix(self.ctx.store, self.ctx.today)
        self.model.set_matrix(matrix)
        current = self.section_choice.currentData()
        self.section_choice.blockSignals(True)
        self.section_choice.clear()
        self.section_choice.addItem(self.tr("Все разделы"), -1)
        for index, title in enumerate(matrix.sections):
            self.section_choice.addItem(title, index)
            self.section_choice.setItemData(index + 1, title, Qt.ItemDataRole.ToolTipRole)
        found = self.section_choice.findData(current) if current is not None else 0
        self.section_choice.setCurrentIndex(max(found, 0))
        self.section_choice.blockSignals(False)
        metrics = self.view.fontMetrics()
        widest = max((metrics.horizontalAdvance(n) for n in matrix.numbers), default=20)
        self.view.horizontalHeader().setDefaultSectionSize(max(widest + 14, metrics.height() + 10))
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        label_width = max((metrics.horizontalAdvance(n) for n in matrix.school_labels), default=100) + 16
        self.view.verticalHeader().setFixedWidth(min(label_width, 280))
        self._show_empty(matrix)
        self.apply_filters()

    def _show_empty(self, matrix: Matrix) -> None:
        """No schools, or nothing in the roadmap for schools to do: what is missing and where to add it."""
        if not matrix.school_ids:
            self.empty.set_case(
                self.tr("Школ пока нет. Здесь будет видно, как каждая школа выполняет каждое мероприятие дорожной "
                        "карты, когда вы подключите школы и они пришлют пакеты."),
                self.tr("Подключить &школу…"),
                lambda: self.ctx.navigate.emit("schools", ADD_SCHOOL),
            )
        elif not matrix.width:
            self.empty.set_case(
                self.tr("В дорожной карте нет мероприятий, которые выполняют школы: загрузите дорожную карту "
                        "или добавьте в неё мероприятия для школ."),
                self.tr("Открыть &дорожную карту"),
                lambda: self.ctx.navigate.emit("roadmap", None),
            )
        empty = not matrix.school_ids or not matrix.width
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)

    def apply_filters(self) -> None:
        self.proxy.set_filters(self.search.text(), self.section_choice.currentData() if self.section_choice.count() else -1,
                               self.status_choice.currentData() or 0, self.overdue_only.isChecked())
        m = self.model.matrix
        self.count_label.setText(
            self.tr("Школ: %1 из %2 · мероприятий: %3 из %4")
            .replace("%1", str(self.proxy.rowCount())).replace("%2", str(len(m.school_ids)))
            .replace("%3", str(self.proxy.columnCount())).replace("%4", str(m.width))
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        m = self.model.matrix
        if m.code(source.row(), source.column()) == NOT_FOR_SCHOOL:
            return
        self.ctx.navigate.emit("school", (m.school_ids[source.row()], m.numbers[source.column()]))
