"""The PDF report's main table: «№ п/п | Наименование мероприятия | Ожидаемый результат | Фактический
результат», grouped by section, with every party's result on an activity labelled by the party.

A district of 300 schools and 150 activities makes some 45 000 results, so the table is not one
reportlab Table (re-measured from its remaining rows at every page break, which grows with the square
of its length). Each activity's first row — its number, name, expected result and first party — is a
small Table; every further party is a `_PartyRow`, a flowable that draws its own column rules and its
text (`pdf_text.RichText`). The page template draws the column header on every page the table runs
onto (`MainTableState`) and closes the table's frame at the page's foot. A page that begins inside an
activity shows its number and «(продолжение)»; a row taller than a page splits between its lines.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Frame,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports import texts
from app.reports.model import ActivityReport, PartyResult, ReportData
from app.reports.pdf_style import (
    CELL_PADDING,
    HEADER_FILL,
    SECTION_FILL,
    WIDTH,
    breakable,
    styles,
    text,
)
from app.reports.pdf_text import RichText, Run

# № | name | expected | actual: the actual result takes the most, it carries every school's text.
COLUMNS = (32.0, 118.0, 104.0, WIDTH - 32.0 - 118.0 - 104.0)
EDGES = (0.0, 32.0, 150.0, 254.0, WIDTH)
TOP_PADDING, BOTTOM_PADDING = 2.0, 3.0
RULE = 0.5
# The least height of either part of a first row split across pages: two lines of table text.
MIN_ROW_PART = 30


class MainTableState:
    """Where the main table stands while pages are laid out, shared by its rows and the page template."""

    def __init__(self) -> None:
        self.open = False  # its header has been drawn and its last row not yet
        self.frame: Frame | None = None  # the frame being filled, set by the document at each page
        self.last_bottom = 0.0  # where, on this page, its last drawn row ends

    def at_top(self) -> bool:
        """Whether nothing has been placed in the current frame yet (reportlab's own `_atTop` flag)."""
        return bool(self.frame is not None and self.frame._atTop)

    def header(self) -> Table:
        """The column header as a table of its own, for the page template to draw."""
        table = Table([_header_cells()], colWidths=COLUMNS)
        table.setStyle(TableStyle(_header_commands(0)))
        return table


class _Marker(Flowable):
    """Takes no room and runs `on_draw` when drawn: the table opens (in its header) or closes (after it)."""

    def __init__(self, on_draw: Callable[[], None]) -> None:
        super().__init__()
        self._on_draw = on_draw

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._on_draw()


class _Announce(Paragraph):
    """The № cell of an activity's first row: drawing it reports progress and gives «Отмена» its chance."""

    def __init__(self, number: str, style: ParagraphStyle, on_draw: Callable[[], None]) -> None:
        super().__init__(text(number), style)
        self._on_draw = on_draw

    def draw(self) -> None:
        self._on_draw()
        super().draw()


class _ActivityTable(LongTable):
    """An activity's first row, with the header and the section's name above it where they begin."""

    state: MainTableState
    number = ""
    lead = 0  # rows above the activity's own: the column header, the section's name

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A header or a section's name is not left at a page's foot: unless the page is fresh, the
        # whole goes on to the next one (reportlab's NOSPLIT does not hold when a row splits inside).
        if self.lead and not self.state.at_top():
            return []
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.state, part.number = self.state, self.number
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The rest of a row split at a page's end names its activity where it begins the next page;
        # it is first tried in what is left of the page, where the label would be wrong.
        first = self._cellvalues[0]
        if self.state.at_top() and not _has_paragraph(first[0]):
            centre = styles()["cell_centre"]
            first[0] = [Paragraph(text(self.number), centre)]
            if not _has_paragraph(first[1]):
                first[1] = [Paragraph(text(texts.continued_text()), centre)]
        return super().wrap(availWidth, availHeight)

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        self.state.last_bottom = y
        super().drawOn(canvas, x, y, _sW)


def _has_paragraph(cell: object) -> bool:
    items = cell if isinstance(cell, (list, tuple)) else [cell]
    return any(isinstance(f, Paragraph) for f in items)


class _PartyRow(Flowable):
    """One more party's result under an activity: the column rules, and the text in the last column."""

    def __init__(self, body: RichText, number: str, state: MainTableState, last: bool) -> None:
        super().__init__()
        self.body, self.number, self.state, self.last = body, number, state, last
        self.labelled = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.labelled = self.state.at_top()  # a page begins here: name the activity
        height = self.body.wrap(COLUMNS[3] - 2 * CELL_PADDING, availHeight)[1]
        if self.labelled:
            height = max(height, 2 * styles()["cell"].leading)
        self.width, self.height = WIDTH, height + TOP_PADDING + BOTTOM_PADDING
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        width = COLUMNS[3] - 2 * CELL_PADDING
        parts = self.body.split(width, availHeight - TOP_PADDING - BOTTOM_PADDING)
        if len(parts) != 2:
            return []
        return [_PartyRow(parts[0], self.number, self.state, False), _PartyRow(parts[1], self.number, self.state, self.last)]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        self.state.last_bottom = y
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(RULE)
        rules = [(edge, 0, edge, self.height) for edge in EDGES]
        if self.last:
            rules.append((0, 0, WIDTH, 0))
        canvas.lines(rules)  # one call for the row's rules: a big report draws a quarter of a million
        if self.labelled:
            centre = styles()["cell_centre"]
            for column, label in ((0, self.number), (1, texts.continued_text())):
                paragraph = Paragraph(text(label), centre)
                height = paragraph.wrap(COLUMNS[column] - 2 * CELL_PADDING, self.height)[1]
                paragraph.drawOn(canvas, EDGES[column] + CELL_PADDING, self.height - TOP_PADDING - height)
        self.body.drawOn(canvas, EDGES[3] + CELL_PADDING, self.height - TOP_PADDING - self.body.height)


def _header_cells() -> list[Paragraph]:
    return [Paragraph(text(h), styles()["head"]) for h in texts.table_headers()]


def _header_commands(row: int) -> list[tuple]:
    return [
        ("FONT", (0, row), (-1, row), styles()["cell"].fontName, styles()["cell"].fontSize),
        ("GRID", (0, row), (-1, row), RULE, colors.black),
        ("BOX", (0, row), (-1, row), 0.8, colors.black),
        ("VALIGN", (0, row), (-1, row), "MIDDLE"),
        ("BACKGROUND", (0, row), (-1, row), HEADER_FILL),
        ("TOPPADDING", (0, row), (-1, row), 2),
        ("BOTTOMPADDING", (0, row), (-1, row), 3),
    ]


def main_table(data: ReportData, state: MainTableState, step: Callable[[], None]) -> list[Flowable]:
    """The table's flowables, from the one carrying the column header to the marker that closes it."""
    cell = styles()["cell"]
    flowables: list[Flowable] = []
    leading: list[list] = [_header_cells()]
    leading[0][0] = [_Marker(lambda: setattr(state, "open", True)), leading[0][0]]
    lead_commands = _header_commands(0)
    section_rows = texts.has_section_rows(data)
    for section in data.sections:
        if section_rows:
            r = len(leading)
            leading.append([Paragraph(text(texts.section_title(section)), styles()["section"]), "", "", ""])
            lead_commands += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), SECTION_FILL),
                ("GRID", (0, r), (-1, r), RULE, colors.black),
            ]
        for activity in section.activities:
            flowables += _activity(data, activity, leading, lead_commands, state, step)
            leading, lead_commands = [], []
    if leading:  # sections with no activities at the end, or no sections at all
        table = Table(leading, colWidths=COLUMNS)
        table.setStyle(TableStyle([*lead_commands, ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize)]))
        flowables.append(table)
    if isinstance(flowables[-1], _PartyRow):
        flowables[-1].last = True  # it draws the table's bottom rule
    flowables.append(_Marker(lambda: setattr(state, "open", False)))
    return flowables


