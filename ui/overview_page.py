"""The department's overview: what a head of department reads in ten seconds.

The current monitoring round and its due date, how many schools reported in it, how many activities are
late; every school's progress as a bar, worst first, with its overdue count and a marker when it has not
reported this round; the roadmap's indicators against their targets. A click on a school opens its report.
With no school yet the page shows only the first step: enrol one (`ui.empty_state`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.overview import IndicatorLine, Overview, SchoolLine, overview
from app.timeutil import format_date
from ui.context import WindowContext
from ui.department_style import (
    DONE,
    IN_PROGRESS,
    LATE,
    NOT_REPORTED,
    QUIET,
    badge,
    paint_bar,
)
from ui.empty_state import ADD_SCHOOL, EmptyState

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} {unit}".strip() if unit else text


def worst_first(schools: tuple[SchoolLine, ...]) -> list[SchoolLine]:
    """Least done first; among equals the most overdue, then those that have not reported."""
    return sorted(schools, key=lambda s: (s.summary.percent_done, -s.summary.overdue,
                                          s.summary.reported_this_round is not False, s.name))


class SchoolProgressModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[SchoolLine] = []

    def set_lines(self, lines: list[SchoolLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line(self, row: int) -> SchoolLine:
        return self._lines[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.summary.short_name or line.name
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(line).replace("\n", "; ")
        return None

    def _tooltip(self, line: SchoolLine) -> str:
        s = line.summary
        tr = self.tr
        lines = [
            line.name,
            tr("Выполнено %1 из %2 (%3 %)").replace("%1", str(s.done)).replace("%2", str(s.total - s.cancelled))
            .replace("%3", str(s.percent_done)),
            tr("В работе: %1; не начато: %2; не выполнено: %3; просрочено: %4").replace("%1", str(s.in_progress))
            .replace("%2", str(s.not_started)).replace("%3", str(s.not_done)).replace("%4", str(s.overdue)),
        ]
        if s.last_report is not None:
            lines.append(tr("Последний пакет получен %1").replace("%1", format_date(s.last_report.date())))
        else:
            lines.append(tr("Пакетов от школы ещё не было"))
        if s.reported_this_round is False:
            lines.append(tr("В текущем мониторинге не отчиталась"))
        lines.append(tr("Щёлкните, чтобы открыть отчёт школы"))
        return "\n".join(lines)


class SchoolBarDelegate(QStyledItemDelegate):
    """Name · bar (done, in progress) · percent · overdue count · «не отчиталась».

    On one line when the list is wide enough; on two (name and markers, then the bar) when it is not,
    as at 150 % font, so nothing is cut off.
    """

    def __init__(self, view: QListView, page: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self._page = page

    def _widths(self, metrics) -> tuple[int, int, int]:
        tr = self._page.tr
        late = metrics.horizontalAdvance(tr("просрочено: %1").replace("%1", "000")) + 16
        silent = metrics.horizontalAdvance(tr("не отчиталась")) + 16
        percent = metrics.horizontalAdvance("100 %") + 10
        return late, silent, percent

    def _one_line(self, width: int, metrics) -> bool:
        late, silent, percent = self._widths(metrics)
        return width - late - silent - percent - 4 * 8 >= 2 * metrics.horizontalAdvance("М" * 12)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        metrics = option.fontMetrics
        lines = 1 if self._one_line(self._view.viewport().width() - 12, metrics) else 2
        return QSize(300, int(metrics.height() * (0.9 + lines)) + (4 if lines == 2 else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        line: SchoolLine = index.data(LINE_ROLE)
        s = line.summary
        view_item = QStyleOptionViewItem(option)
        self.initStyleOption(view_item, index)
        view_item.text = ""
        self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, view_item, painter, self._view)
        metrics = option.fontMetrics
        tr = self._page.tr
        rect = option.rect.adjusted(6, 0, -6, 0)
        late_width, silent_width, percent_width = self._widths(metrics)
        height = metrics.height() + 4
        one_line = self._one_line(rect.width(), metrics)
        top = rect.top() + (rect.height() - (height if one_line else 2 * height + 2)) // 2
        badges_width = late_width + silent_width + 8
        if one_line:
            name_width = max(int(rect.width() * 0.34), rect.width() - badges_width - percent_width - 24 - 4 * 8 - 300)
            bar = QRect(rect.left() + name_width + 8, top + 3, rect.width() - name_width - percent_width - badges_width - 3 * 8,
                        height - 6)
            badges_left = bar.right() + 8 + percent_width + 8
            name_rect = QRect(rect.left(), top, name_width, height)
        else:
            name_rect = QRect(rect.left(), top, rect.width() - badges_width - 8, height)
            bar = QRect(rect.left(), top + height + 2 + 3, rect.width() - percent_width - 8, height - 6)
            badges_left = rect.right() - badges_width
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected
        text_colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        painter.setPen(text_colour)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, name_rect.width()))
        counted = max(s.total - s.cancelled, 1)
        paint_bar(painter, bar, [(s.done / counted, DONE), (s.in_progress / counted, IN_PROGRESS)])
        painter.setPen(text_colour)
        painter.drawText(QRect(bar.right() + 8, bar.top() - 3, percent_width, height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"{s.percent_done} %")
        badge_top = name_rect.top()
        if s.overdue:
            badge(painter, QRect(badges_left, badge_top, late_width, height),
                  tr("просрочено: %1").replace("%1", str(s.overdue)), LATE)
        if s.reported_this_round is False:
            badge(painter, QRect(badges_left + late_width + 8, badge_top, silent_width, height), tr("не отчиталась"),
                  NOT_REPORTED)
        painter.restore()


INDICATOR_HEADERS = (
    QT_TRANSLATE_NOOP("OverviewPage", "Показатель"),
    QT_TRANSLATE_NOOP("OverviewPage", "Было"),
    QT_TRANSLATE_NOOP("OverviewPage", "Цель"),
    QT_TRANSLATE_NOOP("OverviewPage", "Сейчас"),
    QT_TRANSLATE_NOOP("OverviewPage", "К цели"),
)
NAME, BASE, TARGET, ACTUAL, TOWARDS = range(5)


class IndicatorModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[IndicatorLine] = []

    def set_lines(self, lines: list[IndicatorLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return len(INDICATOR_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(INDICATOR_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return line.name
            if column == BASE:
                return line.base_text or _number(line.base_value, line.unit)
            if column == TARGET:
                return _number(line.target, line.unit)
            if column == ACTUAL:
                return _number(line.actual, line.unit)
            return None if line.progress is None else f"{round(line.progress * 100)} %"
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _tooltip(self, line: IndicatorLine) -> str:
        parts = [line.name]
        if line.target_year is not None:
            parts.append(self.tr("Цель на %1 год: %2").replace("%1", str(line.target_year)).replace("%2", _number(line.target, line.unit)))
        if line.actual is None:
            parts.append(self.tr("Значений пока нет"))
        elif line.reported_by:
            parts.append(self.tr("Сейчас — среднее по школам, приславшим значение (%1)").replace("%1", str(line.reported_by)))
        else:
            parts.append(self.tr("Сейчас — значение, внесённое отделом образования"))
        return "\n".join(parts)


class TowardsDelegate(QStyledItemDelegate):
    """The «К цели» column: how far from the base towards the target, as a bar with the percent on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        line: IndicatorLine = index.data(LINE_ROLE)
        if line is None or line.progress is None:
            super().paint(painter, option, index)
            return
        rect = option.rect.adjusted(4, 5, -4, -5)
        paint_bar(painter, rect, [(line.progress, DONE if line.progress >= 1 else IN_PROGRESS)])
        painter.save()
        painter.setPen(option.palette.text().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data())
        painter.restore()


