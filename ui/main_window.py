"""The main window: a list of pages on the left, the chosen page on the right, menus and a status strip.

A school and a department see different pages; each page is its own module and reloads from the services
when `WindowContext.changed` fires. Pages are built the first time they are shown, so a department with
300 schools opens on its overview without building the 45,000-cell matrix first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import resource_path
from app.profile import ProfileStore
from ui.context import WindowContext, settings
from ui.fonts import UI_FAMILY

BASE_POINT_SIZE = 10
FONT_SCALES = (100, 125, 150)
FONT_SCALE_KEY = "view/font_scale"


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # marked with QT_TRANSLATE_NOOP("MainWindow", …), translated when shown
    factory: Callable[[WindowContext, QWidget], QWidget]


def _page(module: str, name: str) -> Callable[[WindowContext, QWidget], QWidget]:
    """Import a page's module only when the page is first shown: start-up stays quick."""

    def build(ctx: WindowContext, parent: QWidget) -> QWidget:
        from importlib import import_module

        return getattr(import_module(module), name)(ctx, parent)

    return build


SCHOOL_PAGES = (
    PageSpec("roadmap", QT_TRANSLATE_NOOP("MainWindow", "Дорожная карта"), _page("ui.roadmap_page", "RoadmapPage")),
    PageSpec("indicators", QT_TRANSLATE_NOOP("MainWindow", "Показатели и риски"), _page("ui.indicators_page", "IndicatorsPage")),
    PageSpec("exchange", QT_TRANSLATE_NOOP("MainWindow", "Обмен с отделом"), _page("ui.exchange_page", "ExchangePage")),
)
DEPARTMENT_PAGES = (
    PageSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Обзор"), _page("ui.overview_page", "OverviewPage")),
    PageSpec("schools", QT_TRANSLATE_NOOP("MainWindow", "Школы"), _page("ui.schools_page", "SchoolsPage")),
    PageSpec("inbox", QT_TRANSLATE_NOOP("MainWindow", "Входящие пакеты"), _page("ui.inbox_page", "InboxPage")),
    PageSpec("matrix", QT_TRANSLATE_NOOP("MainWindow", "Матрица выполнения"), _page("ui.matrix_page", "MatrixPage")),
    PageSpec("school", QT_TRANSLATE_NOOP("MainWindow", "Отчёты школ"), _page("ui.school_review_page", "SchoolReviewPage")),
    PageSpec("roadmap", QT_TRANSLATE_NOOP("MainWindow", "Дорожная карта"), _page("ui.roadmap_page", "RoadmapPage")),
)


def apply_font_scale(percent: int) -> None:
    """The person's font size for the whole interface: 100, 125 or 150 % of the base size."""
    app = QApplication.instance()
    font = QFont(UI_FAMILY)
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)


def saved_font_scale() -> int:
    value = settings().value(FONT_SCALE_KEY, 100)
    try:
        percent = int(value)
    except (TypeError, ValueError):
        return 100
    return percent if percent in FONT_SCALES else 100