def _activity(data: ReportData, activity: ActivityReport, leading: list[list], lead_commands: list[tuple],
              state: MainTableState, step: Callable[[], None]) -> list[Flowable]:
    cell = styles()["cell"]
    labelled = data.school_filter is None or len(activity.results) > 1
    results = [RichText(result_paragraphs(r, labelled), cell) for r in activity.results]
    title = Paragraph(breakable(activity.title, COLUMNS[1] - 2 * CELL_PADDING, cell), cell)
    expected = Paragraph(breakable(activity.expected_result, COLUMNS[2] - 2 * CELL_PADDING, cell), cell)
    together = _beside_title(results, max(_height(title, 1), _height(expected, 2)))
    first_row = [
        _Announce(activity.number, styles()["cell_centre"], step),
        title,
        expected,
        _stacked(results[:together]) if results else RichText([[Run(texts.no_result_text(), "italic")]], cell),
    ]
    lead = len(leading)
    commands = lead_commands + [
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),  # empty cells too: no stray Helvetica
        ("VALIGN", (0, lead), (-1, -1), "TOP"),
        # Open at the foot when more parties follow: their rows continue the activity's cells.
        ("LINEABOVE", (0, lead), (-1, lead), RULE, colors.black),
        ("LINEBEFORE", (0, lead), (-1, -1), RULE, colors.black),
        ("LINEAFTER", (0, lead), (-1, -1), RULE, colors.black),
        *([] if len(results) > 1 else [("LINEBELOW", (0, -1), (-1, -1), RULE, colors.black)]),
        ("TOPPADDING", (0, lead), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, lead), (-1, -1), BOTTOM_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    table = _ActivityTable([*leading, first_row], colWidths=COLUMNS, splitInRow=MIN_ROW_PART)
    table.setStyle(TableStyle(commands))
    table.state, table.number, table.lead = state, activity.number, lead
    rows: list[Flowable] = [table]
    rows += [_PartyRow(body, activity.number, state, last=False) for body in results[together:]]
    return rows


