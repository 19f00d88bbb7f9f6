"""The monitoring form as an Excel workbook (XLSX): schools × activities, statuses, actual results, evidence.

Four sheets, each with the title and «по состоянию на ДД.ММ.ГГГГ» above frozen, filtered headers, set for
landscape A4 printing fitted to the page width with the header rows repeated:
- «Сводка»: per school the counts by status and the share done, as formulas over «Статусы» (each finds
  its school's row by name, so sorting that sheet keeps them right), the school's full name, and a total
  row for the district;
- «Статусы»: a row per school, a column per activity (section, number and title above), the status as
  text on its colour: done green, in progress yellow, overdue red, not started grey;
- «Результаты»: a row per school and activity with the deadline, status, actual result and evidence;
- «Показатели»: indicators with their base value, targets by year and the reported values (or the
  справка's line saying the roadmap has none).

openpyxl lays the workbook out; the rows themselves are written as text by xlsx_xml, because openpyxl
takes far too long over the 350 000 cells of a 300-school district.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from app.i18n import fill, translate
from app.reports import texts
from app.reports.base import Abort, Progress, check, write_in_steps
from app.reports.model import STATUSES, ActivityReport, PartyResult, ReportData
from app.reports.xlsx_xml import Formula, SheetRows, fit, letter, lines, splice
from app.timeutil import format_date

ABORT_EVERY = 2000  # rows written between two looks at «Отмена»

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEAD_FILL = "D9E1F2"
# Status colours (fill, text): Excel's own good / neutral / bad pairs, so they read as people expect.
STATUS_COLOURS = {
    "done": ("C6EFCE", "006100"),
    "in_progress": ("FFEB9C", "7F6000"),
    "not_started": ("D9D9D9", "000000"),
    "not_done": ("F8CBAD", "833C0B"),
    "cancelled": ("FFFFFF", "7F7F7F"),
    "overdue": ("FFC7CE", "9C0006"),
}


class MonitoringWorkbook:
    extension = "xlsx"

    def write(self, data: ReportData, out: Path, progress: Progress | None = None, abort: Abort | None = None) -> None:
        check(abort)
        form = _Form(data, abort)
        steps = (form.summary, form.statuses, form.results, form.indicators)
        write_in_steps(steps, form.save, out, progress, abort)


@dataclass(frozen=True)
class _Party:
    """A row of the form: the department (its own activities) or a school, under a label unique in the form."""

    id: str
    label: str
    full_name: str


class _Form:
    def __init__(self, data: ReportData, abort: Abort | None) -> None:
        self.data, self.abort = data, abort
        self.book = Workbook()
        self.book.remove(self.book.active)
        properties = self.book.properties  # what Excel shows under «Сведения», instead of openpyxl's own
        properties.creator, properties.title = data.department_name, self._title()[1][0]
        properties.created = data.as_of.astimezone(timezone.utc).replace(tzinfo=None)
        self.rows: dict[Worksheet, SheetRows] = {}
        self.activities: list[ActivityReport] = [a for section in data.sections for a in section.activities]
        self.parties = _parties(data)
        self.grid: dict[str, list[PartyResult | None]] = {p.id: [None] * len(self.activities) for p in self.parties}
        for column, activity in enumerate(self.activities):
            for result in activity.results:
                self.grid[result.party_id][column] = result
        # «Статусы» is written after «Сводка», whose formulas point at its rows: the first school's row
        # follows the title, a blank row and three header rows (section, number, title).
        self.first_status_row = len(self._title()) + 5
        self.looks = _Looks()

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.book.save(buffer)
        return splice(buffer.getvalue(), {sheet.path.lstrip("/"): rows for sheet, rows in self.rows.items()})

    # The sheets

    def summary(self) -> None:
        # The full names close the table: the other sheets name schools as the справка's tables do, and this
        # column is where the workbook says which school each short name stands for.
        heads = (*texts.summary_headers(), translate("Reports", "Полное наименование"))
        sheet, rows = self._sheet(translate("Reports", "Сводка"), [34] + [12] * 7 + [17, 60])
        header = self._top(sheet, rows, [[(text, self.looks.head) for text in heads]])
        statuses = quote_sheetname(translate("Reports", "Статусы"))
        first, last = self.first_status_row, self.first_status_row + len(self.parties) - 1
        block = f"{statuses}!$B${first}:${letter(len(self.activities) + 1)}${last}"
        names = f"{statuses}!$A${first}:$A${last}"
        criteria = [f"{texts.status_word(status)}*" for status in STATUSES] + ["*" + texts.overdue_mark() + "*"]
        school_ids = {school.party_id for school in self.data.schools}
        totals = [0] * 7  # всего and the six counts, over the schools
        for party in self.parties:
            row = rows.count + 1
            results = [r for r in self.grid[party.id] if r is not None]
            counts = [sum(r.status == status for r in results) for status in STATUSES]
            counts.append(sum(r.overdue for r in results))
            if party.id in school_ids:
                totals = [a + b for a, b in zip(totals, [len(results), *counts])]
            own_row = f"INDEX({block},MATCH($A{row},{names},0),0)"
            rows.add([(party.label, self.looks.text())]
                     + [(Formula(f"SUM(C{row}:G{row})", len(results)), self.looks.number())]
                     + [(Formula(f'COUNTIF({own_row},"{criterion}")', count), self.looks.number())
                        for criterion, count in zip(criteria, counts)]
                     + [(_share(row, counts), self.looks.percent()), (party.full_name, self.looks.text())])
        last_row = rows.count
        if len(self.data.schools) > 1:
            # The schools' rows come right after the department's.
            top = header + 1 + (self.data.department is not None)
            bottom = top + len(self.data.schools) - 1
            row = rows.count + 1
            rows.add([(texts.summary_total_label(), self.looks.text(bold=True))]
                     + [(Formula(f"SUM({col}{top}:{col}{bottom})", value), self.looks.number(bold=True))
                        for col, value in zip("BCDEFGH", totals)]
                     + [(_share(row, totals[1:]), self.looks.percent(bold=True))])
        sheet.auto_filter.ref = f"A{header}:{letter(len(heads))}{max(last_row, header)}"

    def statuses(self) -> None:
        count = len(self.activities)
        sheet, rows = self._sheet(translate("Reports", "Статусы"), [30] + [13] * count)
        head, small = self.looks.head, self.looks.head_small
        section_cells, column = [(translate("Reports", "Раздел"), head)], 2
        merges = []
        for section in self.data.sections:
            if section.activities:
                section_cells += [(texts.section_title(section), head)] + [("", head)] * (len(section.activities) - 1)
                merges.append((column, column + len(section.activities) - 1))
                column += len(section.activities)
        section_lines = max([lines(texts.section_title(s), 13 * len(s.activities), 12) for s in self.data.sections]
                            + [1])
        titles = [(translate("Reports", "Организация"), head)] + [(a.title, small) for a in self.activities]
        header = self._top(sheet, rows, [
            section_cells,
            [(translate("Reports", "№ мероприятия"), head)] + [(a.number, head) for a in self.activities],
            titles,
        ], heights=[section_lines * 13 + 3, None, fit([value for value, _look in titles[1:]], [13] * count, 9)])
        for start, end in merges:
            if end > start:
                sheet.merged_cells.add(f"{letter(start)}{header - 2}:{letter(end)}{header - 2}")
        sheet.freeze_panes = f"B{header + 1}"
        sheet.print_title_cols = "A:A"
        for index, party in enumerate(self.parties, 1):
            rows.add([(party.label, self.looks.text())] + [self._status(result) for result in self.grid[party.id]])
            if index % 50 == 0:
                check(self.abort)
        sheet.auto_filter.ref = f"A{header}:{letter(count + 1)}{rows.count}"

    def results(self) -> None:
        heads = [translate("Reports", "Организация"), translate("Reports", "№"), translate("Reports", "Мероприятие"),
                 translate("Reports", "Срок"), translate("Reports", "Статус"),
                 translate("Reports", "Фактический результат"), translate("Reports", "Документы и ссылки")]
        sheet, rows = self._sheet(translate("Reports", "Результаты"), [26, 8, 48, 16, 16, 60, 60])
        header = self._top(sheet, rows, [[(text, self.looks.head) for text in heads]])
        text = self.looks.text()
        for party in self.parties:
            for activity, result in zip(self.activities, self.grid[party.id]):
                if result is None:
                    continue
                evidence = "\n".join(texts.evidence_text(line) for line in result.evidence)
                rows.add([(party.label, text), (activity.number, text), (activity.title, text),
                          (activity.deadline_text, text), self._status(result), (result.actual.strip(), text),
                          (evidence, text)])
                if rows.count % ABORT_EVERY == 0:
                    check(self.abort)
        sheet.auto_filter.ref = f"A{header}:{letter(len(heads))}{max(rows.count, header)}"

    def indicators(self) -> None:
        years = texts.indicator_years(self.data)
        heads = [*texts.indicator_headers(years)[:-1], translate("Reports", "Организация"),
                 translate("Reports", "Год"), translate("Reports", "Мониторинг"), texts.indicator_headers([])[-1]]
        widths = [48, 12, 16] + [11] * len(years) + [26, 8, 24, 14]
        sheet, rows = self._sheet(translate("Reports", "Показатели"), widths)
        header = self._top(sheet, rows, [[(text, self.looks.head) for text in heads]])
        text, number = self.looks.text(), self.looks.number()
        for indicator in self.data.indicators:
            base = indicator.base_value if indicator.base_value is not None else indicator.base_text
            first = [(indicator.name, text), (indicator.unit, text), (base, number)]
            first += [(indicator.targets.get(year), number) for year in years]
            for line in indicator.values or (None,):
                reported = [] if line is None else [
                    (line.party_name, text), (line.year, number), (line.round_name, text),
                    (line.value if line.value is not None else line.value_text, number),
                ]
                rows.add(first + reported)
        if not self.data.indicators:
            # One line across the table instead of a bare header, and no filter over a table with no rows.
            note = texts.no_indicators_text()
            row = rows.add([(note, self.looks.note)] + [("", self.looks.note)] * (len(heads) - 1),
                           height=fit([note], [sum(widths)]))
            sheet.merged_cells.add(f"A{row}:{letter(len(heads))}{row}")
            return
        sheet.auto_filter.ref = f"A{header}:{letter(len(heads))}{max(rows.count, header)}"

    # Pieces

    def _sheet(self, title: str, widths: list[float]) -> tuple[Worksheet, SheetRows]:
        sheet = self.book.create_sheet(title)
        self.looks.sheet = sheet
        for column, width in enumerate(widths, 1):
            sheet.column_dimensions[letter(column)].width = width
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_margins.left = sheet.page_margins.right = 0.4
        sheet.page_margins.top = sheet.page_margins.bottom = 0.6
        rows = self.rows[sheet] = SheetRows(widths)
        return sheet, rows

    def _title(self) -> list[tuple[str, int]]:
        data = self.data
        title = fill(translate("Reports", "Мониторинг реализации мероприятий дорожной карты «%1»"),
                     data.roadmap_title.strip().strip("«»\""))
        state = fill(translate("Reports", "по состоянию на %1"), format_date(data.as_of.date()))
        if data.round_name:
            state += f" ({data.round_name})"
        return [(data.department_name, 11), (title, 13), (state, 11)]

    def _top(self, sheet: Worksheet, rows: SheetRows, headers: list[list], heights: list | None = None) -> int:
        """The title, a blank row and the header rows, frozen and repeated on every printed page.
        Returns the last header row."""
        for text, size in self._title():
            rows.add([(text, self.looks.title(size))], wrap=False)
        rows.skip()
        first = rows.count + 1
        for cells, height in zip(headers, heights or [None] * len(headers)):
            rows.add(cells, height, size=11)  # bold
        sheet.freeze_panes = f"A{rows.count + 1}"
        sheet.print_title_rows = f"{first}:{rows.count}"
        return rows.count

    def _status(self, result: PartyResult | None) -> tuple[str, int]:
        if result is None:
            return "—", self.looks.text(centre=True)
        return _status_text(result), self.looks.status("overdue" if result.overdue else result.status)


class _Looks:
    """The form's few cell looks as openpyxl style ids, each registered with the workbook once."""

    def __init__(self) -> None:
        self.sheet: Worksheet | None = None
        self._ids: dict[tuple, int] = {}

    def _id(self, key: tuple, look: Callable[[], dict]) -> int:
        style = self._ids.get(key)
        if style is None:
            model = WriteOnlyCell(self.sheet)
            for name, setting in look().items():
                setattr(model, name, setting)
            style = self._ids[key] = model.style_id
        return style

    @property
    def head(self) -> int:
        return self._id(("head",), lambda: dict(font=Font(bold=True, size=10), alignment=_CENTRE, border=_BORDER,
                                                fill=PatternFill("solid", fgColor=_HEAD_FILL)))

    @property
    def head_small(self) -> int:
        return self._id(("head", "small"), lambda: dict(font=Font(bold=True, size=8), alignment=_CENTRE,
                                                         border=_BORDER, fill=PatternFill("solid", fgColor=_HEAD_FILL)))

    @property
    def note(self) -> int:
        return self._id(("note",), lambda: dict(alignment=_WRAP, font=Font(italic=True, size=10)))

    def title(self, size: int) -> int:
        return self._id(("title", size), lambda: dict(font=Font(bold=True, size=size)))

    def text(self, centre: bool = False, bold: bool = False) -> int:
        return self._id(("text", centre, bold), lambda: dict(
            alignment=_CENTRE if centre else _WRAP, border=_BORDER, font=Font(bold=bold, size=10)))

    def number(self, bold: bool = False) -> int:
        return self._id(("number", bold), lambda: dict(alignment=_CENTRE, border=_BORDER,
                                                       font=Font(bold=bold, size=10)))

    def percent(self, bold: bool = False) -> int:
        return self._id(("percent", bold), lambda: dict(alignment=_CENTRE, border=_BORDER, number_format="0%",
                                                        font=Font(bold=bold, size=10)))

    def status(self, look: str) -> int:
        background, ink = STATUS_COLOURS[look]
        return self._id(("status", look), lambda: dict(
            fill=PatternFill("solid", fgColor=background), border=_BORDER, alignment=_CENTRE,
            font=Font(color=ink, size=10, italic=look == "cancelled")))


