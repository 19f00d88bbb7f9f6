"""WordprocessingML written as text: tables, paragraphs and hyperlinks for the DOCX report, built fast.

python-docx spends a good fraction of a millisecond on every cell and paragraph it adds, and lxml
takes seconds to move a big parsed table into its document; a district report holds tens of thousands
of cells. So the report's tables and long lists are written here as plain WordprocessingML text (the
same XML python-docx would write, still editable in Word, LibreOffice and Р7-Офис): the document holds
a marker paragraph where each goes, and `splice` puts the text in place of the markers in the saved
file. Only the scaffolding (page, styles, header, headings, pictures) goes through python-docx.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm

from app.reports.base import xml_safe

# Only these open from a click without risk; anything else stays plain text.
_SAFE_LINK = re.compile(r"^(https?|ftp)://\S+$|^mailto:\S+$", re.IGNORECASE)

TABLE_TEXT = "TableText"  # the paragraph style of table cells (11 pt, no indent), made in docx.py
LINK_STYLE = "Hyperlink"  # the character style Word itself gives hyperlinks


def twips(mm: float) -> int:
    return int(Mm(mm).twips)


def text(value: str) -> str:
    """Escaped for element content, with characters XML cannot hold dropped."""
    return escape(xml_safe(value))


def run(value: str, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text(value)}</w:t></w:r>'


def paragraph(content: str, style: str | None = TABLE_TEXT, align: str | None = None, before: int = 0,
              keep_next: bool = False, plain: bool = False) -> str:
    """One w:p around already built runs; `before` is the space above in points, `plain` drops the body
    text's first-line indent."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if keep_next:
        props += "<w:keepNext/>"
    if before:
        props += f'<w:spacing w:before="{before * 20}"/>'
    if plain:
        props += '<w:ind w:firstLine="0"/>'
    if align:
        props += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>" if props else f"<w:p>{content}</w:p>"


def lines(value: str, **options) -> str:
    """A text that may hold line breaks, as one paragraph per line (empty lines dropped)."""
    parts = [part.strip() for part in value.splitlines()]
    return "".join(paragraph(run(part), **options) for part in parts if part)


@dataclass
class Links:
    """The document's hyperlink relationships, one per address.

    python-docx looks for an existing relationship by walking all of them, which turns thousands of
    links quadratic; this keeps its own index and adds each address once under its own ids."""

    part: object  # the document part (docx.parts.document.DocumentPart)
    ids: dict[str, str] = field(default_factory=dict)

    def rid(self, url: str) -> str:
        rid = self.ids.get(url)
        if rid is None:
            rid = f"rIdLink{len(self.ids) + 1}"
            self.part.rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
            self.ids[url] = rid
        return rid

    def link(self, url: str, label: str | None = None) -> str:
        """A clickable run for a web address; an address that is not one stays plain text."""
        url = xml_safe(url).strip()
        if not _SAFE_LINK.match(url):
            return run(label or url)
        return (
            f'<w:hyperlink r:id="{self.rid(url)}" w:history="1"><w:r><w:rPr><w:rStyle w:val="{LINK_STYLE}"/>'
            f'</w:rPr><w:t xml:space="preserve">{text(label or url)}</w:t></w:r></w:hyperlink>'
        )


def cell(width: int, content: str, span: int = 1, vertical: bool = False, middle: bool = False,
         bottom: bool = False) -> str:
    """A w:tc of `width` twips; `content` is its paragraphs (a cell must hold at least one). `vertical` turns
    the text to read upwards (narrow columns of figures), `middle` centres it top to bottom."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vertical:
        props += '<w:textDirection w:val="btLr"/>'
    if vertical or middle:
        props += '<w:vAlign w:val="center"/>'
    elif bottom:
        props += '<w:vAlign w:val="bottom"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content or paragraph('')}</w:tc>"


def row(cells: str, header: bool = False, height_mm: float = 0, keep: bool = False) -> str:
    """A w:tr; a header row repeats at the top of every page; `keep` stops the row breaking across pages.
    Other rows may break, so a long actual result flows on to the next page instead of leaving a gap."""
    props = "<w:cantSplit/>" if keep else ""
    if height_mm:
        props += f'<w:trHeight w:val="{twips(height_mm)}" w:hRule="atLeast"/>'
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>" if props else f"<w:tr>{cells}</w:tr>"


TABLE_END = "</w:tbl>"


def table_start(widths: list[int], borders: bool = True) -> str:
    """A w:tbl's opening and properties: fixed column widths in twips; the grid style, or for laying out
    (the signature block) no borders and no cell margins, so its text lines up with the page's."""
    style, layout = '<w:tblStyle w:val="TableGrid"/>', '<w:tblLayout w:type="fixed"/>'
    if not borders:
        sides = ("top", "left", "bottom", "right", "insideH", "insideV")
        style = ""
        layout = (
            "<w:tblBorders>" + "".join(f'<w:{side} w:val="nil"/>' for side in sides) + "</w:tblBorders>" + layout
            + '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return (
        f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{layout}'
        '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" '
        f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    )


def table(widths: list[int], rows: list[str], borders: bool = True) -> str:
    return table_start(widths, borders) + "".join(rows) + TABLE_END


def marker(number: int) -> tuple[object, bytes]:
    """A placeholder paragraph for the document and the exact bytes it is saved as."""
    text = f'<w:p><w:r><w:t>orientir-block-{number}</w:t></w:r></w:p>'
    return parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t>orientir-block-{number}</w:t></w:r></w:p>'), text.encode()


def splice(docx: bytes, blocks: dict[bytes, str]) -> bytes:
    """The saved document with each marker's bytes replaced by its block of WordprocessingML."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                pieces = re.split(b"(" + b"|".join(re.escape(key) for key in blocks) + b")", data)
                if len(pieces) != 2 * len(blocks) + 1:
                    raise ValueError("a block marker is missing from the saved document")
                data = b"".join(blocks[piece].encode() if i % 2 else piece for i, piece in enumerate(pieces))
            target.writestr(item, data)
    return out.getvalue()
