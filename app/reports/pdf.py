"""The analytical report (аналитическая справка) as PDF, laid out with reportlab platypus.

The parts come in the order of the справки districts already send (seed 003): the department, the
title, the approving order, the monitoring procedure, the participants, the main table
(app/reports/pdf_table.py), then the summary figures with their charts, the indicators against their
targets, what changed since the previous monitoring, the signature, the date and the executor. Every
word comes from app/reports/texts.py, so the DOCX says the same. Page numbers stand centred at the top
from the second page (ГОСТ Р 7.0.97-2016); the fonts are embedded.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports import charts, texts
from app.reports.base import Abort, Progress, check
from app.reports.model import PartySummary, ReportData
from app.reports.pdf_style import (
    BOTTOM,
    HEADER_FILL,
    HEIGHT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    styles,
    text,
)
from app.reports.pdf_table import MainTableState, main_table


@contextmanager
def _plain_streams() -> Iterator[None]:
    """Page streams compressed but not also ASCII85-encoded (reportlab's default): a quarter smaller,
    and the encoding was seconds of a thousand-page report. The setting is reportlab's global one."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class _Document(BaseDocTemplate):
    """A4 with the ГОСТ margins; pages that continue the main table begin with its column header."""

    def __init__(self, target: io.BytesIO, data: ReportData, table: MainTableState, abort: Abort | None) -> None:
        body = styles()["body"]
        super().__init__(
            target, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
            title=texts.title_text(data), author=data.department_name, creator="Ориентир", lang="ru-RU",
            # Not the Helvetica reportlab starts every page with: an unembedded font must not appear at all.
            initialFontName=body.fontName, initialFontSize=body.fontSize,
        )
        self._abort = abort
        self._table = table
        self._header = table.header()
        self._header_height = self._header.wrap(WIDTH, HEIGHT)[1]
        self._header_drawn = False

        def frame(top_gap: float) -> Frame:
            return Frame(LEFT, BOTTOM, WIDTH, HEIGHT - top_gap, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)

        self._plain = PageTemplate(id="plain", frames=[frame(0)], onPage=self._decorate, onPageEnd=self._close)
        self._continued = PageTemplate(id="continued", frames=[frame(self._header_height)], onPage=self._decorate,
                                       onPageEnd=self._close)
        self.addPageTemplates([self._plain, self._continued])

    def handle_pageBegin(self) -> None:
        self.pageTemplate = self._continued if self._table.open else self._plain
        super().handle_pageBegin()
        self._table.frame = self.frame

    def _decorate(self, canvas, doc) -> None:
        if doc.page > 1:  # ГОСТ Р 7.0.97: the number centred in the top margin, none on the first page
            canvas.saveState()
            canvas.setFont(styles()["plain"].fontName, 12)
            canvas.drawCentredString(LEFT + WIDTH / 2, A4[1] - TOP / 2 - 4, str(doc.page))
            canvas.restoreState()
        if self._table.open:
            # Drawn once into a form and placed by reference on each page: thousands of pages otherwise
            # each carry the header's drawing again.
            if not self._header_drawn:
                canvas.beginForm("main-table-header")
                self._header.drawOn(canvas, LEFT, A4[1] - TOP - self._header_height)
                canvas.endForm()
                self._header_drawn = True
            canvas.doForm("main-table-header")

    def _close(self, canvas, doc) -> None:
        """A page the main table runs off gets its bottom rule under the last row drawn."""
        if self._table.open:
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas.line(LEFT, self._table.last_bottom, LEFT + WIDTH, self._table.last_bottom)
            canvas.restoreState()

    def afterPage(self) -> None:
        check(self._abort)


class PdfSpravka:
    """Writes the analytical report as PDF: `PdfSpravka().write(data, out, progress, abort)`."""

    extension = "pdf"

    pages: int | None = None  # known once written; the service reports it («K стр.»)

    def write(self, data: ReportData, out: Path, progress: Progress | None = None, abort: Abort | None = None) -> None:
        total = sum(len(section.activities) for section in data.sections) + 1  # every activity, then saving
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(min(done, total), total)
            check(abort)

        check(abort)
        if progress is not None:
            progress(0, total)
        table = MainTableState()
        story: list[Flowable] = [*_opening(data), *main_table(data, table, step)]
        check(abort)
        changes = _changes(data)
        story += [*_summary(data), *_indicators(data), *changes[:-1], _signature(data, changes[-1])]
        check(abort)
        buffer = io.BytesIO()
        document = _Document(buffer, data, table, abort)
        with _plain_streams():
            document.build(story)
        self.pages = document.page
        check(abort)
        Path(out).write_bytes(buffer.getvalue())  # the service's temporary file: it fsyncs and renames
        done = total - 1
        step()


def _paragraph(value: str, style: str) -> Paragraph:
    return Paragraph(text(value), styles()[style])


def _opening(data: ReportData) -> list[Flowable]:
    parts: list[Flowable] = [_paragraph(data.department_name, "department"), _paragraph(texts.title_text(data), "title")]
    parts += [_paragraph(t, "body") for t in (texts.approval_text(data), texts.state_text(data)) if t]
    parts += [
        _paragraph(texts.procedure_heading(), "heading"),
        _paragraph(texts.procedure_text(data), "body"),
        _paragraph(texts.results_heading(), "heading"),
        _paragraph(texts.participants_text(data), "body"),
        Spacer(1, 6),
    ]
    return parts


def _column_widths(headers: tuple[str, ...], flexible: int) -> list[float]:
    """Each column as wide as its header's longest word (so no word is ever cut), a short header
    («В работе») on one line where the page allows it, and the rest to the `flexible` column."""
    head = styles()["head_small"]

    def width(text: str) -> float:
        return max(30.0, stringWidth(text, head.fontName, head.fontSize) + 2 * 3 + 0.5)

    narrow = [max(width(w) for w in h.split()) for h in headers]
    widths = [width(h) if width(h) <= 56 else n for h, n in zip(headers, narrow, strict=True)]
    if sum(widths) - widths[flexible] > WIDTH * 0.81:
        widths = narrow
    widths[flexible] = 0
    widths[flexible] = max(WIDTH - sum(widths), WIDTH * 0.19)
    return widths


def _grid_table(rows: list[list], widths: list[float], extra: list[tuple] | None = None) -> Table:
    """A ruled table whose header row repeats on every page it runs onto."""
    cell = styles()["cell"]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=30)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *(extra or []),
    ]))
    return table