def _parties(data: ReportData) -> list[_Party]:
    """The department (when it carries activities out), then the schools, then anyone else who reported.

    Labels are the names the справка's tables use (collect makes them differ where short names coincide);
    the summary's formulas find each row by its label, so one still met twice gets an unseen difference."""
    summaries = ([data.department] if data.department else []) + list(data.schools)
    rows = [(s.party_id, s.short_name or s.name, s.name) for s in summaries]
    known = {s.party_id for s in summaries}
    for section in data.sections:
        for activity in section.activities:
            for result in activity.results:
                if result.party_id not in known:
                    known.add(result.party_id)
                    rows.append((result.party_id, result.party_name, result.party_name))
    parties, used = [], set()
    for party_id, label, full in rows:
        while label in used:
            label += " "  # the same name twice: a distinct key for MATCH that reads the same
        used.add(label)
        parties.append(_Party(party_id, label, full))
    return parties


def _status_text(result: PartyResult) -> str:
    """«В работе, просрочено»: the words of `texts.party_status_text` with a capital letter."""
    text = texts.party_status_text(result)
    return text[:1].upper() + text[1:]


def _share(row: int, counts: list[int]) -> Formula:
    """Done out of the activities not cancelled, as `PartySummary.percent_done` counts it."""
    done, cancelled = counts[0], counts[4]
    counted = sum(counts[:5]) - cancelled
    return Formula(f"IF(B{row}-G{row}>0,C{row}/(B{row}-G{row}),0)", done / counted if counted > 0 else 0)
