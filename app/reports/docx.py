"""The analytical report as a Word document (DOCX) a department can edit, sign and send.

Same content, order and words as the PDF (all wording from `texts`): the department, the title, the
approving order, the monitoring procedure, the participants, the table «№ п/п / Наименование мероприятия /
Ожидаемый результат / Фактический результат» by section, the summary figures and the indicators with their
charts, what changed since the previous monitoring, the signature block and the executor.

Laid out to ГОСТ Р 7.0.97: A4, margins 20 mm left, 10 mm right, 20 mm top and bottom, Times New Roman
14 pt (11 pt in tables), page numbers at the top from the second page. Only plain styles, inline pictures
and ordinary tables, so Word, LibreOffice and Р7-Офис all open and edit it the same way. The big tables
are written as XML text (docx_xml) because python-docx is too slow per cell for a district of 300 schools.
"""

from __future__ import annotations

import io
from datetime import timezone
from functools import partial
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from app.reports import charts, texts
from app.reports import docx_xml as x
from app.reports.base import Abort, Progress, check, write_in_steps
from app.reports.model import (
    ActivityReport,
    EvidenceLine,
    PartyResult,
    PartySummary,
    ReportData,
    SectionReport,
)

FONT = "Times New Roman"  # LibreOffice shows the metric-compatible Liberation Serif where it is missing
PAGE_WIDTH_MM = 180  # A4 210 mm less the 20 mm left and 10 mm right margins
ABORT_EVERY = 20  # activities written between two looks at «Отмена»


class DocxSpravka:
    extension = "docx"

    def write(self, data: ReportData, out: Path, progress: Progress | None = None, abort: Abort | None = None) -> None:
        check(abort)
        report = _Report(data, abort)
        steps = [report.opening, *(partial(report.section, section) for section in data.sections),
                 report.summary, report.indicators, report.changes, report.signature]
        write_in_steps(steps, report.save, out, progress, abort)


