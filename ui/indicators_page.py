"""Indicators against their targets, with the school's actual value for each monitoring round, and the
school's risk profile. A school types its actual values and sets its risk levels right in the tables."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import translate
from app.indicators import (
    IndicatorsView,
    RiskRow,
    indicators_view,
    level_name,
    risk_profile,
    set_indicator_value,
    set_risk,
)
from db.models import RISK_LEVELS
from ui.context import WindowContext
from ui.messages import show_error

EDITABLE_BACKGROUND = QColor("#fffbe6")
LEVEL_COLOURS = {"high": QColor("#f8d7d3"), "medium": QColor("#fdebc8"), "low": QColor("#e3f1dc")}


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class IndicatorsModel(QAbstractTableModel):
    """Rows: indicators. Columns: name, unit, base, a target per year, the actual value per round."""

    FIXED = 3

    def __init__(self, ctx: WindowContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = IndicatorsView([], [])
        self.years: list[str] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.view = indicators_view(self.ctx.store)
        self.years = self.view.years
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.view.indicators)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.FIXED + len(self.years) + len(self.view.rounds)

    def _round(self, column: int):
        index = column - self.FIXED - len(self.years)
        return self.view.rounds[index] if 0 <= index < len(self.view.rounds) else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return translate("IndicatorsPage", "Показатель")
        if section == 1:
            return translate("IndicatorsPage", "Ед.")
        if section == 2:
            return translate("IndicatorsPage", "Базовое")
        if section < self.FIXED + len(self.years):
            return translate("IndicatorsPage", "Цель %1").replace("%1", self.years[section - self.FIXED])
        round_ = self._round(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return round_.name
        return translate("IndicatorsPage", "Факт:\n%1").replace("%1", round_.name)

    def flags(self, index):
        base = super().flags(index)
        if self._round(index.column()) is not None and not self.ctx.is_department:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.view.indicators[index.row()]
        column = index.column()
        round_ = self._round(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return row.name
            if column == 1:
                return row.unit
            if column == 2:
                return row.base_text or _number(row.base_value)
            if round_ is None:
                return _number(row.targets.get(self.years[column - self.FIXED]))
            actual = row.actual.get(round_.id)
            return "" if actual is None else (actual.text if role == Qt.ItemDataRole.DisplayRole and actual.text else _number(actual.value))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return f"{row.name}\n{row.roadmap_title}"
            if round_ is not None and not self.ctx.is_department:
                return translate("IndicatorsPage", "Введите фактическое значение за «%1» (двойной щелчок или F2)").replace("%1", round_.name)
        if role == Qt.ItemDataRole.BackgroundRole and round_ is not None and not self.ctx.is_department:
            return QBrush(EDITABLE_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        round_ = self._round(index.column())
        if round_ is None or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.view.indicators[index.row()]
        try:
            set_indicator_value(self.ctx.store, row.id, round_.id, str(value or ""))
        except UserError as error:
            show_error(error.message, None)
            return False
        self.ctx.changed.emit()
        return True


class RiskModel(QAbstractTableModel):
    def __init__(self, ctx: WindowContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RiskRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = risk_profile(self.ctx.store) if not self.ctx.is_department else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("IndicatorsPage", "Фактор риска"), translate("IndicatorsPage", "Уровень"),
                    translate("IndicatorsPage", "Примечание"))[section]
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() in (1, 2) and self.rows[index.row()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, level_name(row.level), row.note)[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return (row.name, row.level, row.note)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1 and row.level in LEVEL_COLOURS:
            return QBrush(LEVEL_COLOURS[row.level])
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.editable:
                return translate("IndicatorsPage", "Уровень установил отдел образования.")
            return row.name
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (1, 2):
            return False
        row = self.rows[index.row()]
        try:
            if index.column() == 1:
                set_risk(self.ctx.store, row.code, str(value))
            else:
                set_risk(self.ctx.store, row.code, row.level, str(value or ""))
        except UserError as error:
            show_error(error.message, None)
            return False
        self.ctx.changed.emit()
        return True


class LevelDelegate(QStyledItemDelegate):
    """The risk level chosen from the four levels, not typed."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        box = QComboBox(parent)
        for level in RISK_LEVELS:
            box.addItem(level_name(level), level)
        return box

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class IndicatorsPage(QWidget):
    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsPage")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Показатели дорожной карты"))
        heading.setStyleSheet("font-size: 120%; font-weight: bold;")
        top_layout.addWidget(heading)
        self.hint = QLabel(self.tr("Фактические значения за мониторинг вводятся в жёлтых ячейках: двойной щелчок или F2, затем Enter."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setVisible(not ctx.is_department)
        top_layout.addWidget(self.hint)
        self.indicators = IndicatorsModel(ctx, self)
        self.indicator_table = QTableView()
        self.indicator_table.setObjectName("indicatorsTable")
        self.indicator_table.setModel(self.indicators)
        self.indicator_table.setWordWrap(True)
        self.indicator_table.verticalHeader().setVisible(False)
        self.indicator_table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed | QTableView.EditTrigger.AnyKeyPressed
        )
        heading.setBuddy(self.indicator_table)
        top_layout.addWidget(self.indicator_table, 1)
        self.no_indicators = QLabel(self.tr("В дорожных картах пока нет показателей: их задаёт отдел образования."))
        self.no_indicators.setStyleSheet("color: #555;")
        top_layout.addWidget(self.no_indicators)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        risk_heading = QLabel(self.tr("&Рисковый профиль школы"))
        risk_heading.setStyleSheet("font-size: 120%; font-weight: bold;")
        bottom_layout.addWidget(risk_heading)
        self.risks = RiskModel(ctx, self)
        self.risk_table = QTableView()
        self.risk_table.setObjectName("riskTable")
        self.risk_table.setModel(self.risks)
        self.risk_table.setItemDelegateForColumn(1, LevelDelegate(self.risk_table))
        self.risk_table.verticalHeader().setVisible(False)
        self.risk_table.setWordWrap(True)
        header = self.risk_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        risk_heading.setBuddy(self.risk_table)
        bottom_layout.addWidget(self.risk_table, 1)
        splitter.addWidget(bottom)
        bottom.setVisible(not ctx.is_department)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        self.indicators.reload()
        self.risks.reload()
        self.no_indicators.setVisible(not self.indicators.view.indicators)
        header = self.indicator_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.indicator_table.resizeRowsToContents()
        self.risk_table.resizeRowsToContents()
