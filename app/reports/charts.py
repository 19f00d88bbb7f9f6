"""The report's charts as reportlab Drawings: progress per school and indicators against their targets.

The PDF places the Drawings as they are; the DOCX inserts them as PNG (`png_bytes`), so both show the
same picture without matplotlib. Text is set in the shipped Liberation Sans, registered with reportlab,
so Cyrillic survives in the PNG as well as in the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPM
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.fonts import REPORT_SANS, register_reportlab_fonts, reportlab_name
from app.reports import texts
from app.reports.model import IndicatorReport, PartySummary

# At most this many schools in one progress drawing: 25 rows fit an A4 page with their legend.
SCHOOLS_PER_CHART = 25

# Colours that stay apart when printed in grey: dark green, light amber, pale grey, dark red.
STATUS_COLOURS = {
    "done": colors.HexColor("#3C8D40"),
    "in_progress": colors.HexColor("#F0B73E"),
    "not_started": colors.HexColor("#D4D4D4"),
    "not_done": colors.HexColor("#B0302B"),
}
OVERDUE_COLOUR = colors.HexColor("#B0302B")
PLAN_COLOUR = colors.HexColor("#9DB7D5")
FACT_COLOUR = colors.HexColor("#2E5C8A")
GRID_COLOUR = colors.HexColor("#BBBBBB")

LABEL_SIZE = 8.5
ROW_PITCH = 15.0
BAR_HEIGHT = 10.0
LEGEND_HEIGHT = 22.0
AXIS_HEIGHT = 16.0


def _font(style: str = "regular") -> str:
    register_reportlab_fonts()
    return reportlab_name(REPORT_SANS, style)


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose starting font is ours: reportlab's default Times-Roman would otherwise
    appear, not embedded, in the PDF's font list."""
    drawing = Drawing(width, height)
    drawing.initialFontName = _font()
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with «…» so it fits `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _legend(drawing: Drawing, items: Sequence[tuple[colors.Color, str]], y: float, width: float,
            dashed: str = "") -> None:
    """Coloured squares with their words in a row (wrapping to a second row if the width is short);
    the item labelled `dashed` gets a dashed line instead, as it is drawn on the chart."""
    font = _font()
    x = 0.0
    for colour, label in items:
        needed = 14 + stringWidth(label, font, LABEL_SIZE) + 14
        if x and x + needed > width:
            x, y = 0.0, y - 13
        if label == dashed:
            drawing.add(Line(x, y + 4.5, x + 9, y + 4.5, strokeColor=colour, strokeWidth=0.8, strokeDashArray=[2, 1.5]))
        else:
            drawing.add(Rect(x, y, 9, 9, fillColor=colour, strokeColor=colors.black, strokeWidth=0.3))
        drawing.add(String(x + 13, y + 1.5, label, fontName=font, fontSize=LABEL_SIZE))
        x += needed


def progress_charts(summaries: Sequence[PartySummary], width: float) -> list[Drawing]:
    """Stacked horizontal bars, one per school: shares of done / in progress / not started / not done.

    Cancelled activities are left out of the share. Overdue ones are written beside the bar in red.
    Many schools are split into several drawings of at most SCHOOLS_PER_CHART rows, each fitting a page.
    """
    font = _font()
    if not summaries:
        return []
    label_width = min(
        width * 0.32, max(stringWidth(s.short_name or s.name, font, LABEL_SIZE) for s in summaries) + 6
    )
    overdue_width = max(
        (stringWidth(texts.chart_overdue_text(s.overdue), font, LABEL_SIZE) for s in summaries if s.overdue),
        default=0.0,
    )
    right = overdue_width + 6 if overdue_width else 4.0
    bar_width = width - label_width - right
    drawings = []
    for start in range(0, len(summaries), SCHOOLS_PER_CHART):
        part = summaries[start : start + SCHOOLS_PER_CHART]
        height = LEGEND_HEIGHT + AXIS_HEIGHT + ROW_PITCH * len(part) + 4
        drawing = _drawing(width, height)
        top = height - 2
        x0 = label_width
        for percent in range(0, 101, 25):
            x = x0 + bar_width * percent / 100
            drawing.add(Line(x, LEGEND_HEIGHT + AXIS_HEIGHT - 2, x, top, strokeColor=GRID_COLOUR, strokeWidth=0.4))
            drawing.add(
                String(x, LEGEND_HEIGHT + 4, f"{percent} %", fontName=font, fontSize=LABEL_SIZE - 1, textAnchor="middle")
            )
        for row, summary in enumerate(part):
            y = top - ROW_PITCH * (row + 1) + (ROW_PITCH - BAR_HEIGHT) / 2
            label = _fit(summary.short_name or summary.name, font, LABEL_SIZE, label_width - 6)
            drawing.add(String(x0 - 4, y + 2, label, fontName=font, fontSize=LABEL_SIZE, textAnchor="end"))
            _progress_bar(drawing, summary, x0, y, bar_width, font)
            if summary.overdue:
                drawing.add(
                    String(
                        x0 + bar_width + 4, y + 2, texts.chart_overdue_text(summary.overdue),
                        fontName=font, fontSize=LABEL_SIZE, fillColor=OVERDUE_COLOUR,
                    )
                )
        _legend(drawing, [(STATUS_COLOURS[s], texts.status_word(s)) for s in STATUS_COLOURS], 4, width)
        drawings.append(drawing)
    return drawings


def _progress_bar(drawing: Drawing, summary: PartySummary, x: float, y: float, width: float, font: str) -> None:
    counts = {
        "done": summary.done,
        "in_progress": summary.in_progress,
        "not_started": summary.not_started,
        "not_done": summary.not_done,
    }
    counted = sum(counts.values())
    if counted == 0:
        drawing.add(String(x + 2, y + 2, texts.chart_no_activities_text(), fontName=font, fontSize=LABEL_SIZE))
        return
    for status, count in counts.items():
        if not count:
            continue
        length = width * count / counted
        drawing.add(Rect(x, y, length, BAR_HEIGHT, fillColor=STATUS_COLOURS[status], strokeColor=colors.white, strokeWidth=0.4))
        text = str(count)
        if stringWidth(text, font, LABEL_SIZE - 1) + 3 < length:
            ink = colors.white if status in ("done", "not_done") else colors.black
            drawing.add(
                String(x + length / 2, y + 2.3, text, fontName=font, fontSize=LABEL_SIZE - 1, fillColor=ink, textAnchor="middle")
            )
        x += length


def _actual_by_year(indicator: IndicatorReport) -> tuple[dict[int, float], int]:
    """Each year's actual value (the mean over the parties, each counted with its latest value that year)
    and how many parties reported any value."""
    latest: dict[tuple[str, int], float] = {}
    for line in indicator.values:
        if line.year is not None and line.value is not None:
            latest[(line.party_name, line.year)] = line.value  # later lines are later rounds
    by_year: dict[int, list[float]] = {}
    for (_party, year), value in latest.items():
        by_year.setdefault(year, []).append(value)
    parties = len({party for party, _year in latest})
    return {year: sum(values) / len(values) for year, values in by_year.items()}, parties


def indicator_chart(indicator: IndicatorReport, width: float) -> Drawing:
    """Grouped vertical bars by year: the planned value beside the actual one, the unit on the value axis
    and the base value as a dashed line."""
    font = _font()
    actual, parties = _actual_by_year(indicator)
    years = sorted(set(indicator.targets) | set(actual))
    height = 150.0
    drawing = _drawing(width, height)
    if not years:
        drawing.height = 20
        drawing.add(String(0, 6, texts.indicator_no_values_text(), fontName=font, fontSize=LABEL_SIZE + 1))
        return drawing
    values = [v for v in (*indicator.targets.values(), *actual.values()) if v is not None]
    if indicator.base_value is not None:
        values.append(indicator.base_value)
    top = max(values + [0.0]) * 1.15 or 1.0
    chart = VerticalBarChart()
    chart.x, chart.y = 44, 40
    chart.width, chart.height = width - 60, height - 62
    chart.data = [[indicator.targets.get(y) for y in years], [actual.get(y) for y in years]]
    chart.categoryAxis.categoryNames = [str(y) for y in years]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labelTextFormat = texts.number_text
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_COLOUR
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = PLAN_COLOUR
    chart.bars[1].fillColor = FACT_COLOUR
    chart.bars.strokeWidth = 0.3
    chart.barSpacing = 2
    chart.groupSpacing = 10
    chart.barLabelFormat = lambda v: "" if v is None else texts.number_text(v)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(chart.x - 4, chart.y + chart.height + 6, indicator.unit, fontName=font, fontSize=LABEL_SIZE, textAnchor="end"))
    legend = [(PLAN_COLOUR, texts.indicator_plan_label()), (FACT_COLOUR, texts.indicator_fact_label(parties))]
    base = ""
    if indicator.base_value is not None:
        y = chart.y + chart.height * indicator.base_value / top
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=OVERDUE_COLOUR, strokeWidth=0.8, strokeDashArray=[4, 3]))
        base = texts.indicator_base_label(indicator.base_text or texts.number_text(indicator.base_value))
        legend.append((OVERDUE_COLOUR, base))
    _legend(drawing, legend, 6, width, dashed=base)
    return drawing


def png_bytes(drawing: Drawing, dpi: int = 150) -> bytes:
    """The drawing as a PNG picture, for the DOCX."""
    return renderPM.drawToString(drawing, fmt="PNG", dpi=dpi)