class _Report:
    """One document being written: the parts are added in turn, the main table grows section by section.

    Tables and long lists are WordprocessingML text (see docx_xml): the python-docx document holds a marker
    where each goes. That keeps the document python-docx handles small, which matters for pictures too:
    it walks the whole document to number every picture it adds."""

    def __init__(self, data: ReportData, abort: Abort | None) -> None:
        self.data = data
        self.abort = abort
        self.doc = _new_document()
        properties = self.doc.core_properties  # what Word shows under «Сведения», instead of python-docx's own
        # The file's properties hold at most 255 characters (a long roadmap title and a school's full name
        # go over); the document itself has the whole title.
        properties.title, properties.author = _clip(texts.title_text(data)), _clip(data.department_name)
        properties.last_modified_by = ""
        properties.created = properties.modified = data.as_of.astimezone(timezone.utc).replace(tzinfo=None)
        properties.language, properties.comments, properties.revision = "ru-RU", "", 1
        self.links = x.Links(self.doc.part)
        self.widths = [x.twips(mm) for mm in (12, 50, 45, 73)]
        self.rows: list[str] = []  # the main table's rows, all sections in one table (its header repeats)
        self.blocks: dict[bytes, str | list[str]] = {}  # marker → the XML that replaces it on saving

    def place(self, xml: str | list[str]) -> None:
        """Put a block of XML at the end of the document (a list may still grow after placing)."""
        element, key = x.marker(len(self.blocks) + 1)
        self.doc.element.body.sectPr.addprevious(element)
        self.blocks[key] = xml

    def save(self) -> bytes:
        self.rows.append(x.TABLE_END)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        blocks = {key: "".join(xml) if isinstance(xml, list) else xml for key, xml in self.blocks.items()}
        return x.splice(buffer.getvalue(), blocks)

    # The parts, in the order of seed 003.

    def opening(self) -> None:
        data, doc = self.data, self.doc
        _centred(doc, data.department_name, bold=True)
        _centred(doc, texts.title_text(data), bold=True, before=12)
        for index, text in enumerate(t for t in (texts.approval_text(data), texts.state_text(data)) if t):
            doc.add_paragraph(text).paragraph_format.space_before = Pt(12 if index == 0 else 0)
        _heading(doc, texts.procedure_heading())
        doc.add_paragraph(texts.procedure_text(data))
        _heading(doc, texts.results_heading())
        doc.add_paragraph(texts.participants_text(data)).paragraph_format.space_after = Pt(6)
        header = "".join(x.cell(w, x.paragraph(x.run(h, bold=True), align="center"), middle=True)
                         for w, h in zip(self.widths, texts.table_headers()))
        self.rows += [x.table_start(self.widths), x.row(header, header=True, keep=True)]
        self.place(self.rows)

    def section(self, section: SectionReport) -> None:
        if texts.has_section_rows(self.data):
            title = x.paragraph(x.run(texts.section_title(section), bold=True), align="center", keep_next=True)
            self.rows.append(x.row(x.cell(sum(self.widths), title, span=4), keep=True))
        for index, activity in enumerate(section.activities, 1):
            self.rows.append(self._activity_row(activity))
            if index % ABORT_EVERY == 0:
                check(self.abort)

    def _activity_row(self, activity: ActivityReport) -> str:
        number, title, expected, actual = self.widths
        labelled = self.data.school_filter is None or len(activity.results) > 1
        parts = [self._result(result, labelled, first=i == 0) for i, result in enumerate(activity.results)]
        return x.row(
            x.cell(number, x.paragraph(x.run(activity.number), align="center"))
            + x.cell(title, x.lines(activity.title))
            + x.cell(expected, x.lines(activity.expected_result))
            + x.cell(actual, "".join(parts) or x.paragraph(x.run(texts.no_result_text(), italic=True)))
        )

    def _result(self, result: PartyResult, labelled: bool, first: bool) -> str:
        """«<b>Сосновская СОШ:</b> выполнено. <actual>», then «Документы: …; …» with the links clickable."""
        status = texts.party_status_text(result)
        if labelled:
            head = x.run(texts.result_label(result), bold=True) + x.run(f" {status}. ")
        else:
            head = x.run(f"{status[:1].upper()}{status[1:]}. ", bold=True)
        actual = [line.strip() for line in result.actual.splitlines() if line.strip()]
        head += x.run(actual[0]) if actual else x.run(texts.no_result_text(), italic=True)
        xml = x.paragraph(head, before=0 if first else 4) + "".join(x.paragraph(x.run(line)) for line in actual[1:])
        if result.evidence:
            proofs = x.run("; ").join(self._proof(line) for line in result.evidence)
            xml += x.paragraph(x.run(texts.evidence_label() + " ", italic=True) + proofs)
        return xml

    def _proof(self, line: EvidenceLine) -> str:
        """One proof in the words of `texts.evidence_text`, its address a hyperlink."""
        text = texts.evidence_text(line)
        if line.kind == "link" and line.url:
            return self.links.link(line.url, text)
        if line.url and text.endswith(line.url):
            return x.run(text[: -len(line.url)]) + self.links.link(line.url)
        return x.run(text)

    def summary(self) -> None:
        data, doc = self.data, self.doc
        _heading(doc, texts.summary_heading())
        parties = ([data.department] if data.department else []) + list(data.schools)
        numbers = 13
        widths = [x.twips(PAGE_WIDTH_MM - 8 * numbers)] + [x.twips(numbers)] * 8
        head = texts.summary_headers()
        rows = [x.row(x.cell(widths[0], x.paragraph(x.run(head[0], bold=True), align="center"), middle=True)
                      + "".join(x.cell(w, x.paragraph(x.run(h, bold=True), align="center"), vertical=True)
                                for w, h in zip(widths[1:], head[1:])),
                      header=True, keep=True, height_mm=38)]
        rows += [_summary_row(widths, party.short_name or party.name, _figures(party)) for party in parties]
        if len(data.schools) > 1:
            totals = [sum(column) for column in zip(*(_figures(school)[:-1] for school in data.schools))]
            counted = totals[0] - totals[5]
            totals.append(round(100 * totals[1] / counted) if counted > 0 else 0)
            rows.append(_summary_row(widths, texts.summary_total_label(), totals, bold=True))
        self.place(x.table(widths, rows))
        count = len(data.schools)
        for index, drawing in enumerate(charts.progress_charts(data.schools, Mm(PAGE_WIDTH_MM).pt)):
            first = index * charts.SCHOOLS_PER_CHART + 1
            last = min(first + charts.SCHOOLS_PER_CHART - 1, count)
            _picture(doc, drawing, texts.progress_chart_caption(first, last, count))
            check(self.abort)

    def indicators(self) -> None:
        """Each indicator in turn: its name, unit, base value and plan, the grid of reported values, its chart."""
        data, doc = self.data, self.doc
        _heading(doc, texts.indicators_heading())
        if not data.indicators:
            doc.add_paragraph(texts.no_indicators_text())
            return
        for indicator in data.indicators:
            name = doc.add_paragraph()
            name.paragraph_format.first_line_indent = Cm(0)
            name.paragraph_format.space_before = Pt(10)
            name.paragraph_format.keep_with_next = True
            name.add_run(indicator.name).bold = True
            facts = doc.add_paragraph(texts.indicator_facts_text(indicator), style=doc.styles["Текст таблицы"])
            facts.paragraph_format.space_after = Pt(4)
            facts.paragraph_format.keep_with_next = True
            grid = texts.indicator_grid(data, indicator)
            if grid is None:
                facts.paragraph_format.keep_with_next = False
                doc.add_paragraph(texts.indicator_no_reports_text(), style=doc.styles["Текст таблицы"])
            else:
                self.place(_values_grid(grid))
            drawing = charts.indicator_chart(indicator, Mm(PAGE_WIDTH_MM).pt)
            _picture(doc, drawing, texts.indicator_chart_caption(indicator.name))
            check(self.abort)

    def changes(self) -> None:
        data, doc = self.data, self.doc
        _heading(doc, texts.changes_heading())
        doc.add_paragraph(texts.changes_intro(data))
        if data.changes:
            self.place([x.paragraph(x.run("– " + texts.change_text(line)), style=None) for line in data.changes])

    def signature(self) -> None:
        """Position | a line to sign on | И.О. Фамилия, kept together with the date and the executor."""
        signature, doc = self.data.signature, self.doc
        widths = [x.twips(PAGE_WIDTH_MM * share) for share in (0.5, 0.24, 0.26)]
        words = (signature.position or "_" * 30, "_" * 14, signature.name or "_" * 16)
        cells = "".join(x.cell(w, x.paragraph(x.run(text), style=None, plain=True, align=align, keep_next=True),
                               bottom=True)
                        for w, text, align in zip(widths, words, ("left", "center", "right")))
        doc.add_paragraph().paragraph_format.space_before = Pt(24)
        self.place(x.table(widths, [x.row(cells, keep=True)], borders=False))
        date = doc.add_paragraph(texts.signature_date_text(self.data))
        date.paragraph_format.first_line_indent = Cm(0)
        date.paragraph_format.space_before = Pt(12)
        if signature.executor:
            date.paragraph_format.keep_with_next = True
            executor = doc.add_paragraph(signature.executor)
            executor.paragraph_format.first_line_indent = Cm(0)
            executor.paragraph_format.space_before = Pt(18)
            executor.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            executor.runs[0].font.size = Pt(11)


