"""One roadmap as a Qt tree: its sections with their activities, and this profile's progress beside each.

The rows are built from what the services return (`roadmaps_json`, `progress_json`), so the window
shows exactly what `orientir roadmap show` and `orientir progress show` print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.deadlines import recurrence_name
from app.i18n import QT_TRANSLATE_NOOP
from app.progress import status_name
from app.timeutil import format_date

OVERDUE_COLOUR = QColor("#fbe0dd")
DONE_COLOUR = QColor("#dff1da")
SECTION_COLOUR = QColor("#eef1f5")
QUIET_COLOUR = QColor("#6b6f76")

# Set on every cell of an activity row: "overdue", "done" or "".
ROW_STATE_ROLE = Qt.ItemDataRole.UserRole + 1

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
FINISHED = ("done", "cancelled")


@dataclass(frozen=True)
class ActivityRow:
    """One activity and this profile's progress on it; `status` is None when the profile does not report on it."""

    number: str
    title: str
    deadline_text: str
    windows: tuple[tuple[date, date], ...]
    recurrence: str | None
    deadline_understood: bool
    responsible: str
    status: str | None
    reported_by: str
    actual: str
    evidence: tuple[str, ...]

    def is_overdue(self, today: date) -> bool:
        """Every window of its deadline has closed and it is neither done nor cancelled."""
        if self.status is None or self.status in FINISHED or not self.windows:
            return False
        return max(end for _, end in self.windows) < today


@dataclass
class SectionRow:
    title: str
    activities: list[ActivityRow] = field(default_factory=list)


def own_progress_items(progress: dict) -> list[dict]:
    """The items this profile reports on itself, from `progress_json`: a school's, or the department's own."""
    if "department" in progress:
        return progress["department"]["items"]
    schools = progress.get("schools") or [{"items": []}]
    return schools[0]["items"]


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
        deadline_text=item["deadline_text"],
        windows=tuple((date.fromisoformat(start), date.fromisoformat(end)) for start, end in item["windows"] or []),
        recurrence=item["recurrence"],
        deadline_understood=item["deadline_understood"],
        responsible=item["responsible"],
        status=progress["status"] if progress else None,
        reported_by=_reported_by(item),
        actual=progress["actual"] if progress else "",
        evidence=tuple(e["name"] for e in progress["evidence"]) if progress else (),
    )


def _reported_by(item: dict) -> str:
    """Who carries out an activity, for the rows this profile does not report on."""
    if item["by_department"] and not item["by_schools"]:
        return QT_TRANSLATE_NOOP("RoadmapModel", "Проводит отдел образования")
    if item["by_schools"] and not item["by_department"]:
        return QT_TRANSLATE_NOOP("RoadmapModel", "Выполняют школы")
    return "—"


def status_text(status: str) -> str:
    name = status_name(status)
    return name[:1].upper() + name[1:]


def deadline_tooltip(row: ActivityRow) -> str:
    lines = [QCoreApplication.translate("RoadmapModel", "В документе: «%1»").replace("%1", row.deadline_text or QCoreApplication.translate("RoadmapModel", "срок не указан"))]
    if row.windows:
        spans = ", ".join(
            format_date(start) if start == end else f"{format_date(start)} – {format_date(end)}" for start, end in row.windows
        )
        lines.append(QCoreApplication.translate("RoadmapModel", "Понятые даты: %1").replace("%1", spans))
    if row.recurrence:
        lines.append(QCoreApplication.translate("RoadmapModel", "Повторяется: %1").replace("%1", recurrence_name(row.recurrence)))
    if not row.deadline_understood:
        lines.append(QCoreApplication.translate("RoadmapModel", "Даты из этого срока прочитать не удалось — он показан так, как записан."))
    elif not row.windows:
        lines.append(QCoreApplication.translate("RoadmapModel", "Точных дат в сроке нет, поэтому просроченным мероприятие не считается."))
    return "\n".join(lines)


class RoadmapModel(QAbstractItemModel):
    """Sections → activities. An index's internal id is 0 for a top-level row, or its section's row + 1."""

    def __init__(self, rows: list[SectionRow | ActivityRow], today: date, parent=None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._today = today

    def activities(self) -> list[ActivityRow]:
        found: list[ActivityRow] = []
        for row in self._rows:
            found.extend(row.activities if isinstance(row, SectionRow) else [row])
        return found

    def is_section(self, row: int) -> bool:
        return isinstance(self._rows[row], SectionRow)

    def row_state(self, row: ActivityRow) -> str:
        if row.is_overdue(self._today):
            return "overdue"
        return "done" if row.status == "done" else ""

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
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"overdue": OVERDUE_COLOUR, "done": DONE_COLOUR}.get(self.row_state(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._activity_tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is None and column in (STATUS, DOCUMENTS):
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
            return row.deadline_text
        if column == RESPONSIBLE:
            return row.responsible
        if column == STATUS:
            if row.status is None:
                return QCoreApplication.translate("RoadmapModel", row.reported_by)
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
