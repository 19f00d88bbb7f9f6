"""The roadmap page: a roadmap of the profile as a tree of sections and activities, and the chosen activity beside it.

A school sees the department's roadmap and its own; the department sees its roadmap with its own progress
on the activities it carries out. A filter bar narrows the tree (text, status, late, due soon, «мои»,
section); the activity panel on the right records progress. The page only arranges what the services return.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.progress import DUE_SOON_DAYS, own_progress_items
from app.roadmaps import roadmaps_json
from app.timeutil import format_date
from db.models import PROGRESS_STATUSES
from ui.activity_panel import ActivityPanel
from ui.context import WindowContext
from ui.roadmap_editor import RoadmapEditActions
from ui.roadmap_model import (
    ACTIVITY_ROLE,
    ACTUAL,
    DEADLINE,
    DOCUMENTS,
    DONE_COLOUR,
    NUMBER,
    OVERDUE_COLOUR,
    RESPONSIBLE,
    SOON_COLOUR,
    STATUS,
    TITLE,
    ActivityRow,
    Filters,
    RoadmapFilter,
    RoadmapModel,
    roadmap_rows,
    status_text,
)
from ui.widgets import shrinkable

# Widths (in average characters, so they grow with the font) of the columns that do not stretch.
FIXED_CHARS = {NUMBER: 4, DEADLINE: 14, RESPONSIBLE: 13, STATUS: 12, DOCUMENTS: 4}
STRETCHED = (TITLE, ACTUAL)
# When the tree is narrow (a big font, the panel pulled wide), these give way first, in this order:
# the activity panel shows them for the chosen activity.
OPTIONAL_COLUMNS = (DOCUMENTS, RESPONSIBLE, ACTUAL)
MIN_STRETCHED_CHARS = 18
ROW_PADDING = 2
SEPARATOR_COLOUR = QColor("#dde1e6")
# The tree takes five eighths of the width, the activity panel the rest.
SPLIT = (5, 3)


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
    """The profile's roadmaps, one at a time, with the filter bar and the activity panel."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmapPage")
        self.ctx = ctx
        self._roadmaps: list[dict] = []
        self._items: list[dict] = []
        # While the tree is rebuilt its selection flickers; the panel must not follow it.
        self._restoring = False
        self._columns_sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.model = RoadmapModel([], ctx.today, self)
        self.proxy = RoadmapFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.panel = ActivityPanel(ctx)

        layout.addLayout(self._build_chooser())
        self._build_tree()
        self.editing = RoadmapEditActions(ctx, self.tree)
        self.editing.roadmap_loaded.connect(self._roadmap_loaded)
        self.panel.edit_deadline_action = self.editing.edit
        self.empty = self._build_empty()
        self.toolbar = QToolBar(self.tr("Правка дорожной карты"))
        self.toolbar.setObjectName("roadmapToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(self.editing.actions())
        layout.addWidget(self.toolbar)
        layout.addLayout(self._build_filter_bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("roadmapSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panel)
        for position, share in enumerate(SPLIT):
            self.splitter.setStretchFactor(position, share)
        self.splitter.setSizes([share * 1000 for share in SPLIT])
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        chain = [self.roadmap_choice, self.search, self.status_filter, self.overdue_filter, self.soon_filter,
                 self.mine_filter, self.section_filter, self.tree, self.panel.first_field()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._load_data()
        self._show_roadmaps(None, None)

    # --- building --------------------------------------------------------------------------------

    def _build_chooser(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.roadmap_choice = shrinkable(QComboBox())
        self.roadmap_choice.setObjectName("roadmapChoice")
        self.roadmap_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roadmap_choice.setMinimumContentsLength(20)
        self.roadmap_choice.currentIndexChanged.connect(lambda _position: self._show_chosen(None, None))
        self.chooser_label = QLabel(self.tr("Дорожная карт&а:"))
        self.chooser_label.setBuddy(self.roadmap_choice)
        row.addWidget(self.chooser_label)
        row.addWidget(self.roadmap_choice, 1)
        self.roadmap_details = QLabel()
        self.roadmap_details.setObjectName("roadmapDetails")
        self.roadmap_details.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.roadmap_details)
        return row

    def _build_filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Найти (Ctrl+F): номер, слово…"))
        self.search.setToolTip(self.tr("Ищет в номере, названии, ответственных и фактическом результате"))
        self.search.setAccessibleName(self.tr("Поиск по дорожной карте"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Статус"))
        self.status_filter.addItem(self.tr("Любой статус"), None)
        for status in PROGRESS_STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.overdue_filter = QCheckBox(self.tr("Просрочен&ные"))
        self.overdue_filter.setObjectName("overdueFilter")
        self.soon_filter = QCheckBox(self.tr("Скоро сро&к"))
        self.soon_filter.setObjectName("soonFilter")
        self.soon_filter.setToolTip(self.tr("Срок истекает в ближайшие %1 дней").replace("%1", str(DUE_SOON_DAYS)))
        self.mine_filter = QCheckBox(self.tr("&Мои"))
        self.mine_filter.setObjectName("mineFilter")
        self.mine_filter.setToolTip(
            self.tr("Только мероприятия, которые проводит отдел образования") if self.ctx.is_department
            else self.tr("Только мероприятия, которые выполняет школа")
        )
        self.section_filter = shrinkable(QComboBox())
        self.section_filter.setObjectName("sectionFilter")
        self.section_filter.setAccessibleName(self.tr("Раздел"))
        self.section_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_filter.setMinimumContentsLength(10)
        self.count = QLabel()
        self.count.setObjectName("shownCount")
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter)
        row.addWidget(self.overdue_filter)
        row.addWidget(self.soon_filter)
        row.addWidget(self.mine_filter)
        row.addWidget(self.section_filter, 1)
        row.addWidget(self.count)
        self.search.textChanged.connect(self._filters_changed)
        for box in (self.status_filter, self.section_filter):
            box.currentIndexChanged.connect(self._filters_changed)
        for check in (self.overdue_filter, self.soon_filter, self.mine_filter):
            check.toggled.connect(self._filters_changed)
        self._filter_widgets = [self.search, self.status_filter, self.overdue_filter, self.soon_filter,
                                self.mine_filter, self.section_filter, self.count]
        return row

    def _build_tree(self) -> None:
        tree = self.tree
        tree.setObjectName("roadmapTree")
        tree.setAccessibleName(self.tr("Мероприятия дорожной карты"))
        tree.setModel(self.proxy)
        tree.setWordWrap(True)
        tree.setItemDelegate(WrappingDelegate(tree))
        tree.setUniformRowHeights(False)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setIndentation(14)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        # Wrapped rows change height with their column; Qt folds the many requests of one resize into one layout.
        header.sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
        tree.selectionModel().currentRowChanged.connect(self._current_changed)
        tree.viewport().installEventFilter(self)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        # Rows that come back after a filter change are new to the view: span and open them again.
        self.proxy.modelReset.connect(self._arrange_rows)
        self.proxy.rowsInserted.connect(lambda *_: self._arrange_rows())
        self.proxy.layoutChanged.connect(self._arrange_rows)

    def _size_columns(self) -> None:
        header = self.tree.header()
        char = self.tree.fontMetrics().averageCharWidth()
        for column, chars in FIXED_CHARS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Never narrower than the column's own name; the first column also holds the tree's indentation.
            width = max(chars * char, header.sectionSizeFromContents(column).width()) + 12
            header.resizeSection(column, width + (2 * self.tree.indentation() if column == NUMBER else 0))
        for column in STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._columns_sized = True
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Hide the columns the panel repeats when the long texts would otherwise get too narrow to read."""
        available = self.tree.viewport().width()
        least = MIN_STRETCHED_CHARS * self.tree.fontMetrics().averageCharWidth()
        header = self.tree.header()
        hidden: set[int] = set()
        for candidate in (None, *OPTIONAL_COLUMNS):
            if candidate is not None:
                hidden.add(candidate)
            fixed = sum(header.sectionSize(column) for column in FIXED_CHARS if column not in hidden)
            stretched = sum(column not in hidden for column in STRETCHED)
            if available - fixed >= stretched * least:
                break
        for column in OPTIONAL_COLUMNS:
            self.tree.setColumnHidden(column, column in hidden)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._columns_sized:
            self._size_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize and self._columns_sized:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _build_empty(self) -> QWidget:
        """No roadmap yet: what to do, and for the department the button that does it."""
        box = QWidget()
        box.setObjectName("noRoadmaps")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 12, 0, 0)
        self.empty_text = QLabel(self._no_roadmaps_text())
        self.empty_text.setWordWrap(True)
        column.addWidget(self.empty_text)
        self.empty_button = QPushButton(self.tr("&Загрузить дорожную карту из файла…"))
        self.empty_button.setObjectName("loadRoadmapFromFile")
        self.empty_button.setMinimumHeight(36)
        self.empty_button.clicked.connect(lambda _checked=False: self.editing.roadmap_from_file())
        self.empty_button.setVisible(self.ctx.is_department)
        column.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return box

    def _no_roadmaps_text(self) -> str:
        if self.ctx.is_department:
            return self.tr(
                "В профиле пока нет дорожной карты. Загрузите муниципальную дорожную карту из файла Word или Excel: "
                "программа покажет, что нашла в файле, до загрузки."
            )
        return self.tr(
            "В профиле пока нет дорожных карт. Дорожная карта отдела образования придёт в его пакете; "
            "карту своей школы можно создать или загрузить из файла Word или Excel кнопками "
            "«Создать свою карту…» и «Своя карта из файла…» выше."
        )

    def _roadmap_loaded(self, roadmap_id: str) -> None:
        """The roadmap just loaded from a file is the one the person wants to see."""
        self._load_data()
        self._show_roadmaps(roadmap_id, None)

    # --- the page contract -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the services, keeping the roadmap, the filters, the chosen activity and the scroll position."""
        chosen = self.current_roadmap()
        number = self.current_row().number if self.current_row() else None
        scroll = self.tree.verticalScrollBar().value()
        self._load_data()
        self._show_roadmaps(chosen["id"] if chosen else None, number, scroll)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_item(self, argument) -> None:
        """Show an activity: its number, or (roadmap id, number)."""
        roadmap_id, number = argument if isinstance(argument, tuple) else (None, str(argument))
        if roadmap_id is not None:
            self._show_roadmaps(roadmap_id, number)
        elif not self._select(number):
            # Hidden by a filter: a person who asked for it wants to see it.
            self.clear_filters()
            self._select(number)

    def clear_filters(self) -> None:
        for widget in (self.search, self.status_filter, self.section_filter, self.overdue_filter,
                       self.soon_filter, self.mine_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.section_filter.setCurrentIndex(0)
        for check in (self.overdue_filter, self.soon_filter, self.mine_filter):
            check.setChecked(False)
        for widget in (self.search, self.status_filter, self.section_filter, self.overdue_filter,
                       self.soon_filter, self.mine_filter):
            widget.blockSignals(False)
        self._filters_changed()

    # --- what is shown ---------------------------------------------------------------------------

    def current_roadmap(self) -> dict | None:
        position = self.roadmap_choice.currentIndex()
        return self._roadmaps[position] if 0 <= position < len(self._roadmaps) else None

    def current_row(self) -> ActivityRow | None:
        return self.tree.currentIndex().data(ACTIVITY_ROLE)

    def _load_data(self) -> None:
        self._roadmaps = roadmaps_json(self.ctx.store)["roadmaps"]
        self._items = own_progress_items(self.ctx.store)

    def _show_roadmaps(self, roadmap_id: str | None, number: str | None, scroll: int = 0) -> None:
        has_any = bool(self._roadmaps)
        self.empty.setVisible(not has_any)
        self.splitter.setVisible(has_any)
        for widget in (*self._filter_widgets, self.roadmap_choice, self.chooser_label, self.roadmap_details):
            widget.setVisible(has_any)
        ids = [roadmap["id"] for roadmap in self._roadmaps]
        self.roadmap_choice.blockSignals(True)
        self.roadmap_choice.clear()
        for roadmap in self._roadmaps:
            self.roadmap_choice.addItem(self._choice_text(roadmap), roadmap["id"])
            self.roadmap_choice.setItemData(self.roadmap_choice.count() - 1, self._about(roadmap), Qt.ItemDataRole.ToolTipRole)
        self.roadmap_choice.setCurrentIndex(ids.index(roadmap_id) if roadmap_id in ids else 0 if ids else -1)
        self.roadmap_choice.blockSignals(False)
        self._show_chosen(number, scroll)

    def _choice_text(self, roadmap: dict) -> str:
        if roadmap["owner"] == "school":
            return self.tr("Своя: %1").replace("%1", roadmap["title"])
        return roadmap["title"]

    def _show_chosen(self, number: str | None, scroll: int | None) -> None:
        roadmap = self.current_roadmap()
        self._restoring = True
        try:
            self.model.set_rows(roadmap_rows(roadmap, self._items) if roadmap else [], self.ctx.today)
            self._fill_sections()
            if not self._columns_sized:
                self._size_columns()
            found = self._select(number) if number else False
            if scroll:
                self.tree.doItemsLayout()
                self.tree.verticalScrollBar().setValue(scroll)
        finally:
            self._restoring = False
        self.roadmap_details.setText(self._details(roadmap) if roadmap else "")
        self.roadmap_choice.setToolTip(self._about(roadmap) if roadmap else "")
        self._update_count()
        self._target_changed(self.current_row() if found else None)

    def _fill_sections(self) -> None:
        chosen = self.section_filter.currentData()
        sections = list(dict.fromkeys(row.section for row in self.model.activities() if row.section))
        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("Все разделы"), None)
        for title in sections:
            self.section_filter.addItem(title, title)
            self.section_filter.setItemData(self.section_filter.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.section_filter.setCurrentIndex(max(self.section_filter.findData(chosen), 0) if chosen else 0)
        self.section_filter.blockSignals(False)
        self._filters_changed()

    def _arrange_rows(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ACTIVITY_ROLE) is None:
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _select(self, number: str) -> bool:
        for index in self._proxy_activities():
            if index.data(ACTIVITY_ROLE).number == number:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return True
        return False

    def _proxy_activities(self) -> list[QModelIndex]:
        found = []
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ACTIVITY_ROLE) is not None:
                found.append(index)
            found += [self.proxy.index(child, 0, index) for child in range(self.proxy.rowCount(index))]
        return found

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._restoring:
            self._target_changed(current.data(ACTIVITY_ROLE))

    def _target_changed(self, row: ActivityRow | None) -> None:
        """The chosen activity goes to the panel and to the editing actions."""
        roadmap = self.current_roadmap()
        self.editing.set_target(roadmap, row.number if row else None)
        self.panel.show_activity(roadmap, row)

    def _context_menu(self, position) -> None:
        if not self.editing.owns():
            return
        menu = QMenu(self)
        menu.addActions([self.editing.add, self.editing.edit, self.editing.remove])
        menu.addSeparator()
        menu.addActions([self.editing.up, self.editing.down])
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _filters_changed(self) -> None:
        filters = Filters(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            overdue=self.overdue_filter.isChecked(),
            soon=self.soon_filter.isChecked(),
            mine=self.mine_filter.isChecked(),
            section=self.section_filter.currentData(),
        )
        self.proxy.set_filters(filters)
        self._arrange_rows()
        self._update_count()

    def _update_count(self) -> None:
        activities = self.model.activities()
        shown = sum(self.proxy.filters.accepts(row, self.model.today) for row in activities)
        self.count.setText(self.tr("показано %1 из %2").replace("%1", str(shown)).replace("%2", str(len(activities))))

    def _details(self, roadmap: dict) -> str:
        """How many activities are done, due soon and late, with the colours the tree uses."""
        states = [self.model.row_state(row) for row in self.model.activities()]
        swatch = '<span style="background:%1">&nbsp;&nbsp;&nbsp;</span>&nbsp;'
        counts = (
            (DONE_COLOUR, self.tr("выполнено: %1"), "done"),
            (SOON_COLOUR, self.tr("скоро срок: %1"), "soon"),
            (OVERDUE_COLOUR, self.tr("просрочено: %1"), "overdue"),
        )
        return " &nbsp; ".join(swatch.replace("%1", colour.name()) + label.replace("%1", str(states.count(state)))
                               for colour, label, state in counts)

    def _about(self, roadmap: dict) -> str:
        """The roadmap's full title, order and period, for the chooser's tooltip."""
        lines = [roadmap["title"]]
        order = roadmap["order"]
        if order["number"] or order["date"]:
            approved = self.tr("Утверждена приказом")
            if order["number"]:
                approved += " " + self.tr("№ %1").replace("%1", order["number"])
            if order["date"]:
                approved += " " + self.tr("от %1").replace("%1", format_date(date.fromisoformat(order["date"])))
            lines.append(approved)
        if roadmap["period"]:
            start, end = (format_date(date.fromisoformat(day)) for day in roadmap["period"])
            lines.append(self.tr("Период: %1 – %2").replace("%1", start).replace("%2", end))
        return "\n".join(lines)
