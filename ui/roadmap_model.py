"""One roadmap as a Qt tree: its sections with their activities, and this profile's progress beside each.

The rows are built from what the services return (`roadmaps_json`, `progress_json`), so the window
shows exactly what `orientir roadmap show` and `orientir progress show` print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.deadlines import recurrence_name
from app.i18n import QT_TRANSLATE_NOOP
from app.progress import is_due_soon, is_overdue, status_name
from app.timeutil import format_date

OVERDUE_COLOUR = QColor("#fbe0dd")
SOON_COLOUR = QColor("#fdf0c4")
DONE_COLOUR = QColor("#dff1da")
SECTION_COLOUR = QColor("#eef1f5")
QUIET_COLOUR = QColor("#6b6f76")
UNCLEAR_COLOUR = QColor("#a05a00")
UNCLEAR_MARK = "⚠"
STATE_COLOURS = {"overdue": OVERDUE_COLOUR, "soon": SOON_COLOUR, "done": DONE_COLOUR}

# Set on every cell of an activity row: "overdue", "soon", "done" or "".
ROW_STATE_ROLE = Qt.ItemDataRole.UserRole + 1
# The activity itself (an ActivityRow) on every cell of its row; None on a section row.
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 2
# The section's title on every cell of a section row and of its activities' rows.
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3

NUMBER, TITLE, DEADLINE, RESPONSIBLE, STATUS, ACTUAL, DOCUMENTS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("RoadmapModel", "№"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Мероприятие"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Срок"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Ответственные"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Статус"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Фактический результат"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Документы"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("RoadmapModel", "Номер мероприятия в дорожной карте"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Наименование мероприятия, как в документе"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Срок, как он записан в документе; наведите указатель, чтобы увидеть понятые даты"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Ответственные исполнители"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Ход выполнения, отмеченный в этом профиле"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Что сделано на самом деле"),
    QT_TRANSLATE_NOOP("RoadmapModel", "Сколько подтверждающих документов, ссылок и файлов приложено"),
)


def fold(text: str) -> str:
    """Text as the search compares it: lower case, «ё» as «е», single spaces."""
    return " ".join(text.lower().replace("ё", "е").split())


@dataclass(frozen=True)
class ActivityRow:
    """One activity and this profile's progress on it; `status` is None when the profile does not report on it.

    `item` and `progress` are the dictionaries the services returned, for the activity panel.
    """

    number: str
    title: str
    section: str
    deadline_text: str
    windows: tuple[tuple[date, date], ...]
    recurrence: str | None
    deadline_understood: bool
    deadline_issue: str | None
    responsible: str
    status: str | None
    reported_by: str
    actual: str
    evidence: tuple[str, ...]
    item: dict = field(compare=False, repr=False)
    progress: dict | None = field(compare=False, repr=False)

    def is_overdue(self, today: date) -> bool:
        """Late work of this profile's own (one rule with the overview and the reports)."""
        return self.status is not None and is_overdue(self.status, self.windows, today)

    def is_due_soon(self, today: date) -> bool:
        return self.status is not None and is_due_soon(self.status, self.windows, today)

    def state(self, today: date) -> str:
        if self.is_overdue(today):
            return "overdue"
        if self.status == "done":
            return "done"
        return "soon" if self.is_due_soon(today) else ""

    def search_text(self) -> str:
        """What the text search looks in: number, title, responsible, actual result."""
        return fold(" ".join((self.number, self.title, self.responsible, self.actual)))


@dataclass
class SectionRow:
    title: str
    activities: list[ActivityRow] = field(default_factory=list)


def roadmap_rows(roadmap: dict, progress_items: list[dict]) -> list[SectionRow | ActivityRow]:
    """Top-level rows in document order: sections holding their activities, and activities outside any section."""
    reported = {(item["roadmap_id"], item["number"]): item for item in progress_items}
    rows: list[SectionRow | ActivityRow] = []
    sections: dict[str, SectionRow] = {}
    for item in roadmap["items"]:
        activity = _activity_row(item, reported.get((roadmap["id"], item["number"])))
        if not item["section"]:
            rows.append(activity)
            continue
        section = sections.get(item["section"])
        if section is None:
            section = sections[item["section"]] = SectionRow(item["section"])
            rows.append(section)
        section.activities.append(activity)
    return rows


