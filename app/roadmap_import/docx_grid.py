"""A Word document (.docx/.docm/.dotx) as the neutral grid: its paragraphs and tables in reading order.

python-docx opens the package and names the styles; the body is walked at the XML level because a
district's table uses what python-docx's table API does not resolve: horizontal (`w:gridSpan`,
old `w:hMerge`) and vertical (`w:vMerge`) merges, rows shifted by `w:gridBefore`/`w:gridAfter`,
tables and cells inside content controls (`w:sdt`), and tracked changes (deleted text is not
shown to the reader, so it is skipped; inserted text is kept). A paragraph in a numbered list gets
the number Word shows before it (see `docx_numbering`). A table nested in a cell becomes lines of
that cell's text. Blank paragraphs are dropped: between two tables they mean nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory
from docx.oxml.ns import qn
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml.etree import _Element

from app.i18n import fill, translate
from app.roadmap_import.docx_numbering import Numbering
from app.roadmap_import.grid import Block, Cell, Paragraph, Table, tidy_text
from app.roadmap_import.safety import MAX_CELLS, too_many_cells

# python-docx only knows the plain .docx main part; macro-enabled documents and templates have the
# same body and are read the same way (macros are never run: nothing here executes anything).
for _content_type in (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
):
    PartFactory.part_type_for.setdefault(_content_type, DocumentPart)

P, TBL, TR, TC, R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
SDT, SDT_CONTENT, CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
VAL = qn("w:val")
# Elements that only wrap content (content controls, custom XML, hyperlinks, inserted text, fields):
# their children are read as if they stood in the wrapper's place.
WRAPPERS = {SDT_CONTENT, CUSTOM_XML, qn("w:hyperlink"), qn("w:ins"), qn("w:moveTo"), qn("w:smartTag"),
            qn("w:fldSimple"), qn("w:dir"), qn("w:bdo")}
RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
            qn("w:noBreakHyphen"): "-"}
# Word allows 63 columns; a bigger span is a damaged or hostile file and must not blow up the grid.
MAX_COLUMNS = 128
CHECK_ABORT_EVERY = 200


def read_docx(stream: BinaryIO, name: str, abort: Callable[[], None]) -> list[Block]:
    """The document body's non-blank paragraphs and its tables, in order; `abort()` raises when cancelled."""
    part = Package.open(stream).main_document_part
    styles = {style.style_id: style.name for style in part.styles if style.type == WD_STYLE_TYPE.PARAGRAPH}
    default = part.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    try:
        numbering = part.part_related_by(RT.NUMBERING).element
    except KeyError:
        numbering = None
    lists = Numbering(numbering, part.styles.element)
    reader = _Reader(styles, default.style_id if default is not None else "", lists, name, abort)
    return reader.blocks(part.element.body)


