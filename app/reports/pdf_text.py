"""A fast block of table text for the PDF report: what each school reported on an activity.

A district report holds some 45 000 of these. reportlab's Paragraph parses markup, re-measures every
word at every wrap and draws word by word, which took over a minute for 300 schools; this block knows
only what a result needs (bold, italic, plain and linked runs, one paragraph per line group), measures
each distinct word once per process and draws a line with one text object. Lines break at spaces; a
word wider than the column (an address, a file name) is cut after its slashes or underscores
(`pdf_style.cut`), never letter by letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from app.fonts import REPORT_SERIF, reportlab_name
from app.reports.pdf_style import LINK_COLOUR, cut

_LINK = HexColor(LINK_COLOUR)


@dataclass(frozen=True)
class Run:
    """A piece of one paragraph in one face: «regular», «bold» or «italic»; `url` makes it a link."""

    text: str
    face: str = "regular"
    url: str = ""


# One laid-out line: (text, font name, url) segments, drawn one after another.
Line = tuple[tuple[str, str, str], ...]

_widths: dict[tuple[str, str, float], float] = {}


def _width(word: str, font: str, size: float) -> float:
    key = (word, font, size)
    width = _widths.get(key)
    if width is None:
        width = _widths[key] = stringWidth(word, font, size)
    return width


class RichText(Flowable):
    """Paragraphs of runs, broken into lines for the width it is given; splits between lines."""

    def __init__(self, paragraphs: list[list[Run]], style: ParagraphStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.style = style
        self._lines = lines
        self._width_for = None if lines is None else -1.0  # lines handed over by a split are final

    def _lay_out(self, width: float) -> list[Line]:
        if self._lines is not None and (self._width_for == width or self._width_for == -1.0):
            return self._lines
        size = self.style.fontSize
        lines: list[Line] = []
        for paragraph in self.paragraphs:
            # A line is a list of [text, font, url] segments; a word joins the last segment when its
            # font and link are the same, so drawing takes a call or two a line, not one a word.
            line: list[list[str]] = []
            used = 0.0
            for run in paragraph:
                font = _font(self.style, run.face)
                space = _width(" ", font, size)
                for word in run.text.split():
                    pieces = [word] if _width(word, font, size) <= width else cut(word, width, font, size)
                    for piece in pieces:
                        w = _width(piece, font, size)
                        if line and used + space + w > width:
                            lines.append(tuple(map(tuple, line)))
                            line, used = [], 0.0
                        if not line:
                            line.append([piece, font, run.url])
                        elif line[-1][1] == font and line[-1][2] == run.url:
                            line[-1][0] += " " + piece
                            used += space
                        else:
                            # The space before a new segment goes with the text, so a link's box
                            # ends at its last letter and begins at its first.
                            if run.url:
                                line[-1][0] += " "
                                line.append([piece, font, run.url])
                            else:
                                line.append([" " + piece, font, run.url])
                            used += space
                        used += w
            if line:
                lines.append(tuple(map(tuple, line)))
        self._lines, self._width_for = lines, width
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._lay_out(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lay_out(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit < 2 or len(lines) - fit < 2:  # it fits after all, or would leave a widow or an orphan line
            return []
        return [RichText([], self.style, lines[:fit]), RichText([], self.style, lines[fit:])]

    def draw(self) -> None:
        # One text object for the whole block, moving down by the leading (T*) from line to line;
        # font and colour are set only where they change. reportlab's per-call bookkeeping
        # (widths, number formatting) was most of a 300-school report's drawing time.
        canvas = self.canv
        size, leading = self.style.fontSize, self.style.leading
        ascent = getAscentDescent(self.style.fontName, size)[0]
        top = self.height - (leading - size) / 2 - ascent
        text = canvas.beginText(0, top)
        text.setLeading(leading)
        font, colour = None, black
        for row, line in enumerate(self._lay_out(self.width)):
            linked = any(url for _piece, _font, url in line)
            x = 0.0
            for index, (piece, piece_font, url) in enumerate(line):
                if piece_font != font:
                    text.setFont(piece_font, size, leading)
                    font = piece_font
                wanted = _LINK if url else black
                if wanted is not colour:
                    text.setFillColor(wanted)
                    colour = wanted
                if linked:  # the link's box needs where it starts on the line
                    w = stringWidth(piece, piece_font, size)
                    if url:
                        y = top - row * leading
                        canvas.linkURL(url, (x, y - 2, x + w, y + size - 1), relative=1)
                    x += w
                if index + 1 < len(line):
                    text.textOut(piece)
                else:
                    text.textLine(piece)
        canvas.drawText(text)


def _font(style: ParagraphStyle, face: str) -> str:
    return style.fontName if face == "regular" else reportlab_name(REPORT_SERIF, face)