def _header_row(headers: tuple[str, ...]) -> list[Paragraph]:
    return [_paragraph(h, "head_small") for h in headers]


def _summary_row(summary: PartySummary, bold: bool = False) -> list[Paragraph]:
    figures = (summary.total, summary.done, summary.in_progress, summary.not_started, summary.not_done,
               summary.cancelled, summary.overdue, summary.percent_done)
    mark = (lambda s: f"<b>{s}</b>") if bold else (lambda s: s)
    return [Paragraph(mark(text(summary.short_name or summary.name)), styles()["cell"])] + [
        Paragraph(mark(str(v)), styles()["cell_centre"]) for v in figures
    ]


def _summary(data: ReportData) -> list[Flowable]:
    headers = texts.summary_headers()
    rows = [_header_row(headers)]
    rows += [_summary_row(s) for s in ([data.department] if data.department else []) + list(data.schools)]
    extra = []
    if len(data.schools) > 1:
        rows.append(_summary_row(_total(data.schools), bold=True))
        extra.append(("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL))
    parts: list[Flowable] = [_paragraph(texts.summary_heading(), "heading"), _grid_table(rows, _column_widths(headers, 0), extra)]
    for index, drawing in enumerate(charts.progress_charts(data.schools, WIDTH)):
        first = index * charts.SCHOOLS_PER_CHART + 1
        last = min(first + charts.SCHOOLS_PER_CHART - 1, len(data.schools))
        caption = _paragraph(texts.progress_chart_caption(first, last, len(data.schools)), "caption")
        parts.append(KeepTogether([Spacer(1, 10), caption, drawing]))
    return parts


def _total(schools: tuple[PartySummary, ...]) -> PartySummary:
    def total(field: str) -> int:
        return sum(getattr(s, field) for s in schools)

    label = texts.summary_total_label()
    fields = ("total", "done", "in_progress", "not_started", "not_done", "cancelled", "overdue")
    return PartySummary(party_id="", name=label, short_name=label, **{f: total(f) for f in fields})


GRID_START = 130  # points: an indicator's name, its facts and the head of its grid
WHOLE_GRID = 12  # schools: a grid this short is never split between pages
PARTY_WIDTH = 190  # points: the column of school names in a grid of values


def _indicators(data: ReportData) -> list[Flowable]:
    """Each indicator in turn: its name, unit, base value and plan, the grid of reported values, its chart."""
    parts: list[Flowable] = [_paragraph(texts.indicators_heading(), "heading")]
    if not data.indicators:
        return [*parts, _paragraph(texts.no_indicators_text(), "body")]
    for indicator in data.indicators:
        name = Paragraph(f"<b>{text(indicator.name)}</b>", styles()["plain"])
        block: list[Flowable] = [Spacer(1, 8), name, _paragraph(texts.indicator_facts_text(indicator), "cell"),
                                 Spacer(1, 4)]
        grid = texts.indicator_grid(data, indicator)
        block.append(_paragraph(texts.indicator_no_reports_text(), "cell") if grid is None else _values_grid(grid))
        # A few schools' grid stays on one page with its name; a district's long one starts where the name,
        # the facts and a few of its rows fit, and runs on with its header repeated.
        if grid is None or len(grid.rows) <= WHOLE_GRID:
            parts.append(KeepTogether(block))
        else:
            parts += [CondPageBreak(GRID_START), *block]
        caption = _paragraph(texts.indicator_chart_caption(indicator.name), "caption")
        parts.append(KeepTogether([Spacer(1, 10), caption, charts.indicator_chart(indicator, WIDTH)]))
    return parts


def _values_grid(grid: texts.IndicatorGrid) -> Table:
    """Schools down, rounds across; the header repeats on every page a long district's grid runs onto."""
    rounds = len(grid.header) - 1
    value = min(100.0, (WIDTH - PARTY_WIDTH) / rounds)
    rows: list[list] = [_header_row(grid.header)]
    rows += [[_paragraph(row[0], "cell"), *(_paragraph(v, "cell_centre") for v in row[1:])] for row in grid.rows]
    table = _grid_table(rows, [PARTY_WIDTH] + [value] * rounds)
    table.hAlign = "LEFT"
    return table


def _changes(data: ReportData) -> list[Flowable]:
    parts: list[Flowable] = [_paragraph(texts.changes_heading(), "heading"), _paragraph(texts.changes_intro(data), "body")]
    parts += [Paragraph(text(texts.change_text(line)), styles()["item"], bulletText="–") for line in data.changes]
    return parts


def _signature(data: ReportData, last: Flowable) -> Flowable:
    """Position on the left, a line to sign on, the name on the right; then the date and the executor.

    The signature never stands alone at the top of a page: the report's `last` paragraph goes with it."""
    signature = data.signature
    plain = styles()["plain"]
    block = Table(
        [[
            _paragraph(signature.position or "_" * 30, "plain"),
            Paragraph("_" * 14, styles()["cell_centre"].clone("line", fontSize=plain.fontSize, leading=plain.leading)),
            _paragraph(signature.name or "_" * 16, "right"),
        ]],
        colWidths=(WIDTH * 0.5, WIDTH * 0.24, WIDTH * 0.26),
    )
    block.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), plain.fontName, plain.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    tail: list[Flowable] = [Spacer(1, 28), block, Spacer(1, 14), _paragraph(texts.signature_date_text(data), "plain")]
    if signature.executor:
        tail += [Spacer(1, 24), _paragraph(signature.executor, "small")]
    return KeepTogether([last, *tail])