class OverviewPage(QWidget):
    """The department's first page."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.ctx = ctx
        self.data: Overview | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # No schools yet: the figures, bars and boxes would all be empty, so only the first step is shown.
        self.empty = EmptyState("noSchools")
        self.empty.set_case(
            self.tr("Школ пока нет. Подключите первую школу: программа запишет файл подключения, который нужно "
                    "отправить школе. Когда школы начнут присылать пакеты, здесь будет видно, как они выполняют "
                    "дорожную карту."),
            self.tr("Подключить &школу…"),
            lambda: self.ctx.navigate.emit("schools", ADD_SCHOOL),
        )
        outer.addWidget(self.empty, 1)
        self.content = QWidget()
        self.content.setObjectName("overviewContent")
        outer.addWidget(self.content, 1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.round_label = QLabel()
        self.round_label.setObjectName("roundLabel")
        self.round_label.setWordWrap(True)
        self.round_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.round_label)

        cards = QHBoxLayout()
        cards.setSpacing(8)
        self.schools_card = self._card(cards, self.tr("школ в списке"))
        self.reported_card = self._card(cards, self.tr("отчитались в этом мониторинге"))
        self.overdue_card = self._card(cards, self.tr("просроченных мероприятий у школ"))
        self.done_card = self._card(cards, self.tr("выполнено в среднем по школам"))
        layout.addLayout(cards)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        schools_box = QGroupBox(self.tr("Выполнение по школам — сначала отстающие"))
        box_layout = QVBoxLayout(schools_box)
        self.no_bundles = QLabel(self.tr(
            "Школы ещё не присылали пакетов: выполнение появится, когда вы загрузите их пакеты на странице "
            "«Входящие пакеты»."
        ))
        self.no_bundles.setObjectName("noBundlesYet")
        self.no_bundles.setWordWrap(True)
        self.no_bundles.setStyleSheet(f"color: {QUIET.name()}")
        box_layout.addWidget(self.no_bundles)
        self.schools_model = SchoolProgressModel(self)
        self.schools_view = QListView()
        self.schools_view.setObjectName("schoolBars")
        self.schools_view.setAccessibleName(self.tr("Выполнение по школам"))
        self.schools_view.setModel(self.schools_model)
        self.schools_view.setItemDelegate(SchoolBarDelegate(self.schools_view, self))
        self.schools_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.schools_view.setUniformItemSizes(True)
        self.schools_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schools_view.clicked.connect(self._open_school)
        self.schools_view.activated.connect(self._open_school)
        box_layout.addWidget(self.schools_view, 1)
        self.legend = self._legend()
        box_layout.addWidget(self.legend)
        splitter.addWidget(schools_box)

        side = QWidget()
        self.side_layout = side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        silent_box = QGroupBox(self.tr("Не отчитались в этом мониторинге"))
        silent_layout = QVBoxLayout(silent_box)
        self.silent_label = QLabel()
        self.silent_label.setObjectName("silentSchools")
        self.silent_label.setWordWrap(True)
        self.silent_label.setTextFormat(Qt.TextFormat.RichText)
        self.silent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.silent_label.linkActivated.connect(lambda school_id: self.ctx.navigate.emit("school", school_id))
        silent_layout.addWidget(self.silent_label)
        side_layout.addWidget(silent_box)
        indicators_box = QGroupBox(self.tr("Показатели дорожной карты"))
        indicators_layout = QVBoxLayout(indicators_box)
        self.indicator_model = IndicatorModel(self)
        self.indicators_view = QTableView()
        self.indicators_view.setObjectName("indicatorTable")
        self.indicators_view.setModel(self.indicator_model)
        self.indicators_view.setItemDelegateForColumn(TOWARDS, TowardsDelegate(self))
        self.indicators_view.setWordWrap(True)
        self.indicators_view.verticalHeader().hide()
        self.indicators_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.indicators_view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (BASE, TARGET, ACTUAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TOWARDS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TOWARDS, 90)
        self.indicators_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        indicators_layout.addWidget(self.indicators_view)
        self.no_indicators = QLabel(self.tr("В дорожной карте нет показателей."))
        indicators_layout.addWidget(self.no_indicators)
        self.indicators_box = indicators_box
        side_layout.addWidget(indicators_box, 1)
        # Without indicators the box keeps to its one line at the top; the space below stays empty.
        side_layout.addStretch(0)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.refresh()

    def _card(self, row: QHBoxLayout, caption: str) -> QLabel:
        frame = QFrame()
        frame.setObjectName("overviewCard")
        frame.setStyleSheet("#overviewCard { background: #f4f6f8; border: 1px solid #dde1e6; border-radius: 4px; }")
        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 6, 10, 6)
        number = QLabel("—")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        number.setFont(font)
        text = QLabel(caption)
        text.setWordWrap(True)
        grid.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(text, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        row.addWidget(frame, 1)
        return number

    def _legend(self) -> QLabel:
        swatch = '<span style="background:%1">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2'
        parts = [
            swatch.replace("%1", DONE.name()).replace("%2", escape(self.tr("выполнено"))),
            swatch.replace("%1", IN_PROGRESS.name()).replace("%2", escape(self.tr("в работе"))),
            swatch.replace("%1", LATE.name()).replace("%2", escape(self.tr("просрочено"))),
            swatch.replace("%1", NOT_REPORTED.name()).replace("%2", escape(self.tr("не отчиталась в этом мониторинге"))),
        ]
        legend = QLabel(" &nbsp;&nbsp; ".join(parts))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {QUIET.name()}")
        return legend

    def refresh(self) -> None:
        self.data = data = overview(self.ctx.store, self.ctx.today)
        self.round_label.setText(self._round_text(data))
        schools = data.schools
        self.schools_card.setText(str(len(schools)))
        self.reported_card.setText(
            self.tr("%1 из %2").replace("%1", str(data.reported)).replace("%2", str(len(schools))) if data.round else "—"
        )
        self.overdue_card.setText(str(data.overdue))
        average = round(sum(s.summary.percent_done for s in schools) / len(schools)) if schools else 0
        self.done_card.setText(f"{average} %")
        self.schools_model.set_lines(worst_first(schools))
        self.empty.setVisible(not schools)
        self.content.setVisible(bool(schools))
        self.no_bundles.setVisible(bool(schools) and not any(s.bundles_received for s in schools))
        self.silent_label.setText(self._silent_text(data))
        self.indicator_model.set_lines(list(data.indicators))
        self.indicators_view.setVisible(bool(data.indicators))
        self.no_indicators.setVisible(not data.indicators)
        self.side_layout.setStretchFactor(self.indicators_box, 1 if data.indicators else 0)
        self.side_layout.setStretch(self.side_layout.count() - 1, 0 if data.indicators else 1)

    def _round_text(self, data: Overview) -> str:
        if data.round is not None:
            if data.round.starts_on is not None:
                text = self.tr("Текущий мониторинг: <b>%1</b> — с %2, сдать до <b>%3</b>")
                text = text.replace("%2", format_date(data.round.starts_on))
            else:
                text = self.tr("Текущий мониторинг: <b>%1</b> — сдать до <b>%3</b>")
            text = text.replace("%1", escape(data.round.name))
            text = text.replace("%3", format_date(data.round.due_date))
            if data.round.due_date < data.today:
                text += " " + self.tr("(срок прошёл)")
            return f"<span style='font-size:large'>{text}</span>"
        if data.next_round is not None:
            text = self.tr("Текущего мониторинга нет. Следующий — <b>%1</b>: с %2, сдать до %3.")
            text = text.replace("%1", escape(data.next_round.name)).replace("%2", format_date(data.next_round.starts_on))
            return text.replace("%3", format_date(data.next_round.due_date))
        return self.tr("Мониторинги не назначены: отметка «не отчиталась» появится, когда в дорожной карте будет "
                       "мониторинг с датой начала.")

    def _silent_text(self, data: Overview) -> str:
        if data.round is None:
            return escape(self.tr("Текущего мониторинга нет."))
        silent = [s for s in data.schools if s.summary.reported_this_round is False]
        if not silent:
            return escape(self.tr("Все школы прислали пакеты в этом мониторинге."))
        links = []
        for school in silent:
            when = (self.tr("последний пакет %1").replace("%1", format_date(school.summary.last_report.date()))
                    if school.summary.last_report else self.tr("пакетов не было"))
            links.append(f'<a href="{school.id}">{escape(school.name)}</a> <span style="color:{QUIET.name()}">'
                         f'({escape(when)})</span>')
        return "<br>".join(links)

    def _open_school(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.navigate.emit("school", self.schools_model.line(index.row()).id)