def _clip(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _figures(party: PartySummary) -> list[int]:
    return [party.total, party.done, party.in_progress, party.not_started, party.not_done, party.cancelled,
            party.overdue, party.percent_done]


def _summary_row(widths: list[int], name: str, figures: list[int], bold: bool = False) -> str:
    return x.row(
        x.cell(widths[0], x.paragraph(x.run(name, bold=bold)))
        + "".join(x.cell(w, x.paragraph(x.run(str(value), bold=bold), align="center"))
                  for w, value in zip(widths[1:], figures)),
        keep=True,
    )


PARTY_WIDTH_MM = 67  # the column of school names in a grid of indicator values


def _values_grid(grid: texts.IndicatorGrid) -> str:
    """Schools down, rounds across, as a table whose header row repeats on every page it runs onto."""
    rounds = len(grid.header) - 1
    widths = [x.twips(PARTY_WIDTH_MM)] + [x.twips(min(35, (PAGE_WIDTH_MM - PARTY_WIDTH_MM) / rounds))] * rounds
    head = "".join(x.cell(w, x.paragraph(x.run(h, bold=True), align="center"), middle=True)
                   for w, h in zip(widths, grid.header))
    rows = [x.row(head, header=True, keep=True)]
    rows += [x.row(x.cell(widths[0], x.paragraph(x.run(row[0])))
                   + "".join(x.cell(w, x.paragraph(x.run(value), align="center")) for w, value in zip(widths[1:], row[1:])),
                   keep=True)
             for row in grid.rows]
    return x.table(widths, rows)


def _picture(doc, drawing, caption: str) -> None:
    """A chart the PDF draws, under its caption, as an inline picture at the drawing's own size."""
    text = doc.add_paragraph(caption, style=doc.styles["Текст таблицы"])
    text.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text.paragraph_format.space_before = Pt(8)
    text.paragraph_format.keep_with_next = True
    picture = doc.add_paragraph(style=doc.styles["Текст таблицы"])
    picture.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.add_run().add_picture(io.BytesIO(charts.png_bytes(drawing)), width=Pt(drawing.width))


def _centred(doc, text: str, bold: bool = False, before: int = 0) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.add_run(text).bold = bold


def _heading(doc, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run(text).bold = True


def _new_document():
    """An empty A4 document with the report's styles, margins and page numbers."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(20), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    _fonts(doc)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    layout = normal.paragraph_format
    layout.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    layout.first_line_indent = Cm(1.25)
    layout.space_before, layout.space_after, layout.line_spacing = Pt(0), Pt(0), 1.0
    layout.widow_control = True

    table_text = doc.styles.add_style("Текст таблицы", WD_STYLE_TYPE.PARAGRAPH)
    table_text.style_id = x.TABLE_TEXT
    table_text.base_style = normal
    table_text.font.size = Pt(11)
    table_text.paragraph_format.first_line_indent = Cm(0)
    table_text.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    link = doc.styles.add_style(x.LINK_STYLE, WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True

    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number.paragraph_format.first_line_indent = Cm(0)
    _page_field(number)
    # Justified Russian text with long words reads badly without hyphenation; the element's place is fixed.
    doc.settings.element.find(qn("w:defaultTabStop")).addnext(OxmlElement("w:autoHyphenation"))
    return doc


def _fonts(doc) -> None:
    """Times New Roman and Russian for every script, replacing the template's theme fonts (Calibri)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        props.insert(0, fonts)
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), FONT)
    lang = props.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        props.append(lang)
    lang.set(qn("w:val"), "ru-RU")
    lang.set(qn("w:eastAsia"), "ru-RU")
    lang.set(qn("w:bidi"), "ar-SA")


def _page_field(paragraph) -> None:
    """A PAGE field, one piece per run as Word writes it: every editor counts the pages itself."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        paragraph.add_run()._r.append(element)