class MainWindow(QMainWindow):
    """The open profile: its pages, menus and status strip."""

    def __init__(
        self, store: ProfileStore, demo: bool = False, missing_dir: Path | None = None, today: date | None = None
    ) -> None:
        """`missing_dir`: the folder asked for that held no profile, so another one was opened instead."""
        super().__init__()
        self.ctx = WindowContext(store, today, demo, self)
        self._store = store
        info = store.info
        title = self.tr("Ориентир — %1").replace("%1", info.name)
        mark = self.tr(" (демонстрация)")
        # The demonstration department's own name already says so.
        self.setWindowTitle(title + mark if demo and not title.endswith(mark) else title)
        self.specs = DEPARTMENT_PAGES if info.kind == "department" else SCHOOL_PAGES
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 4)
        outer.setSpacing(6)
        if demo:
            outer.addWidget(self._demo_bar(missing_dir))
        elif missing_dir is not None:
            outer.addWidget(self._elsewhere_bar(missing_dir))
        body = QHBoxLayout()
        body.setSpacing(8)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Разделы"))
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(self.tr(spec.label))
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", self.tr(spec.label)).replace("%2", str(number)))
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(self._navigation_width())
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QWidget())  # placeholders until a page is first shown
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        # The first page is built here, not in the navigation's slot: a failure while opening the profile
        # must reach the launcher, which turns it into a message, instead of vanishing inside a Qt signal.
        self.page(self.specs[0].key)
        self.navigation.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.ctx.changed.connect(self._data_changed)
        self.ctx.navigate.connect(self.go_to)
        self._build_menus()
        self._build_status_bar(demo)

    # --- pages -------------------------------------------------------------------------------------

    def _navigation_width(self) -> int:
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.tr(spec.label)) for spec in self.specs)
        return widest + 36

    def page(self, key: str) -> QWidget:
        """The page with this key, built now if it was not shown yet."""
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        if key not in self.pages:
            page = self.specs[row].factory(self.ctx, self.stack)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            self._stale.discard(key)
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.specs[self.navigation.currentRow()].key) if self.navigation.currentRow() >= 0 else None

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        self.stack.setCurrentIndex(row)

    def go_to(self, key: str, argument: object = None) -> None:
        """Show a page; a page that can show something particular (a school, an activity) gets `argument`."""
        row = next((i for i, spec in enumerate(self.specs) if spec.key == key), None)
        if row is None:
            return
        self.navigation.setCurrentRow(row)
        if argument is not None and hasattr(self.pages[key], "show_item"):
            self.pages[key].show_item(argument)

    def _data_changed(self) -> None:
        """The visible page reloads now; the others when they are next shown."""
        current = self.specs[self.navigation.currentRow()].key
        for key, page in self.pages.items():
            if key == current:
                page.refresh()
            else:
                self._stale.add(key)

    # --- bars, menus, status ---------------------------------------------------------------------------

    def _demo_bar(self, missing_dir) -> QLabel:
        if self.ctx.is_department:
            text = self.tr(
                "<b>Демонстрационный профиль отдела образования:</b> данные вымышленные, школы и отдел не существуют. "
                "Здесь можно спокойно осмотреться. Чтобы работать со своими школами, создайте профиль отдела: "
                "«Файл → Новый профиль…»."
            )
        else:
            text = self.tr(
                "<b>Демонстрационный профиль:</b> данные вымышленные, школа и отдел образования не существуют. "
                "Здесь можно спокойно осмотреться. Чтобы вести дорожную карту своей школы, получите в отделе "
                "образования файл подключения и создайте по нему профиль школы: «Файл → Новый профиль…»."
            )
        if missing_dir is not None:
            text += " " + self.tr("В папке %1 профиля нет, поэтому открыт демонстрационный.").replace("%1", escape(str(missing_dir)))
        return self._bar("demoBar", text, "#fff3bf", "#e2c44d")

    def _elsewhere_bar(self, missing_dir) -> QLabel:
        text = self.tr("В папке %1 профиля нет, поэтому открыт ваш профиль из папки %2.")
        text = text.replace("%1", escape(str(missing_dir))).replace("%2", escape(str(self._store.root)))
        return self._bar("elsewhereBar", text, "#e4efff", "#9dbbe6")

    @staticmethod
    def _bar(name: str, text: str, background: str, border: str) -> QLabel:
        bar = QLabel(text)
        bar.setTextFormat(Qt.TextFormat.RichText)
        bar.setObjectName(name)
        bar.setWordWrap(True)
        bar.setStyleSheet(
            f"#{name} {{ background: {background}; color: #222; border: 1px solid {border}; border-radius: 3px; padding: 6px 8px; }}"
        )
        return bar

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&Файл"))
        from ui.setup_menu import fill_file_menu

        fill_file_menu(self.file_menu, self)
        self.file_menu.addSeparator()
        leave = QAction(self.tr("В&ыход"), self)
        leave.setShortcut(QKeySequence("Ctrl+Q"))
        leave.triggered.connect(self.close)
        self.file_menu.addAction(leave)

        edit_menu = self.menuBar().addMenu(self.tr("&Правка"))
        find = QAction(self.tr("&Найти…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        edit_menu.addAction(find)

        view_menu = self.menuBar().addMenu(self.tr("&Вид"))
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(self.tr(spec.label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.navigation.setCurrentRow(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Обновить"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.ctx.changed.emit)
        view_menu.addAction(refresh)
        sizes = view_menu.addMenu(self.tr("Размер &шрифта"))
        group = QActionGroup(self)
        current = saved_font_scale()
        for percent in FONT_SCALES:
            action = QAction(self.tr("%1 %").replace("%1", str(percent)), self, checkable=True)
            action.setChecked(percent == current)
            action.triggered.connect(lambda _checked=False, p=percent: self.set_font_scale(p))
            group.addAction(action)
            sizes.addAction(action)

        if self.ctx.is_department:
            from ui.reports_dialog import fill_reports_menu

            self.reports_menu = self.menuBar().addMenu(self.tr("&Отчёты"))
            fill_reports_menu(self.reports_menu, self.ctx, self)

        help_menu = self.menuBar().addMenu(self.tr("&Справка"))
        about = QAction(self.tr("&О программе"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def set_font_scale(self, percent: int) -> None:
        settings().setValue(FONT_SCALE_KEY, percent)
        apply_font_scale(percent)
        self.navigation.setFixedWidth(self._navigation_width())

    def _build_status_bar(self, demo: bool) -> None:
        info = self._store.info
        if demo:
            kind = self.tr("Демонстрационный профиль")
        elif info.kind == "school":
            kind = self.tr("Профиль школы")
        else:
            kind = self.tr("Профиль отдела образования")
        label = QLabel(self.tr("%1 · папка: %2").replace("%1", kind).replace("%2", str(self._store.root)))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(label, 1)
        if info.kind == "school":
            from ui.exchange_status import ExchangeStatus

            self.exchange_status = ExchangeStatus(self.ctx, self)
            self.statusBar().addPermanentWidget(self.exchange_status)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Ориентир %1</h3>"
            "<p>Дорожные карты школ с низкими образовательными результатами: мероприятия, ход выполнения "
            "и подтверждающие документы — для школы и отдела образования, без интернета.</p>"
            "<p>Шрифты: PT Sans и PT Serif — ParaType Free Font License; Liberation Sans и Liberation Serif — "
            "SIL Open Font License 1.1. Тексты лицензий — в папке %2.</p>"
            "<p>Интерфейс построен на Qt %3 (LGPL v3).</p>"
        ).replace("%1", __version__).replace("%2", str(resource_path("fonts", "LICENSES"))).replace("%3", qVersion())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.about_text())