def _activity_row(item: dict, progress: dict | None) -> ActivityRow:
    return ActivityRow(
        number=item["number"],
        title=item["title"],
        section=item["section"],
        deadline_text=item["deadline_text"],
        windows=tuple((date.fromisoformat(start), date.fromisoformat(end)) for start, end in item["windows"] or []),
        recurrence=item["recurrence"],
        deadline_understood=item["deadline_understood"],
        deadline_issue=item.get("deadline_issue"),
        responsible=item["responsible"],
        status=progress["status"] if progress else None,
        reported_by=reported_by(item),
        actual=progress["actual"] if progress else "",
        evidence=tuple(e["name"] for e in progress["evidence"]) if progress else (),
        item=item,
        progress=progress,
    )


def reported_by(item: dict) -> str:
    """Who carries out an activity, for the rows this profile does not report on (untranslated; see `tr_reported_by`)."""
    if item["by_department"] and not item["by_schools"]:
        return QT_TRANSLATE_NOOP("RoadmapModel", "Проводит отдел образования")
    if item["by_schools"] and not item["by_department"]:
        return QT_TRANSLATE_NOOP("RoadmapModel", "Выполняют школы")
    return "—"


def tr_reported_by(row: ActivityRow) -> str:
    return QCoreApplication.translate("RoadmapModel", row.reported_by)


def status_text(status: str) -> str:
    name = status_name(status)
    return name[:1].upper() + name[1:]


def spans_text(windows) -> str:
    """The understood dates: «01.09.2025 – 25.12.2025, 01.03.2026»."""
    return ", ".join(format_date(start) if start == end else f"{format_date(start)} – {format_date(end)}" for start, end in windows)


def deadline_tooltip(row: ActivityRow) -> str:
    tr = QCoreApplication.translate
    lines = []
    if not row.deadline_understood:
        lines.append(tr("RoadmapModel", "Срок не понят: уточните его."))
        if row.deadline_issue:
            lines.append(row.deadline_issue)
    lines.append(tr("RoadmapModel", "В документе: «%1»").replace("%1", row.deadline_text or tr("RoadmapModel", "срок не указан")))
    if row.windows:
        lines.append(tr("RoadmapModel", "Понятые даты: %1").replace("%1", spans_text(row.windows)))
    if row.recurrence:
        lines.append(tr("RoadmapModel", "Повторяется: %1").replace("%1", recurrence_name(row.recurrence)))
    if not row.deadline_understood:
        lines.append(tr("RoadmapModel", "Даты из этого срока прочитать не удалось — он показан так, как записан."))
    elif not row.windows:
        lines.append(tr("RoadmapModel", "Точных дат в сроке нет, поэтому просроченным мероприятие не считается."))
    return "\n".join(lines)


