"""The PDF report's page geometry, paragraph styles and markup helpers, shared by app/reports/pdf.py and
app/reports/pdf_table.py.

ГОСТ Р 7.0.97-2016: A4, margins 20 mm left, top and bottom and 10 mm right, 14 pt text; tables in
10.5 pt. Liberation Serif has the metrics of the Times New Roman the DOCX names, so the PDF and the
DOCX of one report break their lines alike.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.fonts import REPORT_SERIF, register_reportlab_fonts, reportlab_name

LEFT, RIGHT, TOP, BOTTOM = 20 * mm, 10 * mm, 20 * mm, 20 * mm
WIDTH = A4[0] - LEFT - RIGHT
HEIGHT = A4[1] - TOP - BOTTOM
CELL_PADDING = 4.0
HYPHENATION = "ru_RU"  # pyphen's dictionary
LINK_COLOUR = "#1F4E8C"
SECTION_FILL = colors.HexColor("#EDEDED")
HEADER_FILL = colors.HexColor("#F5F5F5")

_SPACES = re.compile(r"(\s+)")
# Where a long address or file name may be cut without losing its sense: after these characters.
_BREAK_AFTER = re.compile(r"(?<=[/_\-.?&=#])")
_CUTTABLE = re.compile(r"[/_\-.?&=#]\w")  # an address, a path or a file name, not a word and its comma


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_reportlab_fonts()
    serif, bold = reportlab_name(REPORT_SERIF), reportlab_name(REPORT_SERIF, "bold")
    # Lines break at spaces and, where a word would not fit, at a Russian hyphenation point (reportlab
    # asks pyphen): «общеобразова-тельных» in a narrow column rather than a cut «общеобразовательны|х».
    # An address or a file name wider than the column is cut by `breakable` after a slash or underscore.
    body = ParagraphStyle(
        "body", fontName=serif, fontSize=14, leading=17, alignment=TA_JUSTIFY, firstLineIndent=12.5 * mm,
        spaceAfter=3, bulletFontName=serif, hyphenationLang=HYPHENATION, uriWasteReduce=0.3,
    )
    cell = ParagraphStyle("cell", fontName=serif, fontSize=10.5, leading=12.5, alignment=TA_LEFT, bulletFontName=serif,
                          hyphenationLang=HYPHENATION, uriWasteReduce=0.3)
    return {
        "body": body,
        "plain": ParagraphStyle("plain", parent=body, firstLineIndent=0, alignment=TA_LEFT),
        "right": ParagraphStyle("right", parent=body, firstLineIndent=0, alignment=TA_RIGHT),
        # Titles, headings and column headers are never hyphenated.
        "department": ParagraphStyle("department", parent=body, firstLineIndent=0, alignment=TA_CENTER, spaceAfter=18,
                                     hyphenationLang=""),
        "title": ParagraphStyle("title", parent=body, fontName=bold, firstLineIndent=0, alignment=TA_CENTER,
                                spaceAfter=12, hyphenationLang=""),
        "heading": ParagraphStyle("heading", parent=body, fontName=bold, alignment=TA_LEFT, spaceBefore=10,
                                  spaceAfter=6, keepWithNext=1, hyphenationLang=""),
        "item": ParagraphStyle("item", parent=body, fontSize=12, leading=14.5, firstLineIndent=0, alignment=TA_LEFT,
                               leftIndent=12.5 * mm, bulletIndent=6 * mm, spaceAfter=2),
        "small": ParagraphStyle("small", parent=body, fontSize=11, leading=13, firstLineIndent=0, alignment=TA_LEFT),
        "cell": cell,
        "cell_centre": ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=cell, fontName=bold, alignment=TA_CENTER, hyphenationLang=""),
        "head_small": ParagraphStyle("head_small", parent=cell, fontName=bold, fontSize=9.5, leading=11.5,
                                     alignment=TA_CENTER, hyphenationLang=""),
        "section": ParagraphStyle("section", parent=cell, fontName=bold, alignment=TA_CENTER, hyphenationLang=""),
        "caption": ParagraphStyle("caption", parent=cell, fontSize=11, leading=13.5, alignment=TA_CENTER,
                                  spaceBefore=6, spaceAfter=4, keepWithNext=1, hyphenationLang=""),
    }


def text(value: str) -> str:
    """Data text made safe for Paragraph markup: a «<» or «&» in a school's text prints as it is."""
    return escape(value).replace("\n", "<br/>")


def breakable(value: str, width: float, style: ParagraphStyle) -> str:
    """`text(value)`, except that an address or a file name wider than `width` goes on lines of its own,
    cut after slashes, underscores or dots; reportlab would otherwise run it past the cell's edge.
    A long word of letters is left whole for the hyphenation to break."""
    if len(value) * style.fontSize * 0.3 < width:  # the common case, measured by nothing
        return text(value)
    font, size = style.fontName, style.fontSize
    raw = "".join(
        token if not _CUTTABLE.search(token) or stringWidth(token, font, size) <= width
        else "\n" + "\n".join(cut(token, width, font, size)) + "\n"
        for token in _SPACES.split(value)
    )
    return text(raw.strip())


def cut(token: str, width: float, font: str, size: float) -> list[str]:
    """A word too wide for `width` as lines that fit, cut after a slash, underscore or dot where it can be."""
    lines, line = [], ""
    for piece in _BREAK_AFTER.split(token):
        while stringWidth(piece, font, size) > width:  # no break character for a whole line: cut it
            fit = len(piece)
            while fit > 1 and stringWidth(piece[:fit], font, size) > width:
                fit -= 1
            if line:
                lines.append(line)
                line = ""
            lines.append(piece[:fit])
            piece = piece[fit:]
        if stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return lines


def link(url: str, label: str, width: float, style: ParagraphStyle) -> str:
    return f'<a href={quoteattr(url)} color="{LINK_COLOUR}">{breakable(label, width, style)}</a>'