class _Reader:
    def __init__(
        self, styles: dict[str, str], default_style: str, lists: Numbering, name: str, abort: Callable[[], None]
    ) -> None:
        self.styles = styles
        self.default_style = default_style
        self.lists = lists
        self.name = name
        self.abort = abort
        self.tables = 0
        self.rows_read = 0
        self.cells = 0

    def blocks(self, body: _Element) -> list[Block]:
        found: list[Block] = []
        for element in _unwrapped(body):
            if element.tag == P:
                text = self.paragraph(element)
                if text:
                    found.append(Paragraph(text, self.styles.get(self._style_id(element), "")))
            elif element.tag == TBL:
                self.tables += 1
                origin = fill(translate("RoadmapImport", "таблица %1"), self.tables)
                found.append(Table(self.table_rows(element), origin=origin))
        return found

    def _style_id(self, paragraph: _Element) -> str:
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(VAL, "") not in self.styles:
            return self.default_style
        return style.get(VAL, "")

    def paragraph(self, paragraph: _Element) -> str:
        """The paragraph's text with the number Word shows before it («1.1.»), if it is in a numbered list."""
        label = self.lists.label(paragraph, self._style_id(paragraph))
        text = paragraph_text(paragraph)
        return f"{label} {text}".strip() if label else text

    def table_rows(self, table: _Element) -> list[list[Cell]]:
        """The table as a rectangle, merged areas resolved (see grid.Cell.anchor)."""
        rows: list[dict[int, Cell]] = []
        width = 0
        for tr in _rows(table):
            self.rows_read += 1
            if self.rows_read % CHECK_ABORT_EVERY == 0:
                self.abort()
            index = len(rows)
            row: dict[int, Cell] = {}
            column = _row_property(tr, "w:gridBefore")
            for tc in _children(tr, TC):
                if column >= MAX_COLUMNS:
                    break
                span = max(1, min(_cell_property(tc, "w:gridSpan", default=1), MAX_COLUMNS - column))
                cell = self._cell(tc, index, column, rows, row)
                for covered in range(column, column + span):
                    row[covered] = cell
                column += span
            width = max(width, min(column + _row_property(tr, "w:gridAfter"), MAX_COLUMNS))
            rows.append(row)
        self.cells += len(rows) * width
        if self.cells > MAX_CELLS:
            raise too_many_cells(self.name)
        return [
            [row.get(column) or Cell("", (index, column)) for column in range(width)]
            for index, row in enumerate(rows)
        ]

    def _cell(self, tc: _Element, index: int, column: int, rows: list[dict[int, Cell]], row: dict[int, Cell]) -> Cell:
        properties = tc.find(qn("w:tcPr"))
        vertical = _merge(properties, "w:vMerge")
        horizontal = _merge(properties, "w:hMerge")
        # A continuing cell repeats the cell it is merged with; its own (normally empty) text is ignored, as Word does.
        if vertical == "continue" and index > 0 and column in rows[index - 1]:
            return rows[index - 1][column]
        if horizontal == "continue" and column - 1 in row:
            return row[column - 1]
        return Cell(self.cell_text(tc), (index, column))

    def cell_text(self, tc: _Element) -> str:
        lines: list[str] = []
        for element in _unwrapped(tc):
            if element.tag == P:
                lines.append(self.paragraph(element))
            elif element.tag == TBL:
                lines.extend(self.nested_lines(element))
        return tidy_text("\n".join(lines))

    def nested_lines(self, table: _Element) -> list[str]:
        """A table inside a cell: one line per row, its cells' text separated by spaces."""
        lines = []
        for tr in _rows(table):
            texts = (self.cell_text(tc) for tc in _children(tr, TC) if _merge(tc.find(qn("w:tcPr")), "w:vMerge") != "continue")
            lines.append(" ".join(text for text in texts if text))
        return lines


def paragraph_text(paragraph: _Element) -> str:
    """What a reader sees of a paragraph: its runs' text with tabs and line breaks, deleted and hidden text left out."""
    parts: list[str] = []
    _inline_text(paragraph, parts)
    return tidy_text("".join(parts))


def _inline_text(element: _Element, parts: list[str]) -> None:
    for child in element:
        if child.tag == R:
            if not _hidden(child):
                for piece in child:
                    if piece.tag in RUN_TEXT:
                        parts.append(RUN_TEXT[piece.tag] or piece.text or "")
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                _inline_text(content, parts)
        elif child.tag in WRAPPERS:
            _inline_text(child, parts)
        # Everything else (w:del, w:moveFrom, properties, bookmarks, drawings) is not visible text.


def _hidden(run: _Element) -> bool:
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and vanish.get(VAL, "true") not in ("0", "false", "off")


def _unwrapped(parent: _Element) -> Iterator[_Element]:
    """The parent's block-level children, with content controls and custom XML opened up."""
    for child in parent:
        if child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _unwrapped(content)
        elif child.tag in (CUSTOM_XML, SDT_CONTENT):
            yield from _unwrapped(child)
        else:
            yield child


def _children(parent: _Element, tag: str) -> Iterator[_Element]:
    return (child for child in _unwrapped(parent) if child.tag == tag)


def _rows(table: _Element) -> Iterator[_Element]:
    """The table's rows, except rows deleted with tracked changes on."""
    for tr in _children(table, TR):
        if tr.find(f"{qn('w:trPr')}/{qn('w:del')}") is None:
            yield tr


def _number(element: _Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return max(0, int(element.get(VAL, default)))
    except ValueError:
        return default


def _row_property(tr: _Element, name: str) -> int:
    return _number(tr.find(f"{qn('w:trPr')}/{qn(name)}"), 0)


def _cell_property(tc: _Element, name: str, default: int) -> int:
    return _number(tc.find(f"{qn('w:tcPr')}/{qn(name)}"), default)


def _merge(properties: _Element | None, name: str) -> str:
    """"restart", "continue" or "" for a cell's vMerge/hMerge (a bare element means continue)."""
    if properties is None:
        return ""
    merge = properties.find(qn(name))
    if merge is None:
        return ""
    return "restart" if merge.get(VAL) == "restart" else "continue"