class RoadmapModel(QAbstractItemModel):
    """Sections → activities. An index's internal id is 0 for a top-level row, or its section's row + 1."""

    def __init__(self, rows: list[SectionRow | ActivityRow], today: date, parent=None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._today = today

    def set_rows(self, rows: list[SectionRow | ActivityRow], today: date) -> None:
        """Show new data in place, so the view and its filter stay as they were."""
        self.beginResetModel()
        self._rows = rows
        self._today = today
        self.endResetModel()

    @property
    def today(self) -> date:
        return self._today

    def activities(self) -> list[ActivityRow]:
        found: list[ActivityRow] = []
        for row in self._rows:
            found.extend(row.activities if isinstance(row, SectionRow) else [row])
        return found

    def is_section(self, row: int) -> bool:
        return isinstance(self._rows[row], SectionRow)

    def row_state(self, row: ActivityRow) -> str:
        return row.state(self._today)

    def _node(self, index: QModelIndex) -> SectionRow | ActivityRow:
        section = index.internalId()
        if section == 0:
            return self._rows[index.row()]
        return self._rows[section - 1].activities[index.row()]

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        if not parent.isValid():
            return len(self._rows)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        node = self._rows[parent.row()]
        return len(node.activities) if isinstance(node, SectionRow) else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RoadmapModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("RoadmapModel", HEADER_TIPS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        if isinstance(node, SectionRow):
            return self._section_data(node, index.column(), role)
        return self._activity_data(node, index.column(), role)

    def _section_data(self, node: SectionRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return node.title if column == NUMBER else None
        if role == SECTION_ROLE:
            return node.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return SECTION_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            reported = [a for a in node.activities if a.status is not None]
            done = sum(a.status == "done" for a in reported)
            overdue = sum(a.is_overdue(self._today) for a in reported)
            return (
                QCoreApplication.translate("RoadmapModel", "Мероприятий в разделе: %1; выполнено: %2; просрочено: %3")
                .replace("%1", str(len(node.activities)))
                .replace("%2", str(done))
                .replace("%3", str(overdue))
            )
        return None

    def _activity_data(self, row: ActivityRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._activity_text(row, column)
        if role == ROW_STATE_ROLE:
            return self.row_state(row)
        if role == ACTIVITY_ROLE:
            return row
        if role == SECTION_ROLE:
            return row.section
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_COLOURS.get(self.row_state(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._activity_tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DEADLINE and not row.deadline_understood:
                return UNCLEAR_COLOUR
            if row.status is None and column in (STATUS, DOCUMENTS):
                return QUIET_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignHCenter if column == DOCUMENTS else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignTop
        return None

    def _activity_text(self, row: ActivityRow, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == TITLE:
            return row.title
        if column == DEADLINE:
            return f"{UNCLEAR_MARK} {row.deadline_text}" if not row.deadline_understood else row.deadline_text
        if column == RESPONSIBLE:
            return row.responsible
        if column == STATUS:
            if row.status is None:
                return tr_reported_by(row)
            text = status_text(row.status)
            return text + QCoreApplication.translate("RoadmapModel", ", просрочено") if row.is_overdue(self._today) else text
        if column == ACTUAL:
            return row.actual
        if row.status is None:
            return "—"
        return str(len(row.evidence)) if row.evidence else "—"

    def _activity_tooltip(self, row: ActivityRow, column: int) -> str | None:
        if column == DEADLINE:
            return deadline_tooltip(row)
        if column == STATUS and row.status is None:
            return QCoreApplication.translate("RoadmapModel", "Это мероприятие выполняет не ваша организация, поэтому отмечать его здесь не нужно.")
        if column == DOCUMENTS and row.evidence:
            return "\n".join("• " + name for name in row.evidence)
        if column in (TITLE, ACTUAL) and len(self._activity_text(row, column)) > 60:
            return self._activity_text(row, column)
        return None


@dataclass(frozen=True)
class Filters:
    """What the filter bar asks for; the empty value of each field lets every row through."""

    text: str = ""
    status: str | None = None
    overdue: bool = False
    soon: bool = False
    mine: bool = False
    section: str | None = None

    def active(self) -> bool:
        return self != Filters()

    def accepts(self, row: ActivityRow, today: date) -> bool:
        if self.mine and row.status is None:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.overdue and not row.is_overdue(today):
            return False
        if self.soon and not row.is_due_soon(today):
            return False
        if self.section is not None and row.section != self.section:
            return False
        return all(word in row.search_text() for word in fold(self.text).split())


class RoadmapFilter(QSortFilterProxyModel):
    """The rows the filter bar lets through; a section stays while any of its activities does."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filters = Filters()
        self.setRecursiveFilteringEnabled(True)

    @property
    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        source = self.sourceModel()
        row = source.index(source_row, 0, source_parent).data(ACTIVITY_ROLE)
        if row is None:
            # A section shows on its own only when nothing is filtered; otherwise through its activities.
            return not self._filters.active()
        return self._filters.accepts(row, source.today)