def _height(flowable: Flowable, column: int) -> float:
    return flowable.wrap(COLUMNS[column] - 2 * CELL_PADDING, 1e9)[1]


def _beside_title(results: list[RichText], title_height: float) -> int:
    """How many results share the activity's first row: enough to fill the height of its title and expected
    result, so the results column has no blank band beside a long title; at least one."""
    count, height = 0, 0.0
    while count < len(results) and (count == 0 or height < title_height):
        height += _height(results[count], 3) + (TOP_PADDING + BOTTOM_PADDING if count else 0)
        count += 1
    return count


def _stacked(results: list[RichText]) -> RichText | list[Flowable]:
    """The results of the first row in one cell, spaced as the rows of the parties that follow."""
    if len(results) == 1:
        return results[0]
    cell: list[Flowable] = []
    for body in results:
        if cell:
            cell.append(Spacer(1, TOP_PADDING + BOTTOM_PADDING))
        cell.append(body)
    return cell


def result_paragraphs(result: PartyResult, labelled: bool) -> list[list[Run]]:
    """«**Сосновская СОШ:** выполнено. <actual>», then «Документы:» and a paragraph per proof.

    Unlabelled (a one-school report) the state leads in bold: «**Выполнено.** <actual>»."""
    status = texts.party_status_text(result)
    if labelled:
        head = [Run(texts.result_label(result), "bold"), Run(status + ".")]
    else:
        head = [Run(status[:1].upper() + status[1:] + ".", "bold")]
    lines = [line for line in result.actual.strip().splitlines() if line.strip()]
    if not lines:
        paragraphs = [[*head, Run(texts.no_result_text(), "italic")]]
    else:
        paragraphs = [[*head, Run(lines[0])], *([Run(line)] for line in lines[1:])]
    if result.evidence:
        paragraphs.append([Run(texts.evidence_label(), "italic")])
        for line in result.evidence:
            shown = texts.evidence_text(line)
            if line.url and shown.endswith(line.url):
                paragraphs.append([Run(shown[: -len(line.url)]), Run(line.url, url=line.url)])
            else:
                paragraphs.append([Run(shown, url=line.url if line.kind == "link" else "")])
    return paragraphs
