"""The roadmap page: one roadmap of the profile as a tree of sections and activities, with this profile's progress.

A school sees the department's roadmap and its own; the department sees its roadmap with its own progress
on the activities it carries out. The page only arranges what the services return.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.progress import progress_json
from app.roadmaps import roadmaps_json
from app.timeutil import format_date
from ui.context import WindowContext
from ui.roadmap_model import (
    ACTUAL,
    DEADLINE,
    DOCUMENTS,
    DONE_COLOUR,
    NUMBER,
    OVERDUE_COLOUR,
    RESPONSIBLE,
    STATUS,
    TITLE,
    RoadmapModel,
    own_progress_items,
    roadmap_rows,
)

# Widths that leave the two long text columns about 350 px each on a 1366×768 screen.
FIXED_WIDTHS = {NUMBER: 64, DEADLINE: 150, RESPONSIBLE: 165, STATUS: 150, DOCUMENTS: 90}
STRETCHED = (TITLE, ACTUAL)
ROW_PADDING = 2
SEPARATOR_COLOUR = QColor("#dde1e6")


class WrappingDelegate(QStyledItemDelegate):
    """Wrapped cells with some air and a hairline between rows, so long rows stay readable.

    QTreeView asks for a size hint without saying how wide the column is; without the width the text
    would be measured as one line and cut off.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        view = self._view
        if index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent()):
            width = view.viewport().width()
        else:
            width = view.columnWidth(index.column())
        if index.column() == 0:
            depth = 1 if view.rootIsDecorated() else 0
            parent = index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * view.indentation()
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(sized, index) + QSize(0, 2 * ROW_PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        style = self._view.style()
        # The background covers the whole cell; only the text is moved off the edges.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, cell, painter, self._view)
        cell.rect = cell.rect.adjusted(0, ROW_PADDING, 0, -ROW_PADDING)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, self._view)
        painter.save()
        painter.setPen(SEPARATOR_COLOUR)
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class RoadmapPage(QWidget):
    """The profile's roadmaps, one at a time."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.roadmap_choice = QComboBox()
        self.roadmap_title = QLabel()
        self.roadmap_details = QLabel()
        self.tree = QTreeView()
        self._roadmaps = roadmaps_json(ctx.store)["roadmaps"]
        self._progress_items = own_progress_items(progress_json(ctx.store))
        if self._roadmaps:
            self._build_roadmap_area(layout)
            self.show_roadmap(0)
        else:
            empty = QLabel(self._no_roadmaps_text(ctx.info.kind))
            empty.setWordWrap(True)
            layout.addWidget(empty)
            layout.addStretch(1)

    def refresh(self) -> None:
        """Reload after a change elsewhere; the full page with filters and the activity panel is being built."""
        self._roadmaps = roadmaps_json(self.ctx.store)["roadmaps"]
        self._progress_items = own_progress_items(progress_json(self.ctx.store))
        if self._roadmaps and self.tree.model() is not None:
            self.show_roadmap(max(self.roadmap_choice.currentIndex(), 0))

    def _no_roadmaps_text(self, kind: str) -> str:
        if kind == "department":
            return self.tr(
                "В профиле пока нет дорожных карт. Загрузите дорожную карту из файла Word или Excel "
                "командой «orientir roadmap import ФАЙЛ»."
            )
        return self.tr(
            "В профиле пока нет дорожных карт. Дорожная карта отдела образования придёт в его пакете; "
            "карту своей школы можно загрузить из файла Word или Excel командой «orientir roadmap import ФАЙЛ»."
        )

    def _build_roadmap_area(self, layout: QVBoxLayout) -> None:
        if len(self._roadmaps) > 1:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Дорожная карта:")))
            for roadmap in self._roadmaps:
                self.roadmap_choice.addItem(roadmap["title"])
            self.roadmap_choice.currentIndexChanged.connect(self.show_roadmap)
            row.addWidget(self.roadmap_choice, 1)
            layout.addLayout(row)
        # With a choice of roadmaps the list names the one shown; the heading would repeat it.
        self.roadmap_title.setVisible(len(self._roadmaps) == 1)
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        self.roadmap_title.setFont(heading)
        self.roadmap_title.setTextFormat(Qt.TextFormat.PlainText)
        self.roadmap_title.setWordWrap(True)
        layout.addWidget(self.roadmap_title)
        self.roadmap_details.setWordWrap(True)
        self.roadmap_details.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.roadmap_details)

        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(14)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.tree, 1)
        # Wrapped rows change height with their column; Qt folds the many requests of one resize into one layout.
        self.tree.header().sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())

    def show_roadmap(self, position: int) -> None:
        roadmap = self._roadmaps[position]
        model = RoadmapModel(roadmap_rows(roadmap, self._progress_items), self.ctx.today, self)
        previous = self.tree.model()
        self.tree.setModel(model)
        if previous is not None:
            previous.deleteLater()
        for row in range(model.rowCount()):
            if model.is_section(row):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in FIXED_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.roadmap_title.setText(roadmap["title"])
        self.roadmap_details.setText(self._details(roadmap, model))

    def _details(self, roadmap: dict, model: RoadmapModel) -> str:
        parts = []
        order = roadmap["order"]
        if order["number"] or order["date"]:
            approved = self.tr("Утверждена приказом")
            if order["number"]:
                approved += " " + self.tr("№ %1").replace("%1", order["number"])
            if order["date"]:
                approved += " " + self.tr("от %1").replace("%1", format_date(date.fromisoformat(order["date"])))
            parts.append(approved)
        if roadmap["period"]:
            start, end = (format_date(date.fromisoformat(day)) for day in roadmap["period"])
            parts.append(self.tr("период: %1 – %2").replace("%1", start).replace("%2", end))
        activities = model.activities()
        states = [model.row_state(row) for row in activities]
        parts.append(self.tr("мероприятий: %1").replace("%1", str(len(activities))))
        text = " · ".join(parts)
        text = escape(text[:1].upper() + text[1:])
        done = self.tr("выполнено: %1").replace("%1", str(states.count("done")))
        overdue = self.tr("просрочено: %1").replace("%1", str(states.count("overdue")))
        swatch = '<span style="background:%1">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;'
        return (
            f"{text} &nbsp;&nbsp; {swatch.replace('%1', DONE_COLOUR.name())}{done}"
            f" &nbsp;&nbsp; {swatch.replace('%1', OVERDUE_COLOUR.name())}{overdue}"
        )

